package budget

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// Numbers at the edges of the limits, and far beyond them: an exponent of
// a billion either way would expand to a billion digits in the first
// addition or division, which used to run for minutes.
var (
	places20  = dec("0.00000000000000000001")          // MaxPlaces places
	places21  = dec("0.000000000000000000001")         // one more
	digits30  = dec(strings.Repeat("9", MaxIntDigits)) // MaxIntDigits digits
	digits31  = dec("1" + strings.Repeat("0", MaxIntDigits))
	tinyExp   = decimal.New(1, -999_999_999)
	hugeExp   = decimal.New(1, 999_999_999)
	zeroTiny  = decimal.New(0, -2_000_000_000)
	manyDigit = dec(strings.Repeat("7", 5000) + ".5") // a long coefficient
)

func beyondLimits() map[string]decimal.Decimal {
	return map[string]decimal.Decimal{"21 places": places21, "31 digits": digits31, "an exponent of -10^9": tinyExp,
		"an exponent of 10^9": hugeExp, "a zero with 2·10^9 places": zeroTiny, "5000 digits": manyDigit}
}

func TestCheckLimitsAtTheEdges(t *testing.T) {
	for _, d := range []decimal.Decimal{places20, digits30, dec("0"), dec("-1.5"), decimal.New(5, MaxIntDigits-1), decimal.New(0, MaxIntDigits)} {
		assert.NoError(t, checkLimits(integracja.Path{}, d), d.String())
	}
	for name, d := range beyondLimits() {
		err := checkLimits(integracja.NewPath("x"), d)
		assert.Equal(t, []problem{{"x", integracja.ErrOutOfRange}}, problems(err), name)
	}
	err := checkLimits(integracja.Path{}, places21)
	assert.Equal(t, "wartość poza dopuszczalnym zakresem: więcej niż 20 miejsc po przecinku", integracja.Localize(err, language.Polish))
	assert.Equal(t, "value out of range: more than 20 decimal places", integracja.Localize(err, language.English))
	err = checkLimits(integracja.Path{}, digits31)
	assert.Equal(t, "wartość poza dopuszczalnym zakresem: więcej niż 30 cyfr przed przecinkiem", integracja.Localize(err, language.Polish))
	assert.Equal(t, "value out of range: more than 30 digits before the decimal point", integracja.Localize(err, language.English))
}

func TestArithmeticRefusesNumbersBeyondTheLimits(t *testing.T) {
	eligible := MustParseMoney("1000,00 zł")
	sr := StandardShareRounding()
	for name, d := range beyondLimits() {
		money := PLN(d)
		if d.IsZero() {
			money = PLN(digits31) // a zero is 0 grosze whatever its exponent
		}
		tests := []struct {
			what string
			run  func() error
			want []problem
		}{
			{"Split by the percentage", func() error { _, err := Split(eligible, d, dec("100")); return err },
				[]problem{{"[0]", integracja.ErrOutOfRange}}},
			{"Split of the amount", func() error { _, err := Split(money, dec("100")); return err },
				[]problem{{"total", integracja.ErrOutOfRange}}},
			{"Amounts by the percentage", func() error {
				_, err := Amounts(eligible, []Share{{Percent: d}, {Percent: dec("100")}}, sr)
				return err
			}, []problem{{"[0].percent", integracja.ErrOutOfRange}}},
			{"Amounts of the amount", func() error { _, err := Amounts(money, []Share{{Percent: dec("100")}}, sr); return err },
				[]problem{{"eligible", integracja.ErrOutOfRange}}},
			{"Percentages of the amount", func() error {
				_, err := Percentages(eligible, []Share{{Amount: money}, {Amount: eligible}}, sr)
				return err
			}, []problem{{"[0].amount", integracja.ErrOutOfRange}}},
			{"CheckShares with the percentage", func() error {
				return CheckShares(eligible, []Share{{Amount: eligible, Percent: d}}, sr)
			}, []problem{{"[0].percent", integracja.ErrOutOfRange}}},
			{"CoFinancing with the percentage", func() error { _, _, err := CoFinancing(eligible, d, sr); return err },
				[]problem{{"ownPercent", integracja.ErrOutOfRange}}},
			{"PercentOf the amount", func() error { _, err := PercentOf(money, eligible, 2, HalfEven); return err },
				[]problem{{"part", integracja.ErrOutOfRange}}},
			{"Mul by the factor", func() error { _, err := eligible.Mul(d, HalfEven); return err },
				[]problem{{"factor", integracja.ErrOutOfRange}}},
			{"Mul of the amount", func() error { _, err := money.Mul(dec("2"), HalfEven); return err },
				[]problem{{"amount", integracja.ErrOutOfRange}}},
			{"MulRatio of the amount", func() error { _, err := money.MulRatio(1, 3, HalfEven); return err },
				[]problem{{"amount", integracja.ErrOutOfRange}}},
			{"MarshalJSON of the amount", func() error { _, err := money.MarshalJSON(); return err },
				[]problem{{"amount", integracja.ErrOutOfRange}}},
		}
		for _, tt := range tests {
			t.Run(tt.what+" with "+name+" is an error", func(t *testing.T) {
				err := tt.run()
				require.Error(t, err)
				assert.Equal(t, tt.want, problems(err))
			})
		}
	}
}

