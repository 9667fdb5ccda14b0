package contract_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
)

var d = integracja.MustParseDate

// kisTerms returns the terms of a social contract of a participant of the
// Klub Integracji Społecznej of the OPS in Trzebinia in 2019 (seed 000): a
// long-term unemployed woman on benefits, bringing up a daughter alone. The
// contract covers the daughter too, so it follows parts I A and II A of the
// template (person or family); parts I B and II B are for the person alone.
// The people are invented.
func kisTerms() contract.Terms {
	return contract.Terms{
		Period: integracja.Period{From: d("2019-06-03"), To: d("2019-12-31")},
		Family: []contract.Member{{
			Person:   contract.Person{ID: "os-2", GivenName: "Zofia", FamilyName: "Nowak", PESEL: contract.MustParsePESEL("12230545684")},
			Relation: "córka",
		}},
		Assessment: contract.Assessment{
			Causes: []string{
				"długotrwałe bezrobocie (od 2013 r.)",
				"samotne wychowywanie dziecka",
				"lęk przed kontaktami z ludźmi po pogryzieniu przez psa",
			},
			Strengths:   []string{"motywacja do zmiany", "pomoc matki w opiece nad dzieckiem"},
			Limitations: []string{"brak kwalifikacji zawodowych", "słaby dojazd do pracy poza Trzebinią"},
		},
		MainGoal: contract.Goal{ID: "G", Text: "Wyjście z izolacji społecznej i podjęcie zatrudnienia"},
		Goals: []contract.Goal{
			{ID: "C1", Text: "Odbudowa kontaktów z ludźmi i wiary we własne możliwości"},
			{ID: "C2", Text: "Zdobycie kwalifikacji odpowiadających potrzebom lokalnego rynku pracy"},
			{ID: "C3", Text: "Aktywne poszukiwanie pracy"},
		},
		Actions: []contract.Action{
			{ID: "A1", Goal: "C1", Actor: contract.ActorClient,
				Description: "Udział w cyklu warsztatów reintegracji społeczno-zawodowej w KIS",
				Due:         d("2019-09-30"), Responsible: "uczestniczka", Evaluation: "lista obecności (co najmniej 80%)",
				Activity: "KIS-WARSZTATY", Hours: 64},
			{ID: "A2", Goal: "C1", Actor: contract.ActorClient,
				Description: "Udział w samopomocowej grupie wsparcia przy OPS",
				Due:         d("2019-11-30"), Responsible: "uczestniczka", Evaluation: "lista obecności"},
			{ID: "A3", Goal: "C2", Actor: contract.ActorInstitution,
				Description: "Skierowanie na szkolenie zawodowe (sprzedawca z obsługą kasy fiskalnej)",
				Due:         d("2019-08-31"), Responsible: "koordynator KIS", Evaluation: "skierowanie i zaświadczenie o ukończeniu",
				Activity: "SZKOLENIE"},
			{ID: "A4", Goal: "C3", Actor: contract.ActorWorker,
				Description: "Konsultacje z doradcą zawodowym i przygotowanie CV",
				Due:         d("2019-07-31"), Responsible: "pracownik socjalny", Evaluation: "CV i list motywacyjny",
				Activity: "DORADCA", Hours: 9},
			{ID: "A5", Goal: "C3", Actor: contract.ActorOther, Party: "Powiatowy Urząd Pracy w Chrzanowie",
				Description: "Przedstawienie ofert pracy",
				Due:         d("2019-10-31"), Responsible: "pracownik socjalny", Evaluation: "liczba przedstawionych ofert"},
		},
		Commitments: contract.Commitments{
			Support: []string{"praca socjalna", "zajęcia Klubu Integracji Społecznej", "opieka nad dzieckiem w czasie zajęć"},
			Benefits: []contract.Benefit{
				{Kind: contract.TargetedAllowance, Amount: budget.MustParseMoney("500,00 zł"),
					Period: integracja.Period{From: d("2019-07-01"), To: d("2019-07-31")},
					Note:   "na odzież i obuwie do pracy"},
				{Kind: contract.PeriodicAllowance, Amount: budget.MustParseMoney("350,00 zł"),
					Period: integracja.Period{From: d("2019-06-01"), To: d("2019-11-30")},
					Note:   "miesięcznie"},
			},
		},
		Consequences: []contract.Consequence{contract.Refusal, contract.Revocation, contract.Suspension},
	}
}

// kisContract returns the contract of kisTerms as concluded, not yet
// signed.
func kisContract() contract.Contract {
	return contract.Contract{
		Number:      "KS/12/2019",
		Kind:        contract.SocialContract,
		Track:       contract.TrackA,
		Institution: contract.Institution{Kind: contract.OPS, Name: "Ośrodek Pomocy Społecznej w Trzebini"},
		Worker:      contract.Person{ID: "pr-3", GivenName: "Ewa", FamilyName: "Kwiatkowska"},
		Client:      contract.Person{ID: "os-1", GivenName: "Anna", FamilyName: "Nowak", PESEL: contract.MustParsePESEL("85061212346")},
		Club:        contract.ClubParticipation{Name: "Klub Integracji Społecznej przy OPS w Trzebini", From: d("2019-06-03")},
		Place:       "Trzebinia",
		ConcludedOn: d("2019-06-03"),
		Terms:       kisTerms(),
	}
}

// kisAmendment returns the terms of the first amendment: the training
// starts later and consultations with a psychologist are added.
func kisAmendment() contract.Terms {
	t := kisTerms()
	t.Actions[2].Due = d("2019-10-31")
	t.Actions = append(t.Actions, contract.Action{ID: "A6", Goal: "C1", Actor: contract.ActorClient,
		Description: "Konsultacje indywidualne z psychologiem", Due: d("2019-11-15"),
		Responsible: "uczestniczka", Evaluation: "karta konsultacji", Activity: "PSYCHOLOG", Hours: 6})
	return t
}

