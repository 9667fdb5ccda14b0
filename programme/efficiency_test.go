package programme_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// leaver is a participant who enrolled on 1.02.2017, with status at entry
// st, and then had the given events.
func leaver(id string, sex indicator.Sex, st indicator.LabourStatus, events ...programme.Event) programme.Participant {
	return programme.Participant{ID: id, Sex: sex, BirthDate: programme.NewBirthDate(d("1980-01-10")),
		ESF:    programme.ESFRecord{Status: st, Education: indicator.ISCED3to4},
		Events: append([]programme.Event{{Date: d("2017-02-01"), Kind: programme.Enrolled}}, events...)}
}

func ev(date string, k programme.EventKind) programme.Event {
	e := programme.Event{Date: d(date), Kind: k}
	if k == programme.DroppedOut {
		e.Reason = programme.NoCooperation
	}
	return e
}

func efficiencyProgramme(ps ...programme.Participant) programme.Programme {
	return programme.Programme{Name: "9i", Operator: programme.Operator{Kind: programme.MOPS, Name: "MOPS"},
		Scheme: "rpo_2014_9i", Period: integracja.Period{From: d("2017-01-01"), To: d("2017-12-31")}, Participants: ps}
}

func TestEfficiencyCountsWhatHappensWithinThreeMonthsOfLeaving(t *testing.T) {
	u, ltu, inactive, employed := indicator.Unemployed, indicator.LongTermUnemployed, indicator.InactiveNotInEducation, indicator.Employed
	p := efficiencyProgramme(
		// employed within the window: on its last day, 31.01.2018, three months after 31.10.2017
		leaver("A", indicator.Female, u, ev("2017-10-31", programme.Completed), ev("2018-01-31", programme.TookJob)),
		// a day too late
		leaver("B", indicator.Female, ltu, ev("2017-10-31", programme.Completed), ev("2018-02-01", programme.TookJob)),
		// left for a job: employed on leaving
		leaver("C", indicator.Male, inactive, ev("2017-05-15", programme.LeftForJob)),
		// progress found after a dropout, within the window
		leaver("D", indicator.Male, u, ev("2017-06-30", programme.DroppedOut), ev("2017-09-01", programme.MadeProgress)),
		// employed at entry: outside the denominator of employment efficiency
		leaver("E", indicator.Female, employed, ev("2017-10-31", programme.Completed), ev("2017-11-02", programme.TookJob)),
		// status not recorded
		leaver("F", indicator.Female, indicator.StatusUnknown, ev("2017-10-31", programme.Completed)),
		// left for a job and came back: still taking part, not measured
		leaver("G", indicator.Male, u, ev("2017-05-15", programme.LeftForJob), ev("2017-07-01", programme.CameBack)),
	)
	e, ok := p.EfficiencyAt(shipped(t, "rpo_2014_9i"), d("2018-03-31"))
	require.True(t, ok)
	g := e.General
	assert.Equal(t, indicator.Count{Women: 4, Men: 2}, g.Left)
	assert.Equal(t, indicator.Count{Men: 1}, g.Progress)
	assert.Equal(t, indicator.Count{Women: 2, Men: 2}, g.Eligible)
	assert.Equal(t, indicator.Count{Women: 1, Men: 1}, g.Employed)
	assert.Equal(t, indicator.Count{Women: 2, Men: 2}, g.Either, "A, C, D and E")
	assert.Equal(t, indicator.Count{Women: 1}, g.Unrecorded)
	assert.True(t, g.Open.IsZero())
	assert.True(t, e.Final)
	assert.Equal(t, indicator.Ratio{Num: 1, Den: 6}, g.Social())
	assert.Equal(t, indicator.Ratio{Num: 2, Den: 4}, g.Employment())
	assert.Equal(t, indicator.Ratio{Num: 4, Den: 6}, g.Combined())
	assert.True(t, e.Disability.Left.IsZero())

	fs := p.Check(shipped(t, "rpo_2014_9i"), d("2018-03-31"))
	f, ok := findingOf(fs, programme.RuleEfficiencySocial)
	require.True(t, ok)
	assert.Equal(t, integracja.Violation, f.Severity)
	assert.Equal(t, "16.66", f.Measured.String(), "cut, not rounded up")
	assert.Equal(t, "efektywność społeczna: 16,66% (1 osoba spośród 6), próg co najmniej 34,00% — niespełniony", f.Message.PL)
	f, _ = findingOf(fs, programme.RuleEfficiencyEmployment)
	assert.Equal(t, integracja.Info, f.Severity)
	assert.Equal(t, "efektywność zatrudnieniowa: 50,00% (2 osoby spośród 4), próg co najmniej 22,00% — spełniony; "+
		"bez statusu na rynku pracy w chwili przystąpienia, więc poza mianownikiem: 1 osoba", f.Message.PL)
}

