package contract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/internal/jsonx/jsontest"
)

// sameValue reports whether a and b hold the same value, comparing values
// that have an Equal method (Money, Date) with it and everything else
// field by field: budget.Money is not canonical (1.5 and 1.50 are equal
// amounts), so reflect.DeepEqual is the wrong test for it.
func sameValue(a, b reflect.Value) bool {
	if a.Type() != b.Type() {
		return false
	}
	if a.CanInterface() {
		if m := a.MethodByName("Equal"); m.IsValid() {
			mt := m.Type()
			if mt.NumIn() == 1 && mt.In(0) == a.Type() && mt.NumOut() == 1 && mt.Out(0).Kind() == reflect.Bool {
				return m.Call([]reflect.Value{b})[0].Bool()
			}
		}
	}
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if !sameValue(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !sameValue(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return sameValue(a.Elem(), b.Elem())
	case reflect.String:
		return a.String() == b.String()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	}
	panic("sameValue: unexpected kind " + a.Kind().String())
}

func sameContract(a, b contract.Contract) bool {
	return sameValue(reflect.ValueOf(a), reflect.ValueOf(b))
}

func TestJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		c    contract.Contract
	}{
		{"the full contract", kisFull(t)},
		{"the contract as concluded", kisContract()},
		{"a contract of track B with the labour office", trackB()},
		{"the zero contract", contract.Contract{}},
		{"a contract with empty, not missing, lists", func() contract.Contract {
			c := kisContract()
			c.Terms.Family = []contract.Member{}
			c.Terms.Assessment.Causes = []string{}
			c.Amendments = []contract.Amendment{}
			c.Evaluation = contract.Evaluation{Goals: []contract.GoalResult{}}
			return c
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name+" decodes to an equal contract", func(t *testing.T) {
			b, err := json.Marshal(tt.c)
			require.NoError(t, err)
			got, err := contract.Decode(b)
			require.NoError(t, err)
			assert.True(t, sameContract(tt.c, got), "decoded: %s", b)
			assert.Equal(t, tt.c, got, "no amount changes its representation either")
			again, err := json.Marshal(got)
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(again))
		})
	}
	t.Run("the full contract keeps its versions, events and evaluation", func(t *testing.T) {
		b, err := json.Marshal(kisFull(t))
		require.NoError(t, err)
		got, err := contract.Decode(b)
		require.NoError(t, err)
		assert.Len(t, got.Versions(), 2)
		assert.Len(t, got.Lifecycle.Events(), 2)
		assert.Equal(t, contract.PartlyAchieved, got.Evaluation.Achievement("C2"))
		assert.NoError(t, got.Validate())
		assert.Contains(t, string(b), `"amount":{"amount":"500.00","currency":"PLN"}`)
		assert.Contains(t, string(b), `"pesel":"85061212346"`, "JSON carries the full PESEL: it is the interchange format")
		assert.Contains(t, string(b), `"club":{"name":"Klub Integracji Społecznej przy OPS w Trzebini","from":"2019-06-03","to":"2019-12-31",`+
			`"certificate":{"number":"KIS/17/2019","date":"2019-12-31"}}`)
		assert.Contains(t, string(b), `"reviews":[{"date":"2019-08-05","by":"pracownik socjalny","note":`)
	})
	t.Run("json.Unmarshal decodes as strictly as Decode", func(t *testing.T) {
		var c contract.Contract
		err := json.Unmarshal([]byte(`{"number":"1","colour":"red"}`), &c)
		assert.ErrorIs(t, err, integracja.ErrUnknown)
	})
	t.Run("a null contract decodes to the zero contract", func(t *testing.T) {
		c, err := contract.Decode([]byte("null"))
		require.NoError(t, err)
		assert.True(t, sameContract(contract.Contract{}, c))
	})
}

