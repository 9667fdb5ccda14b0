package jsonx_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja/internal/jsonx"
)

// valid is the fixture every row of the rejection table changes one way.
const valid = `{
	"note": "n", "tag": "t", "number": "K/1/2019", "small": -128, "count": 65535,
	"ratio": 0.5, "narrow": 1.5, "done": true,
	"actions": [
		{"what": "a", "due": "2019-07-01", "hours": 4, "cost": {"amount": "12.50", "currency": "PLN"}, "codes": ["a", "b"]},
		{"what": "b\u00e9\n", "due": "2019-08-01"}
	],
	"targets": {"EECO01": {"what": "t"}},
	"byYear": {"2019": "x", "-1": "y"},
	"byCode": {"c": 3},
	"ptr": {"what": "p"},
	"ptrPtr": 7,
	"any": {"list": [1, "two", true, null, {"k": -0.5e1}]},
	"triple": [1, 2],
	"bytes": "aGk=",
	"nested": {"number": "inner", "nested": null},
	"Plain": "p"
}`

// problems lists the problems of err as "path: kind".
func problems(t *testing.T, err error) []string {
	t.Helper()
	var es jsonx.Errors
	require.ErrorAs(t, err, &es)
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Path.String() + ": " + e.Kind.String()
	}
	return out
}

func TestDecodeReadsEveryKindOfValue(t *testing.T) {
	var d doc
	require.NoError(t, jsonx.Decode([]byte(valid), &d))
	assert.Equal(t, "n", d.Note, "a field of an embedded struct")
	require.NotNil(t, d.Extra, "an embedded pointer is allocated for its field")
	assert.Equal(t, "t", d.Tag)
	assert.Equal(t, int8(-128), d.Small)
	assert.Equal(t, uint16(65535), d.Count)
	assert.Equal(t, 0.5, d.Ratio)
	assert.Equal(t, float32(1.5), d.Narrow)
	assert.True(t, d.Done)
	require.Len(t, d.Actions, 2)
	assert.Equal(t, date{2019, 7, 1}, d.Actions[0].Due, "through UnmarshalText")
	assert.Equal(t, money{1250, "PLN"}, d.Actions[0].Cost, "through UnmarshalJSON")
	assert.Equal(t, []code{1, 2}, d.Actions[0].Codes, "a list of byte-sized enums is a list")
	assert.Equal(t, "bé\n", d.Actions[1].What, "escapes")
	assert.Equal(t, "t", d.Targets["EECO01"].What)
	assert.Equal(t, map[int]string{2019: "x", -1: "y"}, d.ByYear)
	assert.Equal(t, map[code]int{3: 3}, d.ByCode, "a key through UnmarshalText")
	assert.Equal(t, "p", d.Ptr.What)
	assert.Equal(t, 7, **d.PtrPtr)
	assert.Equal(t, map[string]any{"list": []any{1.0, "two", true, nil, map[string]any{"k": -5.0}}}, d.Any)
	assert.Equal(t, [3]int{1, 2, 0}, d.Triple)
	assert.Equal(t, "hi", string(d.Bytes), "base64")
	assert.Equal(t, "inner", d.Nested.Number)
	assert.Equal(t, "p", d.Plain)

	var plain doc
	require.NoError(t, json.Unmarshal([]byte(valid), &plain))
	assert.Equal(t, plain, d, "the same values as encoding/json")
}

