package budget

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
)

func decs(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = dec(s)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name     string
		total    Money
		percents []string
		want     []string
	}{
		{"a grant splits 89,5 / 10,5 exactly", MustParseMoney("17 600,00 zł"), []string{"89.5", "10.5"}, []string{"15752", "1848"}},
		{"a złoty splits in thirds with the extra grosz first", MustParseMoney("1,00"), []string{"33.33", "33.33", "33.34"}, []string{"0.33", "0.33", "0.34"}},
		{"the largest remainder gets the extra grosz", MustParseMoney("0,10"), []string{"15", "85"}, []string{"0.02", "0.08"}}, // 1.5 / 8.5 grosza: tie → first
		{"one grosz split in half goes to the first part", Grosze(1), []string{"50", "50"}, []string{"0.01", "0"}},
		{"ties are served in order", Grosze(2), []string{"25", "25", "25", "25"}, []string{"0.01", "0.01", "0", "0"}},
		{"a larger remainder wins over order", Grosze(1), []string{"40", "60"}, []string{"0", "0.01"}},
		{"a zero percentage gets nothing", Grosze(1001), []string{"0", "100"}, []string{"0", "10.01"}},
		{"a single part is the whole", MustParseMoney("231 895,59 zł"), []string{"100"}, []string{"231895.59"}},
		{"zero splits into zeros", Money{}, []string{"30", "70"}, []string{"0", "0"}},
		{"fractional percentages", MustParseMoney("231 895,59 zł"), []string{"92.5", "7.5"}, []string{"214503.42", "17392.17"}},
		{"an amount beyond int64 grosze", MustParseMoney("100 000 000 000 000 000 000,01"), []string{"50", "50"}, []string{"50000000000000000000.01", "50000000000000000000"}},
		{"percentages written 100.00 in total", Grosze(300), []string{"33.333", "33.333", "33.334"}, []string{"1", "1", "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, err := Split(tt.total, decs(tt.percents...)...)
			require.NoError(t, err)
			require.Len(t, parts, len(tt.want))
			sum, err := Sum(parts...)
			require.NoError(t, err)
			assertMoney(t, tt.total, sum)
			for i, w := range tt.want {
				assertMoney(t, PLN(dec(w)), parts[i])
				assert.True(t, parts[i].IsWholeMinor(), "part %d in whole grosze", i)
			}
		})
	}
}

func TestSplitKeepsTheCurrency(t *testing.T) {
	parts, err := Split(eur("10"), decs("50", "50")...)
	require.NoError(t, err)
	for _, p := range parts {
		assert.Equal(t, "EUR", p.Currency())
	}
}

func TestSplitRejectsBadInput(t *testing.T) {
	tests := []struct {
		name     string
		total    Money
		percents []string
		causes   []error
		paths    []string
	}{
		{"percentages adding up to 99.5", Grosze(100), []string{"89.5", "10"}, []error{integracja.ErrInconsistent}, []string{""}},
		{"percentages adding up to more than 100", Grosze(100), []string{"60", "60"}, []error{integracja.ErrInconsistent}, []string{""}},
		{"no percentages at all", Grosze(100), nil, []error{integracja.ErrInconsistent}, []string{""}},
		{"a negative percentage, even if the sum is 100", Grosze(100), []string{"-10", "110"}, []error{integracja.ErrOutOfRange}, []string{"[0]"}},
		{"a negative total", Grosze(-100), []string{"100"}, []error{integracja.ErrOutOfRange}, []string{"total"}},
		{"a total with a fraction of a grosz", PLN(dec("1.005")), []string{"100"}, []error{integracja.ErrInvalid}, []string{"total"}},
		{"every problem at once", Grosze(-1), []string{"-1", "50"}, []error{integracja.ErrOutOfRange, integracja.ErrInconsistent, integracja.ErrOutOfRange}, []string{"[0]", "", "total"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error", func(t *testing.T) {
			parts, err := Split(tt.total, decs(tt.percents...)...)
			require.Error(t, err)
			assert.Nil(t, parts)
			fes := integracja.FieldErrors(err)
			require.Len(t, fes, len(tt.causes))
			for i, fe := range fes {
				assert.ErrorIs(t, fe, tt.causes[i])
				assert.Equal(t, tt.paths[i], fe.Path.String())
			}
		})
	}
	t.Run("the error says the sum", func(t *testing.T) {
		_, err := Split(Grosze(100), decs("89.5", "10")...)
		assert.Contains(t, err.Error(), "99.5")
	})
}

func TestSplitPartsAlwaysAddUp(t *testing.T) {
	percents := decs("12.345", "0.005", "7.65", "30", "49.999", "0.001")
	for g := int64(0); g < 3000; g += 7 {
		parts, err := Split(Grosze(g), percents...)
		require.NoError(t, err)
		sum, err := Sum(parts...)
		require.NoError(t, err)
		require.True(t, sum.Equal(Grosze(g)), "%d grosze: parts add up to %s", g, sum)
		for i, p := range parts {
			exact := dec("0.01").Mul(decimal.NewFromInt(g)).Mul(percents[i]).DivRound(dec("100"), 20)
			diff := p.Decimal().Sub(exact).Abs()
			require.True(t, diff.LessThan(dec("0.01")), "part %d is within a grosz of its exact share", i)
			_, whole := p.Minor()
			require.True(t, whole)
		}
	}
}
