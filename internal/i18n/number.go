package i18n

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Number writes a plain decimal text — an optional leading '-', digits, and
// an optional '.' followed by digits, as decimal.Decimal.StringFixed and
// strconv write them — as the language t asks for, following CLDR: in
// Polish a decimal comma and groups of three separated by a no-break space
// (U+00A0), only from five integer digits up ("1234,50", "12 345,50"); in
// English a decimal point and comma groups from four digits up
// ("1,234.50"). The sign is kept as the hyphen-minus CLDR gives both
// languages. It never goes through a float; text of any other shape is
// returned as it is.
func Number(t language.Tag, s string) string {
	sign, rest := "", s
	if strings.HasPrefix(rest, "-") {
		sign, rest = "-", rest[1:]
	}
	intPart, frac, hasFrac := strings.Cut(rest, ".")
	if !allDigits(intPart) || (hasFrac && !allDigits(frac)) {
		return s
	}
	sep, point, min := "\u00a0", ",", 5
	if IsEnglish(t) {
		sep, point, min = ",", ".", 4
	}
	var b strings.Builder
	b.Grow(len(s) + len(intPart)/3*len(sep))
	b.WriteString(sign)
	writeGrouped(&b, intPart, sep, min)
	if hasFrac {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// Int writes n as [Number] does: "12 345" in Polish, "12,345" in English,
// "1234" in both.
func Int(t language.Tag, n int) string { return Number(t, strconv.Itoa(n)) }

// writeGrouped writes digits in groups of three separated by sep when there
// are at least min of them.
func writeGrouped(b *strings.Builder, digits, sep string, min int) {
	if len(digits) < min {
		b.WriteString(digits)
		return
	}
	head := len(digits) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(digits[:head])
	for i := head; i < len(digits); i += 3 {
		b.WriteString(sep)
		b.WriteString(digits[i : i+3])
	}
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
