package contract_test

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
)

// siewierzContract is a social contract of the kind the OPS in Siewierz
// concluded in 2011 in the project "Aktywność to szansa na przyszłość"
// (POKL 7.1.1, seed 004): a participant of the sub-group with an alcohol
// problem, who besides the activities for all took part in a support group,
// individual meetings with the KIS leader and a vocational course. The
// people are invented.
func siewierzContract() contract.Contract {
	date := integracja.MustParseDate
	return contract.Contract{
		Number:      "KS/7/2011",
		Kind:        contract.SocialContract,
		Track:       contract.TrackB,
		Institution: contract.Institution{Kind: contract.OPS, Name: "Ośrodek Pomocy Społecznej w Siewierzu"},
		Worker:      contract.Person{ID: "pr-1", GivenName: "Maria", FamilyName: "Wójcik"},
		Client:      contract.Person{ID: "u-14", GivenName: "Jan", FamilyName: "Kowalczyk", PESEL: contract.MustParsePESEL("79112302216")},
		Place:       "Siewierz",
		ConcludedOn: date("2011-03-14"),
		Terms: contract.Terms{
			Period: integracja.Period{From: date("2011-03-14"), To: date("2011-12-16")},
			Assessment: contract.Assessment{
				Causes:      []string{"nadużywanie alkoholu", "długotrwałe bezrobocie"},
				Strengths:   []string{"doświadczenie w pracach ślusarskich", "gotowość do podjęcia terapii"},
				Limitations: []string{"brak uprawnień zawodowych"},
			},
			MainGoal: contract.Goal{ID: "G", Text: "Powrót na rynek pracy"},
			Goals: []contract.Goal{
				{ID: "C1", Text: "Utrzymanie abstynencji"},
				{ID: "C2", Text: "Uzyskanie kwalifikacji spawacza MAG"},
				{ID: "C3", Text: "Samodzielne sporządzanie dokumentów aplikacyjnych"},
			},
			Actions: []contract.Action{
				{ID: "A1", Goal: "C1", Actor: contract.ActorWorker, Description: "Motywowanie do podjęcia terapii w poradni leczenia uzależnień",
					Due: date("2011-04-30"), Responsible: "pracownik socjalny", Evaluation: "zaświadczenie z poradni"},
				{ID: "A2", Goal: "C1", Actor: contract.ActorClient, Description: "Udział w grupie wsparcia prowadzonej przez terapeutę",
					Due: date("2011-11-30"), Responsible: "uczestnik", Evaluation: "lista obecności", Activity: "GRUPA-WSPARCIA", Hours: 40},
				{ID: "A3", Goal: "C3", Actor: contract.ActorClient, Description: "Indywidualne spotkania z Liderem KIS",
					Due: date("2011-06-30"), Responsible: "Lider KIS", Evaluation: "CV i list motywacyjny", Activity: "LIDER-KIS", Hours: 10},
				{ID: "A4", Goal: "C2", Actor: contract.ActorClient, Description: "Kurs zawodowy „Spawacz MAG”",
					Due: date("2011-10-31"), Responsible: "uczestnik", Evaluation: "zaświadczenie o ukończeniu kursu", Activity: "KURS-ZAWODOWY"},
			},
			Commitments: contract.Commitments{
				Support: []string{"praca socjalna", "zajęcia Klubu Integracji Społecznej"},
				Benefits: []contract.Benefit{{Kind: contract.TargetedAllowance, Amount: budget.MustParseMoney("300,00 zł"),
					Note: "na dojazdy na kurs"}},
			},
			Consequences: []contract.Consequence{contract.Refusal, contract.Revocation, contract.Suspension},
		},
	}
}

