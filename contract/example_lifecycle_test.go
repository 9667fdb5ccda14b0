package contract_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
)

// A KIS participant signs a contract, is suspended for inpatient treatment,
// comes back, and leaves for a job before the contract's end.
func ExampleLifecycle() {
	var l contract.Lifecycle // a draft
	var err error
	steps := []func() (contract.Lifecycle, error){
		func() (contract.Lifecycle, error) { return l.Sign(integracja.MustParseDate("2019-06-03")) },
		func() (contract.Lifecycle, error) {
			return l.Suspend(integracja.MustParseDate("2019-07-15"), contract.ReasonTreatment, "")
		},
		func() (contract.Lifecycle, error) { return l.Resume(integracja.MustParseDate("2019-09-02")) },
		func() (contract.Lifecycle, error) {
			return l.Terminate(integracja.MustParseDate("2019-11-18"), contract.ReasonJob, "umowa o pracę")
		},
	}
	for _, step := range steps {
		if l, err = step(); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, e := range l.Events() {
		fmt.Printf("%s  %-12s → %-12s %s\n", e.Date, e.From.Label(language.Polish), e.To.Label(language.Polish), e.Reason.Label(language.Polish))
	}
	fmt.Println(l.StateAt(integracja.MustParseDate("2019-08-01")).Label(language.English))
	end, _ := l.EndedOn()
	fmt.Println(l.State(), end)
	// Output:
	// 2019-06-03  niepodpisany → w realizacji brak przyczyny
	// 2019-07-15  w realizacji → zawieszony   podjęcie leczenia
	// 2019-09-02  zawieszony   → w realizacji brak przyczyny
	// 2019-11-18  w realizacji → rozwiązany   podjęcie pracy
	// suspended
	// terminated 2019-11-18
}

// A contract that was never signed cannot be completed; the error names
// both states and programs recognise it with errors.Is or errors.As.
func ExampleTransitionError() {
	_, err := contract.Lifecycle{}.Complete(integracja.MustParseDate("2019-12-31"))
	fmt.Println(errors.Is(err, integracja.ErrTransition))
	var te *contract.TransitionError
	if errors.As(err, &te) {
		fmt.Println(te.From, "→", te.To)
	}
	fmt.Println(integracja.Localize(err, language.Polish))
	fmt.Println(err)
	// Output:
	// true
	// draft → completed
	// niedozwolona zmiana stanu: z „niepodpisany” na „zakończony”
	// contract: state change not allowed: from draft to completed
}

// A history read from storage is kept as it was given; Validate says what
// is wrong with it, with paths.
func ExampleLifecycle_Validate() {
	l := contract.NewLifecycle(
		contract.Event{Date: integracja.MustParseDate("2019-06-03"), From: contract.Draft, To: contract.Active},
		contract.Event{Date: integracja.MustParseDate("2019-05-30"), From: contract.Active, To: contract.Terminated},
	)
	fmt.Println(integracja.Localize(l.Validate(), language.English))
	// Output:
	// events[1].date: values contradict each other: the event of 30 May 2019 comes before the previous one (3 June 2019)
	// events[1].reason: required value missing: a termination needs a reason
}

// Each kind of contract has a stable code for JSON, a label in two
// languages and its legal basis; only the social contract has tracks.
func ExampleKind() {
	for _, k := range []contract.Kind{contract.SocialContract, contract.SocialEmploymentProgramme} {
		fmt.Printf("%s: %s / %s; tracks: %t\n", k, k.Label(language.Polish), k.Label(language.English), k.HasTracks())
	}
	fmt.Println(contract.SocialContract.Basis())
	fmt.Println(contract.TrackB.Label(language.Polish))
	// Output:
	// social_contract: kontrakt socjalny / social contract; tracks: true
	// social_employment_programme: indywidualny program zatrudnienia socjalnego / individual programme of social employment; tracks: false
	// art. 6 pkt 6 i art. 108 ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz. U. z 2023 r. poz. 901, z późn. zm.); rozporządzenie Ministra Pracy i Polityki Społecznej z dnia 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego (Dz. U. Nr 218, poz. 1439)
	// części I B i II B: wzmocnienie aktywności i samodzielności życiowej, zawodowej lub przeciwdziałanie wykluczeniu społecznemu
}
