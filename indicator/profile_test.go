package indicator

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// participant returns a valid profile: a woman born on 15 May 1980 who
// entered on 1 June 2019, long-term unemployed, with upper secondary
// education.
func participant() Profile {
	return Profile{
		Sex:       Female,
		BirthDate: integracja.MustParseDate("1980-05-15"),
		Entry:     integracja.MustParseDate("2019-06-01"),
		Status:    LongTermUnemployed,
		Education: ISCED3to4,
	}
}

func TestLabourStatusCodes(t *testing.T) {
	for s := range LabourStatus(numStatuses) {
		t.Run("status "+s.String()+" parses back from its code", func(t *testing.T) {
			got, err := ParseLabourStatus(s.String())
			require.NoError(t, err)
			assert.Equal(t, s, got)
			b, err := s.MarshalText()
			require.NoError(t, err)
			var back LabourStatus
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, s, back)
			assert.NotEmpty(t, s.Label(language.Polish))
			assert.NotEqual(t, s.Label(language.Polish), s.Label(language.English))
		})
	}
	t.Run("parsing ignores case and surrounding spaces", func(t *testing.T) {
		got, err := ParseLabourStatus("  Long_Term_Unemployed ")
		require.NoError(t, err)
		assert.Equal(t, LongTermUnemployed, got)
	})
	t.Run("an unknown code is an error naming the codes, not the input", func(t *testing.T) {
		_, err := ParseLabourStatus("retired")
		require.ErrorIs(t, err, integracja.ErrInvalid)
		var pe *integracja.ParseError
		require.ErrorAs(t, err, &pe)
		assert.Empty(t, pe.Input)
		assert.NotContains(t, err.Error(), "retired")
		assert.Contains(t, err.Error(), "long_term_unemployed")
	})
	t.Run("a value out of range prints its number and does not marshal", func(t *testing.T) {
		assert.Equal(t, "LabourStatus(9)", LabourStatus(9).String())
		assert.Equal(t, "LabourStatus(9)", LabourStatus(9).Label(language.Polish))
		assert.False(t, LabourStatus(9).IsValid())
		_, err := LabourStatus(9).MarshalText()
		assert.Error(t, err)
	})
	t.Run("unemployed and long-term unemployed both count as unemployed", func(t *testing.T) {
		assert.True(t, Unemployed.IsUnemployed())
		assert.True(t, LongTermUnemployed.IsUnemployed())
		assert.False(t, Inactive.IsUnemployed())
		assert.False(t, Employed.IsUnemployed())
	})
	t.Run("both kinds of inactive count as inactive", func(t *testing.T) {
		assert.True(t, Inactive.IsInactive())
		assert.True(t, InactiveNotInEducation.IsInactive())
		assert.False(t, Unemployed.IsInactive())
		assert.False(t, StatusUnknown.IsInactive())
	})
}

func TestEducationCodes(t *testing.T) {
	for e := range Education(numEducation) {
		t.Run("level "+e.String()+" parses back from its code", func(t *testing.T) {
			got, err := ParseEducation(e.String())
			require.NoError(t, err)
			assert.Equal(t, e, got)
			b, err := e.MarshalText()
			require.NoError(t, err)
			var back Education
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, e, back)
		})
	}
	t.Run("labels name the ISCED levels in both languages", func(t *testing.T) {
		assert.Equal(t, "wyższe (ISCED 5–8)", ISCED5to8.Label(language.Polish))
		assert.Equal(t, "tertiary (ISCED 5-8)", ISCED5to8.Label(language.English))
	})
	t.Run("a bad code is an error", func(t *testing.T) {
		_, err := ParseEducation("isced_9")
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		var e Education
		assert.Error(t, e.UnmarshalText([]byte("x")))
		assert.Equal(t, "Education(7)", Education(7).String())
		_, err = Education(7).MarshalText()
		assert.Error(t, err)
	})
}

