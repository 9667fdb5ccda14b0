package budget

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func date(s string) integracja.Date { return integracja.MustParseDate(s) }

// brzeszcze is a PO KL 7.1.1 project of the size of the Brzeszcze 2014
// plan, with made-up parts that keep every limit.
func brzeszcze() Figures {
	return Figures{
		ProjectValue:    MustParseMoney("231 895,59 zł"),
		EligibleCosts:   MustParseMoney("231 895,59 zł"),
		DirectCosts:     MustParseMoney("200 000,00 zł"),
		IndirectCosts:   MustParseMoney("31 895,59 zł"),
		OwnContribution: MustParseMoney("24 349,04 zł"),
		CrossFinancing:  MustParseMoney("23 189,55 zł"),
		EUFunding:       MustParseMoney("197 111,25 zł"),
	}
}

func findingFor(t *testing.T, fs []integracja.Finding, code string) integracja.Finding {
	t.Helper()
	for _, f := range fs {
		if f.Rule == code {
			return f
		}
	}
	require.Failf(t, "no finding", "rule %s gave no finding in %v", code, fs)
	return integracja.Finding{}
}

// limitStep is a step of a limit from the date, citing the basis key.
func limitStep(from, value, basis string) integracja.Step[decimal.Decimal] {
	return integracja.Step[decimal.Decimal]{From: date(from), Value: dec(value), Basis: basis}
}

// validRule is a rule every row of the validation table changes one way.
func validRule() Rule {
	return Rule{
		Code:        "local.management_max",
		Description: integracja.Text{PL: "zarządzanie jako odsetek kosztów bezpośrednich", EN: "management as a share of direct costs"},
		Of:          []Metric{MetricManagement}, Per: MetricDirectCosts, Bound: AtMost, Unit: UnitPercent,
		Basis: "regulamin",
		Limit: integracja.MustSchedule(limitStep("2010-01-01", "10", "")),
	}
}

func validBases() []LegalBasis {
	return []LegalBasis{{Key: "regulamin", Text: "regulamin konkursu", Status: Verified}}
}

func TestShippedRuleSetsAreFreshOnEveryCall(t *testing.T) {
	for name, rs := range map[string]func() RuleSet{
		"PO KL 7.1.1":              POKL711Rules,
		"RPO 2014–2020":            RPO2014Rules,
		"RPO 2014–2020 indirect":   RPO2014IndirectCostRules,
		"RPO Świętokrzyskie 9.2.1": RPOSwietokrzyskie921Rules,
	} {
		t.Run(name, func(t *testing.T) {
			set := rs()
			rules := set.Rules()
			rules[0].Of[0] = MetricManagement
			rules[0].Code = "changed"
			again := rs().Rules()
			assert.NotEqual(t, "changed", again[0].Code)
			assert.NotEqual(t, MetricManagement, again[0].Of[0])
			kept, _ := set.Rule(again[0].Code)
			assert.NotEqual(t, MetricManagement, kept.Of[0], "Rules returns copies")
			bases := set.Bases()
			bases[0].Text = "changed"
			b, _ := set.Basis(bases[0].Key)
			assert.NotEqual(t, "changed", b.Text, "Bases returns a copy")
		})
	}
	t.Run("Świętokrzyskie 9.2.1 is the RPO 2014–2020 set with the own contribution added", func(t *testing.T) {
		rpo, sw := RPO2014Rules(), RPOSwietokrzyskie921Rules()
		assert.Equal(t, rpo.Len()+1, sw.Len())
		assert.Equal(t, RuleRPOOwnContribution, sw.Rules()[rpo.Len()].Code)
		assert.Equal(t, 2, RPO2014Rules().Len(), "the base set is untouched")
	})
}

func TestLookupRuleSetFindsEveryShippedSetByItsCode(t *testing.T) {
	named := map[string]func() RuleSet{
		"pokl_7_1_1":               POKL711Rules,
		"rpo_2014":                 RPO2014Rules,
		"rpo_2014_indirect_costs":  RPO2014IndirectCostRules,
		"rpo_swietokrzyskie_9_2_1": RPOSwietokrzyskie921Rules,
	}
	codes := RuleSetCodes()
	assert.Equal(t, []string{"pokl_7_1_1", "rpo_2014", "rpo_2014_indirect_costs", "rpo_swietokrzyskie_9_2_1"}, codes,
		"the codes, in order, as RuleSetCodes documents them")
	for _, code := range codes {
		rs, err := LookupRuleSet(code)
		require.NoError(t, err, code)
		want, err := json.Marshal(named[code]())
		require.NoError(t, err)
		got, err := json.Marshal(rs)
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(got), "%s is the set its function returns", code)
	}
	codes[0] = "changed"
	assert.Equal(t, "pokl_7_1_1", RuleSetCodes()[0], "each call returns a new slice")
	for _, code := range []string{"pokl_2099", "", "POKL_7_1_1", "../rules/pokl_7_1_1", "rules/pokl_7_1_1", "pokl_7_1_1.json"} {
		_, err := LookupRuleSet(code)
		assert.ErrorIs(t, err, integracja.ErrUnknown, "%q", code)
	}
}

