package enum

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// Spec describes one enum of type T: the fields a package fills in, as a
// literal, to get its [Enum] from [MustNew]. The zero Spec describes no
// enum; MustNew rejects it.
type Spec[T ~uint8] struct {
	// Package is the name of the package that declares T. It prefixes the
	// error of [Enum.MarshalText]: "budget: cannot marshal CostKind(7)".
	Package string
	// Type is the Go name of T, for the text of a value out of range:
	// "CostKind" gives "CostKind(7)".
	Type string
	// Kind says, for a [*integracja.ParseError], what [Enum.Parse] was
	// reading: "cost kind".
	Kind string
	// KindPL, when given, is Kind in Polish in the genitive ("rodzaju
	// kosztu"), for the Polish message of a ParseError.
	KindPL string
	// Codes are the stable codes of the values, indexed by value: Codes[0]
	// is the code of T's zero value. There are from 1 to 256 of them, all
	// different. A code may be "", which Parse then reads from an empty
	// text.
	Codes []string
	// Labels are the names of the values in Polish and English, one for
	// each code, or none when T has no labels of this kind.
	Labels []integracja.Text
	// Fold makes Parse trim the spaces around its input and ignore case.
	// The codes and aliases of a folding enum are lowercase and trimmed.
	Fold bool
	// Aliases are further spellings Parse reads as a value, such as "mops"
	// for an ośrodek pomocy społecznej. They differ from every code.
	Aliases map[string]T
	// Want is the Detail of Parse's error when the usual one does not fit.
	// When Want is zero, the Detail lists the codes other than "":
	// "oczekiwano a, b lub c" in Polish, "want a, b or c" in English.
	Want integracja.Text
}

// Enum is the immutable description of an enum of type T, made by
// [MustNew], whose methods implement the common methods of T. Enum is
// small and is passed by value; it shares no slice or map with the [Spec]
// it was made from. The zero Enum describes a type with no values: String
// gives "(7)", Parse rejects everything and MarshalText fails.
type Enum[T ~uint8] struct {
	pkg, typ, kind, kindPL string
	codes                  []string
	labels                 []integracja.Text
	fold                   bool
	aliases                map[string]T
	want                   integracja.Text
}

// MustNew returns the Enum that s describes. It is meant for package-level
// declarations whose Spec is a literal, and it panics when s contradicts
// itself: no Package, Type or Kind, no codes or more than 256, labels that
// do not match the codes one for one, a repeated code, an alias that is a
// code or names a value out of range, or, with Fold, a code or alias that
// Parse could never match. A mistake in a Spec therefore stops the
// package's tests at once.
func MustNew[T ~uint8](s Spec[T]) Enum[T] {
	if err := s.check(); err != nil {
		panic("enum: " + s.Type + ": " + err.Error())
	}
	e := Enum[T]{
		pkg: s.Package, typ: s.Type, kind: s.Kind, kindPL: s.KindPL,
		codes:   slices.Clone(s.Codes),
		labels:  slices.Clone(s.Labels),
		fold:    s.Fold,
		aliases: maps.Clone(s.Aliases),
		want:    s.Want,
	}
	if e.want.IsZero() {
		e.want = listCodes(e.codes)
	}
	return e
}

// check returns what is wrong with s, or nil.
func (s Spec[T]) check() error {
	switch {
	case s.Package == "" || s.Type == "" || s.Kind == "":
		return errors.New("package, type and kind are required")
	case len(s.Codes) == 0 || len(s.Codes) > 256:
		return errors.New("want 1 to 256 codes, have " + strconv.Itoa(len(s.Codes)))
	case len(s.Labels) != 0 && len(s.Labels) != len(s.Codes):
		return errors.New(strconv.Itoa(len(s.Labels)) + " labels for " + strconv.Itoa(len(s.Codes)) + " codes")
	}
	for i, c := range s.Codes {
		if slices.Index(s.Codes, c) != i {
			return errors.New("code " + strconv.Quote(c) + " repeated")
		}
		if s.Fold && fold(c) != c {
			return errors.New("code " + strconv.Quote(c) + " is not lowercase and trimmed")
		}
	}
	for a, v := range s.Aliases {
		switch {
		case slices.Contains(s.Codes, a):
			return errors.New("alias " + strconv.Quote(a) + " is a code")
		case int(v) >= len(s.Codes):
			return errors.New("alias " + strconv.Quote(a) + " names an undefined value")
		case s.Fold && fold(a) != a:
			return errors.New("alias " + strconv.Quote(a) + " is not lowercase and trimmed")
		}
	}
	return nil
}

// fold is what Parse does to its input when the enum folds.
func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// listCodes returns the usual Detail of a parse error: the codes other than
// "", "a, b lub c" in Polish and "a, b or c" in English.
func listCodes(codes []string) integracja.Text {
	var list []string
	for _, c := range codes {
		if c != "" {
			list = append(list, c)
		}
	}
	if len(list) == 0 {
		return integracja.Text{}
	}
	head, last := strings.Join(list[:len(list)-1], ", "), list[len(list)-1]
	if head == "" {
		return integracja.Text{PL: "oczekiwano " + last, EN: "want " + last}
	}
	return integracja.Text{PL: "oczekiwano " + head + " lub " + last, EN: "want " + head + " or " + last}
}

// Valid reports whether v is one of the values that have a code.
func (e Enum[T]) Valid(v T) bool { return int(v) < len(e.codes) }

// String returns the code of v, or Type(v), such as "CostKind(7)", for a
// value out of range. It never panics.
func (e Enum[T]) String(v T) string {
	if e.Valid(v) {
		return e.codes[v]
	}
	return e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Label returns the label of v in the language t asks for, or
// [Enum.String] of v when v is out of range or the enum has no labels.
func (e Enum[T]) Label(v T, t language.Tag) string {
	if int(v) < len(e.labels) {
		return e.labels[v].In(t)
	}
	return e.String(v)
}

// Parse returns the value whose code or alias is s (trimmed and in
// lowercase when the enum folds). Anything else is a
// [*integracja.ParseError] of the enum's Kind with the input as given,
// wrapping [integracja.ErrInvalid], whose Detail lists the valid codes.
func (e Enum[T]) Parse(s string) (T, error) {
	k := s
	if e.fold {
		k = fold(s)
	}
	if i := slices.Index(e.codes, k); i >= 0 {
		return T(i), nil
	}
	if v, ok := e.aliases[k]; ok {
		return v, nil
	}
	return 0, &integracja.ParseError{Kind: e.kind, KindPL: e.kindPL, Input: s, Err: integracja.ErrInvalid, Detail: e.want}
}

// Want returns the Detail of the errors of [Enum.Parse], for a Validate
// method that reports an undefined value the way Parse would.
func (e Enum[T]) Want() integracja.Text { return e.want }

// MarshalText returns the code of v as text. A value out of range is an
// error, "budget: cannot marshal CostKind(7)", so that no JSON document
// holds a code that Parse would reject.
func (e Enum[T]) MarshalText(v T) ([]byte, error) {
	if !e.Valid(v) {
		return nil, errors.New(e.pkg + ": cannot marshal " + e.String(v))
	}
	return []byte(e.codes[v]), nil
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
