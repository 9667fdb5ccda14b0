package indicator

import (
	"database/sql/driver"
	"strconv"
	"strings"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/sqltext"
)

// Value stores c for database/sql in one column, as the text of a
// PostgreSQL composite value of its three fields in order, women, men and
// people of unspecified sex: "(12,8,0)". A column of the composite type
//
//	CREATE TYPE sex_count AS (women bigint, men bigint, unspecified bigint);
//
// reads it as its fields, so that SQL can reach them as (col).women; a text
// column (SQLite) keeps it as it is, and [Count.Scan] reads it back. An
// invalid Count (see [Count.Validate]) is that error.
//
// Where the figures are three columns of a table, store c.Women, c.Men
// and c.Unspecified as integers.
func (c Count) Value() (driver.Value, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return "(" + strconv.Itoa(c.Women) + "," + strconv.Itoa(c.Men) + "," + strconv.Itoa(c.Unspecified) + ")", nil
}

// Scan reads what [Count.Value] stores, "(12,8,0)", from the text (a
// string or []byte) a driver hands back for a composite or text column:
// three whole numbers without a sign, whose total fits an int. SQL NULL is
// an error: the zero Count is no one, while NULL is a figure not known
// (scan a nullable column into a sql.Null[Count]). So is any other type or
// text, with a [*integracja.ParseError] of kind "count"; on error c is
// unchanged.
func (c *Count) Scan(src any) error {
	s, ok := sqltext.Of(src)
	switch {
	case src == nil:
		return &integracja.ParseError{Kind: "count", KindPL: "liczby osób", Err: integracja.ErrRequired,
			Detail: integracja.Text{PL: "NULL nie jest liczbą osób (kolumnę dopuszczającą NULL odczytuje sql.Null[indicator.Count])",
				EN: "NULL is no count (scan a nullable column into a sql.Null[indicator.Count])"}}
	case !ok:
		pl, en := sqltext.Not(src)
		return &integracja.ParseError{Kind: "count", KindPL: "liczby osób", Err: integracja.ErrInvalid,
			Detail: integracja.Text{PL: "oczekiwano tekstu, nie " + pl, EN: "want text, not " + en}}
	}
	v, ok := scanCount(s)
	if !ok {
		return &integracja.ParseError{Kind: "count", KindPL: "liczby osób", Input: integracja.Excerpt(s, integracja.MaxQuoted), Err: integracja.ErrInvalid,
			Detail: integracja.Text{PL: "oczekiwano trzech liczb w nawiasie: kobiet, mężczyzn i osób bez podanej płci, np. \"(12,8,0)\"",
				EN: "want three numbers in brackets, of women, men and people of unspecified sex, such as \"(12,8,0)\""}}
	}
	if err := v.Validate(); err != nil {
		return &integracja.ParseError{Kind: "count", KindPL: "liczby osób", Input: integracja.Excerpt(s, integracja.MaxQuoted), Err: err}
	}
	*c = v
	return nil
}

// scanCount reads "(w,m,u)", each a decimal of at most 18 digits without
// a sign (so that it fits an int).
func scanCount(s string) (Count, bool) {
	inner, ok := strings.CutPrefix(s, "(")
	inner, ok2 := strings.CutSuffix(inner, ")")
	if !ok || !ok2 {
		return Count{}, false
	}
	var n [3]int
	for i := range n {
		field, rest, found := strings.Cut(inner, ",")
		if found != (i < 2) || field == "" || len(field) > 18 {
			return Count{}, false
		}
		for j := 0; j < len(field); j++ {
			if !isDigit(field[j]) {
				return Count{}, false
			}
			n[i] = n[i]*10 + int(field[j]-'0')
		}
		inner = rest
	}
	return Count{Women: n[0], Men: n[1], Unspecified: n[2]}, true
}
