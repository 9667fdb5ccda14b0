package enum_test

import "testing"

// FuzzScan checks that Scan reads a string and its bytes as Parse reads
// the string, never panics, leaves its receiver unchanged on error, and
// that what it reads stores back ([enum.Enum.Value]) as a code that scans
// to the same value.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"", "red", "Red", " blue ", "painter", "MALARZ", " klient\t", "1", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, src := range []any{s, []byte(s)} {
			want, perr := roles.Parse(s)
			v := role(7)
			err := roles.Scan(&v, src)
			switch {
			case (err == nil) != (perr == nil):
				t.Fatalf("Scan(%#v): %v, but Parse: %v", src, err, perr)
			case err != nil && v != 7:
				t.Fatalf("Scan(%#v) failed and changed its receiver to %v", src, v)
			case err != nil:
				continue
			case v != want:
				t.Fatalf("Scan(%#v) = %v, Parse = %v", src, v, want)
			}
			stored, err := roles.Value(v)
			if err != nil {
				t.Fatalf("Value(%v): %v", v, err)
			}
			var back role
			if err := roles.Scan(&back, stored); err != nil || back != v {
				t.Fatalf("%v stores as %#v, which scans to %v, %v", v, stored, back, err)
			}
		}
	})
}
