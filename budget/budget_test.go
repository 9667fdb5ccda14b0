package budget

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/equaltest"
)

// testBudget is an illustrative budget of a KIS project for 2014, with a
// correction, a category spent without a plan, and socially useful work
// paid from the Labour Fund outside the project budget.
func testBudget() Budget {
	d := integracja.MustParseDate
	m := MustParseMoney
	return Budget{
		Name:       "KIS 2014",
		Period:     integracja.Period{From: d("2014-01-01"), To: d("2014-12-31")},
		Categories: SystemicProjectCategories(),
		Plan: []PlanItem{
			{Category: CatActiveIntegration, Amount: m("60 000,00 zł")},
			{Category: CatSocialWork, Amount: m("50 000,00 zł")},
			{Category: CatBenefits, Amount: m("30 000,00 zł")},
			{Category: CatManagement, Amount: m("10 000,00 zł")},
		},
		Sources: []Source{
			{Code: "efs", Kind: EUFunds, Planned: m("134 250,00 zł")},
			{Code: "gmina", Kind: LocalGovernment, Planned: m("15 750,00 zł")},
			{Code: "fp", Kind: LabourFund, OutsideBudget: true, Planned: m("20 000,00 zł"),
				Name: integracja.Text{PL: "Fundusz Pracy – PSU", EN: "Labour Fund – socially useful work"}},
		},
		Ledger: Ledger{
			{Date: d("2014-02-10"), Category: CatActiveIntegration, Amount: m("20 000,00 zł"), Description: "trening kompetencji społecznych", Document: "FV/1/2014", Source: "efs"},
			{Date: d("2014-03-15"), Category: CatSocialWork, Amount: m("25 000,00 zł"), Description: "wynagrodzenie pracownika socjalnego", Document: "LP/3/2014", Source: "efs"},
			{Date: d("2014-04-01"), Category: CatBenefits, Amount: m("12 345,67 zł"), Description: "zasiłki celowe", Source: "gmina"},
			{Date: d("2014-04-20"), Category: CatActiveIntegration, Amount: m("-1000,00 zł"), Description: "korekta faktury FV/1/2014", Document: "KOR/1/2014", Source: "efs"},
			{Date: d("2014-06-30"), Category: CatManagement, Amount: m("4000,00 zł"), Description: "koordynator projektu", Source: "efs"},
			{Date: d("2014-07-01"), Category: CatBenefits, Amount: m("8000,00 zł"), Description: "świadczenia za prace społecznie użyteczne", Source: "fp"},
			{Date: d("2014-09-09"), Category: CatPromotion, Amount: m("500,00 zł"), Description: "ulotki", Document: "FV/9/2014"},
		},
	}
}

type problem struct {
	path  string
	cause error
}

func problems(err error) []problem {
	var out []problem
	for _, fe := range integracja.FieldErrors(err) {
		out = append(out, problem{fe.Path.String(), fe.Err})
	}
	return out
}