// kisFull returns the contract signed, amended, with progress recorded,
// completed and evaluated.
func kisFull(t testing.TB) contract.Contract {
	t.Helper()
	c, err := kisContract().Sign(d("2019-06-03"))
	require.NoError(t, err)
	c, err = c.MarkDone("A4", d("2019-07-25"))
	require.NoError(t, err)
	c, err = c.AddReview(contract.Review{Date: d("2019-08-05"), By: "pracownik socjalny",
		Note: "CV gotowe; uczestniczka regularnie bierze udział w warsztatach", Actions: []string{"A4", "A1"}})
	require.NoError(t, err)
	c, err = c.Amend(d("2019-09-02"), "1/2019", "przesunięcie terminu szkolenia; konsultacje z psychologiem", kisAmendment())
	require.NoError(t, err)
	c, err = c.MarkDone("A4", d("2019-07-25"))
	require.NoError(t, err)
	for _, step := range []struct {
		id   string
		done string
	}{{"A1", "2019-09-27"}, {"A3", "2019-10-15"}, {"A5", "2019-10-30"}, {"A6", "2019-11-14"}, {"A2", "2019-11-29"}} {
		c, err = c.MarkDone(step.id, d(step.done))
		require.NoError(t, err)
	}
	c, err = c.AddReview(contract.Review{Date: d("2019-11-29"), By: "pracownik socjalny",
		Note: "wszystkie działania wykonane; od 18.11.2019 r. zatrudnienie w handlu"})
	require.NoError(t, err)
	c.Lifecycle, err = c.Lifecycle.Complete(d("2019-12-31"))
	require.NoError(t, err)
	c.Club.To = d("2019-12-31")
	c.Club.Certificate = contract.Certificate{Number: "KIS/17/2019", Date: d("2019-12-31")}
	return c.Evaluate(contract.Evaluation{
		Date:    d("2019-12-31"),
		Summary: "Uczestniczka regularnie brała udział w zajęciach KIS; od listopada pracuje w handlu.",
		Goals: []contract.GoalResult{
			{Goal: "G", Achievement: contract.Achieved, Note: "umowa o pracę od 18.11.2019 r."},
			{Goal: "C1", Achievement: contract.Achieved},
			{Goal: "C2", Achievement: contract.PartlyAchieved, Note: "szkolenie ukończone, egzamin niezdany"},
			{Goal: "C3", Achievement: contract.Achieved},
		},
		Reasons: []string{"egzamin końcowy szkolenia w terminie kolidującym z opieką nad dzieckiem"},
	})
}

// problems returns "path: cause code" for every field error in err.
func problems(err error) []string {
	var out []string
	for _, fe := range integracja.FieldErrors(err) {
		code := "?"
		var c *integracja.Cause
		if errors.As(fe.Err, &c) {
			code = c.Code()
		} else if errors.Is(fe.Err, integracja.ErrTransition) {
			code = "transition"
		}
		out = append(out, fe.Path.String()+": "+code)
	}
	return out
}

func TestValidateAcceptsTheFixtures(t *testing.T) {
	t.Run("the contract as concluded is valid", func(t *testing.T) {
		assert.NoError(t, kisContract().Validate())
	})
	t.Run("the signed, amended, completed and evaluated contract is valid", func(t *testing.T) {
		assert.NoError(t, kisFull(t).Validate())
	})
	for _, k := range []contract.InstitutionKind{contract.OPS, contract.PCPR, contract.CUS} {
		t.Run("a social worker of a "+k.String()+" concludes a social contract", func(t *testing.T) {
			c := kisContract()
			c.Institution.Kind = k
			assert.NoError(t, c.Validate())
		})
	}
	t.Run("a contract of track B records the labour office and the client's status", func(t *testing.T) {
		assert.NoError(t, trackB().Validate())
	})
}

// trackB returns kisContract in track B, with the person alone, referred
// by the labour office.
func trackB() contract.Contract {
	c := kisContract()
	c.Track, c.Terms.Family = contract.TrackB, nil
	c.LabourMarket = contract.LabourMarket{Status: contract.LongTermUnemployed, Office: "Powiatowy Urząd Pracy w Chrzanowie",
		Link: contract.OfficeReferral, Reference: "CAZ-12/2019", Date: d("2019-05-28")}
	return c
}

func TestValidateTheLabourMarketOfTrackB(t *testing.T) {
	tests := []struct {
		name   string
		change func(m *contract.LabourMarket)
		want   []string
	}{
		{"a status is required", func(m *contract.LabourMarket) { m.Status = contract.LabourStatusUnspecified }, []string{"labourMarket.status: required"}},
		{"an undefined status is invalid", func(m *contract.LabourMarket) { m.Status = 17 }, []string{"labourMarket.status: invalid"}},
		{"an office named without its part is reported at link", func(m *contract.LabourMarket) { m.Link = contract.NoOfficeLink },
			[]string{"labourMarket.link: required"}},
		{"a referral names the office and its date", func(m *contract.LabourMarket) { m.Office, m.Date = "", integracja.Date{} },
			[]string{"labourMarket.office: required", "labourMarket.date: required"}},
		{"a referral comes before the contract", func(m *contract.LabourMarket) { m.Date = d("2019-06-10") },
			[]string{"labourMarket.date: inconsistent"}},
		{"an agreement may come after it", func(m *contract.LabourMarket) { m.Link, m.Date = contract.OfficeAgreement, d("2019-06-10") }, nil},
		{"a status alone, without the office, is enough", func(m *contract.LabourMarket) {
			*m = contract.LabourMarket{Status: contract.Inactive}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := trackB()
			tt.change(&c.LabourMarket)
			assert.Equal(t, tt.want, problems(c.Validate()))
		})
	}
}

func TestReviewsOfProgress(t *testing.T) {
	signed, err := kisContract().Sign(d("2019-06-03"))
	require.NoError(t, err)
	ok := contract.Review{Date: d("2019-07-01"), By: "pracownik socjalny", Note: "postępy zgodne z planem", Actions: []string{"A1"}}
	t.Run("a review is recorded after the earlier ones and leaves the receiver as it was", func(t *testing.T) {
		c, err := signed.AddReview(ok)
		require.NoError(t, err)
		c, err = c.AddReview(contract.Review{Date: d("2019-08-01"), Note: "CV gotowe"})
		require.NoError(t, err)
		assert.Len(t, c.Reviews, 2)
		assert.Empty(t, signed.Reviews)
		assert.NoError(t, c.Validate())
	})
	tests := []struct {
		name  string
		base  contract.Contract
		first *contract.Review
		r     contract.Review
		want  []string
	}{
		{"a review needs a date and a note", signed, nil, contract.Review{}, []string{"reviews[0].date: required", "reviews[0].note: required"}},
		{"a review comes after the conclusion", signed, nil, contract.Review{Date: d("2019-05-01"), Note: "n"},
			[]string{"reviews[0].date: inconsistent"}},
		{"reviews are in order", signed, &ok, contract.Review{Date: d("2019-06-20"), Note: "n"}, []string{"reviews[1].date: inconsistent"}},
		{"a review names actions of the version in force", signed, nil, contract.Review{Date: d("2019-07-01"), Note: "n", Actions: []string{"A1", "A9"}},
			[]string{"reviews[0].actions[1]: unknown"}},
		{"a draft is not reviewed", kisContract(), nil, ok, []string{"reviews[0]: inconsistent"}},
		{"a review comes no later than the end", kisFull(t), nil, contract.Review{Date: d("2020-01-15"), Note: "n"},
			[]string{"reviews[2].date: inconsistent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := tt.base
			if tt.first != nil {
				var err error
				base, err = base.AddReview(*tt.first)
				require.NoError(t, err)
			}
			got, err := base.AddReview(tt.r)
			assert.Equal(t, tt.want, problems(err))
			assert.Equal(t, len(base.Reviews), len(got.Reviews), "a refused review is not recorded")
			stored := base
			stored.Reviews = append(base.Clone().Reviews, tt.r)
			assert.Equal(t, tt.want, problems(stored.Validate()), "Validate reports a stored review the same way")
		})
	}
	t.Run("no message shows the note", func(t *testing.T) {
		_, err := kisContract().AddReview(contract.Review{Date: d("2019-05-01"), Note: "leczenie odwykowe", Actions: []string{"X"}})
		assert.NotContains(t, integracja.Localize(err, language.Polish), "odwykowe")
	})
}

