package budget

import (
	"errors"
	"strings"

	"github.com/aktywna/integracja"
)

// MarshalText encodes m as [Money.String] writes it, "1234.50 PLN": the
// amount in plain decimal notation with a dot and at least two places
// (every place it has beyond them), one space and the currency code. It
// is the form of a CSV cell, a log line or a map key; JSON keeps the
// object of [Money.MarshalJSON]. An amount beyond [MaxIntDigits] and
// [MaxPlaces], which [Money.UnmarshalText] would refuse, is an error
// whose cause is [integracja.ErrOutOfRange].
func (m Money) MarshalText() ([]byte, error) {
	if err := m.checkLimits(integracja.Path{}); err != nil {
		return nil, err
	}
	return []byte(m.String()), nil
}

// UnmarshalText decodes what [Money.MarshalText] and [Money.String]
// write: an amount in plain decimal notation ("-1234.5"; no exponent, no
// grouping, no sign "+", at most [MaxIntDigits] digits before the point
// and [MaxPlaces] after it), one space, and a currency code of three
// uppercase letters. For the ways Polish documents write amounts
// ("1 234,50 zł") use [ParseMoney]. The error is a
// [*integracja.ParseError] of kind "money" that quotes at most the first
// [MaxQuoted] bytes of the text; on error m is unchanged.
func (m *Money) UnmarshalText(b []byte) error {
	s := string(b)
	amount, code, ok := strings.Cut(s, " ")
	if !ok {
		return moneyTextError(s, integracja.ErrInvalid, textWantMoneyText)
	}
	v, err := readAmountAndCurrency(s, amount, code, textWantMoneyText)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// textWantMoneyText says what the text form of Money is.
var textWantMoneyText = integracja.Text{PL: "oczekiwano kwoty z kropką dziesiętną, spacji i kodu waluty, np. \"1234.50 PLN\"",
	EN: "want an amount with a decimal point, a space and a currency code, such as \"1234.50 PLN\""}

// readAmountAndCurrency reads the amount and the currency code of the
// text forms of Money, s as a whole for the error, which says want.
func readAmountAndCurrency(s, amount, code string, want integracja.Text) (Money, error) {
	n, err := readPlain(integracja.Path{}, amount, want)
	if err != nil {
		var fe *integracja.FieldError
		errors.As(err, &fe) // readPlain returns nothing else
		return Money{}, moneyTextError(s, fe.Err, fe.Detail)
	}
	c, ok := packCurrency(code)
	switch {
	case !ok && len(code) != 3:
		return Money{}, moneyTextError(s, integracja.ErrInvalid, want)
	case !ok:
		return Money{}, moneyTextError(s, ErrCurrency, integracja.Text{})
	}
	return plainMoney(n, c), nil
}

func moneyTextError(s string, cause error, detail integracja.Text) error {
	return &integracja.ParseError{Kind: "money", KindPL: "kwoty", Input: excerpt(s), Err: cause, Detail: detail}
}

// GoString makes %#v print a Go expression that gives m back, never its
// fields: budget.MustParseMoney("1234.50 PLN") for an amount in whole
// grosze, budget.PLN(decimal.RequireFromString("0.125")) or
// budget.New(decimal.RequireFromString("0.125"), "EUR") for another.
func (m Money) GoString() string {
	if m.dec == nil || isWholeScaled(*m.dec, 2) && intDigits(*m.dec) <= MaxIntDigits {
		return `budget.MustParseMoney("` + m.fixed2() + " " + m.Currency() + `")`
	}
	d := `decimal.RequireFromString("` + m.dec.String() + `")`
	if m.cur == 0 {
		return "budget.PLN(" + d + ")"
	}
	return "budget.New(" + d + `, "` + m.Currency() + `")`
}
