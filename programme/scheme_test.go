package programme_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/programme"
)

// shipped returns the shipped scheme with the given code.
func shipped(t testing.TB, code string) programme.Scheme {
	t.Helper()
	s, err := programme.LookupScheme(code)
	require.NoError(t, err, "%s", integracja.Localize(err, language.Polish))
	return s
}

func step[T any](from string, v T, basis string) integracja.Step[T] {
	return integracja.Step[T]{From: d(from), Value: v, Basis: basis}
}

func TestEveryShippedSchemeDecodesValidatesAndCitesItsBasis(t *testing.T) {
	schemes := programme.Schemes()
	var codes []string
	for _, s := range schemes {
		codes = append(codes, s.Code)
		assert.NoError(t, s.Validate(), s.Code)
		assert.False(t, s.Law.IsZero(), "%s carries the law of art. 1 u.z.s.", s.Code)
		checkBases := func(name string, bases []string) {
			for i, b := range bases {
				assert.Contains(t, b, "doc/law.md#", "%s: %s[%d] cites the repository's facts", s.Code, name, i)
			}
		}
		checkBases("age", basesOf(s.Age))
		checkBases("socialAssistance", basesOf(s.SocialAssistance))
		checkBases("contractRequired", basesOf(s.ContractRequired))
		checkBases("budgetRules", basesOf(s.BudgetRules))
		checkBases("efficiency", basesOf(s.Efficiency))
		checkBases("sexBreakdown", basesOf(s.SexBreakdown))
		checkBases("commonIndicators", basesOf(s.CommonIndicators))
		checkBases("uzs.groups", basesOf(s.Law.Groups))
	}
	assert.Equal(t, []string{"efs_plus", "fe_2021", "fers", "kis_nowy_profil_2019", "pokl_7_1_1", "rpo_2014_9i", "rpo_2014_9i_combined"}, codes)
	assert.NoError(t, programme.ShippedSocialEmploymentLaw().Validate())
}

func basesOf[T any](s integracja.Schedule[T]) []string {
	var out []string
	for _, st := range s.Steps() {
		out = append(out, st.Basis)
	}
	return out
}

func TestShippedSchemesHoldTheirParameters(t *testing.T) {
	pokl := shipped(t, "pokl_7_1_1")
	age, ok := pokl.Age.ValueAt(d("2011-03-01"))
	require.True(t, ok)
	assert.Equal(t, programme.AgeRange{From: 15, To: 64}, age, "wiek aktywności zawodowej, a parameter")
	rs, name, err := pokl.BudgetRuleSet(d("2011-01-01"))
	require.NoError(t, err)
	assert.Equal(t, "pokl_7_1_1", name)
	own, ok := rs.Rule(budget.RulePOKLOwnContribution)
	require.True(t, ok)
	v, _ := own.Limit.ValueAt(d("2011-01-01"))
	assert.True(t, v.Equal(decimal.RequireFromString("10.5")), "own contribution %s", v)
	_, name, _ = pokl.BudgetRuleSet(d("2008-12-31"))
	assert.Empty(t, name, "no budget rules before the Zasady of 9.03.2009")

	separate, combined := shipped(t, "rpo_2014_9i"), shipped(t, "rpo_2014_9i_combined")
	c, _ := separate.Efficiency.ValueAt(d("2017-01-01"))
	assert.Equal(t, programme.EfficiencySeparate, c.Formulation)
	assert.True(t, c.General.Social.Equal(decimal.NewFromInt(34)) && c.General.Employment.Equal(decimal.NewFromInt(22)))
	assert.True(t, c.Disability.Employment.Equal(decimal.NewFromInt(12)))
	c, _ = combined.Efficiency.ValueAt(d("2017-01-01"))
	assert.Equal(t, programme.EfficiencyCombined, c.Formulation)
	assert.True(t, c.General.Combined.Equal(decimal.NewFromInt(56)) && c.Disability.Combined.Equal(decimal.NewFromInt(46)))
	assert.Equal(t, "rpo_2014_9i", combined.Base)
	assert.Equal(t, 3, c.WindowMonths)

	fers := shipped(t, "fers")
	cis, _ := fers.CommonIndicators.ValueAt(d("2023-01-01"))
	assert.Contains(t, cis, "EECO01")
	assert.NotContains(t, cis, "EECR05", "the code is unverified")
	b, _ := fers.SexBreakdown.ValueAt(d("2023-01-01"))
	assert.Equal(t, programme.BreakdownWomenMenOther, b)

	kis := shipped(t, "kis_nowy_profil_2019")
	site, _ := kis.SocialEmployment.ValueAt(d("2019-06-03"))
	assert.Equal(t, programme.SiteKIS, site)
	rules := kis.Law.Rules()
	for _, tt := range []struct {
		e     contract.Entitlement
		k     contract.InstitutionKind
		on    string
		wants bool
	}{
		{contract.IncapacityPension, contract.KIS, "2019-06-03", true},
		{contract.IncapacityPension, contract.KIS, "2022-02-15", false}, // ust. 3a
		{contract.IncapacityPension, contract.CIS, "2023-03-01", true},
		{contract.TeacherCompensation, contract.KIS, "2009-06-30", false},
		{contract.TeacherCompensation, contract.KIS, "2009-07-01", true},
		{contract.SocialPension, contract.KIS, "2005-01-01", true},
		{contract.SocialPension, contract.KIS, "2010-01-01", false},
		{contract.OldAgePension, contract.KIS, "2025-01-01", true},
	} {
		assert.Equal(t, tt.wants, rules.Excludes(tt.e, tt.k, d(tt.on)), "%s in a %s on %s", tt.e, tt.k, tt.on)
	}
	gs, _ := kis.Law.Groups.At(d("2005-01-01"))
	assert.False(t, slices.ContainsFunc(gs.Value.Groups, func(g programme.GroupRule) bool { return g.Group == programme.Disabled }),
		"pkt 8 came later")
}

