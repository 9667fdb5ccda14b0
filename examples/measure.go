package examples

import (
	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// Figure is what a [Measure] counts in a programme's records.
type Figure uint8

// The figures a measure counts. All but Contracts count people by sex.
const (
	// Enrolled: the people who enrolled ([programme.Flows.Enrolled]).
	Enrolled Figure = iota + 1
	// WithContract: the people who carry a contract number.
	WithContract
	// Contracts: the different contract numbers the people carry, a
	// number of contracts, not of people.
	Contracts
	// DroppedOut, LeftForJob, CameBack, Completed, Continuing and
	// FoundWork: the flows of [programme.Flows].
	DroppedOut
	LeftForJob
	CameBack
	Completed
	Continuing
	FoundWork
	// Qualified: the people who left with a qualification
	// ([indicator.Leaving.Qualification] of their profile).
	Qualified
	// Attended: the people who attended the measure's activity at least
	// once ([programme.ActivityUse.Participants]).
	Attended
)

// Measure says how a figure a document reports as one of a programme's
// indicators comes out of the programme's records: the indicator's code,
// the [Figure] counted, and, to count only part of the programme, the
// subgroup whose participants count (Subgroup) or the activity attended
// (Activity, for [Attended]).
type Measure struct {
	Indicator string
	Figure    Figure
	Subgroup  string
	Activity  string
}

// Compute counts the measure's figure in p as of asOf, by sex.
func (m Measure) Compute(p programme.Programme, asOf integracja.Date) indicator.Count {
	if m.Subgroup != "" {
		p.Participants = Members(p, m.Subgroup)
	}
	var c indicator.Count
	switch m.Figure {
	case WithContract:
		for _, pt := range p.Participants {
			if len(pt.Contracts) > 0 && enrolledBy(pt, asOf) {
				c = c.Plus(pt.EffectiveSex(), 1)
			}
		}
		return c
	case Contracts:
		seen := make(map[string]bool)
		for _, pt := range p.Participants {
			for _, n := range pt.Contracts {
				if !seen[n] && enrolledBy(pt, asOf) {
					seen[n] = true
					c.Unspecified++
				}
			}
		}
		return c
	case Qualified:
		for _, pt := range p.Participants {
			pr := pt.Profile()
			if pr.Leaving.Qualification && !pr.Exit.IsZero() && !pr.Exit.After(asOf) {
				c = c.Plus(pt.EffectiveSex(), 1)
			}
		}
		return c
	}
	f := p.Flows(asOf)
	switch m.Figure {
	case Enrolled:
		return f.Enrolled
	case DroppedOut:
		return f.DroppedOut
	case LeftForJob:
		return f.LeftForJob
	case CameBack:
		return f.CameBack
	case Completed:
		return f.Completed
	case Continuing:
		return f.Continuing
	case FoundWork:
		return f.FoundWork
	case Attended:
		for _, a := range f.Activities {
			if a.Activity == m.Activity {
				return a.Participants
			}
		}
	}
	return c
}

// enrolledBy reports whether pt enrolled on or before d.
func enrolledBy(pt programme.Participant, d integracja.Date) bool {
	return pt.StatusAt(d) != programme.StatusNotEnrolled
}

// Members returns the participants of p who belong to the subgroup with
// the given code, in the order of the records.
func Members(p programme.Programme, subgroup string) []programme.Participant {
	var out []programme.Participant
	for _, pt := range p.Participants {
		for _, s := range pt.Subgroups {
			if s == subgroup {
				out = append(out, pt)
				break
			}
		}
	}
	return out
}

// Agrees reports whether a figure computed from the records agrees with
// the one a document reports: the same people by sex, or, when the
// document gives a total only (no women, no men), the same total.
func Agrees(reported, computed indicator.Count) bool {
	if reported.Women == 0 && reported.Men == 0 {
		return reported.Total() == computed.Total()
	}
	return reported == computed
}
