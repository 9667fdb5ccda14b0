package budget

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func eur(s string) Money {
	m, err := New(dec(s), "EUR")
	if err != nil {
		panic(err)
	}
	return m
}

func assertMoney(t *testing.T, want, got Money) {
	t.Helper()
	assert.True(t, want.Equal(got), "want %s, got %s", want, got)
}

func TestZeroMoneyIsZeroPLNAndCanBeSummedInto(t *testing.T) {
	var zero Money
	assert.Equal(t, "PLN", zero.Currency())
	assert.True(t, zero.IsZero())
	assert.False(t, zero.IsNegative())
	assert.False(t, zero.IsPositive())
	assert.Equal(t, "0.00 PLN", zero.String())
	assert.True(t, zero.Equal(PLN(decimal.Zero)))
	sum, err := zero.Add(Grosze(150))
	require.NoError(t, err)
	assertMoney(t, PLN(dec("1.5")), sum)
}

func TestNew(t *testing.T) {
	tests := []struct {
		name     string
		currency string
		ok       bool
	}{
		{"PLN is accepted", "PLN", true},
		{"EUR is accepted", "EUR", true},
		{"an empty currency is rejected", "", false},
		{"a lowercase code is rejected", "pln", false},
		{"a two-letter code is rejected", "PL", false},
		{"a four-letter code is rejected", "PLNN", false},
		{"the złoty sign is not a code", "zł", false},
		{"digits are rejected", "P1N", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := New(dec("12.50"), tt.currency)
			if !tt.ok {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrCurrency)
				var pe *integracja.ParseError
				assert.ErrorAs(t, err, &pe)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.currency, m.Currency())
			assert.True(t, m.Decimal().Equal(dec("12.5")))
		})
	}
}

func TestNewPLNEqualsThePLNConstructorAndTheZeroCurrency(t *testing.T) {
	m, err := New(decimal.Zero, "PLN")
	require.NoError(t, err)
	assert.True(t, m.Equal(Money{}))
}

func TestFromMinorAndGrosze(t *testing.T) {
	m, err := FromMinor(123450, "EUR")
	require.NoError(t, err)
	assertMoney(t, eur("1234.50"), m)
	_, err = FromMinor(1, "euro")
	assert.ErrorIs(t, err, ErrCurrency)
	assertMoney(t, PLN(dec("-0.07")), Grosze(-7))
	assertMoney(t, PLN(dec("92233720368547758.07")), Grosze(math.MaxInt64))
}

func TestAddSubAndSumAreExact(t *testing.T) {
	a, b := PLN(dec("0.1")), PLN(dec("0.2"))
	s, err := a.Add(b)
	require.NoError(t, err)
	assertMoney(t, PLN(dec("0.3")), s)
	d, err := a.Sub(b)
	require.NoError(t, err)
	assertMoney(t, PLN(dec("-0.1")), d)
	total, err := Sum(Grosze(1), Grosze(2), PLN(dec("123456789012345678901234567890.01")))
	require.NoError(t, err)
	assertMoney(t, PLN(dec("123456789012345678901234567890.04")), total)
	none, err := Sum()
	require.NoError(t, err)
	assertMoney(t, Money{}, none)
}

func TestArithmeticAcrossCurrenciesIsATypedError(t *testing.T) {
	ops := map[string]func() error{
		"adding EUR to PLN":      func() error { _, err := Grosze(1).Add(eur("1")); return err },
		"subtracting EUR":        func() error { _, err := Grosze(1).Sub(eur("1")); return err },
		"comparing PLN with EUR": func() error { _, err := Grosze(1).Cmp(eur("1")); return err },
		"summing mixed amounts":  func() error { _, err := Sum(Grosze(1), Grosze(2), eur("1")); return err },
	}
	for name, op := range ops {
		t.Run(name+" fails with both currencies named", func(t *testing.T) {
			err := op()
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrCurrencyMismatch)
			var me *CurrencyMismatchError
			require.ErrorAs(t, err, &me)
			assert.Equal(t, "PLN", me.A)
			assert.Equal(t, "EUR", me.B)
			assert.Equal(t, "budget: currency mismatch: PLN and EUR", err.Error())
			assert.Equal(t, "budget: niezgodne waluty: PLN i EUR", integracja.Localize(err, language.Polish))
		})
	}
}

