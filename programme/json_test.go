package programme_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/programme"
)

func TestTheExampleFileRoundTripsWithoutLoss(t *testing.T) {
	p := example(t)
	b, err := programme.Encode(p)
	require.NoError(t, err)
	again, err := programme.Decode(b)
	require.NoError(t, err)
	assert.True(t, p.Equal(again), "decode → encode → decode changed the programme:\n%s", b)
	twice, err := programme.Encode(again)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(twice), "the encoding is stable")
}

func TestTheFixturesRoundTripWithoutLoss(t *testing.T) {
	for name, p := range map[string]programme.Programme{"Lubiszyn": lubiszyn(), "Brzeszcze": brzeszcze()} {
		t.Run(name, func(t *testing.T) {
			b, err := json.Marshal(p)
			require.NoError(t, err)
			var again programme.Programme
			require.NoError(t, json.Unmarshal(b, &again))
			assert.True(t, p.Equal(again), "round trip changed the programme:\n%s", b)
			assert.NoError(t, again.Validate())
		})
	}
}

func TestEqualTellsProgrammesApart(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *programme.Programme)
	}{
		{"another name", func(p *programme.Programme) { p.Name = "x" }},
		{"another grant", func(p *programme.Programme) { p.Funds.Grant.Raw = "1 zł" }},
		{"another quota", func(p *programme.Programme) { p.Catalogue.Activities[0].Quota.Hours = h("13") }},
		{"another event", func(p *programme.Programme) { p.Participants[1].Events[1].Reason = programme.MovedAway }},
		{"another birth date", func(p *programme.Programme) { p.Participants[1].BirthDate = programme.NewBirthDate(d("1968-11-04")) }},
		{"another session", func(p *programme.Programme) { p.Attendance[3].Hours = h("2.5") }},
		{"another share", func(p *programme.Programme) { p.Completion.MinShare = p.Completion.MinShare.Add(p.Completion.MinShare) }},
		{"no budget", func(p *programme.Programme) { p.Budget = nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, q := example(t), example(t)
			tt.change(&q)
			assert.False(t, p.Equal(q))
		})
	}
}

func TestDecodeIsStrictAndNamesThePath(t *testing.T) {
	valid, err := os.ReadFile("testdata/example.json")
	require.NoError(t, err)
	// replace returns the example file with one change, which must apply.
	replace := func(old, new string) string {
		require.Contains(t, string(valid), old)
		return strings.Replace(string(valid), old, new, 1)
	}
	tests := []struct {
		name, input, want string
	}{
		{"an unknown field at the top", replace(`"edition": "II",`, `"edition": "II", "editon": "III",`), "editon: unknown"},
		{"an unknown field deep inside", replace(`{"date": "2023-06-01", "kind": "enrolled"}`, `{"date": "2023-06-01", "kind": "enrolled", "why": "x"}`),
			"participants[0].events[0].why: unknown"},
		{"an unknown code", replace(`"kind": "dropped_out"`, `"kind": "droped_out"`), "participants[1].events[1].kind: invalid"},
		{"a malformed date", replace(`"date": "2023-06-02"`, `"date": "2023-6-2"`), "attendance[0].date: invalid"},
		{"hours as a string", replace(`"hours": 1.5`, `"hours": "1.5"`), "attendance[4].hours: invalid"},
		{"hours with three decimal places", replace(`"hours": 1.5`, `"hours": 1.505`), "attendance[4].hours: invalid"},
		{"hours in exponent notation", replace(`"hours": 1.5`, `"hours": 15e-1`), "attendance[4].hours: invalid"},
		{"negative hours", replace(`"hours": 1.5`, `"hours": -1.5`), "attendance[4].hours: invalid"},
		{"a figure's value in exponent notation", replace(`"value": "9.5"`, `"value": "95e-1"`), "context[1].value: invalid"},
		{"a figure's value as a number", replace(`"value": "9.5"`, `"value": 9.5`), "context[1].value: invalid"},
		{"a share in exponent notation", replace(`"minShare": "80"`, `"minShare": "8e1"`), "completionRule.minShare: invalid"},
		{"money with a bad amount", replace(`"amount": "84130.00"`, `"amount": "84 130,00"`), "budget.sources[0].planned.amount: invalid"},
		{"a list where a text belongs", replace(`"edition": "II"`, `"edition": ["II"]`), "edition: invalid"},
		{"trailing data", string(valid) + `{}`, ": invalid"},
		{"a field given twice", replace(`"edition": "II",`, `"edition": "II", "edition": "III",`), "edition: duplicate"},
		{"a field given twice deep inside", replace(`"reason": "relapse"`, `"reason": "relapse", "reason": "moved_away"`),
			"participants[1].events[1].reason: duplicate"},
		{"a field in another letter case", replace(`"edition": "II",`, `"Edition": "II",`), "Edition: unknown"},
		{"a sex that is not one", replace(`"sex": "female"`, `"sex": "X"`), "participants[0].sex: invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := programme.Decode([]byte(tt.input))
			require.Error(t, err)
			assert.Equal(t, []string{tt.want}, problemsWithRoot(err))
			var viaUnmarshal programme.Programme
			err2 := json.Unmarshal([]byte(tt.input), &viaUnmarshal)
			require.Error(t, err2, "json.Unmarshal is as strict as Decode")
			if !strings.HasPrefix(tt.name, "trailing") { // encoding/json finds trailing data itself
				assert.Equal(t, problemsWithRoot(err), problemsWithRoot(err2))
			}
		})
	}
}

