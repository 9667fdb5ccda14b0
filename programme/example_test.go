package programme_test

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// A programme is read from its JSON form, validated, and asked for its
// flows as of a date.
func ExampleDecode() {
	data := []byte(`{
	  "name": "Aktywni razem",
	  "operator": {"kind": "gops", "name": "Gminny Ośrodek Pomocy Społecznej w Przykładowie"},
	  "period": {"from": "2012-03-01", "to": "2012-12-31"},
	  "catalogue": {"activities": [
	    {"code": "warsztaty", "name": {"pl": "warsztaty z doradcą zawodowym"}, "group": "vocational",
	     "mode": "group", "specialist": "career_adviser", "quota": {"hours": 16, "per": "group"}}]},
	  "participants": [
	    {"id": "A-1", "sex": "female", "events": [{"date": "2012-03-01", "kind": "enrolled"}]},
	    {"id": "A-2", "sex": "male", "events": [{"date": "2012-03-01", "kind": "enrolled"},
	                                          {"date": "2012-05-14", "kind": "left_for_job"}]}],
	  "attendance": [{"activity": "warsztaty", "date": "2012-03-06", "hours": 4, "participants": ["A-1", "A-2"]}]
	}`)
	p, err := programme.Decode(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Validate())
	f := p.Flows(integracja.MustParseDate("2012-12-31"))
	fmt.Println("przystąpiło:", f.Enrolled)
	fmt.Println("odeszło do pracy:", f.LeftForJob)
	fmt.Println("kontynuuje:", f.Continuing)
	fmt.Println("godziny warsztatów:", f.Activities[0].PersonHours.Format(language.Polish))
	// Output:
	// <nil>
	// przystąpiło: 2 (1K i 1M)
	// odeszło do pracy: 1 (1M)
	// kontynuuje: 1 (1K)
	// godziny warsztatów: 8 godzin
}

// The flows of Brzeszcze's 2014 project keep the identity the document's
// own figures keep: 32 − 9 − 7 + 2 = 18.
func ExampleFlows_Balance() {
	stated := programme.Flows{
		Enrolled:   indicator.Count{Unspecified: 32},
		DroppedOut: indicator.Count{Unspecified: 9},
		LeftForJob: indicator.Count{Unspecified: 7},
		CameBack:   indicator.Count{Unspecified: 2},
		Continuing: indicator.Count{Unspecified: 18},
	}
	fmt.Println(stated.Balance())
	stated.Continuing = indicator.Count{Unspecified: 20}
	fmt.Println(integracja.Localize(stated.Balance(), language.Polish))
	// Output:
	// <nil>
	// continuing: wartości są ze sobą sprzeczne: "20": bilans: przystąpienia 32 − przerwania 9 − odejścia do pracy 7 + powroty 2 − ukończenia 0 daje 18, a liczba kontynuujących to 20
}

// A quota is exact and says whom it is for; a document that gives no
// figure is "not stated", not zero.
func ExampleQuota_Format() {
	for _, q := range []programme.Quota{
		{Hours: programme.HoursOf(100), Practice: programme.HoursOf(40), Per: programme.PerParticipant},
		{Hours: programme.HoursOf(64), Per: programme.PerGroup},
		{Days: 14, Per: programme.PerParticipant},
		{Months: 11, Per: programme.PerParticipant},
		{},
	} {
		fmt.Printf("%s | %s\n", q.Format(language.Polish), q.Format(language.English))
	}
	// Output:
	// 100 godzin + 40 godzin praktyki na uczestnika | 100 hours + 40 hours of practice per participant
	// 64 godziny na grupę | 64 hours per group
	// 14 dni na uczestnika | 14 days per participant
	// 11 miesięcy na uczestnika | 11 months per participant
	// nie podano | not stated
}

// Validate reports every problem at once, each with its path and a cause
// to match with errors.Is.
func ExampleProgramme_Validate() {
	p := programme.Programme{
		Name:     "Aktywni razem",
		Operator: programme.Operator{Kind: programme.GOPS, Name: "GOPS w Przykładowie"},
		Period:   integracja.Period{From: integracja.MustParseDate("2012-03-01"), To: integracja.MustParseDate("2012-12-31")},
		Catalogue: programme.Catalogue{Activities: []programme.Activity{{
			Code: "konsultacje", Name: integracja.Text{PL: "konsultacje indywidualne z psychologiem"},
			Group: programme.Social, Mode: programme.Individual, Specialist: programme.Psychologist,
			Quota: programme.Quota{Hours: programme.HoursOf(9), Per: programme.PerParticipant},
		}}},
		Participants: []programme.Participant{{ID: "A-1", Sex: indicator.Female, Events: []programme.Event{
			{Date: integracja.MustParseDate("2012-03-01"), Kind: programme.Enrolled},
			{Date: integracja.MustParseDate("2012-04-02"), Kind: programme.DroppedOut},
		}}},
		Attendance: []programme.Session{
			{Activity: "konsultacje", Date: integracja.MustParseDate("2012-03-05"), Hours: programme.HoursOf(8), Participants: []string{"A-1"}},
			{Activity: "konsultacje", Date: integracja.MustParseDate("2012-03-12"), Hours: programme.HoursOf(2), Participants: []string{"A-1"}},
			{Activity: "konsultacje", Date: integracja.MustParseDate("2012-04-10"), Hours: programme.HoursOf(1), Participants: []string{"A-1"}},
		},
	}
	fmt.Println(integracja.Localize(p.Validate(), language.Polish))
	// Output:
	// participants[0].events[1].reason: brak wymaganej wartości
	// attendance[2].participants[0]: wartość poza dopuszczalnym zakresem: "A-1": uczestnik nie brał udziału w programie w dniu 10.04.2012 r.
	// attendance[1].hours: wartość poza dopuszczalnym zakresem: "2": uczestnik A-1: 10 godzin przy limicie 9 godzin (na uczestnika)
}

