package budget

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
)

func TestPercentOf(t *testing.T) {
	tests := []struct {
		name        string
		part, whole Money
		places      int32
		r           Rounding
		want        string
	}{
		{"own contribution of the Brzeszcze plan", MustParseMoney("24 349,04"), MustParseMoney("231 895,59"), 2, HalfAwayFromZero, "10.5"},
		{"a third rounded to two places", Grosze(1), Grosze(3), 2, HalfAwayFromZero, "33.33"},
		{"two thirds rounded to two places", Grosze(2), Grosze(3), 2, HalfAwayFromZero, "66.67"},
		{"two thirds rounded down", Grosze(2), Grosze(3), 2, Down, "66.66"},
		{"a half at whole percent rounds half even", Grosze(1), Grosze(8), 0, HalfEven, "12"},
		{"more than the whole", Grosze(3), Grosze(2), 2, HalfAwayFromZero, "150"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PercentOf(tt.part, tt.whole, tt.places, tt.r)
			require.NoError(t, err)
			assert.True(t, got.Equal(dec(tt.want)), "want %s, got %s", tt.want, got)
		})
	}
	t.Run("a zero whole is an error", func(t *testing.T) {
		_, err := PercentOf(Grosze(1), Money{}, 2, HalfAwayFromZero)
		assert.ErrorIs(t, err, ErrDivisionByZero)
	})
	t.Run("different currencies are an error", func(t *testing.T) {
		_, err := PercentOf(Grosze(1), eur("1"), 2, HalfAwayFromZero)
		assert.ErrorIs(t, err, ErrCurrencyMismatch)
	})
}

func TestPercentagesFromAmounts(t *testing.T) {
	eligible := MustParseMoney("231 895,59 zł")
	in := []Share{{Source: "grant", Amount: MustParseMoney("207 546,55")}, {Source: "own", Amount: MustParseMoney("24 349,04")}}
	got, err := Percentages(eligible, in, StandardShareRounding())
	require.NoError(t, err)
	assert.True(t, got[0].Percent.Equal(dec("89.5")), got[0].Percent.String())
	assert.True(t, got[1].Percent.Equal(dec("10.5")), got[1].Percent.String())
	assert.True(t, in[0].Percent.IsZero(), "the input is not modified")
	assert.Equal(t, "own", got[1].Source)
}

func TestPercentagesRejectsAmountsThatDoNotCoverTheEligibleCost(t *testing.T) {
	tests := []struct {
		name     string
		eligible Money
		amounts  []Money
		paths    []string
		causes   []error
	}{
		{"amounts short of the eligible cost", Grosze(1000), []Money{Grosze(500), Grosze(400)}, []string{""}, []error{integracja.ErrInconsistent}},
		{"a negative amount", Grosze(1000), []Money{Grosze(1100), Grosze(-100)}, []string{"[1].amount"}, []error{integracja.ErrOutOfRange}},
		{"an amount in another currency", Grosze(1000), []Money{Grosze(1000), eur("0")}, []string{"[1].amount"}, []error{ErrCurrencyMismatch}},
		{"a zero eligible cost", Money{}, nil, []string{"eligible"}, []error{integracja.ErrOutOfRange}},
		{"an eligible cost with a fraction of a grosz", PLN(dec("0.005")), []Money{PLN(dec("0.005"))}, []string{"eligible"}, []error{integracja.ErrInvalid}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error", func(t *testing.T) {
			shares := make([]Share, len(tt.amounts))
			for i, a := range tt.amounts {
				shares[i].Amount = a
			}
			_, err := Percentages(tt.eligible, shares, StandardShareRounding())
			require.Error(t, err)
			fes := integracja.FieldErrors(err)
			require.Len(t, fes, len(tt.paths))
			for i, fe := range fes {
				assert.Equal(t, tt.paths[i], fe.Path.String())
				assert.ErrorIs(t, fe, tt.causes[i])
			}
		})
	}
}

