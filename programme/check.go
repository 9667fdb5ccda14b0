package programme

import (
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/i18n"
)

// The codes of the rules [Programme.Check] applies, in the order of its
// findings. The limit rules of the budget keep the codes of package
// budget ("pokl.own_contribution_min", …).
const (
	RuleSchemeCode             = "scheme.code"                   // the programme names another scheme
	RuleSchemePeriod           = "scheme.period"                 // the programme's period outside the scheme's
	RuleAge                    = "eligibility.age"               // age at entry within the scheme's range
	RuleSocialAssistance       = "eligibility.social_assistance" // on social assistance at entry
	RuleNotWorking             = "eligibility.not_working"       // not working at entry
	RuleUZSGroup               = "eligibility.uzs_group"         // in a group of art. 1 ust. 2 u.z.s. in force at entry
	RuleUZSCondition           = "eligibility.uzs_condition"     // the conditions of art. 1 ust. 2 u.z.s. in force at entry
	RuleUZSExclusion           = "eligibility.uzs_exclusion"     // no entitlement of art. 1 ust. 3 u.z.s. in force at entry
	RuleContract               = "contract.before_first_session" // a contract concluded on or before the first session
	RuleQuota                  = "catalogue.quota"               // the catalogue's quotas kept
	RulePSUWeeklyCap           = "psu.weekly_cap"                // socially useful work within the weekly cap
	RulePSUMonthlyCap          = "psu.monthly_cap"               // socially useful work within the monthly hours
	RuleBudgetMissing          = "budget.missing"                // the scheme has limit rules, the programme no budget
	RuleBudgetFigures          = "budget.figures"                // the figures of the budget could not be measured
	RuleIndicatorReported      = "indicator.reported"            // a reported figure differs from the computed one
	RuleIndicatorTarget        = "indicator.target"              // a target reached, by sex
	RuleIndicatorBySex         = "indicator.by_sex"              // an indicator broken down by sex as the scheme asks
	RuleIndicatorNotComputed   = "indicator.not_computed"        // a reported indicator the library does not compute
	RuleIndicatorESFData       = "indicator.esf_data"            // ESF data complete enough for the common indicators
	RuleEfficiencySocial       = "efficiency.social"             // social efficiency
	RuleEfficiencyEmployment   = "efficiency.employment"         // employment efficiency
	RuleEfficiencyCombined     = "efficiency.social_employment"  // social-employment efficiency
	RuleEfficiencyDisability   = "efficiency.disability"         // prefix of the three for the disability groups
	ruleEfficiencyDisabilityOf = RuleEfficiencyDisability + "."
)

// Check holds the programme against the funding scheme s as of asOf, and
// returns what it finds, in the order of the rules above: each finding
// with its rule code, severity, path, the measured value and the limit
// (Unit "people", "h", "days", "months" or "%"), the legal basis of the
// step in force, and a message in Polish and English. It checks:
//
//   - that the programme names the scheme (or the scheme's base) and lies
//     within its period;
//   - each participant enrolled on or before asOf, by the steps in force on
//     the day of entry: the age (whole years, art. 112 k.c.), social
//     assistance, not working (the labour-market status at entry), and for
//     social employment the groups, their conditions and the exclusions of
//     art. 1 u.z.s.; a participant found wanting is a Violation of their
//     own (a Warning for the groups, which the act names "w
//     szczególności"), the participants whose records do not say are
//     counted in one Warning per rule;
//   - a contract, where the scheme makes it a condition, concluded on or
//     before the day of the participant's first session (a social contract
//     for a KIS, an IPZS for a CIS; art. 18 ust. 4 and art. 12 ust. 4
//     u.z.s.);
//   - the hour, day and month quotas of the catalogue, over the sessions up
//     to asOf, one finding per activity with a quota;
//   - the weekly cap and the monthly hours of socially useful work
//     ([UPZPSURules] overlaid with the scheme's), from the start of the
//     period to asOf;
//   - the limit rules of the budget rule set the scheme refers to, through
//     [budget.RuleSet.Evaluate], on the planned figures and, when the
//     budget has spending, on the spent ones (paths "budget.planned…",
//     "budget.spent…"), cross-financing, fixed assets and active
//     integration being the categories the budget's figure map names
//     ([budget.Budget.Figures]);
//   - the indicators of [Programme.IndicatorsAt]: every reported figure
//     that differs from the computed one, naming both; every target, by
//     sex (short of it is a Violation from the end of the period, an Info
//     before); the breakdown by sex the scheme asks; the ESF data the
//     common indicators need;
//   - the efficiency criteria of [Programme.EfficiencyAt] (below the limit
//     is a Violation when the figure is final, a Warning while it is not).
//
// Programme-level rules are taken in their step in force on the first day
// of the programme's period. A rule kept is an Info finding, so that an
// auditor sees what was checked; [integracja.Worst] gives the verdict.
// Check is meant for a programme that validates ([Programme.Validate]):
// what Validate rejects is passed over, never a cause of panic. No
// finding holds a birth date or names the groups of art. 1 u.z.s. a
// participant belongs to (sensitive data): participants are named by
// their ID, and the path leads to the record.
func (p Programme) Check(s Scheme, asOf integracja.Date) []integracja.Finding {
	c := newChecker(&p, s, asOf)
	c.scheme()
	c.participants()
	c.contracts()
	c.quotas()
	c.psu()
	c.budget()
	c.indicators()
	c.efficiency()
	return c.out
}

