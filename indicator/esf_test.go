package indicator

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestCommonIndicatorList(t *testing.T) {
	codes := func(cs []CommonIndicator) []string {
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = c.Code()
		}
		return out
	}
	t.Run("ESF 2014-2020 has CO01-CO11, CO15-CO19 and CR01-CR09, without CO12-CO14", func(t *testing.T) {
		assert.Equal(t, []string{"CO01", "CO02", "CO03", "CO04", "CO05", "CO06", "CO07", "CO08", "CO09", "CO10", "CO11",
			"CO15", "CO16", "CO17", "CO18", "CO19", "CR01", "CR02", "CR03", "CR04", "CR05", "CR06", "CR07", "CR08", "CR09"},
			codes(CommonIndicatorsOf(ESF2014)))
	})
	t.Run("ESF+ has EECO01-EECO17 and EECR01-EECR05", func(t *testing.T) {
		assert.Equal(t, []string{"EECO01", "EECO02", "EECO03", "EECO04", "EECO05", "EECO06", "EECO07", "EECO08", "EECO09",
			"EECO10", "EECO11", "EECO12", "EECO13", "EECO14", "EECO15", "EECO16", "EECO17",
			"EECR01", "EECR02", "EECR03", "EECR04", "EECR05"}, codes(CommonIndicatorsOf(ESFPlus)))
	})
	t.Run("all indicators are both lists", func(t *testing.T) {
		all := codes(CommonIndicators())
		assert.Len(t, all, 25+22)
		assert.Equal(t, append(codes(CommonIndicatorsOf(ESF2014)), codes(CommonIndicatorsOf(ESFPlus))...), all)
	})
	t.Run("every indicator has names in both languages and the right kind", func(t *testing.T) {
		for _, c := range CommonIndicators() {
			assert.NotEmpty(t, c.Name(language.Polish), c.Code())
			assert.NotEmpty(t, c.Name(language.English), c.Code())
			assert.NotEqual(t, c.Name(language.Polish), c.Name(language.English), c.Code())
			want := Output
			if strings.Contains(c.Code(), "CR") {
				want = Result
			}
			assert.Equal(t, want, c.Kind(), c.Code())
			assert.Equal(t, c.Code(), c.String())
		}
	})
	t.Run("the returned slice is fresh: changing it changes nothing else", func(t *testing.T) {
		a := CommonIndicators()
		a[0] = CommonIndicator{}
		b := CommonIndicators()
		assert.Equal(t, "CO01", b[0].Code())
	})
	t.Run("sourcing marks follow doc/law.md", func(t *testing.T) {
		marks := map[string]Sourcing{}
		for _, c := range CommonIndicators() {
			marks[c.Code()] = c.Sourcing()
		}
		assert.Equal(t, Unverified, marks["EECR05"])
		for _, code := range []string{"EECO02", "EECO12", "EECR01", "EECR02", "EECR03", "EECR04"} {
			assert.Equal(t, Verified, marks[code], code)
		}
		for _, code := range []string{"CO01", "CO19", "CR01", "CR09", "EECO01", "EECO17"} {
			assert.Equal(t, PartlySourced, marks[code], code)
		}
	})
	t.Run("only CO18 and CO19 may be sampled, only CR06-CR09 and EECR05 are longer-term", func(t *testing.T) {
		var sampled, longTerm []string
		for _, c := range CommonIndicators() {
			if c.Sampled() {
				sampled = append(sampled, c.Code())
			}
			if c.LongTerm() {
				longTerm = append(longTerm, c.Code())
			}
		}
		assert.Equal(t, []string{"CO18", "CO19"}, sampled)
		assert.Equal(t, []string{"CR06", "CR07", "CR08", "CR09", "EECR05"}, longTerm)
	})
	t.Run("sourcing marks name the marks of doc/law.md, in words", func(t *testing.T) {
		assert.Equal(t, "potwierdzone w źródle", Verified.Label(language.Polish))
		assert.Equal(t, "częściowo potwierdzone", PartlySourced.Label(language.Polish))
		assert.Equal(t, "niepotwierdzone", Unverified.Label(language.Polish))
		assert.Equal(t, "partly sourced", PartlySourced.Label(language.English))
	})
	t.Run("Describe names code, indicator, kind and period", func(t *testing.T) {
		c, err := LookupCommonIndicator("EECO01")
		require.NoError(t, err)
		assert.Equal(t, "EECO01 — łączna liczba uczestników (wskaźnik produktu, EFS+ 2021–2027)", c.Describe(language.Polish))
		assert.Equal(t, "EECO01 — total number of participants (output indicator, ESF+ 2021-2027)", c.Describe(language.English))
	})
}

