package contract

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

var (
	day1 = integracja.MustParseDate("2019-06-03")
	day2 = integracja.MustParseDate("2019-08-01")
	day3 = integracja.MustParseDate("2019-09-02")
	day4 = integracja.MustParseDate("2019-12-31")
)

// reach returns a valid lifecycle whose current state is s.
func reach(t testing.TB, s State) Lifecycle {
	t.Helper()
	var l Lifecycle
	var err error
	step := func(f func() (Lifecycle, error)) {
		t.Helper()
		l, err = f()
		require.NoError(t, err)
	}
	switch s {
	case Draft:
		return l
	case Active:
		step(func() (Lifecycle, error) { return l.Sign(day1) })
	case Suspended:
		step(func() (Lifecycle, error) { return l.Sign(day1) })
		step(func() (Lifecycle, error) { return l.Suspend(day2, ReasonNone, "") })
	case Completed:
		step(func() (Lifecycle, error) { return l.Sign(day1) })
		step(func() (Lifecycle, error) { return l.Complete(day2) })
	case Terminated:
		step(func() (Lifecycle, error) { return l.Sign(day1) })
		step(func() (Lifecycle, error) { return l.Terminate(day2, ReasonJob, "") })
	}
	require.Equal(t, s, l.State())
	return l
}

// move calls the method that leads to state to, with a reason where one is
// needed.
func move(l Lifecycle, to State, d integracja.Date) (Lifecycle, error) {
	switch to {
	case Active:
		if l.State() == Suspended {
			return l.Resume(d)
		}
		return l.Sign(d)
	case Suspended:
		return l.Suspend(d, ReasonNone, "")
	case Completed:
		return l.Complete(d)
	case Terminated:
		return l.Terminate(d, ReasonWithdrawal, "")
	}
	return l, errors.New("no method leads to " + to.String())
}

func TestTransitions(t *testing.T) {
	tests := []struct {
		name     string
		from, to State
		allowed  bool
	}{
		{"a draft cannot go back to draft", Draft, Draft, false},
		{"a draft is signed and becomes active", Draft, Active, true},
		{"a draft cannot be suspended", Draft, Suspended, false},
		{"a draft cannot be completed", Draft, Completed, false},
		{"a draft the client never signs is terminated", Draft, Terminated, true},
		{"an active contract cannot become a draft again", Active, Draft, false},
		{"an active contract cannot be signed again", Active, Active, false},
		{"an active contract can be suspended", Active, Suspended, true},
		{"an active contract can be completed", Active, Completed, true},
		{"an active contract can be terminated", Active, Terminated, true},
		{"a suspended contract cannot become a draft", Suspended, Draft, false},
		{"a suspended contract can be resumed", Suspended, Active, true},
		{"a suspended contract cannot be suspended again", Suspended, Suspended, false},
		{"a suspended contract cannot be completed without resuming", Suspended, Completed, false},
		{"a suspended contract can be terminated", Suspended, Terminated, true},
		{"a completed contract cannot become a draft", Completed, Draft, false},
		{"a completed contract cannot be reactivated", Completed, Active, false},
		{"a completed contract cannot be suspended", Completed, Suspended, false},
		{"a completed contract cannot be completed twice", Completed, Completed, false},
		{"a completed contract cannot be terminated", Completed, Terminated, false},
		{"a terminated contract cannot become a draft", Terminated, Draft, false},
		{"a terminated contract cannot be reactivated", Terminated, Active, false},
		{"a terminated contract cannot be suspended", Terminated, Suspended, false},
		{"a terminated contract cannot be completed", Terminated, Completed, false},
		{"a terminated contract cannot be terminated twice", Terminated, Terminated, false},
	}
	require.Len(t, tests, 25, "every pair of states is listed")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.allowed, CanTransition(tt.from, tt.to))

			l := reach(t, tt.from)
			before := l.Events()
			got, err := move(l, tt.to, day3)
			if tt.to != Draft {
				if tt.allowed {
					require.NoError(t, err)
					assert.Equal(t, tt.to, got.State())
					assert.Equal(t, len(before)+1, got.Len())
					last := got.Events()[got.Len()-1]
					assert.Equal(t, tt.from, last.From)
					assert.True(t, last.Date.Equal(day3))
				} else {
					require.Error(t, err)
					assert.ErrorIs(t, err, integracja.ErrTransition)
					var te *TransitionError
					require.ErrorAs(t, err, &te)
					assert.Equal(t, tt.from, te.From)
					assert.Equal(t, tt.to, te.To)
					assert.Contains(t, err.Error(), tt.from.Label(language.English))
					assert.Contains(t, integracja.Localize(err, language.Polish), tt.from.Label(language.Polish))
					assert.Equal(t, before, got.Events(), "a refused change returns the lifecycle unchanged")
				}
			}
			assert.Equal(t, before, l.Events(), "the receiver is never changed")

			// The same change stored as data: Validate agrees.
			ev := Event{Date: day3, From: tt.from, To: tt.to}
			if tt.to == Terminated {
				ev.Reason = ReasonOther
			}
			verr := NewLifecycle(append(before, ev)...).Validate()
			if tt.allowed {
				assert.NoError(t, verr)
			} else {
				assert.ErrorIs(t, verr, integracja.ErrTransition)
				last := integracja.NewPath("events").Index(len(before)).Child("to").String()
				assert.Equal(t, []string{last}, paths(verr))
			}
		})
	}
}