func TestARuleSetFileMayOverlayAShippedSet(t *testing.T) {
	const own = `{"code": "pokl.own_contribution_min", "description": {"pl": "wkład własny"}, "of": ["own_contribution"],
		"per": "project_value", "bound": "at_least", "unit": "%", "basis": "pokl_zasady_2009",
		"limit": [{"from": "2009-03-09", "value": "10.5"}, {"from": "2011-01-01", "value": "15", "basis": "wniosek_2011"}]}`
	const application = `{"key": "wniosek_2011", "text": "wniosek o dofinansowanie na 2011 r.", "status": "verified"}`
	t.Run("its rules cite the bases of the base and replace the rules of the same code", func(t *testing.T) {
		rs, err := DecodeRuleSet([]byte(`{"base": "pokl_7_1_1", "bases": [` + application + `], "rules": [` + own + `]}`))
		require.NoError(t, err)
		shipped := POKL711Rules()
		assert.Equal(t, shipped.Len(), rs.Len(), "the rule is replaced in place")
		fs := rs.Evaluate(brzeszcze(), date("2011-06-01"))
		fd := findingFor(t, fs, RulePOKLOwnContribution)
		assert.Equal(t, integracja.Violation, fd.Severity, "10,5%% against the application's 15%%: %s", fd.Message.EN)
		assert.Equal(t, "wniosek o dofinansowanie na 2011 r.", fd.Basis)
		assert.Equal(t, integracja.Info, findingFor(t, fs, RulePOKLCrossFinancing).Severity, "the base's other rules apply")
		assert.Equal(t, integracja.Info, findingFor(t, shipped.Evaluate(brzeszcze(), date("2011-06-01")), RulePOKLOwnContribution).Severity,
			"the shipped set is unchanged")
	})
	t.Run("it encodes as the whole set, which decodes to the same", func(t *testing.T) {
		rs, err := DecodeRuleSet([]byte(`{"base": "pokl_7_1_1", "bases": [` + application + `], "rules": [` + own + `]}`))
		require.NoError(t, err)
		b, err := json.Marshal(rs)
		require.NoError(t, err)
		assert.NotContains(t, string(b), `"base"`)
		back, err := DecodeRuleSet(b)
		require.NoError(t, err)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(again))
	})
	for _, tt := range []struct {
		name, input string
		want        []problem
	}{
		{"a base that is not a shipped set", `{"base": "pokl_2099", "rules": []}`, []problem{{"base", integracja.ErrUnknown}}},
		{"a base that is no code", `{"base": "../rules/pokl_7_1_1", "rules": []}`, []problem{{"base", integracja.ErrUnknown}}},
		{"a basis neither the file nor its base has, at its path in the file", `{"base": "pokl_7_1_1", "rules": [` + own + `]}`,
			[]problem{{"rules[0].limit[1].basis", integracja.ErrUnknown}}},
		{"a basis written twice in the file", `{"base": "pokl_7_1_1", "bases": [` + application + `,` + application + `], "rules": [` + own + `]}`,
			[]problem{{"bases[1].key", integracja.ErrDuplicate}}},
		{"a base given twice", `{"base": "rpo_2014", "base": "pokl_7_1_1", "rules": []}`, []problem{{"base", integracja.ErrDuplicate}}},
	} {
		t.Run(tt.name+" is an error", func(t *testing.T) {
			_, err := DecodeRuleSet([]byte(tt.input))
			assert.Equal(t, tt.want, problems(err), "%v", err)
		})
	}
}

