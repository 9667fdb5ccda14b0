package integracja

import (
	"fmt"
	"strconv"
	"time"

	"golang.org/x/text/language"
)

// Date is a civil calendar date: a year, a month and a day, with no time of
// day and no time zone. Contracts are concluded, actions fall due and
// participants enter a project on dates, not at instants.
//
// The zero Date is not a valid date; it stands for "no date given", marshals
// to an empty string and is reported as missing by Validate methods. Dates
// are comparable with == when both are valid, and usable as map keys.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// dateLayout is the only text form of a Date: ISO 8601 calendar date.
const dateLayout = "2006-01-02"

// NewDate returns the date year-month-day, or an error if it is not a real
// calendar date (30 February, month 13, …).
func NewDate(year int, month time.Month, day int) (Date, error) {
	d := Date{Year: year, Month: month, Day: day}
	if !d.IsValid() {
		return Date{}, &ParseError{Kind: "date", KindPL: "daty", Input: fmt.Sprintf("%04d-%02d-%02d", year, int(month), day), Err: ErrInvalid,
			Detail: Text{PL: "nie ma takiego dnia w kalendarzu", EN: "no such day in the calendar"}}
	}
	return d, nil
}

// MustDate is like [NewDate] but panics on an invalid date. It is meant for
// literals in tests and examples only, never for input.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses a date in the form 2006-01-02 (four-digit year, two-digit
// month and day). It rejects other layouts, surrounding spaces and days that
// do not exist, with a [*ParseError] wrapping [ErrInvalid].
func ParseDate(s string) (Date, error) {
	bad := func(pl, en string) (Date, error) {
		return Date{}, &ParseError{Kind: "date", KindPL: "daty", Input: s, Err: ErrInvalid, Detail: Text{PL: pl, EN: en}}
	}
	if len(s) != len(dateLayout) || s[4] != '-' || s[7] != '-' {
		return bad("oczekiwano formatu RRRR-MM-DD", "want the form YYYY-MM-DD")
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return bad("oczekiwano formatu RRRR-MM-DD", "want the form YYYY-MM-DD")
	}
	if y < 1 {
		return bad("rok 0 nie istnieje", "there is no year 0")
	}
	if m < 1 || m > 12 {
		return bad(fmt.Sprintf("miesiąc %d poza zakresem 1–12", m), fmt.Sprintf("month %d out of range 1-12", m))
	}
	date := Date{Year: y, Month: time.Month(m), Day: d}
	if d < 1 || d > daysIn(y, time.Month(m)) {
		return bad(fmt.Sprintf("dzień %d poza zakresem 1–%d", d, daysIn(y, time.Month(m))),
			fmt.Sprintf("day %d out of range 1-%d", d, daysIn(y, time.Month(m))))
	}
	return date, nil
}

// MustParseDate is like [ParseDate] but panics on error. It is meant for
// literals in tests and examples only, never for input.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// DateOf returns the civil date of t in t's own location. It is the bridge
// from a host program's clock; the module itself never reads the clock.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// IsZero reports whether d is the zero Date (no date given).
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real calendar date in years 1–9999.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// String returns the date as 2006-01-02, the zero Date as an empty string,
// and an invalid date in a form that shows its fields (for example
// "2019-02-30(!)").
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	s := fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	if !d.IsValid() {
		s += "(!)"
	}
	return s
}

// MarshalText encodes a valid date as 2006-01-02 and the zero Date as an
// empty string; any other invalid date is an error.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.IsValid() {
		// The date itself stays out of the error: it may be a birth date.
		return nil, Invalid(Path{}, "", Text{PL: "nie można zapisać daty, której nie ma w kalendarzu",
			EN: "cannot marshal a date that is not in the calendar"})
	}
	return []byte(d.String()), nil
}

// UnmarshalText decodes 2006-01-02; an empty text decodes to the zero Date,
// which Validate methods report as missing.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Time returns midnight UTC at the start of d, for use with package time.
func (d Date) Time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Compare returns -1 if d is before e, 0 if they are the same date and +1 if
// d is after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Equal reports whether d and e are the same date.
func (d Date) Equal(e Date) bool { return d == e }

// AddDays returns the date n days after d (before it when n is negative).
// Like the other arithmetic of Date, it is meant for valid dates: an
// invalid d is counted from as the day its fields reach (30 February 2019
// as 2 March), so check dates with [ValidateDate] before computing with
// them.
//
// The result is never wrapped round into another century, however large n
// is. A result outside the years 1–9999 that [Date.IsValid] accepts is out
// of range: 1 January of year 10000 above the range, 1 January of year 0
// below it. Neither is valid nor the zero Date, so String marks it with
// "(!)", Validate methods report it and MarshalText refuses it.
func (d Date) AddDays(n int) Date {
	if d.Year < 0 || d.Year > maxYear+1 {
		return outOfRange(d.Year > 0)
	}
	base := d.dayNumber()
	if (n > 0 && n > maxDayNumber-base) || (n < 0 && n < minDayNumber-base) {
		return outOfRange(n > 0)
	}
	return fromDayNumber(base + n)
}

