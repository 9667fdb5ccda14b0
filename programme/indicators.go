package programme

import (
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

// The codes of the measures the library computes from a programme's
// records. An indicator of the programme ([Programme.Indicators]) whose
// code is one of them, or the code of an ESF common indicator, is held
// against the computed figure ([Programme.IndicatorsAt]).
const (
	// MeasureParticipants: the people who enrolled (liczba uczestników).
	MeasureParticipants = "participants"
	// MeasureContracts: the people with a contract concluded on or before
	// the date (liczba osób objętych kontraktami socjalnymi); an indicator
	// of unit contracts counts the contracts instead, each by the sex of
	// the first participant who carries it. A contract record without a
	// date of conclusion counts.
	MeasureContracts = "contracts"
	// MeasureCompleted: completions (ukończenia).
	MeasureCompleted = "completed"
	// MeasureDroppedOut: dropouts (przerwania udziału).
	MeasureDroppedOut = "dropped_out"
	// MeasureLeftForJob: departures for a job (zakończenia udziału na
	// skutek podjęcia pracy).
	MeasureLeftForJob = "left_for_job"
	// MeasureCameBack: returns (powroty do programu).
	MeasureCameBack = "came_back"
	// MeasureContinuing: the people taking part at the end of the date.
	MeasureContinuing = "continuing"
	// MeasureFoundWork: the people who took a job, leaving or not.
	MeasureFoundWork = "found_work"
	// MeasureQualifications: the people who gained a qualification on
	// leaving (uzyskali kwalifikacje).
	MeasureQualifications = "qualifications"
	// MeasureSociallyUsefulWork: the people who did socially useful work.
	MeasureSociallyUsefulWork = "socially_useful_work"
)

// measures are the computed measures in the order of the report.
var measureDefs = [...]struct {
	code string
	kind indicator.Kind
	name integracja.Text
}{
	{MeasureParticipants, indicator.Output, integracja.Text{PL: "liczba uczestników", EN: "participants"}},
	{MeasureContracts, indicator.Output, integracja.Text{PL: "liczba osób objętych kontraktami", EN: "people with contracts"}},
	{MeasureSociallyUsefulWork, indicator.Output, integracja.Text{PL: "liczba osób wykonujących prace społecznie użyteczne", EN: "people doing socially useful work"}},
	{MeasureCompleted, indicator.Result, integracja.Text{PL: "liczba ukończeń programu", EN: "completions"}},
	{MeasureDroppedOut, indicator.Result, integracja.Text{PL: "liczba przerwań udziału", EN: "dropouts"}},
	{MeasureLeftForJob, indicator.Result, integracja.Text{PL: "liczba odejść z programu do pracy", EN: "departures for a job"}},
	{MeasureCameBack, indicator.Result, integracja.Text{PL: "liczba powrotów do programu", EN: "returns to the programme"}},
	{MeasureContinuing, indicator.Result, integracja.Text{PL: "liczba osób kontynuujących udział", EN: "people continuing"}},
	{MeasureFoundWork, indicator.Result, integracja.Text{PL: "liczba osób, które podjęły pracę", EN: "people who found work"}},
	{MeasureQualifications, indicator.Result, integracja.Text{PL: "liczba osób, które uzyskały kwalifikacje", EN: "people who gained a qualification"}},
}

// IndicatorReport is a programme's indicators as of a date (AsOf), every
// one by sex: the measures the library computes from the records, the ESF
// common indicators of the scheme, and each indicator the programme's
// documents report, held beside the computed figure when the library
// computes it. ESF counts, by sex, the participants whose ESF data is not
// complete enough for the common indicators ([Participant.Profile]); while
// it is not zero, no common indicator is computed.
type IndicatorReport struct {
	AsOf       integracja.Date `json:"asOf"`
	Rows       []IndicatorRow  `json:"rows"`
	ESFMissing indicator.Count `json:"esfMissing"`
}

// IndicatorRow is one indicator as of a date: its code, name, kind and
// unit (the programme's own when it reports the indicator, so that the
// document's wording is kept); the figure computed from the records (Computable false when the
// library cannot compute it); and what the programme's documents report
// (Stated, with the index of the indicator in [Programme.Indicators]; -1
// when they report none): the value achieved and the target.
type IndicatorRow struct {
	Code       string          `json:"code"`
	Name       integracja.Text `json:"name"`
	Kind       indicator.Kind  `json:"kind"`
	Unit       indicator.Unit  `json:"unit"`
	Computed   indicator.Count `json:"computed"`
	Computable bool            `json:"computable"`
	Stated     bool            `json:"stated"`
	Index      int             `json:"index"`
	Reported   indicator.Count `json:"reported"`
	Target     indicator.Count `json:"target"`
}

// Achieved returns the figure the row stands for: the computed one when
// the library computes it, the reported one otherwise.
func (r IndicatorRow) Achieved() indicator.Count {
	if r.Computable {
		return r.Computed
	}
	return r.Reported
}

// Differs reports whether the reported figure differs from the computed
// one: in total, or by sex when the report gives a breakdown.
func (r IndicatorRow) Differs() bool {
	if !r.Computable || !r.Stated {
		return false
	}
	if r.Reported.Women == 0 && r.Reported.Men == 0 {
		return r.Reported.Total() != r.Computed.Total()
	}
	return r.Reported != r.Computed
}

// Lookup returns the row with the given code.
func (rep IndicatorReport) Lookup(code string) (IndicatorRow, bool) {
	for _, r := range rep.Rows {
		if r.Code == code {
			return r, true
		}
	}
	return IndicatorRow{}, false
}

// IndicatorsAt computes the programme's indicators as of asOf, counting
// the events and sessions dated on or before it, for scheme s (whose
// common indicators in force on the first day of the period are
// computed): first the measures of the Measure… constants, then the ESF
// common indicators of the scheme and those the programme reports, then
// the programme's other indicators, which the library does not compute.
// Each row holds the programme's own indicator of the same code, when it
// has one. The ESF common indicators count, through package indicator,
// the participants enrolled on or before asOf as [Participant.Profile]
// describes them with the events up to asOf.
func (p Programme) IndicatorsAt(s Scheme, asOf integracja.Date) IndicatorReport {
	ix := newIndex(&p)
	f, _ := p.countFlows(ix, asOf)
	u := tally(&p, ix, asOf)
	return p.indicatorsAt(s, asOf, ix, f, u)
}

func (p *Programme) indicatorsAt(s Scheme, asOf integracja.Date, ix *index, f Flows, u *usage) IndicatorReport {
	rep := IndicatorReport{AsOf: asOf}
	reported := make(map[string]int, len(p.Indicators))
	for i, in := range p.Indicators {
		if _, dup := reported[in.Code]; !dup {
			reported[in.Code] = i
		}
	}
	used := make(map[string]bool)
	row := func(code string, kind indicator.Kind, unit indicator.Unit, name integracja.Text) IndicatorRow {
		r := IndicatorRow{Code: code, Kind: kind, Unit: unit, Name: name, Index: -1}
		if i, ok := reported[code]; ok {
			in := p.Indicators[i]
			r.Stated, r.Index, r.Reported, r.Target = true, i, in.Achieved, in.Target
			r.Name, r.Kind, r.Unit = in.Name, in.Kind, in.Unit
		}
		used[code] = true
		return r
	}
	for _, m := range measureDefs {
		r := row(m.code, m.kind, indicator.UnitPeople, m.name)
		r.Computed, r.Computable = p.measure(m.code, r.Unit, asOf, ix, f, u)
		rep.Rows = append(rep.Rows, r)
	}
	// The common indicators of the scheme, then those the programme
	// reports, each once.
	var codes []string
	if st, ok := s.CommonIndicators.At(p.Period.From); ok {
		codes = append(codes, st.Value...)
	}
	for _, in := range p.Indicators {
		if c, err := indicator.LookupCommonIndicator(in.Code); err == nil && c.Code() == in.Code {
			codes = append(codes, in.Code)
		}
	}
	var cis []indicator.CommonIndicator
	for _, c := range codes {
		if used[c] {
			continue
		}
		ci, err := indicator.LookupCommonIndicator(c)
		if err != nil {
			continue
		}
		used[c] = true
		cis = append(cis, ci)
	}
	if len(cis) > 0 {
		counts, missing, ok := p.commonCounts(cis, asOf, ix)
		rep.ESFMissing = missing
		for j, ci := range cis {
			r := row(ci.Code(), ci.Kind(), indicator.UnitPeople, integracja.Text{PL: ci.Name(language.Polish), EN: ci.Name(language.English)})
			if ok && r.Unit == indicator.UnitPeople {
				r.Computed, r.Computable = counts[j], true
			}
			rep.Rows = append(rep.Rows, r)
		}
	}
	for i, in := range p.Indicators {
		if used[in.Code] {
			continue
		}
		used[in.Code] = true
		rep.Rows = append(rep.Rows, IndicatorRow{Code: in.Code, Name: in.Name, Kind: in.Kind, Unit: in.Unit,
			Stated: true, Index: i, Reported: in.Achieved, Target: in.Target})
	}
	return rep
}

// measure computes the measure code in unit as of asOf, and reports false
// when the unit is not one the measure counts in.
func (p *Programme) measure(code string, unit indicator.Unit, asOf integracja.Date, ix *index, f Flows, u *usage) (indicator.Count, bool) {
	if code == MeasureContracts {
		return p.contractCount(unit, asOf, ix)
	}
	if unit != indicator.UnitPeople {
		return indicator.Count{}, false
	}
	switch code {
	case MeasureParticipants:
		return f.Enrolled, true
	case MeasureCompleted:
		return f.Completed, true
	case MeasureDroppedOut:
		return f.DroppedOut, true
	case MeasureLeftForJob:
		return f.LeftForJob, true
	case MeasureCameBack:
		return f.CameBack, true
	case MeasureContinuing:
		return f.Continuing, true
	case MeasureFoundWork:
		return f.FoundWork, true
	case MeasureQualifications:
		var c indicator.Count
		for i := range p.Participants {
			for _, e := range p.Participants[i].Events {
				if e.Date.After(asOf) {
					break
				}
				if e.Kind.Ends() && e.Leaving.Qualification {
					c = c.Plus(ix.sex[i], 1)
					break
				}
			}
		}
		return c, true
	case MeasureSociallyUsefulWork:
		var c indicator.Count
		for i := range p.Participants {
			for ai, a := range p.Catalogue.Activities {
				if a.Group == SociallyUsefulWork && u.cell(i, ai) != (Use{}) {
					c = c.Plus(ix.sex[i], 1)
					break
				}
			}
		}
		return c, true
	}
	return indicator.Count{}, false
}

// contractCount counts the people with a contract concluded on or before
// asOf (unit people), or the contracts (unit contracts).
func (p *Programme) contractCount(unit indicator.Unit, asOf integracja.Date, ix *index) (indicator.Count, bool) {
	concluded := make(map[string]bool, len(p.Contracts))
	for _, c := range p.Contracts {
		concluded[c.Number] = c.ConcludedOn.IsZero() || !c.ConcludedOn.After(asOf)
	}
	counts := func(n string) bool {
		ok, known := concluded[n]
		return ok || (!known && len(p.Contracts) == 0)
	}
	var c indicator.Count
	switch unit {
	case indicator.UnitPeople:
		for i := range p.Participants {
			for _, n := range p.Participants[i].Contracts {
				if counts(n) {
					c = c.Plus(ix.sex[i], 1)
					break
				}
			}
		}
	case indicator.UnitContracts:
		seen := make(map[string]bool)
		for i := range p.Participants {
			for _, n := range p.Participants[i].Contracts {
				if !seen[n] && counts(n) {
					seen[n] = true
					c = c.Plus(ix.sex[i], 1)
				}
			}
		}
	default:
		return c, false
	}
	return c, true
}

// commonCounts counts the common indicators cis over the profiles of the
// participants enrolled on or before asOf, with their events up to asOf.
// It returns, by sex, the participants whose profile is not complete, and
// false when there is any.
func (p *Programme) commonCounts(cis []indicator.CommonIndicator, asOf integracja.Date, ix *index) ([]indicator.Count, indicator.Count, bool) {
	profiles := make([]indicator.Profile, 0, len(p.Participants))
	var missing indicator.Count
	for i := range p.Participants {
		pt := p.Participants[i]
		k := 0
		for k < len(pt.Events) && !pt.Events[k].Date.After(asOf) {
			k++
		}
		pt.Events = pt.Events[:k]
		if pt.StatusAt(asOf) == StatusNotEnrolled {
			continue
		}
		pr := pt.Profile()
		if pr.Validate() != nil {
			missing = missing.Plus(ix.sex[i], 1)
			continue
		}
		profiles = append(profiles, pr)
	}
	if !missing.IsZero() {
		return nil, missing, false
	}
	counts, err := indicator.CountAll(cis, profiles)
	if err != nil {
		return nil, missing, false
	}
	return counts, missing, true
}