func TestARefusalToConcludeIsADatedEvent(t *testing.T) {
	c := kisContract()
	var err error
	c.Lifecycle, err = c.Lifecycle.Terminate(d("2019-06-05"), contract.ReasonRefusal, "")
	require.NoError(t, err)
	assert.NoError(t, c.Validate())
	ev := c.Lifecycle.Events()
	require.Len(t, ev, 1)
	assert.Equal(t, contract.Draft, ev[0].From)
	assert.Equal(t, contract.ReasonRefusal, ev[0].Reason)
	assert.Equal(t, "odmowa zawarcia kontraktu socjalnego", ev[0].Reason.Label(language.Polish))
	assert.Contains(t, c.Render(language.Polish), "05.06.2019 r.: niepodpisany → rozwiązany (odmowa zawarcia kontraktu socjalnego)")
	t.Run("a signed contract is not refused", func(t *testing.T) {
		signed, err := kisContract().Sign(d("2019-06-03"))
		require.NoError(t, err)
		_, err = signed.Lifecycle.Terminate(d("2019-06-05"), contract.ReasonRefusal, "")
		assert.Equal(t, []string{"events[1].reason: invalid"}, problems(err))
	})
}

func TestValidateReportsEachProblemWithItsPath(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *contract.Contract)
		want   []string
	}{
		{"a missing number is required", func(c *contract.Contract) { c.Number = " " }, []string{"number: required"}},
		{"a missing client is one problem at client", func(c *contract.Contract) { c.Client = contract.Person{} }, []string{"client: required"}},
		{"a missing social worker is one problem at worker", func(c *contract.Contract) { c.Worker = contract.Person{} }, []string{"worker: required"}},
		{"a stated sex that contradicts the PESEL is reported at client.sex",
			func(c *contract.Contract) { c.Client.Sex = indicator.Male }, []string{"client.sex: inconsistent"}},
		{"a stated birth date that contradicts the PESEL is reported at client.birthDate",
			func(c *contract.Contract) { c.Client.BirthDate = d("1985-06-13") }, []string{"client.birthDate: inconsistent"}},
		{"family members in a contract of track B contradict the template", func(c *contract.Contract) { c.Track = contract.TrackB },
			[]string{"terms.family: inconsistent"}},
		{"a family member's conflict is reported under the terms",
			func(c *contract.Contract) { c.Terms.Family[0].Person.Sex = indicator.Male },
			[]string{"terms.family[0].person.sex: inconsistent"}},
		{"a social contract needs a track", func(c *contract.Contract) { c.Track = contract.TrackNone }, []string{"track: required"}},
		{"only a social contract has a track", func(c *contract.Contract) {
			c.Kind, c.Club = contract.HomelessnessExitProgramme, contract.ClubParticipation{}
		}, []string{"track: inconsistent"}},
		{"a CIS does not conclude a social contract", func(c *contract.Contract) { c.Institution.Kind = contract.CIS },
			[]string{"institution.kind: inconsistent"}},
		{"a KIS does not conclude a social contract, it is the place of participation", func(c *contract.Contract) {
			c.Institution.Kind = contract.KIS
		}, []string{"institution.kind: inconsistent"}},
		{"an IPZS is carried out in a CIS, not by an OPS", func(c *contract.Contract) {
			c.Kind, c.Track, c.Club = contract.SocialEmploymentProgramme, contract.TrackNone, contract.ClubParticipation{}
		}, []string{"institution.kind: inconsistent"}},
		{"an IPZS is carried out in a CIS, not in a KIS", func(c *contract.Contract) {
			c.Kind, c.Track, c.Club = contract.SocialEmploymentProgramme, contract.TrackNone, contract.ClubParticipation{}
			c.Institution.Kind = contract.KIS
		}, []string{"institution.kind: inconsistent"}},
		{"participation in a KIS rests on a social contract", func(c *contract.Contract) {
			c.Kind, c.Track = contract.HomelessnessExitProgramme, contract.TrackNone
		}, []string{"club: inconsistent"}},
		{"participation in a KIS names the club and its start", func(c *contract.Contract) {
			c.Club = contract.ClubParticipation{To: d("2019-12-31")}
		}, []string{"club.name: required", "club.from: required"}},
		{"participation in a KIS starts no earlier than the contract", func(c *contract.Contract) { c.Club.From = d("2019-05-20") },
			[]string{"club.from: inconsistent"}},
		{"participation in a KIS ends after it starts", func(c *contract.Contract) { c.Club.To = d("2019-06-02") },
			[]string{"club.to: inconsistent"}},
		{"a certificate confirms the end of participation, so the end is required", func(c *contract.Contract) {
			c.Club.Certificate = contract.Certificate{Number: "KIS/1/2019", Date: d("2019-12-31")}
		}, []string{"club.to: required"}},
		{"a certificate is dated, on or after the end of participation", func(c *contract.Contract) {
			c.Club.To = d("2019-12-31")
			c.Club.Certificate = contract.Certificate{Number: "KIS/1/2019", Date: d("2019-12-20")}
		}, []string{"club.certificate.date: inconsistent"}},
		{"a certificate without a date is reported", func(c *contract.Contract) {
			c.Club.To = d("2019-12-31")
			c.Club.Certificate = contract.Certificate{Number: "KIS/1/2019"}
		}, []string{"club.certificate.date: required"}},
		{"the labour office and status belong to a contract of track B", func(c *contract.Contract) {
			c.LabourMarket = contract.LabourMarket{Status: contract.LongTermUnemployed}
		}, []string{"labourMarket: inconsistent"}},
		{"an institution does not commit to the labour office's dodatek aktywizacyjny", func(c *contract.Contract) {
			c.Terms.Commitments.Benefits[0].Kind = contract.ActivationSupplement
		}, []string{"terms.commitments.benefits[0].kind: inconsistent"}},
		{"an institution needs a kind and a name", func(c *contract.Contract) { c.Institution = contract.Institution{} },
			[]string{"institution.kind: required", "institution.name: required"}},
		{"a signed contract needs a place and date of conclusion", func(c *contract.Contract) {
			signed, err := c.Sign(c.ConcludedOn)
			require.NoError(t, err)
			*c = signed
			c.Place, c.ConcludedOn = "", integracja.Date{}
		}, []string{"place: required", "concludedOn: required"}},
		{"an impossible conclusion date is invalid even in a draft", func(c *contract.Contract) {
			c.ConcludedOn = integracja.Date{Year: 2019, Month: 6, Day: 31}
		}, []string{"concludedOn: invalid"}},
		{"a conclusion after the period starts contradicts it", func(c *contract.Contract) {
			c.ConcludedOn, c.Club.From = d("2019-06-10"), d("2019-06-10")
		}, []string{"concludedOn: inconsistent"}},
		{"a period that ends before it starts is reported at its end", func(c *contract.Contract) {
			c.Terms.Period.To = d("2019-05-31")
		}, []string{"terms.period.to: inconsistent"}},
		{"missing goals are required", func(c *contract.Contract) {
			c.Terms.MainGoal, c.Terms.Goals = contract.Goal{}, nil
			for i := range c.Terms.Actions {
				c.Terms.Actions[i].Goal = ""
			}
		}, []string{"terms.mainGoal: required", "terms.goals: required"}},
		{"a goal needs an ID and a text, and IDs are unique", func(c *contract.Contract) {
			c.Terms.Goals[1].ID = "C1"
			c.Terms.Goals[2] = contract.Goal{ID: "", Text: " "}
			c.Terms.Actions[2].Goal, c.Terms.Actions[3].Goal, c.Terms.Actions[4].Goal = "", "", ""
		}, []string{"terms.goals[1].id: duplicate", "terms.goals[2].id: required", "terms.goals[2].text: required"}},
		{"an action without a responsible party is reported", func(c *contract.Contract) { c.Terms.Actions[1].Responsible = "" },
			[]string{"terms.actions[1].responsible: required"}},
		{"a deadline outside the period is out of range", func(c *contract.Contract) { c.Terms.Actions[0].Due = d("2020-01-15") },
			[]string{"terms.actions[0].due: out_of_range"}},
		{"an action needs an ID, an actor, a description and a deadline", func(c *contract.Contract) {
			c.Terms.Actions[2] = contract.Action{Responsible: "koordynator KIS"}
		}, []string{"terms.actions[2].id: required", "terms.actions[2].actor: required",
			"terms.actions[2].description: required", "terms.actions[2].due: required"}},
		{"an action of another party must name it", func(c *contract.Contract) { c.Terms.Actions[4].Party = "" },
			[]string{"terms.actions[4].party: required"}},
		{"an action refers to a known goal", func(c *contract.Contract) { c.Terms.Actions[0].Goal = "C9" },
			[]string{"terms.actions[0].goal: unknown"}},
		{"action IDs are unique", func(c *contract.Contract) { c.Terms.Actions[4].ID = "A1" },
			[]string{"terms.actions[4].id: duplicate"}},
		{"an action done before the conclusion contradicts it", func(c *contract.Contract) { c.Terms.Actions[3].Done = d("2019-05-20") },
			[]string{"terms.actions[3].done: inconsistent"}},
		{"planned hours are not negative", func(c *contract.Contract) { c.Terms.Actions[0].Hours = -4 },
			[]string{"terms.actions[0].hours: out_of_range"}},
		{"an undefined actor is invalid", func(c *contract.Contract) { c.Terms.Actions[0].Actor = 9 },
			[]string{"terms.actions[0].actor: invalid"}},
		{"a benefit with a negative amount is out of range", func(c *contract.Contract) {
			c.Terms.Commitments.Benefits[0].Amount = budget.MustParseMoney("-500,00 zł")
		}, []string{"terms.commitments.benefits[0].amount: out_of_range"}},
		{"a benefit needs a kind, and another benefit a label", func(c *contract.Contract) {
			c.Terms.Commitments.Benefits[0].Kind = contract.BenefitUnspecified
			c.Terms.Commitments.Benefits[1].Kind = contract.BenefitOther
		}, []string{"terms.commitments.benefits[0].kind: required", "terms.commitments.benefits[1].label: required"}},
		{"a consequence is named once and is one of the three", func(c *contract.Contract) {
			c.Terms.Consequences = []contract.Consequence{contract.Refusal, contract.Refusal, contract.ConsequenceUnspecified}
		}, []string{"terms.consequences[1]: duplicate", "terms.consequences[2]: invalid"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := kisContract()
			tt.change(&c)
			err := c.Validate()
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(err))
		})
	}
}

