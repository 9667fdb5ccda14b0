package examples

import (
	"embed"
	"errors"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/programme"
)

//go:embed seeds/*.json
var files embed.FS

// Seed is one seed document modelled as a programme file: its short name,
// the file in this package (File, under seeds/), the document it models
// (Document, the name of the seed text), the readings the data makes where
// the document leaves something open, and the measures that compute from
// the records each figure the document reports.
type Seed struct {
	Name     integracja.Text
	File     string
	Document string
	// Readings say, one line each, what the data had to decide that the
	// document does not: a population a figure belongs to, hours whose
	// basis is not stated, records made up behind a total.
	Readings []integracja.Text
	// Measures compute the figures the document reports about a subgroup,
	// which the library does not compute for a whole programme.
	Measures []Measure
}

// Data returns the seed's programme file as it is embedded.
func (s Seed) Data() ([]byte, error) { return files.ReadFile(s.File) }

// Programme decodes the seed's programme file and validates it.
func (s Seed) Programme() (programme.Programme, error) {
	b, err := s.Data()
	if err != nil {
		return programme.Programme{}, err
	}
	p, err := programme.Decode(b)
	if err != nil {
		return programme.Programme{}, err
	}
	return p, p.Validate()
}

// Measure returns the measure of the indicator with the given code.
func (s Seed) Measure(code string) (Measure, bool) {
	for _, m := range s.Measures {
		if m.Indicator == code {
			return m, true
		}
	}
	return Measure{}, false
}

// ErrNoSeed is returned by [Lookup] for a name no seed has.
var ErrNoSeed = errors.New("examples: no such seed")

// Lookup returns the seed whose file is seeds/name.json.
func Lookup(name string) (Seed, error) {
	for _, s := range Seeds() {
		if s.File == "seeds/"+name+".json" {
			return s, nil
		}
	}
	return Seed{}, ErrNoSeed
}