func TestSignAndResumeKeepToTheirOwnStates(t *testing.T) {
	t.Run("a suspended contract cannot be signed, though resuming leads to active", func(t *testing.T) {
		_, err := reach(t, Suspended).Sign(day3)
		var te *TransitionError
		require.ErrorAs(t, err, &te)
		assert.Equal(t, Suspended, te.From)
		assert.Contains(t, err.Error(), "only a draft can be signed")
	})
	t.Run("a draft cannot be resumed, though signing leads to active", func(t *testing.T) {
		_, err := Lifecycle{}.Resume(day3)
		assert.ErrorIs(t, err, integracja.ErrTransition)
		assert.Contains(t, integracja.Localize(err, language.Polish), "wznowić można tylko kontrakt zawieszony")
	})
}

func TestLifecycleMethodsCheckDatesAndReasons(t *testing.T) {
	tests := []struct {
		name  string
		call  func() (Lifecycle, error)
		path  string
		cause error
	}{
		{"an event dated before the previous one is refused",
			func() (Lifecycle, error) { return reach(t, Active).Suspend(day1.AddDays(-1), ReasonNone, "") },
			"events[1].date", integracja.ErrInconsistent},
		{"an event with no date is refused",
			func() (Lifecycle, error) { return Lifecycle{}.Sign(integracja.Date{}) },
			"events[0].date", integracja.ErrRequired},
		{"an event on an impossible date is refused",
			func() (Lifecycle, error) { return Lifecycle{}.Sign(integracja.Date{Year: 2019, Month: 2, Day: 29}) },
			"events[0].date", integracja.ErrInvalid},
		{"a termination without a reason is refused",
			func() (Lifecycle, error) { return reach(t, Active).Terminate(day3, ReasonNone, "") },
			"events[1].reason", integracja.ErrRequired},
		{"a termination with an undefined reason is refused",
			func() (Lifecycle, error) { return reach(t, Active).Terminate(day3, Reason(42), "") },
			"events[1].reason", integracja.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.call()
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.cause)
			assert.Equal(t, []string{tt.path}, paths(err))
			assert.NoError(t, got.Validate(), "the returned lifecycle is the unchanged, valid one")
		})
	}
	t.Run("an event on the same day as the previous one is accepted", func(t *testing.T) {
		l, err := reach(t, Active).Suspend(day1, ReasonNone, "")
		require.NoError(t, err)
		assert.Equal(t, Suspended, l.State())
	})
	t.Run("a refused change with a bad date reports both problems", func(t *testing.T) {
		_, err := reach(t, Completed).Suspend(integracja.Date{}, ReasonNone, "")
		assert.ErrorIs(t, err, integracja.ErrTransition)
		assert.ErrorIs(t, err, integracja.ErrRequired)
	})
	t.Run("a suspension may give a reason", func(t *testing.T) {
		l, err := reach(t, Active).Suspend(day3, ReasonTreatment, "leczenie stacjonarne")
		require.NoError(t, err)
		assert.Equal(t, ReasonTreatment, l.Events()[1].Reason)
		assert.NoError(t, l.Validate())
	})
}

