package jsonx_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/jsonx"
)

type action struct {
	What string          `json:"what"`
	Due  integracja.Date `json:"due"`
	N    int             `json:"n,omitempty"`
}

type embedded struct {
	Note string `json:"note"`
}

type contract struct {
	embedded
	Number  string            `json:"number"`
	Actions []action          `json:"actions"`
	Targets map[string]action `json:"targets"`
	Ptr     *action           `json:"ptr"`
	Any     any               `json:"any"`
	Skip    string            `json:"-"`
	Plain   string
}

func decode(s string) (contract, error) {
	var c contract
	err := jsonx.Decode([]byte(s), &c)
	return c, err
}

func TestDecodeAcceptsGoodInput(t *testing.T) {
	c, err := decode(`{"note":"n","number":"K/1/2019","actions":[{"what":"a","due":"2019-07-01"}],
		"targets":{"x":{"what":"b","due":""}},"ptr":null,"any":{"free":[1,2]},"Plain":"p"}`)
	require.NoError(t, err)
	assert.Equal(t, "n", c.Note)
	assert.Equal(t, "2019-07-01", c.Actions[0].Due.String())
	assert.Equal(t, "p", c.Plain)
}

func TestDecodeReportsThePathOfTheBadValue(t *testing.T) {
	tests := []struct {
		name  string
		input string
		path  string
		cause error
	}{
		{"an unknown field inside a list element", `{"actions":[{"what":"a"},{"what":"b","color":"red"}]}`, "actions[1].color", integracja.ErrUnknown},
		{"an unknown top-level field", `{"number":"1","extra":true}`, "extra", integracja.ErrUnknown},
		{"a wrong type inside a list element", `{"actions":[{"what":"a"},{"what":"b","n":"seven"}]}`, "actions[1].n", integracja.ErrInvalid},
		{"a bad date inside a list element", `{"actions":[{"what":"a","due":"2019-02-30"}]}`, "actions[0].due", integracja.ErrInvalid},
		{"a bad value inside a map", `{"targets":{"EECO01":{"due":"x"}}}`, `targets["EECO01"].due`, integracja.ErrInvalid},
		{"a wrong type behind a pointer", `{"ptr":{"what":5}}`, "ptr.what", integracja.ErrInvalid},
		{"a list where an object belongs", `{"ptr":[]}`, "ptr", integracja.ErrInvalid},
		{"an object where a list belongs", `{"actions":{}}`, "actions", integracja.ErrInvalid},
		{"a field of an embedded struct", `{"note":7}`, "note", integracja.ErrInvalid},
		{"malformed JSON", `{"number":`, "", integracja.ErrInvalid},
		{"trailing data", `{"number":"1"} {}`, "", integracja.ErrInvalid},
		{"an ignored field is unknown to JSON", `{"Skip":"x"}`, "Skip", integracja.ErrUnknown},
		{"an empty object where a date belongs", `{"actions":[{"due":{}}]}`, "actions[0].due", integracja.ErrInvalid},
		{"a number where a date belongs", `{"actions":[{"due":20190701}]}`, "actions[0].due", integracja.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode(tt.input)
			require.Error(t, err)
			var fe *integracja.FieldError
			require.True(t, errors.As(err, &fe), "got %T: %v", err, err)
			assert.Equal(t, tt.path, fe.Path.String(), "error: %v", err)
			assert.ErrorIs(t, err, tt.cause)
		})
	}
}

func TestDecodeSaysWhatTypeOfValueWasWanted(t *testing.T) {
	tests := []struct {
		name, input, en, pl string
	}{
		{"a date, which is text, given as a number", `{"actions":[{"due":20190701}]}`,
			`actions[0].due: invalid value: want string, got number`,
			`actions[0].due: nieprawidłowa wartość: oczekiwano tekstu, podano liczbę`},
		{"a date given as an object", `{"actions":[{"due":{"year":2019}}]}`,
			`actions[0].due: invalid value: want string, got object`,
			`actions[0].due: nieprawidłowa wartość: oczekiwano tekstu, podano obiekt`},
		{"a text-coded enum given as a number", `{"codes":[1]}`,
			`codes[0]: invalid value: want string, got number`,
			`codes[0]: nieprawidłowa wartość: oczekiwano tekstu, podano liczbę`},
		{"a list given as text", `{"actions":"none"}`,
			`actions: invalid value: want array, got string`,
			`actions: nieprawidłowa wartość: oczekiwano listy, podano tekst`},
		{"an object given as a truth value", `{"ptr":true}`,
			`ptr: invalid value: want object, got bool`,
			`ptr: nieprawidłowa wartość: oczekiwano obiektu, podano wartość logiczną`},
		{"a number given as text", `{"actions":[{"n":"seven"}]}`,
			`actions[0].n: invalid value: want int, got string`,
			`actions[0].n: nieprawidłowa wartość: oczekiwano typu int, podano tekst`},
		{"a number too large for its type", `{"actions":[{"n":1e30}]}`,
			`actions[0].n: invalid value: want int, got number 1e30`,
			`actions[0].n: nieprawidłowa wartość: oczekiwano typu int, podano liczbę 1e30`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v struct {
				contract
				Codes []code `json:"codes"`
			}
			err := jsonx.Decode([]byte(tt.input), &v)
			require.Error(t, err)
			assert.EqualError(t, err, tt.en)
			assert.Equal(t, tt.pl, integracja.Localize(err, language.Polish))
		})
	}
}

