package contract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// FuzzParsePESEL checks that no input makes ParsePESEL panic, that every
// accepted number round-trips through Reveal and the text form, and that
// neither the masked form, nor an error, nor fmt printing a PESEL held in
// an unexported field ever shows the full number or its birth-date digits.
func FuzzParsePESEL(f *testing.F) {
	for _, s := range []string{"44051401359", "02270803624", "00000000000", "4405140135", "440514013590",
		"44051401358", "0002290123x", "9", "", "ąęśćżźńół11", "82123112342", "22322912343"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePESEL(s)
		if err != nil {
			if !p.IsZero() {
				t.Fatalf("ParsePESEL(%q) failed but returned a non-zero PESEL", s)
			}
			if len(s) == peselLen {
				for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
					if strings.Contains(msg, s) || (isDigits(s) && strings.Contains(msg, s[:6])) {
						t.Fatalf("the error for %q shows the number: %s", s, msg)
					}
				}
			}
			return
		}
		if p.Reveal() != s {
			t.Fatalf("Reveal() = %q, want %q", p.Reveal(), s)
		}
		b, err := p.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText: %v", err)
		}
		var q PESEL
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Fatalf("UnmarshalText(MarshalText(%q)) = %v, %v", s, q.Reveal(), err)
		}
		if m := p.String(); strings.Contains(m, s) || strings.Contains(m, s[:6]) || len(m) != peselLen {
			t.Fatalf("String() = %q shows too much of %q", m, s)
		}
		hidden := struct{ p PESEL }{p} // fmt cannot call p's methods here
		if out := fmt.Sprintf("%+v %#v", hidden, hidden); strings.Contains(out, strings.TrimLeft(s, "0")) {
			t.Fatalf("an unexported field holding %q prints it: %s", s, out)
		}
		if !p.BirthDate().IsValid() || !p.Sex().IsValid() || p.Sex() == 0 {
			t.Fatalf("accepted %q with birth date %v and sex %v", s, p.BirthDate(), p.Sex())
		}
	})
}
