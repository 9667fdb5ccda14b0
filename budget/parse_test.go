package budget

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestParseMoneyReadsPolishNotations(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		amount   string
		currency string
	}{
		{"spaces group thousands before a decimal comma", "231 895,59 zł", "231895.59", "PLN"},
		{"no-break spaces group thousands", "231\u00a0895,59\u00a0zł", "231895.59", "PLN"},
		{"narrow no-break spaces group thousands", "1\u202f234\u202f567,89 zł", "1234567.89", "PLN"},
		{"dots group thousands before a decimal comma", "17.600,00 zł", "17600", "PLN"},
		{"dots group thousands in a larger amount", "390.147,50 zł", "390147.5", "PLN"},
		{"a dot with two digits is a decimal point", "207209.61", "207209.61", "PLN"},
		{"a dot with one digit is a decimal point", "12.5", "12.5", "PLN"},
		{"spaces group thousands before a decimal point", "207 209.61", "207209.61", "PLN"},
		{"a single dot with three digits groups thousands", "37.251 zł", "37251", "PLN"},
		{"several dots with three digits group thousands", "1.234.567", "1234567", "PLN"},
		{"PLN names the currency", "1 234,50 PLN", "1234.5", "PLN"},
		{"zł with a dot names the currency", "1234,50 zł.", "1234.5", "PLN"},
		{"the currency may follow without a space", "150zł", "150", "PLN"},
		{"another ISO code names its currency", "12,50 EUR", "12.5", "EUR"},
		{"no currency means PLN", "1234,50", "1234.5", "PLN"},
		{"a minus makes the amount negative", "-1 234,50 zł", "-1234.5", "PLN"},
		{"the Unicode minus sign works too", "\u22125,00 zł", "-5", "PLN"},
		{"one decimal digit is kept", "1,5", "1.5", "PLN"},
		{"a plain integer", "17600", "17600", "PLN"},
		{"a four-digit group without separators", "1234,50 zł", "1234.5", "PLN"},
		{"surrounding spaces are ignored", "  12,00 zł\t", "12", "PLN"},
		{"zero", "0,00 zł", "0", "PLN"},
		{"a minus zero is zero", "-0,00 zł", "0", "PLN"},
		{"an amount beyond int64 grosze stays exact", "123 456 789 012 345 678 901,23 zł", "123456789012345678901.23", "PLN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseMoney(tt.input)
			require.NoError(t, err)
			assert.True(t, m.Decimal().Equal(dec(tt.amount)), "want %s, got %s", tt.amount, m.Decimal())
			assert.Equal(t, tt.currency, m.Currency())
		})
	}
}

func TestAnAmountInWholeGroszeHasTwoPlacesWhateverWasWritten(t *testing.T) {
	for _, s := range []string{"1,5", "1,50", "1.50", "1.5"} {
		m := MustParseMoney(s)
		assert.Equal(t, int32(-2), m.Decimal().Exponent(), s)
		assert.Equal(t, "1.50", m.Decimal().StringFixed(2), s)
		assert.True(t, m.Equal(Grosze(150)), "%s gives %s", s, m)
	}
}

func TestParseMoneyRejectsWhatIsNotAnAmount(t *testing.T) {
	tests := []struct {
		name  string
		input string
	}{
		{"an empty string", ""},
		{"only spaces", "   "},
		{"only a currency", "zł"},
		{"only a minus", "-"},
		{"three decimal places after a comma", "1,234"},
		{"four decimal places", "1234,5678 zł"},
		{"two decimal commas", "1,23,45"},
		{"a dot after the decimal comma", "1,23.45"},
		{"a space after the decimal comma", "1,23 45"},
		{"a misplaced group of two", "12 34,50"},
		{"a misplaced group of four", "1 2345,00"},
		{"a first group of four", "1234 567,00"},
		{"a grouped amount starting with zero", "0 500,00"},
		{"a dot with three digits after a zero", "0.500"},
		{"a dot with four digits", "1.2345"},
		{"dots grouping and a decimal dot", "1.234.56"},
		{"mixed dots and spaces as groups", "1.234 567"},
		{"mixed spaces and dots as groups", "1 234.567"},
		{"two separators in a row", "1  234,00"},
		{"an exponent", "1e5"},
		{"an uppercase exponent", "1E5"},
		{"a plus sign", "+5,00"},
		{"a minus in the middle", "5-00"},
		{"a double minus", "--5"},
		{"a minus after a space", "- 5,00 zł"},
		{"a trailing comma", "12,"},
		{"a leading comma", ",50"},
		{"a trailing dot", "12."},
		{"letters", "12abc"},
		{"a lowercase code", "12 eur"},
		{"the currency before the number", "zł 12,00"},
		{"the English format is not read", "PLN 231,895.59"},
		{"two currencies", "12 zł PLN"},
		{"a dash for zero grosze", "150,- zł"},
		{"invalid UTF-8", "12\xff"},
		{"NaN", "NaN"},
		{"infinity", "Inf"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error naming the input", func(t *testing.T) {
			_, err := ParseMoney(tt.input)
			require.Error(t, err)
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, "money", pe.Kind)
			assert.Equal(t, tt.input, pe.Input)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
			assert.NotEmpty(t, pe.Detail.PL)
			assert.NotEmpty(t, pe.Detail.EN)
			assert.NotEmpty(t, integracja.Localize(err, language.Polish))
		})
	}
}

func TestParseMoneyNamesTheRightProblem(t *testing.T) {
	tests := []struct {
		name, input, en string
	}{
		{"a line break is a line break, not an exponent", "12 EUR\n", `unexpected character '\n'`},
		{"a line break after złoty", "12,50 zł\n", `unexpected character '\n'`},
		{"a line break inside the digits", "1\n234", `unexpected character '\n'`},
		{"a line break after an e", "1e\n5", `unexpected character '\n'`},
		{"a bidirectional mark", "12\u202e,50", `unexpected character '\u202e'`},
		{"an exponent is an exponent", "1e5", "exponent notation is not allowed"},
		{"a negative exponent is an exponent", "1E-5", "exponent notation is not allowed"},
		{"a lowercase code is a letter", "12 eur", "unexpected character 'e'"},
		{"a word is a letter", "12e", "unexpected character 'e'"},
		{"a euro sign is a character", "12 €", "unexpected character '€'"},
		{"a sign in the middle", "5-00", "misplaced sign"},
		{"digits beyond the limit", "1" + strings.Repeat("0", MaxIntDigits) + " zł", "more than 30 digits before the decimal point"},
		{"grouped digits beyond the limit", "1" + strings.Repeat(" 000", MaxIntDigits/3) + ",00 zł", "more than 30 digits before the decimal point"},
		{"many decimal places", "1," + strings.Repeat("0", 40), "more than two decimal places"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseMoney(tt.input)
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.en, pe.Detail.EN)
		})
	}
}

func TestMustParseMoneyPanicsOnlyOnBadLiterals(t *testing.T) {
	assert.NotPanics(t, func() { MustParseMoney("1 234,50 zł") })
	assert.Panics(t, func() { MustParseMoney("1,234") })
}
