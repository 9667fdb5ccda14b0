package integracja_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
)

func period(s string) integracja.Period {
	p, err := integracja.ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

func TestPeriodIsInclusiveOnBothEnds(t *testing.T) {
	p := period("2019-06-01/2019-12-31")
	assert.Equal(t, 214, p.Days(), "June to December 2019")
	assert.Equal(t, 7, p.Months())
	assert.True(t, p.Contains(integracja.MustParseDate("2019-06-01")), "the first day is inside")
	assert.True(t, p.Contains(integracja.MustParseDate("2019-12-31")), "the last day is inside")
	assert.False(t, p.Contains(integracja.MustParseDate("2019-05-31")))
	assert.False(t, p.Contains(integracja.MustParseDate("2020-01-01")))
	assert.Equal(t, 1, period("2019-06-01/2019-06-01").Days(), "a one-day period")
}

func TestPeriodWithoutValidEndsHasNoLength(t *testing.T) {
	june := integracja.MustParseDate("2019-06-01")
	tests := []struct {
		name string
		p    integracja.Period
	}{
		{"the zero period, which stands for no period given", integracja.Period{}},
		{"a period with no start", integracja.Period{To: june}},
		{"a period with no end", integracja.Period{From: june}},
		{"a period ending on a day that does not exist", integracja.Period{From: june, To: integracja.Date{Year: 2019, Month: 6, Day: 31}}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is 0 days and 0 months long", func(t *testing.T) {
			assert.Equal(t, 0, tt.p.Days())
			assert.Equal(t, 0, tt.p.Months())
		})
	}
}

func TestPeriodOverlapAndIntersection(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		overlap bool
		inter   string
	}{
		{"periods that share one day overlap", "2019-01-01/2019-06-01", "2019-06-01/2019-12-31", true, "2019-06-01/2019-06-01"},
		{"adjacent periods do not overlap", "2019-01-01/2019-05-31", "2019-06-01/2019-12-31", false, ""},
		{"a period inside another overlaps it", "2019-01-01/2019-12-31", "2019-03-01/2019-03-31", true, "2019-03-01/2019-03-31"},
		{"disjoint periods do not overlap", "2018-01-01/2018-12-31", "2019-06-01/2019-12-31", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := period(tt.a), period(tt.b)
			assert.Equal(t, tt.overlap, a.Overlaps(b))
			assert.Equal(t, tt.overlap, b.Overlaps(a), "overlap is symmetric")
			got, ok := a.Intersect(b)
			assert.Equal(t, tt.overlap, ok)
			if ok {
				assert.Equal(t, tt.inter, got.String())
			}
		})
	}
	assert.True(t, period("2019-01-01/2019-12-31").ContainsPeriod(period("2019-03-01/2019-03-31")))
	assert.False(t, period("2019-03-01/2019-03-31").ContainsPeriod(period("2019-01-01/2019-12-31")))
}

func TestPeriodValidateReportsEveryProblemWithItsPath(t *testing.T) {
	err := integracja.Period{To: integracja.Date{Year: 2019, Month: 2, Day: 30}}.ValidateAt(integracja.NewPath("period"))
	require.Error(t, err)
	fes := integracja.FieldErrors(err)
	require.Len(t, fes, 2)
	assert.Equal(t, "period.from", fes[0].Path.String())
	assert.ErrorIs(t, fes[0], integracja.ErrRequired)
	assert.Equal(t, "period.to", fes[1].Path.String())
	assert.ErrorIs(t, fes[1], integracja.ErrInvalid)

	err = period("2019-06-01/2019-12-31").Validate()
	assert.NoError(t, err)

	err = integracja.Period{From: integracja.MustParseDate("2019-12-31"), To: integracja.MustParseDate("2019-06-01")}.Validate()
	assert.ErrorIs(t, err, integracja.ErrInconsistent)
	assert.Equal(t, 0, integracja.Period{From: integracja.MustParseDate("2019-12-31"), To: integracja.MustParseDate("2019-06-01")}.Days())
	_, err = integracja.NewPeriod(integracja.MustParseDate("2019-12-31"), integracja.MustParseDate("2019-06-01"))
	assert.ErrorIs(t, err, integracja.ErrInconsistent)
}

func TestParsePeriodRejectsBadInput(t *testing.T) {
	for _, s := range []string{"", "2019-06-01", "2019-06-01/", "2019-12-31/2019-06-01", "2019-06-01/2019-13-01", "2019-06-01–2019-12-31"} {
		_, err := integracja.ParsePeriod(s)
		var pe *integracja.ParseError
		if assert.ErrorAs(t, err, &pe, "input %q", s) {
			assert.Equal(t, s, pe.Input)
		}
	}
}

func TestPeriodJSON(t *testing.T) {
	p := period("2011-01-01/2011-12-31")
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"from":"2011-01-01","to":"2011-12-31"}`, string(b))
	var q integracja.Period
	require.NoError(t, json.Unmarshal(b, &q))
	assert.Equal(t, p, q)
	err = json.Unmarshal([]byte(`{"from":"2011-01-01","to":"2011-02-29"}`), &q)
	assert.True(t, errors.Is(err, integracja.ErrInvalid))
}

func TestAnInvertedPeriodHoldsNoDay(t *testing.T) {
	inverted := integracja.Period{From: integracja.MustParseDate("2019-12-31"), To: integracja.MustParseDate("2019-06-01")}
	year := period("2019-01-01/2019-12-31")
	september := integracja.MustParseDate("2019-09-01")

	assert.True(t, inverted.IsEmpty(), "a period that ends before it starts is empty")
	assert.False(t, year.IsEmpty(), "a valid period is not empty")
	assert.False(t, inverted.Contains(september), "an inverted period contains no day")
	assert.False(t, inverted.Overlaps(year), "an inverted period overlaps nothing")
	assert.False(t, year.Overlaps(inverted), "nothing overlaps an inverted period")
	_, ok := year.Intersect(inverted)
	assert.False(t, ok, "an inverted period intersects nothing")
	_, ok = inverted.Intersect(year)
	assert.False(t, ok, "an inverted period intersects nothing")
	assert.False(t, year.ContainsPeriod(inverted), "an inverted period is not contained even with both dates inside")
	assert.False(t, inverted.ContainsPeriod(period("2019-09-01/2019-09-02")), "an inverted period contains no period")
	assert.Equal(t, 0, inverted.Days())
	assert.Equal(t, 0, inverted.Months())
	assert.False(t, year.Contains(integracja.Date{Year: 2019, Month: 2, Day: 30}), "a day not in the calendar is in no period")
}
