package enum

import (
	"database/sql/driver"
	"fmt"
	"time"
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
	var s string
	switch x := src.(type) {
	case string:
		s = x
	case []byte:
		s = string(x)
	case nil:
	default:
		t := e.tab()
		if t.errs == nil {
			return errZero
		}
		w := t.want
		return t.errs.ParseError(t.kind, t.kindPL, w.PL+" w postaci tekstu, nie "+sqlKindPL(src),
			w.EN+", as text, not "+sqlKindEN(src))
	}
	x, err := e.Parse(s)
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// sqlKindPL names, in Polish in the genitive (as "nie …" takes it), the
// kind of a value a driver handed back instead of text.
func sqlKindPL(src any) string {
	switch src.(type) {
	case int64:
		return "liczby całkowitej"
	case float64:
		return "liczby zmiennoprzecinkowej"
	case bool:
		return "wartości logicznej"
	case time.Time:
		return "daty z czasem"
	}
	return fmt.Sprintf("wartości typu %T", src)
}

// sqlKindEN names in English the kind of a value a driver handed back
// instead of text.
func sqlKindEN(src any) string {
	switch src.(type) {
	case int64:
		return "an integer"
	case float64:
		return "a floating-point number"
	case bool:
		return "a boolean"
	case time.Time:
		return "a time"
	}
	return fmt.Sprintf("a value of type %T", src)
}
