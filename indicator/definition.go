package indicator

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
	"github.com/aktywna/integracja/internal/i18n"
)

// Unit is what an indicator counts (jednostka miary wskaźnika): people,
// hours of support, social contracts, supported entities. The zero Unit
// is UnitPeople.
type Unit uint8

// The units of indicators.
const (
	UnitPeople    Unit = iota // osoby
	UnitHours                 // godziny
	UnitContracts             // kontrakty (kontrakty socjalne, IPZS…)
	UnitEntities              // podmioty (ESF CO20–CO23, EECO18–EECO19)
)

var units = enum.MustNew(enum.Spec[Unit]{
	Type: "Unit", Kind: "indicator unit", KindPL: "jednostki wskaźnika",
	Codes:  []string{"people", "hours", "contracts", "entities"},
	Errors: integracja.EnumErrors{},
})

// entities is the noun for supported entities (podmiot).
var entities = i18n.Noun{One: "podmiot", Few: "podmioty", Many: "podmiotów", EnOne: "entity", EnOther: "entities"}

var unitNouns = [...]i18n.Noun{i18n.Persons, i18n.Hours, i18n.Contracts, entities}

// String returns the stable code: "people", "hours", "contracts",
// "entities"; an out-of-range value prints as "Unit(9)".
func (u Unit) String() string { return units.String(u) }

// IsValid reports whether u is one of the defined units.
func (u Unit) IsValid() bool { return units.Valid(u) }

// Quantity returns n with the right form of the unit's noun: "5 osób",
// "2 godziny", "1 contract". An out-of-range unit gives the bare number.
func (u Unit) Quantity(t language.Tag, n int) string {
	if !u.IsValid() {
		return strconv.Itoa(n)
	}
	return unitNouns[u].Count(t, n)
}

// Label returns the unit's noun in the plural: "osoby", "godziny"; "people",
// "hours".
func (u Unit) Label(t language.Tag) string {
	if !u.IsValid() {
		return u.String()
	}
	return unitNouns[u].Form(t, 2)
}

// ParseUnit parses a code as returned by [Unit.String].
func ParseUnit(s string) (Unit, error) { return units.Parse(s) }

// MarshalText returns the stable code.
func (u Unit) MarshalText() ([]byte, error) { return units.MarshalText(u) }

// UnmarshalText parses the stable code.
func (u *Unit) UnmarshalText(b []byte) error { return units.UnmarshalText(u, b) }

// Value stores u as its stable code, a string, for database/sql; an
// undefined Unit is an error.
func (u Unit) Value() (driver.Value, error) { return units.Value(u) }

// Scan reads the stable code from a text column; a number is an error,
// and on error u is unchanged.
func (u *Unit) Scan(src any) error { return units.Scan(u, src) }

// Definition says what an indicator measures (definicja wskaźnika): a code
// unique within its [Set] ("K01", "CO01"), its name in Polish and English,
// its [Kind] (output — wskaźnik produktu, or result — wskaźnik rezultatu)
// and its [Unit]. Parent, when set, is the code of the indicator it is a
// part of: "liczba osób, które uzyskały kwalifikacje" is an "of whom"
// (w tym) sub-indicator of the people who took part. ESF indicators are
// broken down by sex (Regulation (EU) No 1304/2013, Annex I; Regulation
// (EU) 2021/1057, Annex I), so the values that go with a definition are
// [Count]s. The zero Definition is not valid: it has no code and no name.
type Definition struct {
	Code   string          `json:"code"`
	Name   integracja.Text `json:"name"`
	Kind   Kind            `json:"kind"`
	Unit   Unit            `json:"unit"`
	Parent string          `json:"parent,omitempty"`
}

// MaxCodeLen is the longest indicator code [Definition.Validate] accepts.
const MaxCodeLen = 64

// Validate reports every problem with d: a missing or malformed code
// (path "code": no spaces or control characters, at most [MaxCodeLen]
// bytes), a missing Polish name ("name.pl"), an undefined kind or unit,
// and a parent that is the indicator itself ("parent").
func (d Definition) Validate() error {
	var errs []error
	errs = append(errs, validateCode(integracja.NewPath("code"), d.Code, true))
	if strings.TrimSpace(d.Name.PL) == "" {
		errs = append(errs, integracja.Required(integracja.NewPath("name").Child("pl")))
	}
	if !kinds.Valid(d.Kind) {
		errs = append(errs, integracja.Invalid(integracja.NewPath("kind"), d.Kind.String(), integracja.Text{}))
	}
	if !d.Unit.IsValid() {
		errs = append(errs, integracja.Invalid(integracja.NewPath("unit"), d.Unit.String(), integracja.Text{}))
	}
	if d.Parent != "" {
		errs = append(errs, validateCode(integracja.NewPath("parent"), d.Parent, false))
		if d.Parent == d.Code {
			errs = append(errs, integracja.Inconsistent(integracja.NewPath("parent"), d.Parent, integracja.Text{
				PL: "wskaźnik nie może być częścią samego siebie", EN: "an indicator cannot be a part of itself"}))
		}
	}
	return integracja.Join(errs...)
}

