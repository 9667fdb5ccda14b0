package programme_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// A shipped scheme is looked up by its code; each of its parameters is a
// dated schedule whose step in force carries its legal basis.
func ExampleLookupScheme() {
	s, err := programme.LookupScheme("pokl_7_1_1")
	if err != nil {
		fmt.Println(err)
		return
	}
	on := integracja.MustParseDate("2011-03-01")
	age, _ := s.Age.At(on)
	fmt.Println(s.Name.PL)
	fmt.Println("wiek:", age.Value.Format(language.Polish))
	rules, name, _ := s.BudgetRuleSet(on)
	own, _ := rules.Rule(budget.RulePOKLOwnContribution)
	limit, _ := own.Limit.ValueAt(on)
	fmt.Println("reguły budżetu:", name, "— wkład własny co najmniej", limit.String()+"%")
	// Output:
	// PO KL 2007–2013, Priorytet VII, Poddziałanie 7.1.1 — projekty systemowe ośrodków pomocy społecznej
	// wiek: od 15 do 64 lat
	// reguły budżetu: pokl_7_1_1 — wkład własny co najmniej 10.5%
}

// A user changes a rule of a shipped scheme with an overlay that names the
// scheme as its base and gives only the steps it changes; the shipped file
// stays as it is.
func ExampleDecodeScheme() {
	s, err := programme.DecodeScheme([]byte(`{
	  "base": "pokl_7_1_1",
	  "code": "pokl_7_1_1_integra_2011",
	  "age": [{"from": "2011-01-01", "value": {"from": 18, "to": 64}, "basis": "regulamin projektu"}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Code, "na podstawie", s.Base)
	for _, on := range []string{"2010-06-01", "2011-06-01"} {
		st, _ := s.Age.At(integracja.MustParseDate(on))
		fmt.Println(on, st.Value.Format(language.Polish), "—", st.Basis)
	}
	// Output:
	// pokl_7_1_1_integra_2011 na podstawie pokl_7_1_1
	// 2010-06-01 od 15 do 64 lat — osoby „w wieku aktywności zawodowej” (grupa docelowa Poddziałania 7.1.1); przedział 15–64 lata niepotwierdzony — parametr; doc/law.md#pokl-activity-age
	// 2011-06-01 od 18 do 64 lat — regulamin projektu
}

// Check holds a programme against its scheme as of a date; a rule kept is
// an Info finding, a rule broken a Violation with the figures and basis.
func ExampleProgramme_Check() {
	p, err := programme.Decode([]byte(`{
	  "name": "Klub 2019",
	  "operator": {"kind": "ops", "name": "Ośrodek Pomocy Społecznej w Przykładowie"},
	  "scheme": "kis_nowy_profil_2019",
	  "period": {"from": "2019-06-01", "to": "2019-12-31"},
	  "catalogue": {"activities": [{"code": "warsztaty", "name": {"pl": "warsztaty"}, "group": "social", "mode": "group"}]},
	  "contracts": [{"number": "KS/1/2019", "concludedOn": "2019-06-20"}],
	  "participants": [
	    {"id": "K-1", "sex": "female", "contracts": ["KS/1/2019"],
	     "eligibility": {"assessedOn": "2019-05-27", "groups": ["long_term_unemployed"], "entitlements": ["incapacity_pension"]},
	     "events": [{"date": "2019-06-03", "kind": "enrolled"}]}],
	  "attendance": [{"activity": "warsztaty", "date": "2019-06-11", "hours": 3, "participants": ["K-1"]}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := programme.LookupScheme(p.Scheme)
	for _, f := range p.Check(s, integracja.MustParseDate("2019-12-31")) {
		if f.Severity == integracja.Violation {
			fmt.Printf("%s %s: %s\n", f.Rule, f.Path, f.Message.PL)
		}
	}
	// Output:
	// eligibility.uzs_exclusion participants[0].eligibility.entitlements[0]: uczestnik K-1: w dniu przystąpienia (03.06.2019 r.) uprawniony do świadczenia „renta z tytułu niezdolności do pracy”, które wyklucza z centrum i klubu integracji społecznej (art. 1 ust. 3 u.z.s.)
	// contract.before_first_session participants[0].contracts: uczestnik K-1: kontrakt zawarty 20.06.2019 r., po pierwszych zajęciach 11.06.2019 r.
}

// IndicatorsAt computes every indicator by sex as of a date and holds the
// figures the programme's documents report beside the computed ones.
func ExampleProgramme_IndicatorsAt() {
	p := programme.Programme{
		Name:     "Aktywność to szansa",
		Operator: programme.Operator{Kind: programme.OPS, Name: "OPS"},
		Period:   integracja.Period{From: integracja.MustParseDate("2011-01-01"), To: integracja.MustParseDate("2011-12-31")},
		Indicators: indicator.Set{{Definition: indicator.Definition{Code: programme.MeasureCompleted,
			Name: integracja.Text{PL: "liczba osób, które zakończyły udział"}, Kind: indicator.Result},
			Achieved: indicator.Count{Women: 2, Men: 1}}},
	}
	for i, sex := range []indicator.Sex{indicator.Female, indicator.Female, indicator.Male} {
		p.Participants = append(p.Participants, programme.Participant{ID: fmt.Sprint("S-", i+1), Sex: sex, Events: []programme.Event{
			{Date: integracja.MustParseDate("2011-02-01"), Kind: programme.Enrolled},
			{Date: integracja.MustParseDate("2011-12-15"), Kind: programme.Completed}}})
	}
	p.Participants[2].Events = p.Participants[2].Events[:1]
	rep := p.IndicatorsAt(programme.Scheme{}, integracja.MustParseDate("2011-12-31"))
	for _, code := range []string{programme.MeasureParticipants, programme.MeasureCompleted, programme.MeasureContinuing} {
		r, _ := rep.Lookup(code)
		line := r.Name.PL + ": " + r.Computed.Format(language.Polish)
		if r.Stated {
			line += ", dokument: " + r.Reported.Format(language.Polish)
		}
		fmt.Println(line)
	}
	// Output:
	// liczba uczestników: 3 (2K i 1M)
	// liczba osób, które zakończyły udział: 2 (2K), dokument: 3 (2K i 1M)
	// liczba osób kontynuujących udział: 1 (1M)
}

// EfficiencyAt measures the 2014–2020 efficiency criteria from the events
// after leaving: progress found, or a job taken, within three months.
func ExampleProgramme_EfficiencyAt() {
	day := integracja.MustParseDate
	p := programme.Programme{
		Name: "9i", Operator: programme.Operator{Kind: programme.MOPS, Name: "MOPS"},
		Period: integracja.Period{From: day("2017-01-01"), To: day("2017-12-31")},
	}
	for i, later := range []programme.EventKind{programme.MadeProgress, programme.TookJob, programme.TookJob, 0} {
		pt := programme.Participant{ID: fmt.Sprint("R-", i+1), Sex: indicator.Female,
			ESF: programme.ESFRecord{Status: indicator.LongTermUnemployed},
			Events: []programme.Event{{Date: day("2017-02-01"), Kind: programme.Enrolled},
				{Date: day("2017-10-31"), Kind: programme.Completed}}}
		if later != 0 {
			pt.Events = append(pt.Events, programme.Event{Date: day("2017-12-01"), Kind: later})
		}
		p.Participants = append(p.Participants, pt)
	}
	s, _ := programme.LookupScheme("rpo_2014_9i_combined")
	e, _ := p.EfficiencyAt(s, day("2018-03-31"))
	fmt.Println("zakończyło udział:", e.General.Left.Total(), "final:", e.Final)
	fmt.Println("efektywność społeczno-zatrudnieniowa:", e.General.Combined().Format(language.Polish, 2))
	fmt.Println("efektywność zatrudnieniowa:", e.General.Employment().Format(language.Polish, 2))
	// Output:
	// zakończyło udział: 4 final: true
	// efektywność społeczno-zatrudnieniowa: 75,00%
	// efektywność zatrudnieniowa: 50,00%
}