func TestProfileAgeAtEntry(t *testing.T) {
	tests := []struct {
		name         string
		birth, entry string
		want         int
	}{
		{"the age is counted in whole years at the date of entry", "1980-05-15", "2019-06-01", 39},
		{"the day before the birthday the person is still younger", "1994-06-02", "2019-06-01", 24},
		{"on the birthday the person is a year older", "1994-06-01", "2019-06-01", 25},
		{"one born on 29 February is a year older on 28 February of a common year", "2000-02-29", "2018-02-28", 18},
		{"one born on 29 February is not yet older on 27 February", "2000-02-29", "2018-02-27", 17},
		{"one born on 29 February is a year older on 29 February of a leap year", "2000-02-29", "2020-02-29", 20},
		{"a missing birth date gives -1", "", "2019-06-01", -1},
		{"a missing entry date gives -1", "1980-05-15", "", -1},
		{"a birth after entry gives -1", "2020-01-01", "2019-06-01", -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Profile{}
			if tc.birth != "" {
				p.BirthDate = integracja.MustParseDate(tc.birth)
			}
			if tc.entry != "" {
				p.Entry = integracja.MustParseDate(tc.entry)
			}
			assert.Equal(t, tc.want, p.AgeAtEntry())
		})
	}
	t.Run("an invalid date gives -1", func(t *testing.T) {
		p := Profile{BirthDate: integracja.Date{Year: 2001, Month: time.February, Day: 29},
			Entry: integracja.MustParseDate("2019-06-01")}
		assert.Equal(t, -1, p.AgeAtEntry())
		p = Profile{BirthDate: integracja.MustParseDate("2001-02-28"), Entry: integracja.Date{Year: 2019, Month: 13, Day: 1}}
		assert.Equal(t, -1, p.AgeAtEntry())
	})
}

