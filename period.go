package integracja

import (
	"bytes"
	"encoding/json"
	"strings"

	"golang.org/x/text/language"
)

// Period is a span of civil dates, inclusive on both ends: the period of a
// project (1 June – 31 December 2019), of a contract ("od … do …"), of a
// budget. A Period from d to d is one day long.
//
// The zero Period is not valid; it stands for "no period given".
type Period struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// NewPeriod returns the period from..to, or an error if either date is
// invalid or to is before from.
func NewPeriod(from, to Date) (Period, error) {
	p := Period{From: from, To: to}
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	return p, nil
}

// ParsePeriod parses "2006-01-02/2006-01-02", the ISO 8601 form of an
// interval of dates, as an inclusive period: it reads what
// [Period.String] writes for every valid period. An end before the start
// is an error with cause [ErrInconsistent]; anything else that is not two
// dates of [ParseDate] joined by "/" is one with cause [ErrInvalid].
func ParsePeriod(s string) (Period, error) {
	from, to, ok := strings.Cut(s, "/")
	if !ok {
		return Period{}, &ParseError{Kind: "period", KindPL: "okresu", Input: s, Err: ErrInvalid,
			Detail: Text{PL: "oczekiwano formatu RRRR-MM-DD/RRRR-MM-DD", EN: "want the form YYYY-MM-DD/YYYY-MM-DD"}}
	}
	f, err := ParseDate(from)
	if err != nil {
		return Period{}, &ParseError{Kind: "period", KindPL: "okresu", Input: s, Err: err}
	}
	t, err := ParseDate(to)
	if err != nil {
		return Period{}, &ParseError{Kind: "period", KindPL: "okresu", Input: s, Err: err}
	}
	p := Period{From: f, To: t}
	if t.Before(f) {
		return Period{}, &ParseError{Kind: "period", KindPL: "okresu", Input: s, Err: ErrInconsistent,
			Detail: Text{PL: "koniec okresu przed jego początkiem", EN: "the period ends before it starts"}}
	}
	return p, nil
}

// String returns the period as "2006-01-02/2006-01-02", the ISO 8601 form
// of an interval of dates that [ParsePeriod] reads, and the zero Period as
// an empty string. An invalid date shows as [Date.String] shows it.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	return p.From.String() + "/" + p.To.String()
}

