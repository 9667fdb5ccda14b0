package budget

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
)

// benchCategories are the dozen category codes of the generated ledger.
var benchCategories = [...]string{
	CatActiveIntegration, CatSocialWork, CatCommunityActions, CatBenefits,
	CatManagement, CatPromotion, CatIndirect, CatAdministration,
	"vocational_training", "socially_useful_work", "childcare", "transport",
}

// generateLines returns n spending lines in the categories above,
// deterministic for a seed: amounts from 0,01 zł to 99 999,99 zł in whole
// grosze, one in ten written in whole złoty ("150") and one in ten a
// correction (negative).
func generateLines(n int, seed uint64) []Line {
	rng := rand.New(rand.NewPCG(seed, 2014))
	day := integracja.MustParseDate("2014-01-01")
	lines := make([]Line, n)
	for i := range lines {
		var m Money
		switch k := rng.IntN(10); {
		case k == 0:
			m = PLN(decimal.New(rng.Int64N(100_000), 0))
		default:
			m = Grosze(1 + rng.Int64N(9_999_999))
			if k == 1 {
				m = m.Neg()
			}
		}
		lines[i] = Line{
			Date:        day.AddDays(rng.IntN(365)),
			Category:    benchCategories[rng.IntN(len(benchCategories))],
			Amount:      m,
			Description: "wydatek",
		}
	}
	return lines
}

// sumBaseline is the plain way: decimal.Decimal values added into a map by
// category.
func sumBaseline(lines []Line) map[string]decimal.Decimal {
	sums := make(map[string]decimal.Decimal)
	for i := range lines {
		sums[lines[i].Category] = sums[lines[i].Category].Add(lines[i].Amount.Decimal())
	}
	return sums
}

// BenchmarkSumByCategory compares the ledger's totals with adding
// decimal.Decimal values into a map, over the same 1,000,000 lines
// generated once, outside the timer, after checking that both give the
// same sums. ns/line is per spending line; allocs/op is per million lines.
//
// Both sides time the summing only. Generating the lines builds their
// amounts, and Money's constructors fill the whole-grosze cache that the
// ledger reads ([Money.Minor]); that work, done once per amount when a real
// ledger is parsed or decoded, is outside the timer, just as building the
// decimals the baseline adds is.
func BenchmarkSumByCategory(b *testing.B) {
	const n = 1_000_000
	lines := generateLines(n, 7)
	// Both ways must agree exactly on these very lines before either is
	// timed.
	want := sumBaseline(lines)
	got, err := Ledger(lines).SumByCategory()
	if err != nil || len(got) != len(want) {
		b.Fatal("ledger and baseline disagree on the categories", err)
	}
	for cat, w := range want {
		if !got[cat].Decimal().Equal(w) {
			b.Fatalf("%s: ledger %s, baseline %s", cat, got[cat].Decimal(), w)
		}
	}
	perLine := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/line")
	}
	b.Run("baseline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if len(sumBaseline(lines)) != len(benchCategories) {
				b.Fatal("wrong number of categories")
			}
		}
		perLine(b)
	})
	b.Run("ledger", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sums, err := Ledger(lines).SumByCategory()
			if err != nil || len(sums) != len(benchCategories) {
				b.Fatal(err)
			}
		}
		perLine(b)
	})
}
