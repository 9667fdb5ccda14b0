package contract

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/aktywna/integracja"
)

// FuzzDecodeLifecycle checks that no JSON makes decoding or validating a
// lifecycle panic, and that what decodes encodes and decodes again to an
// equal lifecycle.
func FuzzDecodeLifecycle(f *testing.F) {
	f.Add(`{"events":[]}`)
	f.Add(`{"events":[{"date":"2019-06-03","from":"draft","to":"active"},{"date":"2019-08-01","from":"active","to":"suspended","reason":"treatment","note":"terapia"},{"date":"2019-09-02","from":"suspended","to":"terminated","reason":"moved_away"}]}`)
	f.Add(`{"events":[{"date":"2019-09-02","from":"active","to":"draft"},{"date":"","from":"draft","to":"completed","reason":""}]}`)
	f.Add(`{"events":null}`)
	f.Add(`null`)
	f.Add(`{"events":[{"date":"2019-02-29"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		var l Lifecycle
		if err := integracja.DecodeJSON([]byte(in), &l); err != nil {
			if len(integracja.FieldErrors(err)) == 0 {
				t.Fatalf("decode error without a field error: %v", err)
			}
			return
		}
		_ = l.Validate()
		_ = l.StateAt(integracja.MustParseDate("2019-07-01"))
		_, _ = l.SignedOn()
		_, _ = l.EndedOn()
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("encode of a decoded lifecycle: %v", err)
		}
		var back Lifecycle
		if err := integracja.DecodeJSON(b, &back); err != nil {
			t.Fatalf("decode of %s: %v", b, err)
		}
		if !reflect.DeepEqual(l, back) {
			t.Fatalf("round trip changed the lifecycle:\n%#v\n%#v", l.Events(), back.Events())
		}
	})
}

// FuzzParseCodes checks that the parsers of the package's enum codes never
// panic and that what they accept prints back to a code they accept with
// the same meaning.
func FuzzParseCodes(f *testing.F) {
	for _, s := range []string{"social_contract", "a", "B", "none", "", "draft", "terminated", "job", "moved_away", "Kind(9)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k, err := ParseKind(s); err == nil {
			if k2, err := ParseKind(k.String()); err != nil || k2 != k {
				t.Fatalf("kind %q: %v %v", s, k2, err)
			}
		}
		if tr, err := ParseTrack(s); err == nil {
			if tr2, err := ParseTrack(tr.String()); err != nil || tr2 != tr {
				t.Fatalf("track %q: %v %v", s, tr2, err)
			}
		}
		if st, err := ParseState(s); err == nil {
			if st2, err := ParseState(st.String()); err != nil || st2 != st {
				t.Fatalf("state %q: %v %v", s, st2, err)
			}
		}
		if r, err := ParseReason(s); err == nil {
			if r2, err := ParseReason(r.String()); err != nil || r2 != r {
				t.Fatalf("reason %q: %v %v", s, r2, err)
			}
		}
	})
}
