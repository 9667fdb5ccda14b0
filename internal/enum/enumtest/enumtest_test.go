package enumtest_test

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja/internal/enum"
	"github.com/aktywna/integracja/internal/enum/enumtest"
)

// recorder keeps what Check reports instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, a ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, a...))
}

var errInvalid = errors.New("invalid value")

// parseError and valueError stand for the root's error types.
type parseError struct{ en, pl string }

func (e *parseError) Error() string { return e.en }
func (e *parseError) Unwrap() error { return errInvalid }
func (e *parseError) Message(t language.Tag) string {
	if t == language.English {
		return e.en
	}
	return e.pl
}

type valueError struct{ msg string }

func (e *valueError) Error() string { return e.msg }
func (e *valueError) Unwrap() error { return errInvalid }

type rightErrors struct{}

func (rightErrors) ParseError(kind, kindPL, wantPL, wantEN string) error {
	return &parseError{"cannot parse " + kind + ": " + wantEN, "nie można odczytać " + kindPL + ": " + wantPL}
}
func (rightErrors) ValueError(value, _, wantEN string) error {
	return &valueError{"invalid value: " + value + ": " + wantEN}
}

// good keeps every rule.
type good uint8

var goods = enum.MustNew(enum.Spec[good]{Type: "good", Kind: "good", KindPL: "dobrego", Codes: []string{"a", "b"}, Errors: rightErrors{}})

func (v good) MarshalText() ([]byte, error)  { return goods.MarshalText(v) }
func (v *good) UnmarshalText(b []byte) error { return goods.UnmarshalText(v, b) }
func (v good) Value() (driver.Value, error)  { return goods.Value(v) }
func (v *good) Scan(src any) error           { return goods.Scan(v, src) }
func parseGood(s string) (good, error)       { return goods.Parse(s) }

// bad breaks five rules: its parser quotes the input, its UnmarshalText
// overwrites the receiver, it marshals every value, and it stores as its
// number, which it scans too.
type bad uint8

func (v bad) Value() (driver.Value, error) { return int64(v), nil }
func (v *bad) Scan(src any) error {
	n, _ := src.(int64)
	*v = bad(n)
	return nil
}

func (v bad) MarshalText() ([]byte, error) { return []byte(fmt.Sprint(uint8(v))), nil }
func (v *bad) UnmarshalText(b []byte) error {
	x, err := parseBad(string(b))
	*v = x
	return err
}
func parseBad(s string) (bad, error) {
	if s == "1" {
		return 1, nil
	}
	return 0, &parseError{fmt.Sprintf("cannot parse bad %q", s), fmt.Sprintf("nie można odczytać złego %q", s)}
}

func TestCheckPassesAnEnumThatKeepsTheRules(t *testing.T) {
	r := &recorder{TB: t}
	enumtest.Check(r, rightErrors{}, parseGood)
	if len(r.errs) != 0 {
		t.Errorf("Check reported %q", r.errs)
	}
}

func TestCheckReportsEachBrokenRule(t *testing.T) {
	r := &recorder{TB: t}
	enumtest.Check(r, rightErrors{}, parseBad)
	all := strings.Join(r.errs, "\n")
	for _, w := range []string{"quotes what it read", `repeats "7911230"`, "UnmarshalText", "of a value without a code",
		`bad: 1 stores as 1 (int64), <nil>; want its code "1" as a string, never a number`, "bad.Value of a value without a code"} {
		if !strings.Contains(all, w) {
			t.Errorf("Check did not report %q; it reported:\n%s", w, all)
		}
	}
}

// lax stores its code but also scans the number of a value, as a reader
// of rows its constants once wrote as numbers might.
type lax uint8

func (v lax) MarshalText() ([]byte, error)  { return goods.MarshalText(good(v)) }
func (v *lax) UnmarshalText(b []byte) error { return goods.UnmarshalText((*good)(v), b) }
func (v lax) Value() (driver.Value, error)  { return goods.Value(good(v)) }
func (v *lax) Scan(src any) error {
	if n, ok := src.(int64); ok {
		*v = lax(n)
		return nil
	}
	return goods.Scan((*good)(v), src)
}
func parseLax(s string) (lax, error) { g, err := goods.Parse(s); return lax(g), err }

func TestCheckReportsAnEnumThatScansANumber(t *testing.T) {
	r := &recorder{TB: t}
	enumtest.Check(r, rightErrors{}, parseLax)
	want := []string{
		"enumtest_test.lax: the number 0 scans as 0 (error <nil>); want an error and no change",
		"enumtest_test.lax: the number 1 scans as 1 (error <nil>); want an error and no change",
	}
	if strings.Join(r.errs, "\n") != strings.Join(want, "\n") {
		t.Errorf("Check reported:\n%s\nwant:\n%s", strings.Join(r.errs, "\n"), strings.Join(want, "\n"))
	}
}
