// Package jsonx decodes the module's JSON interchange format strictly: one
// value, no unknown fields, no trailing data, and on failure an error that
// names the path of the bad value ("actions[2].due") instead of a byte
// offset. encoding/json reports neither the index of a bad list element nor
// the place of an unknown field, so on failure the input is walked once more
// beside the target type to find it. The happy path costs one ordinary
// decode.
package jsonx

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/aktywna/integracja"
)

// Decode decodes data, which must hold exactly one JSON value, into v (a
// non-nil pointer), rejecting unknown object keys. Every failure is an error
// that errors.As finds a [*integracja.FieldError] in, with the path of the
// offending value; its cause is [integracja.ErrUnknown] for an unknown
// field, [integracja.ErrInvalid] for malformed JSON or a value of the wrong
// type, or the error of the value's own decoder.
func Decode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			return integracja.Invalid(integracja.Path{}, "", integracja.Text{
				PL: fmt.Sprintf("nadmiarowe dane po wartości JSON (bajt %d)", dec.InputOffset()),
				EN: fmt.Sprintf("trailing data after the JSON value (byte %d)", dec.InputOffset())})
		}
		return nil
	}
	return Locate(data, reflect.TypeOf(v), err)
}

// Locate turns err, returned by decoding data into a value of type t, into
// a [*integracja.FieldError] with the path of the bad value.
func Locate(data []byte, t reflect.Type, err error) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		off := int64(len(data))
		if syn != nil {
			off = syn.Offset
		}
		return &integracja.FieldError{Err: integracja.ErrInvalid, Detail: integracja.Text{
			PL: fmt.Sprintf("niepoprawny JSON (bajt %d)", off),
			EN: fmt.Sprintf("malformed JSON (byte %d)", off)}}
	}
	var tree any
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if derr := d.Decode(&tree); derr == nil {
		for t != nil && t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if fe := walk(tree, t, integracja.Path{}); fe != nil {
			return fe
		}
	}
	var fe *integracja.FieldError
	if errors.As(err, &fe) {
		return err
	}
	return &integracja.FieldError{Err: integracja.ErrInvalid, Detail: integracja.Text{PL: err.Error(), EN: err.Error()}}
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// walk returns the first problem found decoding node into a value of type t.
func walk(node any, t reflect.Type, p integracja.Path) error {
	if t == nil {
		return nil
	}
	if node == nil { // JSON null leaves any Go value as it is.
		return nil
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(jsonUnmarshaler) {
		return tryDecode(node, t, p, true)
	}
	if pt.Implements(textUnmarshaler) {
		// encoding/json hands a text-decoded value (a Date, an enum) only
		// a JSON string; anything else is a type mismatch, whatever the
		// value's Go kind.
		if !isString(node) {
			return typeMismatch(node, "string", p)
		}
		return tryDecode(node, t, p, true)
	}
	switch t.Kind() {
	case reflect.Pointer:
		return walk(node, t.Elem(), p)
	case reflect.Interface:
		return nil
	case reflect.Struct:
		obj, ok := node.(map[string]any)
		if !ok {
			return typeMismatch(node, "object", p)
		}
		fields := fieldsOf(t)
		for _, k := range sortedKeys(obj) {
			f, ok := lookup(fields, k)
			if !ok {
				return integracja.Unknown(p.Child(k), "", integracja.Text{PL: "nieznane pole", EN: "unknown field"})
			}
			if err := walk(obj[k], f.typ, p.Child(f.name)); err != nil {
				return err
			}
		}
		return nil
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 && !hasDecoder(t.Elem()) {
			return tryDecode(node, t, p, false) // []byte: base64 text
		}
		list, ok := node.([]any)
		if !ok {
			return typeMismatch(node, "array", p)
		}
		for i, e := range list {
			if err := walk(e, t.Elem(), p.Index(i)); err != nil {
				return err
			}
		}
		return nil
	case reflect.Map:
		obj, ok := node.(map[string]any)
		if !ok {
			return typeMismatch(node, "object", p)
		}
		for _, k := range sortedKeys(obj) {
			if kerr := checkKey(k, t.Key()); kerr != nil {
				return fieldErr(p.Key(k), kerr, false)
			}
			if err := walk(obj[k], t.Elem(), p.Key(k)); err != nil {
				return err
			}
		}
		return nil
	}
	return tryDecode(node, t, p, false)
}

// checkKey reports whether k decodes as a map key of type kt the way
// encoding/json decodes keys: through UnmarshalText when kt has it, as
// decimal text for integer kinds, and as is for string kinds.
func checkKey(k string, kt reflect.Type) error {
	if reflect.PointerTo(kt).Implements(textUnmarshaler) {
		return json.Unmarshal(quote(k), reflect.New(kt).Interface())
	}
	bad := func() error {
		return integracja.Invalid(integracja.Path{}, "", integracja.Text{
			PL: fmt.Sprintf("klucz musi być liczbą całkowitą typu %s", kt),
			EN: fmt.Sprintf("want a key of type %s", kt)})
	}
	switch kt.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n, err := strconv.ParseInt(k, 10, 64); err != nil || reflect.Zero(kt).OverflowInt(n) {
			return bad()
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if n, err := strconv.ParseUint(k, 10, 64); err != nil || reflect.Zero(kt).OverflowUint(n) {
			return bad()
		}
	}
	return nil
}

// hasDecoder reports whether values of type t decode themselves, as the
// elements of a []Metric do where Metric is a uint8 with UnmarshalText:
// such a slice is a JSON array, not base64 bytes.
func hasDecoder(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return pt.Implements(jsonUnmarshaler) || pt.Implements(textUnmarshaler)
}

func isString(node any) bool { _, ok := node.(string); return ok }

func quote(s string) []byte {
	b, _ := json.Marshal(s)
	return b
}

// tryDecode decodes node alone into a new value of type t and reports the
// error, if any, at p. Custom decoders' own errors are kept as the cause
// (they may carry a path of their own, which goes under p); for plain kinds
// the problem is a type mismatch.
func tryDecode(node any, t reflect.Type, p integracja.Path, custom bool) error {
	raw, err := json.Marshal(node)
	if err != nil {
		return nil
	}
	v := reflect.New(t)
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v.Interface()); err != nil {
		return fieldErr(p, err, custom)
	}
	return nil
}