func TestShippedScheduleCarriesTheTextOfItsBasis(t *testing.T) {
	own := POKLOwnContribution()
	v, ok := own.ValueAt(date("2011-01-01"))
	require.True(t, ok)
	assert.True(t, v.Equal(dec("10.5")), "%s", v)
	st, _ := own.At(date("2011-01-01"))
	assert.Contains(t, st.Basis, "Zasady przygotowania", "the text, not the key")
	_, ok = own.ValueAt(date("2009-03-08"))
	assert.False(t, ok, "the Zasady of 9 March 2009 are the first")
	sw, ok := RPOSwietokrzyskie921OwnContribution().ValueAt(date("2014-01-01"))
	require.True(t, ok)
	assert.True(t, sw.Equal(dec("7.5")), "%s", sw)
}

func TestFiguresGet(t *testing.T) {
	f := brzeszcze()
	v, err := f.Get(MetricDirectCostsLessCrossFinancing)
	require.NoError(t, err)
	assert.True(t, v.Equal(MustParseMoney("176 810,45 zł")), "direct costs less cross-financing: %s", v)
	f.CrossFinancing = eur("1")
	_, err = f.Get(MetricDirectCostsLessCrossFinancing)
	assert.ErrorIs(t, err, ErrCurrencyMismatch)
	_, err = f.Get(NoMetric)
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	_, err = f.Get(Metric(99))
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	for x := MetricProjectValue; x.valid(); x++ {
		_, err := brzeszcze().Get(x)
		assert.NoError(t, err, x.String())
		assert.NotEmpty(t, bandSubjects[x].PL, "a band by %s has a name", x)
		assert.NotEmpty(t, metricFields[x], "a finding on %s has a path", x)
	}
}

// banded is a rule set of one rule with two bounded bands, so that a
// project can lie above the last.
func banded(t *testing.T) RuleSet {
	t.Helper()
	r := validRule()
	r.Limit = integracja.Schedule[decimal.Decimal]{}
	r.BandBy = MetricProjectValue
	r.Bands = []Band{
		{UpTo: MustParseMoney("100 000 zł"), Limit: integracja.MustSchedule(limitStep("2010-01-01", "10", ""))},
		{UpTo: MustParseMoney("200 000 zł"), Limit: integracja.MustSchedule(limitStep("2010-01-01", "5", ""))},
	}
	rs, err := NewRuleSet(validBases(), []Rule{r})
	require.NoError(t, err)
	return rs
}

func TestAProjectAboveTheLastBandIsAWarning(t *testing.T) {
	f := brzeszcze()
	f.Management = MustParseMoney("1000 zł")
	fd := findingFor(t, banded(t).Evaluate(f, date("2011-01-01")), "local.management_max")
	assert.Equal(t, integracja.Warning, fd.Severity, "nothing passes silently")
	assert.Equal(t, "zarządzanie jako odsetek kosztów bezpośrednich: żaden przedział reguły nie obejmuje projektu (projekty o wartości powyżej 200 000 zł)",
		strings.ReplaceAll(fd.Message.PL, "\u00a0", " "))
	assert.Equal(t, "management as a share of direct costs: no band of the rule covers the project (projects worth over PLN 200,000)",
		strings.ReplaceAll(fd.Message.EN, "\u00a0", " "))
	f.ProjectValue = MustParseMoney("150 000 zł")
	fd = findingFor(t, banded(t).Evaluate(f, date("2011-01-01")), "local.management_max")
	assert.Equal(t, integracja.Info, fd.Severity)
	assert.Contains(t, strings.ReplaceAll(fd.Message.EN, "\u00a0", " "),
		"(projects worth over PLN 100,000 up to PLN 200,000): 0.50% (limit: 5.00%) — within the limit")
	assert.NotContains(t, fd.Message.EN, "verified", "the basis is verified: no note")
}

func TestFiguresBeyondTheLimitsAreAWarningAndCostLittle(t *testing.T) {
	huge := PLN(decimal.New(1, 1_000_000))
	tiny := PLN(decimal.New(1, -1_000_000))
	for name, change := range map[string]func(*Figures){
		"a huge base":         func(f *Figures) { f.ProjectValue = huge },
		"a tiny measured sum": func(f *Figures) { f.OwnContribution = tiny },
		"a tiny band figure":  func(f *Figures) { f.ProjectValue = tiny },
	} {
		t.Run(name, func(t *testing.T) {
			f := brzeszcze()
			change(&f)
			start := time.Now()
			fs := POKL711Rules().Evaluate(f, date("2011-06-01"))
			assert.Less(t, time.Since(start), time.Second)
			assert.Equal(t, integracja.Warning, findingFor(t, fs, RulePOKLOwnContribution).Severity)
			assert.Contains(t, findingFor(t, fs, RulePOKLOwnContribution).Message.PL, "kwota poza zakresem obliczeń")
		})
	}
}

