package budget

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
	"github.com/aktywna/integracja/internal/jsonx"
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
// Anything else is a [*integracja.ParseError] (Kind "money") with cause
// [integracja.ErrInvalid]: no digits, misplaced groups, three decimal
// places, two decimal separators, exponents ("1e5"), a plus sign, letters,
// a line break. An amount with more than [MaxIntDigits] digits before the
// decimal separator is one with cause [integracja.ErrOutOfRange]; reading
// stops there, so the cost of ParseMoney does not grow with what follows.
// The error's Input is at most the first [integracja.MaxQuoted] bytes of s (see
// [excerpt]), and its message quotes them with control characters, line
// breaks and bidirectional marks escaped.
//
// ParseMoney reads what [Money.Format] writes in Polish, for every amount
// in whole grosze: ParseMoney(m.Format(language.Polish)) equals m. The
// English form ("PLN 231,895.59") is for display only and is not read,
// because its comma would be taken for a decimal comma.
func ParseMoney(s string) (Money, error) {
	fail := func(cause error, pl, en string) (Money, error) {
		return Money{}, &integracja.ParseError{Kind: "money", KindPL: "kwoty", Input: excerpt(s), Err: cause,
			Detail: integracja.Text{PL: pl, EN: en}}
	}
	invalid := func(pl, en string) (Money, error) { return fail(integracja.ErrInvalid, pl, en) }
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
		return invalid("brak cyfr", "no digits")
	}

	// Split into runs of digits and the single separators between them,
	// reading no more digits than an amount within the limits has.
	var runs []string
	var seps []byte                        // ' ' for any space, '.', ','
	start, digits, beforeComma := 0, 0, -1 // beforeComma: the digits before the first comma, once seen
	for i := 0; i < len(rest); {
		r, size := utf8.DecodeRuneInString(rest[i:])
		if r >= '0' && r <= '9' {
			if digits++; digits > MaxIntDigits+2 {
				if beforeComma >= 0 && digits-beforeComma > 2 {
					return invalid("więcej niż dwa miejsca po przecinku", "more than two decimal places")
				}
				t := intDigitsText()
				return fail(integracja.ErrOutOfRange, t.PL, t.EN)
			}
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
			if c, ok := firstInvisible(rest); ok { // a line break or a control character is the first thing to fix
				return invalid("niedozwolony znak "+quoteRune(c), "unexpected character "+quoteRune(c))
			}
			if r == '+' || r == '-' || r == '\u2212' {
				return invalid("znak liczby w niewłaściwym miejscu", "misplaced sign")
			}
			if (r == 'e' || r == 'E') && isExponent(rest, i) {
				return invalid("zapis wykładniczy jest niedozwolony", "exponent notation is not allowed")
			}
			return invalid("niedozwolony znak "+quoteRune(r), "unexpected character "+quoteRune(r))
		}
		if i == start {
			if start == 0 {
				return invalid("kwota musi zaczynać się cyfrą", "the amount must begin with a digit")
			}
			return invalid("dwa separatory obok siebie", "two separators in a row")
		}
		runs = append(runs, rest[start:i])
		seps = append(seps, sep)
		if sep == ',' && beforeComma < 0 {
			beforeComma = digits
		}
		i += size
		start = i
	}
	if start == len(rest) {
		return invalid("kwota musi kończyć się cyfrą", "the amount must end with a digit")
	}
	runs = append(runs, rest[start:])

	intRuns, frac := runs, ""
	intSeps := seps
	commas := strings.Count(string(seps), ",")
	last := len(seps) - 1
	switch {
	case commas > 1:
		return invalid("dwa separatory dziesiętne", "two decimal separators")
	case commas == 1:
		if seps[last] != ',' {
			return invalid("separator tysięcy po przecinku dziesiętnym", "a group separator after the decimal comma")
		}
		frac, intRuns, intSeps = runs[len(runs)-1], runs[:len(runs)-1], seps[:last]
		if len(frac) > 2 {
			return invalid("więcej niż dwa miejsca po przecinku", "more than two decimal places")
		}
	case last >= 0 && seps[last] == '.' && len(runs[len(runs)-1]) <= 2:
		frac, intRuns, intSeps = runs[len(runs)-1], runs[:len(runs)-1], seps[:last]
		if strings.IndexByte(string(intSeps), '.') >= 0 {
			return invalid("kropka jako separator tysięcy i jako separator dziesiętny",
				"a dot used both to group thousands and as the decimal point")
		}
	}
	if len(intRuns) > 1 {
		kind := intSeps[0]
		for _, k := range intSeps {
			if k != kind {
				return invalid("różne separatory tysięcy", "mixed group separators")
			}
		}
		if first := intRuns[0]; len(first) > 3 || first[0] == '0' {
			return invalid("niewłaściwie pogrupowane cyfry", "misplaced digit groups")
		}
		for _, g := range intRuns[1:] {
			if len(g) != 3 {
				return invalid("niewłaściwie pogrupowane cyfry", "misplaced digit groups")
			}
		}
	}
	whole := strings.Join(intRuns, "")
	if len(whole) > MaxIntDigits {
		t := intDigitsText()
		return fail(integracja.ErrOutOfRange, t.PL, t.EN)
	}
	c, _ := packCurrency(currency) // "" is PLN, the zero currency
	return plainMoney(plainNumber{Neg: neg, Whole: whole, Frac: frac}, c), nil
}

