package budget

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
)

func bdec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func bline(cat, amount string) Line {
	return Line{Date: integracja.MustParseDate("2014-05-05"), Category: cat, Amount: PLN(bdec(amount)), Description: "x"}
}

// TestSumByCategoryMatchesBaseline shows that the ledger's fast totals and
// plain decimal addition give exactly the same sums, on generated lines and
// on lines that force every fallback: amounts beyond 64-bit grosze, sums
// that overflow int64, fractions of a grosz, and exponents outside the fast
// path's range.
func TestSumByCategoryMatchesBaseline(t *testing.T) {
	lines := generateLines(200_000, 1, benchCategories)
	maxGrosze := decimal.New(math.MaxInt64, -2) // 92 233 720 368 547 758,07 zł
	special := []Line{
		bline("huge", "92233720368547758.08"),          // one grosz past int64
		bline("huge", "-92233720368547758.09"),         // one grosz below int64
		bline("huge", "100000000000000000000000.00"),   // far beyond
		{Category: "overflow", Amount: PLN(maxGrosze)}, // fits, but the sum will not
		{Category: "overflow", Amount: PLN(maxGrosze)}, // overflows int64: falls back
		{Category: "overflow", Amount: Grosze(1)},      // and continues fast
		{Category: "overflow", Amount: PLN(maxGrosze.Neg())},
		bline("sub_grosz", "0.001"),
		bline("sub_grosz", "12.345"),
		bline("sub_grosz", "-0.0049"),
		bline("sub_grosz", "1.10"),
		{Category: "exponents", Amount: PLN(decimal.New(1, -25))},
		{Category: "exponents", Amount: PLN(decimal.New(5, 20))},
		{Category: "exponents", Amount: PLN(decimal.New(7, 16))},
		{Category: "exponents", Amount: PLN(decimal.New(123400, -6))}, // 0.1234: not whole grosze
		{Category: "exponents", Amount: PLN(decimal.New(123000, -5))}, // 1.23: whole grosze
		{Category: "zero", Amount: Money{}},
		{Category: CatBenefits, Amount: PLN(decimal.New(math.MinInt64, -2))},
		{Category: CatBenefits, Amount: PLN(decimal.New(math.MinInt64, -2))},
	}
	// Interleave the special lines with ordinary ones.
	for i, s := range special {
		at := (i + 1) * len(lines) / (len(special) + 1)
		lines = append(lines[:at], append([]Line{s}, lines[at:]...)...)
	}

	want := sumBaseline(decimalLines(lines))
	got, err := Ledger(lines).SumByCategory()
	require.NoError(t, err)
	require.Len(t, got, len(want))
	for cat, w := range want {
		g, ok := got[cat]
		require.True(t, ok, "category %s missing", cat)
		assert.True(t, g.Decimal().Equal(w), "%s: ledger %s, baseline %s", cat, g.Decimal(), w)
		assert.Equal(t, "PLN", g.Currency())
	}
	assert.True(t, got["overflow"].Decimal().Equal(bdec("92233720368547758.08")), "overflow sum %s", got["overflow"])
	assert.True(t, got["sub_grosz"].Decimal().Equal(bdec("13.4411")), "sub_grosz sum %s", got["sub_grosz"])

	total, err := Ledger(lines).Sum()
	require.NoError(t, err)
	all := decimal.Zero
	for _, w := range want {
		all = all.Add(w)
	}
	assert.True(t, total.Decimal().Equal(all), "total %s, want %s", total.Decimal(), all)
}

