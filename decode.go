package integracja

import (
	"errors"
	"fmt"
	"strconv"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja/internal/i18n"
	"github.com/aktywna/integracja/internal/jsonx"
)

// DecodeJSON decodes data, which must hold exactly one JSON value, into v,
// a non-nil pointer. It is the module's one strict JSON decoder, used by
// every Decode… function and every UnmarshalJSON of the module; users who
// embed the module's types in their own documents can call it too, to read
// those documents as strictly.
//
// It reads JSON as encoding/json does (json tags, embedded structs, the
// values' own UnmarshalJSON and UnmarshalText) and refuses what
// encoding/json lets through, each as a [*FieldError] with the path of the
// bad value ("ledger[3].amount", `targets["EECO01"]`):
//
//   - a key that names no field ([ErrUnknown]), also one that names a
//     field only when letter case is ignored ("Number" for "number"; the
//     detail says which name is wanted);
//   - a key given twice in one object ([ErrDuplicate]), also when two
//     spellings unescape to the same key;
//   - a value of the wrong JSON type ([ErrInvalid]: "oczekiwano liczby,
//     podano tekst"), a number with a fraction where an integer belongs
//     ([ErrInvalid]), a number outside its Go type's range
//     ([ErrOutOfRange]), more elements than a fixed-length array holds
//     ([ErrOutOfRange]);
//   - malformed JSON, and data after the value ([ErrInvalid], with the
//     byte offset), and nesting deeper than 1000 arrays and objects
//     ([ErrOutOfRange]).
//
// A value whose own decoder fails (a [Date], an enum, an amount of money)
// is reported with the path where it occurred: that decoder's field errors
// go under it, and any other error, a [*ParseError] for instance, becomes
// the cause of a FieldError at that path.
//
// Problems of the JSON text end decoding and are reported alone; problems
// of the content are all reported, in the order of the document, up to a
// hundred. No message quotes a value of the input, and a key that appears
// in a path is cut to 24 characters, with its digits masked when it holds
// more than four, so that no PESEL, birth date or phone number typed as a
// key reaches a log.
//
// JSON null leaves a value as encoding/json leaves it: a pointer, slice,
// map or interface becomes nil, a value with its own UnmarshalJSON decides
// for itself, anything else keeps its value. On error v may be partly
// filled: decode into a fresh value and keep it only when DecodeJSON
// returns nil. The cost is linear in the size of data, on the error path
// too.
func DecodeJSON(data []byte, v any) error {
	err := jsonx.Decode(data, v)
	if err == nil {
		return nil
	}
	es, ok := err.(jsonx.Errors)
	if !ok { // Decode returns nothing else
		return Under(Path{}, err)
	}
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = decodeError(e)
	}
	return Join(out...)
}

// decodeError turns one problem of the decoder into a field error.
func decodeError(e *jsonx.Error) error {
	p := decodePath(e.Path)
	at := " (bajt " + strconv.Itoa(e.Offset) + ")"
	atEN := " (byte " + strconv.Itoa(e.Offset) + ")"
	switch e.Kind {
	case jsonx.Custom:
		return Under(p, withoutInput(e.Err))
	case jsonx.Unknown:
		return Unknown(p, "", Text{PL: "nieznane pole", EN: "unknown field"})
	case jsonx.CaseMismatch:
		return Unknown(p, "", Text{
			PL: fmt.Sprintf("nieznane pole; wielkość liter ma znaczenie, pole nazywa się %q", e.Name),
			EN: fmt.Sprintf("unknown field; letter case matters, the field is named %q", e.Name)})
	case jsonx.Duplicate:
		twice := Text{PL: "pole podano dwa razy", EN: "field given twice"}
		if len(e.Path) > 0 && e.Path[len(e.Path)-1].Kind == jsonx.KeyStep {
			twice = Text{PL: "klucz podano dwa razy", EN: "key given twice"}
		}
		return Duplicate(p, "").withDetail(twice)
	case jsonx.WrongType:
		if e.Want == jsonx.NoType {
			return Invalid(p, "", Text{PL: "to pole nie przyjmuje wartości JSON", EN: "this field takes no JSON value"})
		}
		return Invalid(p, "", Text{
			PL: "oczekiwano " + jsonWanted[e.Want].PL + ", podano " + jsonGiven[e.Got].PL,
			EN: "want " + jsonWanted[e.Want].EN + ", got " + jsonGiven[e.Got].EN})
	case jsonx.NotInteger:
		return Invalid(p, "", Text{PL: "oczekiwano liczby całkowitej, podano liczbę z częścią ułamkową lub wykładnikiem",
			EN: "want an integer, got a number with a fraction or an exponent"})
	case jsonx.OutOfRange:
		if e.Min == "" {
			return OutOfRange(p, "", Text{PL: "liczba zbyt duża", EN: "number too large"})
		}
		return OutOfRange(p, "", Text{PL: "oczekiwano liczby od " + e.Min + " do " + e.Max,
			EN: "want a number from " + e.Min + " to " + e.Max})
	case jsonx.BadKey:
		return Invalid(p, "", Text{PL: "klucz musi być liczbą całkowitą od " + e.Min + " do " + e.Max,
			EN: "the key must be an integer from " + e.Min + " to " + e.Max})
	case jsonx.TooLong:
		return OutOfRange(p, "", Text{PL: "nadmiarowy element; długość listy to " + strconv.Itoa(e.Len),
			EN: "extra element; the list's length is " + strconv.Itoa(e.Len)})
	case jsonx.BadBase64:
		return Invalid(p, "", Text{PL: "tekst nie jest poprawnym zapisem base64", EN: "the text is not valid base64"})
	case jsonx.BadDecimal:
		return Invalid(p, "", Text{PL: "oczekiwano liczby dziesiętnej z kropką, bez wykładnika, np. \"10.5\"",
			EN: "want a plain decimal with a dot and no exponent, such as \"10.5\""})
	case jsonx.TooManyDigits:
		return OutOfRange(p, "", Text{
			PL: "więcej niż " + i18n.Digits.Count(language.Polish, jsonx.MaxDecimalDigits) + " przed przecinkiem",
			EN: "more than " + i18n.Digits.Count(language.English, jsonx.MaxDecimalDigits) + " before the decimal point"})
	case jsonx.TooManyPlaces:
		return OutOfRange(p, "", Text{
			PL: "więcej niż " + i18n.DecimalPlaces.Count(language.Polish, jsonx.MaxDecimalPlaces) + " po przecinku",
			EN: "more than " + i18n.DecimalPlaces.Count(language.English, jsonx.MaxDecimalPlaces)})
	case jsonx.Syntax:
		return Invalid(p, "", Text{PL: "niepoprawny JSON: nieoczekiwany znak" + at, EN: "malformed JSON: unexpected character" + atEN})
	case jsonx.EOF:
		return Invalid(p, "", Text{PL: "niepoprawny JSON: dane kończą się przed końcem wartości" + at,
			EN: "malformed JSON: the data ends before the value does" + atEN})
	case jsonx.Trailing:
		return Invalid(p, "", Text{PL: "nadmiarowe dane po wartości JSON" + at, EN: "trailing data after the JSON value" + atEN})
	case jsonx.TooDeep:
		return OutOfRange(p, "", Text{
			PL: "zagnieżdżenie głębsze niż " + strconv.Itoa(jsonx.MaxDepth) + " poziomów" + at,
			EN: "nesting deeper than " + strconv.Itoa(jsonx.MaxDepth) + " levels" + atEN})
	case jsonx.TooMany:
		return OutOfRange(p, "", Text{
			PL: "zbyt wiele błędów; przerwano po " + strconv.Itoa(jsonx.MaxErrors),
			EN: "too many problems; stopped after " + strconv.Itoa(jsonx.MaxErrors)})
	}
	return Invalid(p, "", Text{PL: "DecodeJSON wymaga wskaźnika różnego od nil", EN: e.Error()})
}

