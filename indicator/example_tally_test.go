package indicator_test

import (
	"fmt"
	"log/slog"
	"os"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

// A participant's age is measured on the day of entry; one born on
// 29 February turns 18 on 28 February of a common year (art. 112 k.c.).
func ExampleProfile_AgeAtEntry() {
	p := indicator.Profile{
		Sex:       indicator.Female,
		BirthDate: integracja.MustParseDate("2000-02-29"),
		Entry:     integracja.MustParseDate("2018-02-28"),
		Status:    indicator.Inactive,
		Education: indicator.ISCED3to4,
	}
	fmt.Println("wiek:", p.AgeAtEntry())
	for _, bands := range []indicator.AgeBands{indicator.ESFPlusAgeBands(), indicator.ESF2014AgeBands()} {
		band, _ := bands.BandOf(p)
		fmt.Printf("%s: %s / %s\n", bands.Code(), bands.Label(band, language.Polish), bands.Label(band, language.English))
	}
	// Output:
	// wiek: 18
	// esf_plus: 18–29 lat / 18-29
	// esf_2014: poniżej 25 lat / under 25
}

// GUS working age ends at 59 for women and at 64 for men.
func ExampleWorkingAgeGUS() {
	gus := indicator.WorkingAgeGUS()
	for _, s := range []indicator.Sex{indicator.Female, indicator.Male} {
		band, _ := gus.Band(s, 62)
		fmt.Printf("%s, 62: %s\n", s.Label(language.Polish), gus.Label(band, language.Polish))
	}
	// Output:
	// kobieta, 62: wiek poprodukcyjny
	// mężczyzna, 62: wiek produkcyjny
}

// Two offices count their participants separately (in parallel, or on
// different machines) and the tallies are merged.
func ExampleTally_Merge() {
	bands := indicator.ESFPlusAgeBands()
	north, south := indicator.NewTally(bands), indicator.NewTally(bands)
	_ = north.AddRecord(indicator.Female, 1, indicator.Unemployed)
	_ = north.AddRecord(indicator.Female, 1, indicator.LongTermUnemployed)
	_ = north.AddRecord(indicator.Male, 2, indicator.LongTermUnemployed)
	_ = south.AddRecord(indicator.Male, 1, indicator.Unemployed)
	_ = south.AddRecord(indicator.Female, 3, indicator.Inactive)

	var all indicator.Tally // the zero Tally adopts the scheme of the first merge
	for _, shard := range []indicator.Tally{north, south} {
		if err := all.Merge(shard); err != nil {
			fmt.Println(err)
		}
	}
	for b := range bands.Len() {
		fmt.Printf("%s: %s\n", bands.Label(b, language.Polish), all.ByBand(b))
	}
	fmt.Println("długotrwale bezrobotni:", all.ByStatus(indicator.LongTermUnemployed))
	fmt.Println("razem:", all.Total().Format(language.Polish))
	fmt.Println("total:", all.Total().Format(language.English))

	other := indicator.NewTally(indicator.ESF2014AgeBands())
	fmt.Println(integracja.Localize(all.Merge(other), language.Polish))
	// Output:
	// poniżej 18 lat: 0
	// 18–29 lat: 3 (2K i 1M)
	// 30–54 lata: 1 (1M)
	// 55 lat i więcej: 1 (1K)
	// długotrwale bezrobotni: 2 (1K i 1M)
	// razem: 5 (3K i 2M)
	// total: 5 (3 women, 2 men)
	// bands: niezgodny schemat przedziałów wieku: nie można połączyć liczników: schemat „esf_2014” różny od „esf_plus”
}

// The ESF+ common indicators are computed from participant profiles, every
// one by sex.
func ExampleCommonIndicator_Count() {
	entry := integracja.MustParseDate("2023-03-01")
	exit := integracja.MustParseDate("2023-09-29")
	ps := []indicator.Profile{
		{Sex: indicator.Female, BirthDate: integracja.MustParseDate("1990-04-12"), Entry: entry, Exit: exit,
			Status: indicator.LongTermUnemployed, Education: indicator.ISCED1to2,
			Leaving: indicator.Leaving{Employed: true}},
		{Sex: indicator.Female, BirthDate: integracja.MustParseDate("1975-11-02"), Entry: entry, Exit: exit,
			Status: indicator.Unemployed, Education: indicator.ISCED3to4,
			Leaving: indicator.Leaving{JobSearching: true, Qualification: true}},
		{Sex: indicator.Male, BirthDate: integracja.MustParseDate("1968-07-30"), Entry: entry, Exit: exit,
			Status: indicator.Inactive, Education: indicator.ISCED3to4,
			Leaving: indicator.Leaving{Employed: true, Qualification: true}},
		{Sex: indicator.Male, BirthDate: integracja.MustParseDate("2001-01-15"), Entry: entry,
			Status: indicator.Unemployed, Education: indicator.ISCED5to8},
	}
	for _, code := range []string{"EECO01", "EECO02", "EECR03", "EECR04"} {
		c, err := indicator.LookupCommonIndicator(code)
		if err != nil {
			fmt.Println(err)
			continue
		}
		n, err := c.Count(ps)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %s: %s\n", c.Code(), c.Name(language.Polish), n.Format(language.Polish))
		fmt.Printf("%s %s: %s\n", c.Code(), c.Name(language.English), n.Format(language.English))
	}
	// Output:
	// EECO01 łączna liczba uczestników: 4 (2K i 2M)
	// EECO01 total number of participants: 4 (2 women, 2 men)
	// EECO02 osoby bezrobotne, w tym długotrwale bezrobotne: 3 (2K i 1M)
	// EECO02 unemployed, including long-term unemployed: 3 (2 women, 1 man)
	// EECR03 osoby uzyskujące kwalifikacje po opuszczeniu programu: 2 (1K i 1M)
	// EECR03 participants gaining a qualification upon leaving: 2 (1 woman, 1 man)
	// EECR04 osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek, po opuszczeniu programu: 2 (1K i 1M)
	// EECR04 participants in employment, including self-employment, upon leaving: 2 (1 woman, 1 man)
}

// Under ESF+ a participant is either job searching or employed upon
// leaving, never both: only the last status in the four weeks counts.
func ExampleProfile_LogValue() {
	p := indicator.Profile{Sex: indicator.Female, BirthDate: integracja.MustParseDate("1957-11-23"),
		Entry: integracja.MustParseDate("2019-06-01"), Status: indicator.LongTermUnemployed, Education: indicator.ISCED1to2}
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{} // a fixed output for the example
			}
			return a
		}}))
	logger.Info("przyjęto uczestnika", "participant", p)
	fmt.Println(p)
	// Output:
	// level=INFO msg="przyjęto uczestnika" participant.sex=female participant.ageAtEntry=61 participant.entry=2019-06-01 participant.status=long_term_unemployed participant.education=isced_1_2
	// indicator.Profile{sex: female, birthDate: hidden, ageAtEntry: 61, entry: 2019-06-01, status: long_term_unemployed, education: isced_1_2}
}

