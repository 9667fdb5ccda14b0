package programme

import (
	"slices"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/i18n"
)

// ruleTally gathers the outcome of one participant rule: the findings on
// single participants, and how many were judged, were not recorded, or
// entered on a day with no step in force. The findings of participant
// rules measure the number of participants who do not meet the rule
// (Unit "people"), against a limit of 0.
type ruleTally struct {
	rule       string
	checked    int
	failed     []integracja.Finding
	unrecorded int
	noStep     int
	basis      string
	// what the rule is about, for the summary findings
	what integracja.Text
	// unrecordedWhat says what the records lack
	unrecordedWhat integracja.Text
}

func (r *ruleTally) fail(sev integracja.Severity, at integracja.Path, basis string, msg integracja.Text) {
	r.failed = append(r.failed, integracja.Finding{Rule: r.rule, Severity: sev, Path: at, Measured: decimal.NewFromInt(1),
		Unit: unitPeople, Basis: basis, Message: msg})
}

// flush appends the findings of r: those on single participants, then a
// Warning for the participants not recorded, a Warning for those who
// entered when no step was in force, and an Info when every participant
// judged met the rule.
func (c *checker) flush(r *ruleTally) {
	c.out = append(c.out, r.failed...)
	all := integracja.NewPath("participants")
	if r.unrecorded > 0 {
		n := r.unrecorded
		c.add(r.rule, integracja.Warning, all, num(n), decimal.Decimal{}, unitPeople, r.basis, text(func(t language.Tag) string {
			return r.what.In(t) + tx(t, ": nie można ocenić — ", ": cannot judge — ") + r.unrecordedWhat.In(t) + " (" + participantsText(t, n) + ")"
		}))
	}
	if r.noStep > 0 {
		n := r.noStep
		c.add(r.rule, integracja.Warning, all, num(n), decimal.Decimal{}, unitPeople, "", text(func(t language.Tag) string {
			return r.what.In(t) + tx(t, ": schemat nie ma wartości parametru w mocy w dniu przystąpienia (", ": the scheme has no value in force on the day of entry (") +
				participantsText(t, n) + ")"
		}))
	}
	if r.checked > 0 && len(r.failed) == 0 {
		n := r.checked
		c.add(r.rule, integracja.Info, all, decimal.Decimal{}, decimal.Decimal{}, unitPeople, r.basis, text(func(t language.Tag) string {
			return r.what.In(t) + tx(t, ": warunek spełniony (sprawdzono ", ": condition met (checked ") + checkedNoun.Count(t, n) + ")"
		}))
	}
}

// checkedNoun is "uczestnik" in the accusative, as "sprawdzono" (were
// checked) takes it: "sprawdzono 1 uczestnika", "sprawdzono 5 uczestników".
var checkedNoun = i18n.Noun{One: "uczestnika", Few: "uczestników", Many: "uczestników", EnOne: "participant", EnOther: "participants"}

// who names participant i in a message: "uczestnik P-07", "participant
// P-07".
func (c *checker) who(t language.Tag, i int) string {
	return tx(t, "uczestnik ", "participant ") + c.p.Participants[i].maskedID()
}

// onEntry says "w dniu przystąpienia (01.03.2011 r.)".
func onEntry(t language.Tag, d integracja.Date) string {
	return tx(t, "w dniu przystąpienia (", "on entry (") + d.Format(t) + ")"
}

