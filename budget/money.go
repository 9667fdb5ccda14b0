package budget

import (
	"encoding/json"
	"math"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Money is an exact amount of money in a currency (ISO 4217 code, PLN when
// none is given). The amount is a decimal, never a float; it keeps the
// places it was given (1.5 and 1.50 are the same amount, see [Money.Equal]).
// Money is an immutable value: every operation returns a new one.
//
// The zero Money is 0 PLN and is usable: summing into it works. Compare
// Money with [Money.Equal], never with == or reflect.DeepEqual.
type Money struct {
	amount   decimal.Decimal
	currency string // "" means PLN
	// minor caches the amount in whole grosze when minorOK is set. Every
	// constructor in this package sets it through [money], so that sums
	// over a ledger add an int64 instead of inspecting the decimal; a Money
	// without the cache (the zero Money among them) is just as exact, and
	// readers fall back to the decimal.
	minor   int64
	minorOK bool
}

// money returns the Money of amount in currency (already normalised) with
// its whole-grosze cache filled in where the amount has one.
func money(amount decimal.Decimal, currency string) Money {
	m := Money{amount: amount, currency: currency}
	m.minor, m.minorOK = m.minorOf()
	return m
}

// cached returns the Money of amount in currency whose whole grosze the
// caller already knows to be g, as Add does from two cached operands; it
// skips the inspection of the decimal that [money] makes.
func cached(amount decimal.Decimal, currency string, g int64) Money {
	return Money{amount: amount, currency: currency, minor: g, minorOK: true}
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
	integracja.Text{PL: "nieprawidłowy kod waluty (oczekiwano trzech wielkich liter ISO 4217)",
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
	return &integracja.ParseError{Kind: "currency", KindPL: "waluty", Input: c, Err: ErrCurrency}
}

// normCurrency stores PLN as "" so that the zero Money and PLN(0) share one
// representation.
func normCurrency(c string) string {
	if c == DefaultCurrency {
		return ""
	}
	return c
}

// New returns amount in currency, an ISO 4217 code of three uppercase ASCII
// letters ("PLN", "EUR"); any other currency text is an error whose cause is
// [ErrCurrency]. The code's shape is checked, not its membership of the
// ISO list.
func New(amount decimal.Decimal, currency string) (Money, error) {
	if !validCurrency(currency) {
		return Money{}, currencyError(currency)
	}
	return money(amount, normCurrency(currency)), nil
}

// PLN returns amount in Polish złoty.
func PLN(amount decimal.Decimal) Money { return money(amount, "") }

// FromMinor returns units minor units (grosze, cents: two decimal places)
// of currency: FromMinor(123450, "PLN") is 1234.50 PLN.
func FromMinor(units int64, currency string) (Money, error) {
	return New(decimal.New(units, -2), currency)
}

// Grosze returns n grosze as PLN: Grosze(123450) is 1234.50 PLN.
func Grosze(n int64) Money { return money(decimal.New(n, -2), "") }

// Decimal returns the amount.
func (m Money) Decimal() decimal.Decimal { return m.amount }

// Currency returns the ISO 4217 code; "PLN" for the zero Money.
func (m Money) Currency() string {
	if m.currency == "" {
		return DefaultCurrency
	}
	return m.currency
}

func (m Money) same(n Money) error {
	if m.currency != n.currency {
		return &CurrencyMismatchError{A: m.Currency(), B: n.Currency()}
	}
	return nil
}

// Add returns m + n, exactly. Amounts in different currencies give a
// [*CurrencyMismatchError].
func (m Money) Add(n Money) (Money, error) {
	if err := m.same(n); err != nil {
		return Money{}, err
	}
	if m.minorOK && n.minorOK {
		if g := m.minor + n.minor; (m.minor^g)&(n.minor^g) >= 0 { // no overflow
			return cached(m.amount.Add(n.amount), m.currency, g), nil
		}
	}
	return money(m.amount.Add(n.amount), m.currency), nil
}

// Sub returns m − n, exactly. Amounts in different currencies give a
// [*CurrencyMismatchError].
func (m Money) Sub(n Money) (Money, error) {
	if err := m.same(n); err != nil {
		return Money{}, err
	}
	if m.minorOK && n.minorOK {
		if g := m.minor - n.minor; (m.minor^n.minor)&(m.minor^g) >= 0 { // no overflow
			return cached(m.amount.Sub(n.amount), m.currency, g), nil
		}
	}
	return money(m.amount.Sub(n.amount), m.currency), nil
}

// Neg returns −m.
func (m Money) Neg() Money {
	if m.minorOK && m.minor != math.MinInt64 {
		return cached(m.amount.Neg(), m.currency, -m.minor)
	}
	return money(m.amount.Neg(), m.currency)
}

// Abs returns |m|.
func (m Money) Abs() Money {
	if m.IsNegative() {
		return m.Neg()
	}
	return m
}

// Mul returns m × f rounded to whole grosze (two places) with r.
func (m Money) Mul(f decimal.Decimal, r Rounding) Money {
	return money(r.round(m.amount.Mul(f), 2), m.currency)
}

// MulRatio returns m × num / den rounded to whole grosze with r, computed
// exactly (the quotient is never truncated before rounding). A zero den is
// an error whose cause is [ErrDivisionByZero].
func (m Money) MulRatio(num, den int64, r Rounding) (Money, error) {
	if den == 0 {
		return Money{}, ErrDivisionByZero
	}
	q := quoRound(m.amount.Mul(decimal.NewFromInt(num)), decimal.NewFromInt(den), 2, r)
	return money(q, m.currency), nil
}

// Round returns m rounded to whole grosze (two places) with r.
func (m Money) Round(r Rounding) Money {
	return money(r.round(m.amount, 2), m.currency)
}

// Cmp compares m and n: −1 if m < n, 0 if equal, +1 if m > n. Amounts in
// different currencies give a [*CurrencyMismatchError].
func (m Money) Cmp(n Money) (int, error) {
	if err := m.same(n); err != nil {
		return 0, err
	}
	return m.amount.Cmp(n.amount), nil
}

// Equal reports whether m and n have the same currency and numerically
// equal amounts (1.5 PLN equals 1.50 PLN).
func (m Money) Equal(n Money) bool {
	return m.currency == n.currency && m.amount.Equal(n.amount)
}

// IsZero reports whether the amount is zero (in any currency).
func (m Money) IsZero() bool { return m.amount.IsZero() }

// IsNegative reports whether the amount is below zero.
func (m Money) IsNegative() bool { return m.amount.IsNegative() }

// IsPositive reports whether the amount is above zero.
func (m Money) IsPositive() bool { return m.amount.IsPositive() }

// IsWholeMinor reports whether m is a whole number of grosze (cents): at
// most two decimal places once trailing zeros are dropped.
func (m Money) IsWholeMinor() bool {
	if m.amount.Exponent() >= -2 {
		return true
	}
	return m.amount.Shift(2).IsInteger()
}

// pow10 holds 10^0 … 10^18.
var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// Minor returns m in whole minor units (grosze, cents), and true, when m has
// at most two decimal places (once trailing zeros are dropped) and the
// number of grosze fits an int64; otherwise 0 and false. For amounts whose
// coefficient fits 53 bits it does not allocate.
func (m Money) Minor() (int64, bool) {
	if m.minorOK {
		return m.minor, true
	}
	return m.minorOf()
}

// minorOf computes what [Money.Minor] returns from the decimal.
func (m Money) minorOf() (int64, bool) {
	d := m.amount
	if d.NumDigits() > 18 {
		return minorSlow(d)
	}
	c := d.CoefficientInt64()  // exact: at most 18 digits
	e := int(d.Exponent()) + 2 // c × 10^e grosze
	switch {
	case e == 0:
		return c, true
	case e > 0:
		if e > 18 {
			if c == 0 {
				return 0, true
			}
			return 0, false
		}
		p := pow10[e]
		if c > math.MaxInt64/p || c < math.MinInt64/p {
			return 0, false
		}
		return c * p, true
	default:
		if -e > 18 {
			return minorSlow(d)
		}
		p := pow10[-e]
		if c%p != 0 {
			return 0, false
		}
		return c / p, true
	}
}

func minorSlow(d decimal.Decimal) (int64, bool) {
	g := d.Shift(2)
	if !g.IsInteger() {
		return 0, false
	}
	b := g.BigInt()
	if !b.IsInt64() {
		return 0, false
	}
	return b.Int64(), true
}

// String returns the amount with a dot and at least two decimal places and
// the currency code, "1234.50 PLN", for logs and debugging. Amounts with
// more places (before rounding) show them all, so that nothing is hidden:
// "0.125 PLN". Use [Money.Format] for people.
func (m Money) String() string {
	return amountText(m.amount) + " " + m.Currency()
}

// amountText is the amount with at least two decimal places and no
// exponent, exactly.
func amountText(d decimal.Decimal) string {
	if d.Exponent() >= -2 {
		return d.StringFixed(2)
	}
	return d.String()
}

// moneyJSON is the JSON form of Money.
type moneyJSON struct {
	Amount   *string `json:"amount"`
	Currency *string `json:"currency"`
}

// MarshalJSON encodes m as {"amount":"1234.50","currency":"PLN"}: the
// amount as a quoted decimal string with at least two places (all of them
// when it has more), never a JSON number, so that no reader turns it into a
// float.
func (m Money) MarshalJSON() ([]byte, error) {
	a, c := amountText(m.amount), m.Currency()
	return json.Marshal(moneyJSON{Amount: &a, Currency: &c})
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly: both fields
// are required, unknown fields are rejected, the amount must be a string of
// plain decimal notation ("-1234.5"; no exponent, no grouping, no sign "+")
// and the currency three uppercase letters. Errors carry the path of the
// bad field ("amount"). A JSON null leaves m unchanged, as encoding/json
// does for other types.
func (m *Money) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var v moneyJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	var errs []error
	var amount decimal.Decimal
	if v.Amount == nil {
		errs = append(errs, integracja.Required(integracja.NewPath("amount")))
	} else if d, ok := parsePlainDecimal(*v.Amount); !ok {
		errs = append(errs, integracja.Invalid(integracja.NewPath("amount"), *v.Amount, integracja.Text{
			PL: "oczekiwano liczby dziesiętnej z kropką, np. \"1234.50\"",
			EN: "want a plain decimal with a dot, such as \"1234.50\""}))
	} else {
		amount = d
	}
	if v.Currency == nil {
		errs = append(errs, integracja.Required(integracja.NewPath("currency")))
	} else if !validCurrency(*v.Currency) {
		errs = append(errs, integracja.NewFieldError(integracja.NewPath("currency"), ErrCurrency, *v.Currency, integracja.Text{}))
	}
	if err := integracja.Join(errs...); err != nil {
		return err
	}
	*m = money(amount, normCurrency(*v.Currency))
	return nil
}

// parsePlainDecimal parses -?digits(.digits)? and nothing else.
func parsePlainDecimal(s string) (decimal.Decimal, bool) {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits, dot := 0, false
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && digits > 0:
			dot = true
			digits = 0
		default:
			return decimal.Decimal{}, false
		}
	}
	if digits == 0 {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(s)
	return d, err == nil
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
// HalfAwayFromZero, is the module's default (half up in the sense of
// Ordynacja podatkowa art. 63 § 1: 0.005 → 0.01, −0.005 → −0.01).
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
// away from zero.
func (r Rounding) round(d decimal.Decimal, places int32) decimal.Decimal {
	if d.Exponent() >= -places {
		return d
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
// d must not be zero.
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