func TestNegAbsAndSigns(t *testing.T) {
	m := PLN(dec("-12.30"))
	assert.True(t, m.IsNegative())
	assertMoney(t, PLN(dec("12.3")), m.Neg())
	assertMoney(t, PLN(dec("12.3")), m.Abs())
	assert.True(t, m.Neg().IsPositive())
	assert.Equal(t, "EUR", eur("1").Neg().Currency())
}

func TestRounding(t *testing.T) {
	tests := []struct {
		name   string
		amount string
		r      Rounding
		want   string
	}{
		{"half away from zero rounds a half grosz up", "0.005", HalfAwayFromZero, "0.01"},
		{"half away from zero rounds a negative half grosz down", "-0.005", HalfAwayFromZero, "-0.01"},
		{"half away from zero keeps below half", "1.0049", HalfAwayFromZero, "1.00"},
		{"half even rounds 0.005 to 0.00", "0.005", HalfEven, "0.00"},
		{"half even rounds 0.015 to 0.02", "0.015", HalfEven, "0.02"},
		{"half even rounds -0.025 to -0.02", "-0.025", HalfEven, "-0.02"},
		{"down truncates toward zero", "1.999", Down, "1.99"},
		{"down truncates a negative toward zero", "-1.999", Down, "-1.99"},
		{"up rounds away from zero", "1.001", Up, "1.01"},
		{"up rounds a negative away from zero", "-1.001", Up, "-1.01"},
		{"an amount in whole grosze is unchanged", "7.10", Up, "7.10"},
		{"whole złoty are unchanged", "7", Down, "7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertMoney(t, PLN(dec(tt.want)), PLN(dec(tt.amount)).Round(tt.r))
		})
	}
}

func TestMul(t *testing.T) {
	m := MustParseMoney("231 895,59 zł")
	mul := func(m Money, f string, r Rounding) Money {
		t.Helper()
		got, err := m.Mul(dec(f), r)
		require.NoError(t, err)
		return got
	}
	assertMoney(t, PLN(dec("24349.04")), mul(m, "0.105", HalfAwayFromZero)) // 24349.03695
	assertMoney(t, PLN(dec("24349.03")), mul(m, "0.105", Down))
	assertMoney(t, PLN(dec("-0.03")), mul(Grosze(-5), "0.5", HalfAwayFromZero))
	assertMoney(t, PLN(dec("-0.02")), mul(Grosze(-5), "0.5", HalfEven))
	assert.Equal(t, "EUR", mul(eur("2"), "3", Up).Currency())
}

func TestMulRatioIsExact(t *testing.T) {
	tests := []struct {
		name     string
		amount   string
		num, den int64
		r        Rounding
		want     string
	}{
		{"a third of a złoty rounds to 33 grosze", "1", 1, 3, HalfAwayFromZero, "0.33"},
		{"two thirds rounds to 67 grosze", "1", 2, 3, HalfAwayFromZero, "0.67"},
		{"two thirds rounded down is 66 grosze", "1", 2, 3, Down, "0.66"},
		{"a third rounded up is 34 grosze", "1", 1, 3, Up, "0.34"},
		{"an exact half goes away from zero", "0.05", 1, 2, HalfAwayFromZero, "0.03"},
		{"an exact half goes to even", "0.05", 1, 2, HalfEven, "0.02"},
		{"an exact half of 0.07 goes to even 0.04", "0.07", 1, 2, HalfEven, "0.04"},
		{"a negative half goes away from zero", "-0.05", 1, 2, HalfAwayFromZero, "-0.03"},
		{"a negative denominator flips the sign", "0.05", 1, -2, HalfAwayFromZero, "-0.03"},
		{"a quotient just above half rounds up under half even", "0.0500001", 1, 2, HalfEven, "0.03"},
		{"an amount beyond int64 grosze stays exact", "123456789012345678901234567.89", 1, 1, Down, "123456789012345678901234567.89"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PLN(dec(tt.amount)).MulRatio(tt.num, tt.den, tt.r)
			require.NoError(t, err)
			assertMoney(t, PLN(dec(tt.want)), got)
		})
	}
	t.Run("a zero denominator is an error, not a panic", func(t *testing.T) {
		_, err := Grosze(100).MulRatio(1, 0, HalfAwayFromZero)
		assert.ErrorIs(t, err, ErrDivisionByZero)
	})
}

