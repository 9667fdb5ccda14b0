package jsonx_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/jsonx"
)

// FuzzDecode checks that Decode never panics, that every failure carries a
// field error, and that what it accepts encoding/json accepts too.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"number":"1","actions":[{"what":"a","due":"2019-07-01"}]}`,
		`{"actions":[{"what":"a"},{"what":"b","color":"red"}]}`,
		`{"targets":{"x":{"due":"2019-02-30"}}}`,
		`{"ptr":{"what":5}}`, `[]`, `null`, `{"number":`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c contract
		err := jsonx.Decode(data, &c)
		if err != nil {
			var fe *integracja.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Decode(%q) = %v (%T), want a field error", data, err, err)
			}
			return
		}
		var plain contract
		if err := json.Unmarshal(data, &plain); err != nil {
			t.Fatalf("Decode accepted %q, encoding/json did not: %v", data, err)
		}
	})
}
