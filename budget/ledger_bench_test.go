package budget

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
)

// benchCategories are the dozen category codes of the generated ledger:
// the package's own codes and four more written the same way.
var benchCategories = []string{
	CatActiveIntegration, CatSocialWork, CatCommunityActions, CatBenefits,
	CatManagement, CatPromotion, CatIndirect, CatAdministration,
	"vocational_training", "socially_useful_work", "childcare", "transport",
}

// shortCategories are a dozen short codes, c0 … c11.
var shortCategories = func() []string {
	out := make([]string, 12)
	for i := range out {
		out[i] = fmt.Sprintf("c%d", i)
	}
	return out
}()

// generateLines returns n spending lines in the categories of codes,
// deterministic for a seed: amounts from 0,01 zł to 99 999,99 zł in whole
// grosze, one in ten written in whole złoty ("150") and one in ten a
// correction (negative). Each line has its own copy of its category code,
// as lines decoded from JSON do, so that no sum can recognise a code by
// the address of its bytes.
func generateLines(n int, seed uint64, codes []string) []Line {
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
			Category:    strings.Clone(codes[rng.IntN(len(codes))]),
			Amount:      m,
			Description: "wydatek",
		}
	}
	return lines
}

// decimalLine is a spending line as a program without this package keeps
// it: a category code and a decimal.Decimal.
type decimalLine struct {
	Category string
	Amount   decimal.Decimal
}

func decimalLines(lines []Line) []decimalLine {
	out := make([]decimalLine, len(lines))
	for i, l := range lines {
		out[i] = decimalLine{Category: l.Category, Amount: l.Amount.Decimal()}
	}
	return out
}

// sumBaseline is the plain way: decimal.Decimal values added into a map by
// category.
func sumBaseline(lines []decimalLine) map[string]decimal.Decimal {
	sums := make(map[string]decimal.Decimal)
	for i := range lines {
		sums[lines[i].Category] = sums[lines[i].Category].Add(lines[i].Amount)
	}
	return sums
}

// BenchmarkSumByCategory compares the ledger's totals with adding
// decimal.Decimal values into a map, over the same 1,000,000 lines
// generated once, outside the timer, after checking that both give the
// same sums; once with the package's category codes (8 to 20 bytes) and
// once with short ones (c0 … c11), whose hashing costs the map less.
// ns/line is per spending line; allocs/op is per million lines. Both
// sides time the summing only: the baseline adds decimals built before
// the timer, as the ledger adds amounts built before it.
//
// What bounds the ledger: it reads 112 bytes per line (a Line, of which
// the Money is 24) and the line's category bytes, so it runs near the
// speed of memory; the key lookup is a few loads and multiplications, and
// the sum an int64 addition.
func BenchmarkSumByCategory(b *testing.B) {
	const n = 1_000_000
	for _, codes := range []struct {
		name  string
		codes []string
	}{{"realistic", benchCategories}, {"short", shortCategories}} {
		lines := generateLines(n, 7, codes.codes)
		plain := decimalLines(lines)
		// Both ways must agree exactly on these very lines before either
		// is timed.
		want := sumBaseline(plain)
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
		b.Run(codes.name+"/baseline", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if len(sumBaseline(plain)) != len(codes.codes) {
					b.Fatal("wrong number of categories")
				}
			}
			perLine(b)
		})
		b.Run(codes.name+"/ledger", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sums, err := Ledger(lines).SumByCategory()
				if err != nil || len(sums) != len(codes.codes) {
					b.Fatal(err)
				}
			}
			perLine(b)
		})
	}
}

// BenchmarkMoneyAdd compares Money.Add on amounts in whole grosze with
// decimal.Decimal.Add on the same amounts: a running sum of 1024 amounts
// per op, checked against each other once, outside the timer.
func BenchmarkMoneyAdd(b *testing.B) {
	rng := rand.New(rand.NewPCG(11, 2014))
	ms := make([]Money, 1024)
	ds := make([]decimal.Decimal, len(ms))
	for i := range ms {
		ms[i] = Grosze(rng.Int64N(20_000_000) - 10_000_000)
		ds[i] = ms[i].Decimal()
	}
	sumDecimals := func() decimal.Decimal {
		var sum decimal.Decimal
		for _, d := range ds {
			sum = sum.Add(d)
		}
		return sum
	}
	sumMoney := func() Money {
		var sum Money
		for _, m := range ms {
			var err error
			if sum, err = sum.Add(m); err != nil {
				b.Fatal(err)
			}
		}
		return sum
	}
	if d, m := sumDecimals(), sumMoney(); !m.Equal(PLN(d)) {
		b.Fatalf("Money.Add gives %s, decimal.Add %s", m, d)
	}
	perAdd := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ms)), "ns/add")
	}
	b.Run("decimal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sumDecimals()
		}
		perAdd(b)
	})
	b.Run("money", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sumMoney()
		}
		perAdd(b)
	})
}
