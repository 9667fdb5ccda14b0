package integracja_test

import (
	"testing"

	"github.com/aktywna/integracja"
)

// FuzzParseDate checks that ParseDate never panics, that what it accepts is
// a valid date, and that it formats back to the same text.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019-06-01", "2020-02-29", "2019-02-29", "0000-01-01", "9999-12-31", "2019-1-01", "", "2019-06-01 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := integracja.ParseDate(s)
		if err != nil {
			if d != (integracja.Date{}) {
				t.Fatalf("ParseDate(%q) returned %v with an error", s, d)
			}
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = %v, not a valid date", s, d)
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		b, err := d.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("MarshalText = %q, %v", b, err)
		}
		if got := d.AddDays(d.DaysUntil(d.AddMonths(1))); got != d.AddMonths(1) {
			t.Fatalf("%v: AddDays(DaysUntil) = %v, want %v", d, got, d.AddMonths(1))
		}
	})
}

// FuzzParsePeriod checks that ParsePeriod never panics and that what it
// accepts is a valid period that formats back to the same text.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2019-06-01/2019-12-31", "2019-12-31/2019-06-01", "2019-06-01/", "/", "2019-06-01/2019-06-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := integracja.ParsePeriod(s)
		if err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("ParsePeriod(%q) = %v, which does not validate: %v", s, p, err)
		}
		if p.String() != s {
			t.Fatalf("ParsePeriod(%q).String() = %q", s, p.String())
		}
		if p.Days() < 1 {
			t.Fatalf("%v has %d days", p, p.Days())
		}
	})
}
