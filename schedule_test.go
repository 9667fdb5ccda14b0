package integracja_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// psuRate is the minimum hourly benefit for socially useful work (art. 73a
// ust. 3 u.p.z.; doc/law.md#psu-rate) as a test schedule: 10,90 zł from
// 1.06.2023 is recorded there; 8,10 zł was in force in 2014 and 2017, and
// the date of its step here is illustrative, not the day it took effect.
func psuRate() integracja.Schedule[string] {
	return integracja.MustSchedule(
		integracja.Step[string]{From: integracja.MustParseDate("2023-06-01"), Value: "10,90 zł", Basis: "art. 73a ust. 3 u.p.z."},
		integracja.Step[string]{From: integracja.MustParseDate("2017-01-01"), Value: "8,10 zł", Basis: "art. 73a ust. 3 u.p.z."},
	)
}

func TestScheduleValueOnBothSidesOfAChange(t *testing.T) {
	s := psuRate()
	tests := []struct {
		name, on, want string
		ok             bool
	}{
		{"before the first step there is no value", "2016-12-31", "", false},
		{"on the first step's date its value applies", "2017-01-01", "8,10 zł", true},
		{"the day before a change the old value applies", "2023-05-31", "8,10 zł", true},
		{"on the day of a change the new value applies", "2023-06-01", "10,90 zł", true},
		{"long after the last step it still applies", "2030-01-01", "10,90 zł", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := s.ValueAt(integracja.MustParseDate(tt.on))
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, v)
		})
	}
	st, _ := s.At(integracja.MustParseDate("2024-01-01"))
	assert.Equal(t, "art. 73a ust. 3 u.p.z.", st.Basis)
	assert.Equal(t, 2, s.Len())
	assert.Equal(t, "2017-01-01", s.Steps()[0].From.String(), "steps are kept in date order")
}

func TestScheduleOverlayLeavesTheShippedScheduleAlone(t *testing.T) {
	shipped := psuRate()
	reform, err := shipped.With(
		integracja.Step[string]{From: integracja.MustParseDate("2023-06-01"), Value: "11,00 zł", Basis: "overlay"},
		integracja.Step[string]{From: integracja.MustParseDate("2025-06-01"), Value: "27,70 zł", Basis: "u.r.p."},
	)
	require.NoError(t, err)
	v, _ := reform.ValueAt(integracja.MustParseDate("2024-01-01"))
	assert.Equal(t, "11,00 zł", v, "the overlay replaces a step on the same date")
	v, _ = reform.ValueAt(integracja.MustParseDate("2025-06-01"))
	assert.Equal(t, "27,70 zł", v, "the overlay adds a step on a new date")
	v, _ = shipped.ValueAt(integracja.MustParseDate("2025-06-01"))
	assert.Equal(t, "10,90 zł", v, "the shipped schedule is unchanged")
	assert.Equal(t, 3, reform.Len())

	steps := shipped.Steps()
	steps[0].Value = "changed"
	v, _ = shipped.ValueAt(integracja.MustParseDate("2018-01-01"))
	assert.Equal(t, "8,10 zł", v, "Steps returns a copy")
}

func TestScheduleRejectsBadSteps(t *testing.T) {
	_, err := integracja.NewSchedule(
		integracja.Step[int]{From: integracja.MustParseDate("2020-01-01"), Value: 1},
		integracja.Step[int]{Value: 2},
		integracja.Step[int]{From: integracja.MustParseDate("2020-01-01"), Value: 3},
	)
	fes := integracja.FieldErrors(err)
	require.Len(t, fes, 2)
	assert.Equal(t, "[1].from", fes[0].Path.String())
	assert.ErrorIs(t, fes[0], integracja.ErrRequired)
	assert.Equal(t, "[2].from", fes[1].Path.String())
	assert.ErrorIs(t, fes[1], integracja.ErrDuplicate)

	_, err = psuRate().With(integracja.Step[string]{Value: "x"})
	assert.ErrorIs(t, err, integracja.ErrRequired)

	var zero integracja.Schedule[int]
	_, ok := zero.At(integracja.MustParseDate("2020-01-01"))
	assert.False(t, ok, "the zero schedule has no value")
}

