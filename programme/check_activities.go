package programme

import (
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// groupsNoun counts groups: "1 grupa", "2 grupy", "5 grup".
var groupsNoun = i18n.Noun{One: "grupa", Few: "grupy", Many: "grup", EnOne: "group", EnOther: "groups"}

// weeksNoun counts weeks: "1 tydzień", "2 tygodnie", "5 tygodni".
var weeksNoun = i18n.Noun{One: "tydzień", Few: "tygodnie", Many: "tygodni", EnOne: "week", EnOther: "weeks"}

// hoursDecimal returns h as a decimal number of hours.
func hoursDecimal(h Hours) decimal.Decimal { return decimal.New(h.c, -2) }

// quotas holds the use of every activity with a stated quota, up to the
// date, against the quota: one finding per activity, a Violation when a
// participant, a group or the programme in total went over it, measuring
// the largest use (in hours, days or months) against the quota.
func (c *checker) quotas() {
	p, u := c.p, c.u
	for ai, a := range p.Catalogue.Activities {
		q := a.Quota
		if !q.Stated() || q.Per == PerUnstated || !q.Per.IsValid() {
			continue
		}
		var over int
		var most Use
		unit, limit := unitHours, hoursDecimal(q.Total())
		value := func(use Use) decimal.Decimal { return hoursDecimal(use.Hours) }
		switch {
		case q.Days != 0:
			unit, limit = unitDays, num(q.Days)
			value = func(use Use) decimal.Decimal { return num(use.Days) }
		case q.Months != 0:
			unit, limit = unitMonths, num(q.Months)
			value = func(use Use) decimal.Decimal { return num(use.Months) }
		}
		hold := func(use Use) {
			if exceeded(q, use) != "" {
				over++
			}
			if value(use).GreaterThan(value(most)) {
				most = use
			}
		}
		switch q.Per {
		case PerParticipant:
			for pi := range p.Participants {
				hold(u.cell(pi, ai))
			}
		case PerGroup:
			for _, g := range u.acts[ai].Groups {
				hold(g.Use)
			}
		case InTotal:
			hold(u.totals[ai])
		}
		sev := integracja.Info
		if over > 0 {
			sev = integracja.Violation
		}
		at := integracja.NewPath("catalogue").Child("activities").Index(ai).Child("quota")
		n, per := over, q.Per
		if c.u.acts[ai].Sessions == 0 {
			c.add(RuleQuota, integracja.Info, at, decimal.Decimal{}, limit, unit, "", text(func(t language.Tag) string {
				return a.Name.In(t) + " (" + q.Format(t) + tx(t, "): brak zapisów obecności — limitu nie sprawdzono",
					"): no attendance recorded — the quota was not checked")
			}))
			continue
		}
		c.add(RuleQuota, sev, at, value(most), limit, unit, "", text(func(t language.Tag) string {
			s := a.Name.In(t) + " (" + q.Format(t) + tx(t, "): najwyższe wykorzystanie ", "): highest use ") + useText(t, unit, most)
			if n == 0 {
				return s + tx(t, " — limit zachowany", " — quota kept")
			}
			switch per {
			case PerParticipant:
				return s + tx(t, " — przekroczenia limitu: ", " — quota exceeded by ") + participantsText(t, n)
			case PerGroup:
				return s + tx(t, " — przekroczenia limitu: ", " — quota exceeded by ") + groupsNoun.Count(t, n)
			}
			return s + tx(t, " — limit przekroczony", " — quota exceeded")
		}))
	}
}

// useText writes a use in the unit of its quota: "70 godzin", "15 dni".
func useText(t language.Tag, unit string, use Use) string {
	switch unit {
	case unitDays:
		return i18n.Days.Count(t, use.Days)
	case unitMonths:
		return i18n.Months.Count(t, use.Months)
	}
	return use.Hours.Format(t)
}

// psu holds the socially useful work from the start of the period to the
// date against the weekly cap and the monthly hours of [UPZPSURules]
// overlaid with the scheme's.
func (c *checker) psu() {
	p := c.p
	worked := false
	for ai, a := range p.Catalogue.Activities {
		if a.Group == SociallyUsefulWork && c.u.acts[ai].Sessions > 0 {
			worked = true
		}
	}
	period := integracja.Period{From: c.start, To: c.asOf}
	if !worked || period.Validate() != nil {
		return
	}
	rules := UPZPSURules()
	var errs []error
	var err error
	rules.WeeklyCap, err = rules.WeeklyCap.With(c.s.PSU.WeeklyCap.Steps()...)
	errs = append(errs, err)
	rules.MonthlyCap, err = rules.MonthlyCap.With(c.s.PSU.MonthlyCap.Steps()...)
	errs = append(errs, err)
	rules.HourlyRate, err = rules.HourlyRate.With(c.s.PSU.HourlyRate.Steps()...)
	errs = append(errs, err)
	if err := integracja.Join(errs...); err != nil {
		c.add(RulePSUWeeklyCap, integracja.Warning, integracja.NewPath("attendance"), decimal.Decimal{}, decimal.Decimal{}, "", "",
			integracja.Text{PL: "nie można ustalić zasad prac społecznie użytecznych: " + integracja.Localize(err, language.Polish),
				EN: "cannot tell the rules of socially useful work: " + integracja.Localize(err, language.English)})
		return
	}
	rep, _ := p.SociallyUsefulWork(rules, period) // a missing rate bears on the benefit, not on the caps
	type span struct {
		start integracja.Date
		hours Hours
		cap   Hours
	}
	type spans struct {
		over     int
		most     span
		checked  int
		uncapped int
		basis    string
	}
	weekly, monthly := spans{}, spans{}
	weekOver := map[string]*spans{}
	monthOver := map[string]*spans{}
	var order []string
	listed := map[string]bool{}
	note := func(all *spans, byWho map[string]*spans, id string, sp span, basis string) {
		if sp.cap.IsZero() {
			all.uncapped++
			return
		}
		all.checked++
		all.basis = basis
		if sp.hours.Cmp(sp.cap) <= 0 {
			return
		}
		w := byWho[id]
		if w == nil {
			w = &spans{basis: basis}
			byWho[id] = w
			if !listed[id] {
				listed[id] = true
				order = append(order, id)
			}
		}
		w.over++
		if sp.hours.Cmp(w.most.hours) > 0 {
			w.most = sp
		}
	}
	for _, w := range rep.Weeks {
		st, _ := rules.WeeklyCap.At(w.Monday)
		note(&weekly, weekOver, w.Participant, span{start: w.Monday, hours: w.Hours, cap: w.Cap}, st.Basis)
	}
	for _, m := range rep.Months {
		first := integracja.Date{Year: m.Year, Month: m.Month, Day: 1}
		st, _ := rules.MonthlyCap.At(first)
		note(&monthly, monthOver, m.Participant, span{start: first, hours: m.Hours, cap: m.Cap}, st.Basis)
	}
	emit := func(rule string, all spans, byWho map[string]*spans, weeks bool) {
		for _, id := range order {
			w := byWho[id]
			if w == nil {
				continue
			}
			pi := c.ix.byID[id]
			w1 := *w
			c.add(rule, integracja.Violation, integracja.NewPath("participants").Index(int(pi)), hoursDecimal(w1.most.hours),
				hoursDecimal(w1.most.cap), unitHours, w1.basis, text(func(t language.Tag) string {
					s := c.who(t, int(pi)) + tx(t, ": prace społecznie użyteczne ponad ", ": socially useful work over ") + w1.most.cap.Format(t)
					if weeks {
						return s + tx(t, " tygodniowo — przekroczenia: ", " a week — exceeded in ") + weeksNoun.Count(t, w1.over) +
							tx(t, "; najwięcej ", "; at most ") + w1.most.hours.Format(t) + tx(t, " w tygodniu od ", " in the week from ") + w1.most.start.Format(t)
					}
					return s + tx(t, " miesięcznie — przekroczenia: ", " a month — exceeded in ") + i18n.Months.Count(t, w1.over) +
						tx(t, "; najwięcej ", "; at most ") + w1.most.hours.Format(t) + tx(t, " w miesiącu od ", " in the month from ") + w1.most.start.Format(t)
				}))
		}
		if all.uncapped > 0 {
			n := all.uncapped
			c.add(rule, integracja.Info, integracja.NewPath("attendance"), decimal.Decimal{}, decimal.Decimal{}, unitHours, "",
				text(func(t language.Tag) string {
					if weeks {
						return tx(t, "prace społecznie użyteczne: brak limitu tygodniowego w mocy (tygodnie pracy uczestników: ",
							"socially useful work: no weekly cap in force (participant-weeks: ") + i18n.Int(t, n) +
							tx(t, "); to parametr do ustalenia", "); a parameter to set")
					}
					return tx(t, "prace społecznie użyteczne: nie podano liczby godzin w miesiącu z porozumienia starosty z gminą (miesiące pracy uczestników: ",
						"socially useful work: the monthly hours of the starosta's agreement with the gmina are not given (participant-months: ") +
						i18n.Int(t, n) + tx(t, "); podaj je w nakładce schematu", "); give them in an overlay of the scheme")
				}))
		}
		if all.checked > 0 && len(byWho) == 0 {
			n := all.checked
			c.add(rule, integracja.Info, integracja.NewPath("attendance"), decimal.Decimal{}, decimal.Decimal{}, unitHours, all.basis,
				text(func(t language.Tag) string {
					if weeks {
						return tx(t, "prace społecznie użyteczne: limit tygodniowy zachowany (sprawdzone tygodnie pracy uczestników: ",
							"socially useful work: the weekly cap kept (participant-weeks checked: ") + i18n.Int(t, n) + ")"
					}
					return tx(t, "prace społecznie użyteczne: limit miesięczny zachowany (sprawdzone miesiące pracy uczestników: ",
						"socially useful work: the monthly hours kept (participant-months checked: ") + i18n.Int(t, n) + ")"
				}))
		}
	}
	emit(RulePSUWeeklyCap, weekly, weekOver, true)
	emit(RulePSUMonthlyCap, monthly, monthOver, false)
}