// participants checks each participant enrolled on or before the date by
// the steps in force on the day of entry.
func (c *checker) participants() {
	p, s := c.p, c.s
	age := &ruleTally{rule: RuleAge, what: integracja.Text{PL: "wiek uczestników", EN: "participants' age"},
		unrecordedWhat: integracja.Text{PL: "brak daty urodzenia", EN: "no birth date"}}
	assistance := &ruleTally{rule: RuleSocialAssistance, what: integracja.Text{PL: "korzystanie ze świadczeń pomocy społecznej", EN: "use of social assistance"},
		unrecordedWhat: integracja.Text{PL: "kwalifikowalności nie oceniono", EN: "eligibility not assessed"}}
	working := &ruleTally{rule: RuleNotWorking, what: integracja.Text{PL: "pozostawanie bez pracy", EN: "not working"},
		unrecordedWhat: integracja.Text{PL: "brak statusu na rynku pracy w chwili przystąpienia", EN: "no labour-market status at entry"}}
	group := &ruleTally{rule: RuleUZSGroup, what: integracja.Text{PL: "grupy art. 1 ust. 2 ustawy o zatrudnieniu socjalnym", EN: "the groups of art. 1(2) of the Social Employment Act"},
		unrecordedWhat: integracja.Text{PL: "kwalifikowalności nie oceniono", EN: "eligibility not assessed"}}
	exclusion := &ruleTally{rule: RuleUZSExclusion, what: integracja.Text{PL: "wyłączenia art. 1 ust. 3 ustawy o zatrudnieniu socjalnym", EN: "the exclusions of art. 1(3) of the Social Employment Act"},
		unrecordedWhat: integracja.Text{PL: "kwalifikowalności nie oceniono", EN: "eligibility not assessed"},
		basis:          "art. 1 ust. 3 i 3a ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym (Dz. U. z 2025 r. poz. 83); doc/law.md#uzs-exclusions"}
	exclusions := s.Law.Rules()
	type condition struct {
		text  integracja.Text
		basis string
		n     int
	}
	var conditions []condition
	condition1 := func(tx integracja.Text, basis string) {
		for k := range conditions {
			if conditions[k].text == tx {
				conditions[k].n++
				return
			}
		}
		conditions = append(conditions, condition{text: tx, basis: basis, n: 1})
	}
	for i := range p.Participants {
		entry := c.entry[i]
		if entry.IsZero() {
			continue
		}
		pt := &p.Participants[i]
		at := integracja.NewPath("participants").Index(i)
		if st, ok := ruleAt(s.Age, entry, age); ok && !st.Value.IsZero() {
			switch b := pt.EffectiveBirthDate(); {
			case !b.IsValid() || b.AgeAt(entry) < 0:
				age.unrecorded++
			case !st.Value.Contains(b.AgeAt(entry)):
				r := st.Value
				age.fail(integracja.Violation, at, st.Basis, text(func(t language.Tag) string {
					return c.who(t, i) + ": " + onEntry(t, entry) + tx(t, " poza wiekiem ", " not ") + r.Format(t)
				}))
				fallthrough
			default:
				age.checked++
			}
		}
		if st, ok := ruleAt(s.SocialAssistance, entry, assistance); ok && st.Value {
			switch el := pt.Eligibility; {
			case !el.Assessed():
				assistance.unrecorded++
			case !el.SocialAssistance:
				assistance.fail(integracja.Violation, at.Child("eligibility").Child("socialAssistance"), st.Basis, text(func(t language.Tag) string {
					return c.who(t, i) + tx(t, ": według oceny kwalifikowalności z ", ": by the eligibility assessment of ") + el.AssessedOn.Format(t) +
						tx(t, " nie korzysta ze świadczeń pomocy społecznej", " not on social assistance")
				}))
				fallthrough
			default:
				assistance.checked++
			}
		}
		if st, ok := ruleAt(s.NotWorking, entry, working); ok && st.Value {
			switch pt.ESF.Status {
			case indicator.StatusUnknown:
				working.unrecorded++
			case indicator.Employed:
				working.fail(integracja.Violation, at.Child("esf").Child("status"), st.Basis, text(func(t language.Tag) string {
					return c.who(t, i) + ": " + onEntry(t, entry) + tx(t, " pracujący", " employed")
				}))
				fallthrough
			default:
				working.checked++
			}
		}
		site, ok := ruleAt(s.SocialEmployment, entry, group)
		if !ok || site.Value == SiteNone {
			continue
		}
		el := pt.Eligibility
		if !el.Assessed() {
			group.unrecorded++
			exclusion.unrecorded++
			continue
		}
		if gl, ok := s.Law.Groups.At(entry); ok {
			group.basis = gl.Basis
			var matched []GroupRule
			for _, g := range el.Groups {
				if k := slices.IndexFunc(gl.Value.Groups, func(r GroupRule) bool { return r.Group == g }); k >= 0 {
					matched = append(matched, gl.Value.Groups[k])
				}
			}
			if len(matched) == 0 {
				none := len(el.Groups) == 0
				group.fail(integracja.Warning, at.Child("eligibility").Child("groups"), gl.Basis, text(func(t language.Tag) string {
					s := c.who(t, i) + ": " + onEntry(t, entry)
					if none {
						s += tx(t, " nie należy do żadnej grupy", " in none of the groups")
					} else {
						// The groups are sensitive data (addiction, disability, mental
						// health): the path leads to them, the message does not name them.
						s += tx(t, " tylko w grupach, których ustawa w tym brzmieniu nie wymienia", " only in groups the act then in force does not name")
					}
					return s + tx(t, "; art. 1 ust. 2 wymienia grupy „w szczególności”, udział wymaga uzasadnienia",
						"; art. 1(2) names its groups “in particular”, so participation needs a reason")
				}))
			} else {
				if !gl.Value.Condition.IsZero() {
					condition1(gl.Value.Condition, gl.Basis)
				}
				for _, m := range matched {
					if !m.Condition.IsZero() {
						condition1(m.Condition, gl.Basis)
					}
				}
			}
			group.checked++
		} else {
			group.noStep++
		}
		for j, en := range el.Entitlements {
			if !exclusions.Excludes(en, site.Value.institution(), entry) {
				continue
			}
			st, _ := s.Law.Exclusions[en].At(entry)
			scope := st.Value
			exclusion.fail(integracja.Violation, at.Child("eligibility").Child("entitlements").Index(j), st.Basis, text(func(t language.Tag) string {
				return c.who(t, i) + ": " + onEntry(t, entry) + tx(t, " uprawniony do świadczenia „", " entitled to “") + en.Label(t) +
					tx(t, "”, które ", "”, which ") + scope.Label(t) + tx(t, " (art. 1 ust. 3 u.z.s.)", " (art. 1(3) of the Social Employment Act)")
			}))
		}
		exclusion.checked++
	}
	c.flush(age)
	c.flush(assistance)
	c.flush(working)
	c.flush(group)
	for _, cd := range conditions {
		cd := cd
		c.add(RuleUZSCondition, integracja.Info, integracja.NewPath("participants"), num(cd.n), decimal.Decimal{}, unitPeople, cd.basis,
			text(func(t language.Tag) string {
				return tx(t, "art. 1 ust. 2 u.z.s. w brzmieniu z dnia przystąpienia stawia warunek, którego zapis uczestnika nie potwierdza: „",
					"art. 1(2) of the Social Employment Act as in force on entry sets a condition the records do not confirm: “") +
					cd.text.In(t) + tx(t, "” (", "” (") + participantsText(t, cd.n) + ")"
			}))
	}
	c.flush(exclusion)
}

