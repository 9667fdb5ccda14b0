package indicator

import (
	"database/sql/driver"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Kind says whether an indicator measures what a programme delivered
// (output, wskaźnik produktu) or what changed for participants (result,
// wskaźnik rezultatu). The zero Kind is Output.
type Kind uint8

// The kinds of indicator.
const (
	Output Kind = iota // wskaźnik produktu
	Result             // wskaźnik rezultatu
)

var kinds = enum.MustNew(enum.Spec[Kind]{
	Type: "Kind", Kind: "indicator kind", KindPL: "rodzaju wskaźnika",
	Codes: []string{"output", "result"},
	Labels: []enum.Text{
		{PL: "wskaźnik produktu", EN: "output indicator"},
		{PL: "wskaźnik rezultatu", EN: "result indicator"},
	},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "output" or "result".
func (k Kind) String() string { return kinds.String(k) }

// Label returns "wskaźnik produktu"/"wskaźnik rezultatu" or "output
// indicator"/"result indicator".
func (k Kind) Label(t language.Tag) string { return kinds.Label(k, t) }

// ParseKind parses "output" or "result".
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// MarshalText returns the stable code.
func (k Kind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText parses the stable code.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.UnmarshalText(k, b) }

// Value stores k as its stable code, a string, for database/sql; an
// undefined Kind is an error.
func (k Kind) Value() (driver.Value, error) { return kinds.Value(k) }

// Scan reads the stable code from a text column; a number is an error,
// and on error k is unchanged.
func (k *Kind) Scan(src any) error { return kinds.Scan(k, src) }
