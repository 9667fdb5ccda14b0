package budget

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/jsonx/jsontest"
)

func TestBudgetJSON(t *testing.T) {
	t.Run("a budget round-trips through JSON without loss", func(t *testing.T) {
		b := testBudget()
		b.FigureMap = &FigureMap{CrossFinancing: []string{CatPromotion}, FixedAssets: []string{CatPromotion}}
		b.Ledger = append(b.Ledger, Line{Date: integracja.MustParseDate("2014-10-10"), Category: CatIndirect,
			Amount: PLN(bdec("0.125")), Description: "ułamek grosza zostaje"})
		data, err := json.Marshal(b)
		require.NoError(t, err)
		back, err := DecodeBudget(data)
		require.NoError(t, err)
		assert.True(t, back.Equal(b))
		assert.True(t, back.Ledger[len(back.Ledger)-1].Amount.Decimal().Equal(bdec("0.125")))
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(data), string(again))
	})
	t.Run("amounts are quoted decimals and codes are lowercase words", func(t *testing.T) {
		data, err := json.Marshal(testBudget())
		require.NoError(t, err)
		s := string(data)
		assert.Contains(t, s, `"period":{"from":"2014-01-01","to":"2014-12-31"}`)
		assert.Contains(t, s, `{"code":"management","name":{"pl":"zarządzanie projektem","en":"project management"},"kind":"management"}`)
		assert.Contains(t, s, `"amount":{"amount":"12345.67","currency":"PLN"}`)
		assert.Contains(t, s, `{"code":"fp","name":{"pl":"Fundusz Pracy – PSU","en":"Labour Fund – socially useful work"},"kind":"labour_fund","outsideBudget":true,"planned":{"amount":"20000.00","currency":"PLN"}}`)
		assert.Contains(t, s, `"amount":{"amount":"-1000.00","currency":"PLN"},"description":"korekta faktury FV/1/2014","document":"KOR/1/2014","source":"efs"`)
		assert.NotContains(t, s, `"figureMap"`, "a budget without a figure map writes none")
		b := testBudget()
		b.FigureMap = &FigureMap{CrossFinancing: []string{CatPromotion}}
		data, err = json.Marshal(b)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"figureMap":{"crossFinancing":["promotion"]}`)
	})
	t.Run("an empty figure map is kept apart from none", func(t *testing.T) {
		b, err := DecodeBudget([]byte(`{"figureMap":{}}`))
		require.NoError(t, err)
		require.NotNil(t, b.FigureMap)
		assert.Equal(t, FigureMap{}, *b.FigureMap)
		data, err := json.Marshal(b)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"figureMap":{}`)
		assert.False(t, b.Equal(Budget{Period: b.Period, Categories: b.Categories}), "no map is not an empty map")
	})
	bad := []struct {
		name, json, path string
		cause            error
	}{
		{"an unknown field of a ledger line",
			`{"ledger":[{"date":"2014-01-01"},{"categry":"x"}]}`, "ledger[1].categry", integracja.ErrUnknown},
		{"an unknown field at the top",
			`{"period":{"from":"2014-01-01","to":"2014-12-31"},"total":5}`, "total", integracja.ErrUnknown},
		{"an amount given as a JSON number",
			`{"ledger":[{},{"amount":{"amount":12.5,"currency":"PLN"}}]}`, "ledger[1].amount.amount", integracja.ErrInvalid},
		{"an amount with an exponent",
			`{"plan":[{"category":"a","amount":{"amount":"1e9","currency":"PLN"}}]}`, "plan[0].amount.amount", integracja.ErrInvalid},
		{"a malformed date",
			`{"ledger":[{"date":"2014-02-30"}]}`, "ledger[0].date", integracja.ErrInvalid},
		{"a category list that is an object",
			`{"categories":{"code":"a"}}`, "categories", integracja.ErrInvalid},
		{"an unknown cost kind",
			`{"categories":[{"code":"a","name":{"pl":"A"},"kind":"overhead"}]}`, "categories[0].kind", integracja.ErrInvalid},
		{"a repeated category code",
			`{"categories":[{"code":"a","name":{"pl":"A"}},{"code":"a","name":{"pl":"B"}}]}`, "categories[1].code", integracja.ErrDuplicate},
		{"an unknown field inside a category",
			`{"categories":[{"code":"a","name":{"pl":"A"},"colour":"red"}]}`, "categories[0].colour", integracja.ErrUnknown},
		{"an unknown source kind",
			`{"sources":[{"code":"x","kind":"bank"}]}`, "sources[0].kind", integracja.ErrInvalid},
		{"a flag that is a string",
			`{"sources":[{"code":"x","outsideBudget":"yes"}]}`, "sources[0].outsideBudget", integracja.ErrInvalid},
		{"an unknown list of the figure map",
			`{"figureMap":{"crossFinancing":["a"],"assets":["a"]}}`, "figureMap.assets", integracja.ErrUnknown},
		{"a figure map's list that is a string",
			`{"figureMap":{"fixedAssets":"a"}}`, "figureMap.fixedAssets", integracja.ErrInvalid},
		{"a bad currency code",
			`{"ledger":[{"amount":{"amount":"1.00","currency":"zł"}}]}`, "ledger[0].amount.currency", ErrCurrency},
	}
	for _, tt := range bad {
		t.Run("decoding rejects "+tt.name+" with its path", func(t *testing.T) {
			_, err := DecodeBudget([]byte(tt.json))
			require.Error(t, err)
			var fe *integracja.FieldError
			require.True(t, errors.As(err, &fe), "%v", err)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes)
			assert.Equal(t, tt.path, fes[0].Path.String(), "%v", err)
			assert.ErrorIs(t, err, tt.cause)
		})
	}
	t.Run("trailing data and malformed JSON are rejected", func(t *testing.T) {
		_, err := DecodeBudget([]byte(`{} {}`))
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		_, err = DecodeBudget([]byte(`{"ledger":[`))
		assert.ErrorIs(t, err, integracja.ErrInvalid)
	})
	t.Run("decoding does not validate the content", func(t *testing.T) {
		b, err := DecodeBudget([]byte(`{"ledger":[{"category":"nowhere"}]}`))
		require.NoError(t, err)
		assert.True(t, strings.Contains(integracja.Localize(b.Validate(), language.Polish), "ledger[0].category"))
	})
}

