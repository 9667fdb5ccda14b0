package budget

import (
	"encoding/json"
	"testing"

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

func TestShippedRuleSetsAreValidAndFresh(t *testing.T) {
	for name, rs := range map[string]func() RuleSet{
		"PO KL 7.1.1":              POKL711Rules,
		"RPO 2014–2020":            RPO2014Rules,
		"RPO Świętokrzyskie 9.2.1": RPOSwietokrzyskie921Rules,
	} {
		t.Run(name+" rules are valid, documented and fresh on every call", func(t *testing.T) {
			set := rs()
			require.Positive(t, set.Len())
			_, err := NewRuleSet(set.Rules()...)
			require.NoError(t, err)
			for _, r := range set.Rules() {
				assert.NotEmpty(t, r.Description.PL, r.Code)
				assert.NotEmpty(t, r.Description.EN, r.Code)
				assert.NotEmpty(t, r.Basis, r.Code)
				assert.NotEmpty(t, r.Source, r.Code)
				for _, st := range r.Limit.Steps() {
					assert.NotEmpty(t, st.Basis, r.Code)
				}
			}
			rules := set.Rules()
			rules[0].Of[0] = MetricManagement
			rules[0].Code = "changed"
			again := rs().Rules()
			assert.NotEqual(t, "changed", again[0].Code)
			assert.NotEqual(t, MetricManagement, again[0].Of[0])
			kept, _ := set.Rule(again[0].Code)
			assert.NotEqual(t, MetricManagement, kept.Of[0], "Rules returns copies")
		})
	}
}

func TestPOKLOwnContribution(t *testing.T) {
	at := date("2011-06-01")
	tests := []struct {
		name     string
		own      string
		severity integracja.Severity
		measured string
	}{
		{"exactly 10,5% keeps the rule", "24 349,04 zł", integracja.Info, "10.5"},
		{"more keeps the rule", "30 000,00 zł", integracja.Info, "12.9368"},
		{"one grosz below the exact share breaks it", "24 349,03 zł", integracja.Violation, "10.4999"},
		{"a quarter less breaks it", "18 000,00 zł", integracja.Violation, "7.7621"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := brzeszcze()
			f.OwnContribution = MustParseMoney(tt.own)
			got := findingFor(t, POKL711Rules().Evaluate(f, at), RulePOKLOwnContribution)
			assert.Equal(t, tt.severity, got.Severity)
			assert.True(t, got.Measured.Equal(dec(tt.measured)), "measured %s", got.Measured)
			assert.True(t, got.Limit.Equal(dec("10.5")))
			assert.Equal(t, "%", got.Unit)
			assert.Equal(t, "ownContribution", got.Path.String())
			assert.Contains(t, got.Basis, "Zasady")
			assert.Contains(t, got.Message.EN, "not confirmed", "an UNVERIFIED value says so")
		})
	}
}

func TestPOKLCrossFinancingAndIndirectBands(t *testing.T) {
	at := date("2011-06-01")
	t.Run("cross-financing a grosz above 10% breaks the limit and 10% or less keeps it", func(t *testing.T) {
		f := brzeszcze()
		f.CrossFinancing = MustParseMoney("23 189,56 zł") // 10.0000017%
		got := findingFor(t, POKL711Rules().Evaluate(f, at), RulePOKLCrossFinancing)
		assert.Equal(t, integracja.Violation, got.Severity, "a grosz over 10% breaks the limit")
		assert.True(t, got.Measured.Equal(dec("10.0001")), "rounded up so that it shows above the limit: %s", got.Measured)
		f.CrossFinancing = MustParseMoney("23 189,55 zł")
		got = findingFor(t, POKL711Rules().Evaluate(f, at), RulePOKLCrossFinancing)
		assert.Equal(t, integracja.Info, got.Severity)
	})
	tests := []struct {
		name         string
		value        string
		band         string
		limit        string
		indirectOver bool
	}{
		{"a project of 231 895,59 zł is in band 1 (25%)", "231 895,59 zł", ".1", "25", false},
		{"a project of exactly 500 000 zł is still in band 1", "500 000,00 zł", ".1", "25", false},
		{"one grosz more moves it to band 2 (20%)", "500 000,01 zł", ".2", "20", true},
		{"a value between two bands' grosze falls in the band it rounds to, not in none", "500000.005", ".2", "20", true},
		{"a value just above a band's last grosz stays in that band", "1000000.004", ".2", "20", true},
		{"a project of 1,5 mln zł is in band 3 (15%)", "1 500 000,00 zł", ".3", "15", true},
		{"a project of 3 mln zł is in band 4 (10%)", "3 000 000,00 zł", ".4", "10", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := brzeszcze()
			var err error
			if f.ProjectValue, err = ParseMoney(tt.value); err != nil {
				f.ProjectValue = PLN(dec(tt.value)) // fractions of a grosz, which ParseMoney refuses
			}
			f.DirectCosts = MustParseMoney("100 000,00 zł")
			f.IndirectCosts = MustParseMoney("22 000,00 zł") // 22% of direct costs
			fs := POKL711Rules().Evaluate(f, at)
			var bands []integracja.Finding
			for _, fd := range fs {
				if len(fd.Rule) > len(RulePOKLIndirectCosts) && fd.Rule[:len(RulePOKLIndirectCosts)] == RulePOKLIndirectCosts {
					bands = append(bands, fd)
				}
			}
			require.Len(t, bands, 1, "exactly one band applies")
			assert.Equal(t, RulePOKLIndirectCosts+tt.band, bands[0].Rule)
			assert.True(t, bands[0].Limit.Equal(dec(tt.limit)))
			assert.True(t, bands[0].Measured.Equal(dec("22")))
			assert.Equal(t, tt.indirectOver, bands[0].Severity == integracja.Violation)
			assert.Equal(t, "indirectCosts", bands[0].Path.String())
		})
	}
}

