package budget

import (
	"encoding/json"
	"testing"

	"golang.org/x/text/language"
)

// FuzzParseMoney checks that ParseMoney never panics, that whatever it
// accepts formats in Polish to text it reads back as an equal amount, and
// that the amount survives String, English formatting and JSON.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{
		"231 895,59 zł", "17.600,00 zł", "207209.61", "1 234,50 PLN", "37.251 zł", "-1 234,50 zł",
		"1234,50 zł.", "12,50 EUR", "1\u00a0234\u202f567,8", "0,00", "1,234", "1e5", "", "zł", "1.234.56",
		"PLN 231,895.59", "\u22125 zł", "0.500", "99999999999999999999999,99",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		if err != nil {
			return
		}
		if !m.IsWholeMinor() {
			t.Fatalf("ParseMoney(%q) = %s, not whole grosze", s, m)
		}
		pl := m.Format(language.Polish)
		back, err := ParseMoney(pl)
		if err != nil {
			t.Fatalf("ParseMoney(%q) (Polish format of %q): %v", pl, s, err)
		}
		if !back.Equal(m) {
			t.Fatalf("ParseMoney(%q) = %s, want %s", pl, back, m)
		}
		_ = m.Format(language.English)
		_ = m.String()
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatalf("marshal %s: %v", m, err)
		}
		var j Money
		if err := json.Unmarshal(b, &j); err != nil {
			t.Fatalf("unmarshal %s: %v", b, err)
		}
		if !j.Equal(m) {
			t.Fatalf("JSON round trip of %s gave %s", m, j)
		}
		for _, x := range []Money{m, back, j, m.Neg()} {
			checkMinor(t, x)
		}
	})
}

// checkMinor fails when m's whole grosze, which the ledger's fast path
// reads from the cache its constructor filled, differ from what the
// decimal says, computed independently through big.Int.
func checkMinor(t *testing.T, m Money) {
	t.Helper()
	var want int64
	wantOK := false
	if g := m.Decimal().Shift(2); g.IsInteger() {
		if b := g.BigInt(); b.IsInt64() {
			want, wantOK = b.Int64(), true
		}
	}
	got, ok := m.Minor()
	if ok != wantOK || got != want {
		t.Fatalf("%s: Minor() = %d, %v; the decimal says %d, %v", m, got, ok, want, wantOK)
	}
}
