package programme_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
	"github.com/aktywna/integracja/programme/programmetest"
)

// compliant is a PO KL 7.1.1 programme of 2011 that keeps every rule of
// the shipped scheme as of its end: three participants of working age, on
// social assistance and not working, each with a social contract
// concluded before their first session; quotas kept; an own contribution
// of 10,5%; the indicators it reports are those its records give, by sex,
// and reach their targets.
func compliant() programme.Programme {
	pt := func(id string, sex indicator.Sex, born string, contract string) programme.Participant {
		return programme.Participant{ID: id, Sex: sex, BirthDate: programme.NewBirthDate(d(born)), Contracts: []string{contract},
			ESF:         programme.ESFRecord{Status: indicator.LongTermUnemployed, Education: indicator.ISCED1to2},
			Eligibility: programme.Eligibility{AssessedOn: d("2011-02-20"), SocialAssistance: true},
			Events: []programme.Event{{Date: d("2011-03-01"), Kind: programme.Enrolled},
				{Date: d("2011-12-15"), Kind: programme.Completed}}}
	}
	zl := func(n int64) budget.Money { return budget.Grosze(n * 100) }
	cats, err := budget.NewCatalogue(
		budget.Category{Code: budget.CatActiveIntegration, Kind: budget.DirectCost, Name: integracja.Text{PL: "aktywna integracja"}},
		budget.Category{Code: budget.CatManagement, Kind: budget.ManagementCost, Name: integracja.Text{PL: "zarządzanie projektem"}})
	if err != nil {
		panic(err)
	}
	return programme.Programme{
		Name:     "Aktywni razem",
		Operator: programme.Operator{Kind: programme.GOPS, Name: "Gminny Ośrodek Pomocy Społecznej w Przykładowie"},
		Scheme:   "pokl_7_1_1",
		Period:   integracja.Period{From: d("2011-01-01"), To: d("2011-12-31")},
		Catalogue: programme.Catalogue{Activities: []programme.Activity{
			{Code: "doradztwo", Name: integracja.Text{PL: "doradztwo zawodowe"}, Group: programme.Vocational, Mode: programme.Individual,
				Quota: programme.Quota{Hours: programme.HoursOf(4), Per: programme.PerParticipant}},
		}},
		Contracts: []programme.ContractRecord{{Number: "KS/1", ConcludedOn: d("2011-02-28")}, {Number: "KS/2", ConcludedOn: d("2011-02-28")},
			{Number: "KS/3", ConcludedOn: d("2011-02-28")}},
		Participants: []programme.Participant{
			pt("P-1", indicator.Female, "1970-05-10", "KS/1"),
			pt("P-2", indicator.Male, "1946-03-02", "KS/2"), // 64 on the day of entry
			pt("P-3", indicator.Female, "1995-07-01", "KS/3"),
		},
		Attendance: []programme.Session{
			{Activity: "doradztwo", Date: d("2011-03-02"), Hours: programme.HoursOf(2), Participants: []string{"P-1"}},
			{Activity: "doradztwo", Date: d("2011-03-02"), Hours: programme.HoursOf(2), Participants: []string{"P-2"}},
			{Activity: "doradztwo", Date: d("2011-03-03"), Hours: programme.HoursOf(4), Participants: []string{"P-3"}},
		},
		Budget: &budget.Budget{
			Period:     integracja.Period{From: d("2011-01-01"), To: d("2011-12-31")},
			Categories: cats,
			Plan:       []budget.PlanItem{{Category: budget.CatActiveIntegration, Amount: zl(90_000)}, {Category: budget.CatManagement, Amount: zl(10_000)}},
			Sources: []budget.Source{
				{Code: "efs", Name: integracja.Text{PL: "dotacja rozwojowa"}, Kind: budget.EUFunds, Planned: zl(89_500)},
				{Code: "gmina", Name: integracja.Text{PL: "wkład własny"}, Kind: budget.LocalGovernment, Planned: zl(10_500)},
			},
		},
		Indicators: indicator.Set{
			{Definition: indicator.Definition{Code: programme.MeasureContracts, Name: integracja.Text{PL: "liczba osób objętych kontraktami socjalnymi"},
				Kind: indicator.Output, Unit: indicator.UnitPeople},
				Target: indicator.Count{Women: 2, Men: 1}, Achieved: indicator.Count{Women: 2, Men: 1}},
			{Definition: indicator.Definition{Code: programme.MeasureCompleted, Name: integracja.Text{PL: "liczba osób, które ukończyły projekt"},
				Kind: indicator.Result, Unit: indicator.UnitPeople},
				Target: indicator.Count{Women: 2, Men: 1}, Achieved: indicator.Count{Women: 2, Men: 1}},
		},
	}
}