func TestRulesJudgeAProjectByTheRulesOfItsDate(t *testing.T) {
	f := brzeszcze()
	t.Run("before the first Zasady no limit is in force: a warning, not a pass", func(t *testing.T) {
		fs := POKL711Rules().Evaluate(f, date("2008-12-31"))
		for _, fd := range fs {
			assert.Equal(t, integracja.Warning, fd.Severity, fd.Rule)
			assert.Contains(t, fd.Message.PL, "brak wartości limitu na dzień 2008-12-31")
			assert.Contains(t, fd.Message.EN, "no limit in force on 2008-12-31")
		}
		assert.Equal(t, integracja.Warning, integracja.Worst(fs))
	})
	t.Run("in 2009 the own contribution is judged but the 2010 indirect-cost limits are not", func(t *testing.T) {
		fs := POKL711Rules().Evaluate(f, date("2009-03-09"))
		assert.Equal(t, integracja.Info, findingFor(t, fs, RulePOKLOwnContribution).Severity)
		assert.Equal(t, integracja.Warning, findingFor(t, fs, RulePOKLIndirectCosts+".1").Severity)
	})
	t.Run("from 1 January 2010 the indirect-cost limits apply", func(t *testing.T) {
		fs := POKL711Rules().Evaluate(f, date("2010-01-01"))
		assert.Equal(t, integracja.Info, findingFor(t, fs, RulePOKLIndirectCosts+".1").Severity)
		assert.Equal(t, integracja.Info, integracja.Worst(fs))
	})
}

func TestRulesThatCannotMeasureWarn(t *testing.T) {
	at := date("2011-06-01")
	t.Run("a zero base", func(t *testing.T) {
		fd := findingFor(t, POKL711Rules().Evaluate(Figures{}, at), RulePOKLOwnContribution)
		assert.Equal(t, integracja.Warning, fd.Severity)
		assert.Contains(t, fd.Message.PL, "nie można zmierzyć")
		assert.Contains(t, fd.Message.EN, "project value is PLN\u00a00.00")
	})
	t.Run("figures in two currencies", func(t *testing.T) {
		f := brzeszcze()
		f.OwnContribution = eur("1000")
		fd := findingFor(t, POKL711Rules().Evaluate(f, at), RulePOKLOwnContribution)
		assert.Equal(t, integracja.Warning, fd.Severity)
		assert.Contains(t, fd.Message.EN, "currency mismatch")
	})
	t.Run("a band figure in another currency", func(t *testing.T) {
		f := brzeszcze()
		f.ProjectValue = eur("1000")
		fs := POKL711Rules().Evaluate(f, at)
		assert.Equal(t, integracja.Warning, findingFor(t, fs, RulePOKLIndirectCosts+".1").Severity)
	})
}

