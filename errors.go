package integracja

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Cause is a sentinel error: what kind of thing is wrong, independent of
// where. The module's causes are the Err… variables of this and the domain
// packages; programs match them with [errors.Is].
type Cause struct {
	code string
	text Text
}

// NewCause returns a sentinel with a stable code (used in JSON and logs)
// and a short description in Polish and English. Domain packages declare
// their own causes with it, once, as package-level variables.
func NewCause(code string, text Text) *Cause { return &Cause{code: code, text: text} }

// Error returns the English description. Like every method of the
// module's error types, it does not panic on a nil receiver.
func (c *Cause) Error() string {
	if c == nil {
		return nilError
	}
	return c.text.EN
}

// Code returns the stable code, for example "required"; "" for a nil Cause.
func (c *Cause) Code() string {
	if c == nil {
		return ""
	}
	return c.code
}

// Message returns the description in the language t asks for.
func (c *Cause) Message(t language.Tag) string {
	if c == nil {
		return nilError
	}
	return c.text.In(t)
}

// nilError is what the methods of the module's error types return for a
// nil receiver: a typed nil pointer stored in an error interface is not nil,
// and printing it must not panic.
const nilError = "<nil>"

// The causes every Validate method and parser in the module uses.
var (
	// ErrRequired: a value that must be given is missing.
	ErrRequired = NewCause("required", Text{PL: "brak wymaganej wartości", EN: "required value missing"})
	// ErrInvalid: a value is malformed or not one of the allowed values.
	ErrInvalid = NewCause("invalid", Text{PL: "nieprawidłowa wartość", EN: "invalid value"})
	// ErrOutOfRange: a value is well formed but outside its allowed range.
	ErrOutOfRange = NewCause("out_of_range", Text{PL: "wartość poza dopuszczalnym zakresem", EN: "value out of range"})
	// ErrDuplicate: a value that must be unique appears more than once.
	ErrDuplicate = NewCause("duplicate", Text{PL: "powtórzona wartość", EN: "duplicate value"})
	// ErrInconsistent: values that must agree with each other do not (a
	// total and its parts, a start and an end, a PESEL and a birth date).
	ErrInconsistent = NewCause("inconsistent", Text{PL: "wartości są ze sobą sprzeczne", EN: "values contradict each other"})
	// ErrTransition: a change of state that the lifecycle does not allow.
	ErrTransition = NewCause("transition", Text{PL: "niedozwolona zmiana stanu", EN: "state change not allowed"})
	// ErrUnknown: a reference to something not defined (an unknown field,
	// category or activity code).
	ErrUnknown = NewCause("unknown", Text{PL: "nieznana wartość", EN: "unknown value"})
)

// FieldError is one problem found in a value: where (Path), the offending
// value as text (never personal data: callers pass a masked form or
// nothing), the sentinel cause, and an optional detail in both languages.
type FieldError struct {
	Path   Path
	Value  string
	Err    error
	Detail Text
}

// NewFieldError returns a FieldError at path p with cause err.
func NewFieldError(p Path, err error, value string, detail Text) *FieldError {
	return &FieldError{Path: p, Value: value, Err: err, Detail: detail}
}

// Required reports a missing value at p.
func Required(p Path) *FieldError { return &FieldError{Path: p, Err: ErrRequired} }

// Invalid reports a malformed value at p.
func Invalid(p Path, value string, detail Text) *FieldError {
	return &FieldError{Path: p, Value: value, Err: ErrInvalid, Detail: detail}
}

// OutOfRange reports a value at p outside its allowed range.
func OutOfRange(p Path, value string, detail Text) *FieldError {
	return &FieldError{Path: p, Value: value, Err: ErrOutOfRange, Detail: detail}
}

// Duplicate reports a value at p that already appeared elsewhere.
func Duplicate(p Path, value string) *FieldError {
	return &FieldError{Path: p, Value: value, Err: ErrDuplicate}
}

// Inconsistent reports a value at p that contradicts another.
func Inconsistent(p Path, value string, detail Text) *FieldError {
	return &FieldError{Path: p, Value: value, Err: ErrInconsistent, Detail: detail}
}

// Unknown reports a reference at p to something not defined.
func Unknown(p Path, value string, detail Text) *FieldError {
	return &FieldError{Path: p, Value: value, Err: ErrUnknown, Detail: detail}
}

// Error returns the problem in English: "actions[2].due: value out of
// range: "2020-01-01": after the end of the contract".
func (e *FieldError) Error() string { return e.Message(language.English) }

// Message returns the problem in the language t asks for.
func (e *FieldError) Message(t language.Tag) string {
	if e == nil {
		return nilError
	}
	var b strings.Builder
	if !e.Path.IsRoot() {
		b.WriteString(e.Path.String())
		b.WriteString(": ")
	}
	b.WriteString(Localize(e.Err, t))
	if e.Value != "" {
		fmt.Fprintf(&b, ": %q", Excerpt(e.Value, MaxQuoted))
	}
	if !e.Detail.IsZero() {
		b.WriteString(": ")
		b.WriteString(e.Detail.In(t))
	}
	return b.String()
}

