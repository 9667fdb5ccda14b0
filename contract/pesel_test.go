package contract

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

// peselFor builds a valid PESEL for a birth date, a three-digit serial and
// a sex digit, computing the century code and the check digit independently
// of the code under test.
func peselFor(t testing.TB, year int, month time.Month, day, serial, sexDigit int) string {
	t.Helper()
	offsets := map[int]int{1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}
	off, ok := offsets[year/100*100]
	require.True(t, ok, "year %d has no century code", year)
	first10 := fmt.Sprintf("%02d%02d%02d%03d%d", year%100, int(month)+off, day, serial, sexDigit)
	require.Len(t, first10, 10)
	return first10 + string(rune('0'+checkOf(first10)))
}

// checkOf computes the PESEL check digit the way art. 15 ust. 2 and the
// MSWiA describe it: weights 1,3,7,9 repeated; (10 − sum mod 10) mod 10.
func checkOf(first10 string) int {
	w := []int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}
	sum := 0
	for i, c := range first10 {
		sum += int(c-'0') * w[i]
	}
	return (10 - sum%10) % 10
}

func TestParsePESELAcceptsValidNumbers(t *testing.T) {
	tests := []struct {
		name     string
		year     int
		month    time.Month
		day      int
		sexDigit int
		sex      indicator.Sex
	}{
		{"a man born in the 1800s has month code +80", 1899, time.December, 31, 1, indicator.Male},
		{"a woman born in 1944 has no month offset", 1944, time.May, 14, 0, indicator.Female},
		{"a woman born on 29 February of the leap year 1996 is accepted", 1996, time.February, 29, 8, indicator.Female},
		{"a man born in the 2000s has month code +20", 2000, time.February, 29, 7, indicator.Male},
		{"a woman born in 2019 has month code +20", 2019, time.June, 1, 2, indicator.Female},
		{"a man born in the 2100s has month code +40", 2100, time.January, 1, 3, indicator.Male},
		{"a woman born in the 2200s has month code +60", 2299, time.December, 31, 4, indicator.Female},
		{"a man born on 29 February 2204 (leap year in the 2200s) is accepted", 2204, time.February, 29, 9, indicator.Male},
		{"sex digit 6 is female", 1975, time.November, 30, 6, indicator.Female},
		{"sex digit 5 is male", 1800, time.January, 1, 5, indicator.Male},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := peselFor(t, tt.year, tt.month, tt.day, 123, tt.sexDigit)
			p, err := ParsePESEL(s)
			require.NoError(t, err)
			assert.False(t, p.IsZero())
			assert.Equal(t, tt.sex, p.Sex())
			want := integracja.MustDate(tt.year, tt.month, tt.day)
			assert.True(t, want.Equal(p.BirthDate()), "birth date %s, want %s", p.BirthDate(), want)
			assert.Equal(t, s, p.Reveal())
		})
	}
}

func TestParsePESELRejectsBadNumbers(t *testing.T) {
	valid := peselFor(t, 1944, time.May, 14, 13, 5) // 44051401359
	require.Equal(t, "44051401359", valid)
	badCheck := valid[:10] + string(rune('0'+(int(valid[10]-'0')+1)%10))
	// Builds a number with the right check digit but an impossible date.
	withCheck := func(first10 string) string { return first10 + string(rune('0'+checkOf(first10))) }
	tests := []struct {
		name, input string
		detailEN    string
	}{
		{"a wrong check digit is rejected", badCheck, "check digit"},
		{"29 February in the non-leap year 1900 is rejected", withCheck("0002290123"), "birth date"},
		{"29 February in the non-leap year 2100 is rejected", withCheck("0042290123"), "birth date"},
		{"31 April is rejected", withCheck("8004310123"), "birth date"},
		{"day 00 is rejected", withCheck("8004000123"), "birth date"},
		{"month code 13 belongs to no century", withCheck("8013010123"), "birth date"},
		{"month code 00 belongs to no century", withCheck("8000010123"), "birth date"},
		{"month code 93 belongs to no century", withCheck("8093010123"), "birth date"},
		{"ten digits are too few", valid[:10], "got 10 characters"},
		{"twelve digits are too many", valid + "0", "got 12 characters"},
		{"an empty text is rejected", "", "got 0 characters"},
		{"a letter among the digits is rejected", "4405140135X", "digits only"},
		{"surrounding spaces are rejected", " " + valid[:10], "digits only"},
		{"a non-ASCII character is rejected", "4405140135ą", "digits only"},
		{"a minus sign is rejected", "-4405140135", "digits only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParsePESEL(tt.input)
			require.Error(t, err)
			assert.True(t, p.IsZero())
			assert.ErrorIs(t, err, integracja.ErrInvalid)
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, "PESEL", pe.Kind)
			assert.Contains(t, err.Error(), tt.detailEN)
			if len(tt.input) >= 6 {
				for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
					assert.NotContains(t, msg, tt.input[:6], "the error shows the birth-date digits")
				}
			}
			assert.NotEmpty(t, integracja.Localize(err, language.Polish))
		})
	}
}

