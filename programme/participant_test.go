package programme_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

func TestStatusFollowsTheEventsDayByDay(t *testing.T) {
	p3 := example(t).Participants[2] // enrolled 1.06, left for a job 4.09, came back 4.12.2023
	tests := []struct {
		on     string
		status programme.Status
		active bool
	}{
		{"2023-05-31", programme.StatusNotEnrolled, false},
		{"2023-06-01", programme.StatusActive, true},
		{"2023-09-03", programme.StatusActive, true},
		{"2023-09-04", programme.StatusLeftForJob, true}, // the day of leaving is a day of participation
		{"2023-09-05", programme.StatusLeftForJob, false},
		{"2023-12-03", programme.StatusLeftForJob, false},
		{"2023-12-04", programme.StatusActive, true},
		{"2030-01-01", programme.StatusActive, true},
	}
	for _, tt := range tests {
		t.Run(tt.on, func(t *testing.T) {
			assert.Equal(t, tt.status, p3.StatusAt(d(tt.on)))
			assert.Equal(t, tt.active, p3.ActiveOn(d(tt.on)))
		})
	}
}

func TestStatusLabelsAndCodes(t *testing.T) {
	assert.Equal(t, "left_for_job", programme.StatusLeftForJob.String())
	assert.Equal(t, "odszedł do pracy", programme.StatusLeftForJob.Label(language.Polish))
	s, err := programme.ParseStatus("dropped_out")
	require.NoError(t, err)
	assert.Equal(t, programme.StatusDroppedOut, s)
	assert.Equal(t, "Status(9)", programme.Status(9).String())
}

func TestProfileJoinsTheRecordAndTheEvents(t *testing.T) {
	p := example(t)
	t.Run("a participant who left for a job and came back has not left", func(t *testing.T) {
		pr := p.Participants[2].Profile()
		assert.Equal(t, d("2023-06-01"), pr.Entry)
		assert.True(t, pr.Exit.IsZero())
		assert.False(t, pr.Leaving.Any())
		assert.True(t, pr.Rural)
		assert.Equal(t, indicator.LongTermUnemployed, pr.Status)
		assert.NoError(t, pr.Validate())
	})
	t.Run("a completion is the exit, with its situation on leaving", func(t *testing.T) {
		pr := p.Participants[0].Profile()
		assert.Equal(t, d("2024-05-20"), pr.Exit)
		assert.Equal(t, indicator.Leaving{Qualification: true}, pr.Leaving)
		assert.Equal(t, 48, pr.AgeAtEntry())
		assert.NoError(t, pr.Validate())
	})
	t.Run("leaving for a job is being employed on leaving", func(t *testing.T) {
		pt := programme.Participant{ID: "x", Sex: indicator.Male, Events: []programme.Event{
			{Date: d("2023-06-01"), Kind: programme.Enrolled}, {Date: d("2023-07-01"), Kind: programme.LeftForJob}}}
		assert.True(t, pt.Profile().Leaving.Employed)
	})
	t.Run("the ESF indicators count the profiles", func(t *testing.T) {
		var profiles []indicator.Profile
		for _, pt := range p.Participants {
			profiles = append(profiles, pt.Profile())
		}
		disabled, err := indicator.LookupCommonIndicator("CO16")
		require.NoError(t, err)
		n, err := disabled.Count(profiles)
		require.NoError(t, err)
		assert.Equal(t, indicator.Count{Men: 1}, n)
	})
}

func TestSexAndBirthDateComeFromTheAttachedPersonWhenNotStated(t *testing.T) {
	pt := programme.Participant{ID: "x", Person: &contract.Person{PESEL: pesel("1980-03-07", true)}}
	assert.Equal(t, indicator.Male, pt.EffectiveSex())
	assert.Equal(t, d("1980-03-07"), pt.EffectiveBirthDate().Reveal())
	pt.Sex, pt.BirthDate = indicator.Female, programme.NewBirthDate(d("1981-01-01"))
	assert.Equal(t, indicator.Female, pt.EffectiveSex(), "a stated value is kept; Validate reports the conflict")
	assert.Equal(t, d("1981-01-01"), pt.EffectiveBirthDate().Reveal())
	assert.Equal(t, indicator.SexUnspecified, programme.Participant{}.EffectiveSex())
}