// serious lists the warnings and violations as "severity rule path".
func serious(fs []integracja.Finding) []string {
	var out []string
	for _, f := range programmetest.Serious(fs) {
		out = append(out, f.Severity.String()+" "+f.Rule+" "+f.Path.String())
	}
	return out
}

func TestTheCompliantFixtureKeepsEveryRule(t *testing.T) {
	p := compliant()
	require.NoError(t, p.Validate())
	programmetest.AssertCompliant(t, p.Check(shipped(t, "pokl_7_1_1"), d("2011-12-31")))
}

func TestCheckReportsEachBrokenRuleWithItsPath(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *programme.Programme)
		want   []string
	}{
		{"a participant of 65 on the day of entry is past working age (art. 112 k.c.)", func(p *programme.Programme) {
			p.Participants[1].BirthDate = programme.NewBirthDate(d("1946-03-01"))
		}, []string{"violation eligibility.age participants[1]"}},
		{"a participant below 15", func(p *programme.Programme) {
			p.Participants[2].BirthDate = programme.NewBirthDate(d("1996-03-02"))
		}, []string{"violation eligibility.age participants[2]"}},
		{"a participant without a birth date cannot be judged", func(p *programme.Programme) {
			p.Participants[2].BirthDate = programme.BirthDate{}
			p.Participants[2].ESF = programme.ESFRecord{}
		}, []string{"warning eligibility.age participants", "warning eligibility.not_working participants"}},
		{"a participant not on social assistance", func(p *programme.Programme) {
			p.Participants[0].Eligibility.SocialAssistance = false
		}, []string{"violation eligibility.social_assistance participants[0].eligibility.socialAssistance"}},
		{"a participant whose eligibility was not assessed", func(p *programme.Programme) {
			p.Participants[0].Eligibility = programme.Eligibility{}
		}, []string{"warning eligibility.social_assistance participants"}},
		{"a participant working at entry", func(p *programme.Programme) {
			p.Participants[2].ESF.Status = indicator.Employed
		}, []string{"violation eligibility.not_working participants[2].esf.status"}},
		{"a contract concluded after the first session", func(p *programme.Programme) {
			p.Contracts[0].ConcludedOn = d("2011-03-03")
		}, []string{"violation contract.before_first_session participants[0].contracts"}},
		{"a contract without a date of conclusion cannot be judged", func(p *programme.Programme) {
			p.Contracts[0].ConcludedOn = integracja.Date{}
		}, []string{"warning contract.before_first_session participants"}},
		{"a session over the quota of its activity", func(p *programme.Programme) {
			p.Attendance = append(p.Attendance, programme.Session{Activity: "doradztwo", Date: d("2011-04-04"),
				Hours: programme.HoursOf(1), Participants: []string{"P-3"}})
		}, []string{"violation catalogue.quota catalogue.activities[0].quota"}},
		{"an own contribution below 10,5% of the project value", func(p *programme.Programme) {
			p.Budget.Sources[0].Planned = budget.Grosze(8_951_000)
			p.Budget.Sources[1].Planned = budget.Grosze(1_049_000)
		}, []string{"violation pokl.own_contribution_min budget.planned.ownContribution"}},
		{"a reported figure the records do not give", func(p *programme.Programme) {
			p.Indicators[0].Achieved = indicator.Count{Women: 3, Men: 1}
		}, []string{"violation indicator.reported indicators[0].achieved"}},
		{"a target not reached by the end of the period, by sex", func(p *programme.Programme) {
			p.Indicators[0].Target = indicator.Count{Women: 1, Men: 2}
		}, []string{"violation indicator.target indicators[0].target"}},
		{"a reported figure not broken down by sex", func(p *programme.Programme) {
			p.Indicators[1].Achieved = indicator.Count{Unspecified: 3}
		}, []string{"violation indicator.by_sex indicators[1].achieved"}},
		{"a target set as a total only", func(p *programme.Programme) {
			p.Indicators[1].Target = indicator.Count{Unspecified: 3}
		}, []string{"violation indicator.by_sex indicators[1].target"}},
		{"a participant without a sex", func(p *programme.Programme) {
			p.Participants[2].Sex = indicator.SexUnspecified
			p.Indicators = nil
		}, []string{"warning indicator.by_sex participants"}},
		{"a programme that names another scheme", func(p *programme.Programme) { p.Scheme = "efs_plus" },
			[]string{"warning scheme.code scheme"}},
		{"a programme without a budget under a scheme with limits", func(p *programme.Programme) { p.Budget = nil },
			[]string{"warning budget.missing budget"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := compliant()
			tt.change(&p)
			assert.Equal(t, tt.want, serious(p.Check(shipped(t, "pokl_7_1_1"), d("2011-12-31"))))
		})
	}
}