// isExponent reports whether the letter e at s[i] is the exponent of a
// number written in exponent notation: after a digit and before a digit
// or a sign followed by a digit ("1e5", "1E-5"). Any other e (a currency
// code, a word) is a letter where it does not belong.
func isExponent(s string, i int) bool {
	if i == 0 || !isDigit(s[i-1]) {
		return false
	}
	j := i + 1
	if j < len(s) && (s[j] == '+' || s[j] == '-') {
		j++
	}
	return j < len(s) && isDigit(s[j])
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// firstInvisible returns the first control or format character of s (a
// line break, a tab inside the amount, a bidirectional mark, a zero-width
// space), which nobody reading the amount sees.
func firstInvisible(s string) (rune, bool) {
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return r, true
		}
	}
	return 0, false
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

// quoteRune quotes r for a message, escaping what cannot be shown as it
// is (a line break is '\n', a bidirectional mark '\u202e').
func quoteRune(r rune) string {
	if r == utf8.RuneError {
		return "(niepoprawne UTF-8 / invalid UTF-8)"
	}
	return strconv.QuoteRune(r)
}

// excerpt is the part of a bad input that an error of this package
// quotes: at most [integracja.MaxQuoted] bytes of it.
func excerpt(s string) string { return integracja.Excerpt(s, integracja.MaxQuoted) }

// plainNumber is a number read from text: its sign and its digits before
// and after the decimal point, without leading sign or separators, within
// [MaxIntDigits] and [MaxPlaces].
type plainNumber = jsonx.Decimal

// readPlain reads s as a plain decimal, -?digits(.digits)? and nothing
// else, with at most MaxIntDigits digits before the point and MaxPlaces
// after it, as the module's JSON decoder reads every decimal
// ([jsonx.ReadDecimal]). An error is at path p: [integracja.ErrInvalid]
// with detail when s is not a plain decimal, [integracja.ErrOutOfRange]
// when it is beyond the limits; reading stops at the first digit too many.
func readPlain(p integracja.Path, s string, detail integracja.Text) (plainNumber, error) {
	n, k := jsonx.ReadDecimal(s)
	switch k {
	case 0:
		return n, nil
	case jsonx.TooManyDigits:
		return plainNumber{}, integracja.OutOfRange(p, excerpt(s), intDigitsText())
	case jsonx.TooManyPlaces:
		return plainNumber{}, integracja.OutOfRange(p, excerpt(s), placesText())
	}
	return plainNumber{}, integracja.Invalid(p, excerpt(s), detail)
}

// plainMoney returns n as an amount in currency c, without allocating when
// it has at most 16 digits before the point and two after.
func plainMoney(n plainNumber, c currency) Money {
	if len(n.Whole) <= 16 && len(n.Frac) <= 2 {
		g := atoi(n.Whole)*100 + atoi(n.Frac)*pow10[2-len(n.Frac)]
		if n.Neg {
			g = -g
		}
		return Money{units: g, cur: c}
	}
	return fromDecimal(n.Value(), c)
}

// atoi returns the value of at most 18 ASCII digits; 0 for none.
func atoi(digits string) int64 {
	var v int64
	for i := 0; i < len(digits); i++ {
		v = v*10 + int64(digits[i]-'0')
	}
	return v
}

// intDigitsText says that a number has too many digits before its decimal
// separator.
func intDigitsText() integracja.Text {
	return integracja.Text{
		PL: "więcej niż " + i18n.Digits.Count(language.Polish, MaxIntDigits) + " przed przecinkiem",
		EN: "more than " + i18n.Digits.Count(language.English, MaxIntDigits) + " before the decimal point"}
}

// placesText says that a number has too many decimal places.
func placesText() integracja.Text {
	return integracja.Text{
		PL: "więcej niż " + i18n.DecimalPlaces.Count(language.Polish, MaxPlaces) + " po przecinku",
		EN: "more than " + i18n.DecimalPlaces.Count(language.English, MaxPlaces)}
}