func ExampleProfile_Validate() {
	p := indicator.Profile{
		Sex:       indicator.Male,
		BirthDate: integracja.MustParseDate("1985-08-20"),
		Entry:     integracja.MustParseDate("2022-01-10"),
		Exit:      integracja.MustParseDate("2022-06-30"),
		Status:    indicator.LongTermUnemployed,
		Education: indicator.ISCED3to4,
		Leaving:   indicator.Leaving{JobSearching: true, Employed: true},
	}
	err := p.Validate()
	fmt.Println(integracja.Localize(err, language.Polish))
	fmt.Println(integracja.Localize(err, language.English))
	// Output:
	// leaving.employed: wartości są ze sobą sprzeczne: poszukiwanie pracy (EECR01) i zatrudnienie (EECR04) po opuszczeniu projektu wykluczają się; zapisuje się tylko ostatni status
	// leaving.employed: values contradict each other: job searching (EECR01) and employment (EECR04) upon leaving exclude each other; record only the last status
}

// CO12–CO14 were removed from the ESF 2014–2020 list in 2018.
func ExampleLookupCommonIndicator() {
	c, err := indicator.LookupCommonIndicator("co19")
	if err == nil {
		fmt.Println(c.Describe(language.English), "— sampled:", c.Sampled())
	}
	_, err = indicator.LookupCommonIndicator("CO13")
	fmt.Println(integracja.Localize(err, language.English))
	// Output:
	// CO19 — from rural areas (output indicator, ESF 2014-2020) — sampled: true
	// cannot parse common indicator "CO13": indicator removed from Annex I of Regulation 1304/2013 in 2018
}

// Profiles arrive as JSON; decoding is strict and names the path of every
// problem.
func ExampleDecodeProfiles() {
	_, err := indicator.DecodeProfiles([]byte(`[
		{"sex":"female","birthDate":"1990-04-12","entry":"2023-03-01","status":"unemployed","education":"isced_1_2"},
		{"sex":"male","birthDate":"1968-07-30","entry":"2023-03-01","exit":"2023-02-01","status":"inactive"}
	]`))
	fmt.Println(integracja.Localize(err, language.Polish))
	// Output:
	// [1].exit: wartości są ze sobą sprzeczne: "2023-02-01": data zakończenia udziału wcześniejsza niż data przystąpienia do projektu
	// [1].education: brak wymaganej wartości
}