func validateCode(p integracja.Path, code string, required bool) error {
	switch {
	case code == "":
		if required {
			return integracja.Required(p)
		}
		return nil
	case len(code) > MaxCodeLen:
		// The value shows the code's first bytes, cut at a character
		// boundary so that the message stays valid UTF-8.
		cut := MaxCodeLen
		for cut > 0 && !utf8.RuneStart(code[cut]) {
			cut--
		}
		return integracja.Invalid(p, code[:cut]+"…", integracja.Text{
			PL: "kod dłuższy niż " + bytesNoun.Count(language.Polish, MaxCodeLen),
			EN: "code longer than " + bytesNoun.Count(language.English, MaxCodeLen)})
	case strings.IndexFunc(code, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0:
		return integracja.Invalid(p, code, integracja.Text{
			PL: "kod nie może zawierać spacji ani znaków sterujących", EN: "a code cannot contain spaces or control characters"})
	}
	return nil
}

// Indicator is a [Definition] with its values: the Target the programme set
// (wartość docelowa) and what it Achieved (wartość osiągnięta), both
// [Count]s. A Target may be set by sex (Women and Men: "cel 20 (12K i 8M)")
// or as a total only, in Unspecified ("cel 20"); the zero Target means no
// target was set. The zero Indicator is not valid (see [Definition]).
type Indicator struct {
	Definition
	Target   Count `json:"target"`
	Achieved Count `json:"achieved"`
}

// HasTarget reports whether a target is set.
func (in Indicator) HasTarget() bool { return !in.Target.IsZero() }

// Achievement returns the achieved values over the target: for women, for
// men and in total. The ratio for a sex the target does not name (a target
// set as a total only, or "5 (5M)") is not applicable, and so is everything
// when no target is set.
func (in Indicator) Achievement() Rates { return RatesBySex(in.Achieved, in.Target) }

// Validate reports every problem with in: those of its definition, and
// negative counts under "target" and "achieved".
func (in Indicator) Validate() error {
	return integracja.Join(
		in.Definition.Validate(),
		integracja.Under(integracja.NewPath("target"), in.Target.Validate()),
		integracja.Under(integracja.NewPath("achieved"), in.Achieved.Validate()),
	)
}

// Line returns the indicator as a report line, with percentages to two
// decimal places:
//
//	"liczba osób objętych kontraktami socjalnymi: 20 (12K i 8M)"
//	"liczba osób objętych kontraktami socjalnymi: 20 (12K i 8M), cel 20 — 100,00%"
//	"…: 20 (12K i 8M), cel 20 (10K i 10M) — 100,00% (K 120,00%, M 80,00%)"
//	"…: 20 (12 women, 8 men), target 20 (10 women, 10 men) — 100.00% (women 120.00%, men 80.00%)"
//
// A unit other than people is named after the total: "120 godzin (80K i
// 40M)".
func (in Indicator) Line(t language.Tag) string {
	var b strings.Builder
	b.WriteString(in.Name.In(t))
	b.WriteString(": ")
	b.WriteString(formatIn(in.Achieved, in.Unit, t))
	if !in.HasTarget() {
		return b.String()
	}
	b.WriteString(integracja.Text{PL: ", cel ", EN: ", target "}.In(t))
	if in.Target.Women == 0 && in.Target.Men == 0 {
		b.WriteString(formatIn(Count{Unspecified: in.Target.Total()}, in.Unit, t))
	} else {
		b.WriteString(formatIn(in.Target, in.Unit, t))
	}
	a := in.Achievement()
	b.WriteString(" — ")
	b.WriteString(a.Total.Format(t, 2))
	var bySex []string
	if a.Women.IsApplicable() {
		bySex = append(bySex, integracja.Text{PL: "K ", EN: "women "}.In(t)+a.Women.Format(t, 2))
	}
	if a.Men.IsApplicable() {
		bySex = append(bySex, integracja.Text{PL: "M ", EN: "men "}.In(t)+a.Men.Format(t, 2))
	}
	if len(bySex) > 0 && (in.Target.Women != 0 || in.Target.Men != 0) {
		b.WriteString(" (" + strings.Join(bySex, ", ") + ")")
	}
	return b.String()
}

// formatIn formats c in unit u: the count notation for people ("20 (12K i
// 8M)"), and for other units the total with its noun ("120 godzin (80K i
// 40M)"). A count with no breakdown prints as its total alone.
func formatIn(c Count, u Unit, t language.Tag) string {
	s := c.Format(t)
	if c.Women == 0 && c.Men == 0 {
		s = c.totalString()
	}
	if u == UnitPeople {
		return s
	}
	_, rest, _ := strings.Cut(s, " ")
	q := u.Quantity(t, c.Total())
	if rest == "" {
		return q
	}
	return q + " " + rest
}

// Set is a programme's list of indicators, validated as a whole: codes are
// unique, every parent exists, and an "of whom" indicator never exceeds
// its parent. Its order is the order of the report.
type Set []Indicator

// NewSet returns a Set of a copy of ins, or the problems [Set.Validate]
// finds.
func NewSet(ins ...Indicator) (Set, error) {
	s := Set(append([]Indicator(nil), ins...))
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// DecodeSet decodes a JSON list of indicators strictly, with
// [integracja.DecodeJSON] (unknown or repeated fields, unknown kinds or
// units and negative counts are errors with the path of the bad value,
// "[2].achieved.men"), and validates the set as [Set.Validate] does. It is
// how another system hands a programme's indicators over.
func DecodeSet(data []byte) (Set, error) {
	var ins []Indicator
	if err := integracja.DecodeJSON(data, &ins); err != nil {
		return nil, err
	}
	s := Set(ins)
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// UnmarshalJSON decodes and validates s as [DecodeSet] does, so that
// json.Unmarshal and a set inside a larger document are as strict. On
// error, and for JSON null, s is left as it was.
func (s *Set) UnmarshalJSON(data []byte) error {
	v, err := DecodeSet(data)
	if err != nil {
		return err
	}
	if v != nil {
		*s = v
	}
	return nil
}

// Lookup returns the indicator with the given code.
func (s Set) Lookup(code string) (Indicator, bool) {
	for _, in := range s {
		if in.Code == code {
			return in, true
		}
	}
	return Indicator{}, false
}

// Validate reports every problem in s, each with its path ("[2].code"):
// the problems of each indicator; a code used twice ([integracja.ErrDuplicate]
// at the later one); a parent that is not in the set
// ([integracja.ErrUnknown]); a parent of another unit, or a chain of parents
// that runs into a cycle ([integracja.ErrInconsistent]); and an "of whom"
// indicator greater than its parent ([integracja.ErrInconsistent], saying
// both numbers), achieved or target. A parent is the first indicator with
// its code.
//
// A part may not exceed its parent in total, nor in women or in men; people
// of unspecified sex in the parent may be of either sex, so a part's women
// are held against the parent's women plus its unspecified people, and
// likewise its men. Targets are compared only when both are set.
//
// Its cost grows linearly with the size of the set, however long its
// chains of parents.
func (s Set) Validate() error {
	var errs []error
	first := s.firstIndexes()
	for i, in := range s {
		p := integracja.Path{}.Index(i)
		errs = append(errs, integracja.Under(p, in.Validate()))
		if j := first[in.Code]; in.Code != "" && j != i {
			errs = append(errs, integracja.NewFieldError(p.Child("code"), integracja.ErrDuplicate, in.Code, integracja.Text{
				PL: fmt.Sprintf("ten sam kod ma wskaźnik [%d]", j), EN: fmt.Sprintf("indicator [%d] has the same code", j)}))
		}
	}
	cyclic := s.inCycle(first)
	for i, in := range s {
		if in.Parent == "" || in.Parent == in.Code {
			continue
		}
		p := integracja.Path{}.Index(i)
		j, ok := first[in.Parent]
		if !ok {
			errs = append(errs, integracja.Unknown(p.Child("parent"), in.Parent, integracja.Text{
				PL: "w zestawie nie ma wskaźnika o tym kodzie", EN: "no indicator in the set has this code"}))
			continue
		}
		parent := s[j]
		if cyclic[j] {
			errs = append(errs, integracja.Inconsistent(p.Child("parent"), in.Parent, integracja.Text{
				PL: "wskaźniki nadrzędne tworzą cykl", EN: "the parents form a cycle"}))
			continue
		}
		if parent.Unit != in.Unit {
			errs = append(errs, integracja.Inconsistent(p.Child("unit"), in.Unit.String(), integracja.Text{
				PL: fmt.Sprintf("wskaźnik nadrzędny %s liczy %s", parent.Code, parent.Unit.Label(language.Polish)),
				EN: fmt.Sprintf("the parent indicator %s counts %s", parent.Code, parent.Unit.Label(language.English))}))
			continue
		}
		errs = append(errs, notAbove(p.Child("achieved"), in.Achieved, parent.Achieved, parent.Code)...)
		if in.HasTarget() && parent.HasTarget() {
			errs = append(errs, notAbove(p.Child("target"), in.Target, parent.Target, parent.Code)...)
		}
	}
	return integracja.Join(errs...)
}

// firstIndexes maps every code of s to the index of its first indicator.
func (s Set) firstIndexes() map[string]int {
	first := make(map[string]int, len(s))
	for i, in := range s {
		if _, dup := first[in.Code]; !dup {
			first[in.Code] = i
		}
	}
	return first
}

// inCycle reports, by index, whether the chain of parents from s[i] (the
// first indicator of each parent code; a parent equal to the code is a
// cycle of one) runs into a cycle: s[i] is on a cycle or leads into one.
// Each indicator is visited once, so the cost is linear however long the
// chains are.
func (s Set) inCycle(first map[string]int) []bool {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, len(s))
	cyclic := make([]bool, len(s))
	var path []int
	for i := range s {
		path = path[:0]
		j, result := i, false
		for {
			if state[j] != unseen {
				result = state[j] == onPath || cyclic[j]
				break
			}
			state[j] = onPath
			path = append(path, j)
			next, ok := first[s[j].Parent]
			if !ok || s[j].Parent == "" {
				break
			}
			j = next
		}
		for _, k := range path {
			state[k], cyclic[k] = done, result
		}
	}
	return cyclic
}

// notAbove reports where part exceeds whole.
func notAbove(p integracja.Path, part, whole Count, parentCode string) []error {
	var errs []error
	check := func(field string, n, limit int, pl, en i18n.Noun) {
		if n <= limit {
			return
		}
		errs = append(errs, integracja.Inconsistent(p.Child(field), strconv.Itoa(n), integracja.Text{
			PL: fmt.Sprintf("w tym %s, a we wskaźniku nadrzędnym %s tylko %d", pl.Count(language.Polish, n), parentCode, limit),
			EN: fmt.Sprintf("of whom %s, but the parent indicator %s has only %d", en.Count(language.English, n), parentCode, limit)}))
	}
	bound := func(a, b int) int {
		if s, ok := sum(a, b); ok {
			return s
		}
		return maxInt
	}
	check("women", part.Women, bound(whole.Women, whole.Unspecified), i18n.Women, i18n.Women)
	check("men", part.Men, bound(whole.Men, whole.Unspecified), i18n.Men, i18n.Men)
	if pt, ok := sum(part.Women, part.Men, part.Unspecified); ok {
		if wt, ok := sum(whole.Women, whole.Men, whole.Unspecified); ok {
			check("total", pt, wt, i18n.Persons, i18n.Persons)
		}
	}
	return errs
}

// MaxIndent is the deepest level of "of whom" parts that [Set.Lines]
// indents: a part further down is indented as this level, so that the
// lines of a long chain of parts do not grow with its length.
const MaxIndent = 8

// Lines returns the report lines of s, each [Indicator.Line]: indicators
// without a parent in the order of s, each followed by its parts, indented
// by two spaces per level (at most [MaxIndent] levels) and introduced by
// "w tym" ("of whom"). An indicator whose parent is missing or in a cycle
// is listed at the end without indentation. Every indicator is listed
// once, and the cost grows linearly with the size of the set.
func (s Set) Lines(t language.Tag) []string {
	first := s.firstIndexes()
	children := make(map[string][]int)
	for i, in := range s {
		if _, ok := first[in.Parent]; ok && in.Parent != "" && in.Parent != in.Code {
			children[in.Parent] = append(children[in.Parent], i)
		}
	}
	ofWhom := integracja.Text{PL: "w tym ", EN: "of whom "}.In(t)
	done := make([]bool, len(s))
	out := make([]string, 0, len(s))
	type item struct{ i, depth int }
	var stack []item
	walk := func(root int) {
		stack = append(stack[:0], item{root, 0})
		for len(stack) > 0 {
			it := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if done[it.i] {
				continue
			}
			done[it.i] = true
			line := s[it.i].Line(t)
			if it.depth > 0 {
				line = strings.Repeat("  ", min(it.depth, MaxIndent)) + ofWhom + line
			}
			out = append(out, line)
			if first[s[it.i].Code] != it.i {
				continue // a duplicate code: its parts went under the first
			}
			kids := children[s[it.i].Code]
			for k := len(kids) - 1; k >= 0; k-- {
				stack = append(stack, item{kids[k], it.depth + 1})
			}
		}
	}
	for i, in := range s {
		if _, ok := first[in.Parent]; in.Parent == "" || in.Parent == in.Code || !ok {
			walk(i)
		}
	}
	for i := range s {
		walk(i)
	}
	return out
}

// Format returns [Set.Lines] joined by newlines.
func (s Set) Format(t language.Tag) string { return strings.Join(s.Lines(t), "\n") }
