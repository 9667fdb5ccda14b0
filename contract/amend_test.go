package contract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
)

func signedKIS(t *testing.T) contract.Contract {
	t.Helper()
	c, err := kisContract().Sign(d("2019-06-03"))
	require.NoError(t, err)
	return c
}

func TestAmendKeepsEveryVersion(t *testing.T) {
	c := signedKIS(t)
	a, err := c.Amend(d("2019-09-02"), "1/2019", "przesunięcie terminu szkolenia", kisAmendment())
	require.NoError(t, err)

	t.Run("the receiver is unchanged", func(t *testing.T) {
		assert.Empty(t, c.Amendments)
		assert.Len(t, c.Versions(), 1)
		assert.True(t, c.Current().Actions[2].Due.Equal(d("2019-08-31")))
	})
	t.Run("the current version is the amendment's", func(t *testing.T) {
		cur := a.Current()
		assert.Equal(t, 2, cur.N)
		assert.Equal(t, "1/2019", cur.Amendment)
		assert.True(t, cur.Date.Equal(d("2019-09-02")))
		assert.Equal(t, "przesunięcie terminu szkolenia", cur.Reason)
		assert.True(t, cur.Actions[2].Due.Equal(d("2019-10-31")))
		assert.Len(t, cur.Actions, 6)
	})
	t.Run("the version as concluded stays readable", func(t *testing.T) {
		v1, ok := a.Version(1)
		require.True(t, ok)
		assert.Equal(t, 1, v1.N)
		assert.Equal(t, "", v1.Amendment)
		assert.True(t, v1.Date.Equal(d("2019-06-03")))
		assert.True(t, v1.Actions[2].Due.Equal(d("2019-08-31")))
		assert.Len(t, v1.Actions, 5)
		vs := a.Versions()
		require.Len(t, vs, 2)
		assert.Equal(t, []int{1, 2}, []int{vs[0].N, vs[1].N})
	})
	t.Run("versions that do not exist are reported", func(t *testing.T) {
		for _, n := range []int{0, 3, -1} {
			_, ok := a.Version(n)
			assert.False(t, ok, "version %d", n)
		}
	})
	t.Run("the version in force on a date is the latest dated on or before it", func(t *testing.T) {
		v, ok := a.VersionAt(d("2019-09-01"))
		assert.True(t, ok)
		assert.Equal(t, 1, v.N)
		v, _ = a.VersionAt(d("2019-09-02"))
		assert.Equal(t, 2, v.N)
		_, ok = a.VersionAt(d("2019-05-01"))
		assert.False(t, ok, "before the conclusion no version is in force")
	})
	t.Run("changing a returned version changes no contract", func(t *testing.T) {
		v := a.Current()
		v.Actions[0].Description = "zmienione"
		v.Goals[0].Text = "zmienione"
		assert.NotEqual(t, "zmienione", a.Current().Actions[0].Description)
		assert.NotEqual(t, "zmienione", a.Current().Goals[0].Text)
	})
	t.Run("changing the terms passed in changes no contract", func(t *testing.T) {
		terms := kisAmendment()
		b, err := c.Amend(d("2019-09-02"), "1/2019", "zmiana", terms)
		require.NoError(t, err)
		terms.Actions[0].Description = "zmienione"
		assert.NotEqual(t, "zmienione", b.Current().Actions[0].Description)
	})
	t.Run("two amendments from the same contract do not share storage", func(t *testing.T) {
		x, err := a.Amend(d("2019-10-01"), "2/2019", "x", kisAmendment())
		require.NoError(t, err)
		y, err := a.Amend(d("2019-10-02"), "2/2019", "y", kisAmendment())
		require.NoError(t, err)
		assert.Equal(t, "x", x.Current().Reason)
		assert.Equal(t, "y", y.Current().Reason)
		assert.Len(t, a.Amendments, 1)
	})
	t.Run("the amended contract validates", func(t *testing.T) {
		assert.NoError(t, a.Validate())
	})
}

