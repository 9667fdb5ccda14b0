package examples_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/examples"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
	"github.com/aktywna/integracja/programme/programmetest"
)

// seed returns the seed stored as seeds/name.json and its programme, which
// must decode and validate.
func seed(t *testing.T, name string) (examples.Seed, programme.Programme) {
	t.Helper()
	s, err := examples.Lookup(name)
	require.NoError(t, err, name)
	p, err := s.Programme()
	require.NoError(t, err, "%s: %s", name, integracja.Localize(err, language.English))
	return s, p
}

// doc reads a count as the document writes it.
func doc(t *testing.T, s string) indicator.Count {
	t.Helper()
	c, err := indicator.ParseCount(s)
	require.NoError(t, err, s)
	return c
}

// zl reads an amount as the document writes it.
func zl(t *testing.T, s string) budget.Money {
	t.Helper()
	m, err := budget.ParseMoney(s)
	require.NoError(t, err, s)
	return m
}

func date(s string) integracja.Date { return integracja.MustParseDate(s) }

// sub returns p with only the participants of the subgroup.
func sub(p programme.Programme, code string) programme.Programme {
	p.Participants = examples.Members(p, code)
	return p
}

// sameCount checks a computed count against the document's, printing both.
func sameCount(t *testing.T, want, got indicator.Count, what string) {
	t.Helper()
	assert.Equal(t, want, got, "%s: the document says %s, the records give %s", what, want, got)
}

// sameTotal checks a computed count against a document's figure that has
// no breakdown by sex: only the total can be compared.
func sameTotal(t *testing.T, want int, got indicator.Count, what string) {
	t.Helper()
	assert.Equal(t, want, got.Total(), "%s: the document says %d, the records give %s", what, want, got)
}

func sameMoney(t *testing.T, want, got budget.Money, what string) {
	t.Helper()
	assert.True(t, want.Equal(got), "%s: want %s, got %s", what, want.Format(language.Polish), got.Format(language.Polish))
}

func TestEverySeedDecodesValidatesAndRoundTrips(t *testing.T) {
	seeds := examples.Seeds()
	require.Len(t, seeds, 5)
	for _, s := range seeds {
		t.Run(s.File, func(t *testing.T) {
			p, err := s.Programme()
			require.NoError(t, err, integracja.Localize(err, language.English))
			b, err := programme.Encode(p)
			require.NoError(t, err)
			q, err := programme.Decode(b)
			require.NoError(t, err)
			require.NoError(t, q.Validate())
			assert.True(t, p.Equal(q), "the programme changed on its way through JSON")
			again, err := programme.Encode(q)
			require.NoError(t, err)
			assert.Equal(t, string(b), string(again), "encoding is stable")
		})
	}
}

func TestEverySeedNamesItsDocumentAndMarksItsRecordsSynthetic(t *testing.T) {
	for _, s := range examples.Seeds() {
		t.Run(s.File, func(t *testing.T) {
			p, err := s.Programme()
			require.NoError(t, err)
			require.Len(t, p.Sources, 1)
			assert.Equal(t, s.Document, p.Sources[0].File, "the source is the seed document")
			assert.NotEmpty(t, p.Sources[0].Title)
			require.NotEmpty(t, p.Participants)
			for _, pt := range p.Participants {
				assert.True(t, pt.Synthetic, "%s is synthetic", pt.ID)
				assert.Nil(t, pt.Person, "%s: no names, no PESEL", pt.ID)
				assert.True(t, pt.BirthDate.IsValid(), "%s has a birth date", pt.ID)
			}
			for _, r := range s.Readings {
				assert.NotEmpty(t, r.PL)
				assert.NotEmpty(t, r.EN)
			}
		})
	}
}

// scheme returns the shipped scheme the programme names.
func scheme(t *testing.T, p programme.Programme) programme.Scheme {
	t.Helper()
	sc, err := programme.LookupScheme(p.Scheme)
	require.NoError(t, err, p.Scheme)
	return sc
}