func TestValidateLetsADraftLeaveItsConclusionDateToTheSigning(t *testing.T) {
	c := kisContract()
	c.ConcludedOn = integracja.Date{}
	require.NoError(t, c.Validate(), "Sign sets the date, so a draft without one is complete")
	signed, err := c.Sign(d("2019-06-03"))
	require.NoError(t, err)
	assert.NoError(t, signed.Validate())
}

func TestValidateChecksLifecycleAndEvaluation(t *testing.T) {
	t.Run("a signing on another day than the conclusion contradicts it", func(t *testing.T) {
		c := kisContract()
		lc, err := c.Lifecycle.Sign(d("2019-06-05"))
		require.NoError(t, err)
		c.Lifecycle = lc
		assert.Equal(t, []string{"concludedOn: inconsistent"}, problems(c.Validate()))
	})
	t.Run("events before the conclusion and out of order are reported under lifecycle", func(t *testing.T) {
		c := kisContract()
		c.Lifecycle = contract.NewLifecycle(
			contract.Event{Date: d("2019-06-03"), From: contract.Draft, To: contract.Active},
			contract.Event{Date: d("2019-05-01"), From: contract.Active, To: contract.Completed},
		)
		assert.Equal(t, []string{"lifecycle.events[1].date: inconsistent", "lifecycle.events[1].date: inconsistent"},
			problems(c.Validate()))
	})
	t.Run("an evaluation needs a date after the conclusion and known goals", func(t *testing.T) {
		c := kisFull(t)
		c = c.Evaluate(contract.Evaluation{Goals: []contract.GoalResult{
			{Goal: "C1", Achievement: contract.Achieved},
			{Goal: "C1", Achievement: contract.NotAchieved},
			{Goal: "C7", Achievement: contract.Achieved},
			{Goal: "C2", Achievement: 9},
		}})
		assert.Equal(t, []string{"evaluation.date: required", "evaluation.goals[1].goal: duplicate",
			"evaluation.goals[2].goal: unknown", "evaluation.goals[3].achievement: invalid"}, problems(c.Validate()))
	})
}

func TestValidateReportsEveryProblemAtOnceWithoutPersonalData(t *testing.T) {
	c := kisContract()
	c.Number = ""
	c.Client.Sex = indicator.Male
	c.Terms.Actions[0].Due = d("2020-02-01")
	c.Terms.Actions[1].Responsible = ""
	c.Terms.Commitments.Benefits[1].Amount = budget.MustParseMoney("-1,00 zł")
	err := c.Validate()
	require.Error(t, err)
	assert.Len(t, integracja.FieldErrors(err), 5)
	for _, tag := range []language.Tag{language.Polish, language.English} {
		msg := integracja.Localize(err, tag)
		for _, secret := range []string{"Anna", "Nowak", "85061212346", "850612", "Zofia", "Kwiatkowska", "1985-06-12"} {
			assert.NotContains(t, msg, secret)
		}
	}
	assert.Contains(t, integracja.Localize(err, language.Polish), "terms.actions[0].due: wartość poza dopuszczalnym zakresem")
}