func TestAmountsFromPercentages(t *testing.T) {
	tests := []struct {
		name     string
		eligible Money
		percents []string
		mode     Rounding
		want     []string
	}{
		{"PO KL 89,5 / 10,5 of the Brzeszcze plan", MustParseMoney("231 895,59"), []string{"89.5", "10.5"}, HalfAwayFromZero, []string{"207546.55", "24349.04"}},
		{"RPO 92,5 / 7,5 of the Trzebinia grant", MustParseMoney("17 600,00"), []string{"92.5", "7.5"}, HalfAwayFromZero, []string{"16280", "1320"}},
		{"two exact halves rounded up give one grosz back from the first", Grosze(5), []string{"50", "50"}, HalfAwayFromZero, []string{"0.02", "0.03"}},
		{"two exact halves rounded down give the grosz to the first", Grosze(5), []string{"50", "50"}, Down, []string{"0.03", "0.02"}},
		{"half even settles halves in order", Grosze(5), []string{"50", "50"}, HalfEven, []string{"0.03", "0.02"}},
		{"thirds rounded up", Grosze(100), []string{"33.33", "33.33", "33.34"}, Up, []string{"0.33", "0.33", "0.34"}},
		{"three ways rounded up give back two grosze", Grosze(100), []string{"33.331", "33.331", "33.338"}, Up, []string{"0.33", "0.33", "0.34"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shares := make([]Share, len(tt.percents))
			for i, p := range tt.percents {
				shares[i].Percent = dec(p)
			}
			got, err := Amounts(tt.eligible, shares, ShareRounding{Places: 2, Mode: tt.mode})
			require.NoError(t, err)
			var parts []Money
			for i, w := range tt.want {
				assertMoney(t, PLN(dec(w)), got[i].Amount)
				parts = append(parts, got[i].Amount)
			}
			sum, err := Sum(parts...)
			require.NoError(t, err)
			assertMoney(t, tt.eligible, sum)
			assert.True(t, shares[0].Amount.IsZero(), "the input is not modified")
		})
	}
}

func TestAmountsMatchSplitWhenRoundingDown(t *testing.T) {
	percents := []string{"12.345", "0.005", "7.65", "30", "49.999", "0.001"}
	shares := make([]Share, len(percents))
	for i, p := range percents {
		shares[i].Percent = dec(p)
	}
	for g := int64(1); g < 2000; g += 13 {
		got, err := Amounts(Grosze(g), shares, ShareRounding{Places: 2, Mode: Down})
		require.NoError(t, err)
		split, err := Split(Grosze(g), decs(percents...)...)
		require.NoError(t, err)
		for i := range split {
			require.True(t, split[i].Equal(got[i].Amount), "%d grosze, share %d: %s vs %s", g, i, split[i], got[i].Amount)
		}
		for _, mode := range []Rounding{HalfAwayFromZero, HalfEven, Up} {
			got, err := Amounts(Grosze(g), shares, ShareRounding{Places: 2, Mode: mode})
			require.NoError(t, err)
			sum := decimal.Zero
			for _, s := range got {
				sum = sum.Add(s.Amount.Decimal())
			}
			require.True(t, sum.Equal(Grosze(g).Decimal()), "%s: %d grosze add up", mode, g)
		}
	}
}

func TestAmountsRejectsBadPercentages(t *testing.T) {
	_, err := Amounts(Grosze(100), []Share{{Percent: dec("90")}, {Percent: dec("5")}}, StandardShareRounding())
	assert.ErrorIs(t, err, integracja.ErrInconsistent)
	assert.Contains(t, err.Error(), "95")
	_, err = Amounts(Grosze(100), []Share{{Percent: dec("110")}, {Percent: dec("-10")}}, StandardShareRounding())
	require.Len(t, integracja.FieldErrors(err), 1)
	assert.Equal(t, "[1].percent", integracja.FieldErrors(err)[0].Path.String())
	_, err = Amounts(Grosze(-100), []Share{{Percent: dec("100")}}, StandardShareRounding())
	assert.ErrorIs(t, err, integracja.ErrOutOfRange)
}

