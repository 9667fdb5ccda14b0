package programme

import (
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/enum"
)

// Event is a dated fact of a participant's way through a programme: they
// enrolled, dropped out (with a [DropoutReason]; Note describes the reason
// "other"), left for a job, came back, completed it, took a job without
// leaving it, or was found to have made progress in social and vocational
// activation (the social efficiency criterion of the 2014–2020 projects
// under investment priority 9i; doc/law.md#efficiency). An event that ends participation (dropped out, left for a
// job, completed) may record the participant's situation on leaving as
// the ESF result indicators count it (Regulation (EU) No 1304/2013 and
// Regulation (EU) 2021/1057, Annex I); leaving for a job means being
// employed on leaving.
//
// An event takes effect on its date: a participant takes part from the day
// of enrolment or return through the day of leaving, both included, and
// the flows as of a date count the events of that date.
//
// The zero Event is not valid: it has no date and no kind.
type Event struct {
	Date    integracja.Date   `json:"date"`
	Kind    EventKind         `json:"kind"`
	Reason  DropoutReason     `json:"reason,omitzero"`
	Note    string            `json:"note,omitempty"`
	Leaving indicator.Leaving `json:"leaving,omitzero"`
}

// EventKind is what happened to a participant.
//
// The zero EventKind is EventUnspecified, which Validate reports as
// missing.
type EventKind uint8

// The kinds of event.
const (
	EventUnspecified EventKind = iota // "": not given
	Enrolled                          // "enrolled": przystąpił do programu
	DroppedOut                        // "dropped_out": przerwał udział
	LeftForJob                        // "left_for_job": zakończył udział na skutek podjęcia pracy
	CameBack                          // "came_back": powrócił do programu
	Completed                         // "completed": ukończył program
	TookJob                           // "took_job": podjął pracę, nie przerywając udziału lub po jego zakończeniu
	MadeProgress                      // "made_progress": postęp w procesie aktywizacji społeczno-zawodowej
)

var eventKinds = enum.MustNew(enum.Spec[EventKind]{
	Type: "EventKind", Kind: "event kind", KindPL: "rodzaju zdarzenia",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"", "enrolled", "dropped_out", "left_for_job", "came_back", "completed", "took_job", "made_progress"},
	Labels: []enum.Text{
		{PL: "nie podano", EN: "not given"},
		{PL: "przystąpienie do programu", EN: "enrolled"},
		{PL: "przerwanie udziału", EN: "dropped out"},
		{PL: "zakończenie udziału na skutek podjęcia pracy", EN: "left for a job"},
		{PL: "powrót do programu", EN: "came back"},
		{PL: "ukończenie programu", EN: "completed"},
		{PL: "podjęcie pracy", EN: "took a job"},
		{PL: "postęp w aktywizacji społeczno-zawodowej", EN: "progress in social and vocational activation"},
	},
})

// String returns the stable code ("enrolled", "dropped_out", …, "" for
// unspecified); an undefined value prints as "EventKind(9)".
func (k EventKind) String() string { return eventKinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k EventKind) IsValid() bool { return eventKinds.Valid(k) }

// Label returns the kind of event in the language t asks for.
func (k EventKind) Label(t language.Tag) string { return eventKinds.Label(k, t) }

// Ends reports whether an event of kind k ends participation: dropped
// out, left for a job, completed.
func (k EventKind) Ends() bool { return k == DroppedOut || k == LeftForJob || k == Completed }

// FoundLater reports whether an event of kind k may be found after the
// programme's period has ended: a job taken or progress made after
// leaving, which the efficiency criteria look for within months of it
// (doc/law.md#efficiency).
func (k EventKind) FoundLater() bool { return k == TookJob || k == MadeProgress }

// ParseEventKind parses a stable code.
func ParseEventKind(s string) (EventKind, error) { return eventKinds.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (k EventKind) MarshalText() ([]byte, error) { return eventKinds.MarshalText(k) }

// UnmarshalText parses the stable code.
func (k *EventKind) UnmarshalText(b []byte) error { return eventKinds.UnmarshalText(k, b) }

// DropoutReason is why a participant dropped out. The catalogue is drawn
// from what the programmes report; the Brzeszcze social integration club
// gave these for the nine who broke off its 2014 PO KL project: an
// alcohol binge (ciąg alkoholowy), no will to cooperate, no habit of
// regularity and self-discipline, moving away, long inpatient addiction
// treatment, and the care of children at hours that clash with the
// activities. ReasonOther takes its description in the event's Note.
//
// The zero DropoutReason is ReasonUnspecified, which Validate reports as
// missing on a dropout.
type DropoutReason uint8

// The reasons for dropping out.
const (
	ReasonUnspecified  DropoutReason = iota // "": not given
	Relapse                                 // "relapse": ciąg alkoholowy, nawrót uzależnienia
	NoCooperation                           // "no_cooperation": brak chęci do współpracy
	NoRegularity                            // "no_regularity": brak nawyków systematyczności, regularności, autodyscypliny
	MovedAway                               // "moved_away": zmiana miejsca zamieszkania
	InpatientTreatment                      // "inpatient_treatment": długoterminowe stacjonarne leczenie odwykowe
	Childcare                               // "childcare": opieka nad dziećmi w godzinach zajęć
	ReasonOther                             // "other": inna przyczyna, opisana w uwagach
)

var dropoutReasons = enum.MustNew(enum.Spec[DropoutReason]{
	Type: "DropoutReason", Kind: "dropout reason", KindPL: "przyczyny przerwania udziału",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"", "relapse", "no_cooperation", "no_regularity", "moved_away", "inpatient_treatment", "childcare", "other"},
	Labels: []enum.Text{
		{PL: "nie podano", EN: "not given"},
		{PL: "nawrót uzależnienia (ciąg alkoholowy)", EN: "relapse (an alcohol binge)"},
		{PL: "brak chęci do współpracy", EN: "no will to cooperate"},
		{PL: "brak nawyków systematyczności, regularności, autodyscypliny", EN: "no habit of regularity and self-discipline"},
		{PL: "zmiana miejsca zamieszkania", EN: "moved away"},
		{PL: "długoterminowe stacjonarne leczenie odwykowe", EN: "long inpatient addiction treatment"},
		{PL: "opieka nad dziećmi w godzinach zajęć", EN: "care of children at clashing hours"},
		{PL: "inna przyczyna", EN: "other reason"},
	},
})