func TestDecodeRejectsBadInputWithItsPath(t *testing.T) {
	full, err := json.Marshal(kisFull(t))
	require.NoError(t, err)
	// replace returns the full contract's JSON with old replaced by new,
	// once.
	replace := func(old, new string) string {
		require.Contains(t, string(full), old)
		return strings.Replace(string(full), old, new, 1)
	}
	tests := []struct {
		name  string
		input string
		path  string
		cause error
	}{
		{"an unknown top-level field", `{"number":"1","colour":"red"}`, "colour", integracja.ErrUnknown},
		{"an unknown field deep inside", replace(`"hours":64`, `"hours":64,"room":"12"`), "terms.actions[0].room", integracja.ErrUnknown},
		{"a number given as text", replace(`"hours":64`, `"hours":"64"`), "terms.actions[0].hours", integracja.ErrInvalid},
		{"a list given as an object", replace(`"goals":[{"id":"C1"`, `"goals":{"x":[{"id":"C1"`), "", nil},
		{"an impossible date", replace(`"due":"2019-09-30"`, `"due":"2019-09-31"`), "terms.actions[0].due", integracja.ErrInvalid},
		{"an unknown actor", replace(`"actor":"client"`, `"actor":"boss"`), "terms.actions[0].actor", integracja.ErrInvalid},
		{"an amount in exponent notation", replace(`"amount":"500.00"`, `"amount":"5e2"`), "terms.commitments.benefits[0].amount.amount", integracja.ErrInvalid},
		{"an unknown benefit kind", replace(`"kind":"targeted"`, `"kind":"bonus"`), "terms.commitments.benefits[0].kind", integracja.ErrInvalid},
		{"an unknown consequence", replace(`"consequences":["refusal"`, `"consequences":["fine"`), "terms.consequences[0]", integracja.ErrInvalid},
		{"an unknown lifecycle state", replace(`"to":"completed"`, `"to":"archived"`), "lifecycle.events[1].to", integracja.ErrInvalid},
		{"an unknown achievement", replace(`"achievement":"partly"`, `"achievement":"half"`), "evaluation.goals[2].achievement", integracja.ErrInvalid},
		{"an unknown field in the club", replace(`"club":{`, `"club":{"room":"2",`), "club.room", integracja.ErrUnknown},
		{"an impossible certificate date", replace(`"date":"2019-12-31"}}`, `"date":"2019-12-32"}}`), "club.certificate.date", integracja.ErrInvalid},
		{"an unknown field in a review", replace(`"by":"pracownik socjalny"`, `"by":"pracownik socjalny","mood":"ok"`), "reviews[0].mood", integracja.ErrUnknown},
		{"an unknown field in an amendment's terms", replace(`"number":"1/2019"`, `"number":"1/2019","signed":true`), "amendments[0].signed", integracja.ErrUnknown},
		{"a malformed PESEL", replace(`"pesel":"85061212346"`, `"pesel":"85061212347"`), "client.pesel", integracja.ErrInvalid},
		{"a contract that is not an object", `[1,2]`, "", integracja.ErrInvalid},
		{"trailing data", `{"number":"1"} {}`, "", integracja.ErrInvalid},
		{"malformed JSON", `{"number":`, "", integracja.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := contract.Decode([]byte(tt.input))
			require.Error(t, err)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes, "%v", err)
			if tt.path != "" || tt.cause != nil {
				assert.Equal(t, tt.path, fes[0].Path.String(), "%v", err)
				assert.ErrorIs(t, err, tt.cause)
			}
			assert.NotContains(t, err.Error(), "8506121234", "no PESEL in an error")
			assert.NotContains(t, err.Error(), "Nowak")
		})
	}
	t.Run("an unreadable birth date of a party is reported without showing it", func(t *testing.T) {
		_, err := contract.Decode([]byte(replace(`"pesel":"85061212346"`, `"pesel":"85061212346","birthDate":"1985-06-31"`)))
		require.Error(t, err)
		assert.Equal(t, "client.birthDate", integracja.FieldErrors(err)[0].Path.String())
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.NotContains(t, err.Error(), "1985-06-31")
		assert.NotContains(t, integracja.Localize(err, language.Polish), "1985-06-31")
	})
	t.Run("a contract inside a larger document reports the full path", func(t *testing.T) {
		doc := `{"contracts":[{},` + replace(`"due":"2019-09-30"`, `"due":"30.09.2019"`) + `]}`
		var v struct {
			Contracts []contract.Contract `json:"contracts"`
		}
		err := integracja.DecodeJSON([]byte(doc), &v)
		require.Error(t, err)
		fes := integracja.FieldErrors(err)
		require.NotEmpty(t, fes)
		assert.Equal(t, "contracts[1].terms.actions[0].due", fes[0].Path.String())
	})
}

