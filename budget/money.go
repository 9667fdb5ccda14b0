package budget

import (
	"encoding/json"
	"math"
	"math/big"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
	"github.com/aktywna/integracja/internal/jsonx"
)

// Money is an exact amount of money in a currency (ISO 4217 code, PLN when
// none is given), never a float. An amount in whole grosze (cents: at most
// two decimal places once trailing zeros are dropped) whose number of
// grosze fits an int64 — every amount a document prints — is held as that
// number of grosze, and arithmetic on such amounts is int64 arithmetic
// that allocates nothing. Any other amount (fractions of a grosz, or more
// than about 92 quadrillion złoty) is held as an exact decimal, and a
// result that is whole grosze again goes back to grosze. The amount is
// the same either way: 1.5 and 1.50 are one amount, and [Money.Decimal]
// gives an amount in whole grosze with two places ("1.50").
//
// Money is an immutable value (24 bytes on a 64-bit platform): every
// operation returns a new one. The zero Money is 0 PLN and is usable: summing into it works.
// Compare Money with [Money.Equal], never with == or reflect.DeepEqual.
//
// Limits: [ParseMoney] and JSON decoding read at most [MaxIntDigits]
// digits before the decimal point and [MaxPlaces] after it, and the
// functions that take a percentage, a factor or a number of places from
// their caller ([Split], [Amounts], [Percentages], [CheckShares],
// [CoFinancing], [PercentOf], [Money.Mul], [Money.MulRatio]) refuse
// numbers beyond the same limits with an error whose cause is
// [integracja.ErrOutOfRange], so that no input can make them run for
// minutes. [New] and [PLN] take any decimal the program gives them.
type Money struct {
	// units is the amount in minor units (grosze) when dec is nil.
	units int64
	// dec is the amount when it is not whole grosze or its grosze do not
	// fit an int64, and nil otherwise: an amount has one representation.
	dec *decimal.Decimal
	cur currency
}

// currency is an ISO 4217 code of three uppercase letters packed into 15
// bits (the letters as base-26 digits), XORed with the code of PLN so
// that the zero currency is PLN.
type currency uint16

// plnCode is PLN packed without the XOR.
const plnCode = ('P'-'A')*26*26 + ('L'-'A')*26 + ('N' - 'A')

// packCurrency packs c, three uppercase ASCII letters; false for anything
// else.
func packCurrency(c string) (currency, bool) {
	if !validCurrency(c) {
		return 0, false
	}
	v := uint16(c[0]-'A')*26*26 + uint16(c[1]-'A')*26 + uint16(c[2]-'A')
	return currency(v ^ plnCode), true
}

// String returns the three-letter code.
func (c currency) String() string {
	if c == 0 {
		return DefaultCurrency
	}
	v := uint16(c) ^ plnCode
	b := [3]byte{byte(v/(26*26)) + 'A', byte(v/26%26) + 'A', byte(v%26) + 'A'}
	return string(b[:])
}

// fromDecimal returns amount d in currency c: whole grosze that fit an
// int64 as grosze, anything else as the decimal. Every Money built from a
// decimal goes through it, so an amount has one representation.
func fromDecimal(d decimal.Decimal, c currency) Money {
	if g, ok := wholeMinor(d); ok {
		return Money{units: g, cur: c}
	}
	return Money{dec: &d, cur: c}
}

// DefaultCurrency is the currency of the zero Money and of amounts written
// without one.
const DefaultCurrency = "PLN"

// ErrCurrencyMismatch is the cause of every [*CurrencyMismatchError]:
// arithmetic or comparison across two currencies, which the package never
// converts silently.
var ErrCurrencyMismatch = integracja.NewCause("currency_mismatch",
	integracja.Text{PL: "niezgodne waluty", EN: "currency mismatch"})

