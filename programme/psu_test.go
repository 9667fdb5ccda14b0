package programme_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/programme"
)

func TestUPZRulesHoldTheConfirmedValuesAndLeaveTheRestAsParameters(t *testing.T) {
	r := programme.UPZPSURules()
	tests := []struct {
		name            string
		on              string
		week, month     string
		rate            string // "" for none in force
		basisHasURP     bool
		weekStepPresent bool
	}{
		{"before u.p.z. there is no cap", "2004-05-31", "", "", "", false, false},
		{"under art. 73a: 10 h a week; the month is the agreement's", "2014-06-15", "10", "0", "", false, true},
		{"the day before the 2023 rate", "2023-05-31", "10", "0", "", false, true},
		{"10,90 zł from 1 June 2023", "2023-06-01", "10", "0", "10.90", false, true},
		{"the 2024 indexation is a parameter", "2024-06-01", "10", "0", "", false, true},
		{"under the new act every value is a parameter", "2025-06-01", "0", "0", "", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			on := d(tt.on)
			w, ok := r.WeeklyCap.At(on)
			assert.Equal(t, tt.weekStepPresent, ok)
			if ok {
				assert.Equal(t, h(tt.week), w.Value)
				assert.Contains(t, w.Basis, map[bool]string{true: "o rynku pracy", false: "art. 73a"}[tt.basisHasURP])
			}
			if m, ok := r.MonthlyCap.ValueAt(on); ok {
				assert.Equal(t, h(tt.month), m)
			}
			rate, ok := r.HourlyRate.ValueAt(on)
			if tt.rate == "" {
				assert.True(t, !ok || rate.IsZero(), "no rate: %v", rate)
			} else {
				assert.True(t, rate.Equal(budget.MustParseMoney(tt.rate)), "rate %v", rate)
			}
		})
	}
}

func TestSociallyUsefulWorkSumsWeeksAndMonthsAndTheBenefit(t *testing.T) {
	p := example(t)
	r, err := p.SociallyUsefulWork(programme.UPZPSURules(), p.Period)
	require.NoError(t, err)
	assert.Equal(t, []programme.PSUWeek{
		{Participant: "P-02", Monday: d("2023-06-12"), Hours: h("10"), Cap: h("10")},
		{Participant: "P-02", Monday: d("2023-06-19"), Hours: h("4.5"), Cap: h("10")},
	}, r.Weeks)
	require.Len(t, r.Months, 1)
	m := r.Months[0]
	assert.Equal(t, h("14.5"), m.Hours)
	assert.True(t, m.Cap.IsZero(), "the monthly hours are the agreement's, not the law's")
	assert.True(t, m.Rated)
	assert.True(t, m.Benefit.Equal(budget.MustParseMoney("158,05 zł")), "14,5 h × 10,90 zł = %v", m.Benefit)
	assert.True(t, r.Benefit.Equal(m.Benefit), "total %v", r.Benefit)
	ws, ms := r.Exceeded()
	assert.Empty(t, ws, "10 hours is the cap, not above it")
	assert.Empty(t, ms)
}

func TestSociallyUsefulWorkFindsHoursAboveTheCaps(t *testing.T) {
	p := example(t)
	psu := func(date, hours string) programme.Session {
		return programme.Session{Activity: "psu", Date: d(date), Hours: h(hours), Participants: []string{"P-02"}}
	}
	p.Attendance = append(p.Attendance, psu("2023-06-13", "0.5"), psu("2023-06-27", "8"), psu("2023-06-28", "8"), psu("2023-06-29", "8"),
		psu("2023-06-30", "2"))
	rules := programme.UPZPSURules()
	agreement, err := rules.MonthlyCap.With(integracja.Step[programme.Hours]{From: d("2023-06-01"), Value: h("40"),
		Basis: "porozumienie starosty z gminą nr 3/2023 (przykład)"})
	require.NoError(t, err)
	rules.MonthlyCap = agreement
	r, err := p.SociallyUsefulWork(rules, p.Period)
	require.NoError(t, err)
	ws, ms := r.Exceeded()
	require.Len(t, ws, 2)
	assert.Equal(t, d("2023-06-12"), ws[0].Monday)
	assert.Equal(t, h("10.5"), ws[0].Hours)
	assert.Equal(t, d("2023-06-26"), ws[1].Monday)
	assert.Equal(t, h("26"), ws[1].Hours)
	require.Len(t, ms, 1)
	assert.Equal(t, h("41"), ms[0].Hours, "14,5 + 0,5 + 26")
	assert.Equal(t, time.June, ms[0].Month)
	assert.True(t, ms[0].Over())
}