// String returns the stable code ("relapse", "no_cooperation", …, "" for
// unspecified); an undefined value prints as "DropoutReason(9)".
func (r DropoutReason) String() string { return dropoutReasons.String(r) }

// IsValid reports whether r is one of the defined reasons.
func (r DropoutReason) IsValid() bool { return dropoutReasons.Valid(r) }

// Label returns the reason in the language t asks for.
func (r DropoutReason) Label(t language.Tag) string { return dropoutReasons.Label(r, t) }

// ParseDropoutReason parses a stable code.
func ParseDropoutReason(s string) (DropoutReason, error) { return dropoutReasons.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (r DropoutReason) MarshalText() ([]byte, error) { return dropoutReasons.MarshalText(r) }

// UnmarshalText parses the stable code.
func (r *DropoutReason) UnmarshalText(b []byte) error { return dropoutReasons.UnmarshalText(r, b) }

// numReasons is the number of defined dropout reasons, unspecified
// included.
const numReasons = int(ReasonOther) + 1

// Status is where a participant stands on a date: not yet enrolled,
// taking part, or out of the programme because they dropped out, left for
// a job or completed it. A participant who dropped out or left for a job
// may come back.
//
// The zero Status is StatusNotEnrolled.
type Status uint8

// The statuses of a participant.
const (
	StatusNotEnrolled Status = iota // "not_enrolled": before enrolment
	StatusActive                    // "active": taking part
	StatusDroppedOut                // "dropped_out": dropped out
	StatusLeftForJob                // "left_for_job": left for a job
	StatusCompleted                 // "completed": completed the programme
)

var statuses = enum.MustNew(enum.Spec[Status]{
	Type: "Status", Kind: "participant status", KindPL: "statusu uczestnika",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"not_enrolled", "active", "dropped_out", "left_for_job", "completed"},
	Labels: []enum.Text{
		{PL: "przed przystąpieniem", EN: "not enrolled"},
		{PL: "uczestniczy", EN: "taking part"},
		{PL: "przerwał udział", EN: "dropped out"},
		{PL: "odszedł do pracy", EN: "left for a job"},
		{PL: "ukończył", EN: "completed"},
	},
})

// String returns the stable code: "not_enrolled", "active",
// "dropped_out", "left_for_job", "completed"; an undefined value prints as
// "Status(9)".
func (s Status) String() string { return statuses.String(s) }

// Label returns the status in the language t asks for.
func (s Status) Label(t language.Tag) string { return statuses.Label(s, t) }

// ParseStatus parses a stable code.
func ParseStatus(s string) (Status, error) { return statuses.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (s Status) MarshalText() ([]byte, error) { return statuses.MarshalText(s) }

// UnmarshalText parses the stable code.
func (s *Status) UnmarshalText(b []byte) error { return statuses.UnmarshalText(s, b) }

// next is the transition table of a participant's status: the status an
// event of kind k leads to from status s, and false when the event cannot
// happen in s. Enrolment happens once; a dropout, a departure for a job
// and a completion need an active participant; only a participant who
// dropped out or left for a job comes back; a job taken, or progress
// found, while taking part or after leaving changes nothing.
func next(s Status, k EventKind) (Status, bool) {
	switch k {
	case Enrolled:
		return StatusActive, s == StatusNotEnrolled
	case DroppedOut:
		return StatusDroppedOut, s == StatusActive
	case LeftForJob:
		return StatusLeftForJob, s == StatusActive
	case Completed:
		return StatusCompleted, s == StatusActive
	case CameBack:
		return StatusActive, s == StatusDroppedOut || s == StatusLeftForJob
	case TookJob, MadeProgress:
		return s, s != StatusNotEnrolled
	}
	return s, false
}
