package contract_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
)

func ExampleParsePESEL() {
	p, err := contract.ParsePESEL("44051401359")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p) // masked: the birth date never shows
	fmt.Println(p.Sex().Label(language.Polish), p.BirthDate())

	_, err = contract.ParsePESEL("44051401358")
	fmt.Println(integracja.Localize(err, language.Polish))
	// Output:
	// *******1359
	// mężczyzna 1944-05-14
	// nie można odczytać numeru PESEL "*******1358": nieprawidłowa wartość: cyfra kontrolna nie zgadza się
}

func ExamplePerson_Validate() {
	client := contract.Person{
		ID:         "trz-2019-04",
		FamilyName: "Nowak",
		PESEL:      contract.MustParsePESEL("44051401359"), // a man's PESEL
		Sex:        indicator.Female,                       // stated otherwise
		BirthDate:  integracja.MustParseDate("1944-05-14"),
	}
	err := client.ValidateAt(integracja.NewPath("client"))
	fmt.Println(integracja.Localize(err, language.Polish))
	fmt.Println(integracja.Localize(err, language.English))
	fmt.Println(client) // no names, no PESEL
	// Output:
	// client.givenName: brak wymaganej wartości
	// client.sex: wartości są ze sobą sprzeczne: płeć nie zgadza się z numerem PESEL
	// client.givenName: required value missing
	// client.sex: values contradict each other: the sex contradicts the PESEL
	// osoba trz-2019-04
}

func ExamplePerson_EffectiveSex() {
	worker := contract.Person{ID: "ps-3", GivenName: "Anna", FamilyName: "Wiśniewska", Sex: indicator.Female}
	client := contract.Person{ID: "p-17", GivenName: "Jan", FamilyName: "Kowalski", PESEL: contract.MustParsePESEL("44051401359")}
	for _, p := range []contract.Person{worker, client} {
		born := p.EffectiveBirthDate().String()
		if born == "" {
			born = "nieznana"
		}
		fmt.Printf("%v (%s): płeć %s, data urodzenia %s\n", p, p.Initials(), p.EffectiveSex().Label(language.Polish), born)
	}
	// Output:
	// osoba ps-3 (A. W.): płeć kobieta, data urodzenia nieznana
	// osoba p-17 (J. K.): płeć mężczyzna, data urodzenia 1944-05-14
}
