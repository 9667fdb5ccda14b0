package programme_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/equaltest"
	"github.com/aktywna/integracja/programme"
)

// changes teaches equaltest.Check the types of the package and its
// neighbours that it cannot change field by field: values with unexported
// fields, dates (a schedule refuses an invalid one), budgets (whose Equal
// budget's tests check field by field) and schedules.
var changes = []equaltest.Option{
	equaltest.Leaf(func(m *budget.Money) { *m, _ = m.Add(budget.Grosze(1)) }),
	equaltest.Leaf(func(x *decimal.Decimal) { *x = x.Add(decimal.NewFromInt(1)) }),
	equaltest.Leaf(func(d *integracja.Date) { *d = d.AddDays(1) }),
	equaltest.Leaf(func(b *programme.BirthDate) { *b = programme.NewBirthDate(b.Reveal().AddDays(1)) }),
	equaltest.Leaf(func(h *programme.Hours) { *h = h.Add(programme.HoursOf(1)) }),
	equaltest.Leaf(func(p *contract.PESEL) { *p = pesel(p.BirthDate().String(), p.Sex() != indicator.Male) }),
	equaltest.Leaf(func(b *budget.Budget) { b.Name += "x" }),
	equaltest.Rebuilt("integracja.Schedule["),
	equaltest.Skip[budget.Printed]("Err", "a figure's parse error is not data: JSON does not keep it"),
}

// TestProgrammeEqualComparesEveryField changes each field of the complete
// example programme, found by reflection down to its leaves, and checks
// that Equal sees the change: a field added to Programme or to anything
// it holds fails here until Equal compares it.
func TestProgrammeEqualComparesEveryField(t *testing.T) {
	fixture := func() programme.Programme {
		p := example(t)
		require.NotEmpty(t, p.Participants)
		p.Participants[0].Person = &contract.Person{ID: "OS/1", GivenName: "Anna", FamilyName: "Kowalska",
			PESEL: pesel("1975-04-12", false), Sex: indicator.Female, BirthDate: d("1975-04-12")}
		p.Participants[0].Eligibility.Groups = []programme.SocialGroup{programme.AlcoholAddiction}
		p.Participants[0].Eligibility.Entitlements = []contract.Entitlement{contract.IncapacityPension}
		p.Catalogue.Activities[0].Subgroups = []string{p.Subgroups[0].Code}
		return p
	}
	equaltest.Check(t, fixture, programme.Programme.Equal, changes...)
}

// TestSchemeEqualComparesEveryField does the same for a scheme that sets
// every parameter (a limit of efficiency it leaves zero is changed too).
func TestSchemeEqualComparesEveryField(t *testing.T) {
	fixture := func() programme.Scheme {
		s, err := programme.DecodeScheme([]byte(`{
		  "base": "pokl_7_1_1",
		  "code": "pelny",
		  "period": {"from": "2007-01-01", "to": "2015-12-31"},
		  "sources": [{"id": "wniosek", "title": "wniosek", "file": "f", "url": "u", "date": "2011-01-10"}],
		  "socialEmployment": [{"from": "2007-01-01", "value": "kis", "basis": "b"}],
		  "budgetBases": [{"key": "wniosek_2011", "text": "wniosek", "source": "s", "status": "verified"}],
		  "sexBreakdown": [{"from": "2009-04-01", "value": "women_men", "basis": "b"}],
		  "commonIndicators": [{"from": "2011-01-01", "value": ["EECO01", "EECR04"], "basis": "b"}],
		  "efficiency": [{"from": "2011-01-01", "value": {"formulation": "combined",
		     "general": {"employment": "22", "combined": "56"}, "disability": {"employment": "12", "combined": "46"},
		     "windowMonths": 3}, "basis": "b"}],
		  "psu": {"weeklyCap": [{"from": "2011-01-01", "value": 10}], "monthlyCap": [{"from": "2011-01-01", "value": 40}],
		          "hourlyRate": [{"from": "2011-01-01", "value": {"amount": "7.30", "currency": "PLN"}}]}
		}`))
		require.NoError(t, err, "%v", err)
		limit := integracja.MustSchedule(step("2011-01-01", decimal.NewFromInt(15), "wniosek_2011"))
		s.BudgetLimits = map[string]programme.LimitOverlay{ // Equal does not ask whether the rule has bands
			budget.RulePOKLIndirectCosts: {Limit: limit, Bands: []programme.BandOverlay{{Limit: limit}, {}}}}
		return s
	}
	equaltest.Check(t, fixture, programme.Scheme.Equal, changes...)
}