func fieldErr(p integracja.Path, err error, custom bool) error {
	var fe *integracja.FieldError
	if errors.As(err, &fe) {
		return integracja.Under(p, err)
	}
	var te *json.UnmarshalTypeError
	if !custom && errors.As(err, &te) {
		typ := te.Type
		for typ != nil && typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		// te.Value is a JSON kind, followed by the number for a number
		// out of the type's range: "string", "number 1e30".
		kind, rest, _ := strings.Cut(te.Value, " ")
		if rest != "" {
			rest = " " + rest
		}
		return integracja.Invalid(p, "", integracja.Text{
			PL: fmt.Sprintf("oczekiwano typu %s, podano %s%s", typ, plGiven(kind), rest),
			EN: fmt.Sprintf("want %s, got %s", typ, te.Value)})
	}
	var pe *integracja.ParseError
	if errors.As(err, &pe) {
		return &integracja.FieldError{Path: p, Err: pe}
	}
	return &integracja.FieldError{Path: p, Err: integracja.ErrInvalid,
		Detail: integracja.Text{PL: err.Error(), EN: err.Error()}}
}

func typeMismatch(node any, want string, p integracja.Path) error {
	return integracja.Invalid(p, "", integracja.Text{
		PL: fmt.Sprintf("oczekiwano %s, podano %s", plWanted(want), plGiven(kindOf(node))),
		EN: fmt.Sprintf("want %s, got %s", want, kindOf(node))})
}

func kindOf(node any) string {
	switch node.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case json.Number:
		return "number"
	case bool:
		return "bool"
	}
	return "null"
}

// plWanted names a JSON kind in Polish in the genitive, as "oczekiwano"
// (was wanted) takes it: "oczekiwano liczby".
func plWanted(k string) string {
	switch k {
	case "object":
		return "obiektu"
	case "array":
		return "listy"
	case "string":
		return "tekstu"
	case "number":
		return "liczby"
	case "bool":
		return "wartości logicznej"
	}
	return k
}

// plGiven names a JSON kind in Polish in the accusative, as "podano" (was
// given) takes it: "podano liczbę".
func plGiven(k string) string {
	switch k {
	case "object":
		return "obiekt"
	case "array":
		return "listę"
	case "string":
		return "tekst"
	case "number":
		return "liczbę"
	case "bool":
		return "wartość logiczną"
	}
	return k
}

type field struct {
	name string
	typ  reflect.Type
}

// fieldsOf lists the JSON fields of struct type t as encoding/json sees
// them, including those promoted from embedded structs.
func fieldsOf(t reflect.Type) []field {
	var out []field
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := sf.Type
		if sf.Anonymous && name == "" {
			et := ft
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				out = append(out, fieldsOf(et)...)
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		out = append(out, field{name: name, typ: ft})
	}
	return out
}

// lookup finds the field for key k: an exact match first, then a
// case-insensitive one, as encoding/json does.
func lookup(fields []field, k string) (field, bool) {
	for _, f := range fields {
		if f.name == k {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, k) {
			return f, true
		}
	}
	return field{}, false
}

func sortedKeys(m map[string]any) []string {
	// Sorted so that the first problem reported is the same on every run.
	return slices.Sorted(maps.Keys(m))
}