func TestPESELErrorsNeverShowTheNumber(t *testing.T) {
	// The birth date 1980-04-31 does not exist; neither the number nor the
	// day may appear in the error.
	first10 := "8004310123"
	input := first10 + string(rune('0'+checkOf(first10)))
	_, err := ParsePESEL(input)
	require.Error(t, err)
	for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
		assert.NotContains(t, msg, input)
		assert.NotContains(t, msg, "800431")
		assert.NotContains(t, msg, "31")
		assert.Contains(t, msg, "*******")
	}
}

func TestPESELMaskedFormsHideTheBirthDate(t *testing.T) {
	p := MustParsePESEL("44051401359")
	formats := []string{"%v", "%+v", "%#v", "%s", "%q", "%d", "%x", "%X", "%20v", "%-20s"}
	for _, f := range formats {
		t.Run("the verb "+f+" prints the masked form", func(t *testing.T) {
			out := fmt.Sprintf(f, p)
			assert.Contains(t, out, "*******1359")
			assert.NotContains(t, out, "440514")
			assert.NotContains(t, out, "4405")
			assert.NotContains(t, out, "0514")
		})
	}
	t.Run("a PESEL inside a struct prints masked", func(t *testing.T) {
		out := fmt.Sprintf("%+v %#v", struct{ P PESEL }{p}, struct{ P PESEL }{p})
		assert.NotContains(t, out, "44051401359")
		assert.NotContains(t, out, "440514")
	})
	t.Run("String shows seven asterisks and the last four digits", func(t *testing.T) {
		assert.Equal(t, "*******1359", p.String())
	})
	t.Run("the zero PESEL prints as an empty string", func(t *testing.T) {
		assert.Equal(t, "", PESEL{}.String())
		assert.Equal(t, "", fmt.Sprint(PESEL{}))
	})
}

func TestPESELZeroValue(t *testing.T) {
	var p PESEL
	assert.True(t, p.IsZero())
	assert.Equal(t, indicator.SexUnspecified, p.Sex())
	assert.True(t, p.BirthDate().IsZero())
	assert.Equal(t, "", p.Reveal())
}

func TestPESELText(t *testing.T) {
	t.Run("MarshalText gives the full number and UnmarshalText reads it back", func(t *testing.T) {
		p := MustParsePESEL("02270803624")
		b, err := p.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "02270803624", string(b))
		var q PESEL
		require.NoError(t, q.UnmarshalText(b))
		assert.Equal(t, p, q)
	})
	t.Run("the zero PESEL marshals to an empty text and back", func(t *testing.T) {
		b, err := PESEL{}.MarshalText()
		require.NoError(t, err)
		assert.Empty(t, b)
		q := MustParsePESEL("02270803624")
		require.NoError(t, q.UnmarshalText(nil))
		assert.True(t, q.IsZero())
	})
	t.Run("UnmarshalText of a bad number fails and leaves the value", func(t *testing.T) {
		q := MustParsePESEL("02270803624")
		err := q.UnmarshalText([]byte("02270803625"))
		require.Error(t, err)
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.Equal(t, "02270803624", q.Reveal())
	})
	t.Run("JSON carries the full number in a string", func(t *testing.T) {
		b, err := json.Marshal(struct{ P PESEL }{MustParsePESEL("02270803624")})
		require.NoError(t, err)
		assert.JSONEq(t, `{"P":"02270803624"}`, string(b))
	})
	t.Run("a PESEL is usable as a map key", func(t *testing.T) {
		m := map[PESEL]int{MustParsePESEL("02270803624"): 1}
		assert.Equal(t, 1, m[MustParsePESEL("02270803624")])
	})
}

func TestMustParsePESELPanicsOnBadLiteral(t *testing.T) {
	assert.Panics(t, func() { MustParsePESEL("12345678901") })
}

func TestMaskInput(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"eleven digits show the last four", "44051401358", "*******1358"},
		{"a short input shows only its length", "440514", "******"},
		{"letters are masked one for one", "abc", "***"},
		{"a long input is cut after twenty asterisks", strings.Repeat("9", 30), strings.Repeat("*", 20) + "…"},
		{"an empty input stays empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, maskInput(tt.in))
		})
	}
}

func TestPESELErrorIsNotMatchedByText(t *testing.T) {
	_, err := ParsePESEL("x")
	assert.True(t, errors.Is(err, integracja.ErrInvalid))
}