func TestDecodeRejectsWithThePathOfTheBadValue(t *testing.T) {
	replace := func(old, new string) string {
		if !strings.Contains(valid, old) {
			panic("fixture lacks " + old)
		}
		return strings.Replace(valid, old, new, 1)
	}
	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{"an unknown field", replace(`"done": true`, `"done": true, "colour": 1`), []string{"colour: unknown"}},
		{"an unknown field inside a list element", replace(`"what": "b\u00e9\n"`, `"what": "x", "room": 12`),
			[]string{"actions[1].room: unknown"}},
		{"an unknown field inside a map entry", replace(`{"what": "t"}`, `{"what": "t", "x": {}}`),
			[]string{`targets["EECO01"].x: unknown`}},
		{"an unknown field inside a value with its own decoder", replace(`"currency": "PLN"`, `"currency": "PLN", "rate": 1`),
			[]string{"actions[0].cost: custom"}},
		{"a field ignored by its tag is unknown", replace(`"Plain"`, `"Skip": "", "Plain"`), []string{"Skip: unknown"}},
		{"a key that is not a plain name is shown as a key", replace(`"done": true`, `"done": true, "a b.c": 1`),
			[]string{`["a b.c"]: unknown`}},
		{"a field given twice", replace(`"done": true`, `"done": true, "done": false`), []string{"done: duplicate"}},
		{"a field given twice in two spellings", replace(`"done": true`, `"done": true, "d\u006fne": false`),
			[]string{"done: duplicate"}},
		{"a field of an embedded struct given twice", replace(`"tag": "t"`, `"tag": "t", "tag": "u"`), []string{"tag: duplicate"}},
		{"a map key given twice", replace(`{"EECO01": {"what": "t"}}`, `{"EECO01": {}, "EECO01": {}}`),
			[]string{`targets["EECO01"]: duplicate`}},
		{"integer map keys that are the same number", replace(`"-1": "y"`, `"-1": "y", "+2019": "z"`),
			[]string{`byYear["+2019"]: duplicate`}},
		{"a key given twice inside an interface value", replace(`{"k": -0.5e1}`, `{"k": 1, "k": 2}`),
			[]string{`any["list"][4]["k"]: duplicate`}},
		{"a key that matches a field only in another case", replace(`"number"`, `"Number"`), []string{"Number: case_mismatch"}},
		{"an object where a list belongs", replace(`"codes": ["a", "b"]`, `"codes": {}`), []string{"actions[0].codes: wrong_type"}},
		{"a number where text belongs", replace(`"what": "p"`, `"what": 5`), []string{"ptr.what: wrong_type"}},
		{"a number where a date belongs", replace(`"due": "2019-08-01"`, `"due": 20190801`), []string{"actions[1].due: wrong_type"}},
		{"text where a number belongs", replace(`"hours": 4`, `"hours": "4"`), []string{"actions[0].hours: wrong_type"}},
		{"a list where a bool belongs", replace(`"done": true`, `"done": []`), []string{"done: wrong_type"}},
		{"a fraction where an integer belongs", replace(`"hours": 4`, `"hours": 4.5`), []string{"actions[0].hours: not_integer"}},
		{"an exponent where an integer belongs", replace(`"hours": 4`, `"hours": 4e0`), []string{"actions[0].hours: not_integer"}},
		{"an integer too large for its type", replace(`"small": -128`, `"small": 128`), []string{"small: out_of_range"}},
		{"a negative unsigned number", replace(`"count": 65535`, `"count": -1`), []string{"count: out_of_range"}},
		{"a number beyond 64 bits", replace(`"count": 65535`, `"count": 18446744073709551616`), []string{"count: out_of_range"}},
		{"a number too large for a float32", replace(`"narrow": 1.5`, `"narrow": 1e39`), []string{"narrow: out_of_range"}},
		{"a number too large for an interface value", replace(`-0.5e1`, `1e400`), []string{`any["list"][4]["k"]: out_of_range`}},
		{"a map key that is not an integer", replace(`"-1": "y"`, `"-1": "y", "x": "z"`), []string{`byYear["x"]: bad_key`}},
		{"a map key out of range", replace(`"-1": "y"`, `"-1": "y", "9223372036854775808": "z"`),
			[]string{`byYear["###################"]: bad_key`}},
		{"a map key its type does not accept", replace(`{"c": 3}`, `{"d": 3}`), []string{`byCode["d"]: custom`}},
		{"more elements than an array holds", replace(`[1, 2]`, `[1, 2, 3, 4, 5]`), []string{"triple[3]: too_long"}},
		{"text where base64 belongs", replace(`"aGk="`, `"!"`), []string{"bytes: bad_base64"}},
		{"a value its own decoder refuses", replace(`"2019-07-01"`, `"2019-02-30"`), []string{"actions[0].due: custom"}},
		{"an enum its decoder refuses", replace(`["a", "b"]`, `["a", "x"]`), []string{"actions[0].codes[1]: custom"}},
		{"a problem deep inside a recursive type", replace(`"nested": null`, `"nested": {"nested": {"small": 1000}}`),
			[]string{"nested.nested.nested.small: out_of_range"}},
		{"several problems, every one in order", replace(`"done": true`, `"done": 1, "colour": 2, "Done": 3`),
			[]string{"done: wrong_type", "colour: unknown", "Done: case_mismatch"}},
		{"malformed JSON", `{"number": "x" "small": 1}`, []string{": syntax"}},
		{"malformed JSON inside a list", `{"actions": [{}, {"what": "x",}]}`, []string{"actions[1]: syntax"}},
		{"a bad escape", `{"number": "\x"}`, []string{"number: syntax"}},
		{"a control character in a string", "{\"number\": \"a\tb\"}", []string{"number: syntax"}},
		{"a number with a leading zero", `{"small": 01}`, []string{": syntax"}},
		{"input that ends inside a value", `{"actions": [{"what": "x"`, []string{"actions[0]: eof"}},
		{"empty input", ``, []string{": eof"}},
		{"data after the value", `{"number": "x"} {}`, []string{": trailing"}},
		{"data after a number", `7 8`, []string{": trailing"}},
		{"a syntax error hides the problems found before it", `{"colour": 1, "done": 2 "x"}`, []string{": syntax"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := jsonx.Decode([]byte(tt.input), &d)
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(t, err), "%v", err)
		})
	}
}