func TestRuleSetOverlaysLeaveTheShippedSetUntouched(t *testing.T) {
	shipped := POKL711Rules()
	at := date("2011-06-01")
	application := LegalBasis{Key: "wniosek_2011", Text: "wniosek o dofinansowanie na 2011 r.", Status: Verified}
	t.Run("WithLimit changes one value from its date, citing a basis added with WithBases", func(t *testing.T) {
		reform, err := shipped.WithBases(application)
		require.NoError(t, err)
		reform, err = reform.WithLimit(RulePOKLOwnContribution, limitStep("2011-01-01", "15", "wniosek_2011"))
		require.NoError(t, err)
		fd := findingFor(t, reform.Evaluate(brzeszcze(), at), RulePOKLOwnContribution)
		assert.Equal(t, integracja.Violation, fd.Severity)
		assert.True(t, fd.Limit.Equal(dec("15")), "%s", fd.Limit)
		assert.Equal(t, "wniosek o dofinansowanie na 2011 r.", fd.Basis)
		assert.NotContains(t, fd.Message.PL, "niezweryfikowana", "the project's own value is verified")
		old := findingFor(t, reform.Evaluate(brzeszcze(), date("2010-06-01")), RulePOKLOwnContribution)
		assert.True(t, old.Limit.Equal(dec("10.5")), "the earlier step still holds before the change: %s", old.Limit)
		assert.Contains(t, old.Message.PL, "niezweryfikowana")

		fd = findingFor(t, shipped.Evaluate(brzeszcze(), at), RulePOKLOwnContribution)
		assert.True(t, fd.Limit.Equal(dec("10.5")), "the receiver is untouched: %s", fd.Limit)
		_, has := shipped.Basis("wniosek_2011")
		assert.False(t, has)
	})
	t.Run("a step citing a basis the set lacks is an error", func(t *testing.T) {
		_, err := shipped.WithLimit(RulePOKLOwnContribution, limitStep("2011-01-01", "15", "wniosek_2011"))
		assert.Equal(t, []problem{{"rules[0].limit[1].basis", integracja.ErrUnknown}}, problems(err))
	})
	t.Run("WithBandLimit changes the rate of one band", func(t *testing.T) {
		reform, err := shipped.WithBandLimit(RulePOKLIndirectCosts, 0, limitStep("2011-01-01", "15", ""))
		require.NoError(t, err)
		fd := findingFor(t, reform.Evaluate(brzeszcze(), at), RulePOKLIndirectCosts)
		assert.Equal(t, integracja.Violation, fd.Severity, "18,04%% is above 15%%")
		_, err = shipped.WithLimit(RulePOKLIndirectCosts, limitStep("2011-01-01", "15", ""))
		assert.ErrorIs(t, err, integracja.ErrInconsistent, "a rule with bands changes by band")
		_, err = shipped.WithBandLimit(RulePOKLIndirectCosts, 4, limitStep("2011-01-01", "15", ""))
		assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	})
	t.Run("With replaces a rule by code in place and adds a new one", func(t *testing.T) {
		mgmt := validRule()
		mgmt.Basis = "pokl_zasady_2009"
		cross, _ := shipped.Rule(RulePOKLCrossFinancing)
		cross.Limit = integracja.MustSchedule(limitStep("2009-01-01", "5", ""))
		reform, err := shipped.With(mgmt, cross)
		require.NoError(t, err)
		assert.Equal(t, shipped.Len()+1, reform.Len())
		assert.Equal(t, RulePOKLCrossFinancing, reform.Rules()[1].Code, "a replaced rule keeps its place")
		f := brzeszcze()
		f.Management = MustParseMoney("25 000,00 zł")
		fs := reform.Evaluate(f, at)
		assert.Equal(t, integracja.Violation, findingFor(t, fs, mgmt.Code).Severity)
		assert.Equal(t, integracja.Violation, findingFor(t, fs, RulePOKLCrossFinancing).Severity)
		assert.Equal(t, integracja.Info, findingFor(t, shipped.Evaluate(f, at), RulePOKLCrossFinancing).Severity)
		_, found := shipped.Rule(mgmt.Code)
		assert.False(t, found)
	})
	t.Run("Merge overlays a set decoded from a user's JSON", func(t *testing.T) {
		mine, err := DecodeRuleSet([]byte(`{
			"bases": [{"key": "pokl_zasady_2009", "text": "Zasady (wersja z 01.01.2011 r.)", "source": "lokalnie", "status": "verified"}],
			"rules": [{"code": "pokl.cross_financing_max", "description": {"pl": "cross-financing"}, "of": ["cross_financing"],
				"per": "project_value", "bound": "at_most", "unit": "%", "basis": "pokl_zasady_2009",
				"limit": [{"from": "2011-01-01", "value": "8"}]}]}`))
		require.NoError(t, err)
		reform, err := shipped.Merge(mine)
		require.NoError(t, err)
		fs := reform.Evaluate(brzeszcze(), at)
		cross := findingFor(t, fs, RulePOKLCrossFinancing)
		assert.Equal(t, integracja.Violation, cross.Severity)
		assert.Equal(t, "Zasady (wersja z 01.01.2011 r.)", cross.Basis)
		assert.Equal(t, "Zasady (wersja z 01.01.2011 r.)", findingFor(t, fs, RulePOKLOwnContribution).Basis,
			"a replaced basis changes for every rule that cites it")
		assert.Equal(t, shipped.Len(), reform.Len())
	})
	t.Run("an unknown rule code is an error", func(t *testing.T) {
		_, err := shipped.WithLimit("no.such_rule")
		assert.ErrorIs(t, err, integracja.ErrUnknown)
	})
	t.Run("a bad overlay step is an error", func(t *testing.T) {
		_, err := shipped.WithLimit(RulePOKLOwnContribution, integracja.Step[decimal.Decimal]{Value: dec("5")})
		assert.Equal(t, []problem{{"limit[0].from", integracja.ErrRequired}}, problems(err))
	})
}

