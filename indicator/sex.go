package indicator

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Sex is a person's sex as ESF reporting breaks data down by it ("płeć":
// K — kobieta, M — mężczyzna). ESF+ (Regulation (EU) 2021/1057, Annex I)
// also allows a third category where national law knows one; Polish records
// know only K and M, so the third value here is "unspecified": not recorded,
// or not disclosed.
//
// The zero Sex is SexUnspecified.
type Sex uint8

// The values of Sex.
const (
	SexUnspecified Sex = iota
	Female
	Male
)

// sexes gives Sex its codes and labels; [ParseSex] reads more spellings
// than the codes, so it does not use sexes.Parse.
var sexes = enum.MustNew(enum.Spec[Sex]{
	Package: "indicator", Type: "Sex", Kind: "sex",
	Codes: []string{"", "K", "M"},
	Labels: []integracja.Text{
		{PL: "nieokreślona", EN: "unspecified"},
		{PL: "kobieta", EN: "female"},
		{PL: "mężczyzna", EN: "male"},
	},
})

// ParseSex reads the ways Polish and English records write sex, in any case
// and with surrounding spaces: "K", "kobieta", "F", "female", "woman" for
// Female; "M", "mężczyzna", "male", "man" for Male; "" and "nieokreślona",
// "unspecified" for SexUnspecified. Anything else is an error naming the
// input.
func ParseSex(s string) (Sex, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "k", "kobieta", "f", "female", "woman":
		return Female, nil
	case "m", "mężczyzna", "mezczyzna", "male", "man":
		return Male, nil
	case "", "nieokreślona", "nieokreslona", "unspecified":
		return SexUnspecified, nil
	}
	return SexUnspecified, &integracja.ParseError{Kind: "sex", KindPL: "płci", Input: s, Err: integracja.ErrInvalid,
		Detail: integracja.Text{PL: "oczekiwano K (kobieta) lub M (mężczyzna)", EN: "want K/F (female) or M (male)"}}
}

// String returns the Polish report code: "K", "M", or "" for unspecified.
// An out-of-range value prints as "Sex(7)".
func (s Sex) String() string { return sexes.String(s) }

// IsValid reports whether s is one of the three defined values.
func (s Sex) IsValid() bool { return sexes.Valid(s) }

// Label returns the word for s in the language t asks for: "kobieta",
// "mężczyzna", "nieokreślona"; "female", "male", "unspecified".
func (s Sex) Label(t language.Tag) string { return sexes.Label(s, t) }

// MarshalText encodes s as "K", "M" or "" (unspecified).
func (s Sex) MarshalText() ([]byte, error) { return sexes.MarshalText(s) }

// UnmarshalText accepts everything [ParseSex] accepts.
func (s *Sex) UnmarshalText(b []byte) error {
	v, err := ParseSex(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
