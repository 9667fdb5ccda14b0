package contract

import (
	"log/slog"

	"github.com/aktywna/integracja"
)

// The LogValue methods below make log/slog write what identifies a value
// and where it stands (IDs, numbers, codes, dates of the contract, counts)
// and never a name, a PESEL, a birth date or free text that may describe
// the person (notes, the assessment, the actions' descriptions and
// responsible persons). Without them slog's JSONHandler would marshal the
// value, which writes everything in full. A value reached through one of
// them is resolved in turn: a Person inside a Member inside Terms is logged
// by its ID. A slice of them ([]Member) is no LogValuer: slog's JSONHandler
// marshals it in full, so log the value that holds it.

// LogValue writes the member as the person's ID and the relation.
func (m Member) LogValue() slog.Value {
	return slog.GroupValue(slog.Any("person", m.Person), slog.String("relation", m.Relation))
}

// LogValue writes the period of the terms and how many family members,
// goals and actions they have.
func (t Terms) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("from", t.Period.From.String()), slog.String("to", t.Period.To.String()),
		slog.Int("family", len(t.Family)), slog.Int("goals", len(t.Goals)), slog.Int("actions", len(t.Actions)))
}

// LogValue writes the version's number, amendment and date, and its terms
// as [Terms.LogValue] does.
func (v Version) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("n", v.N), slog.String("amendment", v.Amendment),
		slog.String("date", v.Date.String()), slog.Any("terms", v.Terms))
}

// LogValue writes the amendment's number and date, and its terms as
// [Terms.LogValue] does; the reason may describe the person and is left
// out.
func (a Amendment) LogValue() slog.Value {
	return slog.GroupValue(slog.String("number", a.Number), slog.String("date", a.Date.String()), slog.Any("terms", a.Terms))
}

// LogValue writes the contract as its number, kind, track, institution,
// conclusion date and state, as [Contract.String] names it.
func (c Contract) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("number", c.Number), slog.String("kind", c.Kind.String()), slog.String("track", c.Track.String()),
		slog.String("institution", c.Institution.Kind.String()), slog.String("concludedOn", c.ConcludedOn.String()),
		slog.String("state", c.Lifecycle.State().String()))
}

// LogValue writes the action's ID, goal, actor, deadline and done date,
// without its description and responsible person.
func (a Action) LogValue() slog.Value {
	return slog.GroupValue(slog.String("id", a.ID), slog.String("goal", a.Goal), slog.String("actor", a.Actor.String()),
		slog.String("due", a.Due.String()), slog.String("done", a.Done.String()))
}

// LogValue writes the overdue action as [Action.LogValue] does, with its
// version, index and days late.
func (o OverdueAction) LogValue() slog.Value {
	return slog.GroupValue(slog.Any("action", o.Action), slog.Int("version", o.Version),
		slog.Int("index", o.Index), slog.Int("daysLate", o.DaysLate))
}

// LogValue writes how many causes, strengths and limitations the
// assessment lists, never the points themselves: they describe the
// person's situation, health and addictions included.
func (a Assessment) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("causes", len(a.Causes)), slog.Int("strengths", len(a.Strengths)),
		slog.Int("limitations", len(a.Limitations)))
}

// LogValue writes the event's date, states and reason, without its note.
func (e Event) LogValue() slog.Value {
	return slog.GroupValue(slog.String("date", e.Date.String()), slog.String("from", e.From.String()),
		slog.String("to", e.To.String()), slog.String("reason", e.Reason.String()))
}

// LogValue writes the current state and the number of events, without
// their notes.
func (l Lifecycle) LogValue() slog.Value {
	return slog.GroupValue(slog.String("state", l.State().String()), slog.Int("events", l.Len()))
}

// LogValue writes the review's date and how many actions it concerns,
// without its note and reviewer.
func (r Review) LogValue() slog.Value {
	return slog.GroupValue(slog.String("date", r.Date.String()), slog.Int("actions", len(r.Actions)))
}

// LogValue writes how the labour office took part and when, without the
// client's status.
func (m LabourMarket) LogValue() slog.Value {
	return slog.GroupValue(slog.String("link", m.Link.String()), slog.String("date", m.Date.String()))
}

// LogValue writes the goal and how far it was achieved, without the note.
func (g GoalResult) LogValue() slog.Value {
	return slog.GroupValue(slog.String("goal", g.Goal), slog.String("achievement", g.Achievement.String()))
}

// LogValue writes the date of the evaluation and how many goals it
// assesses, without the summary, notes and reasons.
func (e Evaluation) LogValue() slog.Value {
	return slog.GroupValue(slog.String("date", e.Date.String()), slog.Int("goals", len(e.Goals)))
}

// hideBirthDate replaces every field error at "birthDate" by one that
// shows nothing of what was read: its cause or detail may quote the text.
func hideBirthDate(err error) error {
	var out []error
	for _, fe := range integracja.FieldErrors(err) {
		if fe.Path.String() == "birthDate" {
			fe = integracja.Invalid(fe.Path, "", integracja.Text{
				PL: "data urodzenia nie jest poprawną datą w formacie RRRR-MM-DD",
				EN: "the birth date is not a real date in the form YYYY-MM-DD"})
		}
		out = append(out, fe)
	}
	if len(out) == 0 {
		return err
	}
	return integracja.Join(out...)
}
