package indicator

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestAgeBandSchemes(t *testing.T) {
	type probe struct {
		sex  Sex
		age  int
		band int
	}
	tests := []struct {
		name   string
		bands  AgeBands
		code   string
		labels []string
		probes []probe
	}{
		{"ESF 2014-2020 splits at 25 and 55", ESF2014AgeBands(), "esf_2014",
			[]string{"poniżej 25 lat", "25–54 lata", "55 lat i więcej"},
			[]probe{{Female, 0, 0}, {Female, 24, 0}, {Male, 25, 1}, {Male, 54, 1}, {SexUnspecified, 55, 2}, {Female, 99, 2}}},
		{"ESF+ splits at 18, 30 and 55", ESFPlusAgeBands(), "esf_plus",
			[]string{"poniżej 18 lat", "18–29 lat", "30–54 lata", "55 lat i więcej"},
			[]probe{{Female, 17, 0}, {Female, 18, 1}, {Male, 29, 1}, {Male, 30, 2}, {SexUnspecified, 54, 2}, {Female, 55, 3}}},
		{"GUS working age ends at 59 for women and 64 for men", WorkingAgeGUS(), "gus_working_age",
			[]string{"wiek przedprodukcyjny", "wiek produkcyjny", "wiek poprodukcyjny"},
			[]probe{{Female, 17, 0}, {Female, 18, 1}, {Female, 59, 1}, {Female, 60, 2}, {Male, 17, 0}, {Male, 18, 1},
				{Male, 64, 1}, {Male, 65, 2}}},
		{"the PO KL activity age is 15-64 by default", ActivityAgePOKL(), "pokl_activity_age",
			[]string{"poniżej wieku aktywności zawodowej", "wiek aktywności zawodowej", "powyżej wieku aktywności zawodowej"},
			[]probe{{Female, 14, 0}, {Female, 15, 1}, {Male, 64, 1}, {Male, 65, 2}, {SexUnspecified, 40, 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.code, tc.bands.Code())
			assert.Equal(t, tc.code, tc.bands.String())
			require.Equal(t, len(tc.labels), tc.bands.Len())
			for i, l := range tc.labels {
				assert.Equal(t, l, tc.bands.Label(i, language.Polish))
				assert.NotEmpty(t, tc.bands.Label(i, language.English))
			}
			for _, p := range tc.probes {
				band, ok := tc.bands.Band(p.sex, p.age)
				assert.True(t, ok, "sex %q, age %d", p.sex, p.age)
				assert.Equal(t, p.band, band, "sex %q, age %d", p.sex, p.age)
			}
		})
	}
	t.Run("English labels use plain limits", func(t *testing.T) {
		b := ESFPlusAgeBands()
		assert.Equal(t, "under 18", b.Label(0, language.English))
		assert.Equal(t, "18-29", b.Label(1, language.English))
		assert.Equal(t, "55 and over", b.Label(3, language.English))
		assert.Equal(t, "band 9", b.Label(9, language.English))
		assert.Equal(t, "przedział -1", b.Label(-1, language.Polish))
	})
	t.Run("GUS working age places no one of unspecified sex", func(t *testing.T) {
		b := WorkingAgeGUS()
		_, ok := b.Band(SexUnspecified, 40)
		assert.False(t, ok)
		assert.Nil(t, b.Starts(SexUnspecified))
		assert.Equal(t, []int{0, 18, 60}, b.Starts(Female))
		assert.Equal(t, []int{0, 18, 65}, b.Starts(Male))
	})
	t.Run("an unknown age or a sex out of range has no band", func(t *testing.T) {
		b := ESF2014AgeBands()
		_, ok := b.Band(Female, -1)
		assert.False(t, ok)
		_, ok = b.Band(Sex(3), 30)
		assert.False(t, ok)
		var zero AgeBands
		_, ok = zero.Band(Female, 30)
		assert.False(t, ok, "the zero scheme places no one")
		assert.True(t, zero.IsZero())
		assert.Zero(t, zero.Len())
	})
	t.Run("ages beyond the table fall into the last band", func(t *testing.T) {
		b := ESF2014AgeBands()
		band, ok := b.Band(Male, 1000)
		assert.True(t, ok)
		assert.Equal(t, 2, band)
	})
	t.Run("the band of a profile is that of its age at entry", func(t *testing.T) {
		b := ESFPlusAgeBands()
		p := participant() // 39 at entry
		band, ok := b.BandOf(p)
		assert.True(t, ok)
		assert.Equal(t, 2, band)
		p.BirthDate = integracja.Date{}
		_, ok = b.BandOf(p)
		assert.False(t, ok)
	})
	t.Run("schemes built the same way are equal, different ones are not", func(t *testing.T) {
		a, b := ESFPlusAgeBands(), ESFPlusAgeBands()
		assert.True(t, a == b)
		assert.False(t, ESFPlusAgeBands() == ESF2014AgeBands())
		custom, err := NewActivityAge(18, 60)
		require.NoError(t, err)
		assert.False(t, custom == ActivityAgePOKL())
	})
	t.Run("Starts returns a copy", func(t *testing.T) {
		b := ESFPlusAgeBands()
		s := b.Starts(Female)
		s[1] = 99
		assert.Equal(t, []int{0, 18, 30, 55}, b.Starts(Female))
	})
}