func TestRPO2014Rules(t *testing.T) {
	at := date("2017-03-01")
	tests := []struct {
		name            string
		fixed, cross    string
		severity        integracja.Severity
		measured        string
		crossOfEUBroken bool
	}{
		{"fixed assets and cross-financing at 10% together keep the limit", "13 189,55 zł", "10 000,00 zł", integracja.Info, "10", false},
		{"one grosz more breaks it", "13 189,56 zł", "10 000,00 zł", integracja.Violation, "10.0001", false},
		{"none at all keeps it", "0", "0", integracja.Info, "0", false},
		{"cross-financing alone above 10% of EU funding", "0", "20 000,00 zł", integracja.Info, "8.6246", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := brzeszcze()
			f.FixedAssets = MustParseMoney(tt.fixed)
			f.CrossFinancing = MustParseMoney(tt.cross)
			f.EUFunding = MustParseMoney("190 000,00 zł")
			fs := RPO2014Rules().Evaluate(f, at)
			require.Len(t, fs, 2)
			fd := findingFor(t, fs, RuleRPOFixedAssetsAndCrossFinancing)
			assert.Equal(t, tt.severity, fd.Severity)
			assert.True(t, fd.Measured.Equal(dec(tt.measured)), "measured %s", fd.Measured)
			assert.Equal(t, "fixedAssets", fd.Path.String())
			assert.NotContains(t, fd.Message.EN, "not confirmed", "a confirmed rule does not carry the note")
			eu := findingFor(t, fs, RuleRPOCrossFinancingOfEU)
			assert.Equal(t, tt.crossOfEUBroken, eu.Severity == integracja.Violation)
		})
	}
	t.Run("a 2013 project is not judged by 2014–2020 rules", func(t *testing.T) {
		for _, fd := range RPO2014Rules().Evaluate(brzeszcze(), date("2013-12-31")) {
			assert.Equal(t, integracja.Warning, fd.Severity)
		}
	})
	t.Run("Świętokrzyskie 9.2.1 adds the 7,5% own contribution", func(t *testing.T) {
		f := brzeszcze()
		f.OwnContribution = MustParseMoney("17 392,17 zł") // 7.5000% of 231 895,59
		fd := findingFor(t, RPOSwietokrzyskie921Rules().Evaluate(f, at), RuleRPOOwnContribution)
		assert.Equal(t, integracja.Info, fd.Severity)
		f.OwnContribution = MustParseMoney("17 392,16 zł")
		fd = findingFor(t, RPOSwietokrzyskie921Rules().Evaluate(f, at), RuleRPOOwnContribution)
		assert.Equal(t, integracja.Violation, fd.Severity)
		assert.Equal(t, 2, RPO2014Rules().Len(), "the base set is untouched")
	})
}

func TestFindingMessages(t *testing.T) {
	f := brzeszcze()
	f.IndirectCosts = MustParseMoney("60 000,00 zł") // 30% of direct costs
	fd := findingFor(t, POKL711Rules().Evaluate(f, date("2011-06-01")), RulePOKLIndirectCosts+".1")
	require.Equal(t, integracja.Violation, fd.Severity)
	assert.Equal(t, "koszty pośrednie jako odsetek kosztów bezpośrednich (przedział 1): 30% (limit: co najwyżej 25%) — przekroczony (wartość niepotwierdzona w źródłach — parametr)", fd.Message.PL)
	assert.Equal(t, "indirect costs as a share of direct costs (band 1): 30% (limit: at most 25%) — exceeded (value not confirmed by the sources — a parameter)", fd.Message.EN)
	assert.Contains(t, fd.Format(language.Polish), "naruszenie [pokl.indirect_costs_max.1]")

	own := findingFor(t, POKL711Rules().Evaluate(brzeszcze(), date("2011-06-01")), RulePOKLOwnContribution)
	assert.Contains(t, own.Message.PL, "10,5% (limit: co najmniej 10,5%) — spełniony")
	assert.Contains(t, own.Message.EN, "10.5% (limit: at least 10.5%) — met")
	_, err := json.Marshal(own)
	assert.NoError(t, err)
}

