package examples

import (
	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// Measure says how a figure a document reports about part of a programme,
// the participants of one subgroup, comes out of the records: the code of
// the indicator in the programme's set, the measure of package programme
// that counts it ([programme.MeasureParticipants], …), and the subgroup.
// Figures about the whole programme need no Measure: an indicator whose
// code is a measure's is computed by [programme.Programme.IndicatorsAt].
type Measure struct {
	Indicator string
	Measure   string
	Subgroup  string
}

// Compute counts the measure over the participants of the subgroup as of
// asOf, by sex, as [programme.Programme.IndicatorsAt] counts it over a
// whole programme.
func (m Measure) Compute(p programme.Programme, asOf integracja.Date) indicator.Count {
	p.Participants = Members(p, m.Subgroup)
	row, _ := p.IndicatorsAt(programme.Scheme{}, asOf).Lookup(m.Measure)
	return row.Computed
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

// Indicators returns p's indicators as of asOf for scheme sc, as
// [programme.Programme.IndicatorsAt] computes them, with the figures of
// the seed's measures filled in: a row the library does not compute for a
// whole programme, and the seed computes for a subgroup, holds the
// subgroup's figure and is computable. For a user's programme, pass the
// zero Seed.
func (s Seed) Indicators(p programme.Programme, sc programme.Scheme, asOf integracja.Date) programme.IndicatorReport {
	rep := p.IndicatorsAt(sc, asOf)
	for i, row := range rep.Rows {
		if m, ok := s.Measure(row.Code); ok && !row.Computable {
			rep.Rows[i].Computed, rep.Rows[i].Computable = m.Compute(p, asOf), true
		}
	}
	return rep
}