// Seeds returns the five seeds in the order of the seed documents. Each
// call returns new values.
func Seeds() []Seed {
	return []Seed{
		{
			Name:     integracja.Text{PL: "Trzebinia 2019", EN: "Trzebinia 2019"},
			File:     "seeds/trzebinia-2019.json",
			Document: "000_8abd90944a1d94a9.txt",
			Readings: []integracja.Text{
				{PL: "Okres „od czerwca do końca grudnia 2019 roku” przyjęto jako pełne miesiące, od 01.06.2019 r. do 31.12.2019 r.",
					EN: "The period “from June to the end of December 2019” is taken as whole months, from 1 June to 31 December 2019."},
				{PL: "Liczby podane słownie: „dziesięć mieszkanek gminy” to 10 kobiet, „Dwie panie znalazły prace” to 2 kobiety, które podjęły pracę, nie przerywając udziału.",
					EN: "Numbers spelt out: “dziesięć mieszkanek gminy” is 10 women, “Dwie panie znalazły prace” is 2 women who found a job and kept taking part."},
				{PL: "Dokument nie wspomina o kontraktach socjalnych, na których opiera się uczestnictwo w klubie (art. 18 ust. 4 u.z.s.): dane ich nie zawierają.",
					EN: "The document does not mention the social contracts that taking part in a club rests on (art. 18 ust. 4 u.z.s.): the data holds none."},
				{PL: "Uczestniczki „od lat pozostają bez pracy i korzystają ze świadczeń społecznych”: zapisano je jako osoby długotrwale bezrobotne (art. 1 ust. 2 pkt 5 u.z.s.) korzystające z pomocy społecznej; o uprawnieniach, które wyłączają z zatrudnienia socjalnego (art. 1 ust. 3), dokument nie wspomina.",
					EN: "The participants “have been out of work for years and live on social benefits”: they are recorded as long-term unemployed (art. 1 ust. 2 pkt 5 u.z.s.) on social assistance; the document mentions no entitlement that excludes social employment (art. 1 ust. 3)."},
			},
		},
		{
			Name: integracja.Text{PL: "Dąbrowa Górnicza 2011", EN: "Dąbrowa Górnicza 2011"},
			File: "seeds/dabrowa-gornicza-2011.json",
			Measures: []Measure{
				{Indicator: "technical_school", Measure: programme.MeasureParticipants, Subgroup: "technikum"},
			},
			Document: "001_19223e9ee3bd49ad.txt",
			Readings: []integracja.Text{
				{PL: "Dokument nie podaje płci uczestników poza 9 uczestniczkami technikum: pozostałe 81 osób ma płeć „b.d.” (brak danych).",
					EN: "The document gives no sex except for the 9 women at the technical school: the other 81 people are “unspecified”."},
				{PL: "Kontrakt socjalny jest warunkiem uczestnictwa, więc każdy z 90 uczestników ma kontrakt; numery i daty kontraktów są umowne.",
					EN: "A social contract is the condition of taking part, so each of the 90 participants has one; their numbers and dates are made up."},
				{PL: "„Zasiłek aktywizacyjny” to nazwa nadana przez ośrodek świadczeniu pieniężnemu w ramach kontraktu, a nie dodatek aktywizacyjny urzędu pracy (art. 48 u.p.z.).",
					EN: "“Zasiłek aktywizacyjny” is the centre's own name for a cash benefit under the contract, not the labour office's activation supplement (art. 48 u.p.z.)."},
				{PL: "Dokument nie podaje liczby osób niepełnosprawnych: ta podgrupa nie ma przypisanych uczestników.",
					EN: "The document does not say how many participants had a disability: that subgroup has no one assigned."},
				{PL: "Korzystanie ze świadczeń pomocy społecznej zapisano każdemu uczestnikowi, bo dokument podaje je o całej grupie; daty oceny są umowne.",
					EN: "Each participant is recorded as on social assistance, which the document says of the whole group; the dates of the assessment are made up."},
			},
		},
		{
			Name: integracja.Text{PL: "Brzeszcze 2014", EN: "Brzeszcze 2014"},
			File: "seeds/brzeszcze-2014.json",
			Measures: []Measure{
				{Indicator: "long_term_cooperation", Measure: programme.MeasureParticipants, Subgroup: "wspolpraca"},
				{Indicator: "project_participants", Measure: programme.MeasureParticipants, Subgroup: "projekt_pokl"},
				{Indicator: "project_continuing", Measure: programme.MeasureContinuing, Subgroup: "projekt_pokl"},
			},
			Document: "002_65f66a2fd87a99f4.txt",
			Readings: []integracja.Text{
				{PL: "Program to działalność Klubu w 2014 r. (227 korzystających); projekt systemowy PO KL jest podgrupą, a kwoty budżetu dotyczą tego projektu.",
					EN: "The programme is the club's work in 2014 (227 users); the PO KL systemic project is a subgroup, and the budget's amounts are the project's."},
				{PL: "Zdanie „Spośród w/w klientów KIS 32 osoby…” następuje po zdaniu o pracach społecznie użytecznych: 32 uczestników projektu to 32 z 33 osób wykonujących te prace, a 35 kontraktów socjalnych zawarto z tymi 33 osobami i 2 innymi.",
					EN: "“Among the above clients of the club, 32 people…” follows the sentence on socially useful work: the 32 project participants are 32 of the 33 people in that work, and the 35 social contracts are theirs and 2 others'."},
				{PL: "45 osób, które podjęły pracę, liczy się wśród wszystkich 227 korzystających z Klubu (dokument: „spośród klientów, o których mowa powyżej”).",
					EN: "The 45 people who took up work are counted among all 227 users of the club (the document: “among the clients mentioned above”)."},
				{PL: "Rozkład przyczyn przerwania udziału, daty zdarzeń i zajęcia prac społecznie użytecznych są umowne; dokument podaje tylko liczby ogółem.",
					EN: "The spread of the dropout reasons, the dates and the socially useful work sessions are made up; the document gives totals only."},
				{PL: "Korzystanie ze świadczeń pomocy społecznej zapisano 32 uczestnikom projektu, których dokument nazywa klientami pomocy społecznej; o pozostałych korzystających z Klubu tego nie podaje.",
					EN: "The 32 project participants, whom the document calls social assistance clients, are recorded as on social assistance; it does not say so of the club's other users."},
			},
		},
		{
			Name:     integracja.Text{PL: "Lubiszyn", EN: "Lubiszyn"},
			File:     "seeds/lubiszyn.json",
			Document: "003_aad81599a3df43d2.txt",
			Readings: []integracja.Text{
				{PL: "Dokument opisuje projekt przed realizacją i nie podaje dat: okres (2012 r.) i daty są umowne.",
					EN: "The document describes the project before it ran and gives no dates: the period (2012) and the dates are made up."},
				{PL: "„Grupę docelową w projekcie stanowi 9 kobiet” odczytano jako liczbę uczestniczek, a „udzielenie … wsparcia 9 klientkom” – jako wartość docelową.",
					EN: "“The project's target group is 9 women” is read as the number of participants, and “help and support for 9 clients” as the target."},
				{PL: "Dokument nie mówi, na kogo przypadają godziny: godziny zajęć grupowych i warsztatów przyjęto na grupę, a konsultacji i szkoleń – na uczestniczkę.",
					EN: "The document does not say whom the hours are for: group sessions and workshops are taken per group, consultations and training per participant."},
				{PL: "Korzystanie ze świadczeń pomocy społecznej zapisano każdemu uczestnikowi, bo dokument podaje je o całej grupie; daty oceny są umowne.",
					EN: "Each participant is recorded as on social assistance, which the document says of the whole group; the dates of the assessment are made up."},
			},
		},
		{
			Name:     integracja.Text{PL: "Siewierz 2011", EN: "Siewierz 2011"},
			File:     "seeds/siewierz-2011.json",
			Document: "004_57b2cef718acb23b.txt",
			Readings: []integracja.Text{
				{PL: "5 osób z nowymi kwalifikacjami to uczestnicy kursów zawodowych, które dokument wymienia wśród zajęć osób z problemem alkoholowym; liczebności pozostałych podgrup nie są podane.",
					EN: "The 5 people with new qualifications are those of the vocational courses the document lists among the activities of people with an alcohol problem; the other subgroups' sizes are not given."},
				{PL: "Daty przystąpienia i ukończenia są umowne: dokument podaje tylko, że projekt kończy się w grudniu 2011 r.",
					EN: "The dates of enrolment and completion are made up: the document says only that the project ends in December 2011."},
				{PL: "Korzystanie ze świadczeń pomocy społecznej zapisano każdemu uczestnikowi, bo dokument podaje je o całej grupie; daty oceny są umowne.",
					EN: "Each participant is recorded as on social assistance, which the document says of the whole group; the dates of the assessment are made up."},
			},
		},
	}
}
