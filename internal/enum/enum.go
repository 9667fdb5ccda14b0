package enum

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja/internal/i18n"
)

// Text is a short text in Polish and English: a label of a value, or what
// a parse error says is wanted. It has the fields of integracja.Text, so a
// package converts one to the other with integracja.Text(x).
type Text struct {
	PL, EN string
}

// Errors makes the errors of an enum. This package imports nothing of the
// module, so it cannot build the root's error types itself; the root's
// integracja.EnumErrors does, and every [Spec] names it.
type Errors interface {
	// ParseError returns the error of [Enum.Parse] for a text that is no
	// code and no alias of the enum: kind names the enum in English and
	// kindPL in Polish, in the genitive ("rodzaju kosztu"); wantPL and
	// wantEN say what Parse accepts. The text itself is not passed on: a
	// value typed into the wrong field may be a PESEL or a name.
	ParseError(kind, kindPL, wantPL, wantEN string) error
	// ValueError returns the error of [Enum.Check] and [Enum.MarshalText]
	// for a value that has no code; value is its String, "CostKind(7)".
	ValueError(value, wantPL, wantEN string) error
}

// Spec describes one enum of type T: the fields a package fills in, as a
// literal, to get its [Enum] from [MustNew]. The zero Spec describes no
// enum; MustNew rejects it.
type Spec[T ~uint8] struct {
	// Type is the Go name of T, for the text of a value out of range:
	// "CostKind" gives "CostKind(7)".
	Type string
	// Kind and KindPL name what the enum is, in English and in Polish in
	// the genitive, for the errors of [Enum.Parse]: "cost kind" and
	// "rodzaju kosztu" give "cannot parse cost kind" and "nie można
	// odczytać rodzaju kosztu". Both are required.
	Kind, KindPL string
	// Codes are the stable codes of the values, indexed by value: Codes[0]
	// is the code of T's zero value. There are from 1 to 256 of them, all
	// different, each in snake_case ([IsSnakeCase]) or "", which Parse
	// then reads from an empty text.
	Codes []string
	// ZeroUndefined makes T's zero value a placeholder that is no value
	// of the enum ("not set"): its code must be "", [Enum.Valid] reports
	// false for it, Parse never returns it without an error and
	// MarshalText refuses it.
	ZeroUndefined bool
	// Labels are the names of the values in Polish and English, one for
	// each code, or none when T has no labels of this kind.
	Labels []Text
	// Fold makes Parse trim the spaces around its input and ignore case.
	Fold bool
	// Aliases are further spellings Parse reads as a value, such as "mops"
	// for an ośrodek pomocy społecznej, or "" for a value whose code is not
	// "". They differ from every code; with Fold they are lowercase and
	// trimmed.
	Aliases map[string]T
	// Want says, in both languages, what Parse accepts, when the usual
	// list of the codes does not say it well. When Want is zero, it lists
	// the codes other than "": "oczekiwano a, b lub c" in Polish, "want a,
	// b or c" in English.
	Want Text
	// Errors makes the enum's errors: integracja.EnumErrors{} in every
	// package of the module. It is required.
	Errors Errors
}

// Enum is the immutable description of an enum of type T, made by
// [MustNew], whose methods implement the common methods of T. Enum is one
// pointer wide and is passed by value; it shares no slice or map with the
// [Spec] it was made from, and nothing can change it. The zero Enum describes a type with no values and no
// Errors: String gives "(7)", Valid is false, and Parse, Check and
// MarshalText fail with an error of this package.
type Enum[T ~uint8] struct {
	t *table[T]
}

// table is what an Enum describes; a pointer to it keeps Enum one word
// wide, so that the methods copy nothing.
type table[T ~uint8] struct {
	typ, kind, kindPL string
	codes             []string
	zeroUndefined     bool
	labels            []Text
	fold              bool
	aliases           map[string]T
	want              Text
	errs              Errors
}

// tab returns e's table, and an empty one for the zero Enum.
func (e Enum[T]) tab() *table[T] {
	if e.t == nil {
		return &table[T]{}
	}
	return e.t
}

// MustNew returns the Enum that s describes. It is meant for package-level
// declarations whose Spec is a literal, and it panics when s contradicts
// itself: no Type, Kind, KindPL or Errors, no codes or more than 256, a
// code that is not snake_case, labels that do not match the codes one for
// one, a repeated code, an alias that is a code or names a value out of
// range, a Want in one language only, or, with Fold, an alias that Parse
// could never match. A mistake in a Spec therefore stops the package's
// tests at once.
func MustNew[T ~uint8](s Spec[T]) Enum[T] {
	if err := s.check(); err != nil {
		panic("enum: " + s.Type + ": " + err.Error())
	}
	e := &table[T]{
		typ: s.Type, kind: s.Kind, kindPL: s.KindPL,
		codes:         slices.Clone(s.Codes),
		zeroUndefined: s.ZeroUndefined,
		labels:        slices.Clone(s.Labels),
		fold:          s.Fold,
		aliases:       maps.Clone(s.Aliases),
		want:          s.Want,
		errs:          s.Errors,
	}
	if e.want == (Text{}) {
		e.want = listCodes(e.codes)
	}
	return Enum[T]{e}
}

