package budget

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
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
	for name, change := range map[string]func(*Budget){
		"a different amount":     func(x *Budget) { x.Ledger[2].Amount = MustParseMoney("1,00 zł") },
		"a different document":   func(x *Budget) { x.Ledger[2].Document = "inny" },
		"a missing line":         func(x *Budget) { x.Ledger = x.Ledger[:3] },
		"a different plan":       func(x *Budget) { x.Plan[0].Category = CatPromotion },
		"a source moved outside": func(x *Budget) { x.Sources[0].OutsideBudget = true },
		"another catalogue":      func(x *Budget) { x.Categories = Catalogue{} },
		"another currency":       func(x *Budget) { x.Currency = "EUR" },
		"another name":           func(x *Budget) { x.Name = "" },
	} {
		t.Run("budgets differ with "+name, func(t *testing.T) {
			c := testBudget()
			change(&c)
			assert.False(t, a.Equal(c))
		})
	}
	t.Run("an empty currency equals PLN", func(t *testing.T) {
		c := testBudget()
		c.Currency = "PLN"
		assert.True(t, a.Equal(c))
	})
}
