package enum_test

import "testing"

// parseColourSwitch is the plain baseline: what a hand-written ParseX does.
func parseColourSwitch(s string) (colour, bool) {
	switch s {
	case "red":
		return red, true
	case "green":
		return green, true
	case "blue":
		return blue, true
	}
	return 0, false
}

var inputs = []string{"red", "green", "blue", "purple"}

func BenchmarkParse(b *testing.B) {
	b.Run("enum", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			_, _ = colours.Parse(inputs[i%3])
		}
	})
	b.Run("switch", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			_, _ = parseColourSwitch(inputs[i%3])
		}
	})
	b.Run("enum/folding", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			_, _ = roles.Parse(" Client ")
		}
	})
	b.Run("enum/error", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = colours.Parse(inputs[3])
		}
	})
}
