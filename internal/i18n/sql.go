package i18n

import (
	"fmt"
	"time"
)

// NotText names the kind of value src is, for a Scan method that wants
// text and was handed something else by a database driver: in Polish in
// the genitive, as "oczekiwano tekstu, nie …" takes it, and in English
// ("an integer"). A number is what a column holds when a value was
// stored by its ordinal or as a float, so the two are named as such.
func NotText(src any) (pl, en string) {
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
