package enum_test

import (
	"encoding/json"
	"fmt"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Weekday is a small enum declared as the domain packages declare theirs.
// The zero Weekday is Monday.
type Weekday uint8

// The weekdays of the example.
const (
	Monday Weekday = iota
	Tuesday
)

var weekdays = enum.MustNew(enum.Spec[Weekday]{
	Package: "calendar", Type: "Weekday", Kind: "weekday", KindPL: "dnia tygodnia",
	Codes: []string{"monday", "tuesday"},
	Labels: []integracja.Text{
		{PL: "poniedziałek", EN: "Monday"},
		{PL: "wtorek", EN: "Tuesday"},
	},
})

// String returns the stable code: "monday" or "tuesday".
func (d Weekday) String() string { return weekdays.String(d) }

// Label returns the day's name in the language t asks for.
func (d Weekday) Label(t language.Tag) string { return weekdays.Label(d, t) }

// ParseWeekday parses a code returned by [Weekday.String].
func ParseWeekday(s string) (Weekday, error) { return weekdays.Parse(s) }

// MarshalText returns the stable code; a value out of range is an error.
func (d Weekday) MarshalText() ([]byte, error) { return weekdays.MarshalText(d) }

// UnmarshalText parses the stable code.
func (d *Weekday) UnmarshalText(b []byte) error { return weekdays.UnmarshalText(d, b) }

func ExampleMustNew() {
	fmt.Println(Tuesday, Tuesday.Label(language.Polish), Tuesday.Label(language.English))
	fmt.Println(Weekday(9))

	var days []Weekday
	err := json.Unmarshal([]byte(`["tuesday", "monday"]`), &days)
	fmt.Println(days, err)

	_, err = ParseWeekday("Friday")
	fmt.Println(err)
	fmt.Println(integracja.Localize(err, language.Polish))

	_, err = json.Marshal(Weekday(9))
	fmt.Println(err)
	// Output:
	// tuesday wtorek Tuesday
	// Weekday(9)
	// [tuesday monday] <nil>
	// cannot parse weekday "Friday": invalid value: want monday or tuesday
	// nie można odczytać dnia tygodnia "Friday": nieprawidłowa wartość: oczekiwano monday lub tuesday
	// json: error calling MarshalText for type enum_test.Weekday: calendar: cannot marshal Weekday(9)
}
