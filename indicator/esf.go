package indicator

import (
	"database/sql/driver"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Framework is the EU programming period whose common indicators a
// [CommonIndicator] belongs to. The zero Framework is ESF2014.
type Framework uint8

// The programming periods.
const (
	// ESF2014 is the European Social Fund 2014–2020 (EFS): Regulation (EU)
	// No 1304/2013, Annex I, as amended by Regulation (EU, Euratom)
	// 2018/1046 (Omnibus).
	ESF2014 Framework = iota
	// ESFPlus is the European Social Fund Plus 2021–2027 (EFS+): Regulation
	// (EU) 2021/1057, Annex I.
	ESFPlus
)

var frameworks = enum.MustNew(enum.Spec[Framework]{
	Type: "Framework", Kind: "ESF framework", KindPL: "okresu programowania EFS",
	Codes: []string{"esf_2014", "esf_plus"},
	Labels: []enum.Text{
		{PL: "EFS 2014–2020", EN: "ESF 2014-2020"},
		{PL: "EFS+ 2021–2027", EN: "ESF+ 2021-2027"},
	},
	Fold:   true,
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "esf_2014" or "esf_plus".
func (f Framework) String() string { return frameworks.String(f) }

// Label returns the programming period in words: "EFS+ 2021–2027".
func (f Framework) Label(t language.Tag) string { return frameworks.Label(f, t) }

// ParseFramework parses "esf_2014" or "esf_plus", in any case.
func ParseFramework(s string) (Framework, error) { return frameworks.Parse(s) }

// MarshalText returns the stable code; a value out of range is an error.
func (f Framework) MarshalText() ([]byte, error) { return frameworks.MarshalText(f) }

// UnmarshalText parses a stable code with [ParseFramework].
func (f *Framework) UnmarshalText(b []byte) error { return frameworks.UnmarshalText(f, b) }

// Value stores f as its stable code, a string, for database/sql; an
// undefined Framework is an error.
func (f Framework) Value() (driver.Value, error) { return frameworks.Value(f) }

// Scan reads the stable code from a text column; a number is an error,
// and on error f is unchanged.
func (f *Framework) Scan(src any) error { return frameworks.Scan(f, src) }

// Sourcing says how well the sources behind a fact are confirmed, with the
// marks of doc/law.md#status: verified (the regulation, act or programme
// document, or an official reproduction of it, was read), partly (a
// secondary source states it), unverified (no source read confirms it).
// The zero Sourcing is Verified.
type Sourcing uint8

// The sourcing marks.
const (
	Verified      Sourcing = iota // verified: the primary source states it
	PartlySourced                 // partly: a secondary source states it
	Unverified                    // unverified: no source read confirms it
)

var sourcings = enum.MustNew(enum.Spec[Sourcing]{
	Type: "Sourcing", Kind: "sourcing", KindPL: "stopnia potwierdzenia w źródłach",
	Codes: []string{"verified", "partly_sourced", "unverified"},
	Labels: []enum.Text{
		{PL: "potwierdzone w źródle", EN: "verified"},
		{PL: "częściowo potwierdzone", EN: "partly sourced"},
		{PL: "niepotwierdzone", EN: "unverified"},
	},
	Fold:   true,
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "verified", "partly_sourced" or
// "unverified".
func (s Sourcing) String() string { return sourcings.String(s) }

// Label returns the mark in words.
func (s Sourcing) Label(t language.Tag) string { return sourcings.Label(s, t) }

// ParseSourcing parses "verified", "partly_sourced" or "unverified", in any
// case.
func ParseSourcing(s string) (Sourcing, error) { return sourcings.Parse(s) }

// MarshalText returns the stable code; a value out of range is an error.
func (s Sourcing) MarshalText() ([]byte, error) { return sourcings.MarshalText(s) }

// UnmarshalText parses a stable code with [ParseSourcing].
func (s *Sourcing) UnmarshalText(b []byte) error { return sourcings.UnmarshalText(s, b) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined Sourcing is an error.
func (s Sourcing) Value() (driver.Value, error) { return sourcings.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *Sourcing) Scan(src any) error { return sourcings.Scan(s, src) }

// CommonIndicator is one of the common indicators for participants of the
// ESF 2014–2020 or of ESF+ 2021–2027 (wspólny wskaźnik produktu lub
// rezultatu dotyczący uczestników): a code as SFC numbers it, a name in
// Polish and English, its kind, and the rule that says whether a
// participant's [Profile] counts. "All data shall be broken down by gender"
// (Regulation (EU) No 1304/2013, Annex I), so a CommonIndicator always
// computes a [Count] by sex.
//
// The list of indicators comes from the Regulations' Annex I (verified,
// doc/law.md#esf-2014 and doc/law.md#esf-plus); most codes are the usual
// SFC numbering, partly sourced ([CommonIndicator.Sourcing] says which). CO12–CO14 (participants living in jobless households, with
// dependent children, single-adult households with dependent children)
// were removed by the 2018 Omnibus amendment (Regulation (EU, Euratom)
// 2018/1046) and are not offered: they need household data a [Profile]
// does not hold and no report after 2018 asks for them. The entity
// indicators (CO20–CO23, EECO18–EECO19) count projects and organisations,
// not participants, and are not here either.
//
// A CommonIndicator is an immutable value; get them from
// [CommonIndicators] or [LookupCommonIndicator]. The zero CommonIndicator
// counts no one and has no code.
type CommonIndicator struct {
	code      string
	name      integracja.Text
	kind      Kind
	framework Framework
	sourcing  Sourcing
	sample    bool
	longTerm  bool
	includes  func(p *Profile) bool
}

// Code returns the indicator's code: "CO01", "EECR04".
func (c CommonIndicator) Code() string { return c.code }

// String returns the indicator's code.
func (c CommonIndicator) String() string { return c.code }

// Name returns the indicator's name in the language t asks for.
func (c CommonIndicator) Name(t language.Tag) string { return c.name.In(t) }

// Kind returns Output for the output indicators (CO…, EECO…) and Result
// for the result indicators (CR…, EECR…).
func (c CommonIndicator) Kind() Kind { return c.kind }

// Framework returns the programming period the indicator belongs to.
func (c CommonIndicator) Framework() Framework { return c.framework }

// Sourcing says how well the indicator's code is confirmed by the sources:
// the list of indicators is in the Regulations, the codes mostly come from
// SFC practice (partly sourced); for EECR05 both the annex that defines it
// and its code are unverified (doc/law.md#esf-longer-term).
func (c CommonIndicator) Sourcing() Sourcing { return c.sourcing }

// Sampled reports whether the Regulation lets the indicator be collected on
// a representative sample of participants rather than on all of them
// (CO18, CO19).
func (c CommonIndicator) Sampled() bool { return c.sample }

// LongTerm reports whether the indicator is a longer-term result, measured
// six months after leaving (CR06–CR09, EECR05), rather than within four
// weeks of leaving.
func (c CommonIndicator) LongTerm() bool { return c.longTerm }

// Includes reports whether the participant counts in the indicator. It
// trusts the profile: validate profiles first ([Profile.Validate]).
func (c CommonIndicator) Includes(p Profile) bool { return c.includes != nil && c.includes(&p) }

// Count returns the number of participants among ps that count in the
// indicator, by sex. It validates every profile first: when any is
// invalid it counts nothing and returns every problem with the index of
// its profile in the path ("[3].entry"), because a figure computed from
// bad records would be reported as if it were right.
func (c CommonIndicator) Count(ps []Profile) (Count, error) {
	if err := ValidateProfiles(ps); err != nil {
		return Count{}, err
	}
	var n Count
	if c.includes == nil {
		return n, nil
	}
	for i := range ps {
		if c.includes(&ps[i]) {
			n = n.Plus(ps[i].Sex, 1)
		}
	}
	return n, nil
}

// Describe returns the code, name, kind and programming period in the
// language t asks for: "EECO01 — łączna liczba uczestników (wskaźnik
// produktu, EFS+ 2021–2027)".
func (c CommonIndicator) Describe(t language.Tag) string {
	return fmt.Sprintf("%s — %s (%s, %s)", c.code, c.name.In(t), c.kind.Label(t), c.framework.Label(t))
}

func ageAtLeast(n int) func(p *Profile) bool {
	return func(p *Profile) bool { return p.AgeAtEntry() >= n }
}

func ageBetween(from, to int) func(p *Profile) bool {
	return func(p *Profile) bool { a := p.AgeAtEntry(); return a >= from && a <= to }
}

// commonIndicators builds the table, fresh on every call: a CommonIndicator
// holds a func, so the table cannot be a constant, and a package-level
// slice would be mutable.
func commonIndicators() []CommonIndicator {
	type T = integracja.Text
	out := func(code string, name T, f func(p *Profile) bool) CommonIndicator {
		return CommonIndicator{code: code, name: name, kind: Output, sourcing: PartlySourced, includes: f}
	}
	res := func(code string, name T, f func(p *Profile) bool) CommonIndicator {
		return CommonIndicator{code: code, name: name, kind: Result, sourcing: PartlySourced,
			includes: func(p *Profile) bool { return p.HasLeft() && f(p) }}
	}
	later := func(code string, name T, f func(p *Profile) bool) CommonIndicator {
		c := res(code, name, f)
		c.longTerm = true
		return c
	}
	plus := func(c CommonIndicator, s Sourcing) CommonIndicator {
		c.framework = ESFPlus
		c.sourcing = s
		return c
	}
	sampled := func(c CommonIndicator) CommonIndicator { c.sample = true; return c }

	unemployed := func(p *Profile) bool { return p.Status.IsUnemployed() }
	ltu := func(p *Profile) bool { return p.Status == LongTermUnemployed }
	inactive := func(p *Profile) bool { return p.Status.IsInactive() }
	employed := func(p *Profile) bool { return p.Status == Employed }
	edu := func(levels ...Education) func(p *Profile) bool {
		return func(p *Profile) bool {
			for _, l := range levels {
				if p.Education == l {
					return true
				}
			}
			return false
		}
	}
	disabled := func(p *Profile) bool { return p.Disability }
	homeless := func(p *Profile) bool { return p.Homeless }
	rural := func(p *Profile) bool { return p.Rural }
	jobSearching := func(p *Profile) bool { return p.Leaving.JobSearching }
	inEducation := func(p *Profile) bool { return p.Leaving.InEducation }
	qualified := func(p *Profile) bool { return p.Leaving.Qualification }
	employedOnLeaving := func(p *Profile) bool { return p.Leaving.Employed }
	employedLater := func(p *Profile) bool { return p.Later.Employed }

	return []CommonIndicator{
		// ESF 2014–2020, outputs.
		out("CO01", T{PL: "osoby bezrobotne, w tym długotrwale bezrobotne", EN: "unemployed, including long-term unemployed"}, unemployed),
		out("CO02", T{PL: "osoby długotrwale bezrobotne", EN: "long-term unemployed"}, ltu),
		out("CO03", T{PL: "osoby bierne zawodowo", EN: "inactive"}, inactive),
		out("CO04", T{PL: "osoby bierne zawodowo, nieuczestniczące w kształceniu lub szkoleniu",
			EN: "inactive, not in education or training"}, func(p *Profile) bool { return p.Status == InactiveNotInEducation }),
		out("CO05", T{PL: "osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek",
			EN: "employed, including self-employed"}, employed),
		out("CO06", T{PL: "osoby poniżej 25 lat", EN: "below 25 years of age"}, ageBetween(0, 24)),
		out("CO07", T{PL: "osoby powyżej 54 lat", EN: "above 54 years of age"}, ageAtLeast(55)),
		out("CO08", T{PL: "osoby powyżej 54 lat, które są bezrobotne, w tym długotrwale bezrobotne, lub bierne zawodowo, nieuczestniczące w kształceniu lub szkoleniu",
			EN: "above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education or training"},
			func(p *Profile) bool {
				return p.AgeAtEntry() >= 55 && (p.Status.IsUnemployed() || p.Status == InactiveNotInEducation)
			}),
		out("CO09", T{PL: "osoby z wykształceniem na poziomie ISCED 1–2",
			EN: "with primary or lower secondary education (ISCED 1-2)"}, edu(ISCED1to2)),
		out("CO10", T{PL: "osoby z wykształceniem na poziomie ISCED 3–4",
			EN: "with upper secondary or post-secondary education (ISCED 3-4)"}, edu(ISCED3to4)),
		out("CO11", T{PL: "osoby z wykształceniem na poziomie ISCED 5–8", EN: "with tertiary education (ISCED 5-8)"}, edu(ISCED5to8)),
		out("CO15", T{PL: "migranci, osoby obcego pochodzenia, mniejszości (w tym społeczności marginalizowane, takie jak Romowie)",
			EN: "migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)"},
			func(p *Profile) bool { return p.ThirdCountNational || p.ForeignBackground || p.Minority }),
		out("CO16", T{PL: "osoby z niepełnosprawnościami", EN: "participants with disabilities"}, disabled),
		out("CO17", T{PL: "inne osoby w niekorzystnej sytuacji społecznej", EN: "other disadvantaged"},
			func(p *Profile) bool { return p.OtherDisadvantaged }),
		sampled(out("CO18", T{PL: "osoby bezdomne lub dotknięte wykluczeniem z dostępu do mieszkań",
			EN: "homeless or affected by housing exclusion"}, homeless)),
		sampled(out("CO19", T{PL: "osoby z obszarów wiejskich", EN: "from rural areas"}, rural)),

		// ESF 2014–2020, immediate results (within four weeks of leaving).
		res("CR01", T{PL: "osoby bierne zawodowo poszukujące pracy po opuszczeniu programu",
			EN: "inactive participants engaged in job searching upon leaving"},
			func(p *Profile) bool { return p.Status.IsInactive() && p.Leaving.JobSearching }),
		res("CR02", T{PL: "osoby uczestniczące w kształceniu lub szkoleniu po opuszczeniu programu",
			EN: "participants in education or training upon leaving"}, inEducation),
		res("CR03", T{PL: "osoby uzyskujące kwalifikacje po opuszczeniu programu",
			EN: "participants gaining a qualification upon leaving"}, qualified),
		res("CR04", T{PL: "osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek, po opuszczeniu programu",
			EN: "participants in employment, including self-employment, upon leaving"}, employedOnLeaving),
		res("CR05", T{PL: "osoby w niekorzystnej sytuacji społecznej poszukujące pracy, uczestniczące w kształceniu lub szkoleniu, uzyskujące kwalifikacje lub pracujące, łącznie z prowadzącymi działalność na własny rachunek, po opuszczeniu programu",
			EN: "disadvantaged participants engaged in job searching, education or training, gaining a qualification, or in employment upon leaving"},
			func(p *Profile) bool { return p.Disadvantaged() && p.Leaving.Any() }),

		// ESF 2014–2020, longer-term results (six months after leaving).
		later("CR06", T{PL: "osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek, sześć miesięcy po opuszczeniu programu",
			EN: "participants in employment, including self-employment, six months after leaving"}, employedLater),
		later("CR07", T{PL: "osoby w lepszej sytuacji na rynku pracy sześć miesięcy po opuszczeniu programu",
			EN: "participants with an improved labour market situation six months after leaving"},
			func(p *Profile) bool { return p.Later.Improved }),
		later("CR08", T{PL: "osoby powyżej 54 lat pracujące, łącznie z prowadzącymi działalność na własny rachunek, sześć miesięcy po opuszczeniu programu",
			EN: "participants above 54 years of age in employment, including self-employment, six months after leaving"},
			func(p *Profile) bool { return p.AgeAtEntry() >= 55 && p.Later.Employed }),
		later("CR09", T{PL: "osoby w niekorzystnej sytuacji społecznej pracujące, łącznie z prowadzącymi działalność na własny rachunek, sześć miesięcy po opuszczeniu programu",
			EN: "disadvantaged participants in employment, including self-employment, six months after leaving"},
			func(p *Profile) bool { return p.Disadvantaged() && p.Later.Employed }),

		// ESF+ 2021–2027, outputs 1.1.
		plus(out("EECO01", T{PL: "łączna liczba uczestników", EN: "total number of participants"},
			func(*Profile) bool { return true }), PartlySourced),
		plus(out("EECO02", T{PL: "osoby bezrobotne, w tym długotrwale bezrobotne", EN: "unemployed, including long-term unemployed"},
			unemployed), Verified),
		plus(out("EECO03", T{PL: "osoby długotrwale bezrobotne", EN: "long-term unemployed"}, ltu), PartlySourced),
		plus(out("EECO04", T{PL: "osoby bierne zawodowo", EN: "inactive"}, inactive), PartlySourced),
		plus(out("EECO05", T{PL: "osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek",
			EN: "employed, including self-employed"}, employed), PartlySourced),
		plus(out("EECO06", T{PL: "dzieci poniżej 18 lat", EN: "children below 18 years of age"}, ageBetween(0, 17)), PartlySourced),
		plus(out("EECO07", T{PL: "młodzi ludzie w wieku 18–29 lat", EN: "young people aged 18-29"}, ageBetween(18, 29)), PartlySourced),
		plus(out("EECO08", T{PL: "osoby w wieku 55 lat i więcej", EN: "participants aged 55 and over"}, ageAtLeast(55)), PartlySourced),
		plus(out("EECO09", T{PL: "osoby z wykształceniem na poziomie ISCED 0–2", EN: "with lower secondary education or less (ISCED 0-2)"},
			edu(ISCED0, ISCED1to2)), PartlySourced),
		plus(out("EECO10", T{PL: "osoby z wykształceniem na poziomie ISCED 3–4", EN: "with upper secondary or post-secondary education (ISCED 3-4)"},
			edu(ISCED3to4)), PartlySourced),
		plus(out("EECO11", T{PL: "osoby z wykształceniem na poziomie ISCED 5–8", EN: "with tertiary education (ISCED 5-8)"},
			edu(ISCED5to8)), PartlySourced),

		// ESF+ 2021–2027, outputs 1.2.
		plus(out("EECO12", T{PL: "osoby z niepełnosprawnościami", EN: "participants with disabilities"}, disabled), Verified),
		plus(out("EECO13", T{PL: "obywatele państw trzecich", EN: "third-country nationals"},
			func(p *Profile) bool { return p.ThirdCountNational }), PartlySourced),
		plus(out("EECO14", T{PL: "osoby obcego pochodzenia", EN: "participants with a foreign background"},
			func(p *Profile) bool { return p.ForeignBackground }), PartlySourced),
		plus(out("EECO15", T{PL: "mniejszości (w tym społeczności marginalizowane, takie jak Romowie)",
			EN: "minorities, including marginalised communities such as the Roma"},
			func(p *Profile) bool { return p.Minority }), PartlySourced),
		plus(out("EECO16", T{PL: "osoby bezdomne lub dotknięte wykluczeniem z dostępu do mieszkań",
			EN: "homeless or affected by housing exclusion"}, homeless), PartlySourced),
		plus(out("EECO17", T{PL: "osoby z obszarów wiejskich", EN: "participants from rural areas"}, rural), PartlySourced),

		// ESF+ 2021–2027, results (within four weeks, 28 days, of leaving).
		plus(res("EECR01", T{PL: "osoby poszukujące pracy po opuszczeniu programu", EN: "participants engaged in job searching upon leaving"},
			jobSearching), Verified),
		plus(res("EECR02", T{PL: "osoby uczestniczące w kształceniu lub szkoleniu po opuszczeniu programu",
			EN: "participants in education or training upon leaving"}, inEducation), Verified),
		plus(res("EECR03", T{PL: "osoby uzyskujące kwalifikacje po opuszczeniu programu",
			EN: "participants gaining a qualification upon leaving"}, qualified), Verified),
		plus(res("EECR04", T{PL: "osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek, po opuszczeniu programu",
			EN: "participants in employment, including self-employment, upon leaving"}, employedOnLeaving), Verified),
		// ESF+ longer-term result: the annex that defines it and its code
		// are unverified (doc/law.md#esf-longer-term).
		plus(later("EECR05", T{PL: "osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek, sześć miesięcy po opuszczeniu programu",
			EN: "participants in employment, including self-employment, six months after leaving"}, employedLater), Unverified),
	}
}

// CommonIndicators returns the common indicators for participants of the
// ESF 2014–2020 and of ESF+ 2021–2027 in a new slice, in the order of the
// Regulations' annexes (doc/law.md#esf-2014, doc/law.md#esf-plus):
//
//   - ESF 2014–2020 outputs CO01–CO11 and CO15–CO19 (the list verified,
//     the codes partly sourced; CO18 and CO19 may be collected on a
//     representative sample; CO12–CO14 were removed in 2018 and are not
//     computed);
//   - ESF 2014–2020 immediate results CR01–CR05, within four weeks of
//     leaving, and longer-term results CR06–CR09, six months after leaving
//     (the list verified, the codes partly sourced);
//   - ESF+ outputs EECO01–EECO17 (codes partly sourced from the SFC FAQ,
//     EECO02 and EECO12 verified);
//   - ESF+ results EECR01–EECR04, within 28 days of leaving (verified;
//     EECR01 and EECR04 exclude each other), and EECR05, employment six
//     months after leaving: whether an annex of Regulation (EU) 2021/1057
//     defines it, and under which code, is unverified
//     (doc/law.md#esf-longer-term), so a programme may leave it out.
//
// Age is measured at entry; the result indicators count only participants
// who have left (Exit set).
//
// The Polish names use one wording for each concept in both periods and
// in outputs and results alike: the employed are "osoby pracujące, łącznie
// z prowadzącymi działalność na własny rachunek" in CO05, CR04, CR05,
// CR06, CR08, CR09, EECO05, EECR04 and EECR05; the unemployed "osoby
// bezrobotne, w tym długotrwale bezrobotne"; a result ends "po opuszczeniu
// programu", a longer-term one "sześć miesięcy po opuszczeniu programu";
// education is named by its ISCED levels ("osoby z wykształceniem na
// poziomie ISCED 3–4"), which read the same before and after the Polish
// school reform of 2017.
//
// CO09 counts ISCED 1–2 as Annex I of Regulation (EU) No 1304/2013 words
// it; participants below primary education ([ISCED0]) fall in none of
// CO09–CO11. Whether the Commission's guidance folds ISCED 0 into CO09 is
// unverified; a programme that does so adds its [ISCED0] participants to
// CO09 itself. ESF+ EECO09 names ISCED 0–2 and counts both.
func CommonIndicators() []CommonIndicator { return commonIndicators() }

// CommonIndicatorsOf returns the common indicators of one programming
// period, in a new slice.
func CommonIndicatorsOf(f Framework) []CommonIndicator {
	var out []CommonIndicator
	for _, c := range commonIndicators() {
		if c.framework == f {
			out = append(out, c)
		}
	}
	return out
}

// ErrRemovedIndicator reports a request for CO12, CO13 or CO14, the
// household indicators the 2018 Omnibus amendment removed from Annex I of
// Regulation (EU) No 1304/2013.
var ErrRemovedIndicator = integracja.NewCause("removed_indicator", integracja.Text{
	PL: "wskaźnik usunięty z załącznika I rozporządzenia 1304/2013 w 2018 r.",
	EN: "indicator removed from Annex I of Regulation 1304/2013 in 2018"})

// LookupCommonIndicator returns the common indicator with the given code, in
// any case ("eecr04" finds EECR04). An unknown code is an error wrapping
// [integracja.ErrUnknown]; CO12–CO14 give [ErrRemovedIndicator].
func LookupCommonIndicator(code string) (CommonIndicator, error) {
	k := strings.ToUpper(strings.TrimSpace(code))
	for _, c := range commonIndicators() {
		if c.code == k {
			return c, nil
		}
	}
	if k == "CO12" || k == "CO13" || k == "CO14" {
		return CommonIndicator{}, &integracja.ParseError{Kind: "common indicator", KindPL: "wspólnego wskaźnika", Input: code, Err: ErrRemovedIndicator}
	}
	return CommonIndicator{}, &integracja.ParseError{Kind: "common indicator", KindPL: "wspólnego wskaźnika", Input: code, Err: integracja.ErrUnknown,
		Detail: integracja.Text{PL: "nieznany kod wskaźnika wspólnego", EN: "unknown common indicator code"}}
}

// CountAll computes every indicator in cs over ps, by sex, in the order of
// cs. It validates the profiles once; when any is invalid it computes
// nothing and returns every problem with the index of its profile in the
// path.
func CountAll(cs []CommonIndicator, ps []Profile) ([]Count, error) {
	if err := ValidateProfiles(ps); err != nil {
		return nil, err
	}
	out := make([]Count, len(cs))
	for i := range ps {
		p := &ps[i]
		for j, c := range cs {
			if c.includes != nil && c.includes(p) {
				out[j] = out[j].Plus(p.Sex, 1)
			}
		}
	}
	return out, nil
}