func TestBudgetValidate(t *testing.T) {
	t.Run("the test budget is valid", func(t *testing.T) {
		assert.NoError(t, testBudget().Validate())
	})
	t.Run("every problem is reported at once with the path of the line", func(t *testing.T) {
		b := testBudget()
		eur, err := New(bdec("10"), "EUR")
		require.NoError(t, err)
		b.Plan = append(b.Plan, PlanItem{Category: CatSocialWork, Amount: MustParseMoney("1,00 zł")},
			PlanItem{Category: "catering", Amount: MustParseMoney("-5,00 zł")})
		b.Sources[1].Planned = MustParseMoney("15 756,00 zł") // funding no longer matches the plan + 6 zł
		b.Ledger[1].Category = "catering"
		b.Ledger[2].Date = integracja.MustParseDate("2015-01-02")
		b.Ledger[3].Amount = eur
		b.Ledger[4].Description = ""
		b.Ledger[5].Source = "pfron"
		b.Ledger[6].Amount = Money{}
		b.Ledger = append(b.Ledger, Line{})
		assert.Equal(t, []problem{
			{"plan[4].category", integracja.ErrDuplicate},
			{"plan[5].category", integracja.ErrUnknown},
			{"plan[5].amount", integracja.ErrOutOfRange},
			{"sources", integracja.ErrInconsistent},
			{"ledger[1].category", integracja.ErrUnknown},
			{"ledger[2].date", integracja.ErrOutOfRange},
			{"ledger[3].amount", &CurrencyMismatchError{A: "PLN", B: "EUR"}},
			{"ledger[4].description", integracja.ErrRequired},
			{"ledger[5].source", integracja.ErrUnknown},
			{"ledger[6].amount", integracja.ErrRequired},
			{"ledger[7].date", integracja.ErrRequired},
			{"ledger[7].category", integracja.ErrRequired},
			{"ledger[7].amount", integracja.ErrRequired},
			{"ledger[7].description", integracja.ErrRequired},
		}, problems(b.Validate()))
	})
	t.Run("a currency mismatch is matched with errors.Is", func(t *testing.T) {
		b := testBudget()
		b.Ledger[0].Amount, _ = New(bdec("1"), "EUR")
		assert.ErrorIs(t, b.Validate(), ErrCurrencyMismatch)
	})
	t.Run("a budget in euro wants every amount in euro", func(t *testing.T) {
		b := testBudget()
		b.Currency = "EUR"
		errs := problems(b.Validate())
		assert.Len(t, errs, len(b.Plan)+len(b.Sources)+len(b.Ledger))
		for _, e := range errs {
			assert.ErrorIs(t, e.cause, ErrCurrencyMismatch, e.path)
		}
	})
	t.Run("the zero budget lacks a period and categories", func(t *testing.T) {
		assert.Equal(t, []problem{
			{"period.from", integracja.ErrRequired},
			{"period.to", integracja.ErrRequired},
			{"categories", integracja.ErrRequired},
		}, problems(Budget{}.Validate()))
	})
	t.Run("a malformed currency and repeated source codes are reported", func(t *testing.T) {
		b := testBudget()
		b.Currency = "zł"
		b.Sources[2].Code = "efs"
		got := problems(b.Validate())
		assert.Contains(t, got, problem{"currency", ErrCurrency})
		assert.Contains(t, got, problem{"sources[2].code", integracja.ErrDuplicate})
	})
	t.Run("a line on the last day of the period is inside it", func(t *testing.T) {
		b := testBudget()
		b.Ledger[0].Date = integracja.MustParseDate("2014-12-31")
		b.Ledger[1].Date = integracja.MustParseDate("2014-01-01")
		assert.NoError(t, b.Validate())
		b.Ledger[1].Date = integracja.MustParseDate("2013-12-31")
		assert.Equal(t, []problem{{"ledger[1].date", integracja.ErrOutOfRange}}, problems(b.Validate()))
	})
}

func TestBudgetTotals(t *testing.T) {
	b := testBudget()
	t.Run("the project value is the sum of the plan", func(t *testing.T) {
		v, err := b.PlannedTotal()
		require.NoError(t, err)
		assert.True(t, v.Equal(MustParseMoney("150 000,00 zł")), "%s", v)
	})
	t.Run("spending leaves out lines paid from outside the budget", func(t *testing.T) {
		s := b.Spending()
		assert.Len(t, s, len(b.Ledger)-1)
		sum, err := s.Sum()
		require.NoError(t, err)
		assert.True(t, sum.Equal(MustParseMoney("60 845,67 zł")), "%s", sum)
		assert.Len(t, b.Ledger, 7, "the budget's own ledger is unchanged")
	})
	t.Run("sources are found by code", func(t *testing.T) {
		s, ok := b.Source("fp")
		require.True(t, ok)
		assert.True(t, s.OutsideBudget)
		_, ok = b.Source("nope")
		assert.False(t, ok)
	})
	t.Run("the currency defaults to PLN", func(t *testing.T) {
		assert.Equal(t, "PLN", Budget{}.CurrencyCode())
		assert.Equal(t, "EUR", Budget{Currency: "EUR"}.CurrencyCode())
	})
}

func TestBudgetEqual(t *testing.T) {
	a, b := testBudget(), testBudget()
	require.True(t, a.Equal(b))
	t.Run("amounts are equal by value, not by their digits", func(t *testing.T) {
		b.Ledger[0].Amount = PLN(bdec("20000"))
		assert.True(t, a.Equal(b))
	})
	t.Run("an empty currency equals PLN", func(t *testing.T) {
		c := testBudget()
		c.Currency = "PLN"
		assert.True(t, a.Equal(c))
	})
	t.Run("an empty list equals a missing one", func(t *testing.T) {
		c, d := testBudget(), testBudget()
		c.Plan, d.Plan = nil, []PlanItem{}
		assert.True(t, c.Equal(d))
	})
}

