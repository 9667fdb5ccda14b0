package programme_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/programme"
)

// BenchmarkCheck times Check on the programme of BenchmarkProgramme — 10 000
// participants with about 50 sessions each — against the scheme it names,
// efs_plus, and, in the same run over the same JSON, the Decode + Validate
// it is held against (Check at most 2× that is the target). It reports
// both per operation and their ratio.
func BenchmarkCheck(b *testing.B) {
	p := bigProgramme(benchParticipants)
	data, err := json.Marshal(p)
	if err != nil {
		b.Fatal(err)
	}
	s, err := programme.LookupScheme(p.Scheme)
	if err != nil {
		b.Fatal(err)
	}
	asOf := integracja.MustParseDate("2023-12-31")
	if fs := p.Check(s, asOf); integracja.Worst(fs) == integracja.Violation {
		for _, f := range fs {
			b.Log(f)
		}
		b.Fatal("the benchmark's programme breaks a rule")
	}
	b.ReportAllocs()
	var decodeTime, checkTime time.Duration
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		got, err := programme.Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		if err := got.Validate(); err != nil {
			b.Fatal(err)
		}
		decodeTime += time.Since(start)

		start = time.Now()
		fs := got.Check(s, asOf)
		checkTime += time.Since(start)
		if len(fs) == 0 {
			b.Fatal("no findings")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(decodeTime.Nanoseconds())/n/1e6, "decode+validate-ms/op")
	b.ReportMetric(float64(checkTime.Nanoseconds())/n/1e6, "check-ms/op")
	b.ReportMetric(float64(checkTime)/float64(decodeTime), "ratio")
}
