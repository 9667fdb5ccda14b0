package budget

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// FuzzParseMoney checks that ParseMoney never panics; that whatever it
// accepts is held in the one representation (int64 grosze exactly when
// they fit, checked independently through big.Rat), formats in Polish to
// text it reads back as an equal amount, and survives String, English
// formatting and JSON; that whatever it refuses is refused with a short,
// escaped quote. The same string is also decoded as the amount of a JSON
// Money, which must round-trip the same way.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{
		"231 895,59 zł", "17.600,00 zł", "207209.61", "1 234,50 PLN", "37.251 zł", "-1 234,50 zł",
		"1234,50 zł.", "12,50 EUR", "1\u00a0234\u202f567,8", "0,00", "1,234", "1e5", "", "zł", "1.234.56",
		"PLN 231,895.59", "\u22125 zł", "0.500", "99999999999999999999999,99", "12 EUR\n",
		"999999999999999999999999999999,99", "9999999999999999999999999999999", "92233720368547758.08",
		"-92233720368547758.08", "0.125", "1.00000000000000000001", "12\u202e34",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		if err != nil {
			checkQuote(t, err)
		} else {
			checkRepresentation(t, m)
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
			checkRepresentation(t, back)
			checkRepresentation(t, m.Neg())
			_ = m.Format(language.English)
			checkJSON(t, m)
		}

		var j Money
		if err := json.Unmarshal([]byte(`{"amount":`+quoteJSON(s)+`,"currency":"EUR"}`), &j); err != nil {
			checkQuote(t, err)
			return
		}
		checkRepresentation(t, j)
		if j.Currency() != "EUR" {
			t.Fatalf("%q: currency %s", s, j.Currency())
		}
		checkJSON(t, j)
		if r := j.Round(HalfEven); !r.IsWholeMinor() {
			t.Fatalf("%s rounds to %s", j, r)
		}
	})
}

// checkJSON fails unless m encodes to JSON that decodes to an equal
// amount in the one representation.
func checkJSON(t *testing.T, m Money) {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatalf("marshal %s: %v", m, err)
	}
	var back Money
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
	if !back.Equal(m) {
		t.Fatalf("JSON round trip of %s gave %s", m, back)
	}
	checkRepresentation(t, back)
}

// checkQuote fails when an error quotes more than integracja.MaxQuoted bytes of its
// input or lets a line break or a bidirectional mark into its message.
func checkQuote(t *testing.T, err error) {
	t.Helper()
	for _, fe := range integracja.FieldErrors(err) {
		if len(fe.Value) > integracja.MaxQuoted+len("…") {
			t.Fatalf("%s quotes %d bytes", fe.Path, len(fe.Value))
		}
	}
	for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
		if strings.ContainsAny(msg, "\n\r\u202e\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d") {
			t.Fatalf("message with a raw line break or mark: %q", msg)
		}
	}
}
