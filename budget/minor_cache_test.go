package budget

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryConstructorCachesTheRightGrosze checks the whole-grosze cache
// that the ledger's fast path reads: whatever builds a Money, the cache
// agrees with what the decimal says, and an amount that is not whole grosze
// or does not fit int64 has no cache.
func TestEveryConstructorCachesTheRightGrosze(t *testing.T) {
	amounts := []string{"0", "0.01", "-0.01", "1234.5", "231895.59", "0.001", "1e3", "92233720368547758.07",
		"92233720368547758.08", "-92233720368547758.08", "1e40", "12.3400000", "1E-30"}
	check := func(t *testing.T, what string, m Money) {
		t.Helper()
		want, wantOK := Money{amount: m.amount, currency: m.currency}.minorOf()
		assert.Equal(t, wantOK, m.minorOK, "%s %s: cache set", what, m.amount)
		if wantOK {
			assert.Equal(t, want, m.minor, "%s %s: cached grosze", what, m.amount)
		}
		got, ok := m.Minor()
		assert.Equal(t, wantOK, ok)
		assert.Equal(t, want, got)
	}
	for _, s := range amounts {
		d := decimal.RequireFromString(s)
		m, err := New(d, "PLN")
		require.NoError(t, err)
		check(t, "New", m)
		check(t, "PLN", PLN(d))
		check(t, "Neg", m.Neg())
		check(t, "Abs", m.Neg().Abs())
		check(t, "Round", m.Round(HalfAwayFromZero))
		check(t, "Mul", m.Mul(decimal.RequireFromString("0.105"), HalfEven))
		sum, err := m.Add(Grosze(1))
		require.NoError(t, err)
		check(t, "Add", sum)
		diff, err := m.Sub(Grosze(1))
		require.NoError(t, err)
		check(t, "Sub", diff)
		q, err := m.MulRatio(1, 3, Down)
		require.NoError(t, err)
		check(t, "MulRatio", q)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		var back Money
		require.NoError(t, json.Unmarshal(b, &back))
		check(t, "UnmarshalJSON", back)
	}
	for _, s := range []string{"231 895,59 zł", "17.600,00 zł", "207209.61", "0,10 zł"} {
		check(t, "ParseMoney", MustParseMoney(s))
	}
	check(t, "Grosze", Grosze(-123450))
	fm, err := FromMinor(99, "EUR")
	require.NoError(t, err)
	check(t, "FromMinor", fm)
	parts, err := Split(MustParseMoney("100,00 zł"), decimal.NewFromInt(33), decimal.NewFromInt(67))
	require.NoError(t, err)
	for _, p := range parts {
		check(t, "Split", p)
	}
	var zero Money
	g, ok := zero.Minor()
	assert.True(t, ok, "the zero Money is 0 grosze without a cache")
	assert.Zero(t, g)
}