// decodePath returns the decoder's path in the module's notation.
func decodePath(steps jsonx.Path) Path {
	var p Path
	for _, s := range steps {
		switch s.Kind {
		case jsonx.FieldStep:
			p = p.Child(s.Name)
		case jsonx.IndexStep:
			p = p.Index(s.Index)
		case jsonx.KeyStep:
			p = p.Key(s.Name)
		}
	}
	return p
}

// jsonWanted names the JSON types in the genitive, as "oczekiwano" (was
// wanted) takes it, and in English.
var jsonWanted = [...]Text{
	jsonx.Object:  {PL: "obiektu", EN: "an object"},
	jsonx.Array:   {PL: "listy", EN: "a list"},
	jsonx.String:  {PL: "tekstu", EN: "a string"},
	jsonx.Number:  {PL: "liczby", EN: "a number"},
	jsonx.Integer: {PL: "liczby całkowitej", EN: "an integer"},
	jsonx.Bool:    {PL: "wartości logicznej", EN: "true or false"},
}

// jsonGiven names the JSON types in the accusative, as "podano" (was
// given) takes it, and in English.
var jsonGiven = [...]Text{
	jsonx.Object: {PL: "obiekt", EN: "an object"},
	jsonx.Array:  {PL: "listę", EN: "a list"},
	jsonx.String: {PL: "tekst", EN: "a string"},
	jsonx.Number: {PL: "liczbę", EN: "a number"},
	jsonx.Bool:   {PL: "wartość logiczną", EN: "true or false"},
}

// withoutInput rewrites the error of a value's own decoder so that it
// quotes nothing of the input, whatever that decoder put into it: a value
// typed into the wrong field may be a PESEL, a birth date or a name. It
// drops every [FieldError.Value] and [ParseError.Input], replaces a cause
// that is not the module's own (the text of another package's error may
// quote anything) by [ErrInvalid], drops a detail that is the same in
// both languages (the untranslated text of such an error), and masks every
// run of six or more digits left in a detail. Paths and the module's
// causes stay.
func withoutInput(err error) error {
	fes := FieldErrors(Under(Path{}, err))
	out := make([]error, len(fes))
	for i, fe := range fes {
		c := *fe
		c.Value = ""
		var pe *ParseError
		switch {
		case errors.As(c.Err, &pe):
			q := *pe
			q.Input = ""
			q.Detail = maskDigitRuns(q.Detail)
			c.Err = &q
		case !isOwn(c.Err):
			c.Err = ErrInvalid
		}
		if c.Detail.PL == c.Detail.EN {
			c.Detail = Text{}
		}
		c.Detail = maskDigitRuns(c.Detail)
		out[i] = &c
	}
	return Join(out...)
}

// isOwn reports whether err is a cause of the module or an error that
// describes itself in both languages, as the module's errors do.
func isOwn(err error) bool {
	var c *Cause
	if errors.As(err, &c) {
		return true
	}
	_, ok := err.(Localizer)
	return ok
}

// maskDigitRuns replaces, in both languages of t, every digit of a run of
// six or more digits by an asterisk.
func maskDigitRuns(t Text) Text {
	return Text{PL: maskRuns(t.PL), EN: maskRuns(t.EN)}
}

func maskRuns(s string) string {
	const run = 6
	var b []byte
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j-i >= run {
			if b == nil {
				b = []byte(s)
			}
			for k := i; k < j; k++ {
				b[k] = '*'
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	if b == nil {
		return s
	}
	return string(b)
}
