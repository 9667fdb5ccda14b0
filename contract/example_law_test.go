package contract_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
)

// A person with a renta z tytułu niezdolności do pracy could not take part
// in a KIS in 2014, and may since 15 February 2022 (art. 1 ust. 3a u.z.s.);
// a CIS still excludes them. A date the shipped rules keep as a parameter
// is overlaid on a copy, once found in the act.
func ExampleRules() {
	date := integracja.MustParseDate
	r := contract.DefaultRules()
	for _, on := range []string{"2014-06-02", "2025-06-02"} {
		fmt.Printf("%s: KIS %t, CIS %t\n", on,
			r.Excludes(contract.IncapacityPension, contract.KIS, date(on)),
			r.Excludes(contract.IncapacityPension, contract.CIS, date(on)))
	}
	step, _ := r.Exclusions[contract.SocialPension].At(date("2008-01-01"))
	fmt.Println(step.From, step.Value)

	verified, err := r.Exclusions[contract.SocialPension].With(integracja.Step[contract.ExclusionScope]{
		From: date("2004-06-01"), Value: contract.NotExcluded, Basis: "data sprawdzona w ISAP"})
	if err != nil {
		fmt.Println(err)
		return
	}
	r.Exclusions[contract.SocialPension] = verified
	fmt.Println(r.Excludes(contract.SocialPension, contract.KIS, date("2005-03-01")),
		contract.DefaultRules().Excludes(contract.SocialPension, contract.KIS, date("2005-03-01")))
	// Output:
	// 2014-06-02: KIS true, CIS true
	// 2025-06-02: KIS false, CIS true
	// 2007-07-14 none
	// false true
}

// A participant of the Klub Integracji Społecznej takes part in it under a
// social contract the OPS concluded (art. 18 ust. 4 u.z.s.): the contract
// records the club, from when, and the certificate that ends participation
// (ust. 5a). Progress is reviewed on dated notes beside the actions' done
// dates.
func ExampleContract_AddReview() {
	date := integracja.MustParseDate
	c := siewierzContract()
	c.Club = contract.ClubParticipation{Name: "Klub Integracji Społecznej w Siewierzu", From: date("2011-03-14")}
	c, err := c.Sign(date("2011-03-14"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err = c.AddReview(contract.Review{Date: date("2011-05-02"), By: "pracownik socjalny",
		Note: "terapia podjęta; CV w przygotowaniu", Actions: []string{"A1", "A3"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = c.AddReview(contract.Review{Date: date("2011-04-01"), Note: "wcześniej"})
	fmt.Println(integracja.Localize(err, language.Polish))
	fmt.Println(len(c.Reviews), "review, valid:", c.Validate() == nil)
	// Output:
	// reviews[1].date: wartości są ze sobą sprzeczne: przegląd z 01.04.2011 r. jest wcześniejszy niż poprzedni (02.05.2011 r.)
	// 1 review, valid: true
}