// AddMonths returns the date n months after d (before it when n is
// negative). Where the target month is shorter, the result is its last day:
// 31 January plus one month is 28 or 29 February, not 2 or 3 March as with
// [time.Time.AddDate]. This is how art. 112 of the Civil Code (Kodeks
// cywilny) ends a period counted in months. A result outside the years
// 1–9999 is out of range, as for [Date.AddDays].
func (d Date) AddMonths(n int) Date {
	if d.Year < 0 || d.Year > maxYear+1 {
		return outOfRange(d.Year > 0)
	}
	const maxMonths = 12 * (maxYear + 1)
	if n > maxMonths || n < -maxMonths {
		return outOfRange(n > 0)
	}
	m := int(d.Month) - 1 + n
	y := d.Year + floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12
	if y < 1 || y > maxYear {
		return outOfRange(y > maxYear)
	}
	month := time.Month(m + 1)
	day := d.Day
	if last := daysIn(y, month); day > last {
		day = last
	}
	return Date{Year: y, Month: month, Day: day}
}

// AddYears returns the date n years after d, clamped like [Date.AddMonths]
// (29 February plus one year is 28 February). A result outside the years
// 1–9999 is out of range, as for [Date.AddDays]: AddYears never overflows
// into a date in another century, however large n is.
func (d Date) AddYears(n int) Date {
	if n > maxYear || n < -maxYear {
		return outOfRange(n > 0)
	}
	return d.AddMonths(12 * n)
}

// maxYear is the last year a valid Date may have.
const maxYear = 9999

// The day numbers ([Date.dayNumber]) of 1 January of year 1 and of
// 31 December 9999: the range of valid dates. A test checks them.
const (
	minDayNumber = 306
	maxDayNumber = 3652364
)

// outOfRange is the result of date arithmetic that leaves the years 1–9999:
// 1 January of year 10000 above the range and of year 0 below it, neither
// of which is valid nor the zero Date.
func outOfRange(above bool) Date {
	if above {
		return Date{Year: maxYear + 1, Month: time.January, Day: 1}
	}
	return Date{Year: 0, Month: time.January, Day: 1}
}

// fromDayNumber is the inverse of [Date.dayNumber] for the days of valid
// dates (the civil-from-days algorithm of Howard Hinnant's date library).
func fromDayNumber(n int) Date {
	era := floorDiv(n, 146097)
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{Year: y, Month: time.Month(m), Day: d}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// DaysUntil returns the number of days from d to e: positive when e is
// later, negative when it is earlier, 0 on the same date.
func (d Date) DaysUntil(e Date) int {
	return e.dayNumber() - d.dayNumber()
}

// dayNumber counts days from a fixed epoch (the proleptic Gregorian day
// number), so that differences are exact for any valid dates.
func (d Date) dayNumber() int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
		m += 12
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	doy := (153*(m-3)+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe
}

// AgeAt returns the age in whole years, at date at, of a person born on d;
// -1 if at is before d, or if either date is missing or not a real
// calendar date, so that no age is made up from a zero Date. A person reaches the next year of age at the start
// of the anniversary of their birth; one born on 29 February reaches it on
// 28 February in a common year (art. 112 Kodeksu cywilnego). ESF indicators
// measure age at the date of entry to the project.
func (d Date) AgeAt(at Date) int {
	if !d.IsValid() || !at.IsValid() || at.Before(d) {
		return -1
	}
	age := at.Year - d.Year
	// The anniversary in at's year, clamped to the month's end.
	anniversary := d.AddYears(age)
	if at.Before(anniversary) {
		age--
	}
	return age
}

// IsLeapYear reports whether year is a leap year in the Gregorian calendar.
func IsLeapYear(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// DaysIn returns the number of days in the given month of the given year.
func DaysIn(year int, month time.Month) int { return daysIn(year, month) }

func daysIn(year int, month time.Month) int {
	switch month {
	case time.February:
		if IsLeapYear(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	}
	return 0
}

// Format returns d as the language t writes a date in prose: in Polish as
// official documents do, "14.03.2011 r."; in English "14 March 2011". The
// zero Date gives "", and an invalid date its [Date.String] form, marked
// with "(!)". JSON and other machine-readable forms keep "2006-01-02".
func (d Date) Format(t language.Tag) string {
	switch {
	case d.IsZero():
		return ""
	case !d.IsValid():
		return d.String()
	case IsEnglish(t):
		return strconv.Itoa(d.Day) + " " + d.Month.String() + " " + strconv.Itoa(d.Year)
	}
	return fmt.Sprintf("%02d.%02d.%04d r.", d.Day, int(d.Month), d.Year)
}