func TestNewRuleSetReportsEachProblemWithItsPath(t *testing.T) {
	tests := []struct {
		name   string
		change func(*[]LegalBasis, *Rule)
		want   []problem
	}{
		{"a missing code", func(_ *[]LegalBasis, r *Rule) { r.Code = "" }, []problem{{"rules[0].code", integracja.ErrRequired}}},
		{"a code in another style", func(_ *[]LegalBasis, r *Rule) { r.Code = "Local.Max" }, []problem{{"rules[0].code", integracja.ErrInvalid}}},
		{"no Polish description", func(_ *[]LegalBasis, r *Rule) { r.Description.PL = "" }, []problem{{"rules[0].description.pl", integracja.ErrRequired}}},
		{"no figures", func(_ *[]LegalBasis, r *Rule) { r.Of = nil }, []problem{{"rules[0].of", integracja.ErrRequired}}},
		{"an unknown figure", func(_ *[]LegalBasis, r *Rule) { r.Of = []Metric{MetricManagement, 99} }, []problem{{"rules[0].of[1]", integracja.ErrInvalid}}},
		{"no base", func(_ *[]LegalBasis, r *Rule) { r.Per = NoMetric }, []problem{{"rules[0].per", integracja.ErrRequired}}},
		{"an unknown base", func(_ *[]LegalBasis, r *Rule) { r.Per = 99 }, []problem{{"rules[0].per", integracja.ErrInvalid}}},
		{"no bound", func(_ *[]LegalBasis, r *Rule) { r.Bound = NoBound }, []problem{{"rules[0].bound", integracja.ErrRequired}}},
		{"an unknown bound", func(_ *[]LegalBasis, r *Rule) { r.Bound = 7 }, []problem{{"rules[0].bound", integracja.ErrInvalid}}},
		{"no unit", func(_ *[]LegalBasis, r *Rule) { r.Unit = "" }, []problem{{"rules[0].unit", integracja.ErrRequired}}},
		{"another unit", func(_ *[]LegalBasis, r *Rule) { r.Unit = "PLN" }, []problem{{"rules[0].unit", integracja.ErrInvalid}}},
		{"no basis", func(_ *[]LegalBasis, r *Rule) { r.Basis = "" }, []problem{{"rules[0].basis", integracja.ErrRequired}}},
		{"a basis the set lacks", func(_ *[]LegalBasis, r *Rule) { r.Basis = "ustawa" }, []problem{{"rules[0].basis", integracja.ErrUnknown}}},
		{"a step citing a basis the set lacks", func(_ *[]LegalBasis, r *Rule) {
			r.Limit = integracja.MustSchedule(limitStep("2010-01-01", "10", ""), limitStep("2012-01-01", "8", "ustawa"))
		}, []problem{{"rules[0].limit[1].basis", integracja.ErrUnknown}}},
		{"no limit", func(_ *[]LegalBasis, r *Rule) { r.Limit = integracja.Schedule[decimal.Decimal]{} }, []problem{{"rules[0].limit", integracja.ErrRequired}}},
		{"a negative limit", func(_ *[]LegalBasis, r *Rule) { r.Limit = integracja.MustSchedule(limitStep("2010-01-01", "-1", "")) },
			[]problem{{"rules[0].limit[0].value", integracja.ErrOutOfRange}}},
		{"a limit beyond the places of the package", func(_ *[]LegalBasis, r *Rule) {
			r.Limit = integracja.MustSchedule(integracja.Step[decimal.Decimal]{From: date("2010-01-01"), Value: decimal.New(1, -999_999_999)})
		}, []problem{{"rules[0].limit[0].value", integracja.ErrOutOfRange}}},
		{"a limit beside bands", func(_ *[]LegalBasis, r *Rule) {
			r.BandBy, r.Bands = MetricProjectValue, []Band{{Limit: r.Limit}}
		}, []problem{{"rules[0].limit", integracja.ErrInconsistent}}},
		{"bands without a figure, a bound missing, not rising, in another currency and a band without a limit", func(_ *[]LegalBasis, r *Rule) {
			l := r.Limit
			r.Limit = integracja.Schedule[decimal.Decimal]{}
			r.Bands = []Band{{Limit: l}, {UpTo: Grosze(500), Limit: l}, {UpTo: Grosze(500), Limit: l}, {UpTo: eur("1000")},
				{UpTo: Grosze(-1), Limit: l}, {Limit: l}}
		}, []problem{
			{"rules[0].bandBy", integracja.ErrRequired},
			{"rules[0].bands[0].upTo", integracja.ErrRequired},
			{"rules[0].bands[2].upTo", integracja.ErrInconsistent},
			{"rules[0].bands[3].upTo", ErrCurrencyMismatch},
			{"rules[0].bands[4].upTo", integracja.ErrOutOfRange},
			{"rules[0].bands[3].limit", integracja.ErrRequired},
		}},
		{"a basis without key, text or status", func(b *[]LegalBasis, _ *Rule) {
			*b = append(*b, LegalBasis{Status: Verification(7)})
		}, []problem{{"bases[1].key", integracja.ErrRequired}, {"bases[1].text", integracja.ErrRequired}, {"bases[1].status", integracja.ErrInvalid}}},
		{"a basis key given twice", func(b *[]LegalBasis, _ *Rule) {
			*b = append(*b, (*b)[0])
		}, []problem{{"bases[1].key", integracja.ErrDuplicate}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bases, r := validBases(), validRule()
			tt.change(&bases, &r)
			_, err := NewRuleSet(bases, []Rule{r})
			var got []problem
			for _, fe := range integracja.FieldErrors(err) {
				p := problem{fe.Path.String(), fe.Err}
				var cm *CurrencyMismatchError
				if errors.As(fe.Err, &cm) {
					p.cause = ErrCurrencyMismatch
				}
				got = append(got, p)
			}
			assert.Equal(t, tt.want, got, "%v", err)
		})
	}
	t.Run("a rule code given twice", func(t *testing.T) {
		_, err := NewRuleSet(validBases(), []Rule{validRule(), validRule()})
		assert.Equal(t, []problem{{"rules[1].code", integracja.ErrDuplicate}}, problems(err))
	})
	t.Run("the valid rule is valid, and the zero rule set finds nothing", func(t *testing.T) {
		_, err := NewRuleSet(validBases(), []Rule{validRule()})
		require.NoError(t, err)
		assert.Empty(t, RuleSet{}.Evaluate(brzeszcze(), date("2011-01-01")))
	})
}

