package integracja_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

type decodeStep struct {
	From  integracja.Date `json:"from"`
	Hours int8            `json:"hours"`
}

type decodeDoc struct {
	Name    string                   `json:"name"`
	Steps   []decodeStep             `json:"steps"`
	Targets map[string]decodeStep    `json:"targets"`
	Years   map[uint16]bool          `json:"years"`
	Pair    [2]int                   `json:"pair"`
	Limits  integracja.Schedule[int] `json:"limits"`
	Period  integracja.Period        `json:"period"`
	Nested  map[string]selfDecoding  `json:"nested"`
	Rate    decimal.Decimal          `json:"rate"`
}

// selfDecoding decodes itself with DecodeJSON, as the module's types do,
// so that its field errors nest under the outer path.
type selfDecoding struct{ n int }

func (h *selfDecoding) UnmarshalJSON(b []byte) error {
	var v struct {
		Items []struct {
			N int `json:"n"`
		} `json:"items"`
	}
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	h.n = len(v.Items)
	return nil
}

func TestDecodeJSONReportsEachProblemWithItsPath(t *testing.T) {
	const valid = `{"name": "n", "steps": [{"from": "2019-01-01", "hours": 4}, {"from": "2019-02-01"}],
		"targets": {"EECO01": {"hours": 1}}, "years": {"2019": true}, "pair": [1, 2],
		"limits": [{"from": "2019-01-01", "value": 8}], "period": {"from": "2019-01-01", "to": "2019-12-31"},
		"nested": {"a": {"items": [{"n": 1}]}}}`
	var ok decodeDoc
	require.NoError(t, integracja.DecodeJSON([]byte(valid), &ok))
	require.Len(t, ok.Steps, 2)
	assert.Equal(t, 1, ok.Nested["a"].n)

	replace := func(old, new string) string {
		require.Contains(t, valid, old)
		return strings.Replace(valid, old, new, 1)
	}
	tests := []struct {
		name, input string
		want        []string
	}{
		{"an unknown field in a list element", replace(`{"from": "2019-02-01"}`, `{"from": "2019-02-01", "room": 1}`),
			[]string{"steps[1].room: unknown"}},
		{"a field given twice", replace(`"name": "n"`, `"name": "n", "name": "m"`), []string{"name: duplicate"}},
		{"a map key given twice", replace(`{"EECO01": {"hours": 1}}`, `{"EECO01": {}, "EECO01": {}}`),
			[]string{`targets["EECO01"]: duplicate`}},
		{"a field in another case", replace(`"hours": 4`, `"Hours": 4`), []string{"steps[0].Hours: unknown"}},
		{"a wrong type", replace(`"hours": 4`, `"hours": "4"`), []string{"steps[0].hours: invalid"}},
		{"a fraction for an integer", replace(`"hours": 4`, `"hours": 4.5`), []string{"steps[0].hours: invalid"}},
		{"a number out of range", replace(`"hours": 4`, `"hours": 400`), []string{"steps[0].hours: out_of_range"}},
		{"a bad integer key", replace(`"2019": true`, `"MMXIX": true`), []string{`years["MMXIX"]: invalid`}},
		{"an extra array element", replace(`[1, 2]`, `[1, 2, 3]`), []string{"pair[2]: out_of_range"}},
		{"a bad date, from its own decoder", replace(`"2019-02-01"`, `"2019-02-30"`), []string{"steps[1].from: invalid"}},
		{"a field error of a nested decoder goes under the path",
			replace(`{"items": [{"n": 1}]}`, `{"items": [{"n": 1}, {"m": 2}]}`), []string{`nested["a"].items[1].m: unknown`}},
		{"a schedule's own problems go under the path", replace(`"value": 8}`, `"value": 8}, {"from": "2019-01-01", "value": 9}`),
			[]string{"limits[1].from: duplicate"}},
		{"a period's own problems go under the path", replace(`"to": "2019-12-31"`, `"to": "2019-12-32"`),
			[]string{"period.to: invalid"}},
		{"several problems, all reported", replace(`"name": "n"`, `"name": 1, "colour": 2`),
			[]string{"name: invalid", "colour: unknown"}},
		{"malformed JSON", `{"name": "n",}`, []string{": invalid"}},
		{"trailing data", valid + ` {}`, []string{": invalid"}},
		{"too deep", strings.Repeat("[", 1001), []string{": out_of_range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d decodeDoc
			err := integracja.DecodeJSON([]byte(tt.input), &d)
			var got []string
			for _, fe := range integracja.FieldErrors(err) {
				got = append(got, fe.Path.String()+": "+code(fe.Err))
			}
			assert.Equal(t, tt.want, got, "%v", err)
		})
	}
}