func TestCheckSharesBothWays(t *testing.T) {
	eligible := MustParseMoney("231 895,59 zł")
	ok := []Share{
		{Source: "grant", Amount: MustParseMoney("207 546,55"), Percent: dec("89.50")},
		{Source: "own", Amount: MustParseMoney("24 349,04"), Percent: dec("10.50")},
	}
	t.Run("a consistent funding table passes", func(t *testing.T) {
		assert.NoError(t, CheckShares(eligible, ok, StandardShareRounding()))
	})
	t.Run("a misprinted percentage is found", func(t *testing.T) {
		bad := []Share{ok[0], {Source: "own", Amount: ok[1].Amount, Percent: dec("10.6")}}
		bad[0].Percent = dec("89.4")
		err := CheckShares(eligible, bad, StandardShareRounding())
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 4, "both directions disagree")
		for i, p := range []string{"[0].percent", "[1].percent", "[0].amount", "[1].amount"} {
			assert.Equal(t, p, fes[i].Path.String())
			assert.ErrorIs(t, fes[i], integracja.ErrInconsistent)
		}
		assert.Equal(t, "kwota 24\u00a0349,04\u00a0zł to 10,50% kosztów kwalifikowalnych", fes[1].Detail.PL)
		assert.Equal(t, "the amount PLN\u00a024,349.04 is 10.50% of the eligible cost", fes[1].Detail.EN)
	})
	t.Run("an amount a few grosze off its percentage is found", func(t *testing.T) {
		bad := []Share{
			{Source: "grant", Amount: MustParseMoney("207 546,49"), Percent: dec("89.5")},
			{Source: "own", Amount: MustParseMoney("24 349,10"), Percent: dec("10.5")},
		}
		err := CheckShares(eligible, bad, StandardShareRounding())
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 2, "the percentages still round to 89,50 and 10,50; only the amounts disagree")
		assert.Equal(t, "[0].amount", fes[0].Path.String())
		assert.Contains(t, fes[1].Detail.PL, "24\u00a0349,04")
	})
	t.Run("rounded thirds skip the percentage-to-amount direction", func(t *testing.T) {
		thirds := []Share{{Amount: Grosze(33), Percent: dec("33")}, {Amount: Grosze(33), Percent: dec("33")}, {Amount: Grosze(34), Percent: dec("34")}}
		assert.NoError(t, CheckShares(Grosze(100), thirds, ShareRounding{Places: 0}))
		thirds = []Share{{Amount: Grosze(1), Percent: dec("33.33")}, {Amount: Grosze(1), Percent: dec("33.33")}, {Amount: Grosze(1), Percent: dec("33.33")}}
		assert.NoError(t, CheckShares(Grosze(3), thirds, StandardShareRounding()))
	})
	t.Run("amounts that do not add up are reported", func(t *testing.T) {
		err := CheckShares(eligible, ok[:1], StandardShareRounding())
		assert.ErrorIs(t, err, integracja.ErrInconsistent)
	})
}

func TestCoFinancing(t *testing.T) {
	at := integracja.MustParseDate("2011-06-01")
	own, ok := POKLOwnContribution().ValueAt(at)
	require.True(t, ok)
	grant, contribution, err := CoFinancing(MustParseMoney("231 895,59 zł"), own, StandardShareRounding())
	require.NoError(t, err)
	assertMoney(t, MustParseMoney("207 546,55"), grant)
	assertMoney(t, MustParseMoney("24 349,04"), contribution)

	rpo, ok := RPOSwietokrzyskie921OwnContribution().ValueAt(integracja.MustParseDate("2017-03-01"))
	require.True(t, ok)
	assert.True(t, rpo.Equal(dec("7.5")))
	_, ok = RPOSwietokrzyskie921OwnContribution().ValueAt(integracja.MustParseDate("2013-12-31"))
	assert.False(t, ok, "no 2014–2020 value before 2014")
	_, ok = POKLOwnContribution().ValueAt(integracja.MustParseDate("2009-03-08"))
	assert.False(t, ok, "no value before the first Zasady")

	_, _, err = CoFinancing(Grosze(100), dec("101"), StandardShareRounding())
	assert.ErrorIs(t, err, integracja.ErrOutOfRange)
}

func TestShippedSchedulesAreFreshEachCall(t *testing.T) {
	a := POKLOwnContribution()
	changed, err := a.With(integracja.Step[decimal.Decimal]{From: integracja.MustParseDate("2011-01-01"), Value: dec("15")})
	require.NoError(t, err)
	v, _ := changed.ValueAt(integracja.MustParseDate("2011-06-01"))
	assert.True(t, v.Equal(dec("15")))
	v, _ = POKLOwnContribution().ValueAt(integracja.MustParseDate("2011-06-01"))
	assert.True(t, v.Equal(dec("10.5")))
}

func TestShareRoundingPlacesAreBounded(t *testing.T) {
	// A ShareRounding is data (it has a JSON form): a decoded "places" of a
	// billion must be an error, not a quotient with a billion digits.
	eligible := Grosze(300)
	shares := []Share{{Source: "a", Amount: Grosze(100)}, {Source: "b", Amount: Grosze(200), Percent: dec("66.67")}}
	for _, places := range []int32{-1, MaxPlaces + 1, 1_000_000_000} {
		sr := ShareRounding{Places: places}
		_, err := Percentages(eligible, shares, sr)
		require.Error(t, err, "places %d", places)
		assert.ErrorIs(t, err, integracja.ErrOutOfRange)
		assert.Equal(t, []problem{{"places", integracja.ErrOutOfRange}}, problems(err))
		assert.Error(t, CheckShares(eligible, shares, sr))
	}
	for _, places := range []int32{0, 2, MaxPlaces} {
		_, err := Percentages(eligible, shares, ShareRounding{Places: places})
		assert.NoError(t, err, "places %d", places)
	}
}
