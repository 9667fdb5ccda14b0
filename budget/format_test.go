package budget

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		name   string
		amount Money
		pl, en string
	}{
		{"a six-digit amount is grouped", MustParseMoney("231895,59"), "231\u00a0895,59\u00a0zł", "PLN\u00a0231,895.59"},
		{"a four-digit amount is not grouped in Polish", Grosze(123450), "1234,50\u00a0zł", "PLN\u00a01,234.50"},
		{"a five-digit amount is grouped", MustParseMoney("12345"), "12\u00a0345,00\u00a0zł", "PLN\u00a012,345.00"},
		{"a seven-digit amount has two groups", MustParseMoney("1234567,8"), "1\u00a0234\u00a0567,80\u00a0zł", "PLN\u00a01,234,567.80"},
		{"a three-digit amount", MustParseMoney("999"), "999,00\u00a0zł", "PLN\u00a0999.00"},
		{"zero", Money{}, "0,00\u00a0zł", "PLN\u00a00.00"},
		{"a negative amount puts the minus first", MustParseMoney("-5"), "-5,00\u00a0zł", "-PLN\u00a05.00"},
		{"a negative grouped amount", MustParseMoney("-12 345,67"), "-12\u00a0345,67\u00a0zł", "-PLN\u00a012,345.67"},
		{"a half grosz rounds away from zero", PLN(dec("1.005")), "1,01\u00a0zł", "PLN\u00a01.01"},
		{"a negative half grosz rounds away from zero", PLN(dec("-1.005")), "-1,01\u00a0zł", "-PLN\u00a01.01"},
		{"a tiny negative amount rounds to zero without a sign", PLN(dec("-0.004")), "0,00\u00a0zł", "PLN\u00a00.00"},
		{"other currencies show their code", eur("12.5"), "12,50\u00a0EUR", "EUR\u00a012.50"},
		{"an amount in exponent form is printed in full", PLN(dec("1e6")), "1\u00a0000\u00a0000,00\u00a0zł", "PLN\u00a01,000,000.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.pl, tt.amount.Format(language.Polish))
			assert.Equal(t, tt.en, tt.amount.Format(language.English))
			assert.Equal(t, tt.en, tt.amount.Format(language.BritishEnglish))
			assert.Equal(t, tt.pl, tt.amount.Format(language.Und), "Polish is the default")
			assert.Equal(t, tt.pl, tt.amount.Format(language.German), "Polish is the default")
		})
	}
}

func TestFormatDoesNotGoThroughFloat(t *testing.T) {
	// 2^53 + 1 grosze cannot be held by a float64.
	m := Grosze(9007199254740993)
	assert.Equal(t, "90\u00a0071\u00a0992\u00a0547\u00a0409,93\u00a0zł", m.Format(language.Polish))
	big := MustParseMoney("123 456 789 012 345 678 901 234,56 zł")
	assert.Equal(t, "123\u00a0456\u00a0789\u00a0012\u00a0345\u00a0678\u00a0901\u00a0234,56\u00a0zł", big.Format(language.Polish))
}

func TestPolishFormatParsesBack(t *testing.T) {
	for _, s := range []string{"0", "0,01", "-0,01", "999,99", "1000", "9999,99", "10000", "-123456,78", "1 000 000,00", "12,30 EUR"} {
		m := MustParseMoney(s)
		t.Run(s+" formats and parses back", func(t *testing.T) {
			back, err := ParseMoney(m.Format(language.Polish))
			require.NoError(t, err)
			assertMoney(t, m, back)
		})
	}
}