func TestReportJSON(t *testing.T) {
	t.Run("a report encodes every figure exactly and decodes to the same JSON", func(t *testing.T) {
		r, err := testBudget().Report(32)
		require.NoError(t, err)
		data, err := json.Marshal(r)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"execution":{"part":"19000","whole":"60000"}`)
		assert.Contains(t, string(data), `"perParticipant":{"amount":"593.75","currency":"PLN"}`)
		var back Report
		require.NoError(t, integracja.DecodeJSON(data, &back))
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(data), string(again))
		assert.True(t, back.Rows[0].Execution.Equal(r.Rows[0].Execution))
		assert.Equal(t, r.Format(language.Polish), back.Format(language.Polish))
	})
	t.Run("a proportion's terms are required plain decimals", func(t *testing.T) {
		for _, tt := range []struct{ json, path string }{
			{`{"part":"1"}`, "whole"},
			{`{"part":"1e3","whole":"2"}`, "part"},
			{`{"part":"1","whole":2}`, "whole"},
			{`{"part":"1","whole":"2","pct":"50"}`, "pct"},
		} {
			var p Proportion
			err := integracja.DecodeJSON([]byte(tt.json), &p)
			require.Error(t, err, tt.json)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes, tt.json)
			assert.Equal(t, tt.path, fes[0].Path.String(), tt.json)
		}
	})
	t.Run("a reconciliation encodes its outcome and figures", func(t *testing.T) {
		total, parts := brzeszczeFigures(t)
		r, err := Reconcile(total, parts...)
		require.NoError(t, err)
		data, err := json.Marshal(r)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"outcome":"missing_parts"`)
		assert.Contains(t, string(data), `"missing":{"amount":"46811.60","currency":"PLN"}`)
		assert.Contains(t, string(data), `"raw":"17 19 05 zł"`)
		var back Reconciliation
		require.NoError(t, integracja.DecodeJSON(data, &back))
		assert.Equal(t, MissingParts, back.Outcome)
		assert.Equal(t, []int{4, 5}, back.Unreadable)
		assert.True(t, back.Missing.Equal(r.Missing))
		assert.Equal(t, r.Format(language.English), back.Format(language.English))
	})
}