// Unwrap returns the cause, so that errors.Is(err, ErrRequired) works.
func (e *FieldError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Under returns a copy of e with its path placed under p; nil for nil.
func (e *FieldError) Under(p Path) *FieldError {
	if e == nil {
		return nil
	}
	c := *e
	c.Path = p.Join(e.Path)
	return &c
}

// ParseError reports text that could not be parsed: what kind of value was
// expected (Kind in English: "date", "money", "count"…; KindPL the same in
// Polish in the genitive, as the message needs it: "daty", "kwoty"), the
// input, the cause and a detail in both languages.
//
// Input is the text as given, shortened or masked by the parser when it
// could be long or personal (a PESEL is masked), or empty when the parser
// does not quote what it read. The module's enums never quote it: a value
// typed into the wrong field may be a PESEL or a name, so their errors say
// what is wanted instead (see [EnumErrors]).
type ParseError struct {
	Kind   string
	KindPL string
	Input  string
	Err    error
	Detail Text
}

// Error returns the problem in English: `cannot parse date "2019-02-30":
// invalid value: day 30 out of range 1-28`.
func (e *ParseError) Error() string { return e.Message(language.English) }

// Message returns the problem in the language t asks for: `nie można
// odczytać daty "2019-02-30": …`. An empty Input is left out (`cannot
// parse sex: …`), and so is an empty KindPL in Polish (`nie można odczytać
// "…": …`): every ParseError of the module names its kind in Polish, so no
// Polish message of the module says only "a value".
func (e *ParseError) Message(t language.Tag) string {
	if e == nil {
		return nilError
	}
	head, kind := "nie można odczytać", e.KindPL
	if IsEnglish(t) {
		head, kind = "cannot parse", e.Kind
	}
	var b strings.Builder
	b.WriteString(head)
	if kind != "" {
		b.WriteString(" " + kind)
	}
	if e.Input != "" {
		fmt.Fprintf(&b, " %q", Excerpt(e.Input, MaxQuoted))
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(Localize(e.Err, t))
	}
	if !e.Detail.IsZero() {
		b.WriteString(": ")
		b.WriteString(e.Detail.In(t))
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Localizer is implemented by errors that can describe themselves in Polish
// and English.
type Localizer interface {
	Message(t language.Tag) string
}

// Localize returns err's message in the language t asks for. A joined error
// gives one line per problem; an error that is not a [Localizer] gives its
// Error text. Localize(nil, t) is "".
func Localize(err error, t language.Tag) string {
	if isNil(err) {
		return ""
	}
	if l, ok := err.(Localizer); ok {
		return l.Message(t)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var lines []string
		for _, e := range j.Unwrap() {
			if s := Localize(e, t); s != "" {
				lines = append(lines, s)
			}
		}
		return strings.Join(lines, "\n")
	}
	return err.Error()
}

// Join returns nil when every err is nil, and otherwise one error that
// holds every non-nil one, flattening nested joins so that a Validate
// result is a single flat list of problems. errors.Is and errors.As see
// through it. A nil *FieldError, *ParseError or *Cause counts as nil.
func Join(errs ...error) error {
	var flat []error
	for _, e := range errs {
		flat = appendFlat(flat, e)
	}
	if len(flat) == 0 {
		return nil
	}
	return errors.Join(flat...)
}

func appendFlat(dst []error, err error) []error {
	if isNil(err) {
		return dst
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			dst = appendFlat(dst, e)
		}
		return dst
	}
	return append(dst, err)
}

// isNil reports whether err is nil or a nil pointer of one of the module's
// error types, which [Join] drops as it drops a nil error.
func isNil(err error) bool {
	switch e := err.(type) {
	case nil:
		return true
	case *FieldError:
		return e == nil
	case *ParseError:
		return e == nil
	case *Cause:
		return e == nil
	}
	return false
}

// FieldErrors returns every [*FieldError] in err, in order, looking through
// joined and wrapped errors. It returns nil for nil.
func FieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(e error) {
		if isNil(e) {
			return
		}
		if fe, ok := e.(*FieldError); ok {
			out = append(out, fe)
			return
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	walk(err)
	return out
}

// Under returns err with the path of every [*FieldError] in it placed
// under p, for a Validate method that validates a part of something larger.
// Errors that are not field errors become field errors at p.
func Under(p Path, err error) error {
	if isNil(err) {
		return nil
	}
	var out []error
	for _, e := range appendFlat(nil, err) {
		var fe *FieldError
		if errors.As(e, &fe) {
			out = append(out, fe.Under(p))
			continue
		}
		out = append(out, &FieldError{Path: p, Err: e})
	}
	return Join(out...)
}

// MaxQuoted is the most bytes of an input that an error of the module
// quotes: [FieldError.Value] and [ParseError.Input] are printed cut to this
// length (see [Excerpt]), so that a megabyte of bad input does not make a
// megabyte of error. Messages quote with %q, so control characters, line
// breaks and bidirectional marks are escaped and an input cannot forge a
// line of a log. Decoding errors quote no input at all ([DecodeJSON]).
const MaxQuoted = 40

// Excerpt returns at most the first max bytes of s, cut at a character
// boundary and followed by "…" when something was left out. Code that
// builds the module's errors for its own values uses it with [MaxQuoted].
func Excerpt(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
