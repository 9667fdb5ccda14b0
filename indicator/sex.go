package indicator

import (
	"database/sql/driver"
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

var sexes = enum.MustNew(enum.Spec[Sex]{
	Type: "Sex", Kind: "sex", KindPL: "płci",
	Codes: []string{"", "female", "male"},
	Labels: []enum.Text{
		{PL: "nieokreślona", EN: "unspecified"},
		{PL: "kobieta", EN: "female"},
		{PL: "mężczyzna", EN: "male"},
	},
	Fold: true,
	Aliases: map[string]Sex{
		"k": Female, "kobieta": Female, "f": Female, "woman": Female,
		"m": Male, "mężczyzna": Male, "mezczyzna": Male, "man": Male,
		"nieokreślona": SexUnspecified, "nieokreslona": SexUnspecified, "unspecified": SexUnspecified,
	},
	Want:   enum.Text{PL: "oczekiwano K (kobieta) lub M (mężczyzna)", EN: "want female (F, K) or male (M)"},
	Errors: integracja.EnumErrors{},
})

// ParseSex reads the ways Polish and English records write sex, in any case
// and with surrounding spaces: "female", "K", "kobieta", "F", "woman" for
// Female; "male", "M", "mężczyzna", "man" for Male; "" and "nieokreślona",
// "unspecified" for SexUnspecified. Anything else is an error that says
// what is wanted.
func ParseSex(s string) (Sex, error) { return sexes.Parse(s) }

// String returns the stable code: "female", "male", or "" for unspecified.
// An out-of-range value prints as "Sex(7)". Reports write the Polish
// letters K and M instead ([Count.Format]).
func (s Sex) String() string { return sexes.String(s) }

// IsValid reports whether s is one of the three defined values.
func (s Sex) IsValid() bool { return sexes.Valid(s) }

// Label returns the word for s in the language t asks for: "kobieta",
// "mężczyzna", "nieokreślona"; "female", "male", "unspecified".
func (s Sex) Label(t language.Tag) string { return sexes.Label(s, t) }

// MarshalText encodes s as its stable code: "female", "male" or ""
// (unspecified).
func (s Sex) MarshalText() ([]byte, error) { return sexes.MarshalText(s) }

// UnmarshalText accepts everything [ParseSex] accepts; on error s is
// unchanged.
func (s *Sex) UnmarshalText(b []byte) error { return sexes.UnmarshalText(s, b) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined Sex is an error.
func (s Sex) Value() (driver.Value, error) { return sexes.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *Sex) Scan(src any) error { return sexes.Scan(s, src) }