func TestArithmeticAcceptsNumbersAtTheLimits(t *testing.T) {
	eligible := MustParseMoney("1000,00 zł")
	half20 := dec("50.00000000000000000000") // 20 places
	parts, err := Split(eligible, half20, half20)
	require.NoError(t, err)
	assert.True(t, parts[0].Equal(Grosze(50000)), "%s", parts[0])
	shares, err := Amounts(eligible, []Share{{Percent: half20}, {Percent: dec("50")}}, StandardShareRounding())
	require.NoError(t, err)
	assert.True(t, shares[1].Amount.Equal(Grosze(50000)), "%s", shares[1].Amount)
	grant, own, err := CoFinancing(eligible, half20, StandardShareRounding())
	require.NoError(t, err)
	assert.True(t, grant.Equal(own), "%s %s", grant, own)
	got, err := eligible.Mul(places20, Up)
	require.NoError(t, err)
	assert.True(t, got.Equal(Grosze(1)), "%s", got)
	got, err = Grosze(1).Mul(digits30, Down)
	require.NoError(t, err)
	assert.True(t, got.Decimal().Equal(digits30.Shift(-2)), "%s", got)
	big := PLN(digits30) // 30 digits: within the limits, beyond int64 grosze
	q, err := big.MulRatio(1, 1, Down)
	require.NoError(t, err)
	assert.True(t, q.Equal(big), "%s", q)
	pc, err := PercentOf(Grosze(1), Grosze(3), MaxPlaces, Down)
	require.NoError(t, err)
	assert.Equal(t, "33.33333333333333333333", pc.String())
	_, err = PercentOf(Grosze(1), Grosze(3), MaxPlaces+1, Down)
	assert.Equal(t, []problem{{"places", integracja.ErrOutOfRange}}, problems(err))
	_, err = PercentOf(Grosze(1), Grosze(3), -1, Down)
	assert.Equal(t, []problem{{"places", integracja.ErrOutOfRange}}, problems(err))
	_, err = PercentOf(Grosze(1), Grosze(3), 1_000_000_000, Down)
	assert.Equal(t, []problem{{"places", integracja.ErrOutOfRange}}, problems(err))
}

func TestProportionPercentTakesItsPlacesWithinTheLimits(t *testing.T) {
	third, err := NewProportion(Grosze(1), Grosze(3))
	require.NoError(t, err)
	at := func(places int32) string {
		pc, ok := third.Percent(places, Down)
		require.True(t, ok)
		return pc.String()
	}
	assert.Equal(t, "33.33333333333333333333", at(MaxPlaces))
	assert.Equal(t, at(MaxPlaces), at(1_000_000_000), "more places than MaxPlaces round to MaxPlaces")
	assert.Equal(t, "30", at(-1), "a negative places rounds to tens")
	assert.Equal(t, at(-MaxIntDigits), at(-1_000_000_000))
}