// A contract from conclusion through an amendment to completion: every
// step returns a new contract, and the terms as concluded stay readable.
func ExampleContract() {
	date := integracja.MustParseDate
	c := siewierzContract()

	c, err := c.Sign(date("2011-03-14"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ = c.MarkDone("A1", date("2011-04-20"))

	// The course moves to the autumn: an amendment (aneks) with new terms.
	terms := c.Current().Terms
	terms.Actions[3].Due = date("2011-11-30")
	c, err = c.Amend(date("2011-07-01"), "1/2011", "kurs zawodowy w terminie jesiennym", terms)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []string{"A3", "A4", "A2"} {
		c, _ = c.MarkDone(id, date("2011-11-25"))
	}
	c.Lifecycle, err = c.Lifecycle.Complete(date("2011-12-16"))
	if err != nil {
		fmt.Println(err)
		return
	}

	for _, v := range c.Versions() {
		fmt.Printf("version %d from %s (aneks %q): course due %s\n", v.N, v.Date, v.Amendment, v.Actions[3].Due)
	}
	for _, e := range c.Lifecycle.Events() {
		fmt.Printf("%s %s → %s\n", e.Date, e.From, e.To)
	}
	fmt.Println(c)
	fmt.Println("valid:", c.Validate() == nil)
	// Output:
	// version 1 from 2011-03-14 (aneks ""): course due 2011-10-31
	// version 2 from 2011-07-01 (aneks "1/2011"): course due 2011-11-30
	// 2011-03-14 draft → active
	// 2011-12-16 active → completed
	// social_contract KS/7/2011 (completed)
	// valid: true
}

// Validate reports every problem at once, each with its path, in Polish by
// default; no message shows a name or a PESEL.
func ExampleContract_Validate() {
	date := integracja.MustParseDate
	c := siewierzContract()
	c.Client.BirthDate = date("1979-11-24")                                      // the PESEL says 23 November
	c.Terms.Actions[1].Due = date("2012-01-31")                                  // after the period
	c.Terms.Actions[2].Responsible = ""                                          // nobody responsible
	c.Terms.Commitments.Benefits[0].Amount = budget.MustParseMoney("-300,00 zł") // negative
	c.Terms.Goals = nil                                                          // no specific goals…
	for i := range c.Terms.Actions {
		c.Terms.Actions[i].Goal = "" // …so the actions refer to none
	}

	err := c.Validate()
	fmt.Println(integracja.Localize(err, language.Polish))
	fmt.Println(len(integracja.FieldErrors(err)), "problems; a required value missing:", errors.Is(err, integracja.ErrRequired))
	// Output:
	// client.birthDate: wartości są ze sobą sprzeczne: data urodzenia nie zgadza się z numerem PESEL
	// terms.goals: brak wymaganej wartości
	// terms.actions[1].due: wartość poza dopuszczalnym zakresem: termin 31.01.2012 r. wypada poza okresem obowiązywania (od 14.03.2011 r. do 16.12.2011 r.)
	// terms.actions[2].responsible: brak wymaganej wartości
	// terms.commitments.benefits[0].amount: wartość poza dopuszczalnym zakresem: kwota ujemna: -300,00 zł
	// 5 problems; a required value missing: true
}

// Overdue lists the actions past their deadline and not done as of a date,
// the most overdue first.
func ExampleContract_Overdue() {
	date := integracja.MustParseDate
	c, _ := siewierzContract().Sign(date("2011-03-14"))
	c, _ = c.MarkDone("A1", date("2011-05-06")) // done late

	for _, asOf := range []string{"2011-05-02", "2011-07-15"} {
		fmt.Println("as of", asOf+":")
		for _, o := range c.Overdue(date(asOf)) {
			fmt.Printf("  %s %s (due %s, %d days late, responsible: %s)\n",
				o.Action.ID, o.Action.Description, o.Action.Due, o.DaysLate, o.Action.Responsible)
		}
	}
	// Output:
	// as of 2011-05-02:
	//   A1 Motywowanie do podjęcia terapii w poradni leczenia uzależnień (due 2011-04-30, 2 days late, responsible: pracownik socjalny)
	// as of 2011-07-15:
	//   A3 Indywidualne spotkania z Liderem KIS (due 2011-06-30, 15 days late, responsible: Lider KIS)
}

// Render prints the document for signing. The names are the document's
// own; the PESEL is masked unless contract.WithFullPESEL() asks for it.
func ExampleContract_Render() {
	c, _ := siewierzContract().Sign(integracja.MustParseDate("2011-03-14"))
	lines := strings.Split(c.Render(language.Polish), "\n")
	for _, l := range lines[3:15] {
		fmt.Println(l)
	}
	// Output:
	// KONTRAKT SOCJALNY nr KS/7/2011
	// części I B i II B: wzmocnienie aktywności i samodzielności życiowej, zawodowej lub przeciwdziałanie wykluczeniu społecznemu
	// Podstawa prawna: art. 6 pkt 6 i art. 108 ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz. U. z 2023 r. poz. 901, z późn. zm.); rozporządzenie Ministra Pracy i Polityki Społecznej z dnia 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego (Dz. U. Nr 218, poz. 1439)
	// Miejsce i data zawarcia: Siewierz, 14.03.2011 r.
	// Okres obowiązywania: od 14.03.2011 r. do 16.12.2011 r.
	// Stan: w realizacji
	//
	// STRONY
	// Pracownik socjalny: Maria Wójcik
	// Osoba: Jan Kowalczyk, PESEL *******2216
	//
	// I B. OCENA SYTUACJI ŻYCIOWEJ I USTALONE CELE
}

// Whether the goals were achieved is recorded in the evaluation, apart
// from the lifecycle: this contract ended early because the client found a
// job, and its main goal was achieved although the course was not.
func ExampleContract_Evaluate() {
	date := integracja.MustParseDate
	c, _ := siewierzContract().Sign(date("2011-03-14"))
	c.Lifecycle, _ = c.Lifecycle.Terminate(date("2011-09-30"), contract.ReasonJob, "zatrudnienie w zakładzie ślusarskim")
	c = c.Evaluate(contract.Evaluation{
		Date: date("2011-10-14"),
		Goals: []contract.GoalResult{
			{Goal: "G", Achievement: contract.Achieved},
			{Goal: "C1", Achievement: contract.PartlyAchieved},
			{Goal: "C2", Achievement: contract.NotAchieved, Note: "kurs przerwany po podjęciu pracy"},
		},
	})

	fmt.Println("state:", c.State().Label(language.English))
	for _, id := range []string{"G", "C1", "C2", "C3"} {
		fmt.Printf("%s: %s\n", id, c.Evaluation.Achievement(id).Label(language.English))
	}
	achieved, goals := c.Achieved()
	fmt.Printf("%d of %d goals achieved; valid: %v\n", achieved, goals, c.Validate() == nil)
	// Output:
	// state: terminated
	// G: achieved
	// C1: partly achieved
	// C2: not achieved
	// C3: not assessed
	// 1 of 4 goals achieved; valid: true
}

// Decode reads the JSON interchange form strictly and names the path of a
// bad value, without quoting it: any field may hold what was meant for
// another, a PESEL or a birth date.
func ExampleDecode() {
	_, err := contract.Decode([]byte(`{"number":"KS/7/2011","terms":{"actions":[{"id":"A1","due":"2011-04-31"}]}}`))
	var fe *integracja.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Path)
	}
	fmt.Println(integracja.Localize(err, language.Polish))
	fmt.Println(integracja.Localize(err, language.English))
	// Output:
	// terms.actions[0].due
	// terms.actions[0].due: nie można odczytać daty: nieprawidłowa wartość: dzień 31 poza zakresem 1–30
	// terms.actions[0].due: cannot parse date: invalid value: day 31 out of range 1-30
}
