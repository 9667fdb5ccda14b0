// Package jsonx is the module's one strict JSON decoder. It reads a JSON
// document into Go values in a single pass, the way encoding/json does, and
// refuses what encoding/json lets through silently:
//
//   - a key that names no field of the struct it is decoded into;
//   - a key given twice in one object, also when two spellings unescape to
//     the same key ("a" and "\u0061"), and map keys that decode to the same
//     Go key ("1" and "+1" in a map[int]T);
//   - a key that matches a field only when letter case is ignored
//     ("Number" for "number"): encoding/json accepts it, Decode names the
//     exact name wanted;
//   - a fixed-length array given more elements than it holds
//     (encoding/json drops the rest);
//   - a string into a slice of a byte-sized type that decodes itself (a
//     []Code where Code has UnmarshalText is a list, never base64);
//   - a [decimal.Decimal] (a percentage, a limit, the amount of a Money)
//     in anything but plain decimal notation within [MaxDecimalDigits]
//     and [MaxDecimalPlaces]: Decode reads such a value itself, as a JSON
//     string ("10.5", the form its MarshalJSON writes) or a JSON number
//     (10.5), and never hands it to shopspring's decoder, which takes
//     exponents ("9e999999999" becomes a billion digits) and costs time
//     quadratic in a long input (see [ReadDecimal]). This holds wherever a
//     decimal.Decimal lies: a field, a list element, a map value or key.
//
// Everything else follows encoding/json: struct fields are found by their
// json tags and promoted from embedded structs by the same rules; an
// [encoding/json.Unmarshaler] gets the raw bytes of its value (JSON null
// included), an [encoding.TextUnmarshaler] the unquoted content of a JSON
// string; maps take string, integer and TextUnmarshaler keys; an empty
// interface receives map[string]any, []any, float64, string, bool or nil;
// invalid UTF-8 in a string becomes U+FFFD. The tag option ",string" is
// not honoured: such a field takes its value unquoted (no type of the
// module uses it).
//
// JSON null leaves a value as encoding/json leaves it: it sets a pointer,
// slice, map or interface to nil, is handed to an UnmarshalJSON method,
// and leaves every other value (a struct, a number, a string, a
// TextUnmarshaler) as it was. On data decoded into a fresh value, null is
// therefore the same as an absent key.
//
// # Errors
//
// Decode returns nil or an [Errors] list of [*Error]. Problems of the JSON
// text itself (malformed JSON, data after the value, nesting deeper than
// [MaxDepth]) end decoding: the list then holds that one problem, with the
// byte offset where it was found (and, but for TooDeep, the path). Problems
// of the content (an unknown, duplicate or case-variant key, a value of the
// wrong type, a number out of range, an error of a value's own decoder) are
// all reported, in the order of the document, each with the [Path] of the
// bad value, up to [MaxErrors]; decoding stops there.
//
// No error quotes a value of the input: a decoder error can be reached by
// personal data typed into any field. Keys are input too; a key appears in
// a path only as [ShowKey] shows it (cut to [MaxKeyRunes] runes, its digits
// masked when it holds more than [MaxKeyDigits] of them). The errors of a
// value's own decoder are passed on as they are: quoting only what is safe
// is that decoder's duty.
//
// # Cost
//
// Decoding reads each byte of the input a bounded number of times, on the
// valid path and on the error path alike: nothing is decoded again to find
// where a problem lies. A value with its own decoder is scanned once to
// find its end and then handed to that decoder, so an UnmarshalJSON that
// itself calls Decode (as the module's types do) reads its bytes a second
// time, and each further level of such decoders nested in one another one
// more time: the count follows the nesting of types, fixed by the code,
// not the input. Numbers, keys and strings of any length cost time linear
// in their length, and nesting is bounded by MaxDepth.
//
// Decode keeps, for each Go type it has decoded into, a plan (the type's
// fields, their names and decoders), built on first use and shared by all
// goroutines, as encoding/json caches its field lists. The cache holds only
// what follows from the types, so it changes nothing but speed.
package jsonx

import (
	"reflect"
	"strconv"
	"strings"
)