func findingOf(fs []integracja.Finding, rule string) (integracja.Finding, bool) {
	for _, f := range fs {
		if f.Rule == rule {
			return f, true
		}
	}
	return integracja.Finding{}, false
}

func TestEfficiencyIsProvisionalWhileAWindowIsOpen(t *testing.T) {
	p := efficiencyProgramme(
		leaver("A", indicator.Female, indicator.Unemployed, ev("2017-12-15", programme.Completed)),
		leaver("B", indicator.Male, indicator.Unemployed, ev("2017-12-15", programme.Completed), ev("2017-12-20", programme.MadeProgress)),
	)
	e, _ := p.EfficiencyAt(shipped(t, "rpo_2014_9i"), d("2018-01-31"))
	assert.False(t, e.Final)
	assert.Equal(t, indicator.Count{Women: 1}, e.General.Open)
	fs := p.Check(shipped(t, "rpo_2014_9i"), d("2018-01-31"))
	f, _ := findingOf(fs, programme.RuleEfficiencyEmployment)
	assert.Equal(t, integracja.Warning, f.Severity, "below the limit, but not final")
	assert.Contains(t, f.Message.PL, "wynik wstępny (okno 3 miesięcy po zakończeniu udziału jeszcze trwa: 1 osoba)")
	f, _ = findingOf(fs, programme.RuleEfficiencySocial)
	assert.Equal(t, integracja.Info, f.Severity, "50% meets 34% already")

	fs = p.Check(shipped(t, "rpo_2014_9i"), d("2018-03-31"))
	f, _ = findingOf(fs, programme.RuleEfficiencyEmployment)
	assert.Equal(t, integracja.Violation, f.Severity, "every window closed, and the end of the period plus three months passed")
}

func TestEfficiencyOfTheDisabilityGroupsHasItsOwnLimits(t *testing.T) {
	severe := leaver("S", indicator.Female, indicator.InactiveNotInEducation, ev("2017-10-31", programme.Completed),
		ev("2017-12-01", programme.TookJob))
	severe.Eligibility = programme.Eligibility{AssessedOn: d("2017-01-20"), SevereDisability: true}
	p := efficiencyProgramme(severe,
		leaver("A", indicator.Male, indicator.Unemployed, ev("2017-10-31", programme.Completed), ev("2017-11-15", programme.MadeProgress)))
	e, _ := p.EfficiencyAt(shipped(t, "rpo_2014_9i"), d("2018-06-30"))
	assert.Equal(t, indicator.Count{Women: 1}, e.Disability.Employed)
	assert.Equal(t, indicator.Count{Men: 1}, e.General.Left)
	fs := p.Check(shipped(t, "rpo_2014_9i"), d("2018-06-30"))
	assert.Equal(t, []string{"violation efficiency.employment participants", "violation efficiency.disability.social participants"},
		serious(fs)[len(serious(fs))-2:])
	f, _ := findingOf(fs, "efficiency.disability.employment")
	assert.Equal(t, integracja.Info, f.Severity)
	assert.Equal(t, "12", f.Limit.String())
	assert.Contains(t, f.Message.PL, "(osoby ze znacznym stopniem niepełnosprawności, z niepełnosprawnością intelektualną lub sprzężoną)")

	comb := p.Check(shipped(t, "rpo_2014_9i_combined"), d("2018-06-30"))
	f, _ = findingOf(comb, "efficiency.disability.social_employment")
	assert.Equal(t, "46", f.Limit.String())
	assert.Equal(t, integracja.Info, f.Severity, "1 of 1 in work")
	_, has := findingOf(comb, programme.RuleEfficiencySocial)
	assert.False(t, has, "the combined formulation has no separate social criterion")
}

func TestEfficiencyIsNotMeasuredWithoutACriterion(t *testing.T) {
	p := efficiencyProgramme(leaver("A", indicator.Male, indicator.Unemployed, ev("2017-10-31", programme.Completed)))
	_, ok := p.EfficiencyAt(shipped(t, "pokl_7_1_1"), d("2018-06-30"))
	assert.False(t, ok)
	p.Period.From = d("2013-01-01") // before the 2014–2020 criteria
	_, ok = p.EfficiencyAt(shipped(t, "rpo_2014_9i"), d("2018-06-30"))
	assert.False(t, ok)
}
