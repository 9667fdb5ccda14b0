package budget

import (
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Printed is an amount as a document printed it: a label (what the amount
// is for), the printed text, and the amount when the text could be read.
// A figure whose text is garbled (Brzeszcze 2014 prints "29 72,55 zł" and
// "17 19 05 zł") is unreadable: it keeps its raw text, so a report can say
// which figures it could not read, and takes no part in the arithmetic.
//
// The zero Printed is unreadable and unlabelled.
//
// In JSON a Printed keeps its label, raw text, amount and readability; Err
// is not encoded ([ReadPrinted] on Raw gives it again).
type Printed struct {
	Label    integracja.Text `json:"label,omitzero"`
	Raw      string          `json:"raw"`
	Amount   Money           `json:"amount"`
	Readable bool            `json:"readable"`
	// Err says why Raw could not be read; nil for a readable figure.
	Err error `json:"-"`
}

// ReadPrinted reads raw with [ParseMoney]: a readable figure when it parses,
// an unreadable one keeping raw and the parse error when it does not.
func ReadPrinted(label integracja.Text, raw string) Printed {
	m, err := ParseMoney(raw)
	if err != nil {
		return Printed{Label: label, Raw: raw, Err: err}
	}
	return Printed{Label: label, Raw: raw, Amount: m, Readable: true}
}

// PrintedOf returns m as a document prints it: Raw is m.Format in Polish,
// in whole grosze, and Amount what Raw reads back as — m rounded half away
// from zero to whole grosze, as [Money.Format] rounds. So a reconciliation
// of printed figures checks what a reader of the document sees, and a
// figure never says one amount and holds another.
func PrintedOf(label integracja.Text, m Money) Printed {
	m = m.Round(HalfAwayFromZero)
	return Printed{Label: label, Raw: m.Format(language.Polish), Amount: m, Readable: true}
}

// Garbled returns a figure whose printed text raw cannot be read.
func Garbled(label integracja.Text, raw string) Printed {
	return Printed{Label: label, Raw: raw}
}

// describe returns the label and the raw text: `zarządzanie projektem:
// „29 72,55 zł”`.
func (f Printed) describe(t language.Tag) string {
	l := f.Label.In(t)
	q := integracja.Text{PL: "„" + f.Raw + "”", EN: "“" + f.Raw + "”"}.In(t)
	if l == "" {
		return q
	}
	return l + ": " + q
}

// Outcome is what [Reconcile] found.
//
// The zero Outcome is Consistent.
type Outcome uint8

// The values of Outcome.
const (
	// Consistent: every figure was read and the parts add up to the total.
	Consistent Outcome = iota
	// Discrepancy: the parts do not add up to the total (Difference and
	// Side say by how much and which way), or the readable parts alone
	// already exceed it.
	Discrepancy
	// MissingParts: some parts are unreadable; Missing is what they must
	// add up to.
	MissingParts
	// MissingTotal: the total is unreadable; Missing is what it must be.
	MissingTotal
	// Undetermined: the total and some parts are unreadable; nothing can
	// be concluded.
	Undetermined
)

var outcomes = enum.MustNew(enum.Spec[Outcome]{
	Type: "Outcome", Kind: "reconciliation outcome", KindPL: "wyniku uzgodnienia",
	Codes:  []string{"consistent", "discrepancy", "missing_parts", "missing_total", "undetermined"},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "consistent", "discrepancy",
// "missing_parts", "missing_total", "undetermined"; "Outcome(9)" for an
// unknown value.
func (o Outcome) String() string { return outcomes.String(o) }

// ParseOutcome parses a code returned by [Outcome.String].
func ParseOutcome(s string) (Outcome, error) { return outcomes.Parse(s) }

// MarshalText returns the stable code; an unknown value is an error.
func (o Outcome) MarshalText() ([]byte, error) { return outcomes.MarshalText(o) }

// UnmarshalText parses the stable code.
func (o *Outcome) UnmarshalText(b []byte) error { return outcomes.UnmarshalText(o, b) }

// Side says which side of a discrepancy is larger.
//
// The zero Side is TotalExceedsParts.
type Side uint8

// The values of Side.
const (
	// TotalExceedsParts: the reported total is larger than its parts.
	TotalExceedsParts Side = iota
	// PartsExceedTotal: the parts add up to more than the reported total.
	PartsExceedTotal
)

var sides = enum.MustNew(enum.Spec[Side]{
	Type: "Side", Kind: "side of a discrepancy", KindPL: "strony rozbieżności",
	Codes:  []string{"total_exceeds_parts", "parts_exceed_total"},
	Errors: integracja.EnumErrors{},
})

// String returns "total_exceeds_parts" or "parts_exceed_total";
// "Side(7)" for an unknown value.
func (s Side) String() string { return sides.String(s) }

// ParseSide parses a code returned by [Side.String].
func ParseSide(s string) (Side, error) { return sides.Parse(s) }

// MarshalText returns the stable code; an unknown value is an error.
func (s Side) MarshalText() ([]byte, error) { return sides.MarshalText(s) }

// UnmarshalText parses the stable code.
func (s *Side) UnmarshalText(b []byte) error { return sides.UnmarshalText(s, b) }

// Reconciliation is the result of [Reconcile]: the figures it was given,
// the sum of the readable parts, and what it concluded.
type Reconciliation struct {
	Outcome Outcome   `json:"outcome"`
	Total   Printed   `json:"total"`
	Parts   []Printed `json:"parts"`
	// ReadSum is the sum of the readable parts.
	ReadSum Money `json:"readSum"`
	// Difference is how far apart the total and the parts are (never
	// negative), and Side which of them is larger; set for Discrepancy.
	Difference Money `json:"difference"`
	Side       Side  `json:"side"`
	// Missing is what the unreadable figures must add up to: the
	// unreadable parts for MissingParts, the total for MissingTotal.
	Missing Money `json:"missing"`
	// Unreadable lists the indexes of the unreadable parts.
	Unreadable []int `json:"unreadable,omitempty"`
}

// Reconcile checks a reported total against its reported parts, any of
// which may be unreadable:
//
//   - every figure read: Consistent when the parts add up to the total,
//     otherwise Discrepancy with the difference and the larger side;
//   - some parts unreadable: MissingParts with the amount they must add
//     up to (the total less the readable parts), or Discrepancy when the
//     readable parts alone exceed the total (parts of a spending report are
//     not negative);
//   - the total unreadable: MissingTotal (it must be the sum of the parts)
//     when every part was read, Undetermined otherwise.
//
// Readable figures in different currencies are an error at the path of
// the first one that differs from the total ("parts[2]").
func Reconcile(total Printed, parts ...Printed) (Reconciliation, error) {
	r := Reconciliation{Total: total, Parts: append([]Printed(nil), parts...)}
	cur := ""
	if total.Readable {
		cur = total.Amount.Currency()
	}
	sum := decimal.Zero
	for i, p := range parts {
		if !p.Readable {
			r.Unreadable = append(r.Unreadable, i)
			continue
		}
		if cur == "" {
			cur = p.Amount.Currency()
		} else if c := p.Amount.Currency(); c != cur {
			return Reconciliation{}, integracja.NewFieldError(integracja.NewPath("parts").Index(i),
				&CurrencyMismatchError{A: cur, B: c}, c, integracja.Text{})
		}
		sum = sum.Add(p.Amount.Decimal())
	}
	if cur == "" {
		cur = DefaultCurrency
	}
	inCur := func(d decimal.Decimal) Money { m, _ := New(d, cur); return m }
	r.ReadSum = inCur(sum)
	switch {
	case !total.Readable && len(r.Unreadable) > 0:
		r.Outcome = Undetermined
	case !total.Readable:
		r.Outcome, r.Missing = MissingTotal, r.ReadSum
	default:
		diff := total.Amount.Decimal().Sub(sum)
		switch {
		case len(r.Unreadable) > 0 && !diff.IsNegative():
			r.Outcome, r.Missing = MissingParts, inCur(diff)
		case diff.IsZero():
			r.Outcome = Consistent
		default:
			r.Outcome, r.Difference = Discrepancy, inCur(diff.Abs())
			if diff.IsNegative() {
				r.Side = PartsExceedTotal
			}
		}
	}
	return r, nil
}

// Format describes the result in the language t asks for, naming the
// figures that could not be read with their printed text.
func (r Reconciliation) Format(t language.Tag) string {
	tx := func(pl, en string) string { return integracja.Text{PL: pl, EN: en}.In(t) }
	unreadable := func() string {
		var s []string
		for _, i := range r.Unreadable {
			s = append(s, r.Parts[i].describe(t))
		}
		return strings.Join(s, "; ")
	}
	one := len(r.Unreadable) == 1
	switch r.Outcome {
	case Consistent:
		return tx("zgodne: części sumują się do kwoty ogółem ", "consistent: the parts add up to the total of ") +
			r.Total.Amount.Format(t)
	case Discrepancy:
		total, sum, diff := r.Total.Amount.Format(t), r.ReadSum.Format(t), r.Difference.Format(t)
		var s string
		if r.Side == PartsExceedTotal {
			s = tx("niezgodność: części sumują się do "+sum+", o "+diff+" więcej niż kwota ogółem "+total,
				"discrepancy: the parts add up to "+sum+", more than the total of "+total+", by "+diff)
		} else {
			s = tx("niezgodność: kwota ogółem "+total+" przewyższa sumę części ("+sum+") o "+diff,
				"discrepancy: the total of "+total+" exceeds the sum of the parts, "+sum+", by "+diff)
		}
		if len(r.Unreadable) > 0 {
			s += tx(" (bez nieczytelnych: ", " (not counting the unreadable: ") + unreadable() + ")"
		}
		return s
	case MissingParts:
		if one {
			return tx("nieczytelna kwota (", "the unreadable amount (") + unreadable() +
				tx(") musi wynosić ", ") must be ") + r.Missing.Format(t)
		}
		return tx("nieczytelne kwoty (", "the unreadable amounts (") + unreadable() +
			tx(") muszą razem wynosić ", ") must add up to ") + r.Missing.Format(t)
	case MissingTotal:
		return tx("nieczytelna kwota ogółem (", "the unreadable total (") + r.Total.describe(t) +
			tx(") musi wynosić ", ") must be ") + r.Missing.Format(t) + tx(", tyle co suma części", ", the sum of the parts")
	case Undetermined:
		return tx("nie można uzgodnić: nieczytelne są kwota ogółem (", "cannot reconcile: the total (") + r.Total.describe(t) +
			tx(") i części: ", ") and parts are unreadable: ") + unreadable()
	}
	return r.Outcome.String()
}

// String returns the result in Polish.
func (r Reconciliation) String() string { return r.Format(language.Polish) }