func TestNewAgeBands(t *testing.T) {
	t.Run("labels are made from the limits with Polish plurals", func(t *testing.T) {
		b, err := NewAgeBands("custom", 0, 16, 22, 23, 65)
		require.NoError(t, err)
		assert.Equal(t, "poniżej 16 lat", b.Label(0, language.Polish))
		assert.Equal(t, "16–21 lat", b.Label(1, language.Polish))
		assert.Equal(t, "22 lata", b.Label(2, language.Polish))
		assert.Equal(t, "23–64 lata", b.Label(3, language.Polish))
		assert.Equal(t, "65 lat i więcej", b.Label(4, language.Polish))
		assert.Equal(t, "22", b.Label(2, language.English))
	})
	t.Run("under one year is in the genitive singular", func(t *testing.T) {
		b, err := NewAgeBands("infants", 0, 1, 2)
		require.NoError(t, err)
		assert.Equal(t, "poniżej 1 roku", b.Label(0, language.Polish))
		assert.Equal(t, "1 rok", b.Label(1, language.Polish))
		assert.Equal(t, "2 lata i więcej", b.Label(2, language.Polish))
		b, err = NewAgeBands("toddlers", 0, 2)
		require.NoError(t, err)
		assert.Equal(t, "poniżej 2 lat", b.Label(0, language.Polish))
	})
	t.Run("a single band holds every age", func(t *testing.T) {
		b, err := NewAgeBands("all", 0)
		require.NoError(t, err)
		assert.Equal(t, "każdy wiek", b.Label(0, language.Polish))
		band, ok := b.Band(Male, 77)
		assert.True(t, ok)
		assert.Zero(t, band)
	})
	t.Run("the GUS working age takes its limits as parameters", func(t *testing.T) {
		b, err := NewWorkingAge(15, 59, 64)
		require.NoError(t, err)
		band, _ := b.Band(Female, 15)
		assert.Equal(t, 1, band)
		band, _ = b.Band(Male, 14)
		assert.Equal(t, 0, band)
		assert.False(t, b == WorkingAgeGUS())
		for _, lim := range [][3]int{{0, 59, 64}, {18, 17, 64}, {18, 59, 17}, {18, 127, 64}, {18, 59, 200}} {
			_, err := NewWorkingAge(lim[0], lim[1], lim[2])
			assert.ErrorIs(t, err, integracja.ErrOutOfRange, "limits %v", lim)
		}
	})
	t.Run("the activity age takes its limits as parameters", func(t *testing.T) {
		b, err := NewActivityAge(18, 59)
		require.NoError(t, err)
		band, _ := b.Band(Female, 60)
		assert.Equal(t, 2, band)
		for _, lim := range [][2]int{{0, 64}, {30, 20}, {15, 127}} {
			_, err := NewActivityAge(lim[0], lim[1])
			assert.ErrorIs(t, err, integracja.ErrOutOfRange, "limits %v", lim)
		}
	})
	type problem struct {
		path  string
		cause error
	}
	tests := []struct {
		name               string
		code               string
		women, men, unspec []int
		labels             int
		want               []problem
	}{
		{"a scheme needs a code", "", []int{0, 10}, nil, nil, 2, []problem{{"code", integracja.ErrRequired}}},
		{"a scheme needs at least one list of starts", "x", nil, nil, nil, 2, []problem{{"women", integracja.ErrRequired}}},
		{"the first band starts at 0", "x", []int{1, 10}, nil, nil, 2, []problem{{"women[0]", integracja.ErrInvalid}}},
		{"starts increase", "x", nil, []int{0, 10, 10}, nil, 3, []problem{{"men[2]", integracja.ErrInconsistent}}},
		{"starts stay below 128", "x", nil, nil, []int{0, 128}, 2, []problem{{"unspecified[1]", integracja.ErrOutOfRange}}},
		{"each list has as many starts as labels", "x", []int{0, 10}, []int{0}, nil, 2, []problem{{"men", integracja.ErrInconsistent}}},
		{"at most eight bands", "x", []int{0, 1, 2, 3, 4, 5, 6, 7, 8}, nil, nil, 9, []problem{{"labels", integracja.ErrOutOfRange}}},
		{"every problem is reported", "", []int{5, 3}, nil, nil, 0, []problem{
			{"code", integracja.ErrRequired}, {"labels", integracja.ErrOutOfRange}, {"women", integracja.ErrInconsistent}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			labels := make([]integracja.Text, tc.labels)
			for i := range labels {
				labels[i] = integracja.Text{PL: "p", EN: "b"}
			}
			_, err := NewAgeBandsBySex(tc.code, tc.women, tc.men, tc.unspec, labels)
			require.Error(t, err)
			fes := integracja.FieldErrors(err)
			require.Len(t, fes, len(tc.want), "problems: %v", err)
			for i, w := range tc.want {
				assert.Equal(t, w.path, fes[i].Path.String())
				assert.ErrorIs(t, fes[i], w.cause)
			}
		})
	}
	t.Run("an empty label is missing", func(t *testing.T) {
		_, err := NewAgeBandsBySex("x", []int{0, 10}, nil, nil, []integracja.Text{{PL: "a"}, {}})
		require.ErrorIs(t, err, integracja.ErrRequired)
		assert.Equal(t, "labels[1]", integracja.FieldErrors(err)[0].Path.String())
	})
}

