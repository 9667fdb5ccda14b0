package budget

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestProportion(t *testing.T) {
	third, err := NewProportion(MustParseMoney("1,00 zł"), MustParseMoney("3,00 zł"))
	require.NoError(t, err)
	half := Proportion{num: bdec("0.005"), den: bdec("1")} // 0,5% exactly
	tests := []struct {
		name   string
		p      Proportion
		places int32
		r      Rounding
		want   string
	}{
		{"a third is 33,33% to two places", third, 2, HalfAwayFromZero, "33.33"},
		{"a third rounded up is 33,34%", third, 2, Up, "33.34"},
		{"a third to six places keeps six places", third, 6, HalfAwayFromZero, "33.333333"},
		{"a half percent rounds away from zero to whole percent", half, 0, HalfAwayFromZero, "1"},
		{"a half percent rounds to even, down to zero", half, 0, HalfEven, "0"},
		{"a half percent rounded down is zero", half, 0, Down, "0"},
		{"a negative half rounds away from zero", Proportion{num: bdec("-0.005"), den: bdec("1")}, 0, HalfAwayFromZero, "-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.p.Percent(tt.places, tt.r)
			require.True(t, ok)
			assert.True(t, got.Equal(bdec(tt.want)), "got %s, want %s", got, tt.want)
		})
	}
	t.Run("a proportion of zero is not applicable and prints so", func(t *testing.T) {
		var p Proportion
		_, ok := p.Percent(2, HalfAwayFromZero)
		assert.False(t, ok)
		assert.False(t, p.Applicable())
		assert.Equal(t, "nie dotyczy", p.Format(language.Polish))
		assert.Equal(t, "n/a", p.Format(language.English))
	})
	t.Run("percentages print with a decimal comma in Polish", func(t *testing.T) {
		assert.Equal(t, "33,33%", third.Format(language.Polish))
		assert.Equal(t, "33.33%", third.Format(language.English))
		assert.Equal(t, "33,33%", third.String())
	})
	t.Run("equal ratios are equal whatever their terms", func(t *testing.T) {
		two, _ := NewProportion(MustParseMoney("2 zł"), MustParseMoney("6 zł"))
		assert.True(t, third.Equal(two))
		assert.False(t, third.Equal(half))
		assert.False(t, third.Equal(Proportion{}))
		assert.True(t, Proportion{}.Equal(Proportion{num: bdec("5")}))
		assert.True(t, two.Part().Equal(bdec("2")))
		assert.True(t, two.Whole().Equal(bdec("6")))
	})
	t.Run("amounts in two currencies make no proportion", func(t *testing.T) {
		eur, _ := New(bdec("1"), "EUR")
		_, err := NewProportion(eur, MustParseMoney("1 zł"))
		assert.ErrorIs(t, err, ErrCurrencyMismatch)
	})
}