func TestMetricBoundAndVerificationCodes(t *testing.T) {
	for m := MetricProjectValue; m <= MetricDirectCostsLessCrossFinancing; m++ {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back Metric
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
		assert.NotEmpty(t, m.Label(language.Polish))
		assert.NotEmpty(t, m.Label(language.English))
	}
	assert.Equal(t, "direct_costs_less_cross_financing", MetricDirectCostsLessCrossFinancing.String())
	assert.Equal(t, "Metric(42)", Metric(42).String())
	_, err := NoMetric.MarshalText()
	assert.Error(t, err)
	_, err = ParseMetric("")
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	for _, b := range []Bound{AtMost, AtLeast} {
		txt, err := b.MarshalText()
		require.NoError(t, err)
		var back Bound
		require.NoError(t, back.UnmarshalText(txt))
		assert.Equal(t, b, back)
	}
	_, err = NoBound.MarshalText()
	assert.ErrorIs(t, err, integracja.ErrInvalid, "a bound must be given")
	_, err = ParseBound("max")
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	for _, v := range []Verification{Unverified, PartlyVerified, Verified} {
		txt, err := v.MarshalText()
		require.NoError(t, err)
		back, err := ParseVerification(string(txt))
		require.NoError(t, err)
		assert.Equal(t, v, back)
	}
	assert.Equal(t, "partly", PartlyVerified.String())
	assert.Equal(t, "zweryfikowana częściowo", PartlyVerified.Label(language.Polish))
}

