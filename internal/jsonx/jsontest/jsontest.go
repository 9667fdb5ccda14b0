// Package jsontest checks, in the tests of each package of the module, that
// json.Unmarshal into a type that decodes itself is exactly as strict as
// the package's Decode… function: a field given twice or an unknown field
// is one error at its path with its cause, and the Decode… function says
// the same. It imports nothing of the module: a test passes the root's
// integracja.FieldErrors and the way to read a field error's path.
package jsontest

import (
	"encoding/json"
	"errors"
	"testing"
)

// Case is one document json.Unmarshal must refuse.
type Case struct {
	// Name says what is wrong, as a sentence: "a budget with a field given
	// twice".
	Name string
	// Target returns a new value of the type to decode into.
	Target func() any
	// Decode is the package's Decode… function for the type, or nil when
	// the type has none.
	Decode func([]byte) error
	// Input is the document.
	Input string
	// Path is the path of the one field error expected ("ledger[1].colour").
	Path string
	// Cause is its sentinel cause (the root's ErrDuplicate, ErrUnknown, …).
	Cause error
}

// Strict runs each case as a subtest: json.Unmarshal of the input into a
// new target fails with exactly one field error (found by fieldErrors, whose
// path path reads) at the case's path, errors.Is finds the cause, and a
// Decode… function, where there is one, returns an error of the same text.
func Strict[E error](t *testing.T, cases []Case, fieldErrors func(error) []E, path func(E) string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			err := json.Unmarshal([]byte(c.Input), c.Target())
			fes := fieldErrors(err)
			if len(fes) != 1 {
				t.Fatalf("want 1 field error, got %d: %v", len(fes), err)
			}
			if got := path(fes[0]); got != c.Path {
				t.Errorf("path %q, want %q: %v", got, c.Path, err)
			}
			if !errors.Is(err, c.Cause) {
				t.Errorf("error %v is not %v", err, c.Cause)
			}
			if c.Decode != nil {
				derr := c.Decode([]byte(c.Input))
				if derr == nil || derr.Error() != err.Error() {
					t.Errorf("json.Unmarshal and the Decode… function disagree:\n%v\n%v", err, derr)
				}
			}
		})
	}
}
