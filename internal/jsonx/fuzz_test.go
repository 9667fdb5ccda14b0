package jsonx_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/aktywna/integracja/internal/jsonx"
)

// FuzzDecode compares Decode with encoding/json. Decode never panics; what
// it accepts encoding/json accepts too, into the same value; every problem
// has a kind; and a key in a path never shows more than MaxKeyDigits digits
// nor more than MaxKeyRunes runes.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		valid,
		`{"number":"1","actions":[{"what":"a","due":"2019-07-01"}]}`,
		`{"actions":[{"what":"a"},{"what":"b","colour":"red"}]}`,
		`{"targets":{"x":{"due":"2019-02-30"}},"targets":{}}`,
		`{"Number":"x","number":"y","n\u0075mber":"z"}`,
		`{"byYear":{"1":"a","01":"b","x":"c"},"byCode":{"a":1,"z":2}}`,
		`{"any":{"a":[1,2.5e3,"\ud83d\ude00\ud800x",true,null,{"b":{}}]},"ptrPtr":null}`,
		`{"small":-129,"count":-0,"ratio":1e400,"narrow":3.5e38,"triple":[1,2,3,4]}`,
		`{"actions":[{"cost":{"amount":"1.00","amount":"2.00"}},{"cost":null}]}`,
		`{"bytes":"aGk=","nested":{"nested":{"nested":{"tag":"t"}}}}`,
		`{"44051401358":1,"a\u202eb":2}`, "{\"number\":\"\xff\xfe\"}",
		`[]`, `null`, `{"number":`, `{} {}`, `"x"`, `-0.0e-0`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var got doc
		err := jsonx.Decode(data, &got)
		if err != nil {
			var es jsonx.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("Decode(%q) = %v (%T), want a list of problems", data, err, err)
			}
			for _, e := range es {
				if e.Kind == 0 {
					t.Fatalf("Decode(%q): a problem without a kind: %v", data, e)
				}
				checkShown(t, data, e.Path)
			}
			return
		}
		var want doc
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("Decode accepted %q, encoding/json did not: %v", data, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Decode(%q) = %+v, encoding/json gives %+v", data, got, want)
		}
	})
}

// checkShown fails when a key in path shows more than ShowKey lets it.
func checkShown(t *testing.T, data []byte, path jsonx.Path) {
	t.Helper()
	for _, s := range path {
		digits := 0
		for _, r := range s.Name {
			if unicode.IsDigit(r) {
				digits++
			}
		}
		if digits > jsonx.MaxKeyDigits || utf8.RuneCountInString(s.Name) > jsonx.MaxKeyRunes {
			t.Fatalf("Decode(%q): the path %s shows the key %q", data, path, s.Name)
		}
	}
}
