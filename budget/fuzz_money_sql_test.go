package budget_test

import (
	"testing"

	"github.com/aktywna/integracja/budget"
)

// FuzzMoneyText checks that UnmarshalText never panics, leaves its
// receiver unchanged on error, and that what it reads marshals back to a
// text ([budget.Money.String]) that reads back to an equal amount.
func FuzzMoneyText(f *testing.F) {
	for _, s := range []string{"1234.50 PLN", "-0.125 EUR", "0.00 PLN", "1 234,50 zł", "1e3 PLN", "5 pln", "", " PLN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		seven := money("7", "PLN")
		m := seven
		if err := m.UnmarshalText([]byte(s)); err != nil {
			if !m.Equal(seven) {
				t.Fatalf("UnmarshalText(%q) failed and changed its receiver to %s", s, m)
			}
			return
		}
		b, err := m.MarshalText()
		if err != nil || string(b) != m.String() {
			t.Fatalf("UnmarshalText(%q) = %s, which marshals as %q, %v", s, m, b, err)
		}
		var back budget.Money
		if err := back.UnmarshalText(b); err != nil || !back.Equal(m) {
			t.Fatalf("%q reads back as %s, %v; want %s", b, back, err, m)
		}
	})
}

// FuzzMoneyScan checks that Scan never panics, leaves its receiver
// unchanged on error, and that what it reads stores (Value) as a
// composite that scans back to an equal amount, in two columns too.
func FuzzMoneyScan(f *testing.F) {
	for _, s := range []string{"(1234.50,PLN)", "(-0.125,EUR)", "(1234.5000,PLN)", "(,PLN)", "(1,PLN,x)", "()", "1234.50 PLN", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		seven := money("7", "PLN")
		m := seven
		if err := m.Scan(s); err != nil {
			if !m.Equal(seven) {
				t.Fatalf("Scan(%q) failed and changed its receiver to %s", s, m)
			}
			return
		}
		v, err := m.Value()
		if err != nil {
			t.Fatalf("Scan(%q) = %s, whose Value fails: %v", s, m, err)
		}
		var back budget.Money
		if err := back.Scan(v); err != nil || !back.Equal(m) {
			t.Fatalf("%s stores as %v, which scans as %s, %v", m, v, back, err)
		}
		a, c, err := m.Columns()
		if err != nil {
			t.Fatalf("Columns(%s): %v", m, err)
		}
		if back, err := budget.FromColumns(a, c); err != nil || !back.Equal(m) {
			t.Fatalf("%s in two columns %q %q reads back as %s, %v", m, a, c, back, err)
		}
	})
}

// FuzzFromColumns checks that FromColumns never panics and that what it
// reads from two text columns writes back (Columns) to columns it reads
// to an equal amount.
func FuzzFromColumns(f *testing.F) {
	for _, s := range [][2]string{{"1234.50", "PLN"}, {"-0.0000001", "EUR"}, {"1e3", "PLN"}, {"", ""}, {"12,5", "pln"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, amount, code string) {
		m, err := budget.FromColumns(amount, code)
		if err != nil {
			return
		}
		a, c, err := m.Columns()
		if err != nil {
			t.Fatalf("FromColumns(%q, %q) = %s, which has no columns: %v", amount, code, m, err)
		}
		if back, err := budget.FromColumns([]byte(a), []byte(c)); err != nil || !back.Equal(m) {
			t.Fatalf("%s writes %q %q, which read back as %s, %v", m, a, c, back, err)
		}
	})
}
