package programme

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

// Flows are the movements of participants through a programme as of a
// date (AsOf, its events included), every figure by sex, as programme
// reports give them (Brzeszcze 2014: "32 osoby zostały zaangażowane …, 9
// osób przerwało udział …, 7 osób zakończyło udział … na skutek podjęcia
// pracy, z czego 2 osoby … powróciły …, zatem 18 osób kontynuowało
// udział"):
//
//   - Enrolled: the people who enrolled;
//   - DroppedOut, LeftForJob, CameBack, Completed: the events of each kind,
//     each counted by the sex of its participant (a person who left
//     twice counts twice), with the dropouts also by reason in ByReason;
//   - Continuing: the people taking part at the end of the day AsOf;
//   - FoundWork: the people who took a job, leaving or not (not part of
//     the identity).
//
// The figures keep the identity Enrolled − DroppedOut − LeftForJob +
// CameBack − Completed = Continuing, for women, for men and for the
// unspecified; [Flows.Balance] checks it, on computed flows and on flows a
// document states alike.
//
// Activities and Participants give the hours of each activity attended as
// of AsOf: by activity, and for each participant in the order of the
// programme's records, with one [Use] per activity in the order of the
// catalogue.
type Flows struct {
	AsOf         integracja.Date  `json:"asOf"`
	Enrolled     indicator.Count  `json:"enrolled"`
	DroppedOut   indicator.Count  `json:"droppedOut"`
	ByReason     []ReasonCount    `json:"byReason,omitempty"`
	LeftForJob   indicator.Count  `json:"leftForJob"`
	CameBack     indicator.Count  `json:"cameBack"`
	Completed    indicator.Count  `json:"completed"`
	Continuing   indicator.Count  `json:"continuing"`
	FoundWork    indicator.Count  `json:"foundWork"`
	Activities   []ActivityUse    `json:"activities,omitempty"`
	Participants []ParticipantUse `json:"participants,omitempty"`
}

// ReasonCount is the number of dropouts for one reason, by sex.
type ReasonCount struct {
	Reason DropoutReason   `json:"reason"`
	Count  indicator.Count `json:"count"`
}

// ParticipantUse is one participant's standing and hours as of a date: the
// ID, the sex, the [Status], and one [Use] per activity of the catalogue,
// in its order.
type ParticipantUse struct {
	ID     string        `json:"id"`
	Sex    indicator.Sex `json:"sex,omitempty"`
	Status Status        `json:"status"`
	Uses   []Use         `json:"uses"`
}

// Flows returns the flows of participants as of asOf, counting the events
// and sessions dated on or before it. It is meant for a programme that
// validates: events the lifecycle does not allow, and sessions of unknown
// activities or participants, are passed over, as [Programme.Validate]
// reports them. The identity of [Flows.Balance] holds on the result
// whatever the input.
func (p Programme) Flows(asOf integracja.Date) Flows {
	ix := newIndex(&p)
	f, status := p.countFlows(ix, asOf)
	u := tally(&p, ix, asOf)
	f.Activities = u.acts
	f.Participants = make([]ParticipantUse, len(p.Participants))
	for i := range p.Participants {
		f.Participants[i] = ParticipantUse{
			ID: p.Participants[i].ID, Sex: ix.sex[i], Status: status[i],
			Uses: u.cells[i*u.nAct : (i+1)*u.nAct : (i+1)*u.nAct],
		}
	}
	return f
}

