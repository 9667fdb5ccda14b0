package indicator

import (
	"fmt"
	"strconv"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
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

var kindCodes = [...]string{"output", "result"}

// String returns the stable code: "output" or "result".
func (k Kind) String() string {
	if int(k) < len(kindCodes) {
		return kindCodes[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Label returns "wskaźnik produktu"/"wskaźnik rezultatu" or "output
// indicator"/"result indicator".
func (k Kind) Label(t language.Tag) string {
	switch k {
	case Output:
		return integracja.Text{PL: "wskaźnik produktu", EN: "output indicator"}.In(t)
	case Result:
		return integracja.Text{PL: "wskaźnik rezultatu", EN: "result indicator"}.In(t)
	}
	return k.String()
}

// ParseKind parses "output" or "result".
func ParseKind(s string) (Kind, error) {
	for i, c := range kindCodes {
		if c == s {
			return Kind(i), nil
		}
	}
	return 0, &integracja.ParseError{Kind: "indicator kind", Input: s, Err: integracja.ErrInvalid,
		Detail: integracja.Text{PL: "oczekiwano output lub result", EN: "want output or result"}}
}

// MarshalText returns the stable code.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindCodes) {
		return nil, fmt.Errorf("indicator: cannot marshal %s", k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses the stable code.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
