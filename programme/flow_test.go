package programme_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

func TestBrzeszczeFlowComesOutAsTheDocumentStatesIt(t *testing.T) {
	p := brzeszcze()
	require.NoError(t, p.Validate())
	f := p.Flows(december31)

	t.Run("32 took part, 9 dropped out, 7 left for a job, 2 came back, 18 continue", func(t *testing.T) {
		assert.Equal(t, 32, f.Enrolled.Total())
		assert.Equal(t, 9, f.DroppedOut.Total())
		assert.Equal(t, 7, f.LeftForJob.Total())
		assert.Equal(t, 2, f.CameBack.Total())
		assert.Equal(t, 0, f.Completed.Total())
		assert.Equal(t, 18, f.Continuing.Total())
		assert.NoError(t, f.Balance(), "32 − 9 − 7 + 2 = 18")
	})

	t.Run("every figure is by sex", func(t *testing.T) {
		assert.Equal(t, indicator.Count{Women: 20, Men: 12}, f.Enrolled)
		assert.Equal(t, indicator.Count{Women: 6, Men: 3}, f.DroppedOut)
		assert.Equal(t, indicator.Count{Women: 4, Men: 3}, f.LeftForJob)
		assert.Equal(t, indicator.Count{Women: 2}, f.CameBack)
		assert.Equal(t, indicator.Count{Women: 12, Men: 6}, f.Continuing)
		assert.Equal(t, indicator.Count{Women: 4, Men: 3}, f.FoundWork)
		assert.Equal(t, "18 (12K i 6M)", f.Continuing.Format(language.Polish))
	})

	t.Run("the dropouts are counted by the six reasons the document lists", func(t *testing.T) {
		want := []programme.ReasonCount{
			{Reason: programme.Relapse, Count: indicator.Count{Women: 1, Men: 1}},
			{Reason: programme.NoCooperation, Count: indicator.Count{Women: 1, Men: 1}},
			{Reason: programme.NoRegularity, Count: indicator.Count{Women: 2}},
			{Reason: programme.MovedAway, Count: indicator.Count{Women: 1}},
			{Reason: programme.InpatientTreatment, Count: indicator.Count{Women: 1}},
			{Reason: programme.Childcare, Count: indicator.Count{Men: 1}},
		}
		assert.Equal(t, want, f.ByReason)
	})

	t.Run("the money reconciles, the two garbled categories together 46 811,60 zł", func(t *testing.T) {
		r, err := p.Funds.Reconcile()
		require.NoError(t, err)
		assert.Equal(t, "231\u00a0895,59\u00a0zł", p.Funds.Planned.Amount.Format(language.Polish))
		assert.Equal(t, "207\u00a0209,61\u00a0zł", p.Funds.Spent.Amount.Format(language.Polish))
		assert.Equal(t, []int{4, 5}, r.Unreadable)
		assert.Equal(t, "46\u00a0811,60\u00a0zł", r.Missing.Format(language.Polish))
	})

	t.Run("earlier in the year fewer have left", func(t *testing.T) {
		mid := p.Flows(d("2014-06-30"))
		assert.Equal(t, 5, mid.DroppedOut.Total(), "February to June")
		assert.Equal(t, 3, mid.LeftForJob.Total(), "April to June")
		assert.Equal(t, 0, mid.CameBack.Total())
		assert.Equal(t, 24, mid.Continuing.Total())
		assert.NoError(t, mid.Balance())
	})

	t.Run("before anyone enrolled there is no one", func(t *testing.T) {
		before := p.Flows(d("2014-01-12"))
		assert.True(t, before.Enrolled.IsZero())
		assert.True(t, before.Continuing.IsZero())
	})
}