// TestFuzzSeeds writes the seed corpus of FuzzDecodeContract with -update
// and checks that every seed file is in the corpus format.
func TestFuzzSeeds(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzDecodeContract")
	if *updateGolden {
		full, err := json.Marshal(kisFull(t))
		require.NoError(t, err)
		concluded, err := json.Marshal(kisContract())
		require.NoError(t, err)
		seeds := map[string]string{
			"full_contract":      string(full),
			"concluded_contract": string(concluded),
			"empty_object":       `{}`,
			"unknown_field":      `{"number":"1","colour":"red"}`,
			"deep_wrong_type":    `{"terms":{"actions":[{"id":"A1","hours":"many"}]}}`,
			"bad_money":          `{"terms":{"commitments":{"benefits":[{"kind":"targeted","amount":{"amount":"1e9999","currency":"PLN"}}]}}}`,
		}
		require.NoError(t, os.MkdirAll(dir, 0o755))
		for name, s := range seeds {
			body := "go test fuzz v1\n[]byte(" + strconv.Quote(s) + ")\n"
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
		}
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.NotEmpty(t, entries)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		head, body, ok := strings.Cut(string(b), "\n")
		require.True(t, ok, e.Name())
		assert.Equal(t, "go test fuzz v1", head, e.Name())
		body = strings.TrimSpace(body)
		require.True(t, strings.HasPrefix(body, "[]byte(") && strings.HasSuffix(body, ")"), e.Name())
		_, err = strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(body, "[]byte("), ")"))
		assert.NoError(t, err, e.Name())
	}
}

// TestJSONUnmarshalIsAsStrictAsDecode gives json.Unmarshal, into each type
// of the package that decodes itself, a field given twice and an unknown
// field, and checks the path and cause; where the type has a Decode…
// function, that function must say the same.
func TestJSONUnmarshalIsAsStrictAsDecode(t *testing.T) {
	decode := func(b []byte) error { _, err := contract.Decode(b); return err }
	tests := []jsontest.Case{
		{Name: "a contract with a field given twice", Target: func() any { return new(contract.Contract) }, Decode: decode,
			Input: `{"number":"1","number":"2"}`, Path: "number", Cause: integracja.ErrDuplicate},
		{Name: "a contract with an unknown field in an action", Target: func() any { return new(contract.Contract) }, Decode: decode,
			Input: `{"terms":{"actions":[{},{"room":"12"}]}}`, Path: "terms.actions[1].room", Cause: integracja.ErrUnknown},
		{Name: "a person with a field given twice", Target: func() any { return new(contract.Person) },
			Input: `{"id":"p-1","id":"p-2"}`, Path: "id", Cause: integracja.ErrDuplicate},
		{Name: "a person with an unknown field", Target: func() any { return new(contract.Person) },
			Input: `{"id":"p-1","nick":"x"}`, Path: "nick", Cause: integracja.ErrUnknown},
		{Name: "a lifecycle with a field given twice", Target: func() any { return new(contract.Lifecycle) },
			Input: `{"events":[],"events":[]}`, Path: "events", Cause: integracja.ErrDuplicate},
		{Name: "a lifecycle with an unknown field in an event", Target: func() any { return new(contract.Lifecycle) },
			Input: `{"events":[{"date":"2019-06-03","who":"x"}]}`, Path: "events[0].who", Cause: integracja.ErrUnknown},
	}
	jsontest.Strict(t, tests, integracja.FieldErrors, func(fe *integracja.FieldError) string { return fe.Path.String() })
}