// Every figure a seed reports as an indicator is reproduced from the
// records, by the library's IndicatorsAt or, for a subgroup, by the
// seed's measure: by sex when the document gives the breakdown, in total
// when it does not; and every target is reached.
func TestEveryReportedIndicatorComesOutOfTheRecords(t *testing.T) {
	for _, s := range examples.Seeds() {
		t.Run(s.File, func(t *testing.T) {
			p, err := s.Programme()
			require.NoError(t, err)
			require.NotEmpty(t, p.Indicators)
			rep := s.Indicators(p, scheme(t, p), p.Period.To)
			for _, in := range p.Indicators {
				row, ok := rep.Lookup(in.Code)
				require.True(t, ok, in.Code)
				require.True(t, row.Computable, "%s is computed from the records", in.Code)
				assert.False(t, row.Differs(), "%s: the document says %s, the records give %s", in.Code, row.Reported, row.Computed)
				if in.HasTarget() {
					assert.Equal(t, in.Target, row.Computed, "%s: target %s, records %s", in.Code, in.Target, row.Computed)
				}
			}
		})
	}
}

// The library's checks of each seed against its scheme find what the
// documents show: no reported figure differs from the records, every
// contract comes before the activities it is the condition of, and the
// documents that give figures without a breakdown by sex are found out.
func TestTheSchemeChecksOfEverySeed(t *testing.T) {
	for _, s := range examples.Seeds() {
		t.Run(s.File, func(t *testing.T) {
			p, err := s.Programme()
			require.NoError(t, err)
			fs := programmetest.Check(t, p, scheme(t, p), p.Period.To)
			programmetest.AssertNoFinding(t, fs, programme.RuleIndicatorReported)
			programmetest.AssertNoFinding(t, fs, programme.RuleIndicatorTarget)
			programmetest.AssertNoFinding(t, fs, programme.RuleContract)
			programmetest.AssertNoFinding(t, fs, programme.RuleQuota)
			programmetest.AssertNoFinding(t, fs, programme.RulePSUWeeklyCap)
			programmetest.AssertNoFinding(t, fs, programme.RuleAge)
		})
	}
	t.Run("Dąbrowa Górnicza gives 90 participants without their sex", func(t *testing.T) {
		_, p := seed(t, "dabrowa-gornicza-2011")
		fs := programmetest.Check(t, p, scheme(t, p), p.Period.To)
		programmetest.AssertFinding(t, fs, programmetest.Want{Rule: programme.RuleIndicatorBySex,
			Severity: integracja.Violation, Path: "indicators[0].achieved"})
	})
	t.Run("Brzeszcze gives the project's flows without their sex", func(t *testing.T) {
		_, p := seed(t, "brzeszcze-2014")
		fs := programmetest.Check(t, p, scheme(t, p), p.Period.To)
		for _, code := range []string{"project_participants", "dropped_out", "left_for_job", "came_back", "project_continuing"} {
			i := slices.IndexFunc(p.Indicators, func(in indicator.Indicator) bool { return in.Code == code })
			require.GreaterOrEqual(t, i, 0, code)
			programmetest.AssertFinding(t, fs, programmetest.Want{Rule: programme.RuleIndicatorBySex,
				Severity: integracja.Violation, Path: "indicators[" + strconv.Itoa(i) + "].achieved"})
		}
	})
	t.Run("Lubiszyn reaches its target of nine women", func(t *testing.T) {
		_, p := seed(t, "lubiszyn")
		fs := programmetest.Check(t, p, scheme(t, p), p.Period.To)
		programmetest.AssertFinding(t, fs, programmetest.Want{Rule: programme.RuleIndicatorTarget,
			Severity: integracja.Info, Path: "indicators[0].target", Message: "osiągnięty"})
	})
	t.Run("Trzebinia's club: the groups of art. 1 u.z.s. the document names", func(t *testing.T) {
		_, p := seed(t, "trzebinia-2019")
		fs := programmetest.Check(t, p, scheme(t, p), p.Period.To)
		programmetest.AssertNoFinding(t, fs, programme.RuleUZSGroup)
		programmetest.AssertNoFinding(t, fs, programme.RuleUZSExclusion)
	})
}

func TestLookupRefusesAnUnknownSeed(t *testing.T) {
	_, err := examples.Lookup("warszawa")
	assert.ErrorIs(t, err, examples.ErrNoSeed)
}