// Limits of the decoder.
const (
	// MaxDepth is the deepest nesting of arrays and objects Decode reads;
	// deeper input is an error of kind [TooDeep]. The module's documents
	// nest fewer than twenty levels.
	MaxDepth = 1000
	// MaxErrors is the number of content problems after which Decode
	// stops; the list then ends with an error of kind [TooMany].
	MaxErrors = 100
	// MaxKeyRunes is the longest key, in runes, that [ShowKey] shows
	// whole; a longer key is cut to MaxKeyRunes-1 runes followed by "…".
	MaxKeyRunes = 24
	// MaxKeyDigits is the number of digits a key may hold and still be
	// shown as it is: a key with more (a PESEL, a phone number, a date) is
	// shown with every digit replaced by '#'. Codes such as "EECO01" or a
	// year such as "2019" stay readable.
	MaxKeyDigits = 4
)

// Decode decodes data, which must hold exactly one JSON value surrounded by
// nothing but whitespace, into v, a non-nil pointer, under the rules of the
// package documentation. It returns nil or an [Errors] list. On error v may
// have been partly filled; callers that must not see a partial value
// decode into a fresh one.
func Decode(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return Errors{{Kind: BadTarget, Target: reflect.TypeOf(v)}}
	}
	d := decoders.Get().(*decoder)
	d.data = data
	err := d.run(planOf(rv.Type()).elem, rv.Elem())
	d.reset()
	decoders.Put(d)
	return err
}

// Kind is what kind of problem an [Error] reports.
type Kind uint8

// The kinds of problem. Syntax, EOF, Trailing and TooDeep are problems of
// the JSON text and end decoding; the others are problems of the content.
const (
	// Syntax: a byte that cannot stand where it stands (Offset).
	Syntax Kind = iota + 1
	// EOF: the input ends inside a value.
	EOF
	// Trailing: data follows the JSON value (Offset).
	Trailing
	// TooDeep: arrays and objects nest deeper than MaxDepth (Offset).
	TooDeep
	// TooMany: decoding stopped after MaxErrors problems.
	TooMany
	// Unknown: a key that names no field of the struct. The key is the
	// last step of the path.
	Unknown
	// CaseMismatch: a key that names a field only when letter case is
	// ignored; Name is the field's exact name.
	CaseMismatch
	// Duplicate: a key given twice in one object; the path ends with the
	// field or key.
	Duplicate
	// WrongType: a value of another JSON type than the Go value takes
	// (Want, Got).
	WrongType
	// NotInteger: a number with a fraction or an exponent where an
	// integer belongs.
	NotInteger
	// OutOfRange: a number outside the range of its Go type (Min, Max;
	// both empty for floating-point types).
	OutOfRange
	// BadKey: a map key that is not an integer of the map's key type
	// (Min, Max).
	BadKey
	// TooLong: more elements than a fixed-length array holds; the path
	// ends with the first extra element, Len is the array's length.
	TooLong
	// BadBase64: a string into a []byte that is not standard base64.
	BadBase64
	// Custom: the value's own decoder (UnmarshalJSON, UnmarshalText)
	// failed with Err.
	Custom
	// BadTarget: Decode was given something other than a non-nil pointer
	// (Target).
	BadTarget
	// BadDecimal: a decimal.Decimal given in another form than plain
	// decimal notation: an exponent, a sign "+", a space (see
	// [ReadDecimal]).
	BadDecimal
	// TooManyDigits: a decimal.Decimal with more than MaxDecimalDigits
	// digits before its point.
	TooManyDigits
	// TooManyPlaces: a decimal.Decimal with more than MaxDecimalPlaces
	// digits after its point.
	TooManyPlaces
)

var kindNames = [...]string{Syntax: "syntax", EOF: "eof", Trailing: "trailing", TooDeep: "too_deep",
	TooMany: "too_many", Unknown: "unknown", CaseMismatch: "case_mismatch", Duplicate: "duplicate",
	WrongType: "wrong_type", NotInteger: "not_integer", OutOfRange: "out_of_range", BadKey: "bad_key",
	TooLong: "too_long", BadBase64: "bad_base64", Custom: "custom", BadTarget: "bad_target",
	BadDecimal: "bad_decimal", TooManyDigits: "too_many_digits", TooManyPlaces: "too_many_places"}

// String returns the kind's code: "unknown", "wrong_type"…
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Type is a JSON type, as an [Error] of kind WrongType names it.
type Type uint8

// The JSON types. Integer is a number without fraction or exponent; NoType
// is what a Go value that takes no JSON value (a channel, a function)
// wants.
const (
	NoType Type = iota
	Object
	Array
	String
	Number
	Integer
	Bool
)