func TestRoundIsBoundedWhateverTheExponent(t *testing.T) {
	for _, r := range []Rounding{HalfAwayFromZero, HalfEven, Down} {
		assert.True(t, PLN(tinyExp).Round(r).IsZero(), r.String())
		assert.True(t, PLN(tinyExp.Neg()).Round(r).IsZero(), r.String())
	}
	assert.True(t, PLN(tinyExp).Round(Up).Equal(Grosze(1)))
	assert.True(t, PLN(tinyExp.Neg()).Round(Up).Equal(Grosze(-1)))
	assert.True(t, PLN(zeroTiny).IsZero())
	assert.True(t, PLN(zeroTiny).Equal(Money{}), "a zero is zero grosze whatever its exponent")
	assert.False(t, PLN(tinyExp).IsWholeMinor())
	_, ok := PLN(hugeExp).Minor()
	assert.False(t, ok)
	assert.True(t, PLN(decimal.New(5, -3)).Round(HalfAwayFromZero).Equal(Grosze(1)), "0.005 is at the edge, not below it")
	assert.True(t, PLN(decimal.New(49, -4)).Round(HalfAwayFromZero).IsZero())
}

func TestAMegabyteOfDigitsIsRefusedWithAShortQuote(t *testing.T) {
	mb := strings.Repeat("1", 1<<20)
	inputs := map[string]string{"digits": mb, "grouped digits": "1 " + strings.Repeat("000 ", 1<<18),
		"decimal places": "1," + mb, "a currency after": mb + " zł"}
	for name, s := range inputs {
		t.Run("ParseMoney of a megabyte of "+name, func(t *testing.T) {
			_, err := ParseMoney(s)
			require.Error(t, err)
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.LessOrEqual(t, len(pe.Input), integracja.MaxQuoted+len("…"))
			assert.True(t, strings.HasSuffix(pe.Input, "…"), pe.Input)
			assert.Less(t, len(err.Error()), 300, err.Error())
		})
	}
	_, err := ParseMoney(mb)
	assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	_, err = ParseMoney("1," + mb)
	assert.ErrorIs(t, err, integracja.ErrInvalid, "a comma and many digits are too many decimal places")

	for _, amount := range []string{mb, "0." + mb, "x" + mb} {
		var m Money
		err := json.Unmarshal([]byte(`{"amount":"`+amount+`","currency":"PLN"}`), &m)
		require.Error(t, err)
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1)
		assert.Equal(t, "amount", fes[0].Path.String())
		assert.LessOrEqual(t, len(fes[0].Value), integracja.MaxQuoted+len("…"))
		assert.Less(t, len(err.Error()), 300, err.Error())
	}
	var p Proportion
	err = json.Unmarshal([]byte(`{"part":"`+mb+`","whole":"1"}`), &p)
	assert.Equal(t, []problem{{"part", integracja.ErrOutOfRange}}, problems(err))
}