func TestBudgetReport(t *testing.T) {
	r, err := testBudget().Report(32)
	require.NoError(t, err)
	type row struct {
		code                     string
		planned, spent, remains  string
		execution, share, perCap string
	}
	want := []row{
		{CatActiveIntegration, "60000", "19000", "41000", "31.67", "31.23", "593.75"},
		{CatSocialWork, "50000", "25000", "25000", "50.00", "41.09", "781.25"},
		{CatBenefits, "30000", "12345.67", "17654.33", "41.15", "20.29", "385.80"},
		{CatManagement, "10000", "4000", "6000", "40.00", "6.57", "125.00"},
		{CatPromotion, "0", "500", "-500", "", "0.82", "15.63"},
	}
	require.Len(t, r.Rows, len(want))
	check := func(t *testing.T, w row, got Row) {
		assert.Equal(t, w.code, got.Category.Code)
		assert.True(t, got.Planned.Equal(PLN(bdec(w.planned))), "planned %s", got.Planned)
		assert.True(t, got.Spent.Equal(PLN(bdec(w.spent))), "spent %s", got.Spent)
		assert.True(t, got.Remaining.Equal(PLN(bdec(w.remains))), "remaining %s", got.Remaining)
		exec, ok := got.Execution.Percent(2, HalfAwayFromZero)
		if w.execution == "" {
			assert.False(t, ok, "execution should be not applicable")
		} else if assert.True(t, ok) {
			assert.True(t, exec.Equal(bdec(w.execution)), "execution %s", exec)
		}
		share, ok := got.Share.Percent(2, HalfAwayFromZero)
		require.True(t, ok)
		assert.True(t, share.Equal(bdec(w.share)), "share %s", share)
		assert.True(t, got.PerParticipant.Equal(PLN(bdec(w.perCap))), "per participant %s", got.PerParticipant)
	}
	for i, w := range want {
		t.Run("the row of "+w.code+" has its plan, spending and ratios", func(t *testing.T) {
			check(t, w, r.Rows[i])
		})
	}
	t.Run("the total leaves out the Labour Fund's socially useful work", func(t *testing.T) {
		check(t, row{"", "150000", "60845.67", "89154.33", "40.56", "100", "1901.43"}, r.Total)
		ps, _ := r.Total.PlanShare.Percent(2, HalfAwayFromZero)
		assert.True(t, ps.Equal(bdec("100")))
	})
	t.Run("a plan share is the category's part of the project value", func(t *testing.T) {
		ps, ok := r.Rows[1].PlanShare.Percent(2, HalfAwayFromZero)
		require.True(t, ok)
		assert.True(t, ps.Equal(bdec("33.33")), "%s", ps)
	})
	t.Run("sources show their spending, outside the budget too", func(t *testing.T) {
		require.Len(t, r.Sources, 3)
		assert.True(t, r.Sources[0].Spent.Equal(MustParseMoney("48 000,00 zł")), "%s", r.Sources[0].Spent)
		assert.True(t, r.Sources[1].Spent.Equal(MustParseMoney("12 345,67 zł")))
		assert.True(t, r.Sources[2].Spent.Equal(MustParseMoney("8000,00 zł")))
		assert.True(t, r.Sources[2].Source.OutsideBudget)
	})
	t.Run("the Polish report prints amounts, percentages and plurals the Polish way", func(t *testing.T) {
		s := r.Format(language.Polish)
		for _, part := range []string{
			"Budżet „KIS 2014”, okres od 01.01.2014 r. do 31.12.2014 r.\n",
			"- aktywna integracja: plan 60\u00a0000,00\u00a0zł, wydano 19\u00a0000,00\u00a0zł, pozostało 41\u00a0000,00\u00a0zł, wykonanie 31,67%, udział 31,23%\n",
			"- promocja projektu: plan 0,00\u00a0zł, wydano 500,00\u00a0zł, pozostało -500,00\u00a0zł, wykonanie nie dotyczy, udział 0,82%\n",
			"Razem: plan 150\u00a0000,00\u00a0zł, wydano 60\u00a0845,67\u00a0zł, pozostało 89\u00a0154,33\u00a0zł, wykonanie 40,56%\n",
			"Koszt na uczestnika (32 uczestników): 1901,43\u00a0zł\n",
			"- Fundusz Pracy – PSU: plan 20\u00a0000,00\u00a0zł, wydano 8000,00\u00a0zł (poza budżetem projektu)\n",
		} {
			assert.Contains(t, s, part)
		}
		assert.Equal(t, s, r.String())
	})
	t.Run("the English report prints English amounts and words", func(t *testing.T) {
		s := r.Format(language.English)
		for _, part := range []string{
			"Budget “KIS 2014”, period from 1 January 2014 to 31 December 2014\n",
			"- benefits and in-kind aid: planned PLN\u00a030,000.00, spent PLN\u00a012,345.67, remaining PLN\u00a017,654.33, execution 41.15%, share 20.29%\n",
			"Cost per participant (32 participants): PLN\u00a01,901.43\n",
			"(outside the project budget)",
		} {
			assert.Contains(t, s, part)
		}
	})
	t.Run("one participant is singular", func(t *testing.T) {
		r1, err := testBudget().Report(1)
		require.NoError(t, err)
		assert.Contains(t, r1.Format(language.Polish), "(1 uczestnik): 60\u00a0845,67\u00a0zł")
		assert.Contains(t, r1.Format(language.English), "(1 participant)")
	})
	t.Run("without a participant count there is no cost per participant", func(t *testing.T) {
		r0, err := testBudget().Report(0)
		require.NoError(t, err)
		assert.True(t, r0.Total.PerParticipant.IsZero())
		assert.NotContains(t, r0.Format(language.Polish), "uczestnika")
	})
	t.Run("a negative participant count is an error at its path", func(t *testing.T) {
		_, err := testBudget().Report(-1)
		assert.Equal(t, []problem{{"participants", integracja.ErrOutOfRange}}, problems(err))
	})
	t.Run("an invalid budget has no report", func(t *testing.T) {
		b := testBudget()
		b.Ledger[0].Category = "catering"
		_, err := b.Report(10)
		assert.ErrorIs(t, err, integracja.ErrUnknown)
	})
	t.Run("a budget without spending reports zero and no shares", func(t *testing.T) {
		b := testBudget()
		b.Ledger = nil
		r, err := b.Report(0)
		require.NoError(t, err)
		require.Len(t, r.Rows, 4)
		assert.True(t, r.Total.Spent.IsZero())
		assert.False(t, r.Total.Share.Applicable())
		assert.Equal(t, 4, strings.Count(r.Format(language.English), "share n/a"))
	})
}

// setPlan plans amount for the first category of the test budget, and
// funds the difference from its first source.
func setPlan(b *Budget, amount string) {
	m := PLN(bdec(amount))
	diff, _ := m.Sub(b.Plan[0].Amount)
	b.Plan[0].Amount = m
	b.Sources[0].Planned, _ = b.Sources[0].Planned.Add(diff)
}