func TestLedgerSums(t *testing.T) {
	t.Run("an empty ledger sums to zero złoty", func(t *testing.T) {
		s, err := Ledger(nil).Sum()
		require.NoError(t, err)
		assert.True(t, s.Equal(Money{}))
		byCat, err := Ledger(nil).SumByCategory()
		require.NoError(t, err)
		assert.Empty(t, byCat)
	})
	t.Run("a correction is a negative line that reduces its category", func(t *testing.T) {
		l := Ledger{bline("a", "100.00"), bline("a", "-30.50"), bline("b", "5")}
		byCat, err := l.SumByCategory()
		require.NoError(t, err)
		assert.True(t, byCat["a"].Equal(MustParseMoney("69,50 zł")), "%s", byCat["a"])
		assert.True(t, byCat["b"].Equal(MustParseMoney("5,00 zł")), "%s", byCat["b"])
		assert.True(t, l[1].IsCorrection())
		assert.False(t, l[0].IsCorrection())
	})
	t.Run("a line in another currency is an error at its path", func(t *testing.T) {
		eur, err := New(bdec("10"), "EUR")
		require.NoError(t, err)
		l := Ledger{bline("a", "1"), bline("a", "2"), {Category: "a", Amount: eur}}
		for name, sum := range map[string]func() error{
			"Sum":           func() error { _, err := l.Sum(); return err },
			"SumByCategory": func() error { _, err := l.SumByCategory(); return err },
			"SumBySource":   func() error { _, err := l.SumBySource(); return err },
		} {
			err := sum()
			require.Error(t, err, name)
			assert.ErrorIs(t, err, ErrCurrencyMismatch, name)
			var fe *integracja.FieldError
			require.True(t, errors.As(err, &fe), name)
			assert.Equal(t, "[2].amount", fe.Path.String(), name)
			var ce *CurrencyMismatchError
			require.True(t, errors.As(err, &ce), name)
			assert.Equal(t, CurrencyMismatchError{A: "PLN", B: "EUR"}, *ce)
		}
	})
	t.Run("a ledger in euro sums in euro", func(t *testing.T) {
		a, _ := New(bdec("1.25"), "EUR")
		b, _ := New(bdec("2.75"), "EUR")
		s, err := Ledger{{Amount: a}, {Amount: b}}.Sum()
		require.NoError(t, err)
		want, _ := New(bdec("4"), "EUR")
		assert.True(t, s.Equal(want), "%s", s)
	})
	t.Run("lines are summed by source, without a source under the empty code", func(t *testing.T) {
		l := Ledger{bline("a", "1"), bline("a", "2"), bline("b", "3")}
		l[0].Source, l[2].Source = "fp", "fp"
		bySrc, err := l.SumBySource()
		require.NoError(t, err)
		assert.True(t, bySrc["fp"].Equal(Grosze(400)))
		assert.True(t, bySrc[""].Equal(Grosze(200)))
	})
}

func TestLedgerSumAllocatesNothingPerLine(t *testing.T) {
	small := Ledger(generateLines(1_000, 3, benchCategories))
	large := Ledger(generateLines(100_000, 3, benchCategories))
	a := testing.AllocsPerRun(3, func() { _, _ = small.SumByCategory() })
	b := testing.AllocsPerRun(3, func() { _, _ = large.SumByCategory() })
	assert.Equal(t, a, b, "allocations grow with the number of lines: %v for 1000 lines, %v for 100000", a, b)
}

func TestSumByCategoryWithManyCategories(t *testing.T) {
	// More categories than the fast key table holds: the rest go through
	// its overflow map, with the same sums.
	lines := generateLines(20_000, 5, benchCategories)
	for i := range lines {
		lines[i].Category = fmt.Sprintf("cat-%d", i%300)
	}
	lines = append(lines, Line{Category: "", Amount: Grosze(7)}, Line{Category: "", Amount: Grosze(-2)})
	want := sumBaseline(decimalLines(lines))
	got, err := Ledger(lines).SumByCategory()
	require.NoError(t, err)
	require.Len(t, got, 301)
	for cat, w := range want {
		assert.True(t, got[cat].Decimal().Equal(w), "%q: ledger %s, baseline %s", cat, got[cat], w)
	}
}

func TestSumByCategoryTellsApartKeysThatShareTheirEnds(t *testing.T) {
	// Keys of every length up to 40 bytes over two letters: many share
	// their first and last eight bytes, or their length, and differ only
	// in the middle, where the key table looks last.
	rng := rand.New(rand.NewPCG(5, 6))
	var lines []Line
	for range 50_000 {
		key := make([]byte, rng.IntN(41))
		for j := range key {
			key[j] = "ab"[rng.IntN(2)]
		}
		lines = append(lines, Line{Category: string(key), Amount: Grosze(rng.Int64N(1000))})
	}
	want := sumBaseline(decimalLines(lines))
	got, err := Ledger(lines).SumByCategory()
	require.NoError(t, err)
	require.Len(t, got, len(want))
	for cat, w := range want {
		assert.True(t, got[cat].Decimal().Equal(w), "%q: ledger %s, baseline %s", cat, got[cat], w)
	}
}
