package integracja_test

import (
	"testing"

	"github.com/aktywna/integracja"
)

// FuzzDateScan checks that Date.Scan never panics, reads a string and its
// bytes alike, leaves its receiver unchanged on error, and that what it
// reads is a valid date that stores (Value) as text it scans back from.
func FuzzDateScan(f *testing.F) {
	for _, s := range []string{"2019-06-01", "2019-06-01T00:00:00Z", "2019-06-01 00:00:00+02:00",
		"2019-06-01 00:00:00.000-05", "2019-06-01 13:00:00", "2019-02-30", "", "0000-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keep := integracja.MustParseDate("2000-01-01")
		d, e := keep, keep
		err := d.Scan(s)
		errBytes := e.Scan([]byte(s))
		switch {
		case (err == nil) != (errBytes == nil) || d != e:
			t.Fatalf("Scan(%q) = %v, %v; its bytes %v, %v", s, d, err, e, errBytes)
		case err != nil && d != keep:
			t.Fatalf("Scan(%q) failed and changed its receiver to %v", s, d)
		case err != nil:
			return
		case s == "":
			t.Fatalf("Scan(%q) = %v without an error", s, d)
		case !d.IsValid():
			t.Fatalf("Scan(%q) = %v, not a valid date", s, d)
		case len(s) == 10 && d.String() != s:
			t.Fatalf("Scan(%q) = %v, which prints otherwise", s, d)
		}
		v, err := d.Value()
		if err != nil {
			t.Fatalf("Value(%v): %v", d, err)
		}
		var back integracja.Date
		if err := back.Scan(v); err != nil || back != d {
			t.Fatalf("%v stores as %#v, which scans as %v, %v", d, v, back, err)
		}
	})
}

// FuzzPeriodScan checks that Period.Scan never panics, leaves its
// receiver unchanged on error, and that what it reads is a valid period
// of at least one day whose stored daterange (Value), String and text
// form all read back to it.
func FuzzPeriodScan(f *testing.F) {
	for _, s := range []string{"[2019-06-01,2020-01-01)", "[2019-06-01,2019-12-31]", "(2019-05-31,2020-01-01)",
		"[9999-12-01,10000-01-01)", "2019-06-01/2019-12-31", "empty", "[2019-06-01,)", "[,)", "(2019-06-01,2019-06-02)", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keep := period("2000-01-01/2000-01-31")
		p := keep
		if err := p.Scan(s); err != nil {
			if p != keep {
				t.Fatalf("Scan(%q) failed and changed its receiver to %v", s, p)
			}
			return
		}
		if err := p.Validate(); err != nil || p.Days() < 1 {
			t.Fatalf("Scan(%q) = %v, %d days, which does not validate: %v", s, p, p.Days(), err)
		}
		v, err := p.Value()
		if err != nil {
			t.Fatalf("Value(%v): %v", p, err)
		}
		var back integracja.Period
		if err := back.Scan(v); err != nil || back != p {
			t.Fatalf("%v stores as %#v, which scans as %v, %v", p, v, back, err)
		}
		if q, err := integracja.ParsePeriod(p.String()); err != nil || q != p {
			t.Fatalf("%v prints as %q, which parses as %v, %v", p, p.String(), q, err)
		}
		text, err := p.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", p, err)
		}
		var u integracja.Period
		if err := u.UnmarshalText(text); err != nil || u != p {
			t.Fatalf("%v marshals as %q, which unmarshals as %v, %v", p, text, u, err)
		}
	})
}
