package budget_test

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
)

// money returns amount in currency, for the tests of this file.
func money(amount, currency string) budget.Money {
	m, err := budget.New(decimal.RequireFromString(amount), currency)
	if err != nil {
		panic(err)
	}
	return m
}

// huge is an amount with more digits before the point than MaxIntDigits.
var huge = budget.PLN(decimal.New(1, budget.MaxIntDigits))

func TestMoneyTextIsItsStringAndReadsBack(t *testing.T) {
	for _, tt := range []struct {
		name string
		m    budget.Money
		text string
	}{
		{"whole grosze", money("1234.5", "PLN"), "1234.50 PLN"},
		{"a negative amount", money("-5", "PLN"), "-5.00 PLN"},
		{"fractions of a grosz, every place kept", money("0.125", "EUR"), "0.125 EUR"},
		{"the zero Money", budget.Money{}, "0.00 PLN"},
		{"more grosze than an int64 holds", money("123456789012345678901234.56", "PLN"), "123456789012345678901234.56 PLN"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.m.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.text, string(b))
			assert.Equal(t, tt.m.String(), string(b))
			var back budget.Money
			require.NoError(t, back.UnmarshalText(b))
			assert.True(t, back.Equal(tt.m), "%s reads back as %s", b, back)
		})
	}
	t.Run("an amount beyond the limits does not marshal", func(t *testing.T) {
		_, err := huge.MarshalText()
		assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	})
}

func TestMoneyUnmarshalTextRefusesOtherForms(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
	}{
		{"a Polish amount", "1 234,50 zł", `cannot parse money "1 234,50 zł": invalid value: want an amount with a decimal point, a space and a currency code, such as "1234.50 PLN"`},
		{"a decimal comma", "1234,50 PLN", `cannot parse money "1234,50 PLN": invalid value: want an amount with a decimal point, a space and a currency code, such as "1234.50 PLN"`},
		{"no currency", "1234.50", `cannot parse money "1234.50": invalid value: want an amount with a decimal point, a space and a currency code, such as "1234.50 PLN"`},
		{"two spaces", "1234.50  PLN", `cannot parse money "1234.50  PLN": invalid value: want an amount with a decimal point, a space and a currency code, such as "1234.50 PLN"`},
		{"a lowercase code", "1234.50 pln", `cannot parse money "1234.50 pln": invalid currency code (want three uppercase ISO 4217 letters)`},
		{"an exponent", "1e3 PLN", `cannot parse money "1e3 PLN": invalid value: want an amount with a decimal point, a space and a currency code, such as "1234.50 PLN"`},
		{"a plus sign", "+5.00 PLN", `cannot parse money "+5.00 PLN": invalid value: want an amount with a decimal point, a space and a currency code, such as "1234.50 PLN"`},
		{"too many places", "0." + strings.Repeat("1", budget.MaxPlaces+1) + " PLN", `cannot parse money "0.111111111111111111111 PLN": value out of range: more than 20 decimal places`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := money("7", "PLN")
			err := m.UnmarshalText([]byte(tt.text))
			var pe *integracja.ParseError
			require.True(t, errors.As(err, &pe), "%v", err)
			assert.Equal(t, tt.want, err.Error())
			assert.True(t, m.Equal(money("7", "PLN")), "UnmarshalText changed its receiver to %s", m)
		})
	}
}

func TestMoneyFmtVerbsPrintTheAmountNotTheFields(t *testing.T) {
	m := money("1234.5", "PLN")
	for _, tt := range []struct{ format, want string }{
		{"%v", "1234.50 PLN"},
		{"%s", "1234.50 PLN"},
		{"%+v", "1234.50 PLN"},
		{"%q", `"1234.50 PLN"`},
		{"%x", fmt.Sprintf("%x", "1234.50 PLN")},
		{"%#v", `budget.MustParseMoney("1234.50 PLN")`},
	} {
		assert.Equal(t, tt.want, fmt.Sprintf(tt.format, m), tt.format)
	}
	assert.Equal(t, `budget.PLN(decimal.RequireFromString("0.125"))`, fmt.Sprintf("%#v", money("0.125", "PLN")))
	assert.Equal(t, `budget.New(decimal.RequireFromString("0.125"), "EUR")`, fmt.Sprintf("%#v", money("0.125", "EUR")))
	assert.Equal(t, `budget.MustParseMoney("-5.00 EUR")`, fmt.Sprintf("%#v", money("-5", "EUR")))
	assert.Equal(t, `{M:budget.MustParseMoney("1.00 PLN")}`, fmt.Sprintf("%#v", struct{ M budget.Money }{money("1", "PLN")})[len("struct { M budget.Money }"):])
}