func TestBalanceChecksAStatedFlow(t *testing.T) {
	stated := programme.Flows{
		Enrolled:   indicator.Count{Unspecified: 32},
		DroppedOut: indicator.Count{Unspecified: 9},
		LeftForJob: indicator.Count{Unspecified: 7},
		CameBack:   indicator.Count{Unspecified: 2},
		Continuing: indicator.Count{Unspecified: 18},
	}
	assert.NoError(t, stated.Balance(), "Brzeszcze's own arithmetic holds")

	t.Run("a continuing figure that does not follow is reported with the figures", func(t *testing.T) {
		bad := stated
		bad.Continuing = indicator.Count{Unspecified: 20}
		err := bad.Balance()
		assert.Equal(t, []string{"continuing: inconsistent"}, problems(err))
		assert.Contains(t, integracja.Localize(err, language.Polish),
			"bilans: przystąpienia 32 − przerwania 9 − odejścia do pracy 7 + powroty 2 − ukończenia 0 daje 18, a liczba kontynuujących to 20")
		assert.Contains(t, integracja.Localize(err, language.English), "gives 18, but continuing is 20")
	})

	t.Run("the balance is kept by sex, not only in total", func(t *testing.T) {
		bad := programme.Flows{Enrolled: indicator.Count{Women: 2, Men: 1}, DroppedOut: indicator.Count{Women: 1},
			Continuing: indicator.Count{Women: 2}}
		assert.Equal(t, []string{"continuing: inconsistent"}, problems(bad.Balance()))
	})

	t.Run("dropouts by reason must add up to the dropouts", func(t *testing.T) {
		bad := stated
		bad.ByReason = []programme.ReasonCount{{Reason: programme.Relapse, Count: indicator.Count{Unspecified: 8}}}
		assert.Equal(t, []string{"byReason: inconsistent"}, problems(bad.Balance()))
	})
}

func TestFlowsGiveTheHoursOfEachActivityPerParticipant(t *testing.T) {
	p := example(t)
	f := p.Flows(d("2023-12-31"))
	codes := make([]string, len(f.Activities))
	for i, a := range f.Activities {
		codes[i] = a.Activity
	}
	require.Equal(t, []string{"warsztaty", "doradztwo", "opiekunka", "grupa_wsparcia", "turnus", "asysta", "piknik", "psu", "praca_socjalna"}, codes)

	t.Run("by activity: sessions, hours once per session, hours per person, people by sex", func(t *testing.T) {
		w := f.Activities[0]
		assert.Equal(t, 3, w.Sessions)
		assert.Equal(t, h("12"), w.Hours)
		assert.Equal(t, h("44"), w.PersonHours, "4 + 4 people, then 3")
		assert.Equal(t, indicator.Count{Women: 2, Men: 2}, w.Participants)
		assert.Equal(t, []programme.GroupUse{{Group: "I", Use: programme.Use{Hours: h("12")}}}, w.Groups, "the per-group quota's use")
		assert.Equal(t, programme.Use{Hours: h("1")}, f.Activities[8].Total, "the quota in total's use")
		assert.Empty(t, f.Activities[1].Groups)
	})

	t.Run("by participant, in the order of the catalogue", func(t *testing.T) {
		p1 := f.Participants[0]
		assert.Equal(t, "P-01", p1.ID)
		assert.Equal(t, programme.StatusActive, p1.Status)
		assert.Equal(t, h("12"), p1.Uses[0].Hours)
		assert.Equal(t, h("2"), p1.Uses[1].Hours, "the January consultation is after the date")
		assert.Equal(t, programme.Use{Hours: h("14"), Practice: h("4"), Days: 0}, p1.Uses[2])
		p4 := f.Participants[3]
		assert.Equal(t, programme.Use{Days: 2, Months: 1}, p4.Uses[4], "two days of the rehabilitation stay")
	})

	t.Run("the statuses follow the events", func(t *testing.T) {
		var got []programme.Status
		for _, u := range f.Participants {
			got = append(got, u.Status)
		}
		assert.Equal(t, []programme.Status{programme.StatusActive, programme.StatusDroppedOut, programme.StatusActive, programme.StatusActive}, got)
	})
}