func TestSociallyUsefulWorkNeedsARateOnEveryDay(t *testing.T) {
	p := example(t)
	p.Period.To = d("2024-08-31")
	p.Participants[1].Events = p.Participants[1].Events[:1] // P-02 stays
	p.Attendance = append(p.Attendance,
		programme.Session{Activity: "psu", Date: d("2024-06-03"), Hours: h("5"), Participants: []string{"P-02"}},
		programme.Session{Activity: "psu", Date: d("2024-06-04"), Hours: h("5"), Participants: []string{"P-02"}},
	)
	rules := programme.UPZPSURules()
	r, err := p.SociallyUsefulWork(rules, p.Period)
	require.Error(t, err)
	assert.True(t, errors.Is(err, programme.ErrNoRate))
	assert.Equal(t, []string{"attendance[17].date: no_rate"}, problems(err), "one error a month, at its first session")
	assert.Contains(t, integracja.Localize(err, language.Polish), "brak stawki w dniu 03.06.2024 r.")
	require.Len(t, r.Months, 2)
	assert.False(t, r.Months[1].Rated)
	assert.True(t, r.Benefit.Equal(budget.MustParseMoney("158,05 zł")), "only the rated month counts: %v", r.Benefit)

	t.Run("an overlay of the rate completes the benefit and leaves the shipped rules as they were", func(t *testing.T) {
		overlay, err := rules.HourlyRate.With(integracja.Step[budget.Money]{From: d("2024-06-01"), Value: budget.MustParseMoney("11,55 zł"),
			Basis: "uchwała rady gminy (przykład)"})
		require.NoError(t, err)
		changed := rules
		changed.HourlyRate = overlay
		r, err := p.SociallyUsefulWork(changed, p.Period)
		require.NoError(t, err)
		assert.True(t, r.Months[1].Benefit.Equal(budget.MustParseMoney("115,50 zł")), "%v", r.Months[1].Benefit)
		_, err = p.SociallyUsefulWork(programme.UPZPSURules(), p.Period)
		assert.Error(t, err, "the shipped rules still lack the rate")
	})
}

func TestSociallyUsefulWorkRoundsTheMonthOnce(t *testing.T) {
	p := example(t)
	p.Attendance = []programme.Session{
		{Activity: "psu", Date: d("2023-07-03"), Hours: h("0.25"), Participants: []string{"P-02"}},
		{Activity: "psu", Date: d("2023-07-04"), Hours: h("0.25"), Participants: []string{"P-02"}},
	}
	r, err := p.SociallyUsefulWork(programme.UPZPSURules(), p.Period)
	require.NoError(t, err)
	// Each day is 2,725 zł; rounded per day it would be 5,46 zł, the exact
	// month 5,45 zł.
	assert.True(t, r.Benefit.Equal(budget.MustParseMoney("5,45 zł")), "%v", r.Benefit)
}

func TestSociallyUsefulWorkCountsOnlyTheGivenPeriod(t *testing.T) {
	p := example(t)
	r, err := p.SociallyUsefulWork(programme.UPZPSURules(), integracja.Period{From: d("2023-06-13"), To: d("2023-06-30")})
	require.NoError(t, err)
	assert.Equal(t, h("9.5"), r.Months[0].Hours)
}