func TestSchemeValidateReportsEachProblemWithItsPath(t *testing.T) {
	pct := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	tests := []struct {
		name   string
		change func(s *programme.Scheme)
		want   []string
	}{
		{"a scheme needs a code and a Polish name", func(s *programme.Scheme) { s.Code, s.Name = "", integracja.Text{EN: "x"} },
			[]string{"code: required", "name.pl: required"}},
		{"a code is snake_case", func(s *programme.Scheme) { s.Code = "PO KL 7.1.1" }, []string{"code: invalid"}},
		{"a period is a valid one", func(s *programme.Scheme) { s.Period.To = d("2006-01-01") }, []string{"period.to: inconsistent"}},
		{"sources have an ID and a title, each ID once", func(s *programme.Scheme) {
			s.Sources = append(s.Sources, programme.Document{ID: s.Sources[0].ID}, programme.Document{ID: "Bad ID", Title: "x"})
		}, []string{"sources[2].title: required", "sources[3].id: invalid", "sources[2].id: duplicate"}},
		{"an age range lies within 0 to 130 years, from not above to", func(s *programme.Scheme) {
			s.Age = integracja.MustSchedule(step("2007-01-01", programme.AgeRange{From: 64, To: 15}, "x"),
				step("2010-01-01", programme.AgeRange{From: 15, To: 131}, "x"))
		}, []string{"age[0].value: out_of_range", "age[1].value: out_of_range"}},
		{"a site is one of the defined", func(s *programme.Scheme) {
			s.SocialEmployment = integracja.MustSchedule(step("2007-01-01", programme.Site(9), "x"))
		}, []string{"socialEmployment[0].value: invalid"}},
		{"a breakdown by sex is one of the defined", func(s *programme.Scheme) {
			s.SexBreakdown = integracja.MustSchedule(step("2007-01-01", programme.SexBreakdown(9), "x"))
		}, []string{"sexBreakdown[0].value: invalid"}},
		{"a budget rule set is one package budget ships", func(s *programme.Scheme) {
			s.BudgetRules = integracja.MustSchedule(step("2009-03-09", "pokl_2099", "x"))
		}, []string{"budgetRules[0].value: unknown"}},
		{"a limit overlay names a rule of the sets the scheme refers to", func(s *programme.Scheme) {
			s.BudgetLimits = map[string]programme.LimitOverlay{
				budget.RuleRPOCrossFinancingOfEU: {Limit: integracja.MustSchedule(step("2011-01-01", pct("5"), ""))}}
		}, []string{`budgetLimits["rpo2014.cross_financing_eu_max"]: unknown`}},
		{"a limit overlay is a percentage", func(s *programme.Scheme) {
			s.BudgetLimits = map[string]programme.LimitOverlay{
				budget.RulePOKLOwnContribution: {Limit: integracja.MustSchedule(step("2011-01-01", pct("120"), ""), step("2012-01-01", pct("-1"), ""))},
				budget.RulePOKLIndirectCosts:   {Bands: []programme.BandOverlay{{}, {Limit: integracja.MustSchedule(step("2011-01-01", pct("101"), ""))}}}}
		}, []string{`budgetLimits["pokl.indirect_costs_max"].bands[1].limit[0].value: out_of_range`,
			`budgetLimits["pokl.own_contribution_min"].limit[0].value: out_of_range`, `budgetLimits["pokl.own_contribution_min"].limit[1].value: out_of_range`}},
		{"a limit overlay cites a basis of the rule set", func(s *programme.Scheme) {
			s.BudgetLimits = map[string]programme.LimitOverlay{
				budget.RulePOKLIndirectCosts: {Bands: []programme.BandOverlay{{}, {Limit: integracja.MustSchedule(step("2011-01-01", pct("18"), "wniosek_2011"))}}}}
		}, []string{`budgetLimits["pokl.indirect_costs_max"].bands[1].limit[0].basis: unknown`}},
		{"a limit overlay has the shape of the rule's limits", func(s *programme.Scheme) {
			s.BudgetLimits = map[string]programme.LimitOverlay{
				budget.RulePOKLOwnContribution: {Bands: []programme.BandOverlay{{Limit: integracja.MustSchedule(step("2011-01-01", pct("15"), ""))}}},
				budget.RulePOKLIndirectCosts: {Limit: integracja.MustSchedule(step("2011-01-01", pct("15"), "")),
					Bands: []programme.BandOverlay{4: {Limit: integracja.MustSchedule(step("2011-01-01", pct("15"), ""))}}}}
		}, []string{`budgetLimits["pokl.indirect_costs_max"].limit: inconsistent`, `budgetLimits["pokl.indirect_costs_max"].bands[4]: out_of_range`,
			`budgetLimits["pokl.own_contribution_min"].bands[0]: out_of_range`}},
		{"common indicators are known codes, in capitals, each once", func(s *programme.Scheme) {
			s.CommonIndicators = integracja.MustSchedule(step("2014-01-01", []string{"CO01", "co02", "CO12", "CO01"}, "x"))
		}, []string{"commonIndicators[0].value[1]: unknown", "commonIndicators[0].value[2]: unknown", "commonIndicators[0].value[3]: duplicate"}},
		{"separate efficiency criteria give social and employment limits only", func(s *programme.Scheme) {
			s.Efficiency = integracja.MustSchedule(step("2014-01-01", programme.EfficiencyCriteria{Formulation: programme.EfficiencySeparate,
				General: programme.EfficiencyLimits{Employment: pct("22"), Combined: pct("56")}, WindowMonths: 3}, "x"))
		}, []string{"efficiency[0].value.general.social: required", "efficiency[0].value.general.combined: inconsistent"}},
		{"a combined criterion is not below its employment part", func(s *programme.Scheme) {
			s.Efficiency = integracja.MustSchedule(step("2014-01-01", programme.EfficiencyCriteria{Formulation: programme.EfficiencyCombined,
				General:    programme.EfficiencyLimits{Employment: pct("22"), Combined: pct("20")},
				Disability: programme.EfficiencyLimits{Social: pct("34"), Employment: pct("12"), Combined: pct("46")}, WindowMonths: 25}, "x"))
		}, []string{"efficiency[0].value.windowMonths: out_of_range", "efficiency[0].value.general.combined: inconsistent",
			"efficiency[0].value.disability.social: inconsistent"}},
		{"limits without a formulation", func(s *programme.Scheme) {
			s.Efficiency = integracja.MustSchedule(step("2014-01-01", programme.EfficiencyCriteria{
				General: programme.EfficiencyLimits{Employment: pct("22")}}, "x"))
		}, []string{"efficiency[0].value.formulation: inconsistent"}},
		{"a negative hourly rate of socially useful work", func(s *programme.Scheme) {
			s.PSU.HourlyRate = integracja.MustSchedule(step("2011-01-01", budget.Grosze(-1), "x"))
		}, []string{"psu.hourlyRate[0].value: out_of_range"}},
		{"the law names each group once", func(s *programme.Scheme) {
			s.Law.Groups = integracja.MustSchedule(step("2003-07-14", programme.GroupList{Groups: []programme.GroupRule{
				{Group: programme.Refugee, Point: "pkt 7"}, {Group: programme.Refugee}, {Point: "pkt 9"}}}, "x"))
		}, []string{"uzs.groups[0].value.groups[1].point: required", "uzs.groups[0].value.groups[2].group: invalid",
			"uzs.groups[0].value.groups[1].group: duplicate"}},
		{"the law's exclusions have defined scopes", func(s *programme.Scheme) {
			s.Law.Exclusions[contract.OldAgePension] = integracja.MustSchedule(step("2003-07-14", contract.ExclusionScope(9), "x"))
		}, []string{`uzs.exclusions["old_age_pension"][0].value: invalid`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := shipped(t, "pokl_7_1_1")
			require.NoError(t, s.Validate())
			tt.change(&s)
			assert.Equal(t, tt.want, problems(s.Validate()))
		})
	}
}

