package budget

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
)

// ParseMoney reads an amount the way Polish documents write it:
//
//   - a comma is the decimal separator, followed by one or two digits
//     ("1234,5", "1234,50");
//   - spaces (plain U+0020, no-break U+00A0, narrow no-break U+202F) or dots
//     group thousands: "231 895,59", "17.600,00", "390.147,50 zł"; the
//     first group has one to three digits and does not start with 0, every
//     other group exactly three, and one amount uses one kind of grouping
//     (spaces of the three kinds count as one kind);
//   - with no comma, a dot followed by exactly three digits groups
//     thousands ("37.251 zł" is 37 251 zł, "1.234.567" is 1 234 567), while
//     a single last dot followed by one or two digits is a decimal point
//     ("207209.61", "207 209.61");
//   - a leading "-" (or the minus sign U+2212) makes the amount negative:
//     "-1 234,50 zł";
//   - "zł", "zł." and "PLN" after the number name the currency, with or
//     without a space; another code of three uppercase letters ("EUR") names
//     that currency; with none the currency is PLN.
//
// Anything else is a [*integracja.ParseError] (Kind "money") naming the
// input, with cause [integracja.ErrInvalid]: no digits, misplaced groups,
// three decimal places, two decimal separators, exponents ("1e5"), a plus
// sign, letters. The amount keeps the places written ("1,5" is 1.5).
//
// ParseMoney reads what [Money.Format] writes in Polish, for every amount
// in whole grosze: ParseMoney(m.Format(language.Polish)) equals m. The
// English form ("PLN 231,895.59") is for display only and is not read,
// because its comma would be taken for a decimal comma.
func ParseMoney(s string) (Money, error) {
	fail := func(pl, en string) (Money, error) {
		return Money{}, &integracja.ParseError{Kind: "money", KindPL: "kwoty", Input: s, Err: integracja.ErrInvalid,
			Detail: integracja.Text{PL: pl, EN: en}}
	}
	rest := trimSpaces(s)
	neg := false
	if r, size := utf8.DecodeRuneInString(rest); r == '-' || r == '\u2212' {
		neg = true
		rest = rest[size:]
	}
	currency := ""
	switch {
	case strings.HasSuffix(rest, "zł."):
		currency, rest = DefaultCurrency, strings.TrimSuffix(rest, "zł.")
	case strings.HasSuffix(rest, "zł"):
		currency, rest = DefaultCurrency, strings.TrimSuffix(rest, "zł")
	case len(rest) >= 3 && validCurrency(rest[len(rest)-3:]):
		currency, rest = rest[len(rest)-3:], rest[:len(rest)-3]
	}
	if currency != "" {
		rest = strings.TrimRightFunc(rest, isSpace)
	}
	if rest == "" {
		return fail("brak cyfr", "no digits")
	}

	// Split into runs of digits and the single separators between them.
	var runs []string
	var seps []byte // ' ' for any space, '.', ','
	start := 0
	for i := 0; i < len(rest); {
		r, size := utf8.DecodeRuneInString(rest[i:])
		if r >= '0' && r <= '9' {
			i += size
			continue
		}
		var sep byte
		switch r {
		case ' ', '\u00a0', '\u202f':
			sep = ' '
		case '.', ',':
			sep = byte(r)
		default:
			if r == '+' || r == '-' || r == '\u2212' {
				return fail("znak liczby w niewłaściwym miejscu", "misplaced sign")
			}
			if r == 'e' || r == 'E' {
				return fail("zapis wykładniczy jest niedozwolony", "exponent notation is not allowed")
			}
			return fail("niedozwolony znak "+quoteRune(r), "unexpected character "+quoteRune(r))
		}
		if i == start {
			if start == 0 {
				return fail("kwota musi zaczynać się cyfrą", "the amount must begin with a digit")
			}
			return fail("dwa separatory obok siebie", "two separators in a row")
		}
		runs = append(runs, rest[start:i])
		seps = append(seps, sep)
		i += size
		start = i
	}
	if start == len(rest) {
		return fail("kwota musi kończyć się cyfrą", "the amount must end with a digit")
	}
	runs = append(runs, rest[start:])

	intRuns, frac := runs, ""
	intSeps := seps
	commas := strings.Count(string(seps), ",")
	last := len(seps) - 1
	switch {
	case commas > 1:
		return fail("dwa separatory dziesiętne", "two decimal separators")
	case commas == 1:
		if seps[last] != ',' {
			return fail("separator tysięcy po przecinku dziesiętnym", "a group separator after the decimal comma")
		}
		frac, intRuns, intSeps = runs[len(runs)-1], runs[:len(runs)-1], seps[:last]
		if len(frac) > 2 {
			return fail("więcej niż dwa miejsca po przecinku", "more than two decimal places")
		}
	case last >= 0 && seps[last] == '.' && len(runs[len(runs)-1]) <= 2:
		frac, intRuns, intSeps = runs[len(runs)-1], runs[:len(runs)-1], seps[:last]
		if strings.IndexByte(string(intSeps), '.') >= 0 {
			return fail("kropka jako separator tysięcy i jako separator dziesiętny",
				"a dot used both to group thousands and as the decimal point")
		}
	}
	if len(intRuns) > 1 {
		kind := intSeps[0]
		for _, k := range intSeps {
			if k != kind {
				return fail("różne separatory tysięcy", "mixed group separators")
			}
		}
		if first := intRuns[0]; len(first) > 3 || first[0] == '0' {
			return fail("niewłaściwie pogrupowane cyfry", "misplaced digit groups")
		}
		for _, g := range intRuns[1:] {
			if len(g) != 3 {
				return fail("niewłaściwie pogrupowane cyfry", "misplaced digit groups")
			}
		}
	}

	var b strings.Builder
	b.Grow(len(rest) + 2)
	if neg {
		b.WriteByte('-')
	}
	for _, g := range intRuns {
		b.WriteString(g)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	d, err := decimal.NewFromString(b.String())
	if err != nil { // unreachable: b holds digits, an optional sign and dot
		return fail("nieprawidłowa liczba", "invalid number")
	}
	if currency == "" {
		currency = DefaultCurrency
	}
	return money(d, normCurrency(currency)), nil
}

// MustParseMoney is like [ParseMoney] but panics on error. It is meant for
// literals in tests and examples only, never for input.
func MustParseMoney(s string) Money {
	m, err := ParseMoney(s)
	if err != nil {
		panic(err)
	}
	return m
}

// trimSpaces removes plain, no-break and narrow no-break spaces and tabs
// from both ends of s.
func trimSpaces(s string) string {
	return strings.TrimFunc(s, isSpace)
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' }

func quoteRune(r rune) string {
	if r == utf8.RuneError {
		return "(niepoprawne UTF-8 / invalid UTF-8)"
	}
	return "'" + string(r) + "'"
}