// Trzebinia 2019 (000_8abd90944a1d94a9.txt).
func TestTrzebinia2019(t *testing.T) {
	_, p := seed(t, "trzebinia-2019")
	f := p.Flows(p.Period.To)

	assert.Equal(t, programme.OPS, p.Operator.Kind)
	assert.Equal(t, "Ośrodek Pomocy Społecznej w Trzebini", p.Operator.Name)
	assert.Equal(t, "kis_nowy_profil_2019", p.Scheme)
	// "Realizowany jest od czerwca do końca grudnia 2019 roku."
	assert.Equal(t, integracja.Period{From: date("2019-06-01"), To: date("2019-12-31")}, p.Period)
	assert.Equal(t, "od 01.06.2019 r. do 31.12.2019 r.", p.Period.Format(language.Polish))
	// "w kwocie 17.600,00 zł"
	assert.Equal(t, "17.600,00 zł", p.Funds.Grant.Raw)
	sameMoney(t, zl(t, "17.600,00 zł"), p.Funds.Grant.Amount, "grant")
	assert.Equal(t, "17\u00a0600,00\u00a0zł", p.Funds.Grant.Amount.Format(language.Polish))

	// "Objęto nim dziesięć mieszkanek gminy": 10 women, all long out of work.
	sameCount(t, doc(t, "10 kobiet"), f.Enrolled, "participants")
	// "Niektóre nie ukończyły jeszcze 30. roku życia, inne są po pięćdziesiątce."
	var under30, over50 int
	for _, pt := range p.Participants {
		age := pt.BirthDate.AgeAt(p.Period.From)
		if age < 30 {
			under30++
		}
		if age > 50 {
			over50++
		}
	}
	assert.Positive(t, under30, "some under 30")
	assert.Positive(t, over50, "some over 50")
	// "Dwie panie znalazły prace. Wszystkie jednak cieszą się, że mogą się
	// spotkać w Klubie": two found work without leaving.
	sameCount(t, doc(t, "2 kobiety"), f.FoundWork, "found work")
	sameCount(t, doc(t, "10 kobiet"), f.Continuing, "still taking part")
	// "dwóm Polkom, które wychowały się na Wschodzie … w ramach repatriacji"
	sameCount(t, doc(t, "2 kobiety"), sub(p, "repatriantki").Flows(p.Period.To).Enrolled, "repatriates")

	// Six forms of support; the third names seven kinds of specialist.
	items := map[string]bool{}
	for _, a := range p.Catalogue.Activities {
		items[a.Item] = true
	}
	assert.Len(t, items, 6)
	var specialists []programme.Specialist
	for _, a := range p.Catalogue.Activities {
		if a.Item == "3" && a.Mode == programme.Individual {
			specialists = append(specialists, a.Specialist)
		}
	}
	assert.ElementsMatch(t, []programme.Specialist{programme.Lawyer, programme.SocialWorker, programme.Mediator,
		programme.Psychologist, programme.Pedagogue, programme.AddictionTherapist, programme.CareerAdviser}, specialists)
	psu, ok := p.Catalogue.Lookup("psu")
	require.True(t, ok)
	assert.Equal(t, programme.SociallyUsefulWork, psu.Group)
	assert.Contains(t, p.Context[0].Printed, "jeden z pięciu w Polsce")
}