// checker holds what the checks of one programme share, computed once.
type checker struct {
	p     *Programme
	s     Scheme
	asOf  integracja.Date
	start integracja.Date // the first day of the period: programme-level rules
	end   integracja.Date // the last day of the period
	ix    *index
	flows Flows
	u     *usage
	entry []integracja.Date // each participant's entry, zero when not enrolled by asOf
	out   []integracja.Finding
}

func newChecker(p *Programme, s Scheme, asOf integracja.Date) *checker {
	c := &checker{p: p, s: s, asOf: asOf, start: p.Period.From, end: p.Period.To}
	c.ix = newIndex(p)
	c.flows, _ = p.countFlows(c.ix, asOf)
	c.u = tally(p, c.ix, asOf)
	c.entry = make([]integracja.Date, len(p.Participants))
	for i := range p.Participants {
		for _, e := range p.Participants[i].Events {
			if e.Date.After(asOf) {
				break
			}
			if e.Kind == Enrolled {
				c.entry[i] = e.Date
				break
			}
		}
	}
	return c
}

// add appends a finding.
func (c *checker) add(rule string, sev integracja.Severity, at integracja.Path, measured, limit decimal.Decimal, unit, basis string, msg integracja.Text) {
	c.out = append(c.out, integracja.Finding{Rule: rule, Severity: sev, Path: at, Measured: measured,
		Limit: limit, Unit: unit, Basis: basis, Message: msg})
}

// The units of findings.
const (
	unitPeople  = "people"
	unitHours   = "h"
	unitDays    = "days"
	unitMonths  = "months"
	unitPercent = "%"
)

func num(n int) decimal.Decimal { return decimal.NewFromInt(int64(n)) }

// percentText writes a percentage with two decimal places: "22,00%",
// "22.00%".
func percentText(d decimal.Decimal, t language.Tag) string {
	return i18n.Number(t, d.StringFixed(2)) + "%"
}

// share returns num/den in per cent, cut (not rounded) to two places, so
// that a share below a limit never prints as reaching it.
func share(n, den int) decimal.Decimal {
	if den == 0 {
		return decimal.Decimal{}
	}
	return decimal.NewFromInt(int64(n)*100).DivRound(decimal.NewFromInt(int64(den)), 8).Truncate(2)
}

// people counts n people: "3 osoby", "3 people".
func people(t language.Tag, n int) string { return i18n.Persons.Count(t, n) }

// rulesNoun is "reguła", the noun of rule counts.
var rulesNoun = i18n.Noun{One: "reguła", Few: "reguły", Many: "reguł", EnOne: "rule", EnOther: "rules"}

// participantsText counts n participants: "1 uczestnik", "5 uczestników".
func participantsText(t language.Tag, n int) string { return i18n.Participants.Count(t, n) }

// text builds a message in both languages from a function of the language.
func text(f func(t language.Tag) string) integracja.Text {
	return integracja.Text{PL: f(language.Polish), EN: f(language.English)}
}

// tx picks the Polish or English of a pair.
func tx(t language.Tag, pl, en string) string { return integracja.Text{PL: pl, EN: en}.In(t) }