// MarshalText encodes p as [Period.String] does, "2019-06-01/2019-12-31",
// for a CSV cell or a map key; the zero Period encodes as an empty text,
// and a period that does not validate is its [Period.Validate] error.
// JSON keeps the object form of [Period.MarshalJSON] and reads no other,
// so a Period is no key of a map encoded as JSON.
func (p Period) MarshalText() ([]byte, error) {
	if p.IsZero() {
		return []byte{}, nil
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes what [ParsePeriod] reads; an empty text decodes
// to the zero Period. On error p is unchanged.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// periodJSON has the fields of Period and none of its methods.
type periodJSON Period

// MarshalJSON encodes p as the object {"from":"2019-06-01","to":"2019-12-31"},
// each date as [Date.MarshalText] writes it (a missing one as ""). Without
// it, encoding/json would write the text form of [Period.MarshalText].
func (p Period) MarshalJSON() ([]byte, error) { return json.Marshal(periodJSON(p)) }

// UnmarshalJSON decodes the object [Period.MarshalJSON] writes with
// [DecodeJSON], strictly: an unknown or repeated field is an error at its
// path, and so is a date that cannot be read. Like the rest of decoding,
// it does not validate the period ([Period.Validate] does). JSON null
// leaves p unchanged.
func (p *Period) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var v periodJSON
	if err := DecodeJSON(b, &v); err != nil {
		return err
	}
	*p = Period(v)
	return nil
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Validate reports an invalid or missing start or end, and an end before the
// start, as [*FieldError] values with the paths "from" and "to".
func (p Period) Validate() error { return p.ValidateAt(Path{}) }

// ValidateAt is [Period.Validate] with every path placed under at, for a
// period that is a field of something larger ("period.to").
func (p Period) ValidateAt(at Path) error {
	var errs []error
	errs = append(errs, ValidateDate(at.Child("from"), p.From))
	errs = append(errs, ValidateDate(at.Child("to"), p.To))
	if p.From.IsValid() && p.To.IsValid() && p.To.Before(p.From) {
		errs = append(errs, Inconsistent(at.Child("to"), p.To.String(),
			Text{PL: "koniec okresu " + p.To.String() + " przed jego początkiem " + p.From.String(),
				EN: "the period ends on " + p.To.String() + ", before it starts on " + p.From.String()}))
	}
	return Join(errs...)
}

// ValidateDate reports a missing (zero) date as [ErrRequired] and an
// invalid one as [ErrInvalid], at path at; it returns nil for a valid date.
func ValidateDate(at Path, d Date) error {
	switch {
	case d.IsZero():
		return Required(at)
	case !d.IsValid():
		return Invalid(at, d.String(), Text{PL: "nie ma takiego dnia w kalendarzu", EN: "no such day in the calendar"})
	}
	return nil
}

// IsEmpty reports whether p holds no day: its start or end is missing or
// not a real date, or it ends before it starts (an inverted period, which
// [Period.Validate] reports). An empty period contains, overlaps and
// intersects nothing, and nothing contains it.
func (p Period) IsEmpty() bool {
	return !p.From.IsValid() || !p.To.IsValid() || p.To.Before(p.From)
}

// Contains reports whether d falls within p, both ends included. An empty
// period ([Period.IsEmpty]) contains no day.
func (p Period) Contains(d Date) bool {
	return !p.IsEmpty() && d.IsValid() && !d.Before(p.From) && !d.After(p.To)
}

// ContainsPeriod reports whether q lies wholly within p. Neither may be
// empty ([Period.IsEmpty]): an inverted q is not "contained" in p even when
// both its dates fall inside.
func (p Period) ContainsPeriod(q Period) bool {
	return !q.IsEmpty() && p.Contains(q.From) && p.Contains(q.To)
}

// Overlaps reports whether p and q share at least one day. An empty period
// ([Period.IsEmpty]) overlaps nothing.
func (p Period) Overlaps(q Period) bool {
	return !p.IsEmpty() && !q.IsEmpty() && !p.To.Before(q.From) && !q.To.Before(p.From)
}

// Intersect returns the days p and q share, and false if they share none,
// as when either is empty ([Period.IsEmpty]).
func (p Period) Intersect(q Period) (Period, bool) {
	if !p.Overlaps(q) {
		return Period{}, false
	}
	r := p
	if q.From.After(r.From) {
		r.From = q.From
	}
	if q.To.Before(r.To) {
		r.To = q.To
	}
	return r, true
}

// Days returns the number of days in p, both ends included: a period from
// 1 June to 31 December is 214 days long. It returns 0 for a period whose
// end is before its start or that lacks a valid start or end (the zero
// Period among them).
func (p Period) Days() int {
	if p.IsEmpty() {
		return 0
	}
	return p.From.DaysUntil(p.To) + 1
}

// Months returns the number of calendar months p touches: June–December is
// 7, 15 January – 14 February is 2. Like [Period.Days], it returns 0 for a
// period that ends before it starts or lacks a valid start or end.
func (p Period) Months() int {
	if p.IsEmpty() {
		return 0
	}
	return (p.To.Year-p.From.Year)*12 + int(p.To.Month) - int(p.From.Month) + 1
}

// Format returns p as the language t writes a period in prose, both dates
// as [Date.Format] writes them: "od 14.03.2011 r. do 16.12.2011 r.",
// "from 14 March 2011 to 16 December 2011". An end or a start that is
// missing is left out ("od 14.03.2011 r."), and the zero Period gives "".
func (p Period) Format(t language.Tag) string {
	var parts []string
	if from := p.From.Format(t); from != "" {
		parts = append(parts, Text{PL: "od ", EN: "from "}.In(t)+from)
	}
	if to := p.To.Format(t); to != "" {
		parts = append(parts, Text{PL: "do ", EN: "to "}.In(t)+to)
	}
	return strings.Join(parts, " ")
}
