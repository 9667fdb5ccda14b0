// Package sqltext helps the module's Scan methods read what a database
// driver hands back: the text of a text column, as a string or []byte,
// and, for their errors, what a driver handed back instead.
package sqltext

import (
	"fmt"
	"time"
)

// Of returns src as a string, and true, when it is the string or []byte a
// driver hands back for a text column; "" and false otherwise (SQL NULL,
// a number, a time).
func Of(src any) (string, bool) {
	switch x := src.(type) {
	case string:
		return x, true
	case []byte:
		return string(x), true
	}
	return "", false
}

// Not names the kind of value src is, for a Scan method that wants text
// and was handed something else: in Polish in the genitive, as
// "oczekiwano tekstu, nie …" takes it, and in English ("an integer"). A
// number is what a column holds when a value was stored by its ordinal or
// as a float, so the two are named as such.
func Not(src any) (pl, en string) {
	switch src.(type) {
	case int64:
		return "liczby całkowitej", "an integer"
	case float64:
		return "liczby zmiennoprzecinkowej", "a floating-point number"
	case bool:
		return "wartości logicznej", "a boolean"
	case time.Time:
		return "daty z czasem", "a time"
	}
	return fmt.Sprintf("wartości typu %T", src), fmt.Sprintf("a value of type %T", src)
}