func TestRuleSetOverlaysLeaveTheShippedSetUntouched(t *testing.T) {
	shipped := POKL711Rules()
	at := date("2011-06-01")
	t.Run("WithLimit changes one value from its date", func(t *testing.T) {
		reform, err := shipped.WithLimit(RulePOKLOwnContribution, integracja.Step[decimal.Decimal]{
			From: date("2011-01-01"), Value: dec("15"), Basis: "wniosek o dofinansowanie na 2011 r."})
		require.NoError(t, err)
		fd := findingFor(t, reform.Evaluate(brzeszcze(), at), RulePOKLOwnContribution)
		assert.Equal(t, integracja.Violation, fd.Severity)
		assert.True(t, fd.Limit.Equal(dec("15")))
		assert.Equal(t, "wniosek o dofinansowanie na 2011 r.", fd.Basis)
		old := findingFor(t, reform.Evaluate(brzeszcze(), date("2010-06-01")), RulePOKLOwnContribution)
		assert.True(t, old.Limit.Equal(dec("10.5")), "the earlier step still holds before the change")

		fd = findingFor(t, shipped.Evaluate(brzeszcze(), at), RulePOKLOwnContribution)
		assert.True(t, fd.Limit.Equal(dec("10.5")), "the receiver is untouched")
		fd = findingFor(t, POKL711Rules().Evaluate(brzeszcze(), at), RulePOKLOwnContribution)
		assert.True(t, fd.Limit.Equal(dec("10.5")), "the shipped set is untouched")
	})
	t.Run("With replaces a rule by code and adds a new one", func(t *testing.T) {
		mgmt := Rule{
			Code:        "local.management_max",
			Description: integracja.Text{PL: "zarządzanie jako odsetek kosztów bezpośrednich", EN: "management as a share of direct costs"},
			Basis:       "regulamin konkursu",
			Of:          []Metric{MetricManagement}, Per: MetricDirectCosts, Bound: AtMost,
			Limit: integracja.MustSchedule(integracja.Step[decimal.Decimal]{From: date("2010-01-01"), Value: dec("10")}),
		}
		cross, _ := shipped.Rule(RulePOKLCrossFinancing)
		cross.Limit = integracja.MustSchedule(integracja.Step[decimal.Decimal]{From: date("2009-01-01"), Value: dec("5")})
		reform, err := shipped.With(mgmt, cross)
		require.NoError(t, err)
		assert.Equal(t, shipped.Len()+1, reform.Len())
		assert.Equal(t, RulePOKLCrossFinancing, reform.Rules()[1].Code, "a replaced rule keeps its place")
		f := brzeszcze()
		f.Management = MustParseMoney("25 000,00 zł")
		fs := reform.Evaluate(f, at)
		assert.Equal(t, integracja.Violation, findingFor(t, fs, "local.management_max").Severity)
		assert.Equal(t, integracja.Violation, findingFor(t, fs, RulePOKLCrossFinancing).Severity)
		assert.Equal(t, integracja.Info, findingFor(t, shipped.Evaluate(f, at), RulePOKLCrossFinancing).Severity)
		_, found := shipped.Rule("local.management_max")
		assert.False(t, found)
	})
	t.Run("an unknown rule code is an error", func(t *testing.T) {
		_, err := shipped.WithLimit("no.such_rule")
		assert.ErrorIs(t, err, integracja.ErrUnknown)
	})
	t.Run("a bad overlay step is an error", func(t *testing.T) {
		_, err := shipped.WithLimit(RulePOKLOwnContribution, integracja.Step[decimal.Decimal]{Value: dec("5")})
		require.Error(t, err)
	})
}

func TestNewRuleSetReportsEveryProblem(t *testing.T) {
	good := Rule{Code: "a", Of: []Metric{MetricManagement}, Per: MetricDirectCosts,
		Limit: integracja.MustSchedule(integracja.Step[decimal.Decimal]{From: date("2010-01-01"), Value: dec("10")})}
	bad := Rule{Of: []Metric{NoMetric, Metric(99)}, Bound: Bound(5),
		Limit: integracja.MustSchedule(integracja.Step[decimal.Decimal]{From: date("2010-01-01"), Value: dec("-1")}),
		Band:  &Band{From: Grosze(200), UpTo: Grosze(100)}}
	_, err := NewRuleSet(good, good, bad, Rule{Code: "c", Of: []Metric{MetricManagement}, Per: MetricDirectCosts})
	require.Error(t, err)
	var paths []string
	for _, fe := range integracja.FieldErrors(err) {
		paths = append(paths, fe.Path.String())
	}
	assert.Equal(t, []string{
		"[1].code",
		"[2].code", "[2].of[0]", "[2].of[1]", "[2].per", "[2].bound", "[2].limit[0].value", "[2].band.metric", "[2].band.upTo",
		"[3].limit",
	}, paths)
	assert.ErrorIs(t, err, integracja.ErrDuplicate)
	var zero RuleSet
	assert.Empty(t, zero.Evaluate(brzeszcze(), date("2011-01-01")))
}

