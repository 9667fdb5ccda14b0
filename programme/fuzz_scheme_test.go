package programme_test

import (
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/programme"
)

// FuzzDecodeScheme checks that no input makes DecodeScheme panic, that
// every failure is a field error, that whatever decodes validates and
// round-trips through EncodeScheme to an equal scheme with a stable
// encoding, and that checking a programme against it does not panic. The
// seed corpus is in testdata/fuzz/FuzzDecodeScheme.
func FuzzDecodeScheme(f *testing.F) {
	f.Add([]byte(`{"code":"x","name":{"pl":"x"},"age":[{"from":"2011-01-01","value":{"from":15,"to":64}}]}`))
	f.Add([]byte(`{"base":"rpo_2014_9i","code":"y","efficiency":[{"from":"2014-01-01","value":{"formulation":"combined","general":{"combined":"56","employment":"22"},"windowMonths":3}}]}`))
	p := compliant()
	asOf := integracja.MustParseDate("2011-12-31")
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := programme.DecodeScheme(data)
		if err != nil {
			if len(integracja.FieldErrors(err)) == 0 {
				t.Fatalf("an error without a field error: %v", err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("a decoded scheme does not validate: %v", err)
		}
		b, err := programme.EncodeScheme(s)
		if err != nil {
			t.Fatalf("a decoded scheme does not encode: %v", err)
		}
		again, err := programme.DecodeScheme(b)
		if err != nil {
			t.Fatalf("an encoded scheme does not decode: %v\n%s", err, b)
		}
		if !s.Equal(again) {
			t.Fatalf("decode → encode → decode changed the scheme\n%s", b)
		}
		if b2, err := programme.EncodeScheme(again); err != nil || string(b2) != string(b) {
			t.Fatalf("the encoding is not stable: %v\n%s\n%s", err, b, b2)
		}
		_ = p.Check(s, asOf)
		_, _ = p.EfficiencyAt(s, asOf)
	})
}