func TestDecodeSaysWhatIsWrong(t *testing.T) {
	tests := []struct {
		name, input string
		want        jsonx.Error
	}{
		{"the exact name of a field given in another case", `{"NUMBER": "x"}`,
			jsonx.Error{Kind: jsonx.CaseMismatch, Name: "number", Offset: 1}},
		{"the JSON types wanted and given", `{"actions": "x"}`,
			jsonx.Error{Kind: jsonx.WrongType, Want: jsonx.Array, Got: jsonx.String, Offset: 12}},
		{"an integer wanted", `{"small": true}`,
			jsonx.Error{Kind: jsonx.WrongType, Want: jsonx.Integer, Got: jsonx.Bool, Offset: 10}},
		{"the range of the type", `{"small": -129}`,
			jsonx.Error{Kind: jsonx.OutOfRange, Min: "-128", Max: "127", Offset: 10}},
		{"the range of a map key", `{"byYear": {"1e3": ""}}`,
			jsonx.Error{Kind: jsonx.BadKey, Min: "-9223372036854775808", Max: "9223372036854775807", Offset: 12}},
		{"the length of an array", `{"triple": [1,2,3,4]}`, jsonx.Error{Kind: jsonx.TooLong, Len: 3, Offset: 18}},
		{"the error of a value's own decoder, at the value", `{"actions": [{"due": "x"}]}`,
			jsonx.Error{Kind: jsonx.Custom, Err: errDate, Offset: 21}},
		{"the byte of a syntax error", `{"small": 1,}`, jsonx.Error{Kind: jsonx.Syntax, Offset: 12}},
		{"the byte of trailing data", `{}  x`, jsonx.Error{Kind: jsonx.Trailing, Offset: 4}},
		{"the end of the input", `{"small": `, jsonx.Error{Kind: jsonx.EOF, Offset: 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			var es jsonx.Errors
			require.ErrorAs(t, jsonx.Decode([]byte(tt.input), &d), &es)
			require.Len(t, es, 1, "%v", es)
			got := *es[0]
			got.Path = nil
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDecodePassesOnTheErrorsOfNestedDecoders(t *testing.T) {
	var d doc
	err := jsonx.Decode([]byte(`{"actions": [{}, {"cost": {"amount": "1.00", "rate": 2, "amount": "2.00"}}, {"due": "x"}]}`), &d)
	var es jsonx.Errors
	require.ErrorAs(t, err, &es)
	require.Len(t, es, 2, "%v", es)
	assert.Equal(t, "actions[1].cost", es[0].Path.String())
	var inner jsonx.Errors
	require.ErrorAs(t, es[0].Err, &inner, "the money's own Decode errors, as it returned them")
	assert.Equal(t, []string{"rate: unknown", "amount: duplicate"}, problems(t, inner))
	assert.Equal(t, "actions[2].due", es[1].Path.String())
	assert.ErrorIs(t, es[1], errDate, "errors.Is sees the decoder's error")
}

func TestDecodeShowsKeysWithoutPersonalData(t *testing.T) {
	tests := []struct {
		name, key, path string
	}{
		{"a plain name is shown as a field", `colour`, `colour`},
		{"a code with a few digits is shown whole", `EECO01`, `EECO01`},
		{"a year is shown whole", `2019`, `["2019"]`},
		{"a PESEL is masked", `79112302216`, `["###########"]`},
		{"a birth date is masked", `1985-02-30`, `["####-##-##"]`},
		{"digits of other scripts count as digits", `١٢٣٤٥`, `["#####"]`},
		{"a line break is escaped", `a\nb`, `["a\nb"]`},
		{"a bidirectional override is escaped", `a\u202eb`, `["a\u202eb"]`},
		{"a long key is cut", strings.Repeat("x", 30), `["` + strings.Repeat("x", 23) + `…"]`},
		{"a long key of digits is masked and cut", strings.Repeat("1", 40), `["` + strings.Repeat("#", 23) + `…"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			var es jsonx.Errors
			require.ErrorAs(t, jsonx.Decode([]byte(`{"`+tt.key+`": 1}`), &d), &es)
			assert.Equal(t, tt.path, es[0].Path.String())
			assert.Equal(t, tt.path+": unknown field", strings.TrimPrefix(es[0].Error(), "jsonx: "))
		})
	}
	t.Run("a map key is masked in the path of a problem inside its value", func(t *testing.T) {
		var d doc
		var es jsonx.Errors
		require.ErrorAs(t, jsonx.Decode([]byte(`{"targets": {"44051401358": {"hours": "x"}}}`), &d), &es)
		assert.Equal(t, `targets["###########"].hours`, es[0].Path.String())
	})
}

func TestDecodeTreatsNullAsEncodingJSONDoes(t *testing.T) {
	fresh := func() doc {
		n := 5
		pn := &n
		return doc{Number: "kept", Small: 3, Done: true, Actions: []action{{What: "a"}}, Targets: map[string]action{"x": {}},
			Ptr: &action{}, PtrPtr: &pn, Any: 1, Triple: [3]int{1}, Bytes: []byte("x"), Extra: &Extra{Tag: "kept"}}
	}
	in := []byte(`{"number": null, "small": null, "done": null, "actions": null, "targets": null, "ptr": null,
		"ptrPtr": null, "any": null, "triple": null, "bytes": null, "tag": null}`)
	got, want := fresh(), fresh()
	require.NoError(t, jsonx.Decode(in, &got))
	require.NoError(t, json.Unmarshal(in, &want))
	assert.Equal(t, want, got)
	assert.Equal(t, "kept", got.Number, "null leaves a string as it is")
	assert.Equal(t, [3]int{1}, got.Triple, "and an array")
	assert.Nil(t, got.Actions, "null sets a slice to nil")
	assert.Nil(t, got.Ptr, "and a pointer")

	a := action{Due: date{2019, 1, 2}, Cost: money{100, "PLN"}}
	require.NoError(t, jsonx.Decode([]byte(`{"due": null, "cost": null}`), &a))
	assert.Equal(t, date{2019, 1, 2}, a.Due, "a text decoder never sees null")
	assert.Equal(t, money{100, "PLN"}, a.Cost, "a JSON decoder gets null and decides")
}

func TestDecodeStopsAfterMaxErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"done": true`)
	for range 3 * jsonx.MaxErrors {
		b.WriteString(`, "colour": 1`)
	}
	b.WriteString(`}`)
	var d doc
	var es jsonx.Errors
	require.ErrorAs(t, jsonx.Decode([]byte(b.String()), &d), &es)
	require.Len(t, es, jsonx.MaxErrors+1)
	assert.Equal(t, jsonx.Unknown, es[jsonx.MaxErrors-1].Kind)
	assert.Equal(t, jsonx.TooMany, es[jsonx.MaxErrors].Kind)
}

func TestDecodeRefusesNestingDeeperThanMaxDepth(t *testing.T) {
	nest := func(n int) []byte {
		return []byte(strings.Repeat("[", n) + strings.Repeat("]", n))
	}
	var v any
	require.NoError(t, jsonx.Decode(nest(jsonx.MaxDepth), &v))
	assert.Equal(t, []string{": too_deep"}, problems(t, jsonx.Decode(nest(jsonx.MaxDepth+1), &v)))

	var d doc
	deep := append(append([]byte(`{"colour": `), nest(jsonx.MaxDepth)...), '}')
	assert.Equal(t, []string{": too_deep"}, problems(t, jsonx.Decode(deep, &d)),
		"a skipped value counts too; the offset says where, not a path a thousand steps long")
}

func TestDecodeChecksTheSyntaxOfSkippedValues(t *testing.T) {
	for _, in := range []string{`{"colour": [1,]}`, `{"colour": {"a" 1}}`, `{"colour": "\q"}`, `{"colour": tru}`, `{"done": 1, "x": -}`} {
		var d doc
		err := jsonx.Decode([]byte(in), &d)
		var es jsonx.Errors
		require.ErrorAs(t, err, &es, in)
		require.Len(t, es, 1, "%s: %v", in, es)
		assert.Contains(t, []jsonx.Kind{jsonx.Syntax, jsonx.EOF}, es[0].Kind, in)
	}
}

func TestDecodeNeedsANonNilPointer(t *testing.T) {
	for _, v := range []any{nil, doc{}, (*doc)(nil)} {
		var es jsonx.Errors
		require.ErrorAs(t, jsonx.Decode([]byte(`{}`), v), &es)
		assert.Equal(t, jsonx.BadTarget, es[0].Kind)
	}
}

type left struct {
	W int
	Y int `json:"y"`
}

type right struct {
	W int
	X int `json:"x"`
	Z int
}

func TestDecodeFindsFieldsAsEncodingJSONDoes(t *testing.T) {
	t.Run("two embedded fields of one name at one depth hide each other", func(t *testing.T) {
		var v struct {
			left
			right
		}
		assert.Equal(t, []string{"W: unknown"}, problems(t, jsonx.Decode([]byte(`{"W": 1}`), &v)))
		require.NoError(t, jsonx.Decode([]byte(`{"y": 1, "Z": 2}`), &v))
		assert.Equal(t, 1, v.Y)
		assert.Equal(t, 2, v.Z)
	})
	t.Run("a shallower field wins", func(t *testing.T) {
		var v struct {
			right
			Z string
		}
		require.NoError(t, jsonx.Decode([]byte(`{"Z": "top", "x": 1}`), &v))
		assert.Equal(t, "top", v.Z)
		assert.Equal(t, 0, v.right.Z)
		assert.Equal(t, 1, v.right.X)
	})
	t.Run("an interface holding a pointer is decoded into", func(t *testing.T) {
		var a action
		var v any = &a
		require.NoError(t, jsonx.Decode([]byte(`{"what": "x"}`), &v))
		assert.Equal(t, "x", a.What)
	})
	t.Run("a map that holds entries keeps them", func(t *testing.T) {
		m := map[string]int{"a": 1, "b": 2}
		require.NoError(t, jsonx.Decode([]byte(`{"b": 3, "c": 4}`), &m))
		assert.Equal(t, map[string]int{"a": 1, "b": 3, "c": 4}, m)
		assert.Equal(t, []string{`["c"]: duplicate`}, problems(t, jsonx.Decode([]byte(`{"c": 5, "c": 6}`), &m)),
			"a key given twice is told from one the map held")
	})
	t.Run("a struct with many fields looks its keys up", func(t *testing.T) {
		var v struct {
			A, B, C, D, E, F, G, H, I int
		}
		require.NoError(t, jsonx.Decode([]byte(`{"I": 9, "A": 1}`), &v))
		assert.Equal(t, 9, v.I)
		assert.Equal(t, []string{"i: case_mismatch", "J: unknown", "A: duplicate"},
			problems(t, jsonx.Decode([]byte(`{"A": 1, "i": 2, "J": 3, "A": 4}`), &v)))
	})
}

func TestDecodeIsSafeForConcurrentUse(t *testing.T) {
	type fresh struct { // a type no other test decodes, so that its plan is built here
		Docs []doc           `json:"docs"`
		By   map[string]*doc `json:"by"`
	}
	in := []byte(`{"docs": [` + valid + `, ` + valid + `], "by": {"a": ` + valid + `}}`)
	var want fresh
	require.NoError(t, json.Unmarshal(in, &want))
	errs := make(chan error, 8)
	got := make([]fresh, 8)
	for i := range got {
		go func() { errs <- jsonx.Decode(in, &got[i]) }()
	}
	for range got {
		require.NoError(t, <-errs)
	}
	for i := range got {
		assert.Equal(t, want, got[i])
	}
}