// code returns the code of the cause of err.
func code(err error) string {
	var c *integracja.Cause
	if errors.As(err, &c) {
		return c.Code()
	}
	return "?"
}

func TestDecodeJSONSaysWhatIsWrongInBothLanguages(t *testing.T) {
	tests := []struct {
		name, input, en, pl string
	}{
		{"an unknown field", `{"colour": 1}`,
			`colour: unknown value: unknown field`,
			`colour: nieznana wartość: nieznane pole`},
		{"a field in another case", `{"Name": "x"}`,
			`Name: unknown value: unknown field; letter case matters, the field is named "name"`,
			`Name: nieznana wartość: nieznane pole; wielkość liter ma znaczenie, pole nazywa się "name"`},
		{"a field given twice", `{"name": "a", "name": "b"}`,
			`name: duplicate value: field given twice`,
			`name: powtórzona wartość: pole podano dwa razy`},
		{"a key given twice", `{"targets": {"a": {}, "a": {}}}`,
			`targets["a"]: duplicate value: key given twice`,
			`targets["a"]: powtórzona wartość: klucz podano dwa razy`},
		{"text for a number", `{"steps": [{"hours": "x"}]}`,
			`steps[0].hours: invalid value: want an integer, got a string`,
			`steps[0].hours: nieprawidłowa wartość: oczekiwano liczby całkowitej, podano tekst`},
		{"a number for a list", `{"steps": 1}`,
			`steps: invalid value: want a list, got a number`,
			`steps: nieprawidłowa wartość: oczekiwano listy, podano liczbę`},
		{"a list for text", `{"name": []}`,
			`name: invalid value: want a string, got a list`,
			`name: nieprawidłowa wartość: oczekiwano tekstu, podano listę`},
		{"true for an object", `{"period": true}`,
			`period: invalid value: want an object, got true or false`,
			`period: nieprawidłowa wartość: oczekiwano obiektu, podano wartość logiczną`},
		{"a fraction for an integer", `{"steps": [{"hours": 1.5}]}`,
			`steps[0].hours: invalid value: want an integer, got a number with a fraction or an exponent`,
			`steps[0].hours: nieprawidłowa wartość: oczekiwano liczby całkowitej, podano liczbę z częścią ułamkową lub wykładnikiem`},
		{"a number out of range, without quoting it", `{"steps": [{"hours": 1000}]}`,
			`steps[0].hours: value out of range: want a number from -128 to 127`,
			`steps[0].hours: wartość poza dopuszczalnym zakresem: oczekiwano liczby od -128 do 127`},
		{"a bad integer key", `{"years": {"x": true}}`,
			`years["x"]: invalid value: the key must be an integer from 0 to 65535`,
			`years["x"]: nieprawidłowa wartość: klucz musi być liczbą całkowitą od 0 do 65535`},
		{"an extra element", `{"pair": [1, 2, 3]}`,
			`pair[2]: value out of range: extra element; the list's length is 2`,
			`pair[2]: wartość poza dopuszczalnym zakresem: nadmiarowy element; długość listy to 2`},
		{"a decimal in exponent notation", `{"rate": "1e-999999999"}`,
			`rate: invalid value: want a plain decimal with a dot and no exponent, such as "10.5"`,
			`rate: nieprawidłowa wartość: oczekiwano liczby dziesiętnej z kropką, bez wykładnika, np. "10.5"`},
		{"a decimal with too many digits", `{"rate": "1234567890123456789012345678901"}`,
			`rate: value out of range: more than 30 digits before the decimal point`,
			`rate: wartość poza dopuszczalnym zakresem: więcej niż 30 cyfr przed przecinkiem`},
		{"a decimal with too many places", `{"rate": 0.123456789012345678901}`,
			`rate: value out of range: more than 20 decimal places`,
			`rate: wartość poza dopuszczalnym zakresem: więcej niż 20 miejsc po przecinku`},
		{"malformed JSON", `{"name" "x"}`,
			`invalid value: malformed JSON: unexpected character (byte 8)`,
			`nieprawidłowa wartość: niepoprawny JSON: nieoczekiwany znak (bajt 8)`},
		{"JSON cut short", `{"steps": [`,
			`steps: invalid value: malformed JSON: the data ends before the value does (byte 11)`,
			`steps: nieprawidłowa wartość: niepoprawny JSON: dane kończą się przed końcem wartości (bajt 11)`},
		{"trailing data", `{} []`,
			`invalid value: trailing data after the JSON value (byte 3)`,
			`nieprawidłowa wartość: nadmiarowe dane po wartości JSON (bajt 3)`},
		{"a PESEL typed as a key", `{"targets": {"44051401358": {"hours": "x"}}}`,
			`targets["###########"].hours: invalid value: want an integer, got a string`,
			`targets["###########"].hours: nieprawidłowa wartość: oczekiwano liczby całkowitej, podano tekst`},
		{"a key that would forge a log line", `{"a\n2019/01/01 INFO ok\u202e": 1}`,
			`["a\n####/##/## INFO ok\u202e"]: unknown value: unknown field`,
			`["a\n####/##/## INFO ok\u202e"]: nieznana wartość: nieznane pole`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d decodeDoc
			err := integracja.DecodeJSON([]byte(tt.input), &d)
			require.Error(t, err)
			assert.Equal(t, tt.en, err.Error())
			assert.Equal(t, tt.pl, integracja.Localize(err, language.Polish))
		})
	}
}