// TestCheckMeasuresCrossFinancingByTheBudgetsFigureMap holds a programme's
// cross-financing against the PO KL limit of 10% of the project value: the
// budget's figure map says that the club's equipment is cross-financing,
// which no cost kind can tell.
func TestCheckMeasuresCrossFinancingByTheBudgetsFigureMap(t *testing.T) {
	withEquipment := func(equipment int64) programme.Programme {
		p := compliant()
		b := p.Budget
		var err error
		b.Categories, err = b.Categories.With(budget.Category{Code: "equipment", Kind: budget.DirectCost,
			Name: integracja.Text{PL: "wyposażenie sali klubu"}})
		require.NoError(t, err)
		b.Plan[0].Amount = budget.Grosze((90_000 - equipment) * 100)
		b.Plan = append(b.Plan, budget.PlanItem{Category: "equipment", Amount: budget.Grosze(equipment * 100)})
		b.FigureMap = &budget.FigureMap{ActiveIntegration: []string{budget.CatActiveIntegration},
			CrossFinancing: []string{"equipment"}, FixedAssets: []string{"equipment"}}
		require.NoError(t, p.Validate())
		return p
	}
	want := func(measured string, sev integracja.Severity) programmetest.Want {
		return programmetest.Want{Rule: budget.RulePOKLCrossFinancing, Severity: sev, Path: "budget.planned.crossFinancing",
			Measured: measured, Limit: "10"}
	}
	t.Run("12% of the project value is over the limit", func(t *testing.T) {
		fs := withEquipment(12_000).Check(shipped(t, "pokl_7_1_1"), d("2011-12-31"))
		assert.Equal(t, []string{"violation pokl.cross_financing_max budget.planned.crossFinancing"}, serious(fs))
		f, ok := programmetest.AssertFinding(t, fs, want("12", integracja.Violation))
		if ok {
			assert.Contains(t, f.Message.PL, "12,00% (limit: 10,00%) — limit przekroczony")
		}
	})
	t.Run("10% of the project value keeps it", func(t *testing.T) {
		fs := withEquipment(10_000).Check(shipped(t, "pokl_7_1_1"), d("2011-12-31"))
		programmetest.AssertCompliant(t, fs)
		programmetest.AssertFinding(t, fs, want("10", integracja.Info))
	})
	t.Run("without the map the equipment is no cross-financing", func(t *testing.T) {
		p := withEquipment(12_000)
		p.Budget.FigureMap = nil
		fs := p.Check(shipped(t, "pokl_7_1_1"), d("2011-12-31"))
		programmetest.AssertCompliant(t, fs)
		programmetest.AssertFinding(t, fs, want("0", integracja.Info))
	})
}

