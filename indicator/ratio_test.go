package indicator

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestRatioPercentRoundsHalfAwayFromZero(t *testing.T) {
	tests := []struct {
		name   string
		r      Ratio
		places int32
		want   string
	}{
		{"five eighths is exact at two places", Ratio{5, 8}, 2, "62.5"},
		{"one third is cut at two places", Ratio{1, 3}, 2, "33.33"},
		{"two thirds rounds up", Ratio{2, 3}, 2, "66.67"},
		{"a half at the last place rounds away from zero", Ratio{1, 8}, 1, "12.5"},
		{"12.5 rounds to 13 at no places", Ratio{1, 8}, 0, "13"},
		{"-12.5 rounds to -13 at no places", Ratio{-1, 8}, 0, "-13"},
		{"a negative denominator gives a negative share", Ratio{1, -8}, 0, "-13"},
		{"the whole is a hundred", Ratio{20, 20}, 2, "100"},
		{"more than the whole goes above a hundred", Ratio{30, 20}, 2, "150"},
		{"negative places count as none", Ratio{1, 3}, -4, "33"},
		{"places are capped", Ratio{1, 3}, 400, "33.333333333333333333"},
		{"huge numbers do not overflow", Ratio{math.MaxInt, math.MaxInt}, 2, "100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.r.Percent(tt.places)
			require.True(t, ok)
			assert.True(t, got.Equal(decimal.RequireFromString(tt.want)), "got %s", got)
		})
	}
}

func TestRatioWithZeroDenominatorIsNotApplicable(t *testing.T) {
	r := Ratio{Num: 3}
	assert.False(t, r.IsApplicable())
	_, ok := r.Percent(2)
	assert.False(t, ok)
	_, ok = r.Fraction(2)
	assert.False(t, ok)
	assert.Equal(t, "n/d", r.Format(language.Polish, 2))
	assert.Equal(t, "n/a", r.Format(language.English, 2))
	assert.Equal(t, "n/d", Ratio{}.String())
}

func TestRatioFraction(t *testing.T) {
	f, ok := Ratio{5, 8}.Fraction(2)
	require.True(t, ok)
	assert.True(t, f.Equal(decimal.RequireFromString("0.63")), "got %s", f)
}

func TestRatioFormat(t *testing.T) {
	tests := []struct {
		name   string
		r      Ratio
		places int32
		pl, en string
	}{
		{"five eighths", Ratio{5, 8}, 2, "62,50%", "62.50%"},
		{"no places", Ratio{5, 8}, 0, "63%", "63%"},
		{"zero", Ratio{0, 8}, 2, "0,00%", "0.00%"},
		{"four integer digits are not grouped in Polish", Ratio{1234, 100}, 1, "1234,0%", "1,234.0%"},
		{"five integer digits are grouped with a no-break space", Ratio{12345, 100}, 0, "12\u00a0345%", "12,345%"},
		{"a negative share keeps its sign, the minus sign U+2212", Ratio{-5, 8}, 1, "−62,5%", "−62.5%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.pl, tt.r.Format(language.Polish, tt.places))
			assert.Equal(t, tt.en, tt.r.Format(language.English, tt.places))
		})
	}
	assert.Equal(t, "62,50%", Ratio{5, 8}.String())
}

func TestRatesBySex(t *testing.T) {
	t.Run("the employment rate of women and men and the gap", func(t *testing.T) {
		found := Count{Women: 27, Men: 18}
		all := Count{Women: 131, Men: 96}
		r := RatesBySex(found, all)
		assert.Equal(t, Ratio{27, 131}, r.Women)
		assert.Equal(t, Ratio{18, 96}, r.Men)
		assert.Equal(t, Ratio{45, 227}, r.Total)
		gap, ok := r.Gap(2)
		require.True(t, ok)
		// 27/131 = 20.6107…%, 18/96 = 18.75%; the gap is 1.86069… pp, not
		// the difference of the rounded rates (20.61 − 18.75 = 1.86).
		assert.True(t, gap.Equal(decimal.RequireFromString("1.86")), "got %s", gap)
		gap4, _ := r.Gap(4)
		assert.True(t, gap4.Equal(decimal.RequireFromString("1.8607")), "got %s", gap4)
		assert.Equal(t, "+1,86 pkt proc.", r.FormatGap(language.Polish, 2))
		assert.Equal(t, "+1.86 pp", r.FormatGap(language.English, 2))
		assert.Equal(t, "kobiety 20,61%, mężczyźni 18,75%, ogółem 19,82%, różnica K−M +1,86 pkt proc.", r.Format(language.Polish, 2))
		assert.Equal(t, "women 20.61%, men 18.75%, total 19.82%, gap women−men +1.86 pp", r.Format(language.English, 2))
	})
	t.Run("a gap in favour of men is negative", func(t *testing.T) {
		r := RatesBySex(Count{Women: 1, Men: 3}, Count{Women: 4, Men: 4})
		gap, ok := r.Gap(1)
		require.True(t, ok)
		assert.True(t, gap.Equal(decimal.NewFromInt(-50)), "got %s", gap)
		assert.Equal(t, "\u221250,0 pkt proc.", r.FormatGap(language.Polish, 1), "the minus sign, as in K−M")
	})
	t.Run("equal rates have a zero gap with a plus sign", func(t *testing.T) {
		r := RatesBySex(Count{Women: 1, Men: 2}, Count{Women: 2, Men: 4})
		assert.Equal(t, "+0,00 pkt proc.", r.FormatGap(language.Polish, 2))
	})
	t.Run("with no men the men's rate and the gap are not applicable", func(t *testing.T) {
		r := RatesBySex(Count{Women: 2}, Count{Women: 10})
		_, ok := r.Gap(2)
		assert.False(t, ok)
		assert.Equal(t, "kobiety 20,00%, mężczyźni n/d, ogółem 20,00%, różnica K−M n/d", r.Format(language.Polish, 2))
		assert.Equal(t, "women 20.00%, men n/a, total 20.00%, gap women−men n/a", r.Format(language.English, 2))
	})
	t.Run("huge counts do not overflow the gap", func(t *testing.T) {
		r := RatesBySex(Count{Women: math.MaxInt, Men: 1}, Count{Women: math.MaxInt, Men: math.MaxInt})
		gap, ok := r.Gap(0)
		require.True(t, ok)
		assert.True(t, gap.Equal(decimal.NewFromInt(100)), "got %s", gap)
	})
}