// ErrDivisionByZero is returned by [Money.MulRatio] for a zero denominator.
var ErrDivisionByZero = integracja.NewCause("division_by_zero",
	integracja.Text{PL: "dzielenie przez zero", EN: "division by zero"})

// ErrCurrency is the cause of an error for a currency code that is not
// three uppercase ASCII letters.
var ErrCurrency = integracja.NewCause("currency",
	integracja.Text{PL: "nieprawidłowy kod waluty (oczekiwano kodu ISO 4217 z trzech wielkich liter)",
		EN: "invalid currency code (want three uppercase ISO 4217 letters)"})

// CurrencyMismatchError reports an operation on amounts in two different
// currencies A and B. errors.Is(err, ErrCurrencyMismatch) holds for it.
type CurrencyMismatchError struct {
	A, B string
}

// Error names both currencies: "budget: currency mismatch: PLN and EUR".
func (e *CurrencyMismatchError) Error() string { return e.Message(language.English) }

// Message returns the error in the language t asks for.
func (e *CurrencyMismatchError) Message(t language.Tag) string {
	if integracja.IsEnglish(t) {
		return "budget: currency mismatch: " + e.A + " and " + e.B
	}
	return "budget: niezgodne waluty: " + e.A + " i " + e.B
}

// Is reports whether target is [ErrCurrencyMismatch].
func (e *CurrencyMismatchError) Is(target error) bool { return target == ErrCurrencyMismatch }

