package programme_test

import (
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/programme"
)

// FuzzDecode checks that no input makes Decode panic, that every failure
// is a field error, and that whatever decodes encodes and decodes again
// to an equal programme (a lossless round trip) whose encoding is the
// same. Validate, Flows, Completions and SociallyUsefulWork must not panic
// on a decoded programme, and the flows keep their identity whatever the
// events. The seed corpus is in testdata/fuzz/FuzzDecode.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"name":"x","participants":[{"id":"a","sex":"female","events":[{"date":"2014-01-01","kind":"enrolled"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := programme.Decode(data)
		if err != nil {
			if len(integracja.FieldErrors(err)) == 0 {
				t.Fatalf("an error without a field error: %v", err)
			}
			return
		}
		b, err := programme.Encode(p)
		if err != nil {
			t.Fatalf("a decoded programme does not encode: %v", err)
		}
		again, err := programme.Decode(b)
		if err != nil {
			t.Fatalf("an encoded programme does not decode: %v\n%s", err, b)
		}
		if !p.Equal(again) {
			t.Fatalf("decode → encode → decode changed the programme\n%s", b)
		}
		b2, err := programme.Encode(again)
		if err != nil || string(b2) != string(b) {
			t.Fatalf("the encoding is not stable: %v\n%s\n%s", err, b, b2)
		}
		_ = p.Validate()
		asOf := p.Period.To
		if !asOf.IsValid() {
			asOf = integracja.Date{Year: 2100, Month: 1, Day: 1}
		}
		if err := p.Flows(asOf).Balance(); err != nil {
			t.Fatalf("the flows lost their identity: %v", err)
		}
		_ = p.Completions(asOf)
		_, _ = p.SociallyUsefulWork(programme.UPZPSURules(), p.Period)
	})
}
