package programme

import (
	"fmt"
	"log/slog"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/mask"
)

// Participant is a pseudonymous record of one participant (uczestnik
// projektu): an ID that stays the same across the editions of a programme,
// sex and birth date, the numbers of the contracts (kontrakty socjalne,
// art. 108 u.p.s.) they took part under, the subgroups they belong to, the
// ESF data beyond sex and age, and the dated [Event]s of their way through
// the programme.
//
// Names and PESEL are never required. A host that holds the person may
// attach its [contract.Person]; sex and birth date then come from it
// (from the PESEL when it has one) unless the record states them, and a
// stated value that contradicts the person is reported by Validate, never
// replaced. Synthetic marks a record made up to stand behind a document's
// totals, not a real person.
//
// The birth date is personal data: [Participant.String], every fmt verb,
// [Participant.LogValue] and every error show the ID and sex only.
//
// The zero Participant is not valid: it has no ID and no events.
type Participant struct {
	ID          string           `json:"id"`
	Sex         indicator.Sex    `json:"sex,omitempty"`
	BirthDate   BirthDate        `json:"birthDate,omitzero"`
	Person      *contract.Person `json:"person,omitempty"`
	Synthetic   bool             `json:"synthetic,omitempty"`
	Contracts   []string         `json:"contracts,omitempty"`
	Subgroups   []string         `json:"subgroups,omitempty"`
	ESF         ESFRecord        `json:"esf,omitzero"`
	Eligibility Eligibility      `json:"eligibility,omitzero"`
	Events      []Event          `json:"events"`
}

// ESFRecord is what ESF reporting records of a participant besides sex,
// birth date, the dates of entry and exit and the situation on leaving,
// which the participant record and its events hold: the labour-market
// status and education at entry, the characteristics the common output
// indicators count, and the situation six months after leaving
// (Regulation (EU) No 1304/2013, Annex I; Regulation (EU) 2021/1057,
// Annex I). [Participant.Profile] joins it all into an
// [indicator.Profile]. The fields mean what the same fields of
// [indicator.Profile] mean; those marked sensitive there may be left
// unanswered.
//
// The zero ESFRecord is "not recorded".
type ESFRecord struct {
	Status               indicator.LabourStatus `json:"status,omitzero"`
	Education            indicator.Education    `json:"education,omitzero"`
	Disability           bool                   `json:"disability,omitempty"`
	ThirdCountryNational bool                   `json:"thirdCountryNational,omitempty"`
	ForeignBackground    bool                   `json:"foreignBackground,omitempty"`
	Minority             bool                   `json:"minority,omitempty"`
	Homeless             bool                   `json:"homeless,omitempty"`
	Rural                bool                   `json:"rural,omitempty"`
	OtherDisadvantaged   bool                   `json:"otherDisadvantaged,omitempty"`
	Later                indicator.Later        `json:"later,omitzero"`
}

// IsZero reports whether nothing is recorded.
func (r ESFRecord) IsZero() bool { return r == ESFRecord{} }

// Subgroup is a group of participants with extra or different activities
// (Siewierz 2011: the participants with alcohol problems, with a
// disability, with difficulties in bringing up children). Participants and
// activities refer to it by Code.
//
// The zero Subgroup is not valid: it has no code and no name.
type Subgroup struct {
	Code string          `json:"code"`
	Name integracja.Text `json:"name"`
}

// EffectiveSex returns the stated Sex, or, when none is stated, the sex of
// the attached person (from the PESEL when it has one).
func (p Participant) EffectiveSex() indicator.Sex {
	if p.Sex == indicator.SexUnspecified && p.Person != nil {
		return p.Person.EffectiveSex()
	}
	return p.Sex
}

// EffectiveBirthDate returns the stated birth date, or, when none is
// stated, the attached person's (from the PESEL when it has one).
func (p Participant) EffectiveBirthDate() BirthDate {
	if p.BirthDate.IsZero() && p.Person != nil {
		return NewBirthDate(p.Person.EffectiveBirthDate())
	}
	return p.BirthDate
}

// StatusAt returns where the participant stands at the end of day d, after
// the events of that day. Events the lifecycle does not allow (see
// Validate) are passed over.
func (p Participant) StatusAt(d integracja.Date) Status { return p.walk(d, nil) }