func TestMetricAndBoundCodes(t *testing.T) {
	for m := MetricProjectValue; m <= MetricEUFunding; m++ {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back Metric
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
		assert.NotEmpty(t, m.Label(language.Polish))
		assert.NotEmpty(t, m.Label(language.English))
	}
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
	assert.Equal(t, "Bound(3)", Bound(3).String())
	_, err = Bound(3).MarshalText()
	assert.Error(t, err)
	_, err = ParseBound("max")
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	assert.Equal(t, "wartość projektu", MetricProjectValue.Label(language.Polish))
	assert.Equal(t, "project value", MetricProjectValue.Label(language.English))
}

func TestRuleSetJSONRoundTrip(t *testing.T) {
	for name, rs := range map[string]RuleSet{"PO KL": POKL711Rules(), "RPO Świętokrzyskie": RPOSwietokrzyskie921Rules(), "empty": {}} {
		t.Run("the "+name+" rule set survives JSON", func(t *testing.T) {
			b, err := json.Marshal(rs)
			require.NoError(t, err)
			back, err := DecodeRuleSet(b)
			require.NoError(t, err)
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(again))
			assert.Equal(t, rs.Evaluate(brzeszcze(), date("2015-01-01")), back.Evaluate(brzeszcze(), date("2015-01-01")))
			var viaUnmarshal RuleSet
			require.NoError(t, json.Unmarshal(b, &viaUnmarshal))
			assert.Equal(t, rs.Len(), viaUnmarshal.Len())
		})
	}
}

func TestDecodeRuleSetRejectsBadRules(t *testing.T) {
	const head = `[{"code":"x","of":["management"],"per":"direct_costs",`
	tests := []struct {
		name  string
		input string
		path  string
		cause error
	}{
		{"an unknown field", head + `"limit":[{"from":"2010-01-01","value":"5"}],"extra":1}]`, "[0].extra", integracja.ErrUnknown},
		{"an unknown metric", `[{"code":"x","of":["salaries"],"per":"direct_costs","limit":[{"from":"2010-01-01","value":"5"}]}]`, "[0].of[0]", integracja.ErrInvalid},
		{"an unknown bound", head + `"bound":"below","limit":[{"from":"2010-01-01","value":"5"}]}]`, "[0].bound", integracja.ErrInvalid},
		{"an empty limit", head + `"limit":[]}]`, "[0].limit", integracja.ErrRequired},
		{"a negative limit", head + `"limit":[{"from":"2010-01-01","value":"-5"}]}]`, "[0].limit[0].value", integracja.ErrOutOfRange},
		{"a limit with a huge exponent", head + `"limit":[{"from":"2010-01-01","value":"9e999999999"}]}]`, "[0].limit[0].value", integracja.ErrInvalid},
		{"a limit with a tiny exponent", head + `"limit":[{"from":"2010-01-01","value":"9e-999999999"}]}]`, "[0].limit[0].value", integracja.ErrInvalid},
		{"a limit with 31 digits", head + `"limit":[{"from":"2010-01-01","value":"1000000000000000000000000000000"}]}]`, "[0].limit[0].value", integracja.ErrOutOfRange},
		{"a bad band amount", head + `"limit":[{"from":"2010-01-01","value":"5"}],"band":{"metric":"project_value","from":{"amount":"1e3","currency":"PLN"},"upTo":{"amount":"0","currency":"PLN"}}}]`, "[0].band.from.amount", integracja.ErrInvalid},
		{"not a list", `{}`, "", integracja.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error with its path", func(t *testing.T) {
			_, err := DecodeRuleSet([]byte(tt.input))
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.cause)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes)
			assert.Equal(t, tt.path, fes[0].Path.String())
		})
	}
}

// FuzzDecodeRuleSet checks that decoding rule sets never panics or hangs,
// that a decoded set evaluates, and that it encodes and decodes back to the
// same JSON.
func FuzzDecodeRuleSet(f *testing.F) {
	for _, rs := range []RuleSet{POKL711Rules(), RPOSwietokrzyskie921Rules()} {
		b, err := json.Marshal(rs)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`[{"code":"x","of":["management"],"per":"direct_costs","limit":[{"from":"2010-01-01","value":"1e6"}]}]`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := DecodeRuleSet(data)
		if err != nil {
			return
		}
		_ = rs.Evaluate(brzeszcze(), date("2012-01-01"))
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