func TestCompletionsApplyTheRule(t *testing.T) {
	p := example(t)
	got := p.Completions(p.Period.To)
	want := []programme.Completion{
		{Participant: "P-01", Planned: h("30"), Attended: h("30"), Applicable: true, Met: true},
		{Participant: "P-02", Planned: h("36"), Attended: h("10"), Applicable: true, Met: false},
		{Participant: "P-03", Planned: h("16"), Attended: h("14"), Applicable: true, Met: true},
		{Participant: "P-04", Planned: h("16"), Attended: h("13.5"), Applicable: true, Met: true},
	}
	assert.Equal(t, want, got)
	share, ok := got[3].Share()
	require.True(t, ok)
	assert.Equal(t, "84.38", share.StringFixed(2), "13,5 of 16 hours")

	t.Run("earlier, fewer hours are attended", func(t *testing.T) {
		early := p.Completions(d("2023-06-30"))
		assert.Equal(t, h("10"), early[0].Attended, "8 of the workshops and 2 of consultations; the hour of social work is planned for no one")
		assert.False(t, early[0].Met)
	})
	t.Run("without a rule nothing is decided", func(t *testing.T) {
		p.Completion = programme.CompletionRule{}
		c := p.Completions(p.Period.To)[0]
		assert.False(t, c.Applicable)
		assert.False(t, c.Met)
		assert.Equal(t, h("30"), c.Planned)
	})
	t.Run("with no hours planned the rule decides nothing", func(t *testing.T) {
		c := brzeszcze()
		c.Completion = programme.CompletionRule{MinShare: decimal.NewFromInt(80)}
		assert.False(t, c.Completions(december31)[0].Applicable)
	})
}

func TestCompletionRuleFormatsAndRoundTrips(t *testing.T) {
	r := programme.CompletionRule{MinShare: decimal.RequireFromString("66.67")}
	assert.Equal(t, "ukończenie: co najmniej 66,67% zaplanowanych godzin", r.Format(language.Polish))
	assert.Equal(t, "completion: at least 66.67% of the planned hours", r.Format(language.English))
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Equal(t, `{"minShare":"66.67"}`, string(b))
	var again programme.CompletionRule
	require.NoError(t, json.Unmarshal(b, &again))
	assert.True(t, r.MinShare.Equal(again.MinShare))
	assert.Equal(t, "brak reguły ukończenia", programme.CompletionRule{}.Format(language.Polish))
}

func TestEnumsParseTheirCodes(t *testing.T) {
	for _, tt := range []struct {
		parse func(string) (string, error)
		codes []string
	}{
		{func(s string) (string, error) { v, err := programme.ParseOperatorKind(s); return v.String(), err },
			[]string{"ops", "mops", "gops", "pcpr", "cus", "kis", "cis", "ngo"}},
		{func(s string) (string, error) { v, err := programme.ParseGroup(s); return v.String(), err },
			[]string{"social", "vocational", "educational", "health", "community", "social_work", "local_activity",
				"family_assistance", "streetworking", "benefit", "socially_useful_work"}},
		{func(s string) (string, error) { v, err := programme.ParseEventKind(s); return v.String(), err },
			[]string{"enrolled", "dropped_out", "left_for_job", "came_back", "completed", "took_job"}},
		{func(s string) (string, error) { v, err := programme.ParseDropoutReason(s); return v.String(), err },
			[]string{"relapse", "no_cooperation", "no_regularity", "moved_away", "inpatient_treatment", "childcare", "other"}},
		{func(s string) (string, error) { v, err := programme.ParseSpecialist(s); return v.String(), err },
			[]string{"career_adviser", "addiction_therapist", "kis_leader", "other"}},
		{func(s string) (string, error) { v, err := programme.ParseMode(s); return v.String(), err }, []string{"group", "individual"}},
		{func(s string) (string, error) { v, err := programme.ParsePer(s); return v.String(), err }, []string{"participant", "group", "total"}},
		{func(s string) (string, error) { v, err := programme.ParseHourLength(s); return v.String(), err }, []string{"clock", "academic"}},
		{func(s string) (string, error) { v, err := programme.ParseFigureUnit(s); return v.String(), err },
			[]string{"people", "families", "percent", "number"}},
	} {
		for _, c := range tt.codes {
			got, err := tt.parse(c)
			require.NoError(t, err, c)
			assert.Equal(t, c, got)
		}
		_, err := tt.parse("Social Work")
		assert.Error(t, err)
	}
	assert.True(t, programme.Health.IsInstrument())
	assert.False(t, programme.Community.IsInstrument())
	assert.True(t, programme.GOPS.IsSocialAssistanceCentre())
	assert.False(t, programme.KIS.IsSocialAssistanceCentre())
	assert.Equal(t, "długoterminowe stacjonarne leczenie odwykowe", programme.InpatientTreatment.Label(language.Polish))
	_, err := programme.ParseGroup("x")
	assert.Contains(t, integracja.Localize(err, language.Polish), "nie można odczytać grupy działań")
}
