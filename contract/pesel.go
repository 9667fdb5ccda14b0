package contract

import (
	"fmt"
	"log/slog"
	"strconv"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/i18n"
)

// PESEL is the Polish national identification number (numer PESEL; art. 15
// ust. 2 ustawy z 24 września 2010 r. o ewidencji ludności, Dz.U. 2010 Nr 217
// poz. 1427). Its eleven digits hold, in order, the date of birth as YYMMDD
// with a century code added to the month (+80 for 1800–1899, +0 for
// 1900–1999, +20 for 2000–2099, +40 for 2100–2199, +60 for 2200–2299; the
// statute lists 80/0/20, the MSWiA table adds 40/60), a serial number in
// digits 7–10 whose last digit (digit 10) gives the sex (even, 0 included,
// female; odd, male), and a check digit.
//
// A PESEL is personal data. [PESEL.String], every fmt verb, slog output
// ([PESEL.LogValue]) and every error of this package show it masked
// ("*******1359": the serial and check digits only, never the birth date);
// only [PESEL.Reveal], [PESEL.MarshalText] (and so JSON) and
// [PESEL.Value] (database/sql) give the full number, because storage and
// interchange need it. PESEL is a small comparable value, usable as a map
// key.
//
// Inside, the number is kept scrambled (an integer mixed with a constant),
// neither as its digits nor as its value, so that fmt printing a PESEL it
// cannot call the methods of, as a field of an unexported struct field
// (fmt.Printf("%+v", struct{ p contract.PESEL }{p})), shows an unrelated
// number rather than the eleven digits. This is no encryption: whatever
// reads memory by reflection or package unsafe (a reflective dumper, a
// debugger, a core dump) gets the scrambled integer, which anyone who reads
// this source can unscramble; and an encoder that calls MarshalText (JSON,
// XML, gob, slog's JSONHandler on a struct of the caller's that holds a
// PESEL) writes the full number, as it must for storage.
//
// The zero PESEL means "no PESEL given"; it is not a valid number.
type PESEL struct {
	x uint64 // the number XOR peselMix, or 0 for the zero PESEL
}

// peselMix scrambles the number of a PESEL. Its high bits are set, so no
// number of eleven digits (below 2^37) scrambles to 0, the zero PESEL.
const peselMix = 0x9e3779b97f4a7c15

// peselLen is the number of digits of a PESEL.
const peselLen = 11

// peselShown is how many trailing digits the masked form shows: digits
// 8–11 (serial, sex and check digit), none of which belong to the birth
// date.
const peselShown = 4

// peselWeights are the weights of digits 1–10 in the check digit.
var peselWeights = [peselLen - 1]int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}

// ParsePESEL parses an 11-digit PESEL, with nothing around it: no spaces,
// no separators. It checks the check digit (weights 1,3,7,9,1,3,7,9,1,3;
// check = (10 − sum mod 10) mod 10), the century code of the month and
// that the birth date is a real calendar date (29 February only in leap
// years).
//
// On failure the error is a [*integracja.ParseError] of kind "PESEL"
// wrapping [integracja.ErrInvalid], whose Input is masked: the full number
// and the birth date never appear in it.
func ParsePESEL(s string) (PESEL, error) {
	bad := func(pl, en string) (PESEL, error) {
		return PESEL{}, &integracja.ParseError{Kind: "PESEL", KindPL: "numeru PESEL", Input: maskInput(s), Err: integracja.ErrInvalid,
			Detail: integracja.Text{PL: pl, EN: en}}
	}
	if n := utf8.RuneCountInString(s); n != peselLen {
		return bad(fmt.Sprintf("oczekiwano 11 cyfr, podano %s", charNoun.Count(language.Polish, n)),
			fmt.Sprintf("want 11 digits, got %s", charNoun.Count(language.English, n)))
	}
	if !isDigits(s) {
		return bad("PESEL składa się wyłącznie z cyfr", "a PESEL holds digits only")
	}
	if checkDigit(s) != s[peselLen-1]-'0' {
		return bad("cyfra kontrolna nie zgadza się", "the check digit does not match")
	}
	if _, ok := birthDate(s); !ok {
		// Say neither which part nor which value: both would give away
		// part of the birth date.
		return bad("zakodowana data urodzenia nie istnieje", "the encoded birth date does not exist")
	}
	var n uint64
	for i := 0; i < peselLen; i++ {
		n = n*10 + uint64(s[i]-'0')
	}
	return PESEL{x: n ^ peselMix}, nil
}

// MustParsePESEL is like [ParsePESEL] but panics on error. It is meant for
// literals in tests and examples only, never for input.
func MustParsePESEL(s string) PESEL {
	p, err := ParsePESEL(s)
	if err != nil {
		panic(err)
	}
	return p
}

// checkDigit returns the check digit of the first ten digits of s.
func checkDigit(s string) byte {
	sum := 0
	for i, w := range peselWeights {
		sum += int(s[i]-'0') * w
	}
	return byte((10 - sum%10) % 10)
}

