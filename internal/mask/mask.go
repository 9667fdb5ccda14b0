// Package mask prints the masked form of a value that holds personal data
// for every verb of package fmt, so that no verb (%d, %x, %+v, %#v) reaches
// the value's fields.
package mask

import "fmt"

// Format writes s, the masked form of a value, to f as the verb %s would,
// or as %q for the verb q, with f's width, precision and flags: a type's
// Format(fmt.State, rune) method delegates to it so that every other verb
// prints s too.
func Format(f fmt.State, verb rune, s string) {
	if verb != 'q' {
		verb = 's'
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), s)
}