func TestABudgetWithFractionsOfAGroszIsInvalid(t *testing.T) {
	half := PLN(bdec("0.005"))
	tests := []struct {
		name   string
		change func(b *Budget)
		want   []problem
	}{
		{"a ledger line of 12 345,675 zł", func(b *Budget) { b.Ledger[2].Amount = PLN(bdec("12345.675")) },
			[]problem{{"ledger[2].amount", integracja.ErrInvalid}}},
		{"a ledger line of half a grosz", func(b *Budget) { b.Ledger[6].Amount = half },
			[]problem{{"ledger[6].amount", integracja.ErrInvalid}}},
		{"a planned amount with a fraction of a grosz", func(b *Budget) {
			b.Plan[3].Amount = PLN(bdec("10000.001"))
		}, []problem{{"plan[3].amount", integracja.ErrInvalid}, {"sources", integracja.ErrInconsistent}}},
		{"a source's plan with a fraction of a grosz", func(b *Budget) {
			b.Sources[2].Planned = PLN(bdec("20000.0001"))
		}, []problem{{"sources[2].planned", integracja.ErrInvalid}}},
		{"a trailing zero is no fraction", func(b *Budget) { b.Ledger[2].Amount = PLN(bdec("12345.670")) }, nil},
		{"amounts too large to print their total", func(b *Budget) {
			setPlan(b, "999999999999999999999999999999") // 30 digits, and the plan with the ledger 31
		}, []problem{{"", integracja.ErrOutOfRange}}},
		{"amounts whose total fits the report", func(b *Budget) {
			setPlan(b, "100000000000000000000000000000")
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := testBudget()
			tt.change(&b)
			err := b.Validate()
			assert.Equal(t, tt.want, problems(err))
			_, rerr := b.Report(3)
			assert.Equal(t, err == nil, rerr == nil, "Report agrees with Validate")
		})
	}
	t.Run("the problem says why", func(t *testing.T) {
		b := testBudget()
		b.Ledger[6].Amount = half
		assert.Equal(t, `ledger[6].amount: nieprawidłowa wartość: "0.005 PLN": kwota zawiera ułamki grosza, a budżet i jego sprawozdanie podają pełne grosze`,
			integracja.Localize(b.Validate(), language.Polish))
	})
}

func TestAReportAgreesWithItsTotalAndWithReconcileOnItsPrintedFigures(t *testing.T) {
	b := testBudget()
	// A grosz in three categories: a sum of fractions would print 0,00 zł
	// three times and 0,01 zł in total; whole grosze add up as printed.
	for _, c := range []string{CatSocialWork, CatBenefits, CatPromotion} {
		b.Ledger = append(b.Ledger, Line{Date: integracja.MustParseDate("2014-12-01"), Category: c, Amount: Grosze(1), Description: "opłata"})
	}
	r, err := b.Report(7)
	require.NoError(t, err)
	columns := map[string]func(Row) Money{
		"planned":   func(w Row) Money { return w.Planned },
		"spent":     func(w Row) Money { return w.Spent },
		"remaining": func(w Row) Money { return w.Remaining },
	}
	for name, col := range columns {
		t.Run("the printed "+name+" rows add up to the printed total", func(t *testing.T) {
			var parts []Printed
			for _, w := range r.Rows {
				p := ReadPrinted(integracja.Text{PL: w.Category.Code}, col(w).Format(language.Polish))
				require.True(t, p.Readable, p.Raw)
				assert.True(t, p.Amount.Equal(col(w)), "%s printed as %q", col(w), p.Raw)
				parts = append(parts, p)
			}
			total := ReadPrinted(integracja.Text{PL: "razem"}, col(r.Total).Format(language.Polish))
			rec, err := Reconcile(total, parts...)
			require.NoError(t, err)
			assert.Equal(t, Consistent, rec.Outcome, rec.Format(language.English))
		})
	}
}

func TestPrintedOfHoldsWhatItPrints(t *testing.T) {
	for _, s := range []string{"0.004", "0.005", "-0.005", "12.345", "1234.50", "0.125"} {
		p := PrintedOf(integracja.Text{PL: "x"}, PLN(bdec(s)))
		back := ReadPrinted(p.Label, p.Raw)
		require.True(t, back.Readable, p.Raw)
		assert.True(t, p.Amount.Equal(back.Amount), "%s: prints %q, holds %s", s, p.Raw, p.Amount)
	}
	// Three figures of 0,004 zł print 0,00 zł each, and their total of
	// 0,012 zł prints 0,01 zł: on paper that is a discrepancy of a grosz,
	// and Reconcile says so.
	third := PLN(bdec("0.004"))
	r, err := Reconcile(PrintedOf(integracja.Text{}, PLN(bdec("0.012"))), PrintedOf(integracja.Text{}, third),
		PrintedOf(integracja.Text{}, third), PrintedOf(integracja.Text{}, third))
	require.NoError(t, err)
	assert.Equal(t, Discrepancy, r.Outcome)
	assert.True(t, r.Difference.Equal(Grosze(1)), "%s", r.Difference)
}