func TestCmpAndEqual(t *testing.T) {
	c, err := PLN(dec("1.5")).Cmp(Grosze(150))
	require.NoError(t, err)
	assert.Equal(t, 0, c)
	c, err = Grosze(149).Cmp(Grosze(150))
	require.NoError(t, err)
	assert.Equal(t, -1, c)
	c, err = Grosze(151).Cmp(Grosze(150))
	require.NoError(t, err)
	assert.Equal(t, 1, c)
	assert.True(t, PLN(dec("1.5")).Equal(PLN(dec("1.50"))), "1.5 equals 1.50")
	assert.False(t, eur("1.5").Equal(PLN(dec("1.5"))), "currencies differ")
	assert.False(t, Grosze(1).Equal(Grosze(2)))
}

func TestMinor(t *testing.T) {
	tests := []struct {
		name   string
		amount string
		want   int64
		ok     bool
	}{
		{"two places give grosze", "1234.50", 123450, true},
		{"one place gives grosze", "1234.5", 123450, true},
		{"a whole number gives grosze", "12", 1200, true},
		{"trailing zeros beyond two places are fine", "1.2300", 123, true},
		{"a fraction of a grosz is not whole", "1.235", 0, false},
		{"a negative amount gives negative grosze", "-0.07", -7, true},
		{"zero is zero grosze", "0", 0, true},
		{"the largest int64 grosze fits", "92233720368547758.07", math.MaxInt64, true},
		{"the smallest int64 grosze fits", "-92233720368547758.08", math.MinInt64, true},
		{"one grosz more does not fit", "92233720368547758.08", 0, false},
		{"a huge amount does not fit", "1e30", 0, false},
		{"a large exponent that still fits", "1e16", 1e18, true},
		{"many zero places are whole", "5.000000000000000000000000", 500, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := PLN(dec(tt.amount)).Minor()
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMinorDoesNotAllocateForOrdinaryAmounts(t *testing.T) {
	m := MustParseMoney("231 895,59 zł")
	allocs := testing.AllocsPerRun(100, func() {
		if _, ok := m.Minor(); !ok {
			t.Fatal("not whole")
		}
	})
	assert.Zero(t, allocs)
}

func TestString(t *testing.T) {
	assert.Equal(t, "1234.50 PLN", Grosze(123450).String())
	assert.Equal(t, "-5.00 EUR", eur("-5").String())
	assert.Equal(t, "0.125 PLN", PLN(dec("0.125")).String(), "sub-grosz digits are not hidden")
	assert.Equal(t, "1000.00 PLN", PLN(dec("1e3")).String())
	for g, want := range map[int64]string{0: "0.00", 5: "0.05", -7: "-0.07", 99: "0.99", -100: "-1.00", 123456: "1234.56",
		math.MaxInt64: "92233720368547758.07", math.MinInt64: "-92233720368547758.08"} {
		assert.Equal(t, want+" PLN", Grosze(g).String(), "%d grosze", g)
		assert.True(t, PLN(dec(want)).Equal(Grosze(g)), "%s", want)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for _, m := range []Money{{}, Grosze(123450), eur("-0.5"), PLN(dec("0.125")), PLN(dec("98765432109876543210987.65"))} {
		t.Run("amount "+m.String()+" survives JSON", func(t *testing.T) {
			b, err := json.Marshal(m)
			require.NoError(t, err)
			var back Money
			require.NoError(t, json.Unmarshal(b, &back))
			assertMoney(t, m, back)
		})
	}
	b, err := json.Marshal(Grosze(123450))
	require.NoError(t, err)
	assert.JSONEq(t, `{"amount":"1234.50","currency":"PLN"}`, string(b))
}

func TestJSONDecodingIsStrict(t *testing.T) {
	tests := []struct {
		name  string
		input string
		path  string
		cause error
	}{
		{"an unknown field is rejected with its path", `{"amount":"1.00","currency":"PLN","note":"x"}`, "note", integracja.ErrUnknown},
		{"an exponent is rejected", `{"amount":"1e3","currency":"PLN"}`, "amount", integracja.ErrInvalid},
		{"a JSON number is rejected", `{"amount":1.5,"currency":"PLN"}`, "amount", integracja.ErrInvalid},
		{"a Polish decimal comma is rejected", `{"amount":"1,50","currency":"PLN"}`, "amount", integracja.ErrInvalid},
		{"a plus sign is rejected", `{"amount":"+1.50","currency":"PLN"}`, "amount", integracja.ErrInvalid},
		{"a trailing dot is rejected", `{"amount":"1.","currency":"PLN"}`, "amount", integracja.ErrInvalid},
		{"a leading dot is rejected", `{"amount":".5","currency":"PLN"}`, "amount", integracja.ErrInvalid},
		{"a missing amount is required", `{"currency":"PLN"}`, "amount", integracja.ErrRequired},
		{"a missing currency is required", `{"amount":"1.00"}`, "currency", integracja.ErrRequired},
		{"a lowercase currency is rejected", `{"amount":"1.00","currency":"pln"}`, "currency", ErrCurrency},
		{"a string instead of an object is rejected", `"1.00"`, "", integracja.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m Money
			err := m.UnmarshalJSON([]byte(tt.input))
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.cause)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes)
			assert.Equal(t, tt.path, fes[0].Path.String())
			assert.True(t, m.Equal(Money{}), "a failed decode leaves the value unchanged")
		})
	}
	t.Run("every problem is reported at once", func(t *testing.T) {
		var m Money
		err := m.UnmarshalJSON([]byte(`{"amount":"x","currency":"zł"}`))
		assert.Len(t, integracja.FieldErrors(err), 2)
	})
	t.Run("a nested bad amount is reported under its field", func(t *testing.T) {
		var v struct {
			Grant Money `json:"grant"`
		}
		err := json.Unmarshal([]byte(`{"grant":{"amount":"1e9999","currency":"PLN"}}`), &v)
		require.Error(t, err)
		assert.ErrorIs(t, err, integracja.ErrInvalid)
	})
	t.Run("null leaves the value unchanged", func(t *testing.T) {
		m := Grosze(5)
		require.NoError(t, m.UnmarshalJSON([]byte("null")))
		assertMoney(t, Grosze(5), m)
	})
}

func TestRoundingCodes(t *testing.T) {
	for _, r := range []Rounding{HalfAwayFromZero, HalfEven, Down, Up} {
		t.Run(r.String()+" round-trips through its code", func(t *testing.T) {
			b, err := r.MarshalText()
			require.NoError(t, err)
			var back Rounding
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, r, back)
		})
	}
	assert.Equal(t, "Rounding(9)", Rounding(9).String())
	_, err := Rounding(9).MarshalText()
	assert.Error(t, err)
	_, err = ParseRounding("HALF_UP")
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	assert.Equal(t, HalfAwayFromZero, Rounding(0), "the zero value is the default")
	assertMoney(t, Grosze(1), PLN(dec("0.005")).Round(Rounding(9))) // an unknown mode rounds half away from zero
}

