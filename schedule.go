package integracja

import (
	"encoding/json"
	"slices"
)

// Step is one value of a [Schedule]: the value in force from a date until
// the next step, with the legal act or document that sets it.
type Step[T any] struct {
	From  Date   `json:"from"`
	Value T      `json:"value"`
	Basis string `json:"basis,omitempty"`
}

// Schedule is a rule value that changes over time: the own-contribution
// share of a scheme, an hour cap, the minimum hourly benefit for socially
// useful work. Each [Step] applies from its date until the next one, so a
// 2011 project is judged by 2011 rules.
//
// A Schedule is immutable; [Schedule.With] returns an overlay (a "reform")
// and leaves the shipped schedule as it was. The zero Schedule has no steps
// and no value at any date.
type Schedule[T any] struct {
	steps []Step[T]
}

// NewSchedule returns a schedule of the given steps, sorted by date. Every
// step must have a valid date and no two may share one; the error lists
// every problem with its path ("[1].from").
func NewSchedule[T any](steps ...Step[T]) (Schedule[T], error) {
	var errs []error
	seen := make(map[Date]int, len(steps))
	for i, s := range steps {
		p := Path{}.Index(i).Child("from")
		if err := ValidateDate(p, s.From); err != nil {
			errs = append(errs, err)
			continue
		}
		if j, dup := seen[s.From]; dup {
			errs = append(errs, Duplicate(p, s.From.String()).withDetail(Text{
				PL: "ta sama data co w kroku " + itoa(j), EN: "same date as step " + itoa(j)}))
			continue
		}
		seen[s.From] = i
	}
	if err := Join(errs...); err != nil {
		return Schedule[T]{}, err
	}
	c := slices.Clone(steps)
	slices.SortFunc(c, func(a, b Step[T]) int { return a.From.Compare(b.From) })
	return Schedule[T]{steps: c}, nil
}

// MustSchedule is like [NewSchedule] but panics on error. It is meant for
// the literal schedules a package ships, never for input.
func MustSchedule[T any](steps ...Step[T]) Schedule[T] {
	s, err := NewSchedule(steps...)
	if err != nil {
		panic(err)
	}
	return s
}

func (e *FieldError) withDetail(t Text) *FieldError {
	e.Detail = t
	return e
}

// At returns the step in force on d: the last one whose date is not after
// d. It reports false when d is before the first step.
func (s Schedule[T]) At(d Date) (Step[T], bool) {
	i, found := slices.BinarySearchFunc(s.steps, d, func(st Step[T], d Date) int { return st.From.Compare(d) })
	if found {
		return s.steps[i], true
	}
	if i == 0 {
		return Step[T]{}, false
	}
	return s.steps[i-1], true
}

// ValueAt returns the value in force on d, and false when there is none.
func (s Schedule[T]) ValueAt(d Date) (T, bool) {
	st, ok := s.At(d)
	return st.Value, ok
}

// Steps returns a copy of the steps, in date order.
func (s Schedule[T]) Steps() []Step[T] { return slices.Clone(s.steps) }

// Len returns the number of steps.
func (s Schedule[T]) Len() int { return len(s.steps) }

// With returns the schedule overlaid with the given steps: a step on a date
// the schedule already has replaces it, a step on a new date is added. The
// receiver is unchanged. Invalid overlay steps are an error, as in
// [NewSchedule].
func (s Schedule[T]) With(overlay ...Step[T]) (Schedule[T], error) {
	if _, err := NewSchedule(overlay...); err != nil {
		return s, err
	}
	merged := make([]Step[T], 0, len(s.steps)+len(overlay))
	replaced := make(map[Date]bool, len(overlay))
	for _, o := range overlay {
		replaced[o.From] = true
	}
	for _, st := range s.steps {
		if !replaced[st.From] {
			merged = append(merged, st)
		}
	}
	merged = append(merged, overlay...)
	return NewSchedule(merged...)
}

// MarshalJSON encodes the schedule as a list of steps in date order.
func (s Schedule[T]) MarshalJSON() ([]byte, error) {
	if s.steps == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(s.steps)
}

// UnmarshalJSON decodes a list of steps with [DecodeJSON] and validates it
// as [NewSchedule] does. Every problem is a [*FieldError] with the path of
// the bad step or field ("[1].from"), and every one is reported; on error s
// is left as it was, and so it is by JSON null.
func (s *Schedule[T]) UnmarshalJSON(b []byte) error {
	var steps []Step[T]
	if err := DecodeJSON(b, &steps); err != nil {
		return err
	}
	if steps == nil { // null
		return nil
	}
	v, err := NewSchedule(steps...)
	if err != nil {
		return err
	}
	*s = v
	return nil
}