// TestCommonIndicatorsUseOneWordingPerConcept holds every Polish name of a
// concept to one wording, in outputs and results, ESF 2014 and ESF+ alike:
// each code listed must contain the wording, and no name may word the
// concept another way.
func TestCommonIndicatorsUseOneWordingPerConcept(t *testing.T) {
	concepts := []struct {
		wording string
		codes   []string
		not     []string // other wordings of the same concept
	}{
		{"osoby bezrobotne, w tym długotrwale bezrobotne", []string{"CO01", "EECO02"}, []string{"bezrobotni"}},
		{"bezrobotne, w tym długotrwale bezrobotne", []string{"CO01", "CO08", "EECO02"}, nil},
		{"osoby długotrwale bezrobotne", []string{"CO02", "EECO03"}, nil},
		{"osoby bierne zawodowo", []string{"CO03", "CO04", "CR01", "EECO04"}, nil},
		{"nieuczestniczące w kształceniu lub szkoleniu", []string{"CO04", "CO08"}, []string{"ani szkoleniu"}},
		{"pracujące, łącznie z prowadzącymi działalność na własny rachunek",
			[]string{"CO05", "CR04", "CR05", "CR06", "CR08", "CR09", "EECO05", "EECR04", "EECR05"},
			[]string{"zatrudnion", "które pracują", "pracujący", "w tym prowadząc"}},
		{"osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek", []string{"CO05", "CR04", "CR06", "EECO05", "EECR04", "EECR05"}, nil},
		{"powyżej 54 lat", []string{"CO07", "CO08", "CR08"}, nil},
		{"z wykształceniem na poziomie ISCED 3–4", []string{"CO10", "EECO10"}, []string{"ponadgimnazjaln"}},
		{"z wykształceniem na poziomie ISCED 5–8", []string{"CO11", "EECO11"}, []string{"wyższym"}},
		{"osoby obcego pochodzenia", []string{"CO15", "EECO14"}, []string{"uczestnicy obcego"}},
		{"mniejszości (w tym społeczności marginalizowane, takie jak Romowie)", []string{"CO15", "EECO15"}, []string{"mniejszości, w tym"}},
		{"osoby z niepełnosprawnościami", []string{"CO16", "EECO12"}, nil},
		{"w niekorzystnej sytuacji społecznej", []string{"CO17", "CR05", "CR09"}, nil},
		{"osoby bezdomne lub dotknięte wykluczeniem z dostępu do mieszkań", []string{"CO18", "EECO16"}, []string{"kryzysie bezdomności"}},
		{"osoby z obszarów wiejskich", []string{"CO19", "EECO17"}, nil},
		{"poszukujące pracy", []string{"CR01", "CR05", "EECR01"}, []string{"poszukują pracy"}},
		{"uczestniczące w kształceniu lub szkoleniu", []string{"CR02", "CR05", "EECR02"}, []string{"podjęły", "uczestniczą w"}},
		{"uzyskujące kwalifikacje", []string{"CR03", "CR05", "EECR03"}, []string{"uzyskały", "zdobywają", "zdobywające"}},
		{"po opuszczeniu programu", []string{"CR01", "CR02", "CR03", "CR04", "CR05", "CR06", "CR07", "CR08", "CR09",
			"EECR01", "EECR02", "EECR03", "EECR04", "EECR05"}, []string{"zakończeniu udziału"}},
		{"sześć miesięcy po opuszczeniu programu", []string{"CR06", "CR07", "CR08", "CR09", "EECR05"}, []string{"6 miesięcy"}},
	}
	names := map[string]string{}
	for _, c := range CommonIndicators() {
		names[c.Code()] = c.Name(language.Polish)
	}
	for _, concept := range concepts {
		for _, code := range concept.codes {
			assert.Contains(t, names[code], concept.wording, code)
		}
		for code, name := range names {
			for _, other := range concept.not {
				assert.NotContains(t, name, other, "%s words %q otherwise", code, concept.wording)
			}
		}
	}
	assert.Equal(t, "pracujący, łącznie z prowadzącymi działalność na własny rachunek", Employed.Label(language.Polish),
		"the status at entry words the concept as the indicators do")
	assert.Equal(t, "bierny zawodowo, nieuczestniczący w kształceniu lub szkoleniu", InactiveNotInEducation.Label(language.Polish))
	for code, name := range names {
		if strings.HasPrefix(code, "CR") || strings.HasPrefix(code, "EECR") {
			assert.True(t, strings.HasSuffix(name, "po opuszczeniu programu"), "%s ends with the time of the result: %s", code, name)
		}
	}
}

