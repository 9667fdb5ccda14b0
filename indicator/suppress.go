package indicator

import (
	"database/sql/driver"
	"strconv"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
	"github.com/aktywna/integracja/internal/i18n"
)

// DefaultThreshold is the smallest number of people [Suppression] shows
// when no threshold is given: cells of 1 and 2 people are hidden. Three is
// a common minimum cell size in official statistics; it is not a legal
// figure, so it is a parameter (Suppression.Threshold).
const DefaultThreshold = 3

// Protection says how [Suppression] keeps a published total from giving
// away a hidden cell: with a total of 20 and 18 men published, 2 women
// are plain to see even when printed "<3". The zero Protection is
// ProtectByComplement.
type Protection uint8

// The ways to protect a hidden cell.
const (
	// ProtectByComplement hides another part too (the smallest one still
	// shown, "#"), and keeps the total: "20 (<3K i #M)". Totals stay
	// comparable between tables.
	ProtectByComplement Protection = iota
	// ProtectByTotal withholds the total ("#") and keeps the other parts:
	// "# (<3K i 18M)". The breakdown by sex stays readable.
	ProtectByTotal
)

var protections = enum.MustNew(enum.Spec[Protection]{
	Type: "Protection", Kind: "suppression protection", KindPL: "sposobu ochrony ukrytych komórek",
	Codes:  []string{"complement", "total"},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "complement" or "total".
func (p Protection) String() string { return protections.String(p) }

// ParseProtection parses a code as returned by [Protection.String].
func ParseProtection(s string) (Protection, error) { return protections.Parse(s) }

// MarshalText returns the stable code.
func (p Protection) MarshalText() ([]byte, error) { return protections.MarshalText(p) }

// UnmarshalText parses the stable code.
func (p *Protection) UnmarshalText(b []byte) error { return protections.UnmarshalText(p, b) }

// Value stores p as its stable code, a string, for database/sql; an
// undefined Protection is an error.
func (p Protection) Value() (driver.Value, error) { return protections.Value(p) }

// Scan reads the stable code from a text column; a number is an error,
// and on error p is unchanged.
func (p *Protection) Scan(src any) error { return protections.Scan(p, src) }

// Suppression is small-cell suppression for public output (ochrona
// małych liczebności, tajemnica statystyczna): counts of so few people
// that a reader could recognise them are not published.
//
// The rule, applied by [Suppression.Apply]:
//
//  1. A cell — women, men, unspecified or the total — is small when it
//     holds at least one person but fewer than Threshold. Empty cells are
//     not small: they are left out of the notation as usual.
//  2. A small total is printed "<3" with no breakdown at all.
//  3. Otherwise each small part is printed "<3" (primary suppression).
//  4. A reader knows the total and the parts shown, that a "<3" cell holds
//     1 to Threshold−1 people and that a "#" cell holds at least
//     Threshold. Whenever that pins a hidden cell down to one value (one
//     small part beside a published total always does), more is hidden
//     (secondary suppression): with ProtectByComplement the smallest part
//     still shown becomes "#", and when no part is left to hide, the
//     total; with ProtectByTotal the total becomes "#". "#" is the sign
//     GUS tables use for figures withheld for statistical confidentiality.
//
// A Threshold of 1 hides nothing. A Threshold of 2 is invalid: "<2" can
// only mean 1, so it would publish the very cell it claims to hide; use 3
// or more. The zero Suppression uses [DefaultThreshold] and
// ProtectByComplement.
type Suppression struct {
	Threshold  int        `json:"threshold,omitempty"`
	Protection Protection `json:"protection"`
}

// Validate reports a negative threshold, a threshold of 2 (whose "<2"
// would give the hidden 1 away) and an undefined protection.
func (s Suppression) Validate() error {
	var errs []error
	switch {
	case s.Threshold < 0:
		errs = append(errs, integracja.OutOfRange(integracja.NewPath("threshold"), strconv.Itoa(s.Threshold),
			integracja.Text{PL: "próg nie może być ujemny", EN: "the threshold cannot be negative"}))
	case s.Threshold == 2:
		errs = append(errs, integracja.OutOfRange(integracja.NewPath("threshold"), strconv.Itoa(s.Threshold),
			integracja.Text{PL: "przy progu 2 zapis „<2” ujawnia, że komórka liczy 1 osobę; podaj próg 1 (bez ukrywania) lub co najmniej 3",
				EN: "with a threshold of 2, \"<2\" reveals that the cell holds 1 person; use 1 (hide nothing) or at least 3"}))
	}
	if !protections.Valid(s.Protection) {
		errs = append(errs, integracja.Invalid(integracja.NewPath("protection"), s.Protection.String(), integracja.Text{}))
	}
	return integracja.Join(errs...)
}

func (s Suppression) threshold() int {
	if s.Threshold == 0 {
		return DefaultThreshold
	}
	return s.Threshold
}

// Mark says how a [Cell] of a [PublicCount] is published.
type Mark uint8

// The marks of a cell.
const (
	Shown    Mark = iota // the number is published
	Small                // fewer than the threshold: "<3"
	Withheld             // hidden so that no small cell can be worked out: "#"
)

var marks = enum.MustNew(enum.Spec[Mark]{
	Type: "Mark", Kind: "cell mark", KindPL: "oznaczenia komórki",
	Codes:  []string{"shown", "small", "withheld"},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "shown", "small" or "withheld".
func (m Mark) String() string { return marks.String(m) }

// ParseMark parses a code as returned by [Mark.String].
func ParseMark(s string) (Mark, error) { return marks.Parse(s) }

// MarshalText returns the stable code.
func (m Mark) MarshalText() ([]byte, error) { return marks.MarshalText(m) }

// UnmarshalText parses the stable code.
func (m *Mark) UnmarshalText(b []byte) error { return marks.UnmarshalText(m, b) }

// Value stores m as its stable code, a string, for database/sql; an
// undefined Mark is an error.
func (m Mark) Value() (driver.Value, error) { return marks.Value(m) }

// Scan reads the stable code from a text column; a number is an error,
// and on error m is unchanged.
func (m *Mark) Scan(src any) error { return marks.Scan(m, src) }

// Cell is one published figure: its Value when Shown, and otherwise only
// its Mark (Value is then 0, so the hidden number is not kept).
type Cell struct {
	Value int  `json:"value"`
	Mark  Mark `json:"mark"`
}

// PublicCount is a [Count] made safe to publish by [Suppression.Apply].
// Hidden numbers are not kept in it. The zero PublicCount publishes no one.
type PublicCount struct {
	Women       Cell `json:"women"`
	Men         Cell `json:"men"`
	Unspecified Cell `json:"unspecified"`
	Total       Cell `json:"total"`
	// Threshold is the threshold the cells were judged by, for printing
	// "<3".
	Threshold int `json:"threshold"`
}

// Apply returns c as it may be published under s, or the problems of s and
// c (negative counts) without applying anything.
func (s Suppression) Apply(c Count) (PublicCount, error) {
	if err := integracja.Join(s.Validate(), integracja.Under(integracja.NewPath("count"), c.Validate())); err != nil {
		return PublicCount{}, err
	}
	k := s.threshold()
	total := c.Total()
	pc := PublicCount{Threshold: k, Total: Cell{Value: total}}
	if total > 0 && total < k {
		hidden := Cell{Mark: Withheld}
		return PublicCount{Women: hidden, Men: hidden, Unspecified: hidden, Total: Cell{Mark: Small}, Threshold: k}, nil
	}
	parts := [3]*Cell{&pc.Women, &pc.Men, &pc.Unspecified}
	for i, n := range [3]int{c.Women, c.Men, c.Unspecified} {
		if n > 0 && n < k {
			*parts[i] = Cell{Mark: Small}
		} else {
			*parts[i] = Cell{Value: n}
		}
	}
	for pc.disclosed(total) {
		var smallest *Cell
		if s.Protection == ProtectByComplement {
			for _, p := range parts {
				if p.Mark == Shown && p.Value > 0 && (smallest == nil || p.Value < smallest.Value) {
					smallest = p
				}
			}
		}
		if smallest == nil {
			pc.Total = Cell{Mark: Withheld}
			break
		}
		*smallest = Cell{Mark: Withheld}
	}
	return pc, nil
}

// disclosed reports whether a reader can work out a hidden part exactly
// from the published total (the true total is given, since a withheld
// cell's upper bound is the total).
func (pc PublicCount) disclosed(total int) bool {
	if pc.Total.Mark != Shown {
		return false
	}
	type bounds struct{ lo, hi int }
	var hidden []bounds
	rest := total // the people in hidden parts
	for _, p := range []Cell{pc.Women, pc.Men, pc.Unspecified} {
		switch p.Mark {
		case Shown:
			rest -= p.Value
		case Small:
			hidden = append(hidden, bounds{1, pc.Threshold - 1})
		default:
			hidden = append(hidden, bounds{pc.Threshold, total})
		}
	}
	if len(hidden) == 1 {
		return true
	}
	for i, h := range hidden {
		lo, hi := rest, rest // rest minus the others' highest and lowest
		for j, o := range hidden {
			if j != i {
				lo = max(0, lo-o.hi)
				hi = max(0, hi-o.lo)
			}
		}
		if max(h.lo, lo) == min(h.hi, hi) {
			return true
		}
	}
	return false
}

// Format returns the public count in report notation, as [Count.Format]
// does, with "<3" for small cells and "#" for withheld ones:
//
//	pl: "20 (<3K i #M)", "# (<3K i 18M)", "<3", "25 (12K i 13M)"
//	en: "20 (<3 women, # men)", "# (<3 women, 18 men)", "<3", "25 (12 women, 13 men)"
func (pc PublicCount) Format(t language.Tag) string {
	en := integracja.IsEnglish(t)
	if pc.Total.Mark == Small {
		return pc.text(pc.Total)
	}
	var parts []string
	add := func(c Cell, pl string, noun i18n.Noun) {
		if c.Mark == Shown && c.Value == 0 {
			return
		}
		switch {
		case en && c.Mark == Shown:
			parts = append(parts, partEN(noun, c.Value))
		case en:
			parts = append(parts, pc.text(c)+" "+noun.EnOther)
		default:
			parts = append(parts, pc.text(c)+pl)
		}
	}
	add(pc.Women, "K", i18n.Women)
	add(pc.Men, "M", i18n.Men)
	add(pc.Unspecified, " b.d.", unspecifiedNoun)
	if len(parts) == 0 {
		return pc.text(pc.Total)
	}
	return pc.text(pc.Total) + " (" + joinParts(parts, en) + ")"
}

// String returns the public count in Polish notation.
func (pc PublicCount) String() string { return pc.Format(language.Polish) }

func (pc PublicCount) text(c Cell) string {
	switch c.Mark {
	case Shown:
		return strconv.Itoa(c.Value)
	case Small:
		return "<" + strconv.Itoa(pc.Threshold)
	}
	return "#"
}

// Format applies s to c and formats the result in the language t asks for;
// an invalid s or c gives the error.
func (s Suppression) Format(c Count, t language.Tag) (string, error) {
	pc, err := s.Apply(c)
	if err != nil {
		return "", err
	}
	return pc.Format(t), nil
}