// TestFastAgeAgreesWithAgeAt checks the Tally's fast age against
// integracja.Date.AgeAt on every birth date of six years (two leap
// cycles' worth of 29 Februaries) around each later anniversary, and on
// random pairs of dates.
func TestFastAgeAgreesWithAgeAt(t *testing.T) {
	check := func(birth, at integracja.Date) {
		want := birth.AgeAt(at)
		if want < 0 {
			want = -1
		}
		if got := ageAt(birth, at); got != want {
			t.Fatalf("age at %s of one born on %s: fast %d, AgeAt %d", at, birth, got, want)
		}
	}
	for birth := integracja.MustParseDate("1999-01-01"); birth.Year < 2005; birth = birth.AddDays(1) {
		for years := -1; years <= 9; years++ {
			anniversary := birth.AddYears(years)
			for d := -2; d <= 2; d++ {
				check(birth, anniversary.AddDays(d))
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	day := func() integracja.Date {
		y, m := 1900+r.IntN(200), time.Month(1+r.IntN(12))
		return integracja.Date{Year: y, Month: m, Day: 1 + r.IntN(integracja.DaysIn(y, m))}
	}
	for range 100_000 {
		check(day(), day())
	}
}

func TestProfileValidate(t *testing.T) {
	type problem struct {
		path  string
		cause error
	}
	tests := []struct {
		name   string
		modify func(p *Profile)
		want   []problem
	}{
		{"a complete profile is valid", func(*Profile) {}, nil},
		{"a profile that left with a situation on leaving is valid", func(p *Profile) {
			p.Exit = integracja.MustParseDate("2019-12-31")
			p.Leaving = Leaving{InEducation: true, Qualification: true, Employed: true}
			p.Later = Later{Employed: true, Improved: true}
		}, nil},
		{"a participant of unspecified sex is valid", func(p *Profile) { p.Sex = SexUnspecified }, nil},
		{"the zero profile lacks its dates, status and education", func(p *Profile) { *p = Profile{} }, []problem{
			{"birthDate", integracja.ErrRequired},
			{"entry", integracja.ErrRequired},
			{"status", integracja.ErrRequired},
			{"education", integracja.ErrRequired},
		}},
		{"an exit before entry is inconsistent", func(p *Profile) { p.Exit = integracja.MustParseDate("2019-05-31") },
			[]problem{{"exit", integracja.ErrInconsistent}}},
		{"an exit on the day of entry is fine", func(p *Profile) { p.Exit = p.Entry }, nil},
		{"a birth after entry is inconsistent", func(p *Profile) { p.BirthDate = integracja.MustParseDate("2019-06-02") },
			[]problem{{"birthDate", integracja.ErrInconsistent}}},
		{"an age at entry over 130 is out of range", func(p *Profile) { p.BirthDate = integracja.MustParseDate("1880-01-01") },
			[]problem{{"birthDate", integracja.ErrOutOfRange}}},
		{"an invalid exit date is invalid", func(p *Profile) { p.Exit = integracja.Date{Year: 2019, Month: 2, Day: 30} },
			[]problem{{"exit", integracja.ErrInvalid}}},
		{"job searching and employed on leaving exclude each other", func(p *Profile) {
			p.Exit = integracja.MustParseDate("2019-12-31")
			p.Leaving = Leaving{JobSearching: true, Employed: true}
		}, []problem{{"leaving.employed", integracja.ErrInconsistent}}},
		{"a situation on leaving needs an exit date", func(p *Profile) { p.Leaving.Qualification = true },
			[]problem{{"leaving", integracja.ErrInconsistent}}},
		{"a situation six months later needs an exit date", func(p *Profile) { p.Later.Employed = true },
			[]problem{{"later", integracja.ErrInconsistent}}},
		{"values out of range are invalid, each with its path", func(p *Profile) {
			p.Sex, p.Status, p.Education = Sex(5), LabourStatus(6), Education(5)
		}, []problem{{"sex", integracja.ErrInvalid}, {"status", integracja.ErrInvalid}, {"education", integracja.ErrInvalid}}},
		{"every problem is reported at once", func(p *Profile) {
			p.BirthDate = integracja.Date{}
			p.Exit = integracja.MustParseDate("2019-01-01")
			p.Leaving = Leaving{JobSearching: true, Employed: true}
			p.Education = EducationUnknown
		}, []problem{
			{"birthDate", integracja.ErrRequired},
			{"exit", integracja.ErrInconsistent},
			{"education", integracja.ErrRequired},
			{"leaving.employed", integracja.ErrInconsistent},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := participant()
			tc.modify(&p)
			err := p.Validate()
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			fes := integracja.FieldErrors(err)
			require.Len(t, fes, len(tc.want), "problems: %v", err)
			for i, w := range tc.want {
				assert.Equal(t, w.path, fes[i].Path.String())
				assert.ErrorIs(t, fes[i], w.cause, "problem %d", i)
			}
		})
	}
	t.Run("the exclusivity message names both indicators in Polish and English", func(t *testing.T) {
		p := participant()
		p.Exit = integracja.MustParseDate("2019-12-31")
		p.Leaving = Leaving{JobSearching: true, Employed: true}
		err := p.Validate()
		assert.Contains(t, integracja.Localize(err, language.Polish), "EECR01")
		assert.Contains(t, integracja.Localize(err, language.Polish), "wykluczają się")
		assert.Contains(t, integracja.Localize(err, language.English), "exclude each other")
	})
	t.Run("an impossible birth date is not shown either", func(t *testing.T) {
		p := participant()
		p.BirthDate = integracja.Date{Year: 1980, Month: 2, Day: 30}
		err := p.Validate()
		require.ErrorIs(t, err, integracja.ErrInvalid)
		assert.Equal(t, "birthDate", integracja.FieldErrors(err)[0].Path.String())
		for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
			assert.NotContains(t, msg, "1980")
		}
	})
	t.Run("messages carry no personal data such as the birth date", func(t *testing.T) {
		p := participant()
		p.BirthDate = integracja.MustParseDate("2019-06-02")
		err := p.Validate()
		require.Error(t, err)
		assert.NotContains(t, integracja.Localize(err, language.Polish), "2019-06-02")
		assert.NotContains(t, err.Error(), "2019-06-02")
	})
	t.Run("Polish messages say ages with their plural and no ISO date in a sentence", func(t *testing.T) {
		p := participant()
		p.BirthDate = integracja.MustParseDate("1880-01-01")
		p.Exit = integracja.MustParseDate("2019-05-01")
		p.Later = Later{Improved: true}
		fes := integracja.FieldErrors(p.Validate())
		require.Len(t, fes, 2)
		assert.Equal(t, "wiek w chwili przystąpienia 139 lat, więcej niż 130 lat", fes[0].Detail.PL)
		assert.Equal(t, "exit", fes[1].Path.String())
		assert.Equal(t, "data zakończenia udziału wcześniejsza niż data przystąpienia do projektu", fes[1].Detail.PL)
		assert.Equal(t, "2019-05-01", fes[1].Value, "the date stays the value, outside the sentence")
		p.Exit = integracja.Date{}
		p.Later = Later{Improved: true}
		fes = integracja.FieldErrors(p.Validate())
		require.Len(t, fes, 2)
		assert.Equal(t, "sytuacja sześć miesięcy po opuszczeniu projektu podana bez daty zakończenia udziału", fes[1].Detail.PL)
	})
}

func TestProfileHelpers(t *testing.T) {
	p := participant()
	assert.False(t, p.HasLeft())
	p.Exit = integracja.MustParseDate("2019-10-01")
	assert.True(t, p.HasLeft())
	assert.False(t, p.Disadvantaged())
	for _, set := range []func(*Profile){
		func(p *Profile) { p.Disability = true },
		func(p *Profile) { p.ThirdCountNational = true },
		func(p *Profile) { p.ForeignBackground = true },
		func(p *Profile) { p.Minority = true },
		func(p *Profile) { p.Homeless = true },
		func(p *Profile) { p.OtherDisadvantaged = true },
	} {
		q := participant()
		set(&q)
		assert.True(t, q.Disadvantaged())
	}
	q := participant()
	q.Rural = true
	assert.False(t, q.Disadvantaged(), "living in a rural area alone is not a disadvantage for CR05/CR09")
	assert.False(t, Leaving{}.Any())
	assert.True(t, Leaving{Qualification: true}.Any())
	assert.False(t, Later{}.Any())
	assert.True(t, Later{Improved: true}.Any())
}

func TestProfileJSON(t *testing.T) {
	t.Run("a profile encodes with stable lowercase codes and omits what is not set", func(t *testing.T) {
		p := participant()
		p.Disability = true
		b, err := json.Marshal(p)
		require.NoError(t, err)
		assert.JSONEq(t, `{"sex":"female","birthDate":"1980-05-15","entry":"2019-06-01",
			"status":"long_term_unemployed","education":"isced_3_4","disability":true}`, string(b))
	})
	t.Run("a full profile round-trips", func(t *testing.T) {
		p := Profile{Sex: Male, BirthDate: integracja.MustParseDate("1962-01-31"), Entry: integracja.MustParseDate("2021-03-01"),
			Exit: integracja.MustParseDate("2021-11-30"), Status: InactiveNotInEducation, Education: ISCED0,
			Disability: true, ThirdCountNational: true, ForeignBackground: true, Minority: true, Homeless: true, Rural: true,
			OtherDisadvantaged: true, Leaving: Leaving{InEducation: true, Qualification: true, Employed: true},
			Later: Later{Employed: true, Improved: true}}
		b, err := json.Marshal(p)
		require.NoError(t, err)
		assert.JSONEq(t, `{"sex":"male","birthDate":"1962-01-31","entry":"2021-03-01","exit":"2021-11-30",
			"status":"inactive_not_in_education","education":"isced_0","disability":true,"thirdCountryNational":true,
			"foreignBackground":true,"minority":true,"homeless":true,"rural":true,"otherDisadvantaged":true,
			"leaving":{"inEducation":true,"qualification":true,"employed":true},"later":{"employed":true,"improved":true}}`,
			string(b), "field names are camelCase like the rest of the module's JSON (contract's birthDate)")
		back, err := DecodeProfile(b)
		require.NoError(t, err)
		assert.Equal(t, p, back)
		js, err := json.Marshal(Leaving{JobSearching: true})
		require.NoError(t, err)
		assert.JSONEq(t, `{"jobSearching":true}`, string(js))
	})
	t.Run("an unknown field is rejected with its path", func(t *testing.T) {
		_, err := DecodeProfile([]byte(`{"sex":"female","birthDate":"1980-05-15","entry":"2019-06-01",
			"status":"employed","education":"isced_0","leaving":{"retired":true}}`))
		require.ErrorIs(t, err, integracja.ErrUnknown)
		fes := integracja.FieldErrors(err)
		require.NotEmpty(t, fes)
		assert.Equal(t, "leaving.retired", fes[0].Path.String())
	})
	t.Run("a bad code is reported at its field", func(t *testing.T) {
		_, err := DecodeProfile([]byte(`{"sex":"female","birthDate":"1980-05-15","entry":"2019-06-01","status":"retired","education":"isced_0"}`))
		require.ErrorIs(t, err, integracja.ErrInvalid)
		fes := integracja.FieldErrors(err)
		require.NotEmpty(t, fes)
		assert.Equal(t, "status", fes[0].Path.String())
	})
	t.Run("decoding validates: a decoded profile without entry date is an error", func(t *testing.T) {
		_, err := DecodeProfile([]byte(`{"sex":"male","birthDate":"1980-05-15","status":"employed","education":"isced_0"}`))
		require.ErrorIs(t, err, integracja.ErrRequired)
		assert.Equal(t, "entry", integracja.FieldErrors(err)[0].Path.String())
	})
	t.Run("a list of profiles reports problems under the index of each", func(t *testing.T) {
		good, err := json.Marshal(participant())
		require.NoError(t, err)
		data := "[" + string(good) + `,{"sex":"female","birthDate":"1980-05-15","entry":"2019-06-01","status":"employed"}]`
		_, err = DecodeProfiles([]byte(data))
		require.ErrorIs(t, err, integracja.ErrRequired)
		assert.Equal(t, "[1].education", integracja.FieldErrors(err)[0].Path.String())

		data = "[" + string(good) + `,{"sex":"female","birthDate":"1980-05-32"}]`
		_, err = DecodeProfiles([]byte(data))
		require.Error(t, err)
		assert.Equal(t, "[1].birthDate", integracja.FieldErrors(err)[0].Path.String())

		ps, err := DecodeProfiles([]byte("[" + string(good) + "]"))
		require.NoError(t, err)
		assert.Equal(t, []Profile{participant()}, ps)
	})
	t.Run("a birth date that does not decode is reported at its path without its text", func(t *testing.T) {
		for _, bd := range []string{`"1980-2-3"`, `"1980-02-30"`, `19800203`} {
			data := `[{"sex":"female","birthDate":` + bd + `,"entry":"2019-06-01","status":"employed","education":"isced_0"}]`
			_, err := DecodeProfiles([]byte(data))
			require.ErrorIs(t, err, integracja.ErrInvalid, bd)
			fes := integracja.FieldErrors(err)
			require.Len(t, fes, 1, bd)
			assert.Equal(t, "[0].birthDate", fes[0].Path.String(), bd)
			for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish), fes[0].Value} {
				assert.NotContains(t, msg, "1980", bd)
			}
		}
	})
	t.Run("malformed JSON is an error, not a panic", func(t *testing.T) {
		for _, in := range []string{``, `{`, `[]`, `{"sex":1}`, `null x`, `{"exit":""}`} {
			_, err := DecodeProfile([]byte(in))
			assert.Error(t, err, "input %q", in)
		}
	})
}

