package enum_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"golang.org/x/text/language"

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
	Type: "Weekday", Kind: "weekday", KindPL: "dnia tygodnia",
	Codes: []string{"monday", "tuesday"},
	Labels: []enum.Text{
		{PL: "poniedziałek", EN: "Monday"},
		{PL: "wtorek", EN: "Tuesday"},
	},
	// In the module: Errors: integracja.EnumErrors{}, which this package's
	// tests may not import; exampleErrors writes the same English text.
	Errors: exampleErrors{},
})

// String returns the stable code: "monday" or "tuesday".
func (d Weekday) String() string { return weekdays.String(d) }

// Label returns the day's name in the language t asks for.
func (d Weekday) Label(t language.Tag) string { return weekdays.Label(d, t) }

// ParseWeekday parses a code returned by [Weekday.String].
func ParseWeekday(s string) (Weekday, error) { return weekdays.Parse(s) }

// MarshalText returns the stable code; a value out of range is an error.
func (d Weekday) MarshalText() ([]byte, error) { return weekdays.MarshalText(d) }

// UnmarshalText parses the stable code; on error d is unchanged.
func (d *Weekday) UnmarshalText(b []byte) error { return weekdays.UnmarshalText(d, b) }

// exampleErrors writes, in English, the errors integracja.EnumErrors makes.
type exampleErrors struct{}

func (exampleErrors) ParseError(kind, _, _, wantEN string) error {
	return errors.New("cannot parse " + kind + ": invalid value: " + wantEN)
}

func (exampleErrors) ValueError(value, _, wantEN string) error {
	return fmt.Errorf("invalid value: %q: %s", value, wantEN)
}

func ExampleMustNew() {
	fmt.Println(Tuesday, Tuesday.Label(language.Polish), Tuesday.Label(language.English))
	fmt.Println(Weekday(9))

	var days []Weekday
	err := json.Unmarshal([]byte(`["tuesday", "monday"]`), &days)
	fmt.Println(days, err)

	// The error says what is wanted, never what was read: a PESEL typed
	// into the wrong field stays out of the logs.
	_, err = ParseWeekday("79112302216")
	fmt.Println(err)

	day := Tuesday
	err = json.Unmarshal([]byte(`"Friday"`), &day)
	fmt.Println(day, err)

	_, err = json.Marshal(Weekday(9))
	fmt.Println(err)
	// Output:
	// tuesday wtorek Tuesday
	// Weekday(9)
	// [tuesday monday] <nil>
	// cannot parse weekday: invalid value: want monday or tuesday
	// tuesday cannot parse weekday: invalid value: want monday or tuesday
	// json: error calling MarshalText for type enum_test.Weekday: invalid value: "Weekday(9)": want monday or tuesday
}