func TestLookupCommonIndicator(t *testing.T) {
	t.Run("a code is found in any case", func(t *testing.T) {
		c, err := LookupCommonIndicator(" eecr04 ")
		require.NoError(t, err)
		assert.Equal(t, "EECR04", c.Code())
		assert.Equal(t, ESFPlus, c.Framework())
		assert.Equal(t, Result, c.Kind())
	})
	for _, code := range []string{"CO12", "CO13", "co14"} {
		t.Run(code+" was removed in 2018 and says so", func(t *testing.T) {
			_, err := LookupCommonIndicator(code)
			assert.ErrorIs(t, err, ErrRemovedIndicator)
			assert.Contains(t, integracja.Localize(err, language.Polish), "2018")
		})
	}
	t.Run("an unknown code is an error naming it", func(t *testing.T) {
		_, err := LookupCommonIndicator("CO99")
		require.ErrorIs(t, err, integracja.ErrUnknown)
		assert.Contains(t, err.Error(), "CO99")
	})
}

func TestCommonIndicatorsIncludes(t *testing.T) {
	left := func(p Profile, l Leaving, later Later) Profile {
		p.Exit = p.Entry.AddMonths(6)
		p.Leaving, p.Later = l, later
		return p
	}
	tests := []struct {
		name    string
		profile Profile
		want    []string
	}{
		{"a long-term unemployed woman of 39 with upper secondary education", participant(),
			[]string{"CO01", "CO02", "CO10", "EECO01", "EECO02", "EECO03", "EECO10"}},
		{"an inactive disabled rural man of 56 who looks for work and gained a qualification",
			func() Profile {
				p := person(Male, 56, InactiveNotInEducation)
				p.Education, p.Disability, p.Rural = ISCED0, true, true
				return left(p, Leaving{JobSearching: true, Qualification: true}, Later{Improved: true})
			}(),
			[]string{"CO03", "CO04", "CO07", "CO08", "CO16", "CO19", "CR01", "CR03", "CR05", "CR07",
				"EECO01", "EECO04", "EECO08", "EECO09", "EECO12", "EECO17", "EECR01", "EECR03"}},
		{"a homeless third-country pupil of 17 who found a job",
			func() Profile {
				p := person(SexUnspecified, 17, Inactive)
				p.Education, p.ThirdCountNational, p.Homeless = ISCED1to2, true, true
				return left(p, Leaving{InEducation: true, Employed: true}, Later{Employed: true})
			}(),
			[]string{"CO03", "CO06", "CO09", "CO15", "CO18", "CR02", "CR04", "CR05", "CR06", "CR09",
				"EECO01", "EECO04", "EECO06", "EECO09", "EECO13", "EECO16", "EECR02", "EECR04", "EECR05"}},
		{"an employed graduate of 24 of foreign background from a minority",
			func() Profile {
				p := person(Male, 24, Employed)
				p.Education, p.ForeignBackground, p.Minority, p.OtherDisadvantaged = ISCED5to8, true, true, true
				return p
			}(),
			[]string{"CO05", "CO06", "CO11", "CO15", "CO17", "EECO01", "EECO05", "EECO07", "EECO11", "EECO14", "EECO15"}},
		{"an unemployed woman of 55 employed six months after leaving",
			func() Profile {
				p := person(Female, 55, Unemployed)
				p.Education = ISCED1to2
				return left(p, Leaving{}, Later{Employed: true})
			}(),
			[]string{"CO01", "CO07", "CO08", "CO09", "CR06", "CR08", "EECO01", "EECO02", "EECO08", "EECO09", "EECR05"}},
		{"a participant of 18 is young under ESF+ and under 25 under ESF 2014-2020", person(Female, 18, Employed),
			[]string{"CO05", "CO06", "CO10", "EECO01", "EECO05", "EECO07", "EECO10"}},
		{"a participant of 29 is still young under ESF+", person(Female, 29, Employed),
			[]string{"CO05", "CO10", "EECO01", "EECO05", "EECO07", "EECO10"}},
		{"a participant of 30 is no longer young", person(Female, 30, Employed),
			[]string{"CO05", "CO10", "EECO01", "EECO05", "EECO10"}},
		{"a participant of 54 is not above 54", person(Female, 54, InactiveNotInEducation),
			[]string{"CO03", "CO04", "CO10", "EECO01", "EECO04", "EECO10"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.profile.Validate())
			var got []string
			for _, c := range CommonIndicators() {
				if c.Includes(tc.profile) {
					got = append(got, c.Code())
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
	t.Run("the zero indicator includes no one", func(t *testing.T) {
		assert.False(t, CommonIndicator{}.Includes(participant()))
		n, err := CommonIndicator{}.Count([]Profile{participant()})
		require.NoError(t, err)
		assert.Equal(t, Count{}, n)
	})
	t.Run("results count only participants who have left", func(t *testing.T) {
		p := participant()
		p.Exit = p.Entry.AddMonths(3)
		p.Leaving.Employed = true
		c, err := LookupCommonIndicator("EECR04")
		require.NoError(t, err)
		assert.True(t, c.Includes(p))
		p.Exit = integracja.Date{}
		assert.False(t, c.Includes(p))
	})
}

func TestCommonIndicatorCount(t *testing.T) {
	ps := []Profile{
		person(Female, 20, Unemployed),
		person(Female, 40, LongTermUnemployed),
		person(Male, 35, LongTermUnemployed),
		person(Male, 60, Employed),
		person(SexUnspecified, 22, Inactive),
	}
	ps[0].Exit, ps[0].Leaving = ps[0].Entry.AddMonths(5), Leaving{Employed: true}
	ps[2].Exit, ps[2].Leaving = ps[2].Entry.AddMonths(5), Leaving{JobSearching: true}
	ps[3].Exit, ps[3].Leaving = ps[3].Entry.AddMonths(1), Leaving{Employed: true}

	tests := []struct {
		code string
		want Count
	}{
		{"EECO01", Count{Women: 2, Men: 2, Unspecified: 1}},
		{"EECO02", Count{Women: 2, Men: 1}},
		{"EECO03", Count{Women: 1, Men: 1}},
		{"EECO07", Count{Women: 1, Unspecified: 1}},
		{"EECO08", Count{Men: 1}},
		{"EECR01", Count{Men: 1}},
		{"EECR04", Count{Women: 1, Men: 1}},
		{"CO01", Count{Women: 2, Men: 1}},
		{"CO06", Count{Women: 1, Unspecified: 1}},
		{"CR04", Count{Women: 1, Men: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.code+" counts by sex", func(t *testing.T) {
			c, err := LookupCommonIndicator(tc.code)
			require.NoError(t, err)
			got, err := c.Count(ps)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	t.Run("CountAll gives the same figures in the order asked", func(t *testing.T) {
		var cs []CommonIndicator
		for _, tc := range tests {
			c, err := LookupCommonIndicator(tc.code)
			require.NoError(t, err)
			cs = append(cs, c)
		}
		got, err := CountAll(cs, ps)
		require.NoError(t, err)
		require.Len(t, got, len(tests))
		for i, tc := range tests {
			assert.Equal(t, tc.want, got[i], tc.code)
		}
	})
	t.Run("CO01 equals EECO02: unemployed including long-term unemployed", func(t *testing.T) {
		a, _ := LookupCommonIndicator("CO01")
		b, _ := LookupCommonIndicator("EECO02")
		ca, err := a.Count(ps)
		require.NoError(t, err)
		cb, err := b.Count(ps)
		require.NoError(t, err)
		assert.Equal(t, ca, cb)
	})
	t.Run("the statuses partition the participants: CO01 + CO03 + CO05 = EECO01", func(t *testing.T) {
		gen := generateProfiles(2000)
		counts, err := CountAll([]CommonIndicator{
			mustLookup(t, "CO01"), mustLookup(t, "CO03"), mustLookup(t, "CO05"), mustLookup(t, "EECO01")}, gen)
		require.NoError(t, err)
		assert.Equal(t, counts[3], counts[0].Add(counts[1]).Add(counts[2]))
		assert.Equal(t, 2000, counts[3].Total())
	})
	t.Run("invalid profiles are reported with their index and nothing is counted", func(t *testing.T) {
		bad := slices.Clone(ps)
		bad[1].Leaving = Leaving{JobSearching: true, Employed: true}
		bad[1].Exit = bad[1].Entry.AddMonths(2)
		bad[4].Entry = integracja.Date{}
		c := mustLookup(t, "EECO01")
		got, err := c.Count(bad)
		require.ErrorIs(t, err, integracja.ErrInconsistent)
		require.ErrorIs(t, err, integracja.ErrRequired)
		assert.Equal(t, Count{}, got)
		var paths []string
		for _, fe := range integracja.FieldErrors(err) {
			paths = append(paths, fe.Path.String())
		}
		assert.Equal(t, []string{"[1].leaving.employed", "[4].entry"}, paths)
		_, err = CountAll([]CommonIndicator{c}, bad)
		assert.Error(t, err)
	})
}

func mustLookup(t *testing.T, code string) CommonIndicator {
	t.Helper()
	c, err := LookupCommonIndicator(code)
	require.NoError(t, err)
	return c
}

func TestFrameworkAndSourcingCodes(t *testing.T) {
	for _, f := range []Framework{ESF2014, ESFPlus} {
		got, err := ParseFramework(f.String())
		require.NoError(t, err)
		assert.Equal(t, f, got)
	}
	assert.Equal(t, "EFS+ 2021–2027", ESFPlus.Label(language.Polish))
	assert.Equal(t, "Framework(5)", Framework(5).String())
	for _, s := range []Sourcing{Verified, PartlySourced, Unverified} {
		got, err := ParseSourcing(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, got)
		assert.NotEmpty(t, s.Label(language.English))
	}
	for _, f := range []Framework{ESF2014, ESFPlus} {
		b, err := f.MarshalText()
		require.NoError(t, err)
		var back Framework
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, f, back)
	}
	b, err := Unverified.MarshalText()
	require.NoError(t, err)
	var back Sourcing
	require.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, Unverified, back)
	_, err = Sourcing(9).MarshalText()
	assert.Error(t, err)
	_, err = Framework(9).MarshalText()
	assert.Error(t, err)
	assert.Error(t, back.UnmarshalText([]byte("x")))

	_, err = ParseSourcing("maybe")
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	_, err = ParseFramework("esf_2007")
	assert.ErrorIs(t, err, integracja.ErrInvalid)
}