func TestDecodeSchemeIsStrictAndNamesThePath(t *testing.T) {
	tests := []struct {
		name string
		json string
		want []string
	}{
		{"an unknown field", `{"code":"x","name":{"pl":"x"},"ages":[]}`, []string{"ages: unknown"}},
		{"two steps of one parameter on one date",
			`{"code":"x","name":{"pl":"x"},"age":[{"from":"2011-01-01","value":{"from":15,"to":64}},{"from":"2011-01-01","value":{"from":18,"to":64}}]}`,
			[]string{"age[1].from: duplicate"}},
		{"a step without a date", `{"code":"x","name":{"pl":"x"},"notWorking":[{"value":true}]}`, []string{"notWorking[0].from: required"}},
		{"a base that is not a shipped scheme", `{"code":"x","base":"pokl_2099"}`, []string{"base: unknown"}},
		{"a decimal written with an exponent", `{"code":"x","name":{"pl":"x"},"efficiency":[{"from":"2014-01-01","value":{"formulation":"separate","general":{"social":"3.4e1","employment":"22"},"windowMonths":3}}]}`,
			[]string{"efficiency[0].value.general.social: invalid"}},
		{"an overlay whose result does not validate", `{"base":"pokl_7_1_1","code":"X"}`, []string{"code: invalid"}},
		{"a limit written with an exponent is refused",
			`{"base":"pokl_7_1_1","code":"z","budgetLimits":{"pokl.own_contribution_min":{"limit":[{"from":"2011-01-01","value":"1e999999999"}]}}}`,
			[]string{`budgetLimits["pokl.own_contribution_m…"].limit[0].value: invalid`}},
		{"a limit step cites a basis the rule set has",
			`{"base":"pokl_7_1_1","code":"z","budgetLimits":{"pokl.own_contribution_min":{"limit":[{"from":"2011-01-01","value":"15","basis":"wniosek_2011"}]}}}`,
			[]string{`budgetLimits["pokl.own_contribution_min"].limit[0].basis: unknown`}},
		{"a rule with bands takes no limit overlay",
			`{"base":"pokl_7_1_1","code":"z","budgetLimits":{"pokl.indirect_costs_max":{"limit":[{"from":"2011-01-01","value":"15"}]}}}`,
			[]string{`budgetLimits["pokl.indirect_costs_max"].limit: inconsistent`}},
		{"a limit overlay written as the list of steps of before",
			`{"base":"pokl_7_1_1","code":"z","budgetLimits":{"pokl.own_contribution_min":[{"from":"2011-01-01","value":"15"}]}}`,
			[]string{`budgetLimits["pokl.own_contribution_m…"]: invalid`}},
		{"an unknown field of a band overlay",
			`{"base":"pokl_7_1_1","code":"z","budgetLimits":{"pokl.indirect_costs_max":{"bands":[{"upTo":{"amount":"1.00","currency":"PLN"}}]}}}`,
			[]string{`budgetLimits["pokl.indirect_costs_max"].bands[0].upTo: unknown`}},
		{"a field given twice", `{"code":"x","code":"y","name":{"pl":"x"}}`, []string{"code: duplicate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := programme.DecodeScheme([]byte(tt.json))
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(err))
		})
	}
}

