package budget

import (
	"encoding/json"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// FuzzDecodeBudget checks that decoding never panics, that whatever decodes
// encodes again and decodes to an equal budget, that validating and
// reporting a decoded budget never panic either, that the report of a
// valid budget reconciles with its printed total, and that the ledger's
// sums and every decoded amount are in the one representation.
func FuzzDecodeBudget(f *testing.F) {
	full, err := json.Marshal(testBudget())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(full)
	f.Add([]byte(`{"categories":[{"code":"a","name":{"pl":"A"}},{"code":"b","name":{"pl":"B"}}],"figureMap":{"activeIntegration":["a"],"crossFinancing":["b","b"],"fixedAssets":["c"]}}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"currency":"EUR","ledger":[{"date":"2014-01-01","category":"a","amount":{"amount":"-0.001","currency":"EUR"},"description":"d"}]}`))
	f.Add([]byte(`{"categories":[{"code":"a","name":{"pl":"A"},"kind":"indirect"}],"plan":[{"category":"a","amount":{"amount":"92233720368547758.08","currency":"PLN"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := DecodeBudget(data)
		if err != nil {
			return
		}
		out, err := json.Marshal(b)
		if err != nil {
			t.Fatalf("a decoded budget does not encode: %v", err)
		}
		back, err := DecodeBudget(out)
		if err != nil {
			t.Fatalf("an encoded budget does not decode: %v\n%s", err, out)
		}
		if !back.Equal(b) {
			t.Fatalf("the budget changed in a round trip:\n%s", out)
		}
		verr := b.Validate()
		r, rerr := b.Report(3)
		if (verr == nil) != (rerr == nil) {
			t.Fatalf("Validate says %v but Report says %v", verr, rerr)
		}
		_ = r.Format(language.Polish)
		_ = r.Format(language.English)
		if verr == nil {
			// A valid budget prints rows that add up to its printed total.
			var parts []Printed
			for _, w := range r.Rows {
				parts = append(parts, ReadPrinted(integracja.Text{}, w.Spent.Format(language.Polish)))
			}
			rec, err := Reconcile(ReadPrinted(integracja.Text{}, r.Total.Spent.Format(language.Polish)), parts...)
			if err != nil || rec.Outcome != Consistent {
				t.Fatalf("the printed report does not reconcile: %v %s", err, rec)
			}
		}
		// The ledger's int64 fast path and plain decimal addition agree on
		// whatever amounts decode, and every decoded amount carries the right
		// whole grosze.
		sums, err := b.Ledger.SumByCategory()
		if err != nil {
			return // lines in two currencies
		}
		want := sumBaseline(decimalLines(b.Ledger))
		if len(sums) != len(want) {
			t.Fatalf("ledger has %d categories, baseline %d", len(sums), len(want))
		}
		for cat, w := range want {
			if !sums[cat].Decimal().Equal(w) {
				t.Fatalf("%q: ledger %s, baseline %s", cat, sums[cat].Decimal(), w)
			}
		}
		for _, l := range b.Ledger {
			checkRepresentation(t, l.Amount)
		}
		for _, m := range sums {
			checkRepresentation(t, m)
		}
	})
}
