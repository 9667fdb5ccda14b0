package programme_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja/programme"
)

func TestLubiszynCatalogueComesOutAsTheDocumentStatesIt(t *testing.T) {
	p := lubiszyn()
	require.NoError(t, p.Validate())
	cat := p.Catalogue

	t.Run("each activity's quota reads as the document writes it", func(t *testing.T) {
		want := map[string]string{
			"zajecia_grupowe":          "64 godziny na grupę",
			"wolontariat":              "16 godzin na grupę",
			"warsztaty_uzaleznienia":   "16 godzin na grupę",
			"aktywizacja_zdrowotna":    "nie podano",
			"warsztaty_doradca":        "16 godzin na grupę",
			"konsultacje_doradca":      "9 godzin na uczestnika",
			"konsultacje_uzaleznienia": "9 godzin na uczestnika",
			"konsultacje_psycholog":    "9 godzin na uczestnika",
			"konsultacje_stylista":     "18 godzin na uczestnika",
			"opiekunka":                "100 godzin + 40 godzin praktyki na uczestnika",
			"kasy_fiskalne":            "8 godzin na uczestnika",
			"pracownik_gospodarczy":    "nie podano",
			"komputer":                 "16 godzin na uczestnika",
			"psu":                      "nie podano",
		}
		require.Len(t, cat.Activities, len(want))
		for _, a := range cat.Activities {
			assert.Equal(t, want[a.Code], a.Quota.Format(language.Polish), a.Code)
		}
	})

	t.Run("the hours add up by kind of activity", func(t *testing.T) {
		var workshops, consultations, trainings, practice programme.Hours
		notStated := 0
		for _, a := range cat.Activities {
			switch {
			case !a.Quota.Stated():
				notStated++
			case a.Mode == programme.Individual:
				consultations = consultations.Add(a.Quota.Total())
			case a.Group == programme.Educational:
				trainings = trainings.Add(a.Quota.Total())
				practice = practice.Add(a.Quota.Practice)
			default:
				workshops = workshops.Add(a.Quota.Total())
			}
		}
		assert.Equal(t, programme.HoursOf(112), workshops, "64 + 16 + 16 + 16")
		assert.Equal(t, programme.HoursOf(45), consultations, "9 + 9 + 9 + 18")
		assert.Equal(t, programme.HoursOf(164), trainings, "100 + 40 + 8 + 16")
		assert.Equal(t, programme.HoursOf(40), practice)
		assert.Equal(t, 3, notStated, "health activation, the caretaker's training and socially useful work")
	})

	t.Run("the home carer's training is 140 hours, 40 of them practice", func(t *testing.T) {
		a, ok := cat.Lookup("opiekunka")
		require.True(t, ok)
		assert.Equal(t, programme.HoursOf(140), a.Quota.Total())
		assert.Equal(t, "100 hours + 40 hours of practice per participant", a.Quota.Format(language.English))
	})

	t.Run("every participant plans the hours of every activity", func(t *testing.T) {
		assert.Equal(t, programme.HoursOf(321), cat.Planned(p.Participants[0]), "112 + 45 + 164")
	})

	t.Run("the context figures read as the document prints them", func(t *testing.T) {
		assert.Equal(t, "6726 osób", p.Context[0].Format(language.Polish))
		assert.Equal(t, "15,5%", p.Context[1].Format(language.Polish))
		assert.Equal(t, "15.5%", p.Context[1].Format(language.English))
	})

	t.Run("the nine women are counted by sex", func(t *testing.T) {
		f := p.Flows(d("2012-12-31"))
		assert.Equal(t, "9 (9K)", f.Continuing.Format(language.Polish))
	})
}

func TestQuotaFormatsEachUnitAndBasis(t *testing.T) {
	tests := []struct {
		q      programme.Quota
		pl, en string
	}{
		{programme.Quota{}, "nie podano", "not stated"},
		{programme.Quota{Hours: h("1"), Per: programme.PerParticipant}, "1 godzina na uczestnika", "1 hour per participant"},
		{programme.Quota{Hours: h("22"), Per: programme.PerGroup}, "22 godziny na grupę", "22 hours per group"},
		{programme.Quota{Hours: h("1.5"), Per: programme.InTotal}, "1,5 godziny łącznie", "1.5 hours in total"},
		{programme.Quota{Days: 14, Per: programme.PerParticipant}, "14 dni na uczestnika", "14 days per participant"},
		{programme.Quota{Months: 11, Per: programme.PerParticipant}, "11 miesięcy na uczestnika", "11 months per participant"},
		{programme.Quota{Months: 2, Per: programme.PerGroup}, "2 miesiące na grupę", "2 months per group"},
	}
	for _, tt := range tests {
		t.Run(tt.pl, func(t *testing.T) {
			assert.Equal(t, tt.pl, tt.q.Format(language.Polish))
			assert.Equal(t, tt.en, tt.q.Format(language.English))
		})
	}
}

func TestActivityIsForItsSubgroupsOrForEveryone(t *testing.T) {
	all := programme.Activity{Code: "x"}
	some := programme.Activity{Code: "y", Subgroups: []string{"alkohol", "niepelnosprawnosc"}}
	assert.True(t, all.For(nil), "an activity without subgroups is for everyone")
	assert.True(t, some.For([]string{"rodzice", "niepelnosprawnosc"}))
	assert.False(t, some.For([]string{"rodzice"}))
	assert.False(t, some.For(nil))
}

func TestCatalogueHourLengthOfAnActivityFallsBackToTheCatalogue(t *testing.T) {
	c := programme.Catalogue{HourLength: programme.Clock}
	assert.Equal(t, programme.Clock, c.HourLengthOf(programme.Activity{}))
	assert.Equal(t, programme.Academic, c.HourLengthOf(programme.Activity{HourLength: programme.Academic}))
}