func TestDecodedDecimalsAreBoundedAndHaveNoExponent(t *testing.T) {
	mb := strings.Repeat("1", 1<<20)
	tests := []struct {
		name, percent string
		cause         error
	}{
		{"an exponent", `"1e-999999999"`, integracja.ErrInvalid},
		{"an exponent in a JSON number", `1e2`, integracja.ErrInvalid},
		{"a megabyte of digits", `"` + mb + `"`, integracja.ErrOutOfRange},
		{"a megabyte of places", `"0.` + mb + `"`, integracja.ErrOutOfRange},
		{"one digit too many", `"1` + strings.Repeat("0", MaxIntDigits) + `"`, integracja.ErrOutOfRange},
		{"one place too many", `"0.` + strings.Repeat("1", MaxPlaces+1) + `"`, integracja.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run("a share's percentage with "+tt.name+" is refused at its path", func(t *testing.T) {
			var shares []Share
			start := time.Now()
			err := integracja.DecodeJSON([]byte(`[{"source":"own","amount":{"amount":"1.00","currency":"PLN"},"percent":`+tt.percent+`}]`), &shares)
			assert.Less(t, time.Since(start), time.Second, "shopspring's decoder takes seconds for a megabyte")
			assert.Equal(t, []problem{{"[0].percent", tt.cause}}, problems(err))
			assert.Less(t, len(err.Error()), 300, err.Error())
		})
	}
	t.Run("a share's percentage at the limits is read exactly", func(t *testing.T) {
		var shares []Share
		edge := strings.Repeat("9", MaxIntDigits) + "." + strings.Repeat("1", MaxPlaces)
		require.NoError(t, integracja.DecodeJSON([]byte(`[{"source":"own","amount":{"amount":"1.00","currency":"PLN"},"percent":"`+edge+`"}]`), &shares))
		assert.True(t, shares[0].Percent.Equal(dec(edge)), "%s", shares[0].Percent)
	})
}

func TestParsersReadUpToTheLimits(t *testing.T) {
	thirty := strings.Repeat("9", MaxIntDigits)
	m, err := ParseMoney(thirty + ",99 zł")
	require.NoError(t, err)
	assert.True(t, m.Decimal().Equal(dec(thirty+".99")), "%s", m)
	_, err = ParseMoney("1" + thirty + ",99 zł")
	assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	grouped := "999" + strings.Repeat(" 999", MaxIntDigits/3-1) // 30 digits in groups
	m, err = ParseMoney(grouped)
	require.NoError(t, err)
	assert.True(t, m.Decimal().Equal(dec(thirty)), "%s", m)
	_, err = ParseMoney("9 " + grouped)
	assert.ErrorIs(t, err, integracja.ErrOutOfRange)

	twenty := strings.Repeat("1", MaxPlaces)
	for _, tt := range []struct {
		amount string
		err    error
	}{
		{thirty + "." + twenty, nil},
		{"-" + thirty + "." + twenty, nil},
		{"1" + thirty, integracja.ErrOutOfRange},
		{"1." + twenty + "1", integracja.ErrOutOfRange},
		{"1." + twenty + "x", integracja.ErrInvalid},
	} {
		var m Money
		err := json.Unmarshal([]byte(`{"amount":"`+tt.amount+`","currency":"PLN"}`), &m)
		if tt.err == nil {
			require.NoError(t, err, tt.amount)
			assert.True(t, m.Decimal().Equal(dec(tt.amount)), "%s: %s", tt.amount, m)
			continue
		}
		assert.Equal(t, []problem{{"amount", tt.err}}, problems(err), tt.amount)
	}
}

func TestErrorsQuoteAShortEscapedPrefix(t *testing.T) {
	tests := []struct {
		name, input, quoted string
	}{
		{"a short input is quoted whole", "12 ab", "12 ab"},
		{"an input of integracja.MaxQuoted bytes is quoted whole", strings.Repeat("x", integracja.MaxQuoted), strings.Repeat("x", integracja.MaxQuoted)},
		{"a longer input is cut", strings.Repeat("x", integracja.MaxQuoted+1), strings.Repeat("x", integracja.MaxQuoted) + "…"},
		{"a cut falls between characters", strings.Repeat("x", integracja.MaxQuoted-1) + "źdźbło", strings.Repeat("x", integracja.MaxQuoted-1) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseMoney(tt.input)
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.quoted, pe.Input)
		})
	}
	t.Run("line breaks, control characters and bidirectional marks are escaped", func(t *testing.T) {
		for _, s := range []string{"12\n2024-01-01 INFO forged", "1\r2", "12\u202e34", "12\x1b[31m", "1\u2066x"} {
			_, err := ParseMoney(s)
			require.Error(t, err)
			var m Money
			jerr := json.Unmarshal([]byte(`{"amount":`+quoteJSON(s)+`,"currency":"PLN"}`), &m)
			require.Error(t, jerr)
			for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish), jerr.Error()} {
				assert.NotContains(t, msg, "\n", "%q", msg)
				assert.NotContains(t, msg, "\r", "%q", msg)
				assert.NotContains(t, msg, "\u202e", "%q", msg)
				assert.NotContains(t, msg, "\u2066", "%q", msg)
				assert.NotContains(t, msg, "\x1b", "%q", msg)
			}
		}
	})
}