func (c *checker) scheme() {
	p, s := c.p, c.s
	if p.Scheme != "" && p.Scheme != s.Code && p.Scheme != s.Base {
		c.add(RuleSchemeCode, integracja.Warning, integracja.NewPath("scheme"), decimal.Decimal{}, decimal.Decimal{}, "", "",
			text(func(t language.Tag) string {
				return tx(t, "program wskazuje schemat finansowania „"+clip(p.Scheme)+"”, a sprawdzono go według schematu „"+s.Code+"”",
					"the programme names the funding scheme “"+clip(p.Scheme)+"” but was checked against “"+s.Code+"”")
			}))
	}
	if !s.Period.IsZero() && p.Period.Validate() == nil && !s.Period.ContainsPeriod(p.Period) {
		c.add(RuleSchemePeriod, integracja.Warning, integracja.NewPath("period"), decimal.Decimal{}, decimal.Decimal{}, "", "",
			text(func(t language.Tag) string {
				return tx(t, "okres programu ", "the programme's period ") + p.Period.Format(t) +
					tx(t, " wykracza poza okres schematu ", " lies outside the scheme's period ") + s.Period.Format(t)
			}))
	}
}

// budget evaluates the limit rules of the scheme's budget rule set on the
// planned figures and, when there is spending, on the spent ones.
func (c *checker) budget() {
	rs, name, err := c.s.BudgetRuleSet(c.start)
	switch {
	case err != nil:
		c.add(RuleBudgetFigures, integracja.Warning, integracja.NewPath("budget"), decimal.Decimal{}, decimal.Decimal{}, "", "",
			integracja.Text{PL: "nie można ustalić reguł budżetu: " + integracja.Localize(err, language.Polish),
				EN: "cannot tell the budget's rules: " + integracja.Localize(err, language.English)})
		return
	case name == "" || rs.Len() == 0:
		return
	case c.p.Budget == nil:
		c.add(RuleBudgetMissing, integracja.Warning, integracja.NewPath("budget"), decimal.Decimal{}, decimal.Decimal{}, "", "",
			text(func(t language.Tag) string {
				return tx(t, "limitów budżetu programu finansowania (", "the funding scheme's budget limits (") + rulesNoun.Count(t, rs.Len()) +
					tx(t, ") nie sprawdzono: dane programu nie zawierają budżetu w podziale na kategorie",
						") were not checked: the programme's data hold no budget by category")
			}))
		return
	}
	b := *c.p.Budget
	bases := []budget.Basis{budget.PlannedBasis}
	if len(b.Ledger) > 0 {
		bases = append(bases, budget.SpentBasis)
	}
	for _, basis := range bases {
		at := integracja.NewPath("budget").Child(basis.String())
		f, err := b.Figures(basis)
		if err != nil {
			c.add(RuleBudgetFigures, integracja.Warning, at, decimal.Decimal{}, decimal.Decimal{}, "", "",
				integracja.Text{PL: "nie można zmierzyć budżetu: " + integracja.Localize(err, language.Polish),
					EN: "cannot measure the budget: " + integracja.Localize(err, language.English)})
			continue
		}
		for _, fd := range rs.Evaluate(f, c.start) {
			fd.Path = at.Join(fd.Path)
			c.out = append(c.out, fd)
		}
	}
}