// Dąbrowa Górnicza 2011 (001_19223e9ee3bd49ad.txt).
func TestDabrowaGornicza2011(t *testing.T) {
	_, p := seed(t, "dabrowa-gornicza-2011")
	f := p.Flows(p.Period.To)

	assert.Equal(t, programme.MOPS, p.Operator.Kind)
	assert.Equal(t, "IV", p.Edition, "czwarta edycja")
	assert.Equal(t, "pokl_7_1_1", p.Scheme)
	// "Programem objętych było 90 mieszkańców": no sex is given but for the
	// nine women at the technical school.
	sameTotal(t, 90, f.Enrolled, "participants")
	assert.Equal(t, indicator.Count{Women: 9, Unspecified: 81}, f.Enrolled)
	// "Z tej możliwości skorzystało 9 uczestniczek projektu"
	sameCount(t, doc(t, "9 kobiet"), sub(p, "technikum").Flows(p.Period.To).Enrolled, "technical school")
	// "Warunkiem uczestnictwa w Projekcie jest zawarcie kontraktu": every
	// participant has a social contract concluded by the day of enrolment.
	concluded := map[string]integracja.Date{}
	for _, c := range p.Contracts {
		concluded[c.Number] = c.ConcludedOn
	}
	for _, pt := range p.Participants {
		require.Len(t, pt.Contracts, 1, pt.ID)
		on, ok := concluded[pt.Contracts[0]]
		require.True(t, ok, pt.ID)
		assert.False(t, on.After(pt.Events[0].Date), "%s: contract before enrolment", pt.ID)
	}
	// "w wieku aktywności zawodowej"
	for _, pt := range p.Participants {
		age := pt.BirthDate.AgeAt(pt.Events[0].Date)
		assert.True(t, age >= 18 && age <= 64, "%s is %d", pt.ID, age)
	}
	// "świadczeń pieniężnych w postaci zasiłku aktywizacyjnego": the
	// centre's own benefit, not the labour office's activation supplement.
	a, ok := p.Catalogue.Lookup("zasilek_aktywizacyjny")
	require.True(t, ok)
	assert.Equal(t, programme.Benefit, a.Group)
	assert.Contains(t, a.Name.PL, "„zasiłek aktywizacyjny”")
	assert.NotContains(t, a.Name.PL, "dodatek")

	groups := map[programme.Group]int{}
	kis, courses := 0, 0
	for _, a := range p.Catalogue.Activities {
		groups[a.Group]++
		if strings.Contains(a.Name.PL, "Klubie Integracji Społecznej") {
			kis++
		}
		if strings.HasPrefix(a.Name.PL, "kurs zawodowy") {
			courses++
		}
	}
	assert.Equal(t, 7, kis, "KIS: career guidance, psychologist, pedagogue, therapist, disability adviser, computers, equality")
	assert.Equal(t, 4, courses, "cztery kursy o charakterze zawodowym")
	assert.Equal(t, 9, groups[programme.LocalActivity], "the PAL's actions")
	assert.Equal(t, 1, groups[programme.Streetworking])
	// "14 -dniowe zajęcia zorganizowane zostały w Ustroniu" for the disabled.
	stay, ok := p.Catalogue.Lookup("turnus")
	require.True(t, ok)
	assert.Equal(t, programme.Quota{Days: 14, Per: programme.PerParticipant}, stay.Quota)
	assert.Equal(t, []string{"niepelnosprawni"}, stay.Subgroups)
	assert.Empty(t, examples.Members(p, "niepelnosprawni"), "the document does not say how many")
	// "brało udział 10 rodzin. Przez okres 11 miesięcy"
	fa, ok := p.Catalogue.Lookup("asysta_rodzinna")
	require.True(t, ok)
	assert.Equal(t, programme.Quota{Months: 11, Per: programme.PerParticipant}, fa.Quota)
	assert.Len(t, examples.Members(p, "asysta_rodzinna"), 10)
	// "kontynuowało 2 pracowników socjalnych – streetworkerów"
	figures := map[string]string{}
	for _, c := range p.Context {
		figures[c.Label.PL] = c.Format(language.Polish)
	}
	assert.Equal(t, "2 osoby", figures["pracownicy socjalni – streetworkerzy pracujący w projekcie na rzecz osób bezdomnych"])
	assert.Equal(t, "10 rodzin", figures["rodziny objęte asystenturą rodzinną w projekcie „Razem do przodu”"])
}