// FuzzDecodeProfile checks that decoding never panics, and that whatever
// decodes encodes and decodes back to an equal profile.
func FuzzDecodeProfile(f *testing.F) {
	f.Add(`{"sex":"female","birthDate":"1980-05-15","entry":"2019-06-01","status":"long_term_unemployed","education":"isced_3_4"}`)
	f.Add(`{"sex":"male","birthDate":"1962-01-31","entry":"2021-03-01","exit":"2021-11-30","status":"inactive","education":"isced_0",` +
		`"disability":true,"rural":true,"leaving":{"jobSearching":true},"later":{"improved":true}}`)
	f.Add(`{"sex":"","birthDate":"2000-02-29","entry":"2018-02-28","status":"employed","education":"isced_5_8","leaving":{"employed":true,"jobSearching":true},"exit":"2018-03-01"}`)
	f.Add(`{"sex":"x"}`)
	f.Fuzz(func(t *testing.T, in string) {
		p, err := DecodeProfile([]byte(in))
		if err != nil {
			if len(integracja.FieldErrors(err)) == 0 {
				t.Fatalf("error without a field error: %v", err)
			}
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("a decoded profile does not encode: %v", err)
		}
		back, err := DecodeProfile(b)
		if err != nil {
			t.Fatalf("%s does not decode back: %v", b, err)
		}
		if back != p {
			t.Fatalf("round trip changed the profile: %+v, then %+v", p, back)
		}
	})
}

// FuzzParseLabourStatus checks the enum parsers of profiles: no panic, and
// what parses prints back to a code that parses to the same value.
func FuzzParseLabourStatus(f *testing.F) {
	for _, s := range []string{"unemployed", " Inactive ", "isced_3_4", "esf_plus", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if s, err := ParseLabourStatus(in); err == nil {
			if back, err := ParseLabourStatus(s.String()); err != nil || back != s {
				t.Fatalf("status %q: %v, %v", in, back, err)
			}
		} else if !errors.Is(err, integracja.ErrInvalid) {
			t.Fatalf("status %q: %v", in, err)
		}
		if e, err := ParseEducation(in); err == nil {
			if back, err := ParseEducation(e.String()); err != nil || back != e {
				t.Fatalf("education %q: %v, %v", in, back, err)
			}
		}
		if fw, err := ParseFramework(in); err == nil {
			if back, err := ParseFramework(fw.String()); err != nil || back != fw {
				t.Fatalf("framework %q: %v, %v", in, back, err)
			}
		}
		if sr, err := ParseSourcing(in); err == nil {
			if back, err := ParseSourcing(sr.String()); err != nil || back != sr {
				t.Fatalf("sourcing %q: %v, %v", in, back, err)
			}
		}
	})
}