func TestDecodeJSONPlacesAParseErrorAtItsPath(t *testing.T) {
	var d decodeDoc
	err := integracja.DecodeJSON([]byte(`{"steps": [{}, {"from": "2019-13-01"}]}`), &d)
	fes := integracja.FieldErrors(err)
	require.Len(t, fes, 1, "%v", err)
	assert.Equal(t, "steps[1].from", fes[0].Path.String())
	var pe *integracja.ParseError
	require.ErrorAs(t, fes[0].Err, &pe, "the date's own error is the cause")
	assert.ErrorIs(t, err, integracja.ErrInvalid)
}

func TestDecodeJSONNeedsAPointer(t *testing.T) {
	err := integracja.DecodeJSON([]byte(`{}`), decodeDoc{})
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	assert.Contains(t, integracja.Localize(err, language.Polish), "wskaźnika")
}

func TestDecodeJSONQuotesNothingOfTheInputFromAValuesOwnDecoder(t *testing.T) {
	// A value typed into the wrong field may be personal data: a PESEL in
	// a date, a birth date with a typo, a name where a date belongs.
	type doc struct {
		Due    integracja.Date   `json:"due"`
		Period integracja.Period `json:"period"`
		Steps  []struct {
			From integracja.Date `json:"from"`
		} `json:"steps"`
	}
	inputs := map[string]string{
		"a PESEL in a date":           `{"due":"79112302216"}`,
		"an impossible birth date":    `{"due":"1980-02-30"}`,
		"a name in a date":            `{"due":"Kowalska Anna"}`,
		"a PESEL in a nested date":    `{"steps":[{"from":"2019-01-01"},{"from":"79112302216"}]}`,
		"a PESEL as a period's start": `{"period":{"from":"79112302216","to":"2019-01-01"}}`,
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			var d doc
			err := integracja.DecodeJSON([]byte(in), &d)
			require.Error(t, err)
			for _, lang := range []language.Tag{language.Polish, language.English} {
				msg := integracja.Localize(err, lang)
				for _, leak := range []string{"79112302216", "1980-02-30", "Kowalska", "Anna"} {
					assert.NotContains(t, msg, leak, "%s", lang)
				}
			}
			for _, fe := range integracja.FieldErrors(err) {
				assert.Empty(t, fe.Value, "%s carries no value", fe.Path)
				var pe *integracja.ParseError
				if errors.As(fe, &pe) {
					assert.Empty(t, pe.Input, "%s carries no input", fe.Path)
				}
			}
		})
	}
}

func TestErrorsQuoteABoundedEscapedPrefix(t *testing.T) {
	long := strings.Repeat("9", 1<<20)
	_, err := integracja.ParseDate(long)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 200, "a megabyte of input makes a short error")
	assert.Contains(t, err.Error(), strings.Repeat("9", integracja.MaxQuoted)+"…")

	_, err = integracja.ParseDate("2019-01-0\u202e\n")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "\n", "a line break cannot forge a log line")
	assert.NotContains(t, err.Error(), "\u202e", "a bidirectional mark is escaped")

	fe := integracja.Invalid(integracja.NewPath("code"), strings.Repeat("ż", 100), integracja.Text{})
	assert.Contains(t, fe.Error(), strings.Repeat("ż", integracja.MaxQuoted/2)+"…", "cut at a character boundary")
	assert.Equal(t, "ab…", integracja.Excerpt("abc", 2))
	assert.Equal(t, "ż…", integracja.Excerpt("żź", 3), "never half a character")
	assert.Equal(t, "abc", integracja.Excerpt("abc", 3))
}