// indicators holds the computed indicators against the reported ones, the
// targets and the breakdown by sex the scheme asks.
func (c *checker) indicators() {
	p := c.p
	rep := p.indicatorsAt(c.s, c.asOf, c.ix, c.flows, c.u)
	breakdown := BreakdownNone
	var breakdownBasis string
	if st, ok := c.s.SexBreakdown.At(c.start); ok {
		breakdown, breakdownBasis = st.Value, st.Basis
	}
	final := c.end.IsValid() && !c.asOf.Before(c.end)
	for _, r := range rep.Rows {
		at := integracja.NewPath("indicators").Index(r.Index)
		if r.Differs() {
			c.add(RuleIndicatorReported, integracja.Violation, at.Child("achieved"), num(r.Computed.Total()), num(r.Reported.Total()),
				unitPeople, "", text(func(t language.Tag) string {
					return r.Name.In(t) + tx(t, ": dokument podaje ", ": the document reports ") + countText(r.Reported, t) +
						tx(t, ", a z danych uczestników wynika ", ", the participant records give ") + countText(r.Computed, t)
				}))
		}
		if r.Stated && !r.Computable {
			c.add(RuleIndicatorNotComputed, integracja.Info, at, decimal.Decimal{}, decimal.Decimal{}, "", "",
				text(func(t language.Tag) string {
					return r.Name.In(t) + tx(t, ": tego wskaźnika nie oblicza się z rekordów uczestników; przyjęto wartość podaną w dokumencie",
						": this indicator is not computed from the participant records; the value the document reports is taken")
				}))
		}
		if r.Stated && r.Target.Total() > 0 {
			c.target(r, at, final)
		}
		if breakdown != BreakdownNone && r.Stated && r.Unit == indicator.UnitPeople {
			c.bySex(r, at, breakdown, breakdownBasis)
		}
	}
	if all, ok := rep.Lookup(MeasureParticipants); ok && breakdown != BreakdownNone && all.Computed.Unspecified > 0 {
		sev := integracja.Warning
		if breakdown == BreakdownWomenMenOther {
			sev = integracja.Info
		}
		n := all.Computed.Unspecified
		c.add(RuleIndicatorBySex, sev, integracja.NewPath("participants"), num(n), decimal.Decimal{}, unitPeople, breakdownBasis,
			text(func(t language.Tag) string {
				return tx(t, "nie zapisano płci (", "no sex recorded (") + participantsText(t, n) +
					tx(t, "); wskaźniki wymagają podziału na płeć (", "); the indicators must be broken down by sex (") + breakdown.Label(t) + ")"
			}))
	}
	if !rep.ESFMissing.IsZero() {
		n := rep.ESFMissing.Total()
		c.add(RuleIndicatorESFData, integracja.Warning, integracja.NewPath("participants"), num(n), decimal.Decimal{}, unitPeople, "",
			text(func(t language.Tag) string {
				return tx(t, "dane EFS (status na rynku pracy, wykształcenie, data urodzenia) niepełne (",
					"the ESF data (labour-market status, education, birth date) incomplete (") + participantsText(t, n) +
					tx(t, "); wspólnych wskaźników nie obliczono", "); the common indicators were not computed")
			}))
	}
}

// target holds what a row achieved against its target: in total, and for
// women and for men when the target names them.
func (c *checker) target(r IndicatorRow, at integracja.Path, final bool) {
	got, want := r.Achieved(), r.Target
	short := got.Total() < want.Total()
	bySex := want.Women != 0 || want.Men != 0
	if bySex {
		short = short || got.Women < want.Women || got.Men < want.Men
	}
	sev := integracja.Info
	if short && final {
		sev = integracja.Violation
	}
	c.add(RuleIndicatorTarget, sev, at.Child("target"), num(got.Total()), num(want.Total()), unitPeople, "",
		text(func(t language.Tag) string {
			s := r.Name.In(t) + ": " + countText(got, t) + tx(t, " wobec celu ", " against a target of ") + countText(want, t) +
				" (" + percentText(share(got.Total(), want.Total()), t)
			if bySex {
				if want.Women > 0 {
					s += tx(t, "; K ", "; women ") + percentText(share(got.Women, want.Women), t)
				}
				if want.Men > 0 {
					s += tx(t, "; M ", "; men ") + percentText(share(got.Men, want.Men), t)
				}
			}
			s += ")"
			switch {
			case !short:
				return s + tx(t, " — osiągnięty", " — reached")
			case final:
				return s + tx(t, " — nieosiągnięty", " — not reached")
			}
			return s + tx(t, " — jeszcze nieosiągnięty przed końcem okresu programu", " — not reached yet before the end of the programme's period")
		}))
}

// bySex reports a reported indicator whose figures are not broken down by
// sex as the scheme asks.
func (c *checker) bySex(r IndicatorRow, at integracja.Path, b SexBreakdown, basis string) {
	lacks := func(x indicator.Count) bool {
		if x.Total() == 0 {
			return false
		}
		if b == BreakdownWomenMenOther {
			return x.Women == 0 && x.Men == 0
		}
		return x.Unspecified > 0
	}
	for _, part := range []struct {
		name  string
		count indicator.Count
		pl    string
		en    string
	}{{"achieved", r.Reported, "wartość osiągnięta", "the value achieved"}, {"target", r.Target, "wartość docelowa", "the target"}} {
		if !lacks(part.count) {
			continue
		}
		c.add(RuleIndicatorBySex, integracja.Violation, at.Child(part.name), num(part.count.Unspecified), decimal.Decimal{}, unitPeople, basis,
			text(func(t language.Tag) string {
				return r.Name.In(t) + ": " + tx(t, part.pl, part.en) + " " + countText(part.count, t) +
					tx(t, " nie jest podana w podziale na płeć (", " is not broken down by sex (") + b.Label(t) + ")"
			}))
	}
}
