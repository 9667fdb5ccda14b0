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
	f := Flows{AsOf: asOf}
	var reasons [numReasons]indicator.Count
	status := make([]Status, len(p.Participants))
	for i := range p.Participants {
		pt := &p.Participants[i]
		sex := ix.sex[i]
		s := StatusNotEnrolled
		job := false
		for _, e := range pt.Events {
			if e.Date.After(asOf) {
				break
			}
			n, ok := next(s, e.Kind)
			if !ok {
				continue
			}
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
			s = n
		}
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
		errs = append(errs, integracja.Inconsistent(integracja.NewPath("continuing"), f.Continuing.String(), integracja.Text{
			PL: "bilans: przystąpienia " + f.Enrolled.Format(pl) + " − przerwania " + f.DroppedOut.Format(pl) +
				" − odejścia do pracy " + f.LeftForJob.Format(pl) + " + powroty " + f.CameBack.Format(pl) +
				" − ukończenia " + f.Completed.Format(pl) + " daje " + formatSigned(want, pl) +
				", a liczba kontynuujących to " + f.Continuing.Format(pl),
			EN: "balance: enrolled " + f.Enrolled.Format(en) + " − dropped out " + f.DroppedOut.Format(en) +
				" − left for a job " + f.LeftForJob.Format(en) + " + came back " + f.CameBack.Format(en) +
				" − completed " + f.Completed.Format(en) + " gives " + formatSigned(want, en) +
				", but continuing is " + f.Continuing.Format(en)}))
	}
	if len(f.ByReason) > 0 {
		var sum indicator.Count
		for _, r := range f.ByReason {
			sum = sum.Add(r.Count)
		}
		if sum != f.DroppedOut {
			errs = append(errs, integracja.Inconsistent(integracja.NewPath("byReason"), sum.String(), integracja.Text{
				PL: "przerwania według przyczyn sumują się do " + sum.Format(language.Polish) + ", a liczba przerwań to " + f.DroppedOut.Format(language.Polish),
				EN: "the dropouts by reason add up to " + sum.Format(language.English) + ", the dropouts to " + f.DroppedOut.Format(language.English)}))
		}
	}
	return integracja.Join(errs...)
}

// formatSigned formats a count that may have negative fields, which
// [indicator.Count.Format] is not meant for: the total, and the parts by
// sex that are not zero.
func formatSigned(c indicator.Count, t language.Tag) string {
	if c.Validate() == nil {
		return c.Format(t)
	}
	tx := func(pl, en string) string { return integracja.Text{PL: pl, EN: en}.In(t) }
	s := strconv.Itoa(c.Total()) + " (" + tx("K ", "women ") + strconv.Itoa(c.Women) + ", " + tx("M ", "men ") + strconv.Itoa(c.Men)
	if c.Unspecified != 0 {
		s += ", " + tx("b.d. ", "unspecified ") + strconv.Itoa(c.Unspecified)
	}
	return s + ")"
}