func TestAmendRefusesWhatTheContractDoesNotAllow(t *testing.T) {
	c := signedKIS(t)
	first, err := c.Amend(d("2019-09-02"), "1/2019", "przesunięcie terminu szkolenia", kisAmendment())
	require.NoError(t, err)
	ended := first
	ended.Lifecycle, err = first.Lifecycle.Complete(d("2019-11-30"))
	require.NoError(t, err)
	badTerms := kisAmendment()
	badTerms.Actions[0].Due = d("2020-03-01")
	badTerms.Actions[1].Responsible = ""

	tests := []struct {
		name   string
		from   contract.Contract
		date   string
		number string
		reason string
		terms  contract.Terms
		want   []string
	}{
		{"an amendment on the day of conclusion is refused", c, "2019-06-03", "1/2019", "r", kisAmendment(),
			[]string{"amendments[0].date: inconsistent"}},
		{"an amendment before the conclusion is refused", c, "2019-05-03", "1/2019", "r", kisAmendment(),
			[]string{"amendments[0].date: inconsistent", "amendments[0].date: out_of_range"}},
		{"an amendment after the period is out of range", c, "2020-01-10", "1/2019", "r", kisAmendment(),
			[]string{"amendments[0].date: out_of_range"}},
		{"an amendment earlier than the previous one is refused", first, "2019-08-01", "2/2019", "r", kisAmendment(),
			[]string{"amendments[1].date: inconsistent"}},
		{"a repeated number is a duplicate", first, "2019-10-01", "1/2019", "r", kisAmendment(),
			[]string{"amendments[1].number: duplicate"}},
		{"a number, a reason and a date are required", c, "", " ", "", kisAmendment(),
			[]string{"amendments[0].number: required", "amendments[0].reason: required", "amendments[0].date: required"}},
		{"an amendment after the contract ended is refused", ended, "2019-12-10", "2/2019", "r", kisAmendment(),
			[]string{"amendments[1].date: inconsistent"}},
		{"a draft is not amended", kisContract(), "2019-09-02", "1/2019", "r", kisAmendment(),
			[]string{"amendments[0]: inconsistent"}},
		{"the new terms are validated with their paths", c, "2019-09-02", "1/2019", "r", badTerms,
			[]string{"amendments[0].terms.actions[0].due: out_of_range", "amendments[0].terms.actions[1].responsible: required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var date integracja.Date
			if tt.date != "" {
				date = d(tt.date)
			}
			got, err := tt.from.Amend(date, tt.number, tt.reason, tt.terms)
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(err))
			assert.Equal(t, len(tt.from.Amendments), len(got.Amendments), "a refused amendment adds no version")
		})
	}
}

func TestValidateReportsAmendmentsOfAContractNeverSigned(t *testing.T) {
	c := kisContract()
	c.Amendments = []contract.Amendment{{Number: "1/2019", Date: d("2019-09-02"), Reason: "a", Terms: kisAmendment()}}
	assert.Equal(t, []string{"amendments[0]: inconsistent"}, problems(c.Validate()))
}

func TestValidateChecksStoredAmendments(t *testing.T) {
	c := signedKIS(t)
	c.Amendments = []contract.Amendment{
		{Number: "1/2019", Date: d("2019-10-01"), Reason: "a", Terms: kisAmendment()},
		{Number: "1/2019", Date: d("2019-09-01"), Reason: "", Terms: kisAmendment()},
		{Number: "3/2019", Date: d("2019-05-01"), Reason: "c", Terms: kisAmendment()},
	}
	assert.Equal(t, []string{
		"amendments[1].number: duplicate",
		"amendments[1].reason: required",
		"amendments[1].date: inconsistent",
		"amendments[2].date: inconsistent",
		"amendments[2].date: out_of_range",
	}, problems(c.Validate()))
}