func TestRuleSetJSONRoundTrip(t *testing.T) {
	for name, rs := range map[string]RuleSet{"PO KL": POKL711Rules(), "RPO Świętokrzyskie": RPOSwietokrzyskie921Rules(),
		"RPO indirect": RPO2014IndirectCostRules(), "empty": {}} {
		t.Run("the "+name+" rule set survives JSON", func(t *testing.T) {
			b, err := json.Marshal(rs)
			require.NoError(t, err)
			back, err := DecodeRuleSet(b)
			require.NoError(t, err)
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(again))
			assert.Equal(t, rs.Evaluate(brzeszcze(), date("2018-01-01")), back.Evaluate(brzeszcze(), date("2018-01-01")))
			var viaUnmarshal RuleSet
			require.NoError(t, json.Unmarshal(b, &viaUnmarshal))
			assert.Equal(t, rs.Len(), viaUnmarshal.Len())
		})
	}
	t.Run("the empty rule set is two empty lists", func(t *testing.T) {
		b, err := json.Marshal(RuleSet{})
		require.NoError(t, err)
		assert.JSONEq(t, `{"bases":[],"rules":[]}`, string(b))
	})
}

func TestDecodeRuleSetRejectsBadRules(t *testing.T) {
	const bases = `{"bases":[{"key":"b","text":"regulamin"}],"rules":[`
	const head = bases + `{"code":"x","description":{"pl":"x"},"of":["management"],"per":"direct_costs","bound":"at_most","unit":"%","basis":"b",`
	tests := []struct {
		name  string
		input string
		path  string
		cause error
	}{
		{"an unknown field", head + `"limit":[{"from":"2010-01-01","value":"5"}],"extra":1}]}`, "rules[0].extra", integracja.ErrUnknown},
		{"a field given twice", head + `"limit":[{"from":"2010-01-01","value":"5"}],"per":"direct_costs"}]}`, "rules[0].per", integracja.ErrDuplicate},
		{"an unknown metric", head + `"limit":[{"from":"2010-01-01","value":"5"}],"bandBy":"salaries"}]}`, "rules[0].bandBy", integracja.ErrInvalid},
		{"an unknown status of a basis", `{"bases":[{"key":"b","text":"t","status":"sure"}],"rules":[]}`, "bases[0].status", integracja.ErrInvalid},
		{"an empty limit", head + `"limit":[]}]}`, "rules[0].limit", integracja.ErrRequired},
		{"a negative limit", head + `"limit":[{"from":"2010-01-01","value":"-5"}]}]}`, "rules[0].limit[0].value", integracja.ErrOutOfRange},
		{"a limit with an exponent", head + `"limit":[{"from":"2010-01-01","value":"9e999999999"}]}]}`, "rules[0].limit[0].value", integracja.ErrInvalid},
		{"a limit with 31 digits", head + `"limit":[{"from":"2010-01-01","value":"1000000000000000000000000000000"}]}]}`, "rules[0].limit[0].value", integracja.ErrOutOfRange},
		{"a limit given as a JSON number with an exponent", head + `"limit":[{"from":"2010-01-01","value":1e1}]}]}`, "rules[0].limit[0].value", integracja.ErrInvalid},
		{"a bad band amount", head + `"bandBy":"project_value","bands":[{"upTo":{"amount":"1e3","currency":"PLN"},"limit":[{"from":"2010-01-01","value":"5"}]}]}]}`,
			"rules[0].bands[0].upTo.amount", integracja.ErrInvalid},
		{"a list, the format of before", `[]`, "", integracja.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error with its path", func(t *testing.T) {
			_, err := DecodeRuleSet([]byte(tt.input))
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.cause)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes)
			assert.Equal(t, tt.path, fes[0].Path.String(), "%v", err)
		})
	}
	t.Run("a limit given as a plain JSON number is read exactly", func(t *testing.T) {
		rs, err := DecodeRuleSet([]byte(head + `"limit":[{"from":"2010-01-01","value":10.25}]}]}`))
		require.NoError(t, err)
		r, _ := rs.Rule("x")
		v, _ := r.Limit.ValueAt(date("2011-01-01"))
		assert.True(t, v.Equal(dec("10.25")), "%s", v)
	})
}