var typeNames = [...]string{NoType: "no JSON value", Object: "object", Array: "array", String: "string",
	Number: "number", Integer: "integer", Bool: "bool"}

// String returns the English name of the JSON type: "object", "array"…
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// StepKind says what a [Step] of a path is.
type StepKind uint8

// The kinds of step.
const (
	// FieldStep is a struct field, or a key that names none but reads as
	// a plain name: Name.
	FieldStep StepKind = iota + 1
	// IndexStep is an element of a list: Index.
	IndexStep
	// KeyStep is a key of an object, as [ShowKey] shows it: Name.
	KeyStep
)

// Step is one step of a [Path].
type Step struct {
	Kind  StepKind
	Name  string
	Index int
}

// Path is where in the document a problem lies, from the outside in.
type Path []Step

// String returns the path in the module's notation: `actions[2].due`,
// `targets["EECO01"]`; the root is "".
func (p Path) String() string {
	var b strings.Builder
	for _, s := range p {
		switch s.Kind {
		case FieldStep:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.Name)
		case IndexStep:
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.Index))
			b.WriteByte(']')
		case KeyStep:
			b.WriteByte('[')
			b.WriteString(strconv.Quote(s.Name))
			b.WriteByte(']')
		}
	}
	return b.String()
}

// Error is one problem Decode found. Which fields are set depends on Kind.
type Error struct {
	Kind   Kind
	Path   Path
	Offset int          // the byte of data where the problem was found
	Want   Type         // WrongType
	Got    Type         // WrongType
	Name   string       // CaseMismatch: the field's exact name
	Min    string       // OutOfRange, BadKey: the smallest value the Go type takes
	Max    string       // OutOfRange, BadKey: the largest
	Len    int          // TooLong: the length of the array
	Err    error        // Custom: the value's own decoder's error
	Target reflect.Type // BadTarget: the type of what Decode was given
}

// Error describes the problem in English, for programs and tests; the
// module's users see the message the root package's DecodeJSON makes of it.
func (e *Error) Error() string {
	var msg string
	switch e.Kind {
	case Syntax:
		msg = "malformed JSON at byte " + strconv.Itoa(e.Offset)
	case EOF:
		msg = "malformed JSON: the input ends inside a value"
	case Trailing:
		msg = "data after the JSON value at byte " + strconv.Itoa(e.Offset)
	case TooDeep:
		msg = "nesting deeper than " + strconv.Itoa(MaxDepth) + " levels at byte " + strconv.Itoa(e.Offset)
	case TooMany:
		msg = "more than " + strconv.Itoa(MaxErrors) + " problems; stopped"
	case Unknown:
		msg = "unknown field"
	case CaseMismatch:
		msg = "unknown field; the field is named " + strconv.Quote(e.Name)
	case Duplicate:
		msg = "given twice"
	case WrongType:
		msg = "want " + e.Want.String() + ", got " + e.Got.String()
	case NotInteger:
		msg = "want an integer, got a number with a fraction or an exponent"
	case OutOfRange:
		msg = "number out of range"
		if e.Min != "" {
			msg += " " + e.Min + " to " + e.Max
		}
	case BadKey:
		msg = "the key must be an integer from " + e.Min + " to " + e.Max
	case TooLong:
		msg = "extra element: the array's length is " + strconv.Itoa(e.Len)
	case BadBase64:
		msg = "not valid base64"
	case Custom:
		msg = e.Err.Error()
	case BadTarget:
		msg = "Decode needs a non-nil pointer, not " + typeName(e.Target)
	case BadDecimal:
		msg = "want a plain decimal such as \"10.5\", without an exponent"
	case TooManyDigits:
		msg = "more than " + strconv.Itoa(MaxDecimalDigits) + " digits before the decimal point"
	case TooManyPlaces:
		msg = "more than " + strconv.Itoa(MaxDecimalPlaces) + " decimal places"
	default:
		msg = "Kind(" + strconv.Itoa(int(e.Kind)) + ")"
	}
	if len(e.Path) == 0 {
		return "jsonx: " + msg
	}
	return "jsonx: " + e.Path.String() + ": " + msg
}

// Unwrap returns the error of the value's own decoder, for kind Custom.
func (e *Error) Unwrap() error { return e.Err }

func typeName(t reflect.Type) string {
	if t == nil {
		return "nil"
	}
	return t.String()
}

// Errors is the list of problems Decode returns; it is never empty.
type Errors []*Error

// Error returns the problems, one a line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems, so that errors.As finds each.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}