func TestCheckJudgesEachParticipantByTheRulesInForceOnTheirEntry(t *testing.T) {
	p := compliant()
	p.Period = integracja.Period{From: d("2008-01-01"), To: d("2011-12-31")}
	p.Participants[0].Events[0].Date = d("2009-03-08") // the day before the Zasady: no contract rule yet
	p.Attendance[0].Date = d("2009-03-09")
	p.Contracts[0].ConcludedOn = d("2009-03-10")
	fs := p.Check(shipped(t, "pokl_7_1_1"), d("2011-12-31"))
	assert.Equal(t, []string{"warning contract.before_first_session participants"}, serious(fs),
		"the rule has no step on the day of entry; its first step would be broken")
	f, ok := programmetest.AssertFinding(t, fs, programmetest.Want{Rule: programme.RuleContract, Severity: integracja.Warning})
	if ok {
		assert.Contains(t, f.Message.PL, "w dniu przystąpienia (1 uczestnik)")
	}
}

func TestCheckTargetsBeforeTheEndAreProgressNotViolations(t *testing.T) {
	p := compliant()
	p.Indicators = p.Indicators[:1] // the completions are reported as of the end
	p.Indicators[0].Target = indicator.Count{Women: 4, Men: 1}
	fs := p.Check(shipped(t, "pokl_7_1_1"), d("2011-06-30"))
	assert.Empty(t, serious(fs))
	f, _ := programmetest.AssertFinding(t, fs, programmetest.Want{Rule: programme.RuleIndicatorTarget, Severity: integracja.Info,
		Path: "indicators[0].target", Measured: "3", Limit: "5"})
	assert.Equal(t, "liczba osób objętych kontraktami socjalnymi: 3 (2K i 1M) wobec celu 5 (4K i 1M) (60,00%; K 50,00%; M 100,00%) — "+
		"jeszcze nieosiągnięty przed końcem okresu programu", f.Message.PL)
	assert.Equal(t, "liczba osób objętych kontraktami socjalnymi: 3 (2 women, 1 man) against a target of 5 (4 women, 1 man) "+
		"(60.00%; women 50.00%; men 100.00%) — not reached yet before the end of the programme's period", f.Message.EN)
}

func TestFindingsNameBothFiguresOfADifference(t *testing.T) {
	p := compliant()
	p.Indicators[0].Achieved = indicator.Count{Women: 12, Men: 8}
	f, ok := programmetest.AssertFinding(t, p.Check(shipped(t, "pokl_7_1_1"), d("2011-12-31")),
		programmetest.Want{Rule: programme.RuleIndicatorReported, Severity: integracja.Violation, Measured: "3", Limit: "20"})
	require.True(t, ok)
	assert.Equal(t, "liczba osób objętych kontraktami socjalnymi: dokument podaje 20 (12K i 8M), a z danych uczestników wynika 3 (2K i 1M)", f.Message.PL)
	assert.Equal(t, "liczba osób objętych kontraktami socjalnymi: the document reports 20 (12 women, 8 men), the participant records give 3 (2 women, 1 man)",
		f.Message.EN)
}

// isoDate and jsonName find what no Polish sentence may hold: a date in
// ISO form, and a camelCase word, which is how the JSON fields are named.
var (
	isoDate  = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)
	jsonName = regexp.MustCompile(`\b[a-z]+[A-Z][A-Za-z]*\b`)
)

