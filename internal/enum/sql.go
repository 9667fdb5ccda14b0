package enum

import (
	"database/sql/driver"

	"github.com/aktywna/integracja/internal/sqltext"
)

// Value returns the code of v as a string, for database/sql (the
// driver.Valuer of T): the same text as [Enum.MarshalText], never the
// number behind the constant, so that reordering or adding constants
// never changes what a stored row means. A value without a code is the
// error of [Enum.Check].
func (e Enum[T]) Value(v T) (driver.Value, error) {
	if err := e.Check(v); err != nil {
		return nil, err
	}
	return e.t.codes[v], nil
}

// Scan sets *v to the value whose code a database column holds (the
// sql.Scanner of *T): src is the string or []byte a driver hands back for a
// text column, read as [Enum.Parse] reads it. SQL NULL reads as the empty
// text: it is the zero value of an enum whose zero value has the code "",
// and an error otherwise. Any other src, a number above all, is an error
// of the Spec's [Errors.ParseError] that says a code is wanted: the number
// of a value is not its code, and a row that holds one was written by
// something else. On error *v is unchanged.
func (e Enum[T]) Scan(v *T, src any) error {
	s, ok := sqltext.Of(src)
	if !ok && src != nil {
		t := e.tab()
		if t.errs == nil {
			return errZero
		}
		pl, en := sqltext.Not(src)
		return t.errs.ParseError(t.kind, t.kindPL, t.want.PL+" w postaci tekstu, nie "+pl, t.want.EN+", as text, not "+en)
	}
	x, err := e.Parse(s)
	if err != nil {
		return err
	}
	*v = x
	return nil
}
