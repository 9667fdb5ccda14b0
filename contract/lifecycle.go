package contract

import (
	"bytes"
	"database/sql/driver"
	"encoding/json"
	"fmt"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// State is where a contract stands in its lifecycle: drafted, in force,
// suspended, run to its end, or ended early. The state says nothing about
// whether the contract's goals were achieved; that is recorded in the
// contract's evaluation (template part III, "ocena realizacji kontraktu"),
// separately.
//
// The zero State is Draft.
type State uint8

// The states of a contract.
const (
	// Draft: drawn up, not yet signed (niepodpisany; not "projekt", the
	// word for an ESF project in this domain).
	Draft State = iota
	// Active: signed and in force (w realizacji).
	Active
	// Suspended: in force but paused, for example while the client is in
	// inpatient treatment (zawieszony).
	Suspended
	// Completed: run to its planned end (zakończony). Whether its goals
	// were achieved is a separate fact.
	Completed
	// Terminated: ended before its planned end, with a [Reason]
	// (rozwiązany), or never signed.
	Terminated
)

var stateEnum = enum.MustNew(enum.Spec[State]{
	Type: "State", Kind: "contract state", KindPL: "stanu kontraktu",
	Codes: []string{"draft", "active", "suspended", "completed", "terminated"},
	Labels: []enum.Text{
		{PL: "niepodpisany", EN: "draft"},
		{PL: "w realizacji", EN: "active"},
		{PL: "zawieszony", EN: "suspended"},
		{PL: "zakończony", EN: "completed"},
		{PL: "rozwiązany", EN: "terminated"},
	},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "draft", "active", "suspended",
// "completed", "terminated". An undefined value prints as "State(9)".
func (s State) String() string { return stateEnum.String(s) }

// IsValid reports whether s is one of the defined states.
func (s State) IsValid() bool { return stateEnum.Valid(s) }

// IsFinal reports whether s is Completed or Terminated: no change leads out
// of a final state.
func (s State) IsFinal() bool { return s == Completed || s == Terminated }

// Label returns the name of the state in the language t asks for:
// "w realizacji", "active".
func (s State) Label(t language.Tag) string { return stateEnum.Label(s, t) }

// ParseState parses a stable code of [State.String].
func ParseState(s string) (State, error) { return stateEnum.Parse(s) }

// MarshalText returns the stable code; an undefined State is an error.
func (s State) MarshalText() ([]byte, error) { return stateEnum.MarshalText(s) }

// UnmarshalText parses the stable code; on error s is unchanged.
func (s *State) UnmarshalText(b []byte) error { return stateEnum.UnmarshalText(s, b) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined State is an error.
func (s State) Value() (driver.Value, error) { return stateEnum.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *State) Scan(src any) error { return stateEnum.Scan(s, src) }

// Reason is why a contract was terminated or suspended (przyczyna
// rozwiązania lub zawieszenia), or why it was never concluded. The list
// follows the reasons programmes report for participants who leave (the
// KIS of the OPS in Brzeszcze, 2014: a job, lack of will to cooperate,
// moving away, long-term inpatient addiction treatment, care of
// children…). Three of them are, in the statute's words, the grounds of
// art. 11 ust. 2 u.p.s. (t.j. Dz.U. 2023 poz. 901) on which a caseworker
// may refuse, revoke or suspend benefits: "brak współdziałania …
// z pracownikiem socjalnym" ([ReasonNoCooperation]), "odmowa zawarcia
// kontraktu socjalnego" ([ReasonRefusal], dated by the event that ends a
// contract never signed) and "niedotrzymanie jego postanowień"
// ([ReasonNonCompliance]); see doc/law.md#art-11. The reason records the
// fact, it applies no sanction.
//
// The zero Reason is ReasonNone: no reason given.
type Reason uint8

// The reasons for ending or suspending a contract.
const (
	ReasonNone          Reason = iota // no reason given
	ReasonJob                         // left for a job (podjęcie pracy)
	ReasonNonCompliance               // terms not kept (niedotrzymanie postanowień kontraktu socjalnego)
	ReasonMovedAway                   // moved away (zmiana miejsca zamieszkania)
	ReasonTreatment                   // treatment, e.g. inpatient addiction treatment (podjęcie leczenia)
	ReasonCareDuties                  // care duties (obowiązki opiekuńcze)
	ReasonNoCooperation               // lack of cooperation (brak współdziałania z pracownikiem socjalnym)
	ReasonDeath                       // death (zgon)
	ReasonWithdrawal                  // the client withdrew (rezygnacja)
	ReasonOther                       // another reason, described in the event's note
	// ReasonRefusal is the client's refusal to conclude the social
	// contract (odmowa zawarcia kontraktu socjalnego), recorded as the
	// dated event that ends a contract never signed, draft → terminated:
	//
	//	l, err = l.Terminate(d, contract.ReasonRefusal, "")
	ReasonRefusal
)

var reasonEnum = enum.MustNew(enum.Spec[Reason]{
	Type: "Reason", Kind: "reason", KindPL: "przyczyny",
	Codes: []string{"none", "job", "non_compliance", "moved_away", "treatment", "care_duties",
		"no_cooperation", "death", "withdrawal", "other", "refusal_to_conclude"},
	Labels: []enum.Text{
		{PL: "brak przyczyny", EN: "no reason"},
		{PL: "podjęcie pracy", EN: "took up a job"},
		{PL: "niedotrzymanie postanowień kontraktu socjalnego", EN: "terms of the social contract not kept"},
		{PL: "zmiana miejsca zamieszkania", EN: "moved away"},
		{PL: "podjęcie leczenia", EN: "treatment"},
		{PL: "obowiązki opiekuńcze", EN: "care duties"},
		{PL: "brak współdziałania z pracownikiem socjalnym", EN: "lack of cooperation with the social worker"},
		{PL: "zgon", EN: "death"},
		{PL: "rezygnacja", EN: "withdrawal"},
		{PL: "inna przyczyna", EN: "other reason"},
		{PL: "odmowa zawarcia kontraktu socjalnego", EN: "refusal to conclude the social contract"},
	},
	Aliases: map[string]Reason{"": ReasonNone},
	Errors:  integracja.EnumErrors{},
})

// String returns the stable code: "none", "job", "non_compliance",
// "moved_away", "treatment", "care_duties", "no_cooperation", "death",
// "withdrawal", "other", "refusal_to_conclude". An undefined value prints
// as "Reason(99)".
func (r Reason) String() string { return reasonEnum.String(r) }

// IsValid reports whether r is one of the defined reasons.
func (r Reason) IsValid() bool { return reasonEnum.Valid(r) }

// Label returns the reason in the language t asks for: "podjęcie pracy",
// "took up a job".
func (r Reason) Label(t language.Tag) string { return reasonEnum.Label(r, t) }

// ParseReason parses a stable code of [Reason.String]; an empty text is
// ReasonNone too.
func ParseReason(s string) (Reason, error) { return reasonEnum.Parse(s) }

// MarshalText returns the stable code; an undefined Reason is an error.
func (r Reason) MarshalText() ([]byte, error) { return reasonEnum.MarshalText(r) }

// UnmarshalText accepts what [ParseReason] accepts; on error r is
// unchanged.
func (r *Reason) UnmarshalText(b []byte) error { return reasonEnum.UnmarshalText(r, b) }

// Value stores r as its stable code, a string, for database/sql; an
// undefined Reason is an error.
func (r Reason) Value() (driver.Value, error) { return reasonEnum.Value(r) }

// Scan reads the stable code from a text column; a number is an error,
// and on error r is unchanged.
func (r *Reason) Scan(src any) error { return reasonEnum.Scan(r, src) }

// CanTransition reports whether a contract may go from state from to state
// to. The allowed changes are: draft → active (signed); active → suspended;
// suspended → active (resumed); active → completed; active or suspended →
// terminated; and draft → terminated, which records a contract the client
// never signed (withdrew, or refused to conclude it, [ReasonRefusal] —
// itself an art. 11 ust. 2 u.p.s. ground a caseworker may act on). Nothing
// leaves completed or terminated, and no state changes to itself.
func CanTransition(from, to State) bool {
	switch from {
	case Draft:
		return to == Active || to == Terminated
	case Active:
		return to == Suspended || to == Completed || to == Terminated
	case Suspended:
		return to == Active || to == Terminated
	}
	return false
}

// TransitionError reports a change of state that [CanTransition] does not
// allow. errors.Is(err, integracja.ErrTransition) holds for it.
// It is also what [Lifecycle.Sign] returns for a contract that is not a
// draft, and [Lifecycle.Resume] for one that is not suspended, even though
// both would lead to active.
type TransitionError struct {
	From, To State
	op       op // the method that refused, when its own rule did
}

// op names the Lifecycle methods whose rule is narrower than CanTransition.
type op uint8

const (
	opNone op = iota
	opSign
	opResume
)

// Error returns the problem in English, naming both states: "contract:
// state change not allowed: from draft to completed".
func (e *TransitionError) Error() string { return "contract: " + e.Message(language.English) }

// Message returns the problem in the language t asks for: "niedozwolona
// zmiana stanu: z „niepodpisany” na „zakończony”".
func (e *TransitionError) Message(t language.Tag) string {
	var s string
	if integracja.IsEnglish(t) {
		s = fmt.Sprintf("%s: from %s to %s", integracja.ErrTransition.Message(t), e.From.Label(t), e.To.Label(t))
	} else {
		s = fmt.Sprintf("%s: z „%s” na „%s”", integracja.ErrTransition.Message(t), e.From.Label(t), e.To.Label(t))
	}
	switch e.op {
	case opSign:
		s += integracja.Text{PL: " (podpisać można tylko kontrakt jeszcze niepodpisany)", EN: " (only a draft can be signed)"}.In(t)
	case opResume:
		s += integracja.Text{PL: " (wznowić można tylko kontrakt zawieszony)", EN: " (only a suspended contract can be resumed)"}.In(t)
	}
	return s
}

// Unwrap returns [integracja.ErrTransition].
func (e *TransitionError) Unwrap() error { return integracja.ErrTransition }

// Event is one dated change of a contract's state, kept for good: the date
// it took effect, the states before and after, the reason (required for a
// termination, allowed for a suspension) and a free note. The note may hold
// personal data; this package never prints it in errors.
type Event struct {
	Date   integracja.Date `json:"date"`
	From   State           `json:"from"`
	To     State           `json:"to"`
	Reason Reason          `json:"reason,omitzero"`
	Note   string          `json:"note,omitempty"`
}

// Lifecycle is the history of a contract's state: the dated [Event] values
// in the order they happened. The current state is the state the last
// event led to. Lifecycle is a value: every method that adds an event
// returns a new Lifecycle and leaves the receiver as it was, so an earlier
// lifecycle stays readable. A method that refuses a change returns the
// receiver unchanged together with the error: a [*TransitionError] for a
// change of state that is not allowed, [*integracja.FieldError] values for
// a missing, invalid or out-of-order date or a missing reason.
//
// The zero Lifecycle is a draft with no events.
type Lifecycle struct {
	events []Event
}

// NewLifecycle returns a lifecycle holding events as given (copied), for
// example as read from storage. It does not check them; [Lifecycle.Validate]
// does.
func NewLifecycle(events ...Event) Lifecycle {
	if len(events) == 0 {
		return Lifecycle{}
	}
	return Lifecycle{events: append([]Event(nil), events...)}
}

// State returns the current state: the state the last event led to, or
// Draft when there are no events.
func (l Lifecycle) State() State {
	if len(l.events) == 0 {
		return Draft
	}
	return l.events[len(l.events)-1].To
}

// StateAt returns the state in force at the end of day d: the state the
// last event dated on or before d led to, or Draft before the first event.
// The events are taken in order; for a lifecycle that does not validate the
// answer is that of its events as they stand.
func (l Lifecycle) StateAt(d integracja.Date) State {
	s := Draft
	for _, e := range l.events {
		if e.Date.After(d) {
			break
		}
		s = e.To
	}
	return s
}

// Events returns a copy of the events, oldest first; nil when there are
// none.
func (l Lifecycle) Events() []Event {
	if len(l.events) == 0 {
		return nil
	}
	return append([]Event(nil), l.events...)
}

// Len returns the number of events.
func (l Lifecycle) Len() int { return len(l.events) }

// Sign records that the contract was signed on d: draft → active. Only a
// draft can be signed.
func (l Lifecycle) Sign(d integracja.Date) (Lifecycle, error) {
	if s := l.State(); s != Draft {
		return l, &TransitionError{From: s, To: Active, op: opSign}
	}
	return l.add(d, Active, ReasonNone, "")
}

// Suspend records that the contract was suspended on d, active →
// suspended, with a reason ([ReasonTreatment], [ReasonCareDuties]…, or
// ReasonNone when none is given) and an optional note.
func (l Lifecycle) Suspend(d integracja.Date, r Reason, note string) (Lifecycle, error) {
	return l.add(d, Suspended, r, note)
}

// Resume records that a suspended contract was resumed on d: suspended →
// active. Only a suspended contract can be resumed.
func (l Lifecycle) Resume(d integracja.Date) (Lifecycle, error) {
	if s := l.State(); s != Suspended {
		return l, &TransitionError{From: s, To: Active, op: opResume}
	}
	return l.add(d, Active, ReasonNone, "")
}

// Complete records that the contract ran to its end on d: active →
// completed.
func (l Lifecycle) Complete(d integracja.Date) (Lifecycle, error) {
	return l.add(d, Completed, ReasonNone, "")
}

// Terminate records that the contract was ended early on d for reason r,
// which is required, with an optional note: active, suspended or draft →
// terminated (see [CanTransition]).
func (l Lifecycle) Terminate(d integracja.Date, r Reason, note string) (Lifecycle, error) {
	return l.add(d, Terminated, r, note)
}

// add appends the event that leads to state to. On any problem it returns l
// unchanged and every problem: a [*TransitionError] for a change that is
// not allowed, and [*integracja.FieldError] values (paths
// "events[3].date", "events[3].reason") for a missing or invalid date, a
// date before the previous event, and a missing or misplaced reason.
func (l Lifecycle) add(d integracja.Date, to State, r Reason, note string) (Lifecycle, error) {
	ev := Event{Date: d, From: l.State(), To: to, Reason: r, Note: note}
	var errs []error
	if !CanTransition(ev.From, ev.To) {
		errs = append(errs, &TransitionError{From: ev.From, To: ev.To})
	}
	errs = append(errs, checkEvent(integracja.NewPath("events").Index(len(l.events)), ev, l.last())...)
	switch len(errs) {
	case 0:
		events := make([]Event, len(l.events), len(l.events)+1)
		copy(events, l.events)
		return Lifecycle{events: append(events, ev)}, nil
	case 1:
		return l, errs[0]
	}
	return l, integracja.Join(errs...)
}

// last returns a pointer to a copy of the last event, or nil.
func (l Lifecycle) last() *Event {
	if len(l.events) == 0 {
		return nil
	}
	e := l.events[len(l.events)-1]
	return &e
}

// checkEvent reports the problems of e's date and reason at path at, given
// the event before it (nil for the first).
func checkEvent(at integracja.Path, e Event, prev *Event) []error {
	var errs []error
	if err := integracja.ValidateDate(at.Child("date"), e.Date); err != nil {
		errs = append(errs, err)
	} else if prev != nil && prev.Date.IsValid() && e.Date.Before(prev.Date) {
		errs = append(errs, integracja.Inconsistent(at.Child("date"), "", integracja.Text{
			PL: "zdarzenie z " + e.Date.Format(language.Polish) + " jest wcześniejsze niż poprzednie (" + prev.Date.Format(language.Polish) + ")",
			EN: "the event of " + e.Date.Format(language.English) + " comes before the previous one (" + prev.Date.Format(language.English) + ")"}))
	}
	switch {
	case !e.Reason.IsValid():
		errs = append(errs, integracja.Invalid(at.Child("reason"), e.Reason.String(), integracja.Text{
			PL: "nieznana przyczyna", EN: "undefined reason"}))
	case e.To == Terminated && e.Reason == ReasonNone:
		errs = append(errs, integracja.NewFieldError(at.Child("reason"), integracja.ErrRequired, "", integracja.Text{
			PL: "rozwiązanie kontraktu wymaga podania przyczyny", EN: "a termination needs a reason"}))
	case e.Reason != ReasonNone && e.To != Terminated && e.To != Suspended:
		errs = append(errs, integracja.Invalid(at.Child("reason"), "", integracja.Text{
			PL: "przyczynę podaje się tylko przy zawieszeniu lub rozwiązaniu",
			EN: "only a suspension or a termination has a reason"}))
	case e.Reason == ReasonRefusal && (e.From != Draft || e.To != Terminated):
		errs = append(errs, integracja.Invalid(at.Child("reason"), "", integracja.Text{
			PL: "odmowa zawarcia kontraktu socjalnego kończy kontrakt, którego nie podpisano",
			EN: "a refusal to conclude the social contract ends a contract that was never signed"}))
	}
	return errs
}

// Validate reports every problem of the events as [*integracja.FieldError]
// values joined into one error, with paths such as "events[2].date": a
// missing or invalid date, or one before the previous event's
// ([integracja.ErrInconsistent]); an undefined state; a From that is not
// the state the previous event led to (Draft for the first event;
// [integracja.ErrInconsistent]); a change [CanTransition] does not allow
// (a [*TransitionError], so errors.Is(err, integracja.ErrTransition)); a
// termination without a reason, or a reason on a change that has none.
func (l Lifecycle) Validate() error {
	var errs []error
	var prev *Event
	for i, e := range l.events {
		at := integracja.NewPath("events").Index(i)
		errs = append(errs, checkEvent(at, e, prev)...)
		want := Draft
		if prev != nil {
			want = prev.To
		}
		switch {
		case !e.From.IsValid():
			errs = append(errs, integracja.Invalid(at.Child("from"), e.From.String(), integracja.Text{
				PL: "nieznany stan", EN: "undefined state"}))
		case want.IsValid() && e.From != want && prev == nil:
			errs = append(errs, integracja.Inconsistent(at.Child("from"), "", integracja.Text{
				PL: "pierwsze zdarzenie zaczyna się od stanu „" + e.From.Label(language.Polish) + "”, a kontrakt zaczyna się w stanie „" + want.Label(language.Polish) + "”",
				EN: "the first event starts from the state " + e.From.Label(language.English) + ", and a contract starts in the state " + want.Label(language.English)}))
		case want.IsValid() && e.From != want:
			errs = append(errs, integracja.Inconsistent(at.Child("from"), "", integracja.Text{
				PL: "zdarzenie zaczyna się od stanu „" + e.From.Label(language.Polish) + "”, a po poprzednim zdarzeniu kontrakt był w stanie „" + want.Label(language.Polish) + "”",
				EN: "the event starts from the state " + e.From.Label(language.English) + ", and the previous one left the state " + want.Label(language.English)}))
		}
		switch {
		case !e.To.IsValid():
			errs = append(errs, integracja.Invalid(at.Child("to"), e.To.String(), integracja.Text{
				PL: "nieznany stan", EN: "undefined state"}))
		case e.From.IsValid() && !CanTransition(e.From, e.To):
			errs = append(errs, integracja.NewFieldError(at.Child("to"), &TransitionError{From: e.From, To: e.To}, "", integracja.Text{}))
		}
		prev = &l.events[i]
	}
	return integracja.Join(errs...)
}

// SignedOn returns the date of the signing (the draft → active event) and
// true, or false if the contract was never signed.
func (l Lifecycle) SignedOn() (integracja.Date, bool) {
	for _, e := range l.events {
		if e.From == Draft && e.To == Active {
			return e.Date, true
		}
	}
	return integracja.Date{}, false
}

// EndedOn returns the date the contract was completed or terminated and
// true, or false if its current state is not final.
func (l Lifecycle) EndedOn() (integracja.Date, bool) {
	if len(l.events) == 0 || !l.State().IsFinal() {
		return integracja.Date{}, false
	}
	return l.events[len(l.events)-1].Date, true
}

// lifecycleJSON is the JSON form of a Lifecycle.
type lifecycleJSON struct {
	Events []Event `json:"events"`
}

// MarshalJSON encodes the lifecycle as {"events":[…]}, with an empty list
// for the zero Lifecycle. The events' notes are written in full, as
// storage and interchange need them, though they may hold personal data;
// logs use [Lifecycle.LogValue], which leaves them out.
func (l Lifecycle) MarshalJSON() ([]byte, error) {
	ev := l.events
	if ev == nil {
		ev = []Event{}
	}
	return json.Marshal(lifecycleJSON{Events: ev})
}

// UnmarshalJSON decodes {"events":[…]} strictly (unknown fields and wrong
// types are errors with the path, such as "events[1].to"). The events are
// kept as given, in the given order, even when they do not make a valid
// history: [Lifecycle.Validate] reports that; nothing is dropped. The
// errors quote nothing of the input (see [Decode]). JSON null leaves l as
// it is.
func (l *Lifecycle) UnmarshalJSON(b []byte) (err error) {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var v lifecycleJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	*l = NewLifecycle(v.Events...)
	return nil
}
