package contract_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
)

// manyActions returns a signed contract with n actions due over a year and
// one amendment that keeps them: a third were recorded done in the terms
// as concluded, a third in the amendment, a third are not done.
func manyActions(tb testing.TB, n int) contract.Contract {
	tb.Helper()
	from := d("2019-01-01")
	c := kisContract()
	c.ConcludedOn = from
	c.Terms.Period = integracja.Period{From: from, To: d("2019-12-31")}
	c.Terms.Family = nil
	c.Terms.Commitments.Benefits = nil
	c.Terms.Actions = make([]contract.Action, n)
	for i := range c.Terms.Actions {
		c.Terms.Actions[i] = contract.Action{ID: "A" + strconv.Itoa(i), Goal: "C1", Actor: contract.ActorClient,
			Description: "zajęcia", Responsible: "uczestniczka", Due: from.AddDays(i % 365)}
		if i%3 == 0 {
			c.Terms.Actions[i].Done = from.AddDays(i % 365)
		}
	}
	c, err := c.Sign(from)
	if err != nil {
		tb.Fatal(err)
	}
	amended := c.Terms.Clone()
	for i := range amended.Actions {
		if i%3 == 1 {
			amended.Actions[i].Done = from.AddDays(i % 365)
		}
	}
	if c, err = c.Amend(d("2019-07-01"), "1/2019", "postępy", amended); err != nil {
		tb.Fatal(err)
	}
	c.Terms.Actions, c.Amendments[0].Terms.Actions = c.Amendments[0].Terms.Actions, c.Terms.Actions // progress spread over both
	return c
}

// plainOverdue is what a program would write over one list of actions
// without this package: the actions past their deadline and not done, the
// most overdue first.
func plainOverdue(actions []contract.Action, asOf integracja.Date) []contract.OverdueAction {
	var out []contract.OverdueAction
	for i, a := range actions {
		if a.Due.Before(asOf) && (a.Done.IsZero() || a.Done.After(asOf)) {
			out = append(out, contract.OverdueAction{Action: a, Version: 2, Index: i, DaysLate: a.Due.DaysUntil(asOf)})
		}
	}
	slices.SortFunc(out, func(x, y contract.OverdueAction) int {
		if x.DaysLate != y.DaysLate {
			return y.DaysLate - x.DaysLate
		}
		return x.Index - y.Index
	})
	return out
}

// BenchmarkOverdue lists the overdue actions of a contract of 100 000
// actions in two versions, against plainOverdue over the current version's
// list: Overdue hashes the done dates of every version once, so it stays
// within a small factor of the plain loop.
func BenchmarkOverdue(b *testing.B) {
	c := manyActions(b, 100_000)
	asOf := d("2019-12-31")
	want := len(plainOverdue(c.Current().Actions, asOf))
	b.Run("Overdue", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if got := len(c.Overdue(asOf)); got == 0 || got > want {
				b.Fatalf("%d overdue, the plain loop finds %d", got, want)
			}
		}
	})
	b.Run("plain loop", func(b *testing.B) {
		b.ReportAllocs()
		actions := c.Current().Actions
		for b.Loop() {
			plainOverdue(actions, asOf)
		}
	})
}

// BenchmarkMarkDone records one action done in a contract of 100 000
// actions: one lookup and one copy of the contract (a Contract is a value),
// against copying the list of actions alone.
func BenchmarkMarkDone(b *testing.B) {
	c := manyActions(b, 100_000)
	b.Run("MarkDone", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.MarkDone("A99998", d("2019-12-30")); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("copy of the actions", func(b *testing.B) {
		b.ReportAllocs()
		actions := c.Current().Actions
		for b.Loop() {
			x := slices.Clone(actions)
			x[len(x)-2].Done = d("2019-12-30")
		}
	})
}

func TestOverdueCountsProgressOfEveryVersion(t *testing.T) {
	c := manyActions(t, 3000)
	asOf := d("2020-01-01") // every deadline has passed
	// An action is done when either version records it done: a third are
	// done in each version, so a third are overdue.
	got := c.Overdue(asOf)
	if len(got) != 1000 {
		t.Fatalf("%d overdue, want 1000", len(got))
	}
	for _, o := range got {
		if n, _ := strconv.Atoi(o.Action.ID[1:]); n%3 != 2 {
			t.Fatalf("%s is done in one of the versions", o.Action.ID)
		}
	}
}
