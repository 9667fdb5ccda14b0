package programme

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
	"github.com/aktywna/integracja/internal/i18n"
)

// Hours is a number of hours, exact to a hundredth of an hour: a quota
// ("64 godziny", "100 godzin + 40 godzin praktyki"), the length of a
// session (1,5 godziny), the hours a participant attended. It is never a
// float; sums and comparisons are exact. Whether an hour is a clock hour or
// an academic hour of 45 minutes is said by the catalogue ([HourLength]),
// not by the number.
//
// Hours is a small comparable value; the zero Hours is no hours. A
// negative value only arises from [Hours.Sub]; parsing and decoding reject
// it.
type Hours struct {
	c int64 // hundredths of an hour
}

// MaxHours is the largest number of hours [ParseHours] and JSON decoding
// accept: a million hours, far above any quota, so that sums over any
// programme stay exact in an int64.
const MaxHours = 1_000_000

// HoursOf returns n whole hours. A negative n gives a negative Hours,
// which Validate methods report.
func HoursOf(n int) Hours { return Hours{c: int64(n) * 100} }

// Hundredths returns n hundredths of an hour: Hundredths(150) is 1,5 h
// and Hundredths(75) is three quarters of an hour.
func Hundredths(n int64) Hours { return Hours{c: n} }

// ErrHours is the cause of a [*integracja.ParseError] for text that is not
// a number of hours: a sign, an exponent, more than two decimal places, or
// more than [MaxHours].
var ErrHours = integracja.NewCause("hours", integracja.Text{
	PL: "nieprawidłowa liczba godzin", EN: "invalid number of hours"})

// ParseHours reads a number of hours as documents and forms write it: whole
// hours ("64") or a fraction with at most two decimal places and a comma
// or a dot ("1,5", "0.75"). Signs, exponents, grouping, spaces and units
// are refused; so is more than [MaxHours]. The error is a
// [*integracja.ParseError] wrapping [ErrHours].
func ParseHours(s string) (Hours, error) {
	h, ok := parseHundredths(s, true)
	if !ok {
		return Hours{}, &integracja.ParseError{Kind: "hours", KindPL: "liczby godzin", Input: clip(s), Err: ErrHours,
			Detail: integracja.Text{
				PL: "oczekiwano liczby godzin od 0 do 1 000 000 z co najwyżej dwoma miejscami po przecinku, np. 64 lub 1,5",
				EN: "want a number of hours from 0 to 1,000,000 with at most two decimal places, such as 64 or 1.5"}}
	}
	return h, nil
}

// MustParseHours is like [ParseHours] but panics on error. It is meant for
// literals in tests and examples only, never for input.
func MustParseHours(s string) Hours {
	h, err := ParseHours(s)
	if err != nil {
		panic(err)
	}
	return h
}

// parseHundredths reads digits with an optional fraction of one or two
// digits after a dot (or a comma, when comma is set).
func parseHundredths(s string, comma bool) (Hours, bool) {
	whole, frac, dot := s, "", false
	if i := strings.IndexAny(s, ".,"); i >= 0 {
		if s[i] == ',' && !comma {
			return Hours{}, false
		}
		whole, frac, dot = s[:i], s[i+1:], true
	}
	if whole == "" || len(whole) > 7 || (dot && (frac == "" || len(frac) > 2)) {
		return Hours{}, false
	}
	var n int64
	for i := 0; i < len(whole); i++ {
		c := whole[i]
		if c < '0' || c > '9' {
			return Hours{}, false
		}
		n = n*10 + int64(c-'0')
	}
	n *= 100
	scale := int64(10)
	for i := 0; i < len(frac); i++ {
		c := frac[i]
		if c < '0' || c > '9' {
			return Hours{}, false
		}
		n += int64(c-'0') * scale
		scale /= 10
	}
	if n > MaxHours*100 {
		return Hours{}, false
	}
	return Hours{c: n}, true
}

// clip shortens text quoted in an error as the module's errors do
// ([integracja.Excerpt], [integracja.MaxQuoted]), so that an error never
// repeats a large input.
func clip(s string) string { return integracja.Excerpt(s, integracja.MaxQuoted) }

// Hundredths returns h in hundredths of an hour.
func (h Hours) Hundredths() int64 { return h.c }

// Add returns h + o.
func (h Hours) Add(o Hours) Hours { return Hours{c: h.c + o.c} }

// Sub returns h − o, which may be negative.
func (h Hours) Sub(o Hours) Hours { return Hours{c: h.c - o.c} }

// Mul returns h times n: the hours of n participants in a session of h.
func (h Hours) Mul(n int) Hours { return Hours{c: h.c * int64(n)} }

// Cmp returns -1, 0 or +1 as h is less than, equal to or more than o.
func (h Hours) Cmp(o Hours) int {
	switch {
	case h.c < o.c:
		return -1
	case h.c > o.c:
		return 1
	}
	return 0
}

// IsZero reports whether h is no hours.
func (h Hours) IsZero() bool { return h.c == 0 }

// IsNegative reports whether h is below zero.
func (h Hours) IsNegative() bool { return h.c < 0 }

// IsWhole reports whether h is a whole number of hours.
func (h Hours) IsWhole() bool { return h.c%100 == 0 }

