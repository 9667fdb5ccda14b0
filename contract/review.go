package contract

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// Review is a dated review of how the contract is carried out (monitoring
// realizacji kontraktu): when the social worker and the client went over
// the progress, who reviewed it (a person or a role, as the document
// writes it: "pracownik socjalny"), what was found, in the document's
// words, and the IDs of the actions it concerns. Reviews record progress
// between the conclusion and the evaluation (part III), beside each
// action's done date; like a done date, recording one is not an
// amendment. The note may hold personal data: this package prints it in
// the document only, never in an error or a log.
//
// The zero Review is empty, which Validate reports.
type Review struct {
	Date    integracja.Date `json:"date"`
	By      string          `json:"by,omitempty"`
	Note    string          `json:"note"`
	Actions []string        `json:"actions,omitzero"`
}

// AddReview returns c with the review r recorded after the earlier ones.
// A review belongs to a signed contract that has not ended: it must be
// dated on or after the conclusion and the previous review and not after
// the contract ended, have a note, and name actions of the version in
// force on its date. Otherwise AddReview returns c and every problem with
// its path ("reviews[2].date").
func (c Contract) AddReview(r Review) (Contract, error) {
	c = c.Clone()
	r.Actions = append([]string(nil), r.Actions...)
	c.Reviews = append(c.Reviews, r)
	if err := integracja.Join(c.validateReview(len(c.Reviews)-1, c.actionIDs())...); err != nil {
		c.Reviews = c.Reviews[:len(c.Reviews)-1]
		return c, err
	}
	return c, nil
}

// validateReviews reports the problems of every review.
func (c Contract) validateReviews() []error {
	var errs []error
	ids := c.actionIDs()
	for i := range c.Reviews {
		errs = append(errs, c.validateReview(i, ids)...)
	}
	return errs
}

// actionIDs returns a function that gives the set of action IDs of the
// version in force on a date, hashing each version once, when first asked.
func (c Contract) actionIDs() func(integracja.Date) map[string]bool {
	sets := map[int]map[string]bool{}
	return func(d integracja.Date) map[string]bool {
		k := c.amendmentsBy(d)
		if sets[k] == nil {
			actions := c.termsOf(k).Actions
			set := make(map[string]bool, len(actions))
			for _, a := range actions {
				set[a.ID] = true
			}
			sets[k] = set
		}
		return sets[k]
	}
}

// validateReview reports the problems of review i; ids gives the action
// IDs of the version in force on a date.
func (c Contract) validateReview(i int, ids func(integracja.Date) map[string]bool) []error {
	r := c.Reviews[i]
	p := integracja.NewPath("reviews").Index(i)
	var errs []error
	if _, signed := c.Lifecycle.SignedOn(); !signed {
		errs = append(errs, integracja.Inconsistent(p, "", integracja.Text{
			PL: "przebieg realizacji monitoruje się po podpisaniu kontraktu, a ten kontrakt nie został podpisany",
			EN: "progress is reviewed once the contract is signed, and this one was never signed"}))
	}
	if err := integracja.ValidateDate(p.Child("date"), r.Date); err != nil {
		errs = append(errs, err)
	} else {
		end, ended := c.Lifecycle.EndedOn()
		switch {
		case c.ConcludedOn.IsValid() && r.Date.Before(c.ConcludedOn):
			errs = append(errs, integracja.Inconsistent(p.Child("date"), "", beforeConclusion(r.Date, c.ConcludedOn)))
		case i > 0 && c.Reviews[i-1].Date.IsValid() && r.Date.Before(c.Reviews[i-1].Date):
			errs = append(errs, integracja.Inconsistent(p.Child("date"), "", integracja.Text{
				PL: "przegląd z " + r.Date.Format(language.Polish) + " jest wcześniejszy niż poprzedni (" + c.Reviews[i-1].Date.Format(language.Polish) + ")",
				EN: "the review of " + r.Date.Format(language.English) + " comes before the previous one (" + c.Reviews[i-1].Date.Format(language.English) + ")"}))
		case ended && r.Date.After(end):
			errs = append(errs, integracja.Inconsistent(p.Child("date"), "", integracja.Text{
				PL: "przegląd z " + r.Date.Format(language.Polish) + " jest późniejszy niż zakończenie kontraktu (" + end.Format(language.Polish) + "); ocenę po zakończeniu zapisuje się w części III",
				EN: "the review of " + r.Date.Format(language.English) + " comes after the contract ended (" + end.Format(language.English) + "); an assessment after the end belongs in part III"}))
		}
	}
	if strings.TrimSpace(r.Note) == "" {
		errs = append(errs, integracja.Required(p.Child("note")))
	}
	if len(r.Actions) > 0 && r.Date.IsValid() {
		known := ids(r.Date)
		for j, id := range r.Actions {
			if id == "" || !known[id] {
				errs = append(errs, integracja.Unknown(p.Child("actions").Index(j), id, integracja.Text{
					PL: "nie ma działania o tym identyfikatorze w wersji obowiązującej w dniu przeglądu",
					EN: "no action with this ID in the version in force on the day of the review"}))
			}
		}
	}
	return errs
}
