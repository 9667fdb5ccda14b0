package programme

import (
	"slices"

	"github.com/aktywna/integracja/budget"
)

// Equal reports whether p and o hold the same programme: the same fields,
// amounts and decimals compared by value (1.5 equals 1.50, as
// [budget.Money.Equal] has it), a missing list equal to an empty one, and
// printed figures compared without the parse error they may carry (which
// JSON does not keep). It is what a lossless JSON round trip preserves.
// Every field is compared: a test changes each field of a programme and of
// everything it holds, found by reflection, and fails when Equal does not
// see it, so a field added later cannot be left out.
func (p Programme) Equal(o Programme) bool {
	return p.Name == o.Name && p.Edition == o.Edition && p.Operator == o.Operator && p.Scheme == o.Scheme &&
		p.Period == o.Period && p.TargetGroup == o.TargetGroup &&
		slices.Equal(p.Sources, o.Sources) &&
		slices.EqualFunc(p.Context, o.Context, func(a, b Figure) bool {
			return a.Label == b.Label && a.Value.Equal(b.Value) && a.Unit == b.Unit && a.Printed == b.Printed &&
				a.Year == b.Year && a.Source == b.Source
		}) &&
		equalBudget(p.Budget, o.Budget) && p.Funds.equal(o.Funds) &&
		p.Catalogue.HourLength == o.Catalogue.HourLength &&
		slices.EqualFunc(p.Catalogue.Activities, o.Catalogue.Activities, func(a, b Activity) bool {
			return a.Code == b.Code && a.Item == b.Item && a.Name == b.Name && a.Group == b.Group && a.Mode == b.Mode &&
				a.Specialist == b.Specialist && a.Quota == b.Quota && a.HourLength == b.HourLength &&
				slices.Equal(a.Subgroups, b.Subgroups)
		}) &&
		slices.Equal(p.Subgroups, o.Subgroups) && slices.Equal(p.Contracts, o.Contracts) &&
		slices.EqualFunc(p.Participants, o.Participants, Participant.equal) &&
		slices.EqualFunc(p.Attendance, o.Attendance, func(a, b Session) bool {
			return a.Activity == b.Activity && a.Date == b.Date && a.Hours == b.Hours && a.Practice == b.Practice &&
				a.Group == b.Group && slices.Equal(a.Participants, b.Participants)
		}) &&
		p.Completion.MinShare.Equal(o.Completion.MinShare) &&
		slices.Equal(p.Indicators, o.Indicators) && slices.Equal(p.SoftResults, o.SoftResults)
}

func equalBudget(a, b *budget.Budget) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}

func (f Funds) equal(o Funds) bool {
	return equalPrinted(f.Grant, o.Grant) && equalPrinted(f.Planned, o.Planned) && equalPrinted(f.Spent, o.Spent) &&
		f.Source == o.Source &&
		slices.EqualFunc(f.ByCategory, o.ByCategory, func(a, b CategoryFigure) bool {
			return a.Category == b.Category && equalPrinted(a.Spent, b.Spent)
		})
}

// equalPrinted compares printed figures without their parse errors.
func equalPrinted(a, b budget.Printed) bool {
	return a.Label == b.Label && a.Raw == b.Raw && a.Amount.Equal(b.Amount) && a.Readable == b.Readable
}

func (p Participant) equal(o Participant) bool {
	samePerson := (p.Person == nil) == (o.Person == nil) && (p.Person == nil || *p.Person == *o.Person)
	return p.ID == o.ID && p.Sex == o.Sex && p.BirthDate == o.BirthDate && samePerson && p.Synthetic == o.Synthetic &&
		slices.Equal(p.Contracts, o.Contracts) && slices.Equal(p.Subgroups, o.Subgroups) && p.ESF == o.ESF &&
		p.Eligibility.equal(o.Eligibility) && slices.Equal(p.Events, o.Events)
}

func (e Eligibility) equal(o Eligibility) bool {
	return e.AssessedOn == o.AssessedOn && e.SocialAssistance == o.SocialAssistance && e.SevereDisability == o.SevereDisability &&
		slices.Equal(e.Groups, o.Groups) && slices.Equal(e.Entitlements, o.Entitlements)
}