func TestScheduleJSONRoundTrip(t *testing.T) {
	s := integracja.MustSchedule(integracja.Step[decimal.Decimal]{From: integracja.MustParseDate("2009-03-09"),
		Value: decimal.RequireFromString("10.5"), Basis: "Zasady 7.1.1"})
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"from":"2009-03-09","value":"10.5","basis":"Zasady 7.1.1"}]`, string(b))
	var back integracja.Schedule[decimal.Decimal]
	require.NoError(t, json.Unmarshal(b, &back))
	v, ok := back.ValueAt(integracja.MustParseDate("2011-01-01"))
	require.True(t, ok)
	assert.True(t, v.Equal(decimal.RequireFromString("10.50")))

	err = json.Unmarshal([]byte(`[{"from":"2009-03-09","value":"1"},{"from":"2009-03-09","value":"2"}]`), &back)
	assert.ErrorIs(t, err, integracja.ErrDuplicate)
}

func TestFinding(t *testing.T) {
	f := integracja.Finding{
		Rule: "budget.cross_financing_max", Severity: integracja.Violation,
		Path:     integracja.NewPath("budget"),
		Measured: decimal.RequireFromString("12.5"), Limit: decimal.NewFromInt(10), Unit: "%",
		Basis:   "Wytyczne 2014-2020",
		Message: integracja.Text{PL: "cross-financing 12,5% przekracza 10%", EN: "cross-financing 12.5% exceeds 10%"},
	}
	assert.Equal(t, "naruszenie [budget.cross_financing_max] budget: cross-financing 12,5% przekracza 10% (Wytyczne 2014-2020)", f.String())
	assert.Equal(t, "violation [budget.cross_financing_max] budget: cross-financing 12.5% exceeds 10% (Wytyczne 2014-2020)", f.Format(language.English))
	assert.Equal(t, integracja.Violation, integracja.Worst([]integracja.Finding{{Severity: integracja.Warning}, f}))
	assert.Equal(t, integracja.Info, integracja.Worst(nil))

	b, err := json.Marshal(f)
	require.NoError(t, err)
	var back integracja.Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f.Rule, back.Rule)
	assert.Equal(t, f.Severity, back.Severity)
	assert.Equal(t, f.Path, back.Path)
	assert.True(t, f.Measured.Equal(back.Measured))
	assert.Equal(t, f.Message, back.Message)
	assert.Contains(t, string(b), `"severity":"violation"`)

	assert.Equal(t, "Severity(9)", integracja.Severity(9).String(), "an unknown severity prints, never panics")
	_, err = integracja.ParseSeverity("fatal")
	assert.ErrorIs(t, err, integracja.ErrInvalid)
}

func TestScheduleJSONRejectsUnknownFields(t *testing.T) {
	var s integracja.Schedule[int]
	err := json.Unmarshal([]byte(`[{"from":"2020-01-01","value":1,"valu":2}]`), &s)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "valu")
	assert.Equal(t, 0, s.Len(), "a rejected schedule leaves the value as it was")
}

func TestScheduleJSONReportsThePathOfTheBadStep(t *testing.T) {
	tests := []struct {
		name, input, path string
		cause             error
	}{
		{"an unknown field in the second step", `[{"from":"2020-01-01","value":1},{"from":"2021-01-01","value":2,"valu":3}]`,
			"[1].valu", integracja.ErrUnknown},
		{"a bad date in the second step", `[{"from":"2020-01-01","value":1},{"from":"2021-02-30","value":2}]`,
			"[1].from", integracja.ErrInvalid},
		{"a value of the wrong type", `[{"from":"2020-01-01","value":"one"}]`, "[0].value", integracja.ErrInvalid},
		{"a basis that is not text", `[{"from":"2020-01-01","value":1,"basis":7}]`, "[0].basis", integracja.ErrInvalid},
		{"a step that is not an object", `[{"from":"2020-01-01","value":1},5]`, "[1]", integracja.ErrInvalid},
		{"a field given twice", `[{"from":"2020-01-01","value":1,"from":"2021-01-01"}]`, "[0].from", integracja.ErrDuplicate},
		{"a field given in another case", `[{"from":"2020-01-01","Value":1}]`, "[0].Value", integracja.ErrUnknown},
		{"a schedule that is not a list", `{"from":"2020-01-01"}`, "", integracja.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s integracja.Schedule[int]
			err := json.Unmarshal([]byte(tt.input), &s)
			require.Error(t, err)
			fes := integracja.FieldErrors(err)
			require.Len(t, fes, 1, "%v", err)
			assert.Equal(t, tt.path, fes[0].Path.String(), "%v", err)
			assert.ErrorIs(t, err, tt.cause)
			assert.Equal(t, 0, s.Len(), "a rejected schedule leaves the value as it was")
		})
	}
	t.Run("every decoding problem is reported; the dates are checked once the steps decode", func(t *testing.T) {
		var s integracja.Schedule[int]
		err := json.Unmarshal([]byte(`[{"from":"2020-01-01","value":1,"valu":2},{"FROM":"2021-01-01","value":"x"},{"from":"2020-01-01"}]`), &s)
		var got []string
		for _, fe := range integracja.FieldErrors(err) {
			got = append(got, fe.Path.String()+": "+fe.Err.(*integracja.Cause).Code())
		}
		assert.Equal(t, []string{"[0].valu: unknown", "[1].FROM: unknown", "[1].value: invalid"}, got, "%v", err)
	})
	t.Run("the detail names the field wanted", func(t *testing.T) {
		var s integracja.Schedule[int]
		err := json.Unmarshal([]byte(`[{"FROM":"2020-01-01","value":7}]`), &s)
		assert.EqualError(t, err, `[0].FROM: unknown value: unknown field; letter case matters, the field is named "from"`)
		assert.Equal(t, `[0].FROM: nieznana wartość: nieznane pole; wielkość liter ma znaczenie, pole nazywa się "from"`,
			integracja.Localize(err, language.Polish))
	})
	t.Run("null leaves the schedule as it was", func(t *testing.T) {
		s := integracja.MustSchedule(integracja.Step[int]{From: integracja.MustParseDate("2020-01-01"), Value: 7})
		require.NoError(t, json.Unmarshal([]byte(`null`), &s))
		assert.Equal(t, 1, s.Len())
	})
}