// Socially useful work is held against the caps in force and earns the
// hourly benefit in force on each day worked.
func ExampleProgramme_SociallyUsefulWork() {
	day := integracja.MustParseDate
	p := programme.Programme{
		Period: integracja.Period{From: day("2023-06-01"), To: day("2023-12-31")},
		Catalogue: programme.Catalogue{Activities: []programme.Activity{
			{Code: "psu", Name: integracja.Text{PL: "prace społecznie użyteczne"}, Group: programme.SociallyUsefulWork}}},
		Participants: []programme.Participant{{ID: "A-1", Events: []programme.Event{{Date: day("2023-06-01"), Kind: programme.Enrolled}}}},
		Attendance: []programme.Session{
			{Activity: "psu", Date: day("2023-06-05"), Hours: programme.HoursOf(6), Participants: []string{"A-1"}},
			{Activity: "psu", Date: day("2023-06-07"), Hours: programme.HoursOf(6), Participants: []string{"A-1"}},
		},
	}
	r, err := p.SociallyUsefulWork(programme.UPZPSURules(), p.Period)
	if err != nil {
		fmt.Println(err)
		return
	}
	over, _ := r.Exceeded()
	fmt.Printf("tydzień od %s: %s, limit %s\n", over[0].Monday, over[0].Hours.Format(language.Polish), over[0].Cap.Format(language.Polish))
	fmt.Println("świadczenie:", r.Benefit.Format(language.Polish))
	// Output:
	// tydzień od 2023-06-05: 12 godzin, limit 10 godzin
	// świadczenie: 130,80 zł
}

// The completion rule decides who completed: the share of the hours
// planned for each participant that they attended.
func ExampleProgramme_Completions() {
	day := integracja.MustParseDate
	p := programme.Programme{
		Catalogue: programme.Catalogue{Activities: []programme.Activity{{
			Code: "szkolenie", Name: integracja.Text{PL: "szkolenie komputerowe"}, Group: programme.Educational,
			Quota: programme.Quota{Hours: programme.HoursOf(16), Per: programme.PerParticipant},
		}}},
		Participants: []programme.Participant{
			{ID: "A-1", Events: []programme.Event{{Date: day("2012-03-01"), Kind: programme.Enrolled}}},
			{ID: "A-2", Events: []programme.Event{{Date: day("2012-03-01"), Kind: programme.Enrolled}}},
		},
		Attendance: []programme.Session{
			{Activity: "szkolenie", Date: day("2012-03-05"), Hours: programme.HoursOf(8), Participants: []string{"A-1", "A-2"}},
			{Activity: "szkolenie", Date: day("2012-03-12"), Hours: programme.MustParseHours("5.5"), Participants: []string{"A-1"}},
		},
	}
	p.Completion.MinShare = decimal.NewFromInt(80)
	fmt.Println(p.Completion.Format(language.Polish))
	for _, c := range p.Completions(day("2012-12-31")) {
		share, _ := c.Share()
		fmt.Printf("%s: %s z %s (%s%%), ukończył: %t\n", c.Participant, c.Attended.Number(language.Polish),
			c.Planned.Number(language.Polish), share.StringFixed(2), c.Met)
	}
	// Output:
	// ukończenie: co najmniej 80% zaplanowanych godzin
	// A-1: 13,5 z 16 (84.38%), ukończył: true
	// A-2: 8 z 16 (50.00%), ukończył: false
}

// A birth date is personal data: it prints masked everywhere but where
// storage needs it.
func ExampleBirthDate() {
	b := programme.NewBirthDate(integracja.MustParseDate("1975-04-12"))
	pt := programme.Participant{ID: "P-01", Sex: indicator.Female, BirthDate: b}
	fmt.Println(b)
	fmt.Printf("%+v\n", pt)
	fmt.Println(b.AgeAt(integracja.MustParseDate("2023-06-01")))
	slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})).Info("zapis", "uczestnik", pt, "urodzony", b)
	// Output:
	// ****-**-**
	// uczestnik P-01 (kobieta)
	// 48
	// level=INFO msg=zapis uczestnik.id=P-01 uczestnik.sex=female uczestnik.events=0 urodzony=****-**-**
}

// The money a document prints is kept as printed, and the figures that
// cannot be read are named when the categories are reconciled with the
// total.
func ExampleFunds_Reconcile() {
	read := budget.ReadPrinted
	f := programme.Funds{
		Spent: read(integracja.Text{PL: "wydano"}, "207 209,61 zł"),
		ByCategory: []programme.CategoryFigure{
			{Spent: read(integracja.Text{PL: "aktywna integracja"}, "53 074,15 zł")},
			{Spent: read(integracja.Text{PL: "praca socjalna"}, "46 823,15 zł")},
			{Spent: read(integracja.Text{PL: "działania środowiskowe"}, "29 171,62 zł")},
			{Spent: read(integracja.Text{PL: "zasiłki celowe"}, "31 329,09 zł")},
			{Spent: read(integracja.Text{PL: "zarządzanie projektem"}, "29 72,55 zł")},
			{Spent: read(integracja.Text{PL: "obsługa administracyjna"}, "17 19 05 zł")},
		},
	}
	r, err := f.Reconcile()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Outcome)
	fmt.Println(r.Missing.Format(language.English))
	// Output:
	// missing_parts
	// PLN 46,811.60
}