// TestBudgetEqualComparesEveryField changes each field of a budget, one
// at a time, found by reflection down to its leaves, and checks that Equal
// sees the change (equaltest.Check). A field added to Budget or to
// anything it holds is found here without anyone thinking of it: the test
// fails until Equal compares it, or, for a type it cannot change, until it
// is taught to.
func TestBudgetEqualComparesEveryField(t *testing.T) {
	fixture := func() Budget {
		b := testBudget()
		b.FigureMap = &FigureMap{ActiveIntegration: []string{CatActiveIntegration}, CrossFinancing: []string{CatPromotion},
			FixedAssets: []string{CatPromotion}}
		return b
	}
	equaltest.Check(t, fixture, Budget.Equal,
		equaltest.Leaf(func(m *Money) { *m, _ = m.Add(Grosze(1)) }),
		equaltest.List(Catalogue.Categories, func(c *Catalogue, cats []Category) { *c = Catalogue{cats: cats} }))
}

func TestBudgetFigures(t *testing.T) {
	m := MustParseMoney
	type want struct {
		value, direct, indirect, management, own, eu, active, cross string
	}
	check := func(t *testing.T, w want, f Figures) {
		t.Helper()
		for _, c := range []struct {
			name string
			got  Money
			want string
		}{
			{"project value", f.ProjectValue, w.value}, {"eligible costs", f.EligibleCosts, w.value},
			{"direct costs", f.DirectCosts, w.direct}, {"indirect costs", f.IndirectCosts, w.indirect},
			{"management", f.Management, w.management}, {"own contribution", f.OwnContribution, w.own},
			{"EU funding", f.EUFunding, w.eu}, {"active integration", f.ActiveIntegration, w.active},
			{"cross-financing", f.CrossFinancing, w.cross}, {"fixed assets", f.FixedAssets, "0 zł"},
		} {
			assert.True(t, c.got.Equal(m(c.want)), "%s: got %s, want %s", c.name, c.got, c.want)
		}
	}
	t.Run("planned figures come from the plan and the sources inside the budget", func(t *testing.T) {
		f, err := testBudget().Figures(PlannedBasis)
		require.NoError(t, err)
		check(t, want{"150 000 zł", "150 000 zł", "0 zł", "10 000 zł", "15 750 zł", "134 250 zł", "60 000 zł", "0 zł"}, f)
	})
	t.Run("spent figures come from the ledger, without the Labour Fund's work outside the budget", func(t *testing.T) {
		f, err := testBudget().Figures(SpentBasis)
		require.NoError(t, err)
		check(t, want{"60 845,67 zł", "60 845,67 zł", "0 zł", "4000 zł", "12 345,67 zł", "48 000 zł", "19 000 zł", "0 zł"}, f)
	})
	t.Run("a budget without a figure map counts the shipped active-integration category when its catalogue has it", func(t *testing.T) {
		assert.Equal(t, DefaultFigureMap(), testBudget().EffectiveFigureMap())
		b := testBudget()
		cats := b.Categories.Categories()
		cats = slices.DeleteFunc(cats, func(c Category) bool { return c.Code == CatActiveIntegration })
		b.Categories = Catalogue{cats: cats}
		b.Plan, b.Ledger = b.Plan[1:], nil
		b.Sources[0].Planned = m("74 250,00 zł")
		assert.Equal(t, FigureMap{}, b.EffectiveFigureMap())
		f, err := b.Figures(PlannedBasis)
		require.NoError(t, err)
		assert.True(t, f.ActiveIntegration.Equal(m("0 zł")), "%s", f.ActiveIntegration)
	})
	t.Run("a budget's figure map names its categories of cross-financing and fixed assets, and is the whole map", func(t *testing.T) {
		b := testBudget()
		b.FigureMap = &FigureMap{CrossFinancing: []string{CatPromotion, CatBenefits}, FixedAssets: []string{CatPromotion}}
		f, err := b.Figures(SpentBasis)
		require.NoError(t, err)
		assert.True(t, f.CrossFinancing.Equal(m("12 845,67 zł")), "promotion and benefits inside the budget: %s", f.CrossFinancing)
		assert.True(t, f.FixedAssets.Equal(m("500 zł")), "%s", f.FixedAssets)
		assert.True(t, f.ActiveIntegration.Equal(m("0 zł")), "the map names no active integration: %s", f.ActiveIntegration)
		got := b.EffectiveFigureMap()
		got.CrossFinancing[0] = "changed"
		assert.Equal(t, CatPromotion, b.FigureMap.CrossFinancing[0], "EffectiveFigureMap returns a copy")
	})
	t.Run("a figure map naming a category the catalogue lacks, or one twice, is reported at its path", func(t *testing.T) {
		b := testBudget()
		b.FigureMap = &FigureMap{ActiveIntegration: []string{CatActiveIntegration, CatActiveIntegration},
			CrossFinancing: []string{""}, FixedAssets: []string{CatPromotion, "cars"}}
		want := []problem{{"figureMap.activeIntegration[1]", integracja.ErrDuplicate}, {"figureMap.crossFinancing[0]", integracja.ErrRequired},
			{"figureMap.fixedAssets[1]", integracja.ErrUnknown}}
		assert.Equal(t, want, problems(b.Validate()))
		_, err := b.Figures(PlannedBasis)
		assert.Equal(t, want, problems(err), "Figures measures a valid budget only")
	})
	t.Run("an invalid budget or basis has no figures", func(t *testing.T) {
		b := testBudget()
		b.Ledger[0].Category = "catering"
		_, err := b.Figures(PlannedBasis)
		assert.ErrorIs(t, err, integracja.ErrUnknown)
		_, err = testBudget().Figures(Basis(5))
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.Equal(t, "Basis(5)", Basis(5).String())
		assert.Equal(t, "spent", SpentBasis.String())
	})
	t.Run("the PO KL rules judge the planned figures", func(t *testing.T) {
		f, err := testBudget().Figures(PlannedBasis)
		require.NoError(t, err)
		findings := POKL711Rules().Evaluate(f, integracja.MustParseDate("2014-06-01"))
		require.NotEmpty(t, findings)
		assert.Equal(t, integracja.Info, integracja.Worst(findings))

		b := testBudget()
		b.Plan = append(b.Plan, PlanItem{Category: CatIndirect, Amount: m("40 000,00 zł")})
		b.Sources[0].Planned = m("174 250,00 zł")
		require.NoError(t, b.Validate())
		f, err = b.Figures(PlannedBasis)
		require.NoError(t, err)
		assert.True(t, f.IndirectCosts.Equal(m("40 000 zł")))
		findings = POKL711Rules().Evaluate(f, integracja.MustParseDate("2014-06-01"))
		assert.Equal(t, integracja.Violation, integracja.Worst(findings), "40 000 zł of indirect costs on 150 000 zł direct is over 25 percent")
	})
}

