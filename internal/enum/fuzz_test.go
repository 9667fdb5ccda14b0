package enum_test

import (
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that whatever it accepts
// prints back as a code that parses to the same value, that a folding
// enum accepts exactly what an exact one accepts after folding, and that
// an error is always the same text, whatever the input.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "red", "Red", " blue ", "painter", "MALARZ", " klient\t", "purple", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := colours.Parse(s); err == nil {
			if colours.String(v) != s {
				t.Fatalf("Parse(%q) = %v, which prints as another code", s, v)
			}
			if b, err := colours.MarshalText(v); err != nil || string(b) != s {
				t.Fatalf("MarshalText(%v) = %q, %v", v, b, err)
			}
		} else if err.Error() != "cannot parse colour: want red, green or blue | oczekiwano red, green lub blue" {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		v, err := roles.Parse(s)
		if err != nil {
			return
		}
		back, err := roles.Parse(roles.String(v))
		if err != nil || back != v {
			t.Fatalf("Parse(%q) = %v, but its code %q parses to %v, %v", s, v, roles.String(v), back, err)
		}
		if folded := strings.ToLower(strings.TrimSpace(s)); folded != roles.String(v) && folded != "malarz" && folded != "klient" {
			t.Fatalf("Parse(%q) = %v from neither a code nor an alias", s, v)
		}
	})
}
