package jsonx_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aktywna/integracja/internal/jsonx"
)

// hostile lists inputs built to cost more than their size, each as a
// function of n, the rough size in bytes.
var hostile = []struct {
	name string
	make func(n int) string
}{
	{"deep nesting", func(n int) string { return strings.Repeat(`{"nested":`, n/10) }},
	{"a long number into an integer", func(n int) string { return `{"small": 1` + strings.Repeat("0", n) + `}` }},
	{"a long number into a float", func(n int) string { return `{"ratio": 1` + strings.Repeat("1", n) + `e-99999}` }},
	{"a long number into an interface", func(n int) string { return `{"any": 0.` + strings.Repeat("7", n) + `}` }},
	{"a long unknown key", func(n int) string { return `{"` + strings.Repeat("k", n) + `": 1}` }},
	{"a long key in a case-insensitive match", func(n int) string { return `{"` + strings.Repeat("ſ", n/2) + `": 1}` }},
	{"a long map key above many problems", func(n int) string {
		return `{"targets": {"` + strings.Repeat("7", n) + `": {` + strings.Repeat(`"hours": "x", `, jsonx.MaxErrors) + `"what": ""}}}`
	}},
	{"many map keys", func(n int) string {
		var b strings.Builder
		b.WriteString(`{"byYear": {"0": ""`)
		for i := 1; b.Len() < n; i++ {
			b.WriteString(`, "` + strconv.Itoa(i) + `": ""`)
		}
		return b.String() + `}}`
	}},
	{"many unknown keys", func(n int) string { return `{` + strings.Repeat(`"x": 1, `, n/8) + `"done": true}` }},
	{"many escapes", func(n int) string { return `{"number": "` + strings.Repeat(`\u00e9`, n/6) + `"}` }},
	{"many surrogate halves", func(n int) string { return `{"number": "` + strings.Repeat(`\ud800`, n/6) + `"}` }},
	{"a long skipped string", func(n int) string { return `{"colour": "` + strings.Repeat(`\"`, n/2) + `"}` }},
}

// TestDecodeCostIsLinearOnHostileInput decodes a megabyte of each hostile
// input. Linear work takes milliseconds; quadratic work on a megabyte
// would take minutes, far beyond the limit, which leaves room for a slow
// machine and the race detector.
func TestDecodeCostIsLinearOnHostileInput(t *testing.T) {
	for _, h := range hostile {
		t.Run(h.name, func(t *testing.T) {
			in := []byte(h.make(1 << 20))
			start := time.Now()
			var d doc
			err := jsonx.Decode(in, &d)
			if took := time.Since(start); took > 5*time.Second {
				t.Fatalf("%d bytes took %v", len(in), took)
			}
			if err != nil && len(err.Error()) > 64*(jsonx.MaxErrors+1)*(jsonx.MaxKeyRunes+32) {
				t.Fatalf("the error of %d bytes is %d bytes long", len(in), len(err.Error()))
			}
		})
	}
}

// BenchmarkDecodeHostile decodes each hostile input at 64 KiB and at 1 MiB:
// linear cost shows as the same MB/s at both sizes.
func BenchmarkDecodeHostile(b *testing.B) {
	for _, h := range hostile {
		for _, n := range []int{1 << 16, 1 << 20} {
			in := []byte(h.make(n))
			b.Run(h.name+"/"+strconv.Itoa(n>>10)+"KiB", func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					var d doc
					_ = jsonx.Decode(in, &d)
				}
			})
		}
	}
}
