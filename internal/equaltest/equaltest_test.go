package equaltest_test

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/aktywna/integracja/internal/equaltest"
)

// recorder keeps what Check reports instead of failing the test.
type recorder []string

func (r *recorder) Helper()                        {}
func (r *recorder) Errorf(format string, a ...any) { *r = append(*r, fmt.Sprintf(format, a...)) }

// amount has unexported fields, as money has.
type amount struct{ cents int64 }

// steps is a list behind unexported fields, built by With as a schedule
// is; a step on the day 0 is refused.
type steps struct{ days []int }

func (s steps) Steps() []int { return slices.Clone(s.days) }
func (s steps) With(days ...int) (steps, error) {
	if slices.Contains(days, 0) {
		return s, errors.New("no day 0")
	}
	return steps{days: append(slices.Clone(s.days), days...)}, nil
}

// bag is a list behind unexported fields with a getter.
type bag struct{ items []string }

type inner struct {
	Name  string
	Count int
}

type outer struct {
	Title   string
	Flag    bool
	Price   amount
	Inners  []inner
	ByCode  map[string]inner
	Ptr     *inner
	Bag     bag
	Steps   steps
	Level   uint8
	Err     error
	Forgets string
}

func fixture() outer {
	return outer{Title: "t", Price: amount{100}, Inners: []inner{{"a", 1}, {"b", 2}},
		ByCode: map[string]inner{"x": {"x", 1}, "y": {"y", 2}}, Ptr: &inner{"p", 3},
		Bag: bag{items: []string{"i", "j"}}, Steps: steps{days: []int{1, 2}}, Err: errors.New("kept out")}
}

// equal compares every field but Forgets, and Err on purpose.
func equal(a, b outer) bool {
	return a.Title == b.Title && a.Flag == b.Flag && a.Price == b.Price && slices.Equal(a.Inners, b.Inners) &&
		maps.Equal(a.ByCode, b.ByCode) && (a.Ptr == nil) == (b.Ptr == nil) && (a.Ptr == nil || *a.Ptr == *b.Ptr) &&
		slices.Equal(a.Bag.items, b.Bag.items) && slices.Equal(a.Steps.days, b.Steps.days) && a.Level == b.Level
}

var options = []equaltest.Option{
	equaltest.Leaf(func(a *amount) { a.cents++ }),
	equaltest.List(func(b bag) []string { return b.items }, func(b *bag, items []string) { b.items = items }),
	equaltest.Rebuilt("equaltest_test.steps"),
	equaltest.Skip[outer]("Err", "an error is not data"),
}

// all compares every field.
func all(a, b outer) bool { return equal(a, b) && a.Forgets == b.Forgets }

// reports returns what Check reports on the fixture, with or without the
// options.
func reports(fixture func() outer, equal func(a, b outer) bool, opts ...equaltest.Option) []string {
	var r recorder
	equaltest.Check(&r, fixture, equal, opts...)
	return r
}

func TestCheckFindsTheFieldEqualForgets(t *testing.T) {
	got := reports(fixture, equal, options...)
	if want := []string{"equaltest: Equal does not see a change of Forgets"}; !slices.Equal(got, want) {
		t.Errorf("Check reported %q, want %q", got, want)
	}
}

func TestCheckPassesAnEqualThatComparesEveryField(t *testing.T) {
	if got := reports(fixture, all, options...); len(got) != 0 {
		t.Errorf("Check reported %q", got)
	}
}

func TestCheckSaysWhatItMustBeTaught(t *testing.T) {
	got := strings.Join(reports(fixture, all), "\n")
	for _, w := range []string{"amount.cents (Price) is unexported", "steps.days (Steps) is unexported",
		"bag.items (Bag) is unexported", "cannot change Err, a error"} {
		if !strings.Contains(got, w) {
			t.Errorf("Check did not report %q; it reported:\n%s", w, got)
		}
	}
}

func TestCheckSaysWhereTheFixtureIsTooThin(t *testing.T) {
	thin := func() outer {
		o := fixture()
		o.Inners, o.Ptr, o.ByCode = nil, nil, nil
		return o
	}
	got := strings.Join(reports(thin, all, options...), "\n")
	for _, w := range []string{"cannot change Inners[:]: the fixture needs an element here",
		"cannot change Ptr.Name: the fixture needs a value here", "cannot change ByCode[k].Count: the fixture needs a key here"} {
		if !strings.Contains(got, w) {
			t.Errorf("Check did not report %q; it reported:\n%s", w, got)
		}
	}
}

func TestCheckReportsAListItCannotRebuild(t *testing.T) {
	zeroDay := func() outer {
		o := fixture()
		o.Steps = steps{days: []int{-1, 2}} // the first day changed by one is 0
		return o
	}
	got := reports(zeroDay, all, options...)
	if want := []string{"equaltest: cannot change Steps[0]: no day 0"}; !slices.Equal(got, want) {
		t.Errorf("Check reported %q, want %q", got, want)
	}
}