// walk goes through the events dated on or before asOf that the lifecycle
// allows, in order, calling f (when not nil) with each and the status it
// leads to, and returns the status at the end of asOf.
func (p *Participant) walk(asOf integracja.Date, f func(e *Event, to Status)) Status {
	s := StatusNotEnrolled
	for i := range p.Events {
		e := &p.Events[i]
		if e.Date.After(asOf) {
			break
		}
		n, ok := next(s, e.Kind)
		if !ok {
			continue
		}
		if f != nil {
			f(e, n)
		}
		s = n
	}
	return s
}

// ActiveOn reports whether the participant takes part on day d: from the
// day of enrolment or return through the day of leaving, both included.
func (p Participant) ActiveOn(d integracja.Date) bool {
	for _, sp := range p.appendSpells(nil) {
		if sp.contains(d) {
			return true
		}
	}
	return false
}

// spell is a span of days of participation; open when it has not ended.
type spell struct {
	from, to integracja.Date
	open     bool
}

func (s spell) contains(d integracja.Date) bool {
	return !d.Before(s.from) && (s.open || !d.After(s.to))
}

// appendSpells appends to out the spans of participation the events make,
// passing over events the lifecycle does not allow.
func (p *Participant) appendSpells(out []spell) []spell {
	first := len(out)
	s := StatusNotEnrolled
	for _, e := range p.Events {
		n, ok := next(s, e.Kind)
		if !ok {
			continue
		}
		switch {
		case s != StatusActive && n == StatusActive:
			out = append(out, spell{from: e.Date, open: true})
		case s == StatusActive && n != StatusActive && len(out) > first:
			out[len(out)-1].to, out[len(out)-1].open = e.Date, false
		}
		s = n
	}
	return out
}

// Profile returns the participant as the ESF common indicators count them:
// sex and birth date ([Participant.EffectiveSex],
// [Participant.EffectiveBirthDate]), the date of first enrolment as the
// entry, the date of the last event that ended participation as the exit
// (none while the participant takes part), the situation recorded on that
// event (employed, for leaving for a job), and the [ESFRecord]. The
// profile holds the birth date in full: it is personal data.
func (p Participant) Profile() indicator.Profile {
	r := p.ESF
	pr := indicator.Profile{
		Sex: p.EffectiveSex(), BirthDate: p.EffectiveBirthDate().Reveal(),
		Status: r.Status, Education: r.Education, Disability: r.Disability,
		ThirdCountNational: r.ThirdCountryNational, ForeignBackground: r.ForeignBackground,
		Minority: r.Minority, Homeless: r.Homeless, Rural: r.Rural, OtherDisadvantaged: r.OtherDisadvantaged,
		Later: r.Later,
	}
	s := StatusNotEnrolled
	for _, e := range p.Events {
		n, ok := next(s, e.Kind)
		if !ok {
			continue
		}
		switch {
		case e.Kind == Enrolled:
			pr.Entry = e.Date
		case e.Kind.Ends():
			pr.Exit, pr.Leaving = e.Date, e.Leaving
			if e.Kind == LeftForJob {
				pr.Leaving.Employed = true
			}
		case e.Kind == CameBack:
			pr.Exit, pr.Leaving = integracja.Date{}, indicator.Leaving{}
		}
		s = n
	}
	return pr
}

// String returns "uczestnik " with the ID and sex: "uczestnik P-017
// (kobieta)".
// It never shows the birth date or the attached person.
func (p Participant) String() string {
	id := p.maskedID()
	if id == "" {
		id = "?"
	}
	s := "uczestnik " + id
	if sex := p.EffectiveSex(); sex != indicator.SexUnspecified {
		s += " (" + sex.Label(language.Polish) + ")"
	}
	return s
}

// Format makes every fmt verb print [Participant.String], so that a
// participant printed by accident, alone or inside a struct, shows no
// personal data.
func (p Participant) Format(f fmt.State, verb rune) { mask.Format(f, verb, p.String()) }

// LogValue makes log/slog print the ID, the sex and the number of events,
// and nothing personal.
func (p Participant) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", p.maskedID()),
		slog.String("sex", p.EffectiveSex().String()),
		slog.Int("events", len(p.Events)),
	)
}

// maskedID is the ID, masked as [contract.PESEL] is when it is eleven
// digits: a PESEL used as an ID, which Validate refuses, still never shows.
func (p Participant) maskedID() string {
	if len(p.ID) == 11 && isDigits(p.ID) {
		return "*******" + p.ID[7:]
	}
	return p.ID
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
