package integracja_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want integracja.Date
		ok   bool
	}{
		{"an ordinary date parses", "2019-06-01", integracja.Date{Year: 2019, Month: time.June, Day: 1}, true},
		{"29 February of a leap year parses", "2020-02-29", integracja.Date{Year: 2020, Month: time.February, Day: 29}, true},
		{"29 February of a common year is rejected", "2019-02-29", integracja.Date{}, false},
		{"month 13 is rejected", "2019-13-01", integracja.Date{}, false},
		{"day 0 is rejected", "2019-01-00", integracja.Date{}, false},
		{"31 April is rejected", "2019-04-31", integracja.Date{}, false},
		{"a Polish layout is rejected", "01.06.2019", integracja.Date{}, false},
		{"surrounding spaces are rejected", " 2019-06-01", integracja.Date{}, false},
		{"a signed year is rejected", "+019-06-01", integracja.Date{}, false},
		{"an empty string is rejected", "", integracja.Date{}, false},
		{"year 0 is rejected", "0000-01-01", integracja.Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := integracja.ParseDate(tt.in)
			if !tt.ok {
				require.Error(t, err)
				assert.ErrorIs(t, err, integracja.ErrInvalid)
				var pe *integracja.ParseError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, tt.in, pe.Input)
				if tt.in == "" {
					assert.Contains(t, err.Error(), "cannot parse date: ", "an empty input is not quoted")
					return
				}
				assert.Contains(t, err.Error(), `"`+tt.in+`"`)
				return
			}
			require.NoError(t, err)
			assert.True(t, got.Equal(tt.want), "got %s, want %s", got, tt.want)
			assert.Equal(t, tt.in, got.String())
		})
	}
}

func TestDateAddMonthsClampsToTheMonthEnd(t *testing.T) {
	tests := []struct {
		from, want string
		n          int
	}{
		{"2019-01-31", "2019-02-28", 1},
		{"2020-01-31", "2020-02-29", 1},
		{"2019-03-31", "2019-04-30", 1},
		{"2019-12-15", "2020-01-15", 1},
		{"2019-01-15", "2018-12-15", -1},
		{"2019-03-31", "2019-02-28", -1},
		{"2019-06-01", "2020-06-01", 12},
		{"2019-06-30", "2018-02-28", -16},
	}
	for _, tt := range tests {
		got := integracja.MustParseDate(tt.from).AddMonths(tt.n)
		assert.Equal(t, tt.want, got.String(), "%s + %d months", tt.from, tt.n)
	}
}

func TestDateDaysUntilMatchesTime(t *testing.T) {
	a := integracja.MustParseDate("1900-02-28")
	for _, s := range []string{"1900-03-01", "2000-02-29", "2019-06-01", "2019-12-31", "1899-12-31", "2400-03-01"} {
		b := integracja.MustParseDate(s)
		want := int((b.Time().Unix() - a.Time().Unix()) / 86400)
		assert.Equal(t, want, a.DaysUntil(b), "days from %s to %s", a, b)
		assert.Equal(t, b, a.AddDays(want))
	}
}

func TestDateAgeAt(t *testing.T) {
	born := integracja.MustParseDate("1990-06-15")
	assert.Equal(t, 28, born.AgeAt(integracja.MustParseDate("2019-06-14")), "the day before the birthday")
	assert.Equal(t, 29, born.AgeAt(integracja.MustParseDate("2019-06-15")), "on the birthday")
	assert.Equal(t, -1, born.AgeAt(integracja.MustParseDate("1990-06-14")), "before birth")
	leap := integracja.MustParseDate("2000-02-29")
	assert.Equal(t, 18, leap.AgeAt(integracja.MustParseDate("2018-02-28")), "art. 112 k.c.: the last day of February in a common year")
	assert.Equal(t, 17, leap.AgeAt(integracja.MustParseDate("2018-02-27")))
	assert.Equal(t, 20, leap.AgeAt(integracja.MustParseDate("2020-02-29")))
	assert.Equal(t, 19, leap.AgeAt(integracja.MustParseDate("2020-02-28")), "in a leap year the birthday is 29 February")
}

