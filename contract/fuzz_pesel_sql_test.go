package contract_test

import (
	"strings"
	"testing"

	"github.com/aktywna/integracja/contract"
)

// FuzzPESELScan checks that Scan never panics, reads a string and its
// bytes alike, leaves its receiver unchanged on error, never shows the
// birth-date digits of what it read in an error, and that what it reads
// stores (Value) as text that scans back to the same PESEL.
func FuzzPESELScan(f *testing.F) {
	for _, s := range []string{"02270803624", "44051401359", "02270803625", "", "0227080362", "9999999999x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keep := contract.MustParsePESEL("44051401359")
		p, q := keep, keep
		err := p.Scan(s)
		errBytes := q.Scan([]byte(s))
		switch {
		case (err == nil) != (errBytes == nil) || p != q:
			t.Fatalf("Scan(%q) = %v, %v; its bytes %v, %v", s, p, err, q, errBytes)
		case err != nil:
			if p != keep {
				t.Fatalf("Scan failed and changed its receiver")
			}
			if len(s) >= 6 && strings.Trim(s[:6], "0123456789") == "" && strings.Contains(err.Error(), s[:6]) {
				t.Fatalf("the error %q shows the first digits of the input", err)
			}
			return
		}
		v, err := p.Value()
		if err != nil {
			t.Fatalf("Value: %v", err)
		}
		var back contract.PESEL
		if err := back.Scan(v); err != nil || back != p {
			t.Fatalf("a scanned PESEL does not scan back from its Value: %v", err)
		}
	})
}
