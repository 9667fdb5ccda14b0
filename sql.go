package integracja

import (
	"database/sql/driver"
	"fmt"
	"strings"
	"time"

	"github.com/aktywna/integracja/internal/sqltext"
)

// Value stores d for database/sql as the text 2006-01-02, which a DATE
// column reads as that date (PostgreSQL reads it whatever its DateStyle)
// and SQLite keeps as the text its date functions read. The zero Date
// stores as SQL NULL, "no date given"; any other invalid date is an error.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	b, err := d.MarshalText()
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Scan reads a date from a database column, in the forms drivers hand
// back:
//
//   - text (a string or []byte) "2006-01-02", as a DATE column and
//     [Date.Value] give it;
//   - that text followed by a time of day that is midnight, with or
//     without fractions of a second and a zone ("2006-01-02T00:00:00Z",
//     "2006-01-02 00:00:00+02:00"), as a driver writes a time.Time into a
//     text column: the date is the one written;
//   - a time.Time at midnight, as drivers return a DATE: its date in its
//     own location, as [DateOf] takes it;
//   - SQL NULL: the zero Date, "no date given".
//
// A time of day other than midnight is an error, because Scan would lose
// it (a TIMESTAMP column is no date), and so is a date outside the years
// 1–9999 and any other type. The error is a [*ParseError] wrapping
// [ErrInvalid]; it quotes no text with a time of day, which may be a birth
// date and hour. On error d is unchanged.
func (d *Date) Scan(src any) error {
	var v Date
	var err error
	if s, ok := sqltext.Of(src); ok {
		v, err = scanDateText(s)
	} else if t, ok := src.(time.Time); ok {
		v, err = scanDateTime(t)
	} else if src != nil {
		err = scanTypeError("date", "daty", src)
	}
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// scanDateText reads the text forms of [Date.Scan].
func scanDateText(s string) (Date, error) {
	if len(s) <= len(dateLayout) {
		return ParseDate(s)
	}
	d, err := ParseDate(s[:len(dateLayout)])
	if err != nil || (s[len(dateLayout)] != 'T' && s[len(dateLayout)] != ' ') {
		return Date{}, &ParseError{Kind: "date", KindPL: "daty", Err: ErrInvalid,
			Detail: Text{PL: "oczekiwano daty RRRR-MM-DD, ewentualnie z godziną 00:00:00",
				EN: "want a date YYYY-MM-DD, possibly with the time 00:00:00"}}
	}
	if !isMidnight(s[len(dateLayout)+1:]) {
		return Date{}, timeOfDayError()
	}
	return d, nil
}

// isMidnight reports whether s is the time 00:00:00, possibly with a
// fraction of zeros and a zone: "Z", "+02", "+0200" or "+02:00".
func isMidnight(s string) bool {
	rest, ok := strings.CutPrefix(s, "00:00:00")
	if !ok {
		return false
	}
	if frac, ok := strings.CutPrefix(rest, "."); ok {
		rest = strings.TrimLeft(frac, "0")
		if len(rest) == len(frac) {
			return false
		}
	}
	switch {
	case rest == "" || rest == "Z":
		return true
	case rest[0] != '+' && rest[0] != '-':
		return false
	}
	zone := rest[1:]
	switch len(zone) {
	case 2, 4:
		_, ok = digits(zone)
	case 5:
		_, ok1 := digits(zone[:2])
		_, ok2 := digits(zone[3:])
		ok = zone[2] == ':' && ok1 && ok2
	default:
		ok = false
	}
	return ok
}

// scanDateTime reads a time.Time of [Date.Scan].
func scanDateTime(t time.Time) (Date, error) {
	if h, m, s := t.Clock(); h != 0 || m != 0 || s != 0 || t.Nanosecond() != 0 {
		return Date{}, timeOfDayError()
	}
	d := DateOf(t)
	if !d.IsValid() {
		return Date{}, &ParseError{Kind: "date", KindPL: "daty", Err: ErrInvalid,
			Detail: Text{PL: "rok poza zakresem 1–9999", EN: "year out of range 1-9999"}}
	}
	return d, nil
}

func timeOfDayError() error {
	return &ParseError{Kind: "date", KindPL: "daty", Err: ErrInvalid,
		Detail: Text{PL: "godzina inna niż 00:00:00 zostałaby utracona", EN: "a time of day other than 00:00:00 would be lost"}}
}

// scanTypeError is the error of a Scan method for a value of a type it
// does not read: a number where text is wanted.
func scanTypeError(kind, kindPL string, src any) error {
	pl, en := sqltext.Not(src)
	return &ParseError{Kind: kind, KindPL: kindPL, Err: ErrInvalid,
		Detail: Text{PL: "oczekiwano tekstu, nie " + pl, EN: "want text, not " + en}}
}

// Value stores p for database/sql as the text of a PostgreSQL daterange
// in its canonical form, "[2019-06-01,2020-01-01)": the start included
// and the end excluded. A Period includes both its ends, so the end
// written is the day after [Period.To]: the period 1 June – 31 December
// 2019 is written "[2019-06-01,2020-01-01)", and the last day of year 9999
// ends at "10000-01-01". A daterange column reads it as that range;
// a text column (SQLite) keeps it as it is, and [Period.Scan] reads it
// back. The zero Period stores as SQL NULL, "no period given"; any other
// period that does not validate is its [Period.Validate] error.
func (p Period) Value() (driver.Value, error) {
	if p.IsZero() {
		return nil, nil
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	end := p.To.AddDays(1)
	return fmt.Sprintf("[%s,%04d-%02d-%02d)", p.From, end.Year, int(end.Month), end.Day), nil
}

// Scan reads a period from a database column: the text (string or
// []byte) of a daterange with either kind of bound, "[2019-06-01,2020-01-01)"
// as PostgreSQL writes it (with DateStyle ISO, its default) and
// [Period.Value] stores it, "[2019-06-01,2019-12-31]", "(…" and "…)";
// or the text of [Period.String], "2019-06-01/2019-12-31". An excluded
// start is the day after the one written, an excluded end the day before:
// the Period holds the same days as the range. SQL NULL is the zero
// Period, "no period given".
//
// An empty range ("empty", or bounds that hold no day), one without a
// start or an end (an infinite bound), a date that is not a real one, and
// any other type are errors, a [*ParseError]; on error p is unchanged.
func (p *Period) Scan(src any) error {
	var v Period
	var err error
	if s, ok := sqltext.Of(src); ok {
		v, err = scanPeriodText(s)
	} else if src != nil {
		err = scanTypeError("period", "okresu", src)
	}
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// maxRangeText is the length of the longest daterange text Scan reads:
// two dates, one of them "10000-01-01", a comma and two brackets.
const maxRangeText = 2*len(dateLayout) + 4

// scanPeriodText reads the text forms of [Period.Scan].
func scanPeriodText(s string) (Period, error) {
	bad := func(pl, en string) (Period, error) {
		in := s
		if len(in) > maxRangeText {
			in = ""
		}
		return Period{}, &ParseError{Kind: "period", KindPL: "okresu", Input: in, Err: ErrInvalid, Detail: Text{PL: pl, EN: en}}
	}
	switch {
	case s == "":
		return bad("pusty tekst", "empty text")
	case s == "empty":
		return bad("pusty zakres nie zawiera żadnego dnia", "an empty range holds no day")
	case len(s) > maxRangeText:
		return bad("oczekiwano zakresu dat [RRRR-MM-DD,RRRR-MM-DD)", "want a date range [YYYY-MM-DD,YYYY-MM-DD)")
	case s[0] != '[' && s[0] != '(':
		return ParsePeriod(s)
	}
	last := s[len(s)-1]
	lo, hi, ok := strings.Cut(s[1:], ",")
	hi = hi[:max(len(hi)-1, 0)]
	switch {
	case last != ']' && last != ')' || !ok:
		return bad("oczekiwano zakresu dat [RRRR-MM-DD,RRRR-MM-DD)", "want a date range [YYYY-MM-DD,YYYY-MM-DD)")
	case lo == "" || hi == "":
		return bad("zakres bez początku lub końca nie jest okresem", "a range without a start or an end is no period")
	}
	from, err := ParseDate(lo)
	if err != nil {
		return Period{}, &ParseError{Kind: "period", KindPL: "okresu", Input: s, Err: err}
	}
	var to Date
	if hi == "10000-01-01" && last == ')' {
		to = Date{Year: maxYear, Month: time.December, Day: 31}
	} else if to, err = ParseDate(hi); err != nil {
		return Period{}, &ParseError{Kind: "period", KindPL: "okresu", Input: s, Err: err}
	} else if last == ')' {
		to = to.AddDays(-1)
	}
	if s[0] == '(' {
		from = from.AddDays(1)
	}
	p := Period{From: from, To: to}
	if !p.From.IsValid() || !p.To.IsValid() || p.To.Before(p.From) {
		return bad("zakres nie zawiera żadnego dnia", "the range holds no day")
	}
	return p, nil
}