// check returns what is wrong with s, or nil.
func (s Spec[T]) check() error {
	switch {
	case s.Type == "" || s.Kind == "" || s.KindPL == "" || s.Errors == nil:
		return errors.New("type, kind, kindPL and errors are required")
	case len(s.Codes) == 0 || len(s.Codes) > 256:
		return errors.New("want 1 to 256 codes, have " + strconv.Itoa(len(s.Codes)))
	case len(s.Labels) != 0 && len(s.Labels) != len(s.Codes):
		return errors.New(strconv.Itoa(len(s.Labels)) + " labels for " + strconv.Itoa(len(s.Codes)) + " codes")
	case s.ZeroUndefined && s.Codes[0] != "":
		return errors.New("the code of an undefined zero value must be empty")
	case (s.Want.PL == "") != (s.Want.EN == ""):
		return errors.New("want needs both languages")
	}
	for i, c := range s.Codes {
		if slices.Index(s.Codes, c) != i {
			return errors.New("code " + strconv.Quote(c) + " repeated")
		}
		if c != "" && !IsSnakeCase(c) {
			return errors.New("code " + strconv.Quote(c) + " is not snake_case")
		}
	}
	for a, v := range s.Aliases {
		switch {
		case slices.Contains(s.Codes, a):
			return errors.New("alias " + strconv.Quote(a) + " is a code")
		case int(v) >= len(s.Codes) || (s.ZeroUndefined && v == 0):
			return errors.New("alias " + strconv.Quote(a) + " names an undefined value")
		case s.Fold && fold(a) != a:
			return errors.New("alias " + strconv.Quote(a) + " is not lowercase and trimmed")
		}
	}
	return nil
}

// IsSnakeCase reports whether s is written in the module's style of stable
// codes: one or more words of lowercase ASCII letters and digits joined by
// single underscores, "half_away_from_zero", "isced_1_2", "eu".
func IsSnakeCase(s string) bool {
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '_' && s[i-1] != '_':
		default:
			return false
		}
	}
	return true
}

// fold is what Parse does to its input when the enum folds.
func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// listCodes returns the usual Want: the codes other than "", "a, b lub c"
// in Polish and "a, b or c" in English.
func listCodes(codes []string) Text {
	var list []string
	for _, c := range codes {
		if c != "" {
			list = append(list, c)
		}
	}
	if len(list) == 0 {
		return Text{}
	}
	head, last := strings.Join(list[:len(list)-1], ", "), list[len(list)-1]
	if head == "" {
		return Text{PL: "oczekiwano " + last, EN: "want " + last}
	}
	return Text{PL: "oczekiwano " + head + " lub " + last, EN: "want " + head + " or " + last}
}

// errZero is the error of the zero Enum, which has no Errors to make one.
var errZero = errors.New("enum: the zero Enum has no values")

// Valid reports whether v is one of the values that have a code.
func (e Enum[T]) Valid(v T) bool { return e.tab().valid(v) }

func (t *table[T]) valid(v T) bool {
	return int(v) < len(t.codes) && !(v == 0 && t.zeroUndefined)
}

// String returns the code of v, or Type(v), such as "CostKind(7)", for a
// value out of range. It never panics.
func (e Enum[T]) String(v T) string { return e.tab().string(v) }

func (t *table[T]) string(v T) string {
	if int(v) < len(t.codes) {
		return t.codes[v]
	}
	return t.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Label returns the label of v in the language t asks for, or
// [Enum.String] of v when v is out of range or the enum has no labels.
func (e Enum[T]) Label(v T, lang language.Tag) string {
	t := e.tab()
	if int(v) < len(t.labels) {
		return i18n.In(lang, t.labels[v].PL, t.labels[v].EN)
	}
	return t.string(v)
}

// Parse returns the value whose code or alias is s (trimmed and in
// lowercase when the enum folds). Anything else is the zero value and the
// error of the Spec's [Errors.ParseError], which names the enum and says
// what is wanted but never quotes s.
func (e Enum[T]) Parse(s string) (T, error) {
	t := e.tab()
	k := s
	if t.fold {
		k = fold(s)
	}
	if i := slices.Index(t.codes, k); i >= 0 && t.valid(T(i)) {
		return T(i), nil
	}
	if v, ok := t.aliases[k]; ok {
		return v, nil
	}
	if t.errs == nil {
		return 0, errZero
	}
	return 0, t.errs.ParseError(t.kind, t.kindPL, t.want.PL, t.want.EN)
}

// Want returns what Parse accepts, as its errors say it, for a Validate
// method that reports a value the way Parse would.
func (e Enum[T]) Want() Text { return e.tab().want }

// Check returns nil for a valid v and otherwise the error of the Spec's
// [Errors.ValueError]: the one error of the module for a value that has no
// code, which a Validate method places under the path of the field.
func (e Enum[T]) Check(v T) error {
	t := e.tab()
	switch {
	case t.valid(v):
		return nil
	case t.errs == nil:
		return errZero
	}
	return t.errs.ValueError(t.string(v), t.want.PL, t.want.EN)
}

// MarshalText returns the code of v as text, and for a value that has no
// code the error of [Enum.Check], so that no JSON document holds a code
// that Parse would reject.
func (e Enum[T]) MarshalText(v T) ([]byte, error) {
	if err := e.Check(v); err != nil {
		return nil, err
	}
	return []byte(e.t.codes[v]), nil
}

// UnmarshalText sets *v to the value [Enum.Parse] reads from b. On error it
// leaves *v as it was.
func (e Enum[T]) UnmarshalText(v *T, b []byte) error {
	x, err := e.Parse(string(b))
	if err != nil {
		return err
	}
	*v = x
	return nil
}