// birthDate decodes the date of birth from the first six digits of s.
func birthDate[T string | []byte](s T) (integracja.Date, bool) {
	yy := int(s[0]-'0')*10 + int(s[1]-'0')
	mm := int(s[2]-'0')*10 + int(s[3]-'0')
	dd := int(s[4]-'0')*10 + int(s[5]-'0')
	var century int
	switch {
	case mm >= 81 && mm <= 92:
		century, mm = 1800, mm-80
	case mm >= 1 && mm <= 12:
		century = 1900
	case mm >= 21 && mm <= 32:
		century, mm = 2000, mm-20
	case mm >= 41 && mm <= 52:
		century, mm = 2100, mm-40
	case mm >= 61 && mm <= 72:
		century, mm = 2200, mm-60
	default:
		return integracja.Date{}, false
	}
	d := integracja.Date{Year: century + yy, Month: time.Month(mm), Day: dd}
	return d, d.IsValid()
}

// digits returns the eleven digits of p as ASCII; p must not be zero.
func (p PESEL) digits() [peselLen]byte {
	var b [peselLen]byte
	n := p.x ^ peselMix
	for i := peselLen - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return b
}

// IsZero reports whether p is the zero PESEL (no PESEL given).
func (p PESEL) IsZero() bool { return p.x == 0 }

// Sex returns the sex the PESEL encodes in digit 10: even (0 included)
// female, odd male. The zero PESEL gives [indicator.SexUnspecified].
func (p PESEL) Sex() indicator.Sex {
	if p.IsZero() {
		return indicator.SexUnspecified
	}
	if d := p.digits(); (d[9]-'0')%2 == 0 {
		return indicator.Female
	}
	return indicator.Male
}

// BirthDate returns the date of birth the PESEL encodes, century code
// applied. The zero PESEL gives the zero Date.
func (p PESEL) BirthDate() integracja.Date {
	if p.IsZero() {
		return integracja.Date{}
	}
	b := p.digits()
	d, _ := birthDate(b[:])
	return d
}

// String returns the masked form: seven asterisks and the last four digits
// ("*******1359"), which hold no part of the birth date. The zero PESEL
// prints as an empty string.
func (p PESEL) String() string {
	if p.IsZero() {
		return ""
	}
	d := p.digits()
	return "*******" + string(d[peselLen-peselShown:])
}

// LogValue makes log/slog write the masked form of [PESEL.String], alone,
// in a group or as a field of another of this package's values: slog would
// otherwise prefer [PESEL.MarshalText], which gives the full number.
func (p PESEL) LogValue() slog.Value { return slog.StringValue(p.String()) }

// Format makes every fmt verb (%v, %+v, %#v, %s, %q, %d, %x…) print the
// masked form of [PESEL.String], so that a PESEL printed by accident, alone
// or inside a struct, does not leak. %q quotes it; width and the '-' flag
// pad it.
func (p PESEL) Format(f fmt.State, verb rune) {
	formatMasked(f, verb, p.String())
}

// formatMasked writes s for any verb, quoted for %q, padded to the width.
func formatMasked(f fmt.State, verb rune, s string) {
	if verb == 'q' {
		s = strconv.Quote(s)
	}
	if w, ok := f.Width(); ok {
		for n := utf8.RuneCountInString(s); n < w; n++ {
			if f.Flag('-') {
				s += " "
			} else {
				s = " " + s
			}
		}
	}
	_, _ = fmt.Fprint(f, s)
}

// Reveal returns the full eleven digits, or "" for the zero PESEL. The
// result is personal data: the name of the method makes each use of it
// visible in review; show it only to whom may see it.
func (p PESEL) Reveal() string {
	if p.IsZero() {
		return ""
	}
	d := p.digits()
	return string(d[:])
}

// MarshalText returns the full eleven digits, "" for the zero PESEL, for
// storage and interchange: JSON, and every other encoder that calls
// MarshalText, carries the full number. It is personal data, to be stored
// and sent as such; for logs, slog uses [PESEL.LogValue] instead.
func (p PESEL) MarshalText() ([]byte, error) { return []byte(p.Reveal()), nil }

// UnmarshalText accepts what [ParsePESEL] accepts; an empty text gives the
// zero PESEL.
func (p *PESEL) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = PESEL{}
		return nil
	}
	v, err := ParsePESEL(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// maskInput masks text that was meant to be a PESEL, for error messages:
// eleven digits are masked like [PESEL.String]; anything else becomes one
// asterisk per character (at most 20, then "…"), so that its length shows
// but none of its characters do.
func maskInput(s string) string {
	if len(s) == peselLen && isDigits(s) {
		return "*******" + s[peselLen-peselShown:]
	}
	const maxShown = 20
	n := utf8.RuneCountInString(s)
	b := make([]byte, 0, maxShown+3)
	for i := 0; i < n && i < maxShown; i++ {
		b = append(b, '*')
	}
	out := string(b)
	if n > maxShown {
		out += "…"
	}
	return out
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// charNoun counts the characters of a malformed PESEL: "10 znaków".
var charNoun = i18n.Noun{One: "znak", Few: "znaki", Many: "znaków", EnOne: "character", EnOther: "characters"}