func TestSchemesRoundTripThroughJSON(t *testing.T) {
	for _, s := range programme.Schemes() {
		b, err := programme.EncodeScheme(s)
		require.NoError(t, err, s.Code)
		again, err := programme.DecodeScheme(b)
		require.NoError(t, err, "%s: %s", s.Code, integracja.Localize(err, language.Polish))
		assert.True(t, s.Equal(again), "%s changed in a round trip", s.Code)
		b2, err := programme.EncodeScheme(again)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(b2), s.Code)
	}
}

func TestAnOverlayChangesAStepAndLeavesTheShippedSchemeAsItWas(t *testing.T) {
	overlay := []byte(`{
	  "base": "pokl_7_1_1",
	  "code": "pokl_7_1_1_dabrowa_2011",
	  "age": [{"from": "2011-01-01", "value": {"from": 18, "to": 64}, "basis": "regulamin projektu INTEGRA 2011"}],
	  "budgetBases": [{"key": "wniosek_2011", "text": "wniosek o dofinansowanie projektu na 2011 r.", "status": "verified"}],
	  "budgetLimits": {
	    "pokl.own_contribution_min": {"limit": [{"from": "2011-01-01", "value": "15", "basis": "wniosek_2011"}]},
	    "pokl.indirect_costs_max": {"bands": [{}, {"limit": [{"from": "2011-01-01", "value": "18", "basis": "wniosek_2011"}]}]}
	  }
	}`)
	s, err := programme.DecodeScheme(overlay)
	require.NoError(t, err, "%s", integracja.Localize(err, language.Polish))
	assert.Equal(t, "pokl_7_1_1_dabrowa_2011", s.Code)
	assert.Equal(t, "pokl_7_1_1", s.Base)
	assert.Equal(t, shipped(t, "pokl_7_1_1").Name, s.Name, "the name comes from the base")
	before, _ := s.Age.ValueAt(d("2010-12-31"))
	after, _ := s.Age.ValueAt(d("2011-01-01"))
	assert.Equal(t, programme.AgeRange{From: 15, To: 64}, before)
	assert.Equal(t, programme.AgeRange{From: 18, To: 64}, after)
	rs, _, err := s.BudgetRuleSet(d("2011-01-01"))
	require.NoError(t, err)
	own, _ := rs.Rule(budget.RulePOKLOwnContribution)
	v, _ := own.Limit.ValueAt(d("2011-06-01"))
	assert.True(t, v.Equal(decimal.NewFromInt(15)), "own contribution %s", v)
	f := rs.Evaluate(budget.Figures{ProjectValue: budget.Grosze(100_000_00), OwnContribution: budget.Grosze(14_000_00)}, d("2011-06-01"))
	require.NotEmpty(t, f)
	assert.Equal(t, integracja.Violation, f[0].Severity, "14% against the project's 15%")
	assert.Contains(t, f[0].Basis, "wniosek o dofinansowanie projektu na 2011 r.")
	v, _ = own.Limit.ValueAt(d("2010-06-01"))
	assert.True(t, v.Equal(decimal.RequireFromString("10.5")), "own contribution %s before the overlay", v)

	// The second band of the indirect costs (projects up to 1 000 000 zł)
	// takes the application's 18% from 2011; the first keeps its 25%.
	ind, _ := rs.Rule(budget.RulePOKLIndirectCosts)
	for _, c := range []struct {
		band int
		on   string
		want int64
	}{{1, "2011-06-01", 18}, {1, "2010-06-01", 20}, {0, "2011-06-01", 25}} {
		v, _ := ind.Bands[c.band].Limit.ValueAt(d(c.on))
		assert.True(t, v.Equal(decimal.NewFromInt(c.want)), "band %d on %s: %s, want %d", c.band, c.on, v, c.want)
	}
	sized := budget.Figures{ProjectValue: budget.Grosze(600_000_00), DirectCosts: budget.Grosze(500_000_00), IndirectCosts: budget.Grosze(95_000_00)}
	ours := rs.Evaluate(sized, d("2011-06-01"))
	require.Equal(t, budget.RulePOKLIndirectCosts, ours[2].Rule)
	assert.Equal(t, integracja.Violation, ours[2].Severity, "19%% against the application's 18%%: %s", ours[2].Message.EN)
	assert.Contains(t, ours[2].Basis, "wniosek o dofinansowanie projektu na 2011 r.")
	theirs := budget.POKL711Rules().Evaluate(sized, d("2011-06-01"))
	assert.NotEqual(t, integracja.Violation, theirs[2].Severity, "19%% keeps the shipped 20%%: %s", theirs[2].Message.EN)

	again := shipped(t, "pokl_7_1_1")
	age, _ := again.Age.ValueAt(d("2011-06-01"))
	assert.Equal(t, programme.AgeRange{From: 15, To: 64}, age, "the shipped file is unchanged")
	assert.Empty(t, again.BudgetLimits)
}

func TestLookupSchemeRefusesWhatIsNotAShippedCode(t *testing.T) {
	for _, code := range []string{"pokl_2099", "../law/uzs_art1", "", "POKL_7_1_1"} {
		_, err := programme.LookupScheme(code)
		assert.True(t, errors.Is(err, integracja.ErrUnknown), "%q: %v", code, err)
	}
}