func TestLifecycleQueries(t *testing.T) {
	l := reach(t, Active)
	l, err := l.Suspend(day2, ReasonNone, "pobyt w szpitalu")
	require.NoError(t, err)
	l, err = l.Resume(day3)
	require.NoError(t, err)
	l, err = l.Terminate(day4, ReasonJob, "")
	require.NoError(t, err)

	tests := []struct {
		name string
		at   integracja.Date
		want State
	}{
		{"before signing the contract is a draft", day1.AddDays(-1), Draft},
		{"on the day of signing it is active", day1, Active},
		{"while suspended it is suspended", day2.AddDays(10), Suspended},
		{"after resuming it is active again", day3, Active},
		{"on the day of termination it is terminated", day4, Terminated},
		{"long after it stays terminated", day4.AddYears(5), Terminated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, l.StateAt(tt.at))
		})
	}
	t.Run("SignedOn and EndedOn give the first and last dates", func(t *testing.T) {
		s, ok := l.SignedOn()
		require.True(t, ok)
		assert.True(t, s.Equal(day1))
		e, ok := l.EndedOn()
		require.True(t, ok)
		assert.True(t, e.Equal(day4))
	})
	t.Run("a draft was never signed and has not ended", func(t *testing.T) {
		_, ok := Lifecycle{}.SignedOn()
		assert.False(t, ok)
		_, ok = Lifecycle{}.EndedOn()
		assert.False(t, ok)
		_, ok = reach(t, Suspended).EndedOn()
		assert.False(t, ok)
	})
	t.Run("Events returns a copy the caller may change", func(t *testing.T) {
		ev := l.Events()
		ev[0].To = Completed
		assert.Equal(t, Active, l.Events()[0].To)
	})
	t.Run("the zero lifecycle is a draft with no events", func(t *testing.T) {
		var z Lifecycle
		assert.Equal(t, Draft, z.State())
		assert.Nil(t, z.Events())
		assert.NoError(t, z.Validate())
	})
	t.Run("adding to a shared history never changes another branch", func(t *testing.T) {
		base := reach(t, Active)
		a, err := base.Suspend(day2, ReasonNone, "a")
		require.NoError(t, err)
		b, err := base.Complete(day2)
		require.NoError(t, err)
		assert.Equal(t, Suspended, a.State())
		assert.Equal(t, Completed, b.State())
		assert.Equal(t, Active, base.State())
	})
}

func TestLifecycleValidate(t *testing.T) {
	signed := Event{Date: day1, From: Draft, To: Active}
	tests := []struct {
		name   string
		events []Event
		want   map[string]error
	}{
		{"a signed, suspended, resumed and completed history is valid", []Event{signed,
			{Date: day2, From: Active, To: Suspended, Reason: ReasonCareDuties},
			{Date: day3, From: Suspended, To: Active},
			{Date: day4, From: Active, To: Completed}}, nil},
		{"events out of date order are reported", []Event{signed,
			{Date: day1.AddDays(-3), From: Active, To: Completed}},
			map[string]error{"events[1].date": integracja.ErrInconsistent}},
		{"a first event that does not start from draft is reported", []Event{
			{Date: day1, From: Active, To: Suspended}},
			map[string]error{"events[0].from": integracja.ErrInconsistent}},
		{"a broken chain of states is reported", []Event{signed,
			{Date: day2, From: Suspended, To: Active}},
			map[string]error{"events[1].from": integracja.ErrInconsistent}},
		{"a forbidden change is reported at its target state", []Event{signed,
			{Date: day2, From: Active, To: Draft}},
			map[string]error{"events[1].to": integracja.ErrTransition}},
		{"undefined states are reported", []Event{
			{Date: day1, From: State(8), To: State(9)}},
			map[string]error{"events[0].from": integracja.ErrInvalid, "events[0].to": integracja.ErrInvalid}},
		{"a termination without a reason is reported", []Event{signed,
			{Date: day2, From: Active, To: Terminated}},
			map[string]error{"events[1].reason": integracja.ErrRequired}},
		{"a reason on a completion is reported", []Event{signed,
			{Date: day2, From: Active, To: Completed, Reason: ReasonJob}},
			map[string]error{"events[1].reason": integracja.ErrInvalid}},
		{"a missing date is reported", []Event{{From: Draft, To: Active}},
			map[string]error{"events[0].date": integracja.ErrRequired}},
		{"every problem of a bad history is reported at once", []Event{
			{Date: day2, From: Draft, To: Completed, Reason: ReasonJob},
			{Date: day1, From: Active, To: Terminated}},
			map[string]error{"events[0].to": integracja.ErrTransition, "events[0].reason": integracja.ErrInvalid,
				"events[1].date": integracja.ErrInconsistent, "events[1].from": integracja.ErrInconsistent,
				"events[1].reason": integracja.ErrRequired}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := NewLifecycle(tt.events...).Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			fes := integracja.FieldErrors(err)
			assert.Len(t, fes, len(tt.want), "problems: %v", paths(err))
			for _, fe := range fes {
				cause, ok := tt.want[fe.Path.String()]
				if assert.True(t, ok, "unexpected problem at %s: %v", fe.Path, fe) {
					assert.ErrorIs(t, fe, cause)
				}
			}
			assert.NotEmpty(t, integracja.Localize(err, language.Polish))
		})
	}
}