// validCurrency reports whether c is three uppercase ASCII letters.
func validCurrency(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

func currencyError(c string) error {
	return &integracja.ParseError{Kind: "currency", KindPL: "waluty", Input: excerpt(c), Err: ErrCurrency}
}

// New returns amount in currency, an ISO 4217 code of three uppercase ASCII
// letters ("PLN", "EUR"); any other currency text is an error whose cause is
// [ErrCurrency]. The code's shape is checked, not its membership of the
// ISO list.
func New(amount decimal.Decimal, currency string) (Money, error) {
	c, ok := packCurrency(currency)
	if !ok {
		return Money{}, currencyError(currency)
	}
	return fromDecimal(amount, c), nil
}

// PLN returns amount in Polish złoty.
func PLN(amount decimal.Decimal) Money { return fromDecimal(amount, 0) }

// FromMinor returns units minor units (grosze, cents: two decimal places)
// of currency: FromMinor(123450, "PLN") is 1234.50 PLN.
func FromMinor(units int64, currency string) (Money, error) {
	c, ok := packCurrency(currency)
	if !ok {
		return Money{}, currencyError(currency)
	}
	return Money{units: units, cur: c}, nil
}

// Grosze returns n grosze as PLN: Grosze(123450) is 1234.50 PLN.
func Grosze(n int64) Money { return Money{units: n} }

// Decimal returns the amount: with two decimal places for an amount in
// whole grosze (1.5 zł gives 1.50), exactly as held otherwise.
func (m Money) Decimal() decimal.Decimal {
	if m.dec != nil {
		return *m.dec
	}
	return decimal.New(m.units, -2)
}

// Currency returns the ISO 4217 code; "PLN" for the zero Money.
func (m Money) Currency() string { return m.cur.String() }

func (m Money) same(n Money) error {
	if m.cur != n.cur {
		return &CurrencyMismatchError{A: m.Currency(), B: n.Currency()}
	}
	return nil
}

// Add returns m + n, exactly. Amounts in different currencies give a
// [*CurrencyMismatchError]. Adding amounts in whole grosze allocates
// nothing unless the sum overflows an int64, when it is computed as a
// decimal.
func (m Money) Add(n Money) (Money, error) {
	if s := m.units + n.units; m.cur == n.cur && m.dec == nil && n.dec == nil &&
		(m.units^s)&(n.units^s) >= 0 { // no overflow
		return Money{units: s, cur: m.cur}, nil
	}
	return m.addDecimal(n, false)
}

// addDecimal returns m + n, or m − n when sub is set, as a decimal sum:
// the path of Add and Sub for amounts that are not both whole grosze, or
// whose int64 sum would overflow, and for different currencies.
func (m Money) addDecimal(n Money, sub bool) (Money, error) {
	if err := m.same(n); err != nil {
		return Money{}, err
	}
	if sub {
		return fromDecimal(m.Decimal().Sub(n.Decimal()), m.cur), nil
	}
	return fromDecimal(m.Decimal().Add(n.Decimal()), m.cur), nil
}

// Sub returns m − n, exactly. Amounts in different currencies give a
// [*CurrencyMismatchError]. Like Add, it allocates nothing on whole
// grosze.
func (m Money) Sub(n Money) (Money, error) {
	if s := m.units - n.units; m.cur == n.cur && m.dec == nil && n.dec == nil &&
		(m.units^n.units)&(m.units^s) >= 0 { // no overflow
		return Money{units: s, cur: m.cur}, nil
	}
	return m.addDecimal(n, true)
}

// Neg returns −m.
func (m Money) Neg() Money {
	if m.dec == nil && m.units != math.MinInt64 {
		return Money{units: -m.units, cur: m.cur}
	}
	return fromDecimal(m.Decimal().Neg(), m.cur)
}

// Abs returns |m|.
func (m Money) Abs() Money {
	if m.IsNegative() {
		return m.Neg()
	}
	return m
}

// Mul returns m × f rounded to whole grosze (two places) with r. A factor
// or an amount beyond [MaxIntDigits] and [MaxPlaces] is an error whose
// cause is [integracja.ErrOutOfRange], at the path "factor" or "amount".
func (m Money) Mul(f decimal.Decimal, r Rounding) (Money, error) {
	if err := integracja.Join(m.checkLimits(integracja.NewPath("amount")),
		checkLimits(integracja.NewPath("factor"), f)); err != nil {
		return Money{}, err
	}
	return fromDecimal(r.round(m.Decimal().Mul(f), 2), m.cur), nil
}

// MulRatio returns m × num / den rounded to whole grosze with r, computed
// exactly (the quotient is never truncated before rounding). A zero den is
// an error whose cause is [ErrDivisionByZero]; an amount beyond
// [MaxIntDigits] and [MaxPlaces], one whose cause is
// [integracja.ErrOutOfRange]. On whole grosze it computes in int64 and
// allocates nothing.
func (m Money) MulRatio(num, den int64, r Rounding) (Money, error) {
	if den == 0 {
		return Money{}, ErrDivisionByZero
	}
	if m.dec == nil {
		if g, ok := mulRatio64(m.units, num, den, r); ok {
			return Money{units: g, cur: m.cur}, nil
		}
	} else if err := m.checkLimits(integracja.NewPath("amount")); err != nil {
		return Money{}, err
	}
	q := quoRound(m.Decimal().Mul(decimal.NewFromInt(num)), decimal.NewFromInt(den), 2, r)
	return fromDecimal(q, m.cur), nil
}

// mulRatio64 returns g × num / den rounded to an integer with r, and
// false when g × num does not fit an int64. den is not 0.
func mulRatio64(g, num, den int64, r Rounding) (int64, bool) {
	p := g * num
	if g != 0 && (p/g != num || (g == -1 && num == math.MinInt64)) {
		return 0, false // g × num overflows
	}
	if p == math.MinInt64 || den == math.MinInt64 {
		return 0, false // no absolute value
	}
	neg := (p < 0) != (den < 0)
	ap, ad := abs64(p), abs64(den)
	q, rem := ap/ad, ap%ad
	away := false
	switch r {
	case Down:
	case Up:
		away = rem != 0
	case HalfEven:
		away = rem > ad-rem || (rem == ad-rem && q%2 == 1)
	default:
		away = rem >= ad-rem
	}
	if away {
		q++
	}
	if neg {
		return -q, true
	}
	return q, true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// Round returns m rounded to whole grosze (two places) with r.
func (m Money) Round(r Rounding) Money {
	if m.dec == nil {
		return m
	}
	return fromDecimal(r.round(*m.dec, 2), m.cur)
}

// Cmp compares m and n: −1 if m < n, 0 if equal, +1 if m > n. Amounts in
// different currencies give a [*CurrencyMismatchError].
func (m Money) Cmp(n Money) (int, error) {
	if err := m.same(n); err != nil {
		return 0, err
	}
	if m.dec == nil && n.dec == nil {
		switch {
		case m.units < n.units:
			return -1, nil
		case m.units > n.units:
			return 1, nil
		}
		return 0, nil
	}
	return m.Decimal().Cmp(n.Decimal()), nil
}

// Equal reports whether m and n have the same currency and numerically
// equal amounts (1.5 PLN equals 1.50 PLN).
func (m Money) Equal(n Money) bool {
	if m.cur != n.cur || (m.dec == nil) != (n.dec == nil) {
		return false // an amount has one representation
	}
	if m.dec == nil {
		return m.units == n.units
	}
	return m.dec.Equal(*n.dec)
}

// IsZero reports whether the amount is zero (in any currency).
func (m Money) IsZero() bool { return m.dec == nil && m.units == 0 }

// IsNegative reports whether the amount is below zero.
func (m Money) IsNegative() bool {
	if m.dec != nil {
		return m.dec.IsNegative()
	}
	return m.units < 0
}

// IsPositive reports whether the amount is above zero.
func (m Money) IsPositive() bool {
	if m.dec != nil {
		return m.dec.IsPositive()
	}
	return m.units > 0
}

// IsWholeMinor reports whether m is a whole number of grosze (cents): at
// most two decimal places once trailing zeros are dropped, whether or not
// the number of grosze fits an int64.
func (m Money) IsWholeMinor() bool {
	return m.dec == nil || isWholeScaled(*m.dec, 2)
}

// pow10 holds 10^0 … 10^18.
var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// Minor returns m in whole minor units (grosze, cents), and true, when m has
// at most two decimal places (once trailing zeros are dropped) and the
// number of grosze fits an int64; otherwise 0 and false. It never
// allocates.
func (m Money) Minor() (int64, bool) {
	if m.dec != nil {
		return 0, false
	}
	return m.units, true
}

// wholeMinor returns d in grosze, and true, when it is whole grosze that
// fit an int64. Its cost is bounded by the number of digits of d's
// coefficient, whatever its exponent.
func wholeMinor(d decimal.Decimal) (int64, bool) {
	if d.Sign() == 0 {
		return 0, true
	}
	e := int64(d.Exponent()) + 2 // d is c × 10^e grosze
	if e > 18 {
		return 0, false // at least 10^19 grosze
	}
	n := d.NumDigits()
	if n <= 18 {
		c := d.CoefficientInt64() // exact: at most 18 digits
		switch {
		case e >= 0:
			p := pow10[e]
			if c > math.MaxInt64/p || c < math.MinInt64/p {
				return 0, false
			}
			return c * p, true
		case -e > 18:
			return 0, false // 0 < |c| < 10^18 is no multiple of 10^-e
		default:
			p := pow10[-e]
			if c%p != 0 {
				return 0, false
			}
			return c / p, true
		}
	}
	if int64(n)+e > 19 {
		return 0, false // at least 10^19 grosze
	}
	// Here e ≤ 0: c has 19 digits or more, and at most 19 once divided.
	c := d.Coefficient()
	if !dividePow10(c, uint(-e)) || !c.IsInt64() {
		return 0, false
	}
	return c.Int64(), true
}

// isWholeScaled reports whether d × 10^places is an integer, at a cost
// bounded by the digits of d's coefficient.
func isWholeScaled(d decimal.Decimal, places int32) bool {
	e := int64(d.Exponent()) + int64(places)
	if e >= 0 || d.Sign() == 0 {
		return true
	}
	if -e > int64(d.NumDigits()) {
		return false // 0 < |c| < 10^-e
	}
	return dividePow10(d.Coefficient(), uint(-e))
}

// dividePow10 divides c by 10^k in place and reports whether the division
// was exact; c is unchanged when it was not.
func dividePow10(c *big.Int, k uint) bool {
	if k == 0 {
		return true
	}
	if c.TrailingZeroBits() < k { // 10^k = 2^k·5^k
		return false
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	q, r := new(big.Int).QuoRem(c, p, new(big.Int))
	if r.Sign() != 0 {
		return false
	}
	c.Set(q)
	return true
}

// String returns the amount with a dot and at least two decimal places and
// the currency code, "1234.50 PLN", for logs and debugging. Amounts with
// more places (before rounding) show them all, so that nothing is hidden:
// "0.125 PLN". Use [Money.Format] for people.
func (m Money) String() string {
	return m.amountText() + " " + m.Currency()
}

// amountText is the amount with at least two decimal places and no
// exponent, exactly: "-1234.50", "0.125".
func (m Money) amountText() string {
	if m.dec == nil {
		return string(appendUnits(nil, m.units))
	}
	if m.dec.Exponent() >= -2 {
		return m.dec.StringFixed(2)
	}
	return m.dec.String()
}

// fixed2 is the amount rounded half away from zero to two places, with
// exactly two: "-1234.50".
func (m Money) fixed2() string {
	if m.dec == nil {
		return string(appendUnits(nil, m.units))
	}
	return r2(*m.dec).StringFixed(2)
}

// r2 rounds d half away from zero to two places at a bounded cost.
func r2(d decimal.Decimal) decimal.Decimal { return HalfAwayFromZero.round(d, 2) }

// appendUnits appends g grosze as a decimal with two places: "-1234.50".
func appendUnits(b []byte, g int64) []byte {
	u := uint64(g)
	if g < 0 {
		b = append(b, '-')
		u = -u
	}
	var buf [24]byte
	i := len(buf)
	for k := 0; k < 3 || u > 0; k++ {
		if k == 2 {
			i--
			buf[i] = '.'
		}
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	return append(b, buf[i:]...)
}

// moneyJSON is the JSON form of Money.
type moneyJSON struct {
	Amount   *string `json:"amount"`
	Currency *string `json:"currency"`
}

// MarshalJSON encodes m as {"amount":"1234.50","currency":"PLN"}: the
// amount as a quoted decimal string with at least two places (all of them
// when it has more), never a JSON number, so that no reader turns it into a
// float. An amount beyond [MaxIntDigits] and [MaxPlaces], which
// [Money.UnmarshalJSON] would refuse, is an error whose cause is
// [integracja.ErrOutOfRange]: what encodes decodes.
func (m Money) MarshalJSON() ([]byte, error) {
	if err := m.checkLimits(integracja.NewPath("amount")); err != nil {
		return nil, err
	}
	a, c := m.amountText(), m.Currency()
	return json.Marshal(moneyJSON{Amount: &a, Currency: &c})
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly: both fields
// are required, unknown fields are rejected, the amount must be a string of
// plain decimal notation ("-1234.5"; no exponent, no grouping, no sign "+")
// with at most [MaxIntDigits] digits before the point and [MaxPlaces]
// after it ([integracja.ErrOutOfRange] beyond), and the currency three
// uppercase letters. Errors carry the path of the bad field ("amount") and
// quote at most the first [integracja.MaxQuoted] bytes of the bad value;
// inside a document decoded by [integracja.DecodeJSON] they quote
// nothing. A JSON null leaves m unchanged, as encoding/json does for other
// types.
func (m *Money) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var v moneyJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	var errs []error
	var amount plainNumber
	if v.Amount == nil {
		errs = append(errs, integracja.Required(integracja.NewPath("amount")))
	} else if n, err := readPlain(integracja.NewPath("amount"), *v.Amount,
		integracja.Text{PL: "oczekiwano liczby dziesiętnej z kropką, np. \"1234.50\"",
			EN: "want a plain decimal with a dot, such as \"1234.50\""}); err != nil {
		errs = append(errs, err)
	} else {
		amount = n
	}
	var cur currency
	if v.Currency == nil {
		errs = append(errs, integracja.Required(integracja.NewPath("currency")))
	} else if c, ok := packCurrency(*v.Currency); !ok {
		errs = append(errs, integracja.NewFieldError(integracja.NewPath("currency"), ErrCurrency, excerpt(*v.Currency), integracja.Text{}))
	} else {
		cur = c
	}
	if err := integracja.Join(errs...); err != nil {
		return err
	}
	*m = plainMoney(amount, cur)
	return nil
}

// Sum returns the sum of ms, exactly; 0 PLN for none. Amounts in different
// currencies give a [*CurrencyMismatchError].
func Sum(ms ...Money) (Money, error) {
	if len(ms) == 0 {
		return Money{}, nil
	}
	total := ms[0]
	for _, m := range ms[1:] {
		var err error
		if total, err = total.Add(m); err != nil {
			return Money{}, err
		}
	}
	return total, nil
}

// Rounding is how an amount is rounded to whole grosze. The zero value,
// HalfAwayFromZero, is the module's default: 0.005 → 0.01, −0.005 → −0.01.
//
// No rule for rounding the amounts of social-assistance or ESF budgets was
// found (unverified; doc/law.md#rounding). Art. 63 § 1 of the Ordynacja
// podatkowa (ustawa z dnia 29 sierpnia 1997 r.) rounds tax bases and tax
// amounts to whole złoty, dropping less than 50 groszy and rounding 50
// groszy or more up; the module applies half away from zero to grosze by
// analogy, as its own default, and every function that rounds takes the
// mode as a parameter.
type Rounding uint8

// Rounding modes.
const (
	// HalfAwayFromZero rounds to the nearest grosz, halves away from zero.
	HalfAwayFromZero Rounding = iota
	// HalfEven rounds to the nearest grosz, halves to the even grosz
	// (banker's rounding).
	HalfEven
	// Down truncates toward zero.
	Down
	// Up rounds away from zero any amount that is not already whole grosze.
	Up
)

var roundings = enum.MustNew(enum.Spec[Rounding]{
	Type: "Rounding", Kind: "rounding", KindPL: "sposobu zaokrąglania",
	Codes:  []string{"half_away_from_zero", "half_even", "down", "up"},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "half_away_from_zero", "half_even",
// "down", "up"; "Rounding(7)" for an unknown value.
func (r Rounding) String() string { return roundings.String(r) }

// ParseRounding parses a code returned by [Rounding.String].
func ParseRounding(s string) (Rounding, error) { return roundings.Parse(s) }

// MarshalText returns the stable code; an unknown value is an error.
func (r Rounding) MarshalText() ([]byte, error) { return roundings.MarshalText(r) }

// UnmarshalText parses the stable code.
func (r *Rounding) UnmarshalText(b []byte) error { return roundings.UnmarshalText(r, b) }

// round rounds d to places decimal places. An unknown mode rounds half
// away from zero. Its cost is bounded by the digits of d's coefficient,
// whatever d's exponent: an amount far below the last place rounds to zero
// (or to one unit of the last place, for Up) without being rescaled.
func (r Rounding) round(d decimal.Decimal, places int32) decimal.Decimal {
	if d.Exponent() >= -places {
		return d
	}
	if d.Sign() == 0 {
		return decimal.Zero
	}
	if int64(d.NumDigits())+int64(d.Exponent()) < -int64(places) {
		// |d| < 10^(-places-1): below half a unit of the last place.
		if r != Up {
			return decimal.Zero
		}
		return decimal.New(int64(d.Sign()), -places)
	}
	switch r {
	case HalfEven:
		return d.RoundBank(places)
	case Down:
		return d.RoundDown(places)
	case Up:
		return d.RoundUp(places)
	}
	return d.Round(places)
}

// quoRound returns n / d rounded to places decimal places with r, exactly.
// d must not be zero. Its cost grows with the spread of the exponents of n,
// d and places, which the callers bound (see [MaxPlaces]).
func quoRound(n, d decimal.Decimal, places int32, r Rounding) decimal.Decimal {
	q, rem := n.QuoRem(d, places)
	if rem.IsZero() {
		return q
	}
	// |rem| < |d|·10^-places; compare 2|rem| with that unit.
	unit := d.Abs().Shift(-places)
	twice := rem.Abs().Add(rem.Abs())
	away := false
	switch r {
	case Down:
	case Up:
		away = true
	case HalfEven:
		c := twice.Cmp(unit)
		away = c > 0 || (c == 0 && q.Shift(places).BigInt().Bit(0) == 1)
	default:
		away = twice.Cmp(unit) >= 0
	}
	if !away {
		return q
	}
	step := decimal.New(1, -places)
	if n.Sign()*d.Sign() < 0 {
		return q.Sub(step)
	}
	return q.Add(step)
}

// The limits of the numbers the package reads from text and takes into
// arithmetic. Amounts of money and percentages of real budgets are far
// inside them; a number beyond them is refused before any arithmetic, so
// that no input makes a parse or a computation run for seconds (a decimal
// written "1e-999999999" would otherwise be expanded to a billion digits).
// They are the limits of every decimal the module decodes from JSON (a
// percentage of a [Share], a value of a [RuleSet]'s limit, the measured
// value of a finding), which is read in plain decimal notation, without
// an exponent, and refused beyond them while it is read.
const (
	// MaxIntDigits is the most digits a number may have before its decimal
	// point: amounts below 10^30 złoty.
	MaxIntDigits = jsonx.MaxDecimalDigits
	// MaxPlaces is the most decimal places a number may have, as written
	// (trailing zeros count), and the most places a percentage may be
	// rounded to.
	MaxPlaces = jsonx.MaxDecimalPlaces
)

// checkLimits reports d at path p, with cause [integracja.ErrOutOfRange],
// when it has more than MaxIntDigits digits before the decimal point or
// more than MaxPlaces decimal places as written; nil otherwise. Its cost is
// bounded by the size of d's coefficient, whatever d's exponent.
func checkLimits(p integracja.Path, d decimal.Decimal) error {
	e := int64(d.Exponent())
	switch {
	case e < -MaxPlaces:
		return integracja.OutOfRange(p, "", placesText())
	case e > MaxIntDigits || (d.Sign() != 0 && intDigits(d) > MaxIntDigits):
		return integracja.OutOfRange(p, "", intDigitsText())
	}
	return nil
}

// checkLimits is [checkLimits] for the amount of m; an amount in whole
// grosze that fit an int64 is always within them.
func (m Money) checkLimits(p integracja.Path) error {
	if m.dec == nil {
		return nil
	}
	return checkLimits(p, *m.dec)
}

// intDigits returns how many digits nonzero d, whose exponent is at least
// −MaxPlaces, has before its decimal point: its coefficient's digits plus
// its exponent. A coefficient of more than MaxIntDigits+MaxPlaces digits
// is not counted: it has more than MaxIntDigits before the point.
func intDigits(d decimal.Decimal) int64 {
	const maxBits = 4 * (MaxIntDigits + MaxPlaces) // 10^(MaxIntDigits+MaxPlaces) < 2^maxBits
	if d.Coefficient().BitLen() > maxBits {
		return MaxIntDigits + 1
	}
	return int64(d.NumDigits()) + int64(d.Exponent())
}