// Brzeszcze 2014 (002_65f66a2fd87a99f4.txt). The document's "45 osób, w
// tym 27 kobiet podjęło pracę" counts people "spośród klientów, o których
// mowa powyżej": the reading chosen is all 227 users of the club, and the
// test holds the 45 against the whole programme. The synthetic records put
// them among the 142 in long-term cooperation, so the figure is the same
// under the narrower reading; only the share differs, 19,82% against
// 31,69%, and the report states the reading.
func TestBrzeszcze2014(t *testing.T) {
	s, p := seed(t, "brzeszcze-2014")
	end := date("2014-12-31")
	f := p.Flows(end)

	// "z usług Klubu w ogóle … skorzystało ogółem 227 osób, w tym 131 kobiet"
	sameCount(t, doc(t, "227 osób, w tym 131 kobiet"), f.Enrolled, "users of the club")
	// "z długotrwałą współpracą … objęte zostały 142 osoby, w tym 93 kobiety"
	long := sub(p, "wspolpraca")
	sameCount(t, doc(t, "142 osoby, w tym 93 kobiety"), long.Flows(end).Enrolled, "long-term cooperation")
	// "(w tym zawarcie 35 kontraktów socjalnych)"
	assert.Len(t, p.Contracts, 35)
	rep := p.IndicatorsAt(scheme(t, p), end)
	programmetest.AssertFigure(t, rep, programme.MeasureContracts, doc(t, "35"))
	programmetest.AssertFigure(t, long.IndicatorsAt(programme.Scheme{}, end), programme.MeasureContracts, doc(t, "35"))
	// "W ramach prac społecznie użytecznych … zatrudnione były 33 osoby, w tym 31 kobiet"
	programmetest.AssertFigure(t, rep, programme.MeasureSociallyUsefulWork, doc(t, "33 osoby, w tym 31 kobiet"))
	psu, err := p.SociallyUsefulWork(programme.UPZPSURules(), p.Period)
	assert.ErrorIs(t, err, programme.ErrNoRate, "no hourly rate of 2014 is confirmed")
	weeks, _ := psu.Exceeded()
	assert.Empty(t, weeks, "no one worked more than the 10 hours a week of art. 73a u.p.z.")

	// "Spośród w/w klientów KIS 32 osoby zostały zaangażowane do udziału
	// w projekcie … 9 osób przerwało udział …, 7 osób zakończyło udział …
	// na skutek podjęcia pracy, z czego 2 osoby … powróciły do projektu,
	// zatem 18 osób kontynuowało udział w projekcie do końca 2014 r."
	// The reading: the 32 are of the 33 in socially useful work, and all
	// of them have a social contract, the condition of taking part.
	project := sub(p, "projekt_pokl")
	pf := project.Flows(end)
	sameTotal(t, 32, pf.Enrolled, "project participants")
	prep := project.IndicatorsAt(programme.Scheme{}, end)
	programmetest.AssertFigure(t, prep, programme.MeasureSociallyUsefulWork, doc(t, "32"))
	programmetest.AssertFigure(t, prep, programme.MeasureContracts, doc(t, "32"))
	sameTotal(t, 9, pf.DroppedOut, "dropped out")
	sameTotal(t, 7, pf.LeftForJob, "left for a job")
	sameTotal(t, 2, pf.CameBack, "came back")
	sameTotal(t, 18, pf.Continuing, "continuing")
	assert.NoError(t, pf.Balance(), "32 − 9 − 7 + 2 = 18")
	// The reasons, all six listed and no other.
	var reasons []programme.DropoutReason
	for _, r := range pf.ByReason {
		reasons = append(reasons, r.Reason)
	}
	assert.ElementsMatch(t, []programme.DropoutReason{programme.Relapse, programme.NoCooperation, programme.NoRegularity,
		programme.MovedAway, programme.InpatientTreatment, programme.Childcare}, reasons)
	// Those who dropped out, left and came back are all in the project.
	assert.Equal(t, pf.DroppedOut, f.DroppedOut)
	assert.Equal(t, pf.LeftForJob, f.LeftForJob)
	assert.Equal(t, pf.CameBack, f.CameBack)

	// "45 osób, w tym 27 kobiet podjęło pracę": among all 227 (the reading
	// chosen), and the same figure among the 142.
	sameCount(t, doc(t, "45 osób, w tym 27 kobiet"), f.FoundWork, "found work")
	sameCount(t, doc(t, "45 osób, w tym 27 kobiet"), long.Flows(end).FoundWork, "found work, narrower reading")
	assert.Equal(t, "kobiety 20,61%, mężczyźni 18,75%, ogółem 19,82%, różnica K−M +1,86 pkt proc.",
		indicator.RatesBySex(f.FoundWork, f.Enrolled).Format(language.Polish, 2))
	assert.True(t, slices.ContainsFunc(s.Readings, func(r integracja.Text) bool {
		return strings.Contains(r.PL, "45 osób") && strings.Contains(r.PL, "227")
	}), "the seed states the reading of the 45")

	// "Z zaplanowanej … kwoty 231 895,59 zł wydanych zostało 207 209,61 zł"
	sameMoney(t, zl(t, "231 895,59 zł"), p.Funds.Planned.Amount, "planned")
	sameMoney(t, zl(t, "207 209,61 zł"), p.Funds.Spent.Amount, "spent")
	execution, err := budget.NewProportion(p.Funds.Spent.Amount, p.Funds.Planned.Amount)
	require.NoError(t, err)
	assert.Equal(t, "89,35%", execution.Format(language.Polish))
	// Six categories, four readable, two garbled and kept as printed.
	cats := p.Funds.ByCategory
	require.Len(t, cats, 6)
	for i, want := range []string{"53 074,15 zł", "46 823,15 zł", "29 171,62 zł", "31 329,09 zł"} {
		assert.True(t, cats[i].Spent.Readable, want)
		sameMoney(t, zl(t, want), cats[i].Spent.Amount, cats[i].Spent.Label.PL)
	}
	assert.Equal(t, "29 72,55 zł", cats[4].Spent.Raw)
	assert.Equal(t, "17 19 05 zł", cats[5].Spent.Raw)
	assert.False(t, cats[4].Spent.Readable)
	assert.False(t, cats[5].Spent.Readable)
	rec, err := p.Funds.Reconcile()
	require.NoError(t, err)
	assert.Equal(t, budget.MissingParts, rec.Outcome)
	assert.Equal(t, []int{4, 5}, rec.Unreadable)
	sameMoney(t, zl(t, "46 811,60 zł"), rec.Missing, "the two garbled categories together")
	assert.Contains(t, rec.Format(language.Polish), "„29 72,55 zł”")
	assert.Contains(t, rec.Format(language.Polish), "muszą razem wynosić 46\u00a0811,60\u00a0zł")
}