func TestAgeBandsJSON(t *testing.T) {
	for _, b := range []AgeBands{ESF2014AgeBands(), ESFPlusAgeBands(), WorkingAgeGUS(), ActivityAgePOKL()} {
		t.Run("scheme "+b.Code()+" round-trips", func(t *testing.T) {
			data, err := json.Marshal(b)
			require.NoError(t, err)
			var back AgeBands
			require.NoError(t, json.Unmarshal(data, &back))
			assert.True(t, b == back)
		})
	}
	t.Run("the form names the code, the starts per sex and the labels", func(t *testing.T) {
		data, err := json.Marshal(WorkingAgeGUS())
		require.NoError(t, err)
		assert.JSONEq(t, `{"code":"gus_working_age","women":[0,18,60],"men":[0,18,65],"labels":[
			{"pl":"wiek przedprodukcyjny","en":"pre-working age"},{"pl":"wiek produkcyjny","en":"working age"},
			{"pl":"wiek poprodukcyjny","en":"post-working age"}]}`, string(data))
	})
	t.Run("the zero scheme is null both ways", func(t *testing.T) {
		data, err := json.Marshal(AgeBands{})
		require.NoError(t, err)
		assert.Equal(t, "null", string(data))
		b := ESFPlusAgeBands()
		require.NoError(t, json.Unmarshal([]byte("null"), &b))
		assert.True(t, b.IsZero())
	})
	t.Run("a bad scheme is rejected with the path of the problem", func(t *testing.T) {
		var b AgeBands
		err := b.UnmarshalJSON([]byte(`{"code":"x","women":[0,20,10],"labels":[{"pl":"a"},{"pl":"b"},{"pl":"c"}]}`))
		require.ErrorIs(t, err, integracja.ErrInconsistent)
		assert.Equal(t, "women[2]", integracja.FieldErrors(err)[0].Path.String())
		err = b.UnmarshalJSON([]byte(`{"code":"x","women":[0],"labels":[{"pl":"a"}],"extra":1}`))
		require.ErrorIs(t, err, integracja.ErrUnknown)
		assert.True(t, b.IsZero(), "a failed decode leaves the value as it was")
	})
}