// FuzzDecodeRuleSet checks that decoding rule sets never panics or hangs,
// that a decoded set evaluates, on the latest date a step of it starts,
// to one finding per rule, and that it encodes and decodes back to the
// same JSON. Decoding bounds every limit and amount, so evaluating costs
// microseconds whatever the input.
//
// The seeds are small sets with every feature of the format (testdata
// holds more): the fuzzer minimizes each input that finds new code by
// trying to remove every span of its bytes, a cost that grows with the
// square of its length, so a seed of the size of a shipped set (2 KB) made
// it spend a minute on each such input, reported as a rate of 0 per second.
// TestRuleSetJSONRoundTrip covers the shipped sets.
func FuzzDecodeRuleSet(f *testing.F) {
	f.Add([]byte(`{"bases":[{"key":"b","text":"t","source":"doc/law.md#pokl-limits","status":"partly"}],"rules":[{"code":"a.b","description":{"pl":"x","en":"y"},` +
		`"of":["indirect_costs"],"per":"direct_costs_less_cross_financing","bound":"at_most","unit":"%","basis":"b","bandBy":"project_value",` +
		`"bands":[{"upTo":{"amount":"500000.00","currency":"PLN"},"limit":[{"from":"2010-01-01","value":"25"}]},{"limit":[{"from":"2011-01-01","value":"1.5","basis":"b"}]}]}]}`))
	f.Add([]byte(`{"bases":[{"key":"b","text":"t"}],"rules":[{"code":"x","description":{"pl":"x"},"of":["management"],` +
		`"per":"direct_costs","bound":"at_least","unit":"%","basis":"b","limit":[{"from":"2010-01-01","value":"999999999999999999999999999999.99999999999999999999"}]}]}`))
	f.Add([]byte(`{"bases":[],"rules":[]}`))
	figures := []Figures{brzeszcze(), {ProjectValue: MustParseMoney("3 000 000 zł"), DirectCosts: Grosze(1), IndirectCosts: Grosze(1)}}
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := DecodeRuleSet(data)
		if err != nil {
			return
		}
		var at integracja.Date
		for _, r := range rs.Rules() {
			r.schedules(func(_ integracja.Path, s integracja.Schedule[decimal.Decimal]) {
				for _, st := range s.Steps() {
					if st.From.After(at) {
						at = st.From
					}
				}
			})
		}
		for _, fig := range figures {
			if got := rs.Evaluate(fig, at); len(got) != rs.Len() {
				t.Fatalf("%d findings for %d rules", len(got), rs.Len())
			}
		}
		b, err := json.Marshal(rs)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		back, err := DecodeRuleSet(b)
		if err != nil {
			t.Fatalf("decode %s: %v", b, err)
		}
		again, err := json.Marshal(back)
		if err != nil {
			t.Fatalf("marshal again: %v", err)
		}
		if string(again) != string(b) {
			t.Fatalf("round trip changed\n%s\n%s", b, again)
		}
	})
}

// TestThePackageDocumentsAFormatItReads decodes the rule set the package
// documentation shows, so that the example cannot drift from the format.
func TestThePackageDocumentsAFormatItReads(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	var block []string
	for line := range strings.Lines(string(src)) {
		if code, ok := strings.CutPrefix(line, "//\t"); ok {
			block = append(block, code)
		}
	}
	require.NotEmpty(t, block)
	rs, err := DecodeRuleSet([]byte(strings.Join(block, "")))
	require.NoError(t, err)
	f := Figures{DirectCosts: MustParseMoney("900 000 zł"), IndirectCosts: MustParseMoney("200 000 zł")}
	fd := findingFor(t, rs.Evaluate(f, date("2018-01-01")), RuleRPOIndirectCosts)
	assert.Equal(t, integracja.Violation, fd.Severity, "22,22%% is above the 20%% of the second band: %s", fd.Message.EN)
}