func TestCurrencyMismatchErrorIsOnlyThatSentinel(t *testing.T) {
	err := &CurrencyMismatchError{A: "PLN", B: "EUR"}
	assert.True(t, errors.Is(err, ErrCurrencyMismatch))
	assert.False(t, errors.Is(err, integracja.ErrInvalid))
}

func TestMoneyIsAtMost32Bytes(t *testing.T) {
	assert.LessOrEqual(t, unsafe.Sizeof(Money{}), uintptr(32))
	assert.Equal(t, uintptr(24), unsafe.Sizeof(Money{}), "an int64, a pointer and a packed currency")
}

// checkRepresentation fails unless m holds its amount the one way the
// package allows: as int64 grosze exactly when the amount is whole grosze
// that fit an int64, worked out here through big.Rat, independently of
// the package's own conversion; and unless Minor, IsWholeMinor and the
// currency agree with that.
func checkRepresentation(t testing.TB, m Money) {
	t.Helper()
	r := m.Decimal().Shift(2).Rat()
	fits := r.IsInt() && r.Num().IsInt64()
	if fits != (m.dec == nil) {
		t.Fatalf("%s: held as a decimal: %v; whole grosze that fit an int64: %v", m, m.dec != nil, fits)
	}
	if fits && r.Num().Int64() != m.units {
		t.Fatalf("%s: holds %d grosze, the decimal says %s", m, m.units, r.Num())
	}
	if g, ok := m.Minor(); ok != fits || (fits && g != r.Num().Int64()) {
		t.Fatalf("%s: Minor() = %d, %v", m, g, ok)
	}
	if m.IsWholeMinor() != r.IsInt() {
		t.Fatalf("%s: IsWholeMinor() = %v", m, m.IsWholeMinor())
	}
	if !validCurrency(m.Currency()) {
		t.Fatalf("%s: currency %q", m, m.Currency())
	}
}