func TestFindingsSpeakPolishWithoutFieldNamesISODatesOrBirthDates(t *testing.T) {
	var all []integracja.Finding
	check := func(p programme.Programme, code string, asOf string) {
		all = append(all, p.Check(shipped(t, code), d(asOf))...)
	}
	p := compliant()
	p.Participants[1].BirthDate = programme.NewBirthDate(d("1931-03-01"))
	p.Participants[0].Eligibility.SocialAssistance = false
	p.Contracts[2].ConcludedOn = d("2011-03-04")
	p.Indicators[0].Achieved = indicator.Count{Women: 5}
	check(p, "pokl_7_1_1", "2011-12-31")
	check(p, "kis_nowy_profil_2019", "2011-12-31")
	check(example(t), "efs_plus", "2024-05-31")
	check(example(t), "rpo_2014_9i", "2024-08-31")
	check(example(t), "rpo_2014_9i_combined", "2024-05-31")
	births := []string{"1931-03-01", "01.03.1931", "1 March 1931", "1995-07-01", "01.07.1995", "1970-05-10", "10.05.1970"}
	for _, b := range example(t).Participants {
		births = append(births, b.BirthDate.Reveal().String(), b.BirthDate.Reveal().Format(language.Polish))
	}
	require.Greater(t, len(all), 40)
	for _, f := range all {
		assert.NotEmpty(t, f.Message.PL, f.Rule)
		assert.NotEmpty(t, f.Message.EN, f.Rule)
		assert.Empty(t, isoDate.FindString(f.Message.PL), "an ISO date in %q", f.Message.PL)
		assert.Empty(t, jsonName.FindString(f.Message.PL), "a field name in %q", f.Message.PL)
		for _, b := range births {
			for _, s := range []string{f.Message.PL, f.Message.EN, f.Path.String(), f.Basis} {
				assert.NotContains(t, s, b, "a birth date in a finding")
			}
		}
		assert.Regexp(t, `^[a-z0-9_]+(\.[a-z0-9_]+)+$`, f.Rule)
		assert.False(t, strings.Contains(f.Message.PL, "  "), "a double space in %q", f.Message.PL)
	}
}

func TestKISGroupsAreJudgedByTheTextInForceOnEntry(t *testing.T) {
	p := programme.Programme{
		Name: "KIS", Operator: programme.Operator{Kind: programme.KIS, Name: "Klub Integracji Społecznej"},
		Period: integracja.Period{From: d("2005-01-01"), To: d("2008-12-31")},
	}
	for i, entry := range []string{"2005-03-01", "2007-09-03", "2007-09-03"} {
		p.Participants = append(p.Participants, programme.Participant{ID: "K-" + string(rune('1'+i)), Sex: indicator.Female,
			Eligibility: programme.Eligibility{AssessedOn: d(entry), Groups: []programme.SocialGroup{programme.Disabled}},
			Events:      []programme.Event{{Date: d(entry), Kind: programme.Enrolled}}})
	}
	p.Participants[2].Eligibility.Groups = nil
	fs := p.Check(shipped(t, "kis_nowy_profil_2019"), d("2008-12-31"))
	assert.Equal(t, []string{"warning scheme.period period", "warning eligibility.uzs_group participants[0].eligibility.groups",
		"warning eligibility.uzs_group participants[2].eligibility.groups"}, serious(fs),
		"disabled persons are a group from 14.07.2007 (unverified); the competition of 2019 is not this club's scheme")
	for _, f := range fs {
		assert.NotContains(t, f.Message.PL, "niepełnospraw", "the groups are sensitive data")
	}
	f, _ := programmetest.AssertFinding(t, fs, programmetest.Want{Rule: programme.RuleUZSGroup, Severity: integracja.Warning,
		Path: "participants[0].eligibility.groups"})
	assert.Equal(t, "uczestnik K-1: w dniu przystąpienia (01.03.2005 r.) tylko w grupach, których ustawa w tym brzmieniu nie wymienia; "+
		"art. 1 ust. 2 wymienia grupy „w szczególności”, udział wymaga uzasadnienia", f.Message.PL)
	f, _ = programmetest.AssertFinding(t, fs, programmetest.Want{Rule: programme.RuleUZSCondition, Severity: integracja.Info, Measured: "1"})
	assert.Contains(t, f.Message.PL, "powodującej ubóstwo")
}
