package programme

import (
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// CompletionRule decides who completed a programme: a participant
// completes it by attending at least MinShare per cent of the hours
// planned for them. Programmes set the share in their rules of
// participation (regulamin projektu), commonly 80%; the package assumes
// none.
//
// The hours planned for a participant are the hour quotas per participant
// and per group of the activities that are for them ([Activity.For]);
// quotas in total, in days or in months, and activities with no stated
// quota, plan no hours for anyone.
//
// The zero CompletionRule sets no rule: completions are not checked.
type CompletionRule struct {
	// MinShare is a percentage, from 0 (exclusive) to 100.
	MinShare decimal.Decimal `json:"minShare"`
}

// IsZero reports whether no rule is set.
func (r CompletionRule) IsZero() bool { return r.MinShare.IsZero() }

// Completion is a participant's standing under the [CompletionRule] as of
// a date: the hours planned for them and those they attended of the same
// activities, and whether the rule is met. Applicable is false when no
// hours are planned for the participant or no rule is set: the rule then
// decides nothing.
type Completion struct {
	Participant string `json:"participant"`
	Planned     Hours  `json:"planned"`
	Attended    Hours  `json:"attended"`
	Applicable  bool   `json:"applicable"`
	Met         bool   `json:"met"`
}

// Share returns the attended hours as a percentage of the planned ones,
// rounded half away from zero to two places, and false when none are
// planned.
func (c Completion) Share() (decimal.Decimal, bool) {
	if c.Planned.IsZero() {
		return decimal.Decimal{}, false
	}
	return decimal.New(c.Attended.c*100, 0).DivRound(decimal.New(c.Planned.c, 0), 2), true
}

// Planned returns the hours planned for participant pt (see
// [CompletionRule]).
func (c Catalogue) Planned(pt Participant) Hours {
	var h Hours
	for _, a := range c.Activities {
		if plansHours(a) && a.For(pt.Subgroups) {
			h = h.Add(a.Quota.Total())
		}
	}
	return h
}

// plansHours reports whether a's quota plans hours for each participant
// it is for.
func plansHours(a Activity) bool {
	return a.Quota.InHours() && (a.Quota.Per == PerParticipant || a.Quota.Per == PerGroup)
}

// Completions returns, for each participant in the order of the records,
// their standing under the programme's [CompletionRule] as of asOf,
// counting the sessions dated on or before it.
func (p Programme) Completions(asOf integracja.Date) []Completion {
	ix := newIndex(&p)
	u := tally(&p, ix, asOf)
	out := make([]Completion, len(p.Participants))
	for i, pt := range p.Participants {
		out[i] = p.completion(u, i, pt)
	}
	return out
}

// completion assesses participant i from the usage u.
func (p *Programme) completion(u *usage, i int, pt Participant) Completion {
	c := Completion{Participant: pt.ID}
	for ai, a := range p.Catalogue.Activities {
		if plansHours(a) && a.For(pt.Subgroups) {
			c.Planned = c.Planned.Add(a.Quota.Total())
			c.Attended = c.Attended.Add(u.cell(i, ai).Hours)
		}
	}
	if p.Completion.IsZero() || c.Planned.IsZero() {
		return c
	}
	c.Applicable = true
	// attended / planned ≥ share / 100, exactly: attended·100 ≥ share·planned.
	c.Met = decimal.New(c.Attended.c*100, 0).Cmp(p.Completion.MinShare.Mul(decimal.New(c.Planned.c, 0))) >= 0
	return c
}

// validate reports a share outside (0, 100] or with more than two decimal
// places.
func (r CompletionRule) validate(at integracja.Path) error {
	if r.IsZero() {
		return nil
	}
	if r.MinShare.IsNegative() || r.MinShare.GreaterThan(decimal.NewFromInt(100)) || r.MinShare.Exponent() < -2 {
		return integracja.OutOfRange(at.Child("minShare"), r.MinShare.String(), integracja.Text{
			PL: "oczekiwano odsetka od 0 do 100 z co najwyżej dwoma miejscami po przecinku",
			EN: "want a percentage from 0 to 100 with at most two decimal places"})
	}
	return nil
}

// completionRuleJSON is the JSON form of a CompletionRule, the share as a
// quoted decimal.
type completionRuleJSON struct {
	MinShare exact `json:"minShare"`
}

// MarshalJSON writes the rule as {"minShare":"80"}.
func (r CompletionRule) MarshalJSON() ([]byte, error) {
	return marshalJSON(completionRuleJSON{MinShare: exact(r.MinShare)})
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly: the share is
// a quoted decimal in plain notation ("80", "66.67"), never an exponent.
func (r *CompletionRule) UnmarshalJSON(b []byte) error {
	var v completionRuleJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	r.MinShare = decimal.Decimal(v.MinShare)
	return nil
}

// Format returns the rule as a sentence: "ukończenie: co najmniej 80%
// zaplanowanych godzin"; "completion: at least 80% of the planned hours".
func (r CompletionRule) Format(t language.Tag) string {
	if r.IsZero() {
		return integracja.Text{PL: "brak reguły ukończenia", EN: "no completion rule"}.In(t)
	}
	n := r.MinShare.String()
	if !integracja.IsEnglish(t) {
		n = commaDecimal(n)
	}
	return integracja.Text{PL: "ukończenie: co najmniej " + n + "% zaplanowanych godzin",
		EN: "completion: at least " + n + "% of the planned hours"}.In(t)
}