// Lubiszyn (003_aad81599a3df43d2.txt): the catalogue in full.
func TestLubiszyn(t *testing.T) {
	_, p := seed(t, "lubiszyn")
	h := programme.HoursOf
	type row struct {
		item, code     string
		hours, practic int
		per            programme.Per
	}
	group, each := programme.PerGroup, programme.PerParticipant
	want := []row{
		{"1", "zajecia_grupowe", 64, 0, group},
		{"2", "wolontariat", 16, 0, group},
		{"3", "warsztaty_uzaleznienia", 16, 0, group},
		{"4", "aktywizacja_zdrowotna", 0, 0, programme.PerUnstated},
		{"5", "warsztaty_doradca", 16, 0, group},
		{"6", "konsultacje_doradca", 9, 0, each},
		{"6", "konsultacje_uzaleznienia", 9, 0, each},
		{"6", "konsultacje_psycholog", 9, 0, each},
		{"6", "konsultacje_stylista", 18, 0, each},
		{"7", "opiekunka", 100, 40, each},
		{"7", "kasy_fiskalne", 8, 0, each},
		{"7", "pracownik_gospodarczy", 0, 0, programme.PerUnstated},
		{"7", "komputer", 16, 0, each},
		{"", "psu", 0, 0, programme.PerUnstated},
	}
	require.Len(t, p.Catalogue.Activities, len(want))
	for i, w := range want {
		a := p.Catalogue.Activities[i]
		assert.Equal(t, w.item, a.Item, w.code)
		assert.Equal(t, w.code, a.Code)
		assert.Equal(t, programme.Quota{Hours: h(w.hours), Practice: h(w.practic), Per: w.per}, a.Quota, w.code)
		assert.Equal(t, w.hours != 0, a.Quota.Stated(), "%s: an item without hours is not stated, not zero", w.code)
	}
	opiekunka, _ := p.Catalogue.Lookup("opiekunka")
	assert.Equal(t, "100 godzin + 40 godzin praktyki na uczestnika", opiekunka.Quota.Format(language.Polish))
	// Planned for each woman: 112 hours of group sessions and workshops,
	// 45 of consultations, 164 of training (140 + 8 + 16).
	for _, pt := range p.Participants {
		assert.Equal(t, h(321), p.Catalogue.Planned(pt), pt.ID)
	}
	// "Grupę docelową w projekcie stanowi 9 kobiet"
	sameCount(t, doc(t, "9 kobiet"), p.Flows(p.Period.To).Enrolled, "participants")
	// "… udzielenie kompleksowej pomocy i wsparcia 9 klientkom ośrodka"
	in, ok := p.Indicators.Lookup("participants")
	require.True(t, ok)
	sameCount(t, doc(t, "9 kobiet"), in.Target, "target")
	sameCount(t, doc(t, "9 kobiet"), in.Achieved, "the target group")
	// "Gmina Lubiszyn liczy 6726 mieszkańców, z czego 15,5% ubiega się o pomoc społeczną."
	require.Len(t, p.Context, 2)
	assert.Equal(t, "6726 osób", p.Context[0].Format(language.Polish))
	assert.Equal(t, "15,5%", p.Context[1].Format(language.Polish))
	assert.Equal(t, programme.GOPS, p.Operator.Kind)
	assert.Equal(t, "Wsparcie integracji społeczno-zawodowej mieszkańców Gminy Lubiszyn", p.Name)
}

