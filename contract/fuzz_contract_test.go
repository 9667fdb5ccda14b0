package contract_test

import (
	"encoding/json"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
)

// FuzzDecodeContract checks that no input makes Decode panic, that every
// failure is a field error, and that whatever decodes encodes and decodes
// again to an equal contract. Validate, Overdue and Render must not panic
// on a decoded contract either.
func FuzzDecodeContract(f *testing.F) {
	for _, c := range []contract.Contract{kisFull(f), kisContract(), {}} {
		b, err := json.Marshal(c)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"terms":{"actions":[{"id":"A1","due":"2019-02-29"}]},"lifecycle":{"events":[{"date":"2019-01-01","from":"draft","to":"active"}]}}`))
	f.Add([]byte(`{"amendments":[{"number":"1","date":"2019-01-01","reason":"r","terms":{"period":{"from":"2019-01-01","to":"2018-01-01"}}}]}`))
	f.Add([]byte(`{"kind":"social_employment_programme","institution":{"kind":"cis","name":"CIS"},"clientEntitlements":["incapacity_pension","old_age_pension"]}`))
	f.Add([]byte(`{"terms":{"commitments":{"benefits":[{"kind":"other","amount":{"amount":"-0.5","currency":"EUR"}}]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := contract.Decode(data)
		if err != nil {
			if len(integracja.FieldErrors(err)) == 0 {
				t.Fatalf("error without a field error: %v", err)
			}
			return
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("a decoded contract does not encode: %v", err)
		}
		again, err := contract.Decode(b)
		if err != nil {
			t.Fatalf("an encoded contract does not decode: %v\n%s", err, b)
		}
		if !sameContract(c, again) {
			t.Fatalf("decode → encode → decode changed the contract\n%s", b)
		}
		_ = c.Validate()
		_ = c.Overdue(c.ConcludedOn.AddDays(30))
		_ = c.Render(language.Polish)
		_ = c.Render(language.English, contract.WithVersion(len(c.Amendments)+1))
	})
}