func TestMoneyValueIsACompositeOfAmountAndCurrency(t *testing.T) {
	for _, tt := range []struct {
		name string
		m    budget.Money
		want driver.Value
	}{
		{"whole grosze", money("1234.5", "PLN"), "(1234.50,PLN)"},
		{"a negative amount in another currency", money("-0.5", "EUR"), "(-0.50,EUR)"},
		{"fractions of a grosz", money("0.125", "PLN"), "(0.125,PLN)"},
		{"the zero Money", budget.Money{}, "(0.00,PLN)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := tt.m.Value()
			require.NoError(t, err)
			assert.Equal(t, tt.want, v)
			var back budget.Money
			require.NoError(t, back.Scan(v))
			assert.True(t, back.Equal(tt.m), "%s scans back as %s", v, back)
		})
	}
	t.Run("an amount beyond the limits has no value", func(t *testing.T) {
		_, err := huge.Value()
		assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	})
}

func TestMoneyScan(t *testing.T) {
	t.Run("reads the bytes of a composite and the places PostgreSQL keeps", func(t *testing.T) {
		var m budget.Money
		require.NoError(t, m.Scan([]byte("(1234.5000,PLN)")))
		assert.True(t, m.Equal(money("1234.5", "PLN")), "%s", m)
	})
	for _, tt := range []struct {
		name string
		src  any
		want string
		is   error
	}{
		{"NULL, which is no amount", nil, "cannot parse money: required value missing: NULL is no amount (scan a nullable column into a sql.Null[budget.Money])", integracja.ErrRequired},
		{"a float", 1234.5, "cannot parse money: invalid value: want text, not a floating-point number", integracja.ErrInvalid},
		{"the text form", "1234.50 PLN", `cannot parse money "1234.50 PLN": invalid value: want an amount and a currency in brackets, such as "(1234.50,PLN)"`, integracja.ErrInvalid},
		{"a NULL field of the composite", "(,PLN)", `cannot parse money "(,PLN)": invalid value: want an amount and a currency in brackets, such as "(1234.50,PLN)"`, integracja.ErrInvalid},
		{"a quoted field", `(1234.50,"PLN")`, `cannot parse money "(1234.50,\"PLN\")": invalid value: want an amount and a currency in brackets, such as "(1234.50,PLN)"`, integracja.ErrInvalid},
		{"a third field", "(1234.50,PLN,x)", `cannot parse money "(1234.50,PLN,x)": invalid value: want an amount and a currency in brackets, such as "(1234.50,PLN)"`, integracja.ErrInvalid},
		{"a currency that is no code", "(1234.50,pln)", `cannot parse money "(1234.50,pln)": invalid currency code (want three uppercase ISO 4217 letters)`, budget.ErrCurrency},
	} {
		t.Run("refuses "+tt.name, func(t *testing.T) {
			m := money("7", "PLN")
			err := m.Scan(tt.src)
			assert.ErrorIs(t, err, tt.is)
			assert.EqualError(t, err, tt.want)
			assert.True(t, m.Equal(money("7", "PLN")), "Scan changed its receiver to %s", m)
		})
	}
}

func TestMoneyColumnsAndFromColumns(t *testing.T) {
	for _, tt := range []struct {
		name             string
		m                budget.Money
		amount, currency string
	}{
		{"whole grosze", money("1234.5", "PLN"), "1234.50", "PLN"},
		{"beyond the grosz", money("0.0000001", "EUR"), "0.0000001", "EUR"},
		{"more grosze than an int64 holds", money("-98765432109876543210.99", "PLN"), "-98765432109876543210.99", "PLN"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, c, err := tt.m.Columns()
			require.NoError(t, err)
			assert.Equal(t, tt.amount, a)
			assert.Equal(t, tt.currency, c)
			for _, src := range [][2]any{{a, c}, {[]byte(a), []byte(c)}} {
				back, err := budget.FromColumns(src[0], src[1])
				require.NoError(t, err)
				assert.True(t, back.Equal(tt.m), "%q %q read back as %s", a, c, back)
			}
		})
	}
	t.Run("an integer amount, as SQLite returns a whole number", func(t *testing.T) {
		m, err := budget.FromColumns(int64(-1234), "PLN")
		require.NoError(t, err)
		assert.True(t, m.Equal(money("-1234", "PLN")), "%s", m)
	})
	t.Run("an amount beyond the limits has no columns", func(t *testing.T) {
		_, _, err := huge.Columns()
		assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	})
	for _, tt := range []struct {
		name             string
		amount, currency any
		want             []string
	}{
		{"a float, which has lost the amount", 0.1, "PLN", []string{"amount: invalid value: a floating-point number loses amounts: the amount column must be numeric (text on SQLite)"}},
		{"NULL in both", nil, nil, []string{"amount: required value missing", "currency: required value missing"}},
		{"an exponent and a lowercase code", "1e3", "pln", []string{`amount: invalid value: "1e3": want a plain decimal with a dot, such as "1234.50"`, `currency: invalid currency code (want three uppercase ISO 4217 letters): "pln"`}},
		{"other types", true, int64(985), []string{"amount: invalid value: want a decimal as text, not a boolean", "currency: invalid currency code (want three uppercase ISO 4217 letters): want text, not an integer"}},
	} {
		t.Run("refuses "+tt.name, func(t *testing.T) {
			_, err := budget.FromColumns(tt.amount, tt.currency)
			var got []string
			for _, fe := range integracja.FieldErrors(err) {
				got = append(got, fe.Error())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