func TestValidateMessagesReadAsPolish(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *contract.Contract)
		want   string
	}{
		{"a missing track names the parts of the template", func(c *contract.Contract) { c.Track = contract.TrackNone },
			"track: brak wymaganej wartości: kontrakt socjalny zawiera się według części I A i II A albo I B i II B wzoru"},
		{"a track on another kind says only the social contract has them", func(c *contract.Contract) {
			c.Kind, c.Club = contract.HomelessnessExitProgramme, contract.ClubParticipation{}
		}, `track: wartości są ze sobą sprzeczne: podział na części A i B ma tylko kontrakt socjalny`},
		{"a late conclusion says when, and when the period began, as Polish documents write dates", func(c *contract.Contract) {
			c.ConcludedOn, c.Club.From = d("2019-06-10"), d("2019-06-10")
		}, `concludedOn: wartości są ze sobą sprzeczne: kontrakt zawarto 10.06.2019 r., po rozpoczęciu okresu obowiązywania kontraktu (03.06.2019 r.)`},
		{"an early amendment says it must come after the conclusion", func(c *contract.Contract) {
			signed, err := c.Sign(c.ConcludedOn)
			require.NoError(t, err)
			signed.Amendments = []contract.Amendment{{Number: "1/2019", Date: d("2019-06-03"), Reason: "r", Terms: kisAmendment()}}
			*c = signed
		}, `amendments[0].date: wartości są ze sobą sprzeczne: aneks z 03.06.2019 r. nie jest późniejszy niż zawarcie kontraktu (03.06.2019 r.)`},
		{"a deadline outside the period says both", func(c *contract.Contract) { c.Terms.Actions[0].Due = d("2020-01-15") },
			`terms.actions[0].due: wartość poza dopuszczalnym zakresem: termin 15.01.2020 r. wypada poza okresem obowiązywania (od 03.06.2019 r. do 31.12.2019 r.)`},
		{"a KIS as the concluding institution is named as the place of participation", func(c *contract.Contract) { c.Institution.Kind = contract.KIS },
			`institution.kind: wartości są ze sobą sprzeczne: klub integracji społecznej nie zawiera kontraktu socjalnego: uczestniczy się w nim na podstawie kontraktu ` +
				`(art. 18 ust. 4 u.z.s.), który zawiera pracownik socjalny ośrodka pomocy społecznej, powiatowego centrum pomocy rodzinie lub centrum usług społecznych (art. 108 ust. 1 u.p.s.)`},
		{"an IPZS outside a CIS cites the act", func(c *contract.Contract) {
			c.Kind, c.Track, c.Club = contract.SocialEmploymentProgramme, contract.TrackNone, contract.ClubParticipation{}
		}, `institution.kind: wartości są ze sobą sprzeczne: indywidualny program zatrudnienia socjalnego realizuje się w centrum integracji społecznej (art. 12 ust. 4 i art. 13 u.z.s.)`},
		{"an exclusion says by the law of which day, and not which benefit", func(c *contract.Contract) {
			c.ClientEntitlements = []contract.Entitlement{contract.OldAgePension}
		}, `clientEntitlements[0]: wartości są ze sobą sprzeczne: według przepisów obowiązujących w dniu 03.06.2019 r. osoba uprawniona do tego świadczenia ` +
			`nie może uczestniczyć w zajęciach klubu integracji społecznej (art. 1 ust. 3 i 3a u.z.s.)`},
		{"a negative amount is written as Polish documents write amounts", func(c *contract.Contract) {
			c.Terms.Commitments.Benefits[0].Amount = budget.MustParseMoney("-500,00 zł")
		}, "terms.commitments.benefits[0].amount: wartość poza dopuszczalnym zakresem: kwota ujemna: -500,00\u00a0zł"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := kisContract()
			tt.change(&c)
			assert.Equal(t, tt.want, integracja.Localize(c.Validate(), language.Polish))
		})
	}
}

func TestStringShowsNoPersonalData(t *testing.T) {
	c := kisFull(t)
	for _, s := range []string{c.String(), fmt.Sprintf("%v", c), fmt.Sprintf("%+v", c)} {
		assert.NotContains(t, s, "Anna")
		assert.NotContains(t, s, "85061212346")
	}
	assert.Equal(t, "social_contract KS/12/2019 (completed)", c.String())
}

func TestOverdue(t *testing.T) {
	c, err := kisContract().Sign(d("2019-06-03"))
	require.NoError(t, err)
	c, err = c.MarkDone("A4", d("2019-08-05"))
	require.NoError(t, err)
	ids := func(list []contract.OverdueAction) []string {
		var out []string
		for _, o := range list {
			out = append(out, fmt.Sprintf("%s+%d", o.Action.ID, o.DaysLate))
		}
		return out
	}
	tests := []struct {
		name string
		asOf string
		want []string
	}{
		{"nothing is overdue before the conclusion", "2019-05-01", nil},
		{"nothing is overdue on the day of a deadline", "2019-07-31", nil},
		{"an action is overdue the day after its deadline", "2019-08-01", []string{"A4+1"}},
		{"an action done late stops being overdue when done", "2019-08-05", nil},
		{"two undone actions are listed, the most overdue first", "2019-10-10", []string{"A3+40", "A1+10"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ids(c.Overdue(d(tt.asOf))))
		})
	}
	t.Run("the version in force on the date decides the deadlines", func(t *testing.T) {
		a, err := c.Amend(d("2019-09-02"), "1/2019", "przesunięcie szkolenia", kisAmendment())
		require.NoError(t, err)
		assert.Equal(t, []string{"A3+1"}, ids(a.Overdue(d("2019-09-01"))), "before the amendment the old deadline was missed")
		assert.Nil(t, a.Overdue(d("2019-09-03")), "after the amendment the new deadline applies")
		o := a.Overdue(d("2019-09-01"))
		require.Len(t, o, 1)
		assert.Equal(t, 1, o[0].Version)
		assert.Equal(t, 2, o[0].Index)
	})
	t.Run("a terminated contract binds no one after its end", func(t *testing.T) {
		x := c
		var err error
		x.Lifecycle, err = x.Lifecycle.Terminate(d("2019-09-15"), contract.ReasonJob, "praca w handlu")
		require.NoError(t, err)
		assert.Equal(t, []string{"A3+61"}, ids(x.Overdue(d("2019-10-31"))))
	})
	t.Run("nothing is overdue in a contract that was never signed", func(t *testing.T) {
		draft := kisContract()
		assert.Nil(t, draft.Overdue(d("2019-10-10")), "a draft binds no one")
		withdrawn := draft
		var err error
		withdrawn.Lifecycle, err = draft.Lifecycle.Terminate(d("2019-06-10"), contract.ReasonWithdrawal, "")
		require.NoError(t, err)
		assert.Nil(t, withdrawn.Overdue(d("2019-10-10")), "nor does a draft the client withdrew from")
	})
	t.Run("progress recorded in a later version counts", func(t *testing.T) {
		b, err := kisContract().Sign(d("2019-06-03"))
		require.NoError(t, err)
		b, err = b.Amend(d("2019-08-20"), "1/2019", "przesunięcie szkolenia", kisAmendment())
		require.NoError(t, err)
		b, err = b.MarkDone("A4", d("2019-08-10"))
		require.NoError(t, err)
		assert.Equal(t, []string{"A4+5"}, ids(b.Overdue(d("2019-08-05"))))
		assert.Nil(t, b.Overdue(d("2019-08-15")), "version 1 is in force, the done date is in version 2")
	})
}