// countFlows counts the events of the flows as of asOf, without the use of
// the activities, and returns each participant's status.
func (p *Programme) countFlows(ix *index, asOf integracja.Date) (Flows, []Status) {
	f := Flows{AsOf: asOf}
	var reasons [numReasons]indicator.Count
	status := make([]Status, len(p.Participants))
	for i := range p.Participants {
		pt := &p.Participants[i]
		sex := ix.sex[i]
		job := false
		s := pt.walk(asOf, func(e *Event, _ Status) {
			switch e.Kind {
			case Enrolled:
				f.Enrolled = f.Enrolled.Plus(sex, 1)
			case DroppedOut:
				f.DroppedOut = f.DroppedOut.Plus(sex, 1)
				if e.Reason.IsValid() {
					reasons[e.Reason] = reasons[e.Reason].Plus(sex, 1)
				} else {
					reasons[ReasonUnspecified] = reasons[ReasonUnspecified].Plus(sex, 1)
				}
			case LeftForJob:
				f.LeftForJob = f.LeftForJob.Plus(sex, 1)
				job = true
			case CameBack:
				f.CameBack = f.CameBack.Plus(sex, 1)
			case Completed:
				f.Completed = f.Completed.Plus(sex, 1)
			case TookJob:
				job = true
			}
		})
		status[i] = s
		if s == StatusActive {
			f.Continuing = f.Continuing.Plus(sex, 1)
		}
		if job {
			f.FoundWork = f.FoundWork.Plus(sex, 1)
		}
	}
	for r, c := range reasons {
		if !c.IsZero() {
			f.ByReason = append(f.ByReason, ReasonCount{Reason: DropoutReason(r), Count: c})
		}
	}
	return f, status
}

// Balance checks the identity Enrolled − DroppedOut − LeftForJob +
// CameBack − Completed = Continuing for women, men and the unspecified,
// and that the dropouts by reason, when given, add up to DroppedOut. On
// flows a document states, it checks the document's own arithmetic
// (Brzeszcze 2014: 32 − 9 − 7 + 2 = 18). A failure is a
// [*integracja.FieldError] with cause [integracja.ErrInconsistent] at
// "continuing" or "byReason" that names the figures.
func (f Flows) Balance() error {
	var errs []error
	want := f.Enrolled.Sub(f.DroppedOut).Sub(f.LeftForJob).Add(f.CameBack).Sub(f.Completed)
	if want != f.Continuing {
		pl, en := language.Polish, language.English
		errs = append(errs, integracja.Inconsistent(integracja.NewPath("continuing"), countText(f.Continuing, pl), integracja.Text{
			PL: "bilans: przystąpienia " + countText(f.Enrolled, pl) + " − przerwania " + countText(f.DroppedOut, pl) +
				" − odejścia do pracy " + countText(f.LeftForJob, pl) + " + powroty " + countText(f.CameBack, pl) +
				" − ukończenia " + countText(f.Completed, pl) + " daje " + countText(want, pl) +
				", a liczba kontynuujących to " + countText(f.Continuing, pl),
			EN: "balance: enrolled " + countText(f.Enrolled, en) + " − dropped out " + countText(f.DroppedOut, en) +
				" − left for a job " + countText(f.LeftForJob, en) + " + came back " + countText(f.CameBack, en) +
				" − completed " + countText(f.Completed, en) + " gives " + countText(want, en) +
				", but continuing is " + countText(f.Continuing, en)}))
	}
	if len(f.ByReason) > 0 {
		var sum indicator.Count
		for _, r := range f.ByReason {
			sum = sum.Add(r.Count)
		}
		if sum != f.DroppedOut {
			errs = append(errs, integracja.Inconsistent(integracja.NewPath("byReason"), countText(sum, language.Polish), integracja.Text{
				PL: "przerwania według przyczyn sumują się do " + countText(sum, language.Polish) +
					", a liczba przerwań to " + countText(f.DroppedOut, language.Polish),
				EN: "the dropouts by reason add up to " + countText(sum, language.English) +
					", the dropouts to " + countText(f.DroppedOut, language.English)}))
		}
	}
	return integracja.Join(errs...)
}

// countText formats a count for a message: its total alone when it has
// no breakdown by sex ("18"), the report notation otherwise ("18 (12K i
// 6M)"), and, for a count with negative fields, which
// [indicator.Count.Format] is not meant for, the total and every field.
func countText(c indicator.Count, t language.Tag) string {
	switch {
	case c.Validate() != nil:
		tx := func(pl, en string) string { return integracja.Text{PL: pl, EN: en}.In(t) }
		return strconv.Itoa(c.Total()) + " (" + tx("K ", "women ") + strconv.Itoa(c.Women) + ", " + tx("M ", "men ") +
			strconv.Itoa(c.Men) + ", " + tx("b.d. ", "unspecified ") + strconv.Itoa(c.Unspecified) + ")"
	case c.Women == 0 && c.Men == 0:
		return strconv.Itoa(c.Total())
	}
	return c.Format(t)
}
