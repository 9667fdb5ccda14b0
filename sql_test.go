package integracja_test

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
)

func TestDateValueIsTheISOTextOrNull(t *testing.T) {
	v, err := integracja.MustParseDate("2019-06-01").Value()
	require.NoError(t, err)
	assert.Equal(t, driver.Value("2019-06-01"), v)

	v, err = integracja.Date{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v, "the zero Date, no date given, is NULL")

	v, err = integracja.Date{Year: 1975, Month: time.February, Day: 30}.Value()
	assert.Nil(t, v)
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	assert.NotContains(t, err.Error(), "1975", "a date that may be a birth date stays out of the error")
}

func TestDateScanReadsWhatDriversHandBack(t *testing.T) {
	june := integracja.MustParseDate("2019-06-01")
	warsaw := time.FixedZone("CEST", 2*60*60)
	for _, tt := range []struct {
		name string
		src  any
		want integracja.Date
	}{
		{"the text of a DATE column", "2019-06-01", june},
		{"its bytes", []byte("2019-06-01"), june},
		{"RFC 3339 midnight in UTC", "2019-06-01T00:00:00Z", june},
		{"midnight with a zone, as written", "2019-06-01 00:00:00+02:00", june},
		{"midnight with a short zone", "2019-06-01 00:00:00-05", june},
		{"midnight with a compact zone", "2019-06-01T00:00:00+0200", june},
		{"midnight with zero fractions", "2019-06-01 00:00:00.000000000+00:00", june},
		{"midnight without a zone", "2019-06-01 00:00:00", june},
		{"a time.Time at midnight in UTC", time.Date(2019, time.June, 1, 0, 0, 0, 0, time.UTC), june},
		{"a time.Time at midnight in its own zone", time.Date(2019, time.June, 1, 0, 0, 0, 0, warsaw), june},
		{"NULL, no date given", nil, integracja.Date{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := integracja.MustParseDate("2000-01-01")
			require.NoError(t, d.Scan(tt.src))
			assert.True(t, d.Equal(tt.want), "got %v, want %v", d, tt.want)
		})
	}
}

func TestDateScanRefusesWhatIsNoDate(t *testing.T) {
	for _, tt := range []struct {
		name, want string
		src        any
	}{
		{"a day not in the calendar", `cannot parse date "2019-02-30": invalid value: day 30 out of range 1-28`, "2019-02-30"},
		{"a time of day that would be lost", "cannot parse date: invalid value: a time of day other than 00:00:00 would be lost", "1975-04-12 13:45:00"},
		{"a fraction of a second", "cannot parse date: invalid value: a time of day other than 00:00:00 would be lost", "1975-04-12T00:00:00.5Z"},
		{"a bad zone", "cannot parse date: invalid value: a time of day other than 00:00:00 would be lost", "1975-04-12T00:00:00+2"},
		{"a bad separator", "cannot parse date: invalid value: want a date YYYY-MM-DD, possibly with the time 00:00:00", "1975-04-12X00:00:00"},
		{"a time.Time at noon", "cannot parse date: invalid value: a time of day other than 00:00:00 would be lost", time.Date(1975, time.April, 12, 12, 0, 0, 0, time.UTC)},
		{"a time.Time in year 0", "cannot parse date: invalid value: year out of range 1-9999", time.Date(0, time.April, 12, 0, 0, 0, 0, time.UTC)},
		{"the number of days of a date", "cannot parse date: invalid value: want text, not an integer", int64(18048)},
		{"a float", "cannot parse date: invalid value: want text, not a floating-point number", 20190601.0},
		{"a type no driver hands back", "cannot parse date: invalid value: want text, not a value of type int", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := integracja.MustParseDate("2000-01-01")
			err := d.Scan(tt.src)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
			assert.EqualError(t, err, tt.want)
			assert.True(t, d.Equal(integracja.MustParseDate("2000-01-01")), "Scan changed its receiver to %v", d)
		})
	}
}

func TestPeriodValueIsACanonicalDaterange(t *testing.T) {
	for _, tt := range []struct {
		name string
		p    integracja.Period
		want driver.Value
	}{
		{"the end written is the day after the last", period("2019-06-01/2019-12-31"), "[2019-06-01,2020-01-01)"},
		{"a one-day period", period("2024-02-29/2024-02-29"), "[2024-02-29,2024-03-01)"},
		{"a period ending on the last valid day", period("9999-12-01/9999-12-31"), "[9999-12-01,10000-01-01)"},
		{"the zero Period, no period given", integracja.Period{}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := tt.p.Value()
			require.NoError(t, err)
			assert.Equal(t, tt.want, v)
		})
	}
	t.Run("an inverted period is its Validate error", func(t *testing.T) {
		_, err := integracja.Period{From: integracja.MustParseDate("2019-12-31"), To: integracja.MustParseDate("2019-06-01")}.Value()
		assert.ErrorIs(t, err, integracja.ErrInconsistent)
	})
	t.Run("a period without an end is its Validate error", func(t *testing.T) {
		_, err := integracja.Period{From: integracja.MustParseDate("2019-12-31")}.Value()
		assert.ErrorIs(t, err, integracja.ErrRequired)
	})
}

func TestPeriodScanReadsEveryKindOfBound(t *testing.T) {
	second := period("2019-06-01/2019-12-31")
	for _, tt := range []struct {
		name string
		src  any
		want integracja.Period
	}{
		{"PostgreSQL's canonical form", "[2019-06-01,2020-01-01)", second},
		{"its bytes", []byte("[2019-06-01,2020-01-01)"), second},
		{"both ends included", "[2019-06-01,2019-12-31]", second},
		{"the start excluded", "(2019-05-31,2020-01-01)", second},
		{"the start excluded, the end included", "(2019-05-31,2019-12-31]", second},
		{"the text of Period.String", "2019-06-01/2019-12-31", second},
		{"the last valid day", "[9999-12-01,10000-01-01)", period("9999-12-01/9999-12-31")},
		{"one day", "[2024-02-29,2024-03-01)", period("2024-02-29/2024-02-29")},
		{"NULL, no period given", nil, integracja.Period{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := period("2000-01-01/2000-01-31")
			require.NoError(t, p.Scan(tt.src))
			assert.Equal(t, tt.want, p)
		})
	}
}

