package programme

import (
	"slices"
	"strings"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

// Session is one meeting of an activity (zajęcia) on a date: its length in
// the activity's hours ([Catalogue.HourLengthOf]) and the participants who
// attended, one for an individual consultation or several for a group
// workshop. Group names the group of a per-group quota ("grupa I");
// Practice marks hours of practice of a quota that has them (the 40 hours
// of practice of a home carer's course). A session of an activity whose
// quota is in days or months may leave Hours empty: the day counts.
//
// Socially useful work is recorded the same way: sessions of an activity
// of the group [SociallyUsefulWork], one per participant and day worked.
//
// The zero Session is not valid: it has no activity, date or participants.
type Session struct {
	Activity     string          `json:"activity"`
	Date         integracja.Date `json:"date"`
	Hours        Hours           `json:"hours,omitzero"`
	Practice     bool            `json:"practice,omitempty"`
	Group        string          `json:"group,omitempty"`
	Participants []string        `json:"participants"`
}

// Use is how much of one activity one participant attended: hours (those
// of practice included, and also counted in Practice), and the number of
// different days and calendar months with a session, which quotas in days
// and months are held against.
type Use struct {
	Hours    Hours `json:"hours,omitzero"`
	Practice Hours `json:"practice,omitzero"`
	Days     int   `json:"days,omitempty"`
	Months   int   `json:"months,omitempty"`
}

// ActivityUse is how much of one activity the programme delivered: the
// number of sessions, their hours (each session counted once, as a group
// quota counts them), the hours summed over the participants who attended
// them, and the participants who attended at least once, by sex. For an
// activity whose quota is per group, Groups gives the use of each group,
// in the order of their names; for one whose quota is in total, Total
// gives the use of the whole programme, days and months included.
type ActivityUse struct {
	Activity     string          `json:"activity"`
	Sessions     int             `json:"sessions"`
	Hours        Hours           `json:"hours"`
	PersonHours  Hours           `json:"personHours"`
	Participants indicator.Count `json:"participants"`
	Groups       []GroupUse      `json:"groups,omitempty"`
	Total        Use             `json:"total,omitzero"`
}

// GroupUse is how much of an activity one group attended (Group is the
// name sessions give it, "" when they give none).
type GroupUse struct {
	Group string `json:"group"`
	Use   Use    `json:"use"`
}

// index holds what the computations over a programme look up many times,
// hashed once: participants by ID, activities by code, each participant's
// sex and spans of participation.
type index struct {
	byID   map[string]int32
	acts   map[string]int32
	sex    []indicator.Sex
	spells []spell
	// spellAt[i]:spellAt[i+1] are the spells of participant i.
	spellAt []int32
}

// newIndex indexes p. A repeated ID or code keeps its first occurrence,
// as Validate reports the others.
func newIndex(p *Programme) *index {
	ix := &index{
		byID:    make(map[string]int32, len(p.Participants)),
		acts:    make(map[string]int32, len(p.Catalogue.Activities)),
		sex:     make([]indicator.Sex, len(p.Participants)),
		spellAt: make([]int32, len(p.Participants)+1),
		spells:  make([]spell, 0, len(p.Participants)),
	}
	for i, a := range p.Catalogue.Activities {
		if _, dup := ix.acts[a.Code]; !dup {
			ix.acts[a.Code] = int32(i)
		}
	}
	for i := range p.Participants {
		pt := &p.Participants[i]
		if _, dup := ix.byID[pt.ID]; !dup {
			ix.byID[pt.ID] = int32(i)
		}
		ix.sex[i] = pt.EffectiveSex()
		ix.spells = pt.appendSpells(ix.spells)
		ix.spellAt[i+1] = int32(len(ix.spells))
	}
	return ix
}

// active reports whether participant i takes part on day d.
func (ix *index) active(i int32, d integracja.Date) bool {
	for _, s := range ix.spells[ix.spellAt[i]:ix.spellAt[i+1]] {
		if s.contains(d) {
			return true
		}
	}
	return false
}

// usage is what the sessions of a programme add up to, as of a date: one
// [Use] per participant and activity, one [ActivityUse] per activity, and
// the hours and days of each group and of each activity in total, which
// per-group and total quotas are held against.
type usage struct {
	nAct  int
	cells []Use // cells[participant*nAct+activity]
	acts  []ActivityUse
	// groups holds the hours and days of each (activity, group) of the
	// activities whose quota is per group; totals those of each activity
	// whose quota is in total, by activity index.
	groups map[groupKey]*Use
	totals []Use
}

type groupKey struct {
	act   int32
	group string
}

// dayKey names a day (or, with day 0, a month) counted for a cell: who is
// the participant's index, -1 for a group of a per-group quota (named by
// group) and -2 for the total of an activity.
type dayKey struct {
	who   int32
	act   int32
	group string
	date  integracja.Date
}

// tally adds up the sessions of p dated on or before asOf (all sessions
// when asOf is the zero Date) that name a known activity, counting only
// the participants p knows. Sessions Validate rejects for other reasons
// are counted as they are.
func tally(p *Programme, ix *index, asOf integracja.Date) *usage {
	acts := p.Catalogue.Activities
	u := &usage{
		nAct:   len(acts),
		cells:  make([]Use, len(p.Participants)*len(acts)),
		acts:   make([]ActivityUse, len(acts)),
		totals: make([]Use, len(acts)),
	}
	for i, a := range acts {
		u.acts[i].Activity = a.Code
	}
	// The different days and months are counted only for quotas in days
	// or months, the rare case; hours need no set.
	var seen map[dayKey]bool
	countDays := make([]bool, len(acts))
	for i, a := range acts {
		countDays[i] = a.Quota.Days != 0 || a.Quota.Months != 0
	}
	attended := make([]bool, len(u.cells))
	for si := range p.Attendance {
		s := &p.Attendance[si]
		if !asOf.IsZero() && s.Date.After(asOf) {
			continue
		}
		ai, ok := ix.acts[s.Activity]
		if !ok {
			continue
		}
		a := &acts[ai]
		au := &u.acts[ai]
		au.Sessions++
		au.Hours = au.Hours.Add(s.Hours)
		var practice Hours
		if s.Practice {
			practice = s.Hours
		}
		switch a.Quota.Per {
		case PerGroup:
			if u.groups == nil {
				u.groups = make(map[groupKey]*Use)
			}
			k := groupKey{act: ai, group: s.Group}
			g := u.groups[k]
			if g == nil {
				g = &Use{}
				u.groups[k] = g
			}
			g.add(s.Hours, practice)
			if countDays[ai] {
				seen = g.addDay(seen, dayKey{who: -1, act: ai, group: s.Group, date: s.Date})
			}
		case InTotal:
			u.totals[ai].add(s.Hours, practice)
			if countDays[ai] {
				seen = u.totals[ai].addDay(seen, dayKey{who: -2, act: ai, date: s.Date})
			}
		}
		for _, id := range s.Participants {
			pi, ok := ix.byID[id]
			if !ok {
				continue
			}
			c := int(pi)*u.nAct + int(ai)
			cell := &u.cells[c]
			cell.add(s.Hours, practice)
			if countDays[ai] {
				seen = cell.addDay(seen, dayKey{who: pi, act: ai, date: s.Date})
			}
			au.PersonHours = au.PersonHours.Add(s.Hours)
			if !attended[c] {
				attended[c] = true
				au.Participants = au.Participants.Plus(ix.sex[pi], 1)
			}
		}
	}
	for k, g := range u.groups {
		u.acts[k.act].Groups = append(u.acts[k.act].Groups, GroupUse{Group: k.group, Use: *g})
	}
	for ai := range u.acts {
		slices.SortFunc(u.acts[ai].Groups, func(a, b GroupUse) int { return strings.Compare(a.Group, b.Group) })
		u.acts[ai].Total = u.totals[ai]
	}
	return u
}

// add counts hours, of which practice.
func (c *Use) add(h, practice Hours) {
	c.Hours = c.Hours.Add(h)
	c.Practice = c.Practice.Add(practice)
}

// addDay counts the day of k, and its month, unless already counted; it
// returns the set of counted days and months, made on first use.
func (c *Use) addDay(seen map[dayKey]bool, k dayKey) map[dayKey]bool {
	if seen == nil {
		seen = make(map[dayKey]bool)
	}
	if !seen[k] {
		seen[k] = true
		c.Days++
	}
	m := k
	m.date = integracja.Date{Year: k.date.Year, Month: k.date.Month}
	if !seen[m] {
		seen[m] = true
		c.Months++
	}
	return seen
}

// cell returns the use of activity ai by participant pi.
func (u *usage) cell(pi, ai int) Use { return u.cells[pi*u.nAct+ai] }