func TestMarkDone(t *testing.T) {
	c := kisContract()
	t.Run("it returns a new contract and leaves the receiver as it was", func(t *testing.T) {
		x, err := c.MarkDone("A2", d("2019-11-20"))
		require.NoError(t, err)
		assert.True(t, x.Current().Actions[1].Done.Equal(d("2019-11-20")))
		assert.True(t, c.Current().Actions[1].Done.IsZero())
	})
	t.Run("an unknown action is an unknown-value error", func(t *testing.T) {
		_, err := c.MarkDone("A9", d("2019-11-20"))
		assert.ErrorIs(t, err, integracja.ErrUnknown)
	})
	t.Run("a date before the conclusion is inconsistent", func(t *testing.T) {
		_, err := c.MarkDone("A1", d("2019-01-20"))
		assert.ErrorIs(t, err, integracja.ErrInconsistent)
		assert.Equal(t, []string{"terms.actions[0].done: inconsistent"}, problems(err))
	})
	t.Run("a missing date is required", func(t *testing.T) {
		_, err := c.MarkDone("A1", integracja.Date{})
		assert.ErrorIs(t, err, integracja.ErrRequired)
	})
}

func TestLifecycleThroughTheContract(t *testing.T) {
	c := kisContract()
	t.Run("signing on another day than the conclusion is refused", func(t *testing.T) {
		_, err := c.Sign(d("2019-06-04"))
		assert.ErrorIs(t, err, integracja.ErrInconsistent)
	})
	t.Run("signing a contract with no conclusion date sets it", func(t *testing.T) {
		x := c
		x.ConcludedOn = integracja.Date{}
		x, err := x.Sign(d("2019-06-03"))
		require.NoError(t, err)
		assert.True(t, x.ConcludedOn.Equal(d("2019-06-03")))
		assert.Equal(t, contract.Active, x.State())
	})
	t.Run("an impossible change is a transition error naming both states", func(t *testing.T) {
		_, err := c.Lifecycle.Complete(d("2019-12-31"))
		require.ErrorIs(t, err, integracja.ErrTransition)
		var te *contract.TransitionError
		require.ErrorAs(t, err, &te)
		assert.Equal(t, contract.Draft, te.From)
		assert.Equal(t, contract.Completed, te.To)
	})
	t.Run("suspension and resumption are dated events of the lifecycle", func(t *testing.T) {
		x, err := c.Sign(d("2019-06-03"))
		require.NoError(t, err)
		x.Lifecycle, err = x.Lifecycle.Suspend(d("2019-08-01"), contract.ReasonNone, "leczenie szpitalne")
		require.NoError(t, err)
		x.Lifecycle, err = x.Lifecycle.Resume(d("2019-08-20"))
		require.NoError(t, err)
		assert.Equal(t, contract.Active, x.State())
		assert.Len(t, x.Lifecycle.Events(), 3)
		assert.Equal(t, contract.Draft, c.State(), "the receiver is unchanged")
		assert.NoError(t, x.Validate())
	})
	t.Run("a suspension may give its reason", func(t *testing.T) {
		x, err := c.Sign(d("2019-06-03"))
		require.NoError(t, err)
		x.Lifecycle, err = x.Lifecycle.Suspend(d("2019-08-01"), contract.ReasonTreatment, "leczenie odwykowe stacjonarne")
		require.NoError(t, err)
		ev := x.Lifecycle.Events()
		require.Len(t, ev, 2)
		assert.Equal(t, contract.ReasonTreatment, ev[1].Reason)
		assert.Equal(t, contract.Suspended, x.State())
	})
}

func TestAchievementIsSeparateFromTheLifecycle(t *testing.T) {
	full := kisFull(t)
	n, of := full.Achieved()
	assert.Equal(t, 3, n)
	assert.Equal(t, 4, of)
	assert.Equal(t, contract.PartlyAchieved, full.Evaluation.Achievement("C2"))

	t.Run("completing a contract records no achievement", func(t *testing.T) {
		c, err := kisContract().Sign(d("2019-06-03"))
		require.NoError(t, err)
		c.Lifecycle, err = c.Lifecycle.Complete(d("2019-12-31"))
		require.NoError(t, err)
		n, _ := c.Achieved()
		assert.Equal(t, 0, n)
		assert.Equal(t, contract.NotAssessed, c.Evaluation.Achievement("G"))
	})
	t.Run("evaluating a contract changes no state", func(t *testing.T) {
		c, err := kisContract().Sign(d("2019-06-03"))
		require.NoError(t, err)
		e := c.Evaluate(contract.Evaluation{Date: d("2019-11-20"), Goals: []contract.GoalResult{{Goal: "G", Achievement: contract.Achieved}}})
		assert.Equal(t, contract.Active, e.State())
		assert.NoError(t, e.Validate())
	})
}

func TestEnums(t *testing.T) {
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	tests := []struct {
		name  string
		value enum
		code  string
		label string
		parse func(string) (enum, error)
	}{
		{"an actor", contract.ActorWorker, "worker", "pracownik socjalny",
			func(s string) (enum, error) { return contract.ParseActor(s) }},
		{"an institution kind", contract.PCPR, "pcpr", "powiatowe centrum pomocy rodzinie",
			func(s string) (enum, error) { return contract.ParseInstitutionKind(s) }},
		{"a benefit kind", contract.SpecialTargetedAllowance, "special_targeted", "specjalny zasiłek celowy (art. 41 pkt 1 u.p.s.)",
			func(s string) (enum, error) { return contract.ParseBenefitKind(s) }},
		{"a consequence", contract.Suspension, "suspension", "wstrzymanie świadczeń pieniężnych",
			func(s string) (enum, error) { return contract.ParseConsequence(s) }},
		{"an achievement", contract.PartlyAchieved, "partly", "osiągnięty częściowo",
			func(s string) (enum, error) { return contract.ParseAchievement(s) }},
		{"a social services centre", contract.CUS, "cus", "centrum usług społecznych",
			func(s string) (enum, error) { return contract.ParseInstitutionKind(s) }},
		{"a labour-market status", contract.LongTermUnemployed, "long_term_unemployed", "osoba długotrwale bezrobotna",
			func(s string) (enum, error) { return contract.ParseLabourStatus(s) }},
		{"a labour office's part", contract.OfficeReferral, "referral", "skierowanie z powiatowego urzędu pracy",
			func(s string) (enum, error) { return contract.ParseOfficeLink(s) }},
		{"an exclusion scope", contract.ExcludedFromCIS, "cis", "wyklucza z centrum integracji społecznej",
			func(s string) (enum, error) { return contract.ParseExclusionScope(s) }},
		{"a social pension", contract.SocialPension, "social_pension", "renta socjalna",
			func(s string) (enum, error) { return contract.ParseEntitlement(s) }},
	}
	for _, tt := range tests {
		t.Run(tt.name+" round-trips through its code", func(t *testing.T) {
			assert.Equal(t, tt.code, tt.value.String())
			b, err := tt.value.MarshalText()
			require.NoError(t, err)
			v, err := tt.parse(string(b))
			require.NoError(t, err)
			assert.Equal(t, tt.value, v)
			v, err = tt.parse(strings.ToUpper(tt.code))
			require.NoError(t, err)
			assert.Equal(t, tt.value, v)
			assert.Equal(t, tt.label, tt.value.(interface{ Label(language.Tag) string }).Label(language.Polish))
		})
		t.Run(tt.name+" rejects an unknown code with a parse error", func(t *testing.T) {
			_, err := tt.parse("bogus")
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
		})
	}
	t.Run("MOPS and GOPS are OPS", func(t *testing.T) {
		for _, s := range []string{"MOPS", "gops", " Ops "} {
			k, err := contract.ParseInstitutionKind(s)
			require.NoError(t, err)
			assert.Equal(t, contract.OPS, k)
		}
	})
	t.Run("undefined values print without panicking and do not marshal", func(t *testing.T) {
		assert.Equal(t, "Actor(9)", contract.Actor(9).String())
		assert.Equal(t, "BenefitKind(200)", contract.BenefitKind(200).String())
		assert.Equal(t, "Consequence(7)", contract.Consequence(7).Label(language.English))
		_, err := contract.Achievement(4).MarshalText()
		assert.Error(t, err)
		_, err = contract.InstitutionKind(6).MarshalText()
		assert.Error(t, err)
	})
	t.Run("a benefit keeps the document's own name", func(t *testing.T) {
		// Dąbrowa Górnicza's "zasiłek aktywizacyjny" is an OPS benefit
		// named locally, not the labour office's dodatek aktywizacyjny.
		b := contract.Benefit{Kind: contract.BenefitOther, Label: "zasiłek aktywizacyjny"}
		assert.Equal(t, "zasiłek aktywizacyjny", b.Name(language.Polish))
		b = contract.Benefit{Kind: contract.ActivationSupplement}
		assert.Equal(t, "activation supplement (art. 48 of the Employment Promotion Act)", b.Name(language.English))
		_, err := contract.ParseBenefitKind("zasiłek aktywizacyjny")
		assert.Error(t, err, "no alias steers the local name to the labour office's benefit")
		k, err := contract.ParseBenefitKind("dodatek aktywizacyjny")
		require.NoError(t, err)
		assert.Equal(t, contract.ActivationSupplement, k)
	})
}