func TestPeriodScanRefusesWhatIsNoPeriod(t *testing.T) {
	for _, tt := range []struct {
		name, want string
		src        any
	}{
		{"PostgreSQL's empty range", `cannot parse period "empty": invalid value: an empty range holds no day`, "empty"},
		{"bounds that hold no day", `cannot parse period "[2019-06-01,2019-06-01)": invalid value: the range holds no day`, "[2019-06-01,2019-06-01)"},
		{"an inverted range", `cannot parse period "[2019-06-02,2019-06-01]": invalid value: the range holds no day`, "[2019-06-02,2019-06-01]"},
		{"no end", `cannot parse period "[2019-06-01,)": invalid value: a range without a start or an end is no period`, "[2019-06-01,)"},
		{"no start", `cannot parse period "(,2019-06-01)": invalid value: a range without a start or an end is no period`, "(,2019-06-01)"},
		{"no closing bracket", `cannot parse period "[2019-06-01,2019-07-01": invalid value: want a date range [YYYY-MM-DD,YYYY-MM-DD)`, "[2019-06-01,2019-07-01"},
		{"a day not in the calendar", `cannot parse period "[2019-02-29,2019-03-01)": cannot parse date "2019-02-29": invalid value: day 29 out of range 1-28`, "[2019-02-29,2019-03-01)"},
		{"year 10000 as an included end", `cannot parse period "[9999-12-01,10000-01-01]": cannot parse date "10000-01-01": invalid value: want the form YYYY-MM-DD`, "[9999-12-01,10000-01-01]"},
		{"an empty text", "cannot parse period: invalid value: empty text", ""},
		{"a lone bracket", `cannot parse period "(": invalid value: want a date range [YYYY-MM-DD,YYYY-MM-DD)`, "("},
		{"a long text, not quoted", "cannot parse period: invalid value: want a date range [YYYY-MM-DD,YYYY-MM-DD)", "[2019-06-01,2020-01-01)                    "},
		{"a number", "cannot parse period: invalid value: want text, not an integer", int64(7)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := period("2000-01-01/2000-01-31")
			err := p.Scan(tt.src)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
			assert.EqualError(t, err, tt.want)
			assert.Equal(t, period("2000-01-01/2000-01-31"), p, "Scan changed its receiver")
		})
	}
}

func TestPeriodTextRoundTripsItsString(t *testing.T) {
	p := period("2019-06-01/2019-12-31")
	b, err := p.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2019-06-01/2019-12-31", string(b))
	assert.Equal(t, p.String(), string(b))
	var q integracja.Period
	require.NoError(t, q.UnmarshalText(b))
	assert.Equal(t, p, q)

	b, err = integracja.Period{}.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b, "the zero Period is an empty text")
	assert.Empty(t, integracja.Period{}.String())
	require.NoError(t, q.UnmarshalText(nil))
	assert.True(t, q.IsZero())

	_, err = integracja.Period{To: integracja.MustParseDate("2019-06-01")}.MarshalText()
	assert.ErrorIs(t, err, integracja.ErrRequired, "a period without a start does not marshal")

	q = p
	assert.ErrorIs(t, q.UnmarshalText([]byte("2019-12-31/2019-06-01")), integracja.ErrInconsistent)
	assert.Equal(t, p, q, "UnmarshalText changed its receiver on error")
}

func TestPeriodJSONKeepsItsObjectForm(t *testing.T) {
	type holder struct {
		Period integracja.Period `json:"period"`
	}
	p := period("2019-06-01/2019-12-31")
	b, err := json.Marshal(holder{Period: p})
	require.NoError(t, err)
	assert.Equal(t, `{"period":{"from":"2019-06-01","to":"2019-12-31"}}`, string(b), "the object, not the text form")

	var h holder
	require.NoError(t, integracja.DecodeJSON(b, &h))
	assert.Equal(t, p, h.Period)
	require.Error(t, integracja.DecodeJSON([]byte(`{"period":"2019-06-01/2019-12-31"}`), &h), "JSON has one form of a period")

	b, err = json.Marshal(integracja.Period{})
	require.NoError(t, err)
	assert.Equal(t, `{"from":"","to":""}`, string(b), "the zero Period keeps its empty dates")

	// encoding/json does not place a decoder's error under the path of its
	// value; DecodeJSON does.
	for _, decode := range []struct {
		name, path string
		fn         func([]byte, any) error
	}{{"DecodeJSON", "period.until", integracja.DecodeJSON}, {"json.Unmarshal", "until", json.Unmarshal}} {
		t.Run(decode.name+" is strict inside the period", func(t *testing.T) {
			var h holder
			err := decode.fn([]byte(`{"period":{"from":"2019-06-01","to":"2019-12-31","until":"2020-01-01"}}`), &h)
			var fe *integracja.FieldError
			require.True(t, errors.As(err, &fe), "%v", err)
			assert.Equal(t, decode.path, fe.Path.String())
			assert.ErrorIs(t, err, integracja.ErrUnknown)
		})
	}
	t.Run("null leaves the period as it was", func(t *testing.T) {
		h := holder{Period: p}
		require.NoError(t, integracja.DecodeJSON([]byte(`{"period":null}`), &h))
		assert.Equal(t, p, h.Period)
	})
}