// TestValidateWritesPolishAsAnAuditorWould checks the details of Validate
// in Polish: no JSON path or ISO date inside a sentence, amounts in Polish
// format, items counted from 1.
func TestValidateWritesPolishAsAnAuditorWould(t *testing.T) {
	b := testBudget()
	b.Plan = append(b.Plan, PlanItem{Category: CatSocialWork, Amount: MustParseMoney("1,00 zł")})
	b.Sources[2].Code = "efs"
	b.Ledger[2].Date = integracja.MustParseDate("2015-01-02")
	details := map[string]string{}
	for _, fe := range integracja.FieldErrors(b.Validate()) {
		details[fe.Path.String()] = strings.ReplaceAll(fe.Detail.PL, "\u00a0", " ")
	}
	assert.Equal(t, map[string]string{
		"plan[4].category": "kategoria zaplanowana już w pozycji nr 2 planu",
		"sources[2].code":  "ten sam kod co źródło finansowania nr 1",
		"sources":          "źródła finansowania w budżecie dają razem 150 000,00 zł, a plan według kategorii 150 001,00 zł",
		"ledger[2].date":   "poza okresem budżetu (od 01.01.2014 r. do 31.12.2014 r.)",
		"ledger[5].source": "brak takiego źródła finansowania w budżecie",
	}, details)
	_, err := Split(Grosze(100), dec("89.5"), dec("10"))
	assert.Equal(t, "udziały procentowe sumują się do 99,5, a nie do 100", integracja.FieldErrors(err)[0].Detail.PL)
}