func TestParseErrorsNameWhatTheyCouldNotReadInPolish(t *testing.T) {
	parsers := []struct {
		name  string
		parse func(string) error
		want  string
	}{
		{"a kind", func(s string) error { _, err := contract.ParseKind(s); return err }, "rodzaju kontraktu"},
		{"a track", func(s string) error { _, err := contract.ParseTrack(s); return err }, "części wzoru kontraktu"},
		{"a state", func(s string) error { _, err := contract.ParseState(s); return err }, "stanu kontraktu"},
		{"a reason", func(s string) error { _, err := contract.ParseReason(s); return err }, "przyczyny"},
		{"an institution kind", func(s string) error { _, err := contract.ParseInstitutionKind(s); return err }, "rodzaju instytucji"},
		{"an actor", func(s string) error { _, err := contract.ParseActor(s); return err }, "wykonawcy działania"},
		{"a benefit kind", func(s string) error { _, err := contract.ParseBenefitKind(s); return err }, "rodzaju świadczenia"},
		{"a consequence", func(s string) error { _, err := contract.ParseConsequence(s); return err }, "skutku z art. 11 ust. 2 u.p.s."},
		{"an achievement", func(s string) error { _, err := contract.ParseAchievement(s); return err }, "stopnia osiągnięcia celu"},
		{"an entitlement", func(s string) error { _, err := contract.ParseEntitlement(s); return err }, "rodzaju uprawnienia"},
	}
	for _, p := range parsers {
		t.Run(p.name+" that cannot be read is named in Polish", func(t *testing.T) {
			err := p.parse("zzz")
			require.Error(t, err)
			msg := integracja.Localize(err, language.Polish)
			assert.True(t, strings.HasPrefix(msg, "nie można odczytać "+p.want+": "), msg)
			assert.NotContains(t, msg, "zzz", "an enum's error never repeats what it read")
		})
	}
}

// kisIn returns the contract of kisContract moved to the year y, every
// date with it, so that it is judged by the law of that year.
func kisIn(t *testing.T, y int) contract.Contract {
	t.Helper()
	n := y - 2019
	c := kisContract()
	c.ConcludedOn = c.ConcludedOn.AddYears(n)
	c.Club.From = c.Club.From.AddYears(n)
	c.Terms.Period = integracja.Period{From: c.Terms.Period.From.AddYears(n), To: c.Terms.Period.To.AddYears(n)}
	for i := range c.Terms.Actions {
		c.Terms.Actions[i].Due = c.Terms.Actions[i].Due.AddYears(n)
	}
	for i, b := range c.Terms.Commitments.Benefits {
		c.Terms.Commitments.Benefits[i].Period = integracja.Period{From: b.Period.From.AddYears(n), To: b.Period.To.AddYears(n)}
	}
	require.NoError(t, c.Validate())
	return c
}

// cisIn returns an IPZS of a CIS concluded in the year y.
func cisIn(t *testing.T, y int) contract.Contract {
	t.Helper()
	c := kisIn(t, y)
	c.Kind, c.Track, c.Club = contract.SocialEmploymentProgramme, contract.TrackNone, contract.ClubParticipation{}
	c.Institution = contract.Institution{Kind: contract.CIS, Name: "Centrum Integracji Społecznej w Chrzanowie"}
	c.Worker = contract.Person{ID: "kier-1", GivenName: "Marek", FamilyName: "Zieliński"}
	require.NoError(t, c.Validate())
	return c
}