// ruleAt returns the step of sch in force on d; when sch has steps but
// none on d, it counts the participant in r's noStep.
func ruleAt[T any](sch integracja.Schedule[T], d integracja.Date, r *ruleTally) (integracja.Step[T], bool) {
	if sch.Len() == 0 {
		return integracja.Step[T]{}, false
	}
	st, ok := sch.At(d)
	if !ok {
		r.noStep++
		return st, false
	}
	if r.basis == "" || st.Basis != "" {
		r.basis = st.Basis
	}
	return st, true
}

// contracts checks, where the scheme makes a contract a condition of
// participation, that each participant took part under one concluded on
// or before the day of their first session: a social contract in a KIS
// (art. 18 ust. 4 u.z.s.), an IPZS in a CIS (art. 12 ust. 4 u.z.s.), any
// kind otherwise.
func (c *checker) contracts() {
	p, s := c.p, c.s
	if s.ContractRequired.Len() == 0 {
		return
	}
	r := &ruleTally{rule: RuleContract, what: integracja.Text{PL: "kontrakt zawarty przed pierwszymi zajęciami", EN: "a contract concluded before the first session"},
		unrecordedWhat: integracja.Text{PL: "brak daty zawarcia kontraktu", EN: "no date of conclusion of the contract"}}
	first := make([]integracja.Date, len(p.Participants))
	for si := range p.Attendance {
		ss := &p.Attendance[si]
		if ss.Date.After(c.asOf) || !ss.Date.IsValid() {
			continue
		}
		for _, id := range ss.Participants {
			if pi, ok := c.ix.byID[id]; ok && (first[pi].IsZero() || ss.Date.Before(first[pi])) {
				first[pi] = ss.Date
			}
		}
	}
	records := make(map[string]ContractRecord, len(p.Contracts))
	for _, cr := range p.Contracts {
		if _, dup := records[cr.Number]; !dup {
			records[cr.Number] = cr
		}
	}
	for i := range p.Participants {
		entry := c.entry[i]
		if entry.IsZero() || first[i].IsZero() {
			continue
		}
		st, ok := ruleAt(s.ContractRequired, entry, r)
		if !ok || !st.Value {
			continue
		}
		r.checked++
		want, specific := contract.Kind(0), false
		if site, ok := s.SocialEmployment.ValueAt(entry); ok {
			switch site {
			case SiteKIS:
				want, specific = contract.SocialContract, true
			case SiteCIS:
				want, specific = contract.SocialEmploymentProgramme, true
			}
		}
		pt := &p.Participants[i]
		met, undated := false, false
		var late integracja.Date
		var wrong []contract.Kind
		for _, n := range pt.Contracts {
			rec, has := records[n]
			switch {
			case !has && len(p.Contracts) > 0:
				continue // an unknown number, which Validate reports
			case !has:
				undated = true
				continue
			case specific && rec.Kind != want:
				wrong = append(wrong, rec.Kind)
				continue
			case rec.ConcludedOn.IsZero():
				undated = true
				continue
			case !rec.ConcludedOn.After(first[i]):
				met = true
			case late.IsZero() || rec.ConcludedOn.Before(late):
				late = rec.ConcludedOn
			}
			if met {
				break
			}
		}
		at := integracja.NewPath("participants").Index(i).Child("contracts")
		firstDay := first[i]
		switch {
		case met:
		case undated:
			r.unrecorded++
		case !late.IsZero():
			r.fail(integracja.Violation, at, st.Basis, text(func(t language.Tag) string {
				return c.who(t, i) + tx(t, ": kontrakt zawarty ", ": the contract was concluded on ") + late.Format(t) +
					tx(t, ", po pierwszych zajęciach ", ", after the first session on ") + firstDay.Format(t)
			}))
		case len(wrong) > 0:
			r.fail(integracja.Violation, at, st.Basis, text(func(t language.Tag) string {
				return c.who(t, i) + tx(t, ": udział wymaga, by zawarto ", ": participation needs ") + want.Label(t) +
					tx(t, ", a uczestnik ma: ", ", but the participant has: ") + wrong[0].Label(t)
			}))
		default:
			r.fail(integracja.Violation, at, st.Basis, text(func(t language.Tag) string {
				return c.who(t, i) + tx(t, ": bierze udział w zajęciach od ", ": takes part in sessions from ") + firstDay.Format(t) +
					tx(t, " bez kontraktu, który jest warunkiem uczestnictwa", " without the contract that participation requires")
			}))
		}
	}
	c.flush(r)
}
