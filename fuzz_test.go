package integracja_test

import (
	"encoding/json"
	"errors"
	"slices"
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

// FuzzScheduleJSON checks that decoding a schedule never panics, that every
// failure is a field error, and that what decodes encodes and decodes back
// to the same steps.
func FuzzScheduleJSON(f *testing.F) {
	for _, s := range []string{
		`[{"from":"2017-01-01","value":"8,10 zł","basis":"art. 73a ust. 3 u.p.z."},{"from":"2023-06-01","value":"10,90 zł"}]`,
		`[{"from":"2020-01-01","value":"a","valu":"b"}]`, `[{"FROM":"2020-01-01","value":"a"}]`,
		`[{"from":"2020-01-01","From":"2020-01-02"}]`, `[null]`, `null`, `[]`, `{}`, `[5]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var s integracja.Schedule[string]
		if err := json.Unmarshal(data, &s); err != nil {
			var syn *json.SyntaxError
			if !errors.As(err, &syn) && len(integracja.FieldErrors(err)) == 0 {
				t.Fatalf("Unmarshal(%q) = %v (%T), want field errors", data, err, err)
			}
			return
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("Marshal after Unmarshal(%q): %v", data, err)
		}
		var back integracja.Schedule[string]
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s), re-encoded from %q: %v", b, data, err)
		}
		if !slices.Equal(s.Steps(), back.Steps()) {
			t.Fatalf("%q: round trip gives %v, want %v", data, back.Steps(), s.Steps())
		}
	})
}
