package programme

import (
	"fmt"
	"log/slog"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/mask"
)

// BirthDate is a participant's date of birth (data urodzenia). It is
// personal data, and the type guards it: [BirthDate.String], every fmt
// verb, [BirthDate.LogValue] and every error about it show
// "****-**-**", never the date. Only [BirthDate.Reveal],
// [BirthDate.MarshalText] (hence JSON) and [BirthDate.Value]
// (database/sql) give the date, because computing an age and storing the
// record need it.
//
// BirthDate is a small comparable value. The zero BirthDate is "not
// given".
type BirthDate struct {
	d integracja.Date
}

// masked is what a birth date prints as.
const masked = "****-**-**"

// NewBirthDate returns the birth date d. An invalid d is kept, for
// Validate to report; see [BirthDate.IsValid].
func NewBirthDate(d integracja.Date) BirthDate { return BirthDate{d: d} }

// ParseBirthDate parses a date of birth written 2006-01-02. Its error says
// what is wrong without the text given, which is nearly the birth date.
func ParseBirthDate(s string) (BirthDate, error) {
	d, err := integracja.ParseDate(s)
	if err != nil {
		return BirthDate{}, errBirthDate()
	}
	return BirthDate{d: d}, nil
}

// errBirthDate reports a birth date that cannot be read, without it.
func errBirthDate() error {
	return &integracja.ParseError{Kind: "birth date", KindPL: "daty urodzenia", Input: masked, Err: integracja.ErrInvalid,
		Detail: integracja.Text{PL: "oczekiwano prawdziwej daty w formacie RRRR-MM-DD",
			EN: "want a real date in the form YYYY-MM-DD"}}
}

// Reveal returns the date of birth. The result is personal data; the name
// of the method makes each use of it visible in review.
func (b BirthDate) Reveal() integracja.Date { return b.d }

// IsZero reports whether no birth date is given.
func (b BirthDate) IsZero() bool { return b.d.IsZero() }

// IsValid reports whether the birth date is a real calendar date.
func (b BirthDate) IsValid() bool { return b.d.IsValid() }

// AgeAt returns the age in whole years on date d, as
// [integracja.Date.AgeAt] counts it (art. 112 Kodeksu cywilnego), or -1
// when either date is missing or invalid or d is before the birth.
func (b BirthDate) AgeAt(d integracja.Date) int { return b.d.AgeAt(d) }

// String returns "****-**-**" for a birth date that is given, and "" for
// the zero BirthDate.
func (b BirthDate) String() string {
	if b.IsZero() {
		return ""
	}
	return masked
}

// Format makes every fmt verb print [BirthDate.String], so that a birth
// date printed by accident, alone or inside a struct, stays hidden. %q
// quotes it; width, precision and the '-' flag apply.
func (b BirthDate) Format(f fmt.State, verb rune) { mask.Format(f, verb, b.String()) }

// LogValue makes log/slog print [BirthDate.String].
func (b BirthDate) LogValue() slog.Value { return slog.StringValue(b.String()) }

// MarshalText returns the date as 2006-01-02, in full, and "" for the zero
// BirthDate: JSON carries the birth date because storage needs it; it is
// personal data, to be stored and sent as such. An invalid date is an
// error that does not show it.
func (b BirthDate) MarshalText() ([]byte, error) {
	if b.IsZero() {
		return []byte{}, nil
	}
	if !b.d.IsValid() {
		return nil, errBirthDate()
	}
	return []byte(b.d.String()), nil
}

// UnmarshalText reads what [ParseBirthDate] reads; an empty text gives the
// zero BirthDate.
func (b *BirthDate) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*b = BirthDate{}
		return nil
	}
	v, err := ParseBirthDate(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}