// problemsWithRoot is problems, for errors whose path may be the root.
func problemsWithRoot(err error) []string {
	out := problems(err)
	if len(out) == 0 && err != nil {
		return []string{"?: " + err.Error()}
	}
	return out
}

func TestDecodeNeverShowsABirthDateItCannotRead(t *testing.T) {
	valid, err := os.ReadFile("testdata/example.json")
	require.NoError(t, err)
	for _, bad := range []string{"1975-02-30", "12.04.1975", "1975-4-12", "19750412"} {
		input := strings.Replace(string(valid), `"birthDate": "1975-04-12"`, `"birthDate": "`+bad+`"`, 1)
		_, err := programme.Decode([]byte(input))
		require.Error(t, err, bad)
		assert.Equal(t, []string{"participants[0].birthDate: invalid"}, problems(err))
		for _, lang := range []language.Tag{language.Polish, language.English} {
			msg := integracja.Localize(err, lang)
			assert.NotContains(t, msg, bad)
			assert.NotContains(t, msg, "1975")
		}
	}
}

func TestDecodeReadsTheEmptyProgrammeAndNull(t *testing.T) {
	p, err := programme.Decode([]byte(`{}`))
	require.NoError(t, err)
	assert.Equal(t, []string{"name: required", "operator.kind: required", "operator.name: required", "period: required"},
		problems(p.Validate()))

	q := example(t)
	require.NoError(t, json.Unmarshal([]byte(`null`), &q))
	assert.Equal(t, "Razem do pracy", q.Name, "null leaves a programme as it is")
}

func TestEncodeCarriesTheBirthDateForStorage(t *testing.T) {
	b, err := programme.Encode(example(t))
	require.NoError(t, err)
	assert.Contains(t, string(b), `"birthDate": "1975-04-12"`)
	assert.Contains(t, string(b), `"hours": 1.5`)
	assert.Contains(t, string(b), `"value": "9.5"`)
	assert.Contains(t, string(b), `"minShare": "80"`)
}

func TestEncodeRefusesWhatDecodeWouldReject(t *testing.T) {
	p := example(t)
	p.Attendance[0].Hours = h("1").Sub(h("2"))
	_, err := programme.Encode(p)
	assert.Error(t, err, "negative hours")

	p = example(t)
	p.Participants[0].BirthDate = programme.NewBirthDate(integracja.Date{Year: 1975, Month: 2, Day: 30})
	_, err = programme.Encode(p)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "1975")
	var me *json.MarshalerError
	assert.True(t, errors.As(err, &me))
}