// Siewierz 2011 (004_57b2cef718acb23b.txt).
func TestSiewierz2011(t *testing.T) {
	_, p := seed(t, "siewierz-2011")
	end := p.Period.To
	f := p.Flows(end)

	// "liczba klientów pomocy społecznej, objętych kontraktami socjalnymi 20 (12K i 8M)"
	rep := p.IndicatorsAt(scheme(t, p), end)
	programmetest.AssertFigure(t, rep, programme.MeasureContracts, doc(t, "20 (12K i 8M)"))
	// "liczba klientów pomocy społecznej, którzy zakończyli udział w projekcie 20 (12K i 8M)"
	sameCount(t, doc(t, "20 (12K i 8M)"), f.Completed, "completed")
	// "liczba osób, które uzyskują nowe kwalifikacje zawodowe 5 (5 M)"
	programmetest.AssertFigure(t, rep, programme.MeasureQualifications, doc(t, "5 (5 M)"))
	assert.True(t, strings.HasPrefix(indicator.RatesBySex(doc(t, "5 (5 M)"), f.Enrolled).Format(language.Polish, 2),
		"kobiety 0,00%, mężczyźni 62,50%, ogółem 25,00%, różnica K−M "), "5 of 8 men, none of 12 women")

	assert.Equal(t, "IV", p.Edition)
	assert.Equal(t, "Aktywność to szansa na przyszłość", p.Name)
	// "Wszyscy uczestnicy wzięli udział w" three activities; the subgroups
	// had more.
	var forAll []string
	bySub := map[string]int{}
	for _, a := range p.Catalogue.Activities {
		if len(a.Subgroups) == 0 && a.Group != programme.Community {
			forAll = append(forAll, a.Code)
		}
		for _, s := range a.Subgroups {
			bySub[s]++
		}
	}
	assert.Equal(t, []string{"warsztaty", "komputer"}, forAll, "workshops and the computer course; local animation is community work")
	assert.Equal(t, map[string]int{"alkohol": 6, "niepelnosprawnosc": 1, "wychowanie": 2}, bySub)
	// The four named courses.
	var courses []string
	for _, a := range p.Catalogue.Activities {
		if strings.HasPrefix(a.Code, "kurs_") {
			courses = append(courses, a.Name.PL)
		}
	}
	assert.Equal(t, []string{
		"indywidualny kurs zawodowy „Spawacz MAG”",
		"indywidualny kurs zawodowy „ABC prowadzenia własnej działalności gospodarczej”",
		"indywidualny kurs zawodowy „Palacz C.O”",
		"indywidualny kurs zawodowy „Sprzedawca, obsługa kas fiskalnych i urządzeń sklepowych”",
	}, courses)
	// The eleven soft results, in the document's order.
	require.Len(t, p.SoftResults, 11)
	assert.Equal(t, "podwyższenie samooceny oraz wiary we własne możliwości", p.SoftResults[0].PL)
	assert.Equal(t, "zwiększenie kompetencji OPS-u w realizacji zadań na rzecz aktywnej integracji", p.SoftResults[10].PL)
}