func TestDateAgeAtWithoutAValidDateIsMinusOne(t *testing.T) {
	born := integracja.MustParseDate("1990-06-15")
	tests := []struct {
		name     string
		born, at integracja.Date
	}{
		{"a missing birth date", integracja.Date{}, integracja.MustParseDate("2019-06-01")},
		{"a missing date of measurement", born, integracja.Date{}},
		{"a birth date that does not exist", integracja.Date{Year: 1990, Month: 2, Day: 30}, integracja.MustParseDate("2019-06-01")},
		{"a date of measurement that does not exist", born, integracja.Date{Year: 2019, Month: 13, Day: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" gives no age", func(t *testing.T) {
			assert.Equal(t, -1, tt.born.AgeAt(tt.at))
		})
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Due integracja.Date `json:"due"`
	}
	b, err := json.Marshal(doc{Due: integracja.MustParseDate("2019-12-31")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"due":"2019-12-31"}`, string(b))

	var d doc
	require.NoError(t, json.Unmarshal(b, &d))
	assert.Equal(t, "2019-12-31", d.Due.String())

	err = json.Unmarshal([]byte(`{"due":"2019-02-30"}`), &d)
	assert.True(t, errors.Is(err, integracja.ErrInvalid), "got %v", err)

	_, err = json.Marshal(doc{Due: integracja.Date{Year: 2019, Month: 2, Day: 30}})
	assert.Error(t, err, "an invalid date does not marshal")

	b, err = json.Marshal(doc{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"due":""}`, string(b), "the zero date is the empty string")
}

func TestDateArithmeticNeverWrapsIntoAnotherCentury(t *testing.T) {
	d := integracja.MustParseDate("1980-02-29")
	above := integracja.Date{Year: 10000, Month: time.January, Day: 1}
	below := integracja.Date{Year: 0, Month: time.January, Day: 1}
	tests := []struct {
		name string
		got  integracja.Date
		want integracja.Date
	}{
		{"AddYears with the largest int is above the range", d.AddYears(math.MaxInt), above},
		{"AddYears with the smallest int is below the range", d.AddYears(math.MinInt), below},
		{"AddYears whose months would overflow an int is above the range", d.AddYears(math.MaxInt / 6), above},
		{"AddYears just past 9999 is above the range", d.AddYears(8020), above},
		{"AddYears to 9999 stays valid", d.AddYears(8019), integracja.MustParseDate("9999-02-28")},
		{"AddMonths with the largest int is above the range", d.AddMonths(math.MaxInt), above},
		{"AddMonths with the smallest int is below the range", d.AddMonths(math.MinInt), below},
		{"AddMonths back to year 1 stays valid", d.AddMonths(-1979 * 12), integracja.MustParseDate("0001-02-28")},
		{"AddMonths before year 1 is below the range", d.AddMonths(-1980 * 12), below},
		{"AddDays with the largest int is above the range", d.AddDays(math.MaxInt), above},
		{"AddDays with the smallest int is below the range", d.AddDays(math.MinInt), below},
		{"AddDays to 31 December 9999 stays valid", integracja.MustParseDate("9999-12-30").AddDays(1), integracja.MustParseDate("9999-12-31")},
		{"AddDays past 31 December 9999 is above the range", integracja.MustParseDate("9999-12-31").AddDays(1), above},
		{"AddDays before 1 January of year 1 is below the range", integracja.MustParseDate("0001-01-01").AddDays(-1), below},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
	for _, out := range []integracja.Date{above, below} {
		assert.False(t, out.IsValid(), "%v must not be valid", out)
		assert.False(t, out.IsZero(), "%v must not read as 'no date given'", out)
		_, err := out.MarshalText()
		assert.ErrorIs(t, err, integracja.ErrInvalid, "an out-of-range date must not be marshalled")
	}
}

func TestDateAddDaysMatchesTimeOverFourCenturies(t *testing.T) {
	// Every offset from a leap day over a 400-year cycle, against package
	// time, which AddDays no longer calls.
	start := integracja.MustParseDate("1896-02-29")
	for n := -146097; n <= 146097; n += 97 {
		want := integracja.DateOf(start.Time().AddDate(0, 0, n))
		if got := start.AddDays(n); got != want {
			t.Fatalf("%v + %d days = %v, want %v", start, n, got, want)
		}
	}
}

func TestMarshallingAnInvalidDateDoesNotQuoteIt(t *testing.T) {
	// An invalid date may be a mistyped birth date: personal data.
	_, err := integracja.Date{Year: 1980, Month: time.February, Day: 30}.MarshalText()
	require.Error(t, err)
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	for _, leak := range []string{"1980", "02", "30"} {
		assert.NotContains(t, err.Error(), leak)
		assert.NotContains(t, integracja.Localize(err, language.Polish), leak)
	}
}

func TestDateAndPeriodInProse(t *testing.T) {
	d := integracja.MustParseDate("2011-03-14")
	assert.Equal(t, "14.03.2011 r.", d.Format(language.Polish))
	assert.Equal(t, "14 March 2011", d.Format(language.English))
	assert.Equal(t, "", integracja.Date{}.Format(language.Polish), "no date given")
	assert.Equal(t, "2011-02-30(!)", integracja.Date{Year: 2011, Month: 2, Day: 30}.Format(language.Polish))

	p := integracja.Period{From: d, To: integracja.MustParseDate("2011-12-16")}
	assert.Equal(t, "od 14.03.2011 r. do 16.12.2011 r.", p.Format(language.Polish))
	assert.Equal(t, "from 14 March 2011 to 16 December 2011", p.Format(language.English))
	assert.Equal(t, "od 14.03.2011 r.", integracja.Period{From: d}.Format(language.Polish))
	assert.Equal(t, "to 16 December 2011", integracja.Period{To: p.To}.Format(language.English))
	assert.Equal(t, "", integracja.Period{}.Format(language.Polish))
}