func TestValidateJudgesExclusionsByTheLawOfTheDay(t *testing.T) {
	with := func(c contract.Contract, e ...contract.Entitlement) contract.Contract {
		c.ClientEntitlements = e
		return c
	}
	tests := []struct {
		name string
		c    contract.Contract
		want []string
	}{
		{"a pension for incapacity to work excluded a 2014 club participant", with(kisIn(t, 2014), contract.IncapacityPension),
			[]string{"clientEntitlements[0]: inconsistent"}},
		{"a pension for incapacity to work admits a 2025 club participant", with(kisIn(t, 2025), contract.IncapacityPension), nil},
		{"a pension for incapacity to work still excludes from a 2025 CIS", with(cisIn(t, 2025), contract.IncapacityPension),
			[]string{"clientEntitlements[0]: inconsistent"}},
		{"an old-age pension excludes a 2025 club participant too", with(kisIn(t, 2025), contract.IncapacityPension, contract.OldAgePension),
			[]string{"clientEntitlements[1]: inconsistent"}},
		{"an unemployment benefit excludes from a CIS", with(cisIn(t, 2019), contract.UnemploymentBenefit),
			[]string{"clientEntitlements[0]: inconsistent"}},
		{"the teachers' compensation benefit did not exclude in 2008", with(kisIn(t, 2008), contract.TeacherCompensation), nil},
		{"the teachers' compensation benefit excludes from 2009", with(kisIn(t, 2014), contract.TeacherCompensation),
			[]string{"clientEntitlements[0]: inconsistent"}},
		{"a social pension excluded in 2005", with(kisIn(t, 2005), contract.SocialPension), []string{"clientEntitlements[0]: inconsistent"}},
		{"a social pension no longer excludes in 2014", with(kisIn(t, 2014), contract.SocialPension), nil},
		{"a client with no such entitlement may join a CIS", cisIn(t, 2014), nil},
		{"a social contract without a club records no social employment", func() contract.Contract {
			c := with(kisIn(t, 2014), contract.OldAgePension)
			c.Club = contract.ClubParticipation{}
			return c
		}(), nil},
		{"undefined and repeated entitlements are reported", with(kisIn(t, 2025), 0, contract.IncapacityPension, contract.IncapacityPension, 12),
			[]string{"clientEntitlements[0]: invalid", "clientEntitlements[2]: duplicate", "clientEntitlements[3]: invalid"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			assert.Equal(t, tt.want, problems(err))
			assert.NotContains(t, integracja.Localize(err, language.Polish), "renta")
			assert.NotContains(t, integracja.Localize(err, language.English), "pension")
		})
	}
	t.Run("a date found in the act is overlaid on the shipped rules", func(t *testing.T) {
		c := with(kisIn(t, 2005), contract.SocialPension)
		rules := contract.DefaultRules()
		repealed, err := rules.Exclusions[contract.SocialPension].With(integracja.Step[contract.ExclusionScope]{
			From: d("2004-06-01"), Value: contract.NotExcluded, Basis: "data ustalona w ISAP"})
		require.NoError(t, err)
		rules.Exclusions[contract.SocialPension] = repealed
		assert.NoError(t, c.ValidateWith(rules))
		assert.Error(t, c.Validate(), "the shipped rules are unchanged")
	})
	t.Run("entitlements round-trip through their codes", func(t *testing.T) {
		for e := contract.UnemploymentBenefit; e <= contract.SocialPension; e++ {
			b, err := e.MarshalText()
			require.NoError(t, err)
			got, err := contract.ParseEntitlement(string(b))
			require.NoError(t, err)
			assert.Equal(t, e, got)
			assert.NotEqual(t, e.String(), e.Label(language.Polish))
		}
		assert.Equal(t, "Entitlement(9)", contract.Entitlement(9).String())
	})
}

func TestDefaultRulesChangeOnTheirDates(t *testing.T) {
	r := contract.DefaultRules()
	tests := []struct {
		name string
		e    contract.Entitlement
		in   contract.InstitutionKind
		on   string
		want bool
	}{
		{"before the act nothing excludes", contract.OldAgePension, contract.CIS, "2003-07-13", false},
		{"from the act's publication an old-age pension excludes", contract.OldAgePension, contract.CIS, "2003-07-14", true},
		{"a social pension excludes the day before its assumed repeal", contract.SocialPension, contract.KIS, "2007-07-13", true},
		{"a social pension excludes no one from its assumed repeal", contract.SocialPension, contract.KIS, "2007-07-14", false},
		{"the teachers' benefit excludes no one on 30 June 2009", contract.TeacherCompensation, contract.CIS, "2009-06-30", false},
		{"the teachers' benefit excludes from 1 July 2009", contract.TeacherCompensation, contract.CIS, "2009-07-01", true},
		{"a pension for incapacity excludes from a KIS on 14 February 2022", contract.IncapacityPension, contract.KIS, "2022-02-14", true},
		{"a pension for incapacity admits to a KIS from 15 February 2022", contract.IncapacityPension, contract.KIS, "2022-02-15", false},
		{"a pension for incapacity still excludes from a CIS after 15 February 2022", contract.IncapacityPension, contract.CIS, "2022-02-15", true},
		{"no entitlement excludes from an OPS, which carries out no social employment", contract.OldAgePension, contract.OPS, "2025-01-01", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, r.Excludes(tt.e, tt.in, d(tt.on)))
		})
	}
	t.Run("every step names its basis, and unverified dates say so", func(t *testing.T) {
		for e, s := range r.Exclusions {
			for _, st := range s.Steps() {
				assert.Contains(t, st.Basis, "ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym", "%s from %s", e, st.From)
			}
		}
		steps := r.Exclusions[contract.SocialPension].Steps()
		assert.Contains(t, steps[1].Basis, "niezweryfikowana")
	})
	t.Run("the rules decode strictly", func(t *testing.T) {
		for _, in := range []string{`{"exclusions":{},"colour":"red"}`, `{"exclusions":{"pension":[]}}`,
			`{"exclusions":{"social_pension":[{"from":"2003-07-14","value":"all"}]}}`} {
			var back contract.Rules
			err := json.Unmarshal([]byte(in), &back)
			assert.NotEmpty(t, integracja.FieldErrors(err), "%s: %v", in, err)
		}
	})
	t.Run("the rules round-trip through JSON", func(t *testing.T) {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"social_pension":[{"from":"2003-07-14","value":"cis_and_kis"`)
		var back contract.Rules
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, len(r.Exclusions), len(back.Exclusions))
		assert.True(t, back.Excludes(contract.IncapacityPension, contract.KIS, d("2014-06-03")))
		assert.False(t, back.Excludes(contract.IncapacityPension, contract.KIS, d("2025-06-03")))
	})
}

func TestPolishProseWritesDatesAsPolishDocumentsDo(t *testing.T) {
	c := kisFull(t)
	c.Terms.Actions[0].Due = d("2020-02-01")
	c.Terms.Actions[1].Done = d("2019-01-01")
	c.Club.From = d("2019-05-01")
	c.Amendments[0].Date = d("2020-03-01")
	c.Reviews = append(c.Reviews, contract.Review{Date: d("2019-07-01"), Note: "n"})
	c.Lifecycle = contract.NewLifecycle(append(c.Lifecycle.Events(), contract.Event{Date: d("2019-06-01"), From: contract.Completed, To: contract.Terminated, Reason: contract.ReasonJob})...)
	c.LabourMarket = contract.LabourMarket{Status: contract.Unemployed, Office: "PUP", Link: contract.OfficeReferral, Date: d("2019-07-01")}
	c.Track, c.Terms.Family, c.Amendments[0].Terms.Family = contract.TrackB, nil, nil
	c.ClientEntitlements = []contract.Entitlement{contract.OldAgePension}
	pl := integracja.Localize(c.Validate(), language.Polish)
	require.GreaterOrEqual(t, strings.Count(pl, "\n"), 9, pl)
	iso := regexp.MustCompile(`\d{4}-\d\d-\d\d`)
	assert.Empty(t, iso.FindAllString(pl, -1), "ISO dates in Polish messages:\n%s", pl)
	assert.Contains(t, pl, "01.02.2020 r.")
	assert.Empty(t, iso.FindAllString(c.Render(language.Polish), -1), "ISO dates in the Polish document")
	_, err := kisContract().Sign(d("2019-06-04"))
	assert.Empty(t, iso.FindAllString(integracja.Localize(err, language.Polish), -1))
}
