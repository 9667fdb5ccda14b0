package indicator

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func FuzzParseSex(f *testing.F) {
	for _, s := range []string{"K", "M", "", "kobieta", "mężczyzna", "female", "male", "F", " m ", "X", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseSex(s)
		if err != nil {
			var pe *integracja.ParseError
			if !errors.As(err, &pe) || pe.Input != "" || !errors.Is(err, integracja.ErrInvalid) {
				t.Fatalf("ParseSex(%q): error %v is not the enum's parse error", s, err)
			}
			_ = integracja.Localize(err, language.Polish)
			return
		}
		if !v.IsValid() {
			t.Fatalf("ParseSex(%q) = %d, not a defined Sex", s, v)
		}
		back, err := ParseSex(v.String())
		if err != nil || back != v {
			t.Fatalf("ParseSex(%q) = %v, but ParseSex(%q) = %v, %v", s, v, v.String(), back, err)
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var u Sex
		if err := u.UnmarshalText(b); err != nil || u != v {
			t.Fatalf("text round trip of %v gives %v, %v", v, u, err)
		}
		_ = v.Label(language.Polish) + v.Label(language.English)
	})
}

func FuzzParseCount(f *testing.F) {
	for _, s := range []string{
		"20 (12K i 8M)", "20 (12 K, 8 M)", "5 (5 M)", "3 ( 1 K i 2 M )",
		"142 osoby, w tym 93 kobiety", "227 osób, w tym 131 kobiet", "10 kobiet", "1 kobieta", "3 mężczyzn",
		"20 (12 women, 8 men)", "20 (12K, 6M i 2 b.d.)", "142 people, of whom 93 women", "7", "0",
		"20 (12K i 6M)", "-5 (5M)", "99999999999999999999 kobiet", "20 (10K i 10K)", "20 osób (12 kobiet i 8 mężczyzn).",
		"12 osób tj. 6 kobiet i 6 mężczyzn", "120 osób – 72K i 48M", "72K i 48M", "658 osób w tym 480 kobiet, 178 mężczyzn",
		"9 uczestniczek", "12 345 osób", "12\u00a0345 osób", "1 9 173", "ponad 70 mieszkańców", "4 tys. osób", "12.345",
		"72K tj. 60% i 48M tj. 40%", "20\n-5", "20 (12K i 8M)\u202e", "20 (<3K i #M)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCount(s)
		if err != nil {
			var pe *integracja.ParseError
			if !errors.As(err, &pe) || pe.Input != integracja.Excerpt(s, integracja.MaxQuoted) || pe.Err == nil {
				t.Fatalf("ParseCount(%q): error %v does not name the beginning of the input and a cause", s, err)
			}
			for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
				if len(msg) > 400 || strings.ContainsAny(msg, "\n\r\u2028\u2029\u202e\u202d\u2066\u2067\u2068\u2069\u200e\u200f") {
					t.Fatalf("ParseCount(%q): the message %q is long or holds a line break or a bidirectional mark", s, msg)
				}
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("ParseCount(%q) = %#v, which is invalid: %v", s, c, err)
		}
		for _, tag := range []language.Tag{language.Polish, language.English} {
			f := c.Format(tag)
			back, err := ParseCount(f)
			if err != nil || back != c {
				t.Fatalf("ParseCount(%q) = %#v formats as %q, which parses as %#v, %v", s, c, f, back, err)
			}
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var j Count
		if err := json.Unmarshal(b, &j); err != nil || j != c {
			t.Fatalf("JSON round trip of %#v gives %#v, %v", c, j, err)
		}
	})
}