func TestLifecycleJSON(t *testing.T) {
	l := reach(t, Active)
	l, err := l.Suspend(day2, ReasonTreatment, "terapia")
	require.NoError(t, err)
	l, err = l.Terminate(day3, ReasonMovedAway, "")
	require.NoError(t, err)

	t.Run("a lifecycle encodes as a list of events with lowercase keys and codes", func(t *testing.T) {
		b, err := json.Marshal(l)
		require.NoError(t, err)
		assert.JSONEq(t, `{"events":[
			{"date":"2019-06-03","from":"draft","to":"active"},
			{"date":"2019-08-01","from":"active","to":"suspended","reason":"treatment","note":"terapia"},
			{"date":"2019-09-02","from":"suspended","to":"terminated","reason":"moved_away"}]}`, string(b))
		var back Lifecycle
		require.NoError(t, integracja.DecodeJSON(b, &back))
		assert.Equal(t, l, back)
	})
	t.Run("the zero lifecycle encodes as an empty list and decodes back to zero", func(t *testing.T) {
		b, err := json.Marshal(Lifecycle{})
		require.NoError(t, err)
		assert.JSONEq(t, `{"events":[]}`, string(b))
		var back Lifecycle
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, Lifecycle{}, back)
	})
	t.Run("decoding keeps an invalid history as given for Validate to report", func(t *testing.T) {
		in := `{"events":[{"date":"2019-09-02","from":"active","to":"draft"},{"date":"2019-06-03","from":"draft","to":"active"}]}`
		var back Lifecycle
		require.NoError(t, integracja.DecodeJSON([]byte(in), &back))
		require.Equal(t, 2, back.Len())
		assert.Equal(t, Draft, back.Events()[0].To)
		assert.Error(t, back.Validate())
	})
	t.Run("null leaves a lifecycle as it is", func(t *testing.T) {
		back := l
		require.NoError(t, json.Unmarshal([]byte("null"), &back))
		assert.Equal(t, l, back)
	})
	bad := []struct{ name, in, path string }{
		{"an unknown state is reported at its path", `{"events":[{"date":"2019-06-03","from":"draft","to":"signed"}]}`, "events[0].to"},
		{"an unknown field of an event is reported at its path", `{"events":[{"date":"2019-06-03","from":"draft","to":"active","who":"x"}]}`, "events[0].who"},
		{"an unknown top-level field is reported", `{"events":[],"state":"active"}`, "state"},
		{"a bad date is reported at its path", `{"events":[{"date":"3.06.2019","from":"draft","to":"active"}]}`, "events[0].date"},
		{"an unknown reason is reported at its path", `{"events":[{"date":"2019-06-03","from":"draft","to":"terminated","reason":"bored"}]}`, "events[0].reason"},
		{"events of the wrong type are reported", `{"events":{}}`, "events"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			var back Lifecycle
			err := integracja.DecodeJSON([]byte(tt.in), &back)
			require.Error(t, err)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes)
			assert.Equal(t, tt.path, fes[0].Path.String())
		})
	}
	t.Run("paths nest when a lifecycle is a field of something larger", func(t *testing.T) {
		var outer struct {
			Lifecycle Lifecycle `json:"lifecycle"`
		}
		err := integracja.DecodeJSON([]byte(`{"lifecycle":{"events":[{"date":"2019-06-03","from":"draft","to":"x"}]}}`), &outer)
		require.Error(t, err)
		assert.Equal(t, []string{"lifecycle.events[0].to"}, paths(err))
	})
}

func TestStateAndReasonCodes(t *testing.T) {
	for s := Draft; s <= Terminated; s++ {
		t.Run("the state "+s.String()+" parses back from its code", func(t *testing.T) {
			got, err := ParseState(s.String())
			require.NoError(t, err)
			assert.Equal(t, s, got)
			assert.NotEmpty(t, s.Label(language.Polish))
		})
	}
	for r := ReasonNone; r <= ReasonOther; r++ {
		t.Run("the reason "+r.String()+" parses back from its code", func(t *testing.T) {
			got, err := ParseReason(r.String())
			require.NoError(t, err)
			assert.Equal(t, r, got)
			assert.NotEqual(t, r.Label(language.Polish), r.Label(language.English))
		})
	}
	t.Run("an empty reason is none", func(t *testing.T) {
		r, err := ParseReason("")
		require.NoError(t, err)
		assert.Equal(t, ReasonNone, r)
	})
	t.Run("labels read as the documents write them", func(t *testing.T) {
		assert.Equal(t, "podjęcie pracy", ReasonJob.Label(language.Polish))
		assert.Equal(t, "took up a job", ReasonJob.Label(language.English))
		assert.Equal(t, "zawieszony", Suspended.Label(language.Polish))
		assert.True(t, Completed.IsFinal())
		assert.False(t, Suspended.IsFinal())
	})
	t.Run("unknown codes are errors", func(t *testing.T) {
		_, err := ParseState("Active")
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		_, err = ParseReason("job ")
		assert.ErrorIs(t, err, integracja.ErrInvalid)
	})
}