func TestEveryOperationGivesTheOneRepresentation(t *testing.T) {
	amounts := []string{"0", "0.00000", "0.01", "-0.01", "1234.5", "231895.59", "0.001", "1e3", "12.3400000", "1E-30",
		"92233720368547758.07", "92233720368547758.08", "-92233720368547758.08", "-92233720368547758.09",
		"1e40", "1e16", "1e17", "922337203685477580700e-4", "-922337203685477580800000e-6", "0.0050"}
	for _, s := range amounts {
		d := dec(s)
		m, err := New(d, "EUR")
		require.NoError(t, err)
		ops := map[string]Money{"New": m, "PLN": PLN(d), "Neg": m.Neg(), "Abs": m.Neg().Abs(), "Round": m.Round(HalfAwayFromZero)}
		for name, n := range map[string]Money{"a grosz": Grosze(1), "a minus grosz": Grosze(-1), "itself": PLN(d), "a half grosz": PLN(dec("0.005"))} {
			sum, err := PLN(d).Add(n)
			require.NoError(t, err)
			diff, err := PLN(d).Sub(n)
			require.NoError(t, err)
			ops["Add "+name], ops["Sub "+name] = sum, diff
		}
		if mul, err := m.Mul(dec("0.105"), HalfEven); err == nil {
			ops["Mul"] = mul
		}
		if q, err := m.MulRatio(7, 3, Down); err == nil {
			ops["MulRatio"] = q
		}
		if b, err := json.Marshal(m); err != nil {
			assert.ErrorIs(t, err, integracja.ErrOutOfRange, s) // 1e40 has 41 digits, 1E-30 30 places
		} else {
			var back Money
			require.NoError(t, json.Unmarshal(b, &back))
			ops["UnmarshalJSON"] = back
		}
		for name, n := range ops {
			t.Run(name+" of "+s, func(t *testing.T) { checkRepresentation(t, n) })
		}
	}
	for _, s := range []string{"231 895,59 zł", "17.600,00 zł", "207209.61", "0,10 zł", "999 999 999 999 999 999 999 999 999 999,99 zł"} {
		checkRepresentation(t, MustParseMoney(s))
	}
	fm, err := FromMinor(math.MinInt64, "EUR")
	require.NoError(t, err)
	checkRepresentation(t, fm)
	checkRepresentation(t, fm.Neg())
	checkRepresentation(t, fm.Neg().Neg())
	parts, err := Split(MustParseMoney("100,00 zł"), dec("33"), dec("67"))
	require.NoError(t, err)
	for _, p := range parts {
		checkRepresentation(t, p)
	}
}

