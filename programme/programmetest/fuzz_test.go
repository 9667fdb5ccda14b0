package programmetest_test

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/programme/programmetest"
)

// FuzzDecodeCase checks that no input makes DecodeCase panic, that every
// failure is a field error, and that a decoded case validates and
// round-trips through encoding/json to the same case. The seed corpus is
// in testdata/fuzz/FuzzDecodeCase.
func FuzzDecodeCase(f *testing.F) {
	f.Add([]byte(`{"programmeFile":"p.json","scheme":"pokl_7_1_1","asOf":"2011-12-31","compliant":true}`))
	f.Add([]byte(`{"programme":{"name":"x","operator":{"kind":"ops","name":"O"},"period":{"from":"2011-01-01","to":"2011-12-31"},"participants":[]},"asOf":"2011-12-31","figures":{"participants":"0"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := programmetest.DecodeCase(data)
		if err != nil {
			if len(integracja.FieldErrors(err)) == 0 {
				t.Fatalf("an error without a field error: %v", err)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("a decoded case does not validate: %v", err)
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("a decoded case does not encode: %v", err)
		}
		again, err := programmetest.DecodeCase(b)
		if err != nil {
			t.Fatalf("an encoded case does not decode: %v\n%s", err, b)
		}
		same := c.Name == again.Name && c.ProgrammeFile == again.ProgrammeFile && c.SchemeFile == again.SchemeFile &&
			c.AsOf == again.AsOf && c.Compliant == again.Compliant && slices.Equal(c.Problems, again.Problems) &&
			slices.Equal(c.Findings, again.Findings) && slices.Equal(c.Absent, again.Absent) && maps.Equal(c.Figures, again.Figures) &&
			(c.Programme == nil) == (again.Programme == nil) && (c.Programme == nil || c.Programme.Equal(*again.Programme)) &&
			(c.Scheme == nil) == (again.Scheme == nil) && (c.Scheme == nil || c.Scheme.Equal(again.Scheme.Scheme))
		if !same {
			t.Fatalf("decode → encode → decode changed the case\n%s", b)
		}
	})
}
