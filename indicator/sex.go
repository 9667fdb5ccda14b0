package indicator

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
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

var sexCodes = [...]string{"", "K", "M"}

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
	return SexUnspecified, &integracja.ParseError{Kind: "sex", Input: s, Err: integracja.ErrInvalid,
		Detail: integracja.Text{PL: "oczekiwano K (kobieta) lub M (mężczyzna)", EN: "want K/F (female) or M (male)"}}
}

// String returns the Polish report code: "K", "M", or "" for unspecified.
// An out-of-range value prints as "Sex(7)".
func (s Sex) String() string {
	if int(s) < len(sexCodes) {
		return sexCodes[s]
	}
	return "Sex(" + strconv.Itoa(int(s)) + ")"
}

// IsValid reports whether s is one of the three defined values.
func (s Sex) IsValid() bool { return s <= Male }

// Label returns the word for s in the language t asks for: "kobieta",
// "mężczyzna", "nieokreślona"; "female", "male", "unspecified".
func (s Sex) Label(t language.Tag) string {
	switch s {
	case Female:
		return integracja.Text{PL: "kobieta", EN: "female"}.In(t)
	case Male:
		return integracja.Text{PL: "mężczyzna", EN: "male"}.In(t)
	case SexUnspecified:
		return integracja.Text{PL: "nieokreślona", EN: "unspecified"}.In(t)
	}
	return s.String()
}

// MarshalText encodes s as "K", "M" or "" (unspecified).
func (s Sex) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("indicator: cannot marshal %s", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText accepts everything [ParseSex] accepts.
func (s *Sex) UnmarshalText(b []byte) error {
	v, err := ParseSex(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