func TestWholeGroszeArithmeticAllocatesNothing(t *testing.T) {
	a, b := MustParseMoney("231 895,59 zł"), Grosze(-12345)
	ops := map[string]func(){
		"Add":      func() { _, _ = a.Add(b) },
		"Sub":      func() { _, _ = a.Sub(b) },
		"Neg":      func() { _ = a.Neg() },
		"Abs":      func() { _ = b.Abs() },
		"Cmp":      func() { _, _ = a.Cmp(b) },
		"Equal":    func() { _ = a.Equal(b) },
		"MulRatio": func() { _, _ = a.MulRatio(2, 3, HalfEven) },
		"Round":    func() { _ = a.Round(Up) },
		"Minor":    func() { _, _ = a.Minor() },
		"IsWhole":  func() { _ = a.IsWholeMinor() },
		"signs":    func() { _ = a.IsZero() || a.IsNegative() || a.IsPositive() },
		"Currency": func() { _ = a.Currency() },
		"Sum":      func() { _, _ = Sum(a, b, a) },
	}
	for name, op := range ops {
		t.Run(name, func(t *testing.T) {
			assert.Zero(t, testing.AllocsPerRun(100, op))
		})
	}
}

func TestOverflowGoesToAnExactDecimalAndBack(t *testing.T) {
	top := Grosze(math.MaxInt64)
	over, err := top.Add(Grosze(1))
	require.NoError(t, err)
	assert.True(t, over.Decimal().Equal(dec("92233720368547758.08")), "%s", over)
	_, ok := over.Minor()
	assert.False(t, ok, "beyond int64 grosze")
	back, err := over.Sub(Grosze(1))
	require.NoError(t, err)
	assert.True(t, back.Equal(top), "%s", back)
	g, ok := back.Minor()
	assert.True(t, ok && g == math.MaxInt64, "back in grosze: %d %v", g, ok)

	under, err := Grosze(math.MinInt64).Sub(Grosze(1))
	require.NoError(t, err)
	assert.True(t, under.Decimal().Equal(dec("-92233720368547758.09")), "%s", under)
	assert.True(t, Grosze(math.MinInt64).Neg().Decimal().Equal(dec("92233720368547758.08")))
	assert.True(t, Grosze(math.MinInt64).Neg().Neg().Equal(Grosze(math.MinInt64)))
	c, err := over.Cmp(top)
	require.NoError(t, err)
	assert.Equal(t, 1, c)

	q, err := top.MulRatio(3, 2, HalfAwayFromZero) // the product does not fit an int64
	require.NoError(t, err)
	assert.True(t, q.Decimal().Equal(dec("138350580552821637.11")), "%s", q) // 1.5 × 92233720368547758.07 = …637.105
}

func TestMulRatioInInt64AgreesWithDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	values := []int64{0, 1, -1, 2, 5, -5, 7, 100, math.MaxInt64, math.MinInt64, math.MaxInt64 / 3, 1 << 32}
	for range 2000 {
		values = append(values, rng.Int64N(2_000_000)-1_000_000)
	}
	for i, g := range values {
		num := values[(i*7+3)%len(values)]
		den := values[(i*13+5)%len(values)]
		if den == 0 {
			den = 3
		}
		for _, r := range []Rounding{HalfAwayFromZero, HalfEven, Down, Up} {
			want := quoRound(decimal.NewFromInt(g).Mul(decimal.NewFromInt(num)), decimal.NewFromInt(den), 0, r)
			if got, ok := mulRatio64(g, num, den, r); ok && !decimal.NewFromInt(got).Equal(want) {
				t.Fatalf("%d × %d / %d (%s): int64 %d, decimal %s", g, num, den, r, got, want)
			}
		}
	}
}

func TestCurrencyCodesPackLosslessly(t *testing.T) {
	seen := map[currency]string{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			for c := 'A'; c <= 'Z'; c++ {
				code := string([]rune{a, b, c})
				p, ok := packCurrency(code)
				require.True(t, ok, code)
				require.Equal(t, code, p.String())
				require.Empty(t, seen[p], "%s and %s pack alike", code, seen[p])
				seen[p] = code
			}
		}
	}
	p, _ := packCurrency("PLN")
	assert.Zero(t, p, "PLN is the zero currency")
	for _, bad := range []string{"", "pln", "PL", "PLNN", "zł", "P1N"} {
		_, ok := packCurrency(bad)
		assert.False(t, ok, bad)
	}
}