func TestDecodeReadsIntegerMapKeysLikeEncodingJSON(t *testing.T) {
	type byYear struct {
		Actions map[int]action `json:"actions"`
		Counts  map[uint8]int  `json:"counts"`
	}
	var v byYear
	require.NoError(t, jsonx.Decode([]byte(`{"actions":{"2019":{"due":"2019-07-01"}},"counts":{"7":1}}`), &v))
	assert.Equal(t, "2019-07-01", v.Actions[2019].Due.String())

	tests := []struct {
		name, input, path string
	}{
		{"a bad value under an integer key is reported at its own path", `{"actions":{"2019":{"due":"2019-02-30"}}}`, `actions["2019"].due`},
		{"a key that is not an integer", `{"actions":{"x":{}}}`, `actions["x"]`},
		{"a key too large for its type", `{"counts":{"256":1}}`, `counts["256"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := jsonx.Decode([]byte(tt.input), &v)
			var fe *integracja.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.path, fe.Path.String(), "%v", err)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
		})
	}
}

func TestDecodeMatchesFieldNamesLikeEncodingJSON(t *testing.T) {
	c, err := decode(`{"NUMBER":"K/2"}`)
	require.NoError(t, err)
	assert.Equal(t, "K/2", c.Number, "keys match case-insensitively, as in encoding/json")
}

type nested struct {
	Inner inner `json:"inner"`
}

type inner struct{ v int }

// UnmarshalJSON decodes through jsonx, so a problem inside it has a path
// that nests under the outer one.
func (i *inner) UnmarshalJSON(b []byte) error {
	var raw struct {
		Items []struct {
			N int `json:"n"`
		} `json:"items"`
	}
	if err := jsonx.Decode(b, &raw); err != nil {
		return err
	}
	i.v = len(raw.Items)
	return nil
}

func TestDecodeNestsPathsOfCustomDecoders(t *testing.T) {
	var n nested
	err := jsonx.Decode([]byte(`{"inner":{"items":[{"n":1},{"m":2}]}}`), &n)
	var fe *integracja.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "inner.items[1].m", fe.Path.String())
	assert.ErrorIs(t, err, integracja.ErrUnknown)

	require.NoError(t, jsonx.Decode([]byte(`{"inner":{"items":[{"n":1}]}}`), &n))
	assert.Equal(t, 1, n.Inner.v)
}

// code is a uint8 enum with a text form, like the module's enums.
type code uint8

func (c *code) UnmarshalText(b []byte) error {
	if string(b) != "a" {
		return errors.New("want a")
	}
	*c = 1
	return nil
}

func TestDecodeListOfByteSizedEnumsIsAList(t *testing.T) {
	var v struct {
		Codes []code `json:"codes"`
	}
	require.NoError(t, jsonx.Decode([]byte(`{"codes":["a","a"]}`), &v))
	assert.Len(t, v.Codes, 2)

	err := jsonx.Decode([]byte(`{"codes":["a","b"]}`), &v)
	var fe *integracja.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "codes[1]", fe.Path.String(), "the bad element, not the whole list")

	var raw struct {
		B []byte `json:"b"`
	}
	require.NoError(t, jsonx.Decode([]byte(`{"b":"aGk="}`), &raw), "a []byte is still base64 text")
	assert.Equal(t, "hi", string(raw.B))
	err = jsonx.Decode([]byte(`{"b":"!!"}`), &raw)
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "b", fe.Path.String())
}
