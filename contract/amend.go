package contract

import (
	"slices"
	"strings"

	"github.com/aktywna/integracja"
)

// Amendment is an amendment to a contract (aneks, zmiana kontraktu): its
// number as the document writes it ("1/2019"), the date it was signed, the
// reason, and the complete terms in force from that date. Changes to a
// contract are made in writing (that the 2010 template provides for an
// aneks is unverified against the text of the regulation, doc/law.md#template;
// practice does so); the terms it replaces stay readable as an earlier
// [Version].
//
// The zero Amendment is empty and does not validate.
type Amendment struct {
	Number string          `json:"number"`
	Date   integracja.Date `json:"date"`
	Reason string          `json:"reason"`
	Terms  Terms           `json:"terms"`
}

// Version is one version of a contract's terms: N counts from 1 (the
// contract as concluded); Amendment is the number of the amendment that
// made it ("" for version 1); Date is the day it took effect (the
// conclusion date or the amendment's date); Reason is the amendment's
// reason. The Terms are a copy: changing them changes no contract.
type Version struct {
	N         int
	Amendment string
	Date      integracja.Date
	Reason    string
	Terms
}

// Amend returns a new Contract with an amendment (aneks) of the given
// number, signed on date for the given reason, whose terms replace the
// current ones from that date. c itself is unchanged, and every earlier
// version stays readable through [Contract.Versions].
//
// Only a signed contract is amended: a draft is changed directly. The
// amendment must have a number not used before and a reason; it must be
// dated after the conclusion of the contract, within the period of the
// terms it amends, not before the previous amendment and not after the
// contract ended; and its terms must validate as those of a version do
// (see [Contract.Validate]). Otherwise Amend returns c and an error that
// lists every problem with its path ("amendments[1].date").
func (c Contract) Amend(date integracja.Date, number, reason string, terms Terms) (Contract, error) {
	k := len(c.Amendments)
	p := integracja.NewPath("amendments").Index(k)
	var errs []error
	switch {
	case strings.TrimSpace(number) == "":
		errs = append(errs, integracja.Required(p.Child("number")))
	case slices.ContainsFunc(c.Amendments, func(a Amendment) bool { return a.Number == number }):
		errs = append(errs, integracja.Duplicate(p.Child("number"), number))
	}
	if strings.TrimSpace(reason) == "" {
		errs = append(errs, integracja.Required(p.Child("reason")))
	}
	errs = append(errs, c.checkSigned(p))
	prevDate := c.ConcludedOn
	if k > 0 {
		prevDate = c.Amendments[k-1].Date
	}
	end, _ := c.Lifecycle.EndedOn()
	errs = append(errs, c.checkAmendmentDate(p.Child("date"), date, k, c.terms(), prevDate, end)...)
	errs = append(errs, c.validateTerms(terms, p.Child("terms"), amendmentName(number))...)
	if err := integracja.Join(errs...); err != nil {
		return c, err
	}
	c = c.Clone()
	c.Amendments = append(c.Amendments, Amendment{Number: number, Date: date, Reason: reason, Terms: terms.Clone()})
	return c, nil
}

// checkSigned reports, at p, an amendment of a contract that was never
// signed: an aneks changes a concluded contract, and until it is signed a
// draft is simply rewritten.
func (c Contract) checkSigned(p integracja.Path) error {
	if _, ok := c.Lifecycle.SignedOn(); ok {
		return nil
	}
	return integracja.Inconsistent(p, "", integracja.Text{
		PL: "aneksem zmienia się tylko kontrakt podpisany; kontrakt niepodpisany zmienia się bez aneksu",
		EN: "an amendment changes a signed contract, and this one was never signed; a draft is changed directly"})
}
