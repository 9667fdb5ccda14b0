package budget

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

const nbsp = "\u00a0"

// Format returns m for people, rounded to whole grosze half away from zero,
// always with two decimal places, built from the decimal's digits (never
// through a float).
//
// Polish (the default for every tag that is not English) follows CLDR "pl"
// and the Polish style of the EU Interinstitutional Style Guide
// (doc/law.md#money-format):
// a decimal comma, digits grouped in threes with a no-break space (U+00A0)
// only from five integer digits up, a no-break space before "zł" (or
// before the ISO code for other currencies): "1234,50 zł", "12 345,00 zł",
// "231 895,59 zł", "-5,00 zł", "12,50 EUR".
//
// English follows CLDR "en" with the ISO code: the code, a no-break space,
// then the number with comma groups from four digits and a decimal point;
// the minus sign goes before the code: "PLN 231,895.59", "PLN 1,234.50",
// "-PLN 5.00".
func (m Money) Format(t language.Tag) string {
	s := m.fixed2() // rounds half away from zero; "-1234.50"
	if integracja.IsEnglish(t) {
		sign := ""
		if strings.HasPrefix(s, "-") {
			sign, s = "-", s[1:]
		}
		return sign + m.Currency() + nbsp + i18n.Number(t, s)
	}
	unit := "zł"
	if m.cur != 0 {
		unit = m.Currency()
	}
	return i18n.Number(t, s) + nbsp + unit
}

// roundAmount returns m as [Money.Format] does, without the decimal places
// when m is whole złoty (whole units of its currency), as documents name
// the amounts of bands and thresholds: "500 000 zł", "PLN 830,000".
func roundAmount(m Money, t language.Tag) string {
	s := m.Format(t)
	if g, ok := m.Minor(); !ok || g%100 != 0 {
		return s
	}
	if integracja.IsEnglish(t) {
		return strings.TrimSuffix(s, ".00")
	}
	return strings.Replace(s, ",00"+nbsp, nbsp, 1)
}