func TestResultCodes(t *testing.T) {
	t.Run("outcomes, sides and bases parse back from their codes", func(t *testing.T) {
		for o := Consistent; o <= Undetermined; o++ {
			b, err := o.MarshalText()
			require.NoError(t, err)
			var back Outcome
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, o, back)
		}
		for _, s := range []Side{TotalExceedsParts, PartsExceedTotal} {
			b, err := s.MarshalText()
			require.NoError(t, err)
			var back Side
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, s, back)
		}
		for _, x := range []Basis{PlannedBasis, SpentBasis} {
			b, err := x.MarshalText()
			require.NoError(t, err)
			var back Basis
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, x, back)
		}
	})
	t.Run("unknown values neither marshal nor parse", func(t *testing.T) {
		_, err := Outcome(9).MarshalText()
		assert.Error(t, err)
		_, err = Side(9).MarshalText()
		assert.Error(t, err)
		_, err = Basis(9).MarshalText()
		assert.Error(t, err)
		var o Outcome
		assert.ErrorIs(t, o.UnmarshalText([]byte("fine")), integracja.ErrInvalid)
		var s Side
		assert.ErrorIs(t, s.UnmarshalText([]byte("left")), integracja.ErrInvalid)
		var b Basis
		assert.ErrorIs(t, b.UnmarshalText([]byte("actual")), integracja.ErrInvalid)
	})
}

// TestJSONUnmarshalIsAsStrictAsDecode gives json.Unmarshal, into each type
// of the package that decodes itself, a field given twice and an unknown
// field, and checks the path and cause; where the type has a Decode…
// function, that function must say the same.
func TestJSONUnmarshalIsAsStrictAsDecode(t *testing.T) {
	decodeBudget := func(b []byte) error { _, err := DecodeBudget(b); return err }
	decodeRuleSet := func(b []byte) error { _, err := DecodeRuleSet(b); return err }
	tests := []jsontest.Case{
		{Name: "a budget with a field given twice", Target: func() any { return new(Budget) }, Decode: decodeBudget,
			Input: `{"name":"a","name":"b"}`, Path: "name", Cause: integracja.ErrDuplicate},
		{Name: "a budget with an unknown field in a ledger line", Target: func() any { return new(Budget) }, Decode: decodeBudget,
			Input: `{"ledger":[{},{"colour":1}]}`, Path: "ledger[1].colour", Cause: integracja.ErrUnknown},
		{Name: "a rule set with a field given twice", Target: func() any { return new(RuleSet) }, Decode: decodeRuleSet,
			Input: `{"rules":[{"code":"a","code":"b"}]}`, Path: "rules[0].code", Cause: integracja.ErrDuplicate},
		{Name: "a rule set with an unknown field", Target: func() any { return new(RuleSet) }, Decode: decodeRuleSet,
			Input: `{"rules":[{},{"colour":1}]}`, Path: "rules[1].colour", Cause: integracja.ErrUnknown},
		{Name: "money with a field given twice", Target: func() any { return new(Money) },
			Input: `{"amount":"1.00","amount":"2.00","currency":"PLN"}`, Path: "amount", Cause: integracja.ErrDuplicate},
		{Name: "money with an unknown field", Target: func() any { return new(Money) },
			Input: `{"amount":"1.00","currency":"PLN","rate":1}`, Path: "rate", Cause: integracja.ErrUnknown},
		{Name: "a catalogue with a field given twice", Target: func() any { return new(Catalogue) },
			Input: `[{"code":"a","code":"b"}]`, Path: "[0].code", Cause: integracja.ErrDuplicate},
		{Name: "a catalogue with an unknown field", Target: func() any { return new(Catalogue) },
			Input: `[{"code":"a","name":{"pl":"A"},"colour":1}]`, Path: "[0].colour", Cause: integracja.ErrUnknown},
		{Name: "a proportion with a field given twice", Target: func() any { return new(Proportion) },
			Input: `{"part":"1","part":"2","whole":"3"}`, Path: "part", Cause: integracja.ErrDuplicate},
		{Name: "a proportion with an unknown field", Target: func() any { return new(Proportion) },
			Input: `{"part":"1","whole":"3","pct":"33"}`, Path: "pct", Cause: integracja.ErrUnknown},
	}
	jsontest.Strict(t, tests, integracja.FieldErrors, func(fe *integracja.FieldError) string { return fe.Path.String() })
}