func quoteJSON(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// BenchmarkParseLongInput shows that the cost of reading an amount does
// not grow with a long input: ParseMoney stops at the first digit beyond
// the limits, so a megabyte of digits costs what an ordinary amount
// costs (the baseline); JSON decoding must scan the megabyte of the JSON
// string, and then stops the same way.
func BenchmarkParseLongInput(b *testing.B) {
	mb := strings.Repeat("1", 1<<20)
	for _, in := range []struct{ name, s string }{
		{"baseline-ordinary-amount", "231 895,59 zł"}, {"digits-1KB", mb[:1<<10]}, {"digits-1MB", mb},
	} {
		b.Run("ParseMoney/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ParseMoney(in.s)
			}
		})
	}
	for _, in := range []struct{ name, s string }{{"baseline-ordinary-amount", "231895.59"}, {"digits-1MB", mb}} {
		data := []byte(`{"amount":"` + in.s + `","currency":"PLN"}`)
		b.Run("UnmarshalJSON/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var m Money
				_ = m.UnmarshalJSON(data)
			}
		})
	}
}

func TestABudgetQuotesAShortPrefixOfABadCurrency(t *testing.T) {
	b := testBudget()
	b.Currency = strings.Repeat("Z", 1<<20)
	fes := integracja.FieldErrors(b.Validate())
	require.NotEmpty(t, fes)
	assert.Equal(t, "currency", fes[0].Path.String())
	assert.Equal(t, strings.Repeat("Z", integracja.MaxQuoted)+"…", fes[0].Value)
}

func TestValidateQuotesAShortEscapedPrefixOfEveryCode(t *testing.T) {
	long := "a\n2019/01/01 INFO forged " + strings.Repeat("x", 1<<20)
	tests := []struct {
		name, path string
		change     func(*Budget)
	}{
		{"an unknown plan category", "plan[0].category", func(b *Budget) { b.Plan[0].Category = long }},
		{"a plan category given twice", "plan[5].category", func(b *Budget) {
			b.Categories = Catalogue{cats: append(b.Categories.Categories(), Category{Code: long})}
			b.Plan = append(b.Plan, PlanItem{Category: long, Amount: Grosze(0)}, PlanItem{Category: long, Amount: Grosze(0)})
		}},
		{"an unknown ledger category", "ledger[0].category", func(b *Budget) { b.Ledger[0].Category = long }},
		{"an unknown ledger source", "ledger[0].source", func(b *Budget) { b.Ledger[0].Source = long }},
		{"a malformed source code", "sources[0].code", func(b *Budget) { b.Sources[0].Code = long }},
		{"a source code given twice", "sources[1].code", func(b *Budget) {
			b.Sources[0].Code, b.Sources[1].Code = long, long
		}},
	}
	for _, tt := range tests {
		t.Run("Validate quotes a short prefix of "+tt.name, func(t *testing.T) {
			b := testBudget()
			tt.change(&b)
			err := b.Validate()
			var found bool
			for _, fe := range integracja.FieldErrors(err) {
				assert.LessOrEqual(t, len(fe.Value), integracja.MaxQuoted+len("…"), "%s quotes %d bytes", fe.Path, len(fe.Value))
				found = found || fe.Path.String() == tt.path
			}
			assert.True(t, found, "no problem at %s in %v", tt.path, err)
			assert.NotContains(t, err.Error(), "\n2019", "a line break in a code is escaped, so it cannot forge a log line")
			assert.Less(t, len(err.Error()), 2000)
		})
	}
	t.Run("NewCatalogue quotes a short prefix of a code too long or not snake_case", func(t *testing.T) {
		for _, code := range []string{long, "Zły Kod\n" + strings.Repeat("x", 50)} {
			_, err := NewCatalogue(Category{Code: code, Name: integracja.Text{PL: "x"}})
			fes := integracja.FieldErrors(err)
			require.Len(t, fes, 1)
			assert.Equal(t, excerpt(code), fes[0].Value)
			assert.NotContains(t, err.Error(), "\n")
		}
	})
	t.Run("Validate quotes a short prefix of an unknown category of the figure map", func(t *testing.T) {
		b := testBudget()
		b.FigureMap = &FigureMap{CrossFinancing: []string{long}}
		err := b.Validate()
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1)
		assert.Equal(t, excerpt(long), fes[0].Value)
	})
}
