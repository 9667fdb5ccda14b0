package indicator

import (
	"encoding/json"
	"strconv"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// benchSet returns n indicators: with chain, each an "of whom" part of the
// one before it, the longest chain of parents a set of n can have;
// otherwise every one after the first a part of the first, the widest set.
func benchSet(n int, chain bool) Set {
	s := make(Set, n)
	for i := range s {
		s[i] = Indicator{Definition: Definition{Code: "K" + strconv.Itoa(i), Name: integracja.Text{PL: "wskaźnik"}},
			Achieved: Count{Women: 2, Men: 1}}
		switch {
		case i > 0 && chain:
			s[i].Parent = s[i-1].Code
		case i > 0:
			s[i].Parent, s[i].Achieved = "K0", Count{Women: 1}
		}
	}
	return s
}

// BenchmarkSet decodes, validates and prints a chain of parents and a wide
// set, each against a plain baseline over the same data in the same run:
// encoding/json decoding the same bytes into []Indicator (DecodeSet adds
// strictness and Set.Validate), and formatting every indicator's line
// without the tree (Set.Lines adds the order and the indentation). Linear
// algorithms keep each ratio to its baseline the same at every size.
func BenchmarkSet(b *testing.B) {
	for _, shape := range []struct {
		name  string
		chain bool
	}{{"chain", true}, {"wide", false}} {
		for _, n := range []int{1_000, 10_000, 100_000} {
			s := benchSet(n, shape.chain)
			data, err := json.Marshal(s)
			if err != nil {
				b.Fatal(err)
			}
			prefix := shape.name + "/n=" + strconv.Itoa(n)
			b.Run(prefix+"/baseline_json_unmarshal", func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					var ins []Indicator
					if err := json.Unmarshal(data, &ins); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(prefix+"/DecodeSet", func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, err := DecodeSet(data); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(prefix+"/baseline_line_each", func(b *testing.B) {
				for b.Loop() {
					out := make([]string, 0, len(s))
					for i := range s {
						out = append(out, s[i].Line(language.Polish))
					}
					if len(out) != len(s) {
						b.Fatal("a line missing")
					}
				}
			})
			b.Run(prefix+"/Lines", func(b *testing.B) {
				for b.Loop() {
					if len(s.Lines(language.Polish)) != len(s) {
						b.Fatal("a line missing")
					}
				}
			})
		}
	}
}
