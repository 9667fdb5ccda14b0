// Package enumtest checks, in the tests of each package of the module,
// that an enum keeps the rules of package enum: every code parses back to
// its value, a bad text is the module's parse error that names the enum in
// both languages and never quotes the text (tried with a PESEL and with
// names), UnmarshalText leaves its receiver unchanged on error, and a value
// without a code fails to marshal with the module's value error, also
// through json.Marshal. For database/sql, every value stores
// (driver.Valuer) as its code, a string and never a number, and scans
// (sql.Scanner) back from it, while the number of a value does not scan.
// It imports nothing of the module: a test passes the root's error types
// in a [Want].
package enumtest

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja/internal/enum"
)

// Value is what an enum type of the module is: a byte-sized value that
// marshals to its code and stores as it.
type Value interface {
	~uint8
	encoding.TextMarshaler
	driver.Valuer
}

// Pointer is what a pointer to an enum type of the module is: it
// unmarshals and scans the code.
type Pointer[T any] interface {
	*T
	encoding.TextUnmarshaler
	sql.Scanner
}

// want is what the errors of an enum must be: of the types its Errors
// makes and wrapping the same cause.
type want struct {
	cause        error
	parse, value reflect.Type
}

// wantOf asks errs for an error of each kind to learn what they are.
func wantOf(errs enum.Errors) want {
	p := errs.ParseError("kind", "rodzaju", "oczekiwano a", "want a")
	v := errs.ValueError("T(255)", "oczekiwano a", "want a")
	return want{cause: errors.Unwrap(p), parse: reflect.TypeOf(p), value: reflect.TypeOf(v)}
}

// Personal are texts typed into an enum's field that are personal data: a
// PESEL, with and without spaces, names. No error may repeat any of them.
var Personal = []string{"79112302216", " 79112302216 ", "Anna Kowalska", "Kowalska-Nowak", "marek"}

// leaks are the parts of [Personal] an error must not hold.
var leaks = []string{"7911230", "02216", "Anna", "Kowalsk", "marek", "Marek"}

// Check checks the enum T whose parser is parse and whose errors errs
// makes; a test calls it once per enum type of its package:
// enumtest.Check(t, integracja.EnumErrors{}, ParseCostKind).
func Check[T Value, P Pointer[T]](t testing.TB, errs enum.Errors, parse func(string) (T, error)) {
	t.Helper()
	w := wantOf(errs)
	name := fmt.Sprintf("%T", T(0))
	set, defined := roundTrip[T, P](t, name, parse)
	if defined == 0 {
		t.Errorf("%s: no value marshals", name)
		return
	}
	for _, in := range Personal {
		v, err := parse(in)
		if err == nil {
			t.Errorf("%s: Parse(%q) = %v, want an error", name, in, v)
			continue
		}
		if v != 0 {
			t.Errorf("%s: Parse(%q) = %v with an error, want the zero value", name, in, v)
		}
		w.checkParseError(t, name, err)

		x := set
		if err := P(&x).UnmarshalText([]byte(in)); err == nil || x != set {
			t.Errorf("%s: UnmarshalText(%q) changed %v to %v (error %v); want an error and no change", name, in, set, x, err)
		}
	}
	undefined := T(255)
	_, err := undefined.MarshalText()
	w.checkValueError(t, name+".MarshalText", err)
	_, err = json.Marshal(struct{ V T }{undefined})
	w.checkValueError(t, name+" in json.Marshal", err)
	_, err = undefined.Value()
	w.checkValueError(t, name+".Value", err)
	storage[T, P](t, w, name)
}

// storage checks the database/sql form of every value with a code: its
// Value is that code as a string, it scans back from the string and from
// its bytes, and the number of the value does not scan.
func storage[T Value, P Pointer[T]](t testing.TB, w want, name string) {
	t.Helper()
	for i := range 255 {
		v := T(i)
		code, err := v.MarshalText()
		if err != nil {
			continue
		}
		stored, err := v.Value()
		if s, ok := stored.(string); err != nil || !ok || s != string(code) {
			t.Errorf("%s: %v stores as %#v (%T), %v; want its code %q as a string, never a number", name, v, stored, stored, err, code)
			continue
		}
		for _, src := range []any{stored, code} {
			var back T
			if err := P(&back).Scan(src); err != nil || back != v {
				t.Errorf("%s: %v stored as %#v scans as %v, %v", name, v, src, back, err)
			}
		}
		for _, n := range []any{int64(i), float64(i)} {
			x := v
			err := P(&x).Scan(n)
			if err == nil || x != v {
				t.Errorf("%s: the number %v scans as %v (error %v); want an error and no change", name, n, x, err)
				continue
			}
			w.checkParseError(t, name+".Scan", err)
		}
	}
}

// roundTrip checks that every value with a code parses back from it, and
// returns the largest such value and how many there are.
func roundTrip[T Value, P Pointer[T]](t testing.TB, name string, parse func(string) (T, error)) (largest T, n int) {
	t.Helper()
	for i := range 255 {
		v := T(i)
		b, err := v.MarshalText()
		if err != nil {
			continue
		}
		n++
		largest = v
		if back, err := parse(string(b)); err != nil || back != v {
			t.Errorf("%s: %v marshals as %q, which parses as %v, %v", name, v, b, back, err)
		}
		var x T
		if err := P(&x).UnmarshalText(b); err != nil || x != v {
			t.Errorf("%s: %v marshals as %q, which unmarshals as %v, %v", name, v, b, x, err)
		}
	}
	return largest, n
}

// checkParseError checks an error of Parse.
func (w want) checkParseError(t testing.TB, name string, err error) {
	t.Helper()
	if !errors.Is(err, w.cause) || reflect.TypeOf(err) != w.parse {
		t.Errorf("%s: Parse's error %v (%T) is not a %v wrapping %v", name, err, err, w.parse, w.cause)
	}
	for _, lang := range []struct {
		tag  language.Tag
		head string
	}{{language.English, "cannot parse "}, {language.Polish, "nie można odczytać "}} {
		msg := localize(err, lang.tag)
		kind, _, _ := strings.Cut(strings.TrimPrefix(msg, lang.head), ":")
		switch {
		case !strings.HasPrefix(msg, lang.head) || kind == "" || kind == "wartości":
			t.Errorf("%s: %q does not name the enum after %q", name, msg, lang.head)
		case strings.Contains(msg, `"`):
			t.Errorf("%s: %q quotes what it read", name, msg)
		}
		for _, leak := range leaks {
			if strings.Contains(msg, leak) {
				t.Errorf("%s: %q repeats %q of the input", name, msg, leak)
			}
		}
	}
}

// checkValueError checks the error of marshalling a value without a code.
// The error of json.Marshal wraps it, so only its chain holds one of the
// type Errors makes.
func (w want) checkValueError(t testing.TB, name string, err error) {
	t.Helper()
	found := false
	for e := err; e != nil && !found; e = errors.Unwrap(e) {
		found = reflect.TypeOf(e) == w.value
	}
	if !found || !errors.Is(err, w.cause) {
		t.Errorf("%s of a value without a code: %v (%T), want a %v wrapping %v", name, err, err, w.value, w.cause)
	}
}

// localize returns the message of err in the language t asks for, as
// integracja.Localize does for the errors of an enum.
func localize(err error, t language.Tag) string {
	if l, ok := err.(interface{ Message(language.Tag) string }); ok {
		return l.Message(t)
	}
	return err.Error()
}
