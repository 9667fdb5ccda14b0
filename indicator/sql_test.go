package indicator_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

func TestCountStoresAsAComposite(t *testing.T) {
	for _, tt := range []struct {
		name string
		c    indicator.Count
		want string
	}{
		{"Siewierz 2011: 20 contracts, 12 women and 8 men", indicator.Count{Women: 12, Men: 8}, "(12,8,0)"},
		{"people of unspecified sex", indicator.Count{Women: 1, Unspecified: 3}, "(1,0,3)"},
		{"no one", indicator.Count{}, "(0,0,0)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := tt.c.Value()
			require.NoError(t, err)
			assert.Equal(t, tt.want, v)
			for _, src := range []any{v, []byte(tt.want)} {
				var back indicator.Count
				require.NoError(t, back.Scan(src))
				assert.Equal(t, tt.c, back)
			}
		})
	}
	t.Run("a negative count has no value", func(t *testing.T) {
		_, err := indicator.Count{Women: -1}.Value()
		assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	})
}

func TestCountScanRefusesWhatIsNoCount(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  any
		want string
		is   error
	}{
		{"NULL, a figure not known", nil, "cannot parse count: required value missing: NULL is no count (scan a nullable column into a sql.Null[indicator.Count])", integracja.ErrRequired},
		{"a number", int64(20), "cannot parse count: invalid value: want text, not an integer", integracja.ErrInvalid},
		{"the Polish notation", "20 (12K i 8M)", `cannot parse count "20 (12K i 8M)": invalid value: want three numbers in brackets, of women, men and people of unspecified sex, such as "(12,8,0)"`, integracja.ErrInvalid},
		{"two fields", "(12,8)", `cannot parse count "(12,8)": invalid value: want three numbers in brackets, of women, men and people of unspecified sex, such as "(12,8,0)"`, integracja.ErrInvalid},
		{"four fields", "(12,8,0,1)", `cannot parse count "(12,8,0,1)": invalid value: want three numbers in brackets, of women, men and people of unspecified sex, such as "(12,8,0)"`, integracja.ErrInvalid},
		{"a NULL field", "(12,,0)", `cannot parse count "(12,,0)": invalid value: want three numbers in brackets, of women, men and people of unspecified sex, such as "(12,8,0)"`, integracja.ErrInvalid},
		{"a negative field", "(-1,8,0)", `cannot parse count "(-1,8,0)": invalid value: want three numbers in brackets, of women, men and people of unspecified sex, such as "(12,8,0)"`, integracja.ErrInvalid},
		{"a field beyond an int", "(1234567890123456789,0,0)", `cannot parse count "(1234567890123456789,0,0)": invalid value: want three numbers in brackets, of women, men and people of unspecified sex, such as "(12,8,0)"`, integracja.ErrInvalid},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := indicator.Count{Women: 5}
			err := c.Scan(tt.src)
			assert.ErrorIs(t, err, tt.is)
			assert.EqualError(t, err, tt.want)
			assert.Equal(t, indicator.Count{Women: 5}, c, "Scan changed its receiver")
		})
	}
}

// FuzzCountScan checks that Scan never panics, leaves its receiver
// unchanged on error, and that what it reads is a valid count that stores
// (Value) as text it scans back from.
func FuzzCountScan(f *testing.F) {
	for _, s := range []string{"(12,8,0)", "(0,0,0)", "(12,8)", "(,,)", "(-1,0,0)", "(999999999999999999,999999999999999999,999999999999999999)", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keep := indicator.Count{Women: 5}
		c := keep
		if err := c.Scan(s); err != nil {
			if c != keep {
				t.Fatalf("Scan(%q) failed and changed its receiver to %v", s, c)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("Scan(%q) = %v, which does not validate: %v", s, c, err)
		}
		v, err := c.Value()
		if err != nil {
			t.Fatalf("Value(%v): %v", c, err)
		}
		var back indicator.Count
		if err := back.Scan(v); err != nil || back != c {
			t.Fatalf("%v stores as %v, which scans as %v, %v", c, v, back, err)
		}
	})
}