// String returns h with a dot and only the decimal places it needs: "64",
// "1.5", "0.75", "-2". It is the JSON form too.
func (h Hours) String() string { return string(h.appendText(nil, '.')) }

func (h Hours) appendText(b []byte, point byte) []byte {
	c := h.c
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	b = strconv.AppendInt(b, c/100, 10)
	if f := c % 100; f != 0 {
		b = append(b, point, byte('0'+f/10))
		if f%10 != 0 {
			b = append(b, byte('0'+f%10))
		}
	}
	return b
}

// Number returns h as a number in the language t asks for, without a
// unit: "1,5" in Polish, "1.5" in English.
func (h Hours) Number(t language.Tag) string {
	if integracja.IsEnglish(t) {
		return string(h.appendText(nil, '.'))
	}
	return string(h.appendText(nil, ','))
}

// Format returns h with its noun in the language t asks for: "1 godzina",
// "64 godziny", "100 godzin", and a fraction with the genitive Polish uses
// for fractions, "1,5 godziny"; "1 hour", "1.5 hours".
func (h Hours) Format(t language.Tag) string {
	if !h.IsWhole() {
		if integracja.IsEnglish(t) {
			return h.Number(t) + " hours"
		}
		return h.Number(t) + " godziny"
	}
	return h.Number(t) + " " + i18n.Hours.Form(t, int(h.c/100))
}

// Duration returns h as time, in hours of length l: a clock hour is 60
// minutes, an academic hour 45. It reports false when l is
// [HourLengthUnstated] or not a defined length, and for a value outside
// the range of [time.Duration].
func (h Hours) Duration(l HourLength) (time.Duration, bool) {
	var perHundredth time.Duration // the length of a hundredth of an hour
	switch l {
	case Clock:
		perHundredth = 36 * time.Second
	case Academic:
		perHundredth = 27 * time.Second
	default:
		return 0, false
	}
	if h.c > int64(1<<62)/int64(perHundredth) || h.c < -int64(1<<62)/int64(perHundredth) {
		return 0, false
	}
	return time.Duration(h.c) * perHundredth, true
}

// MarshalJSON writes h as a JSON number: 64, 1.5, 0.75.
func (h Hours) MarshalJSON() ([]byte, error) {
	if h.c < 0 {
		return nil, errors.New("programme: cannot marshal negative hours " + h.String())
	}
	return h.appendText(nil, '.'), nil
}

// UnmarshalJSON reads a JSON number of hours with at most two decimal
// places, from 0 to [MaxHours], written in plain notation: 64, 1.5. A
// string, a negative number, an exponent or a third decimal place is an
// error; JSON null leaves h as it is.
func (h *Hours) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	v, ok := parseHundredths(string(b), false)
	if !ok {
		return integracja.Invalid(integracja.Path{}, clip(string(b)), integracja.Text{
			PL: "oczekiwano liczby godzin od 0 do 1000000 z co najwyżej dwoma miejscami po kropce, np. 64 lub 1.5",
			EN: "want a number of hours from 0 to 1000000 with at most two decimal places, such as 64 or 1.5"})
	}
	*h = v
	return nil
}

// HourLength says how long the hours of a catalogue or an activity are:
// clock hours of 60 minutes (godziny zegarowe) or academic hours of 45
// minutes (godziny dydaktyczne, lekcyjne), in which courses and training
// are usually planned. Documents seldom say which they mean, so a catalogue
// states it once and an activity may state otherwise.
//
// The zero HourLength is HourLengthUnstated: the document does not say,
// and no length is assumed.
type HourLength uint8

// The lengths of an hour.
const (
	HourLengthUnstated HourLength = iota // "": the document does not say
	Clock                                // "clock": 60 minutes
	Academic                             // "academic": 45 minutes
)

var hourLengths = enum.MustNew(enum.Spec[HourLength]{
	Type: "HourLength", Kind: "hour length", KindPL: "długości godziny",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"", "clock", "academic"},
	Labels: []enum.Text{
		{PL: "nie podano, jakie godziny", EN: "length of an hour not stated"},
		{PL: "godziny zegarowe (60 minut)", EN: "clock hours (60 minutes)"},
		{PL: "godziny dydaktyczne (45 minut)", EN: "academic hours (45 minutes)"},
	},
})

// String returns the stable code: "", "clock" or "academic"; an undefined
// value prints as "HourLength(7)".
func (l HourLength) String() string { return hourLengths.String(l) }

// IsValid reports whether l is one of the defined lengths.
func (l HourLength) IsValid() bool { return hourLengths.Valid(l) }

// Label returns the length in words in the language t asks for.
func (l HourLength) Label(t language.Tag) string { return hourLengths.Label(l, t) }

// Minutes returns the minutes in an hour of length l: 60, 45, or 0 when
// the length is not stated.
func (l HourLength) Minutes() int {
	switch l {
	case Clock:
		return 60
	case Academic:
		return 45
	}
	return 0
}

// ParseHourLength parses a stable code.
func ParseHourLength(s string) (HourLength, error) { return hourLengths.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (l HourLength) MarshalText() ([]byte, error) { return hourLengths.MarshalText(l) }

// UnmarshalText parses the stable code.
func (l *HourLength) UnmarshalText(b []byte) error { return hourLengths.UnmarshalText(l, b) }
