package budget

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/aktywna/integracja"
)

// plainBudget is the baseline of BenchmarkDecodeBudget: the same JSON read
// by encoding/json into plain strings, without any check.
type plainBudget struct {
	Ledger []struct {
		Date     string `json:"date"`
		Category string `json:"category"`
		Amount   struct {
			Amount   string `json:"amount"`
			Currency string `json:"currency"`
		} `json:"amount"`
		Description string `json:"description"`
	} `json:"ledger"`
}

// benchBudgetJSON returns a budget of n ledger lines as JSON, and the same
// JSON with the last line's amount written with an exponent, which
// DecodeBudget refuses.
func benchBudgetJSON(b testing.TB, n int) (good, bad []byte) {
	bud := testBudget()
	bud.Ledger = generateLines(n, 1, benchCategories)
	good, err := json.Marshal(bud)
	if err != nil {
		b.Fatal(err)
	}
	i := bytes.LastIndex(good, []byte(`"amount":"`)) + len(`"amount":"`)
	bad = append(append(bytes.Clone(good[:i]), "1e3"...), good[bytes.IndexByte(good[i:], '"')+i:]...)
	return good, bad
}

// BenchmarkDecodeBudget decodes a budget of 20 000 ledger lines (about
// 2 MB), valid and with a bad amount in the last line, beside encoding/json
// reading the same bytes into plain strings.
func BenchmarkDecodeBudget(b *testing.B) {
	good, bad := benchBudgetJSON(b, 20_000)
	run := func(name string, data []byte, decode func([]byte) error, ok bool) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if err := decode(data); (err == nil) != ok {
					b.Fatal(err)
				}
			}
		})
	}
	decodeBudget := func(data []byte) error { _, err := DecodeBudget(data); return err }
	plain := func(data []byte) error { var p plainBudget; return json.Unmarshal(data, &p) }
	run("DecodeBudget/valid", good, decodeBudget, true)
	run("DecodeBudget/bad_last", bad, decodeBudget, false)
	run("encoding_json_plain/valid", good, plain, true)
}

func TestBenchmarkBudgetFailsAtItsLastLine(t *testing.T) {
	good, bad := benchBudgetJSON(t, 100)
	_, err := DecodeBudget(good)
	if err != nil {
		t.Fatal(err)
	}
	_, err = DecodeBudget(bad)
	fes := integracja.FieldErrors(err)
	if len(fes) != 1 || fes[0].Path.String() != "ledger[99].amount.amount" {
		t.Fatalf("the bad budget fails with %v", err)
	}
}
