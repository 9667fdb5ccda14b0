package contract_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja/contract"
)

// slices returns, for every non-empty slice reachable in v without
// following a pointer (unexported fields included), the address of its
// first element and the path that leads to it. Two values that share no
// address share no slice: changing one cannot change the other.
func slicesOf(v any) map[uintptr]string {
	out := map[uintptr]string{}
	var walk func(x reflect.Value, path string)
	walk = func(x reflect.Value, path string) {
		switch x.Kind() {
		case reflect.Struct:
			for i := range x.NumField() {
				walk(x.Field(i), path+"."+x.Type().Field(i).Name)
			}
		case reflect.Slice:
			if x.Len() > 0 {
				out[x.Pointer()] = path
			}
			for i := range x.Len() {
				walk(x.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case reflect.Array:
			for i := range x.Len() {
				walk(x.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case reflect.Map:
			if x.Len() > 0 {
				out[x.Pointer()] = path
			}
		}
	}
	walk(reflect.ValueOf(v), "")
	return out
}

// shared returns the paths in b of the slices that b shares with a.
func shared(a, b any) []string {
	in := slicesOf(a)
	var out []string
	for p, path := range slicesOf(b) {
		if _, ok := in[p]; ok {
			out = append(out, path)
		}
	}
	return out
}

func TestAContractIsAValue(t *testing.T) {
	// A contract with something in every list: entitlements, family,
	// assessment, goals, actions, commitments, consequences, amendments,
	// events and evaluation.
	full := kisFull(t)
	full.ClientEntitlements = []contract.Entitlement{contract.OldAgePension}
	active, err := kisContract().Sign(d("2019-06-03"))
	require.NoError(t, err)
	active.ClientEntitlements = []contract.Entitlement{contract.OldAgePension}
	active.Evaluation = contract.Evaluation{Date: d("2019-06-20"), Goals: []contract.GoalResult{{Goal: "G"}}, Reasons: []string{"r"}}
	draft := kisContract()
	draft.ClientEntitlements = []contract.Entitlement{contract.OldAgePension}
	terms := kisAmendment()
	review := contract.Review{Date: d("2019-12-30"), Note: "podsumowanie", Actions: []string{"A1"}}
	eval := contract.Evaluation{Date: d("2020-01-10"), Goals: []contract.GoalResult{{Goal: "G", Achievement: contract.Achieved}}, Reasons: []string{"r"}}

	tests := []struct {
		name     string
		receiver contract.Contract
		call     func(c contract.Contract) (contract.Contract, error)
		passed   any // what the caller passed, or nil
	}{
		{"Sign", draft, func(c contract.Contract) (contract.Contract, error) { return c.Sign(d("2019-06-03")) }, nil},
		{"Amend", active, func(c contract.Contract) (contract.Contract, error) {
			return c.Amend(d("2019-09-02"), "1/2019", "zmiana", terms)
		}, terms},
		{"MarkDone", full, func(c contract.Contract) (contract.Contract, error) { return c.MarkDone("A1", d("2019-09-20")) }, nil},
		{"MarkDone on a contract as concluded", active, func(c contract.Contract) (contract.Contract, error) {
			return c.MarkDone("A1", d("2019-09-20"))
		}, nil},
		{"Evaluate", full, func(c contract.Contract) (contract.Contract, error) { return c.Evaluate(eval), nil }, eval},
		{"AddReview", full, func(c contract.Contract) (contract.Contract, error) { return c.AddReview(review) }, review},
		{"Clone", full, func(c contract.Contract) (contract.Contract, error) { return c.Clone(), nil }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name+" returns a contract that shares no slice with the receiver or the arguments", func(t *testing.T) {
			got, err := tt.call(tt.receiver)
			require.NoError(t, err)
			assert.Empty(t, shared(tt.receiver, got), "shared with the receiver")
			if tt.passed != nil {
				assert.Empty(t, shared(tt.passed, got), "shared with what the caller passed")
			}
		})
	}
	t.Run("changing what Amend was given changes nothing stored", func(t *testing.T) {
		mine := kisAmendment()
		got, err := active.Amend(d("2019-09-02"), "1/2019", "zmiana", mine)
		require.NoError(t, err)
		mine.Actions[0].Description = "zmienione"
		mine.Family[0].Relation = "zmienione"
		assert.NotEqual(t, "zmienione", got.Current().Actions[0].Description)
		assert.NotEqual(t, "zmienione", got.Current().Family[0].Relation)
	})
	t.Run("changing the result of Sign changes nothing in the draft", func(t *testing.T) {
		x := draft
		signed, err := x.Sign(d("2019-06-03"))
		require.NoError(t, err)
		signed.Terms.Actions[0].Description = "zmienione"
		signed.ClientEntitlements[0] = contract.UnemploymentBenefit
		assert.Equal(t, kisContract().Terms.Actions[0].Description, x.Terms.Actions[0].Description)
		assert.Equal(t, contract.OldAgePension, x.ClientEntitlements[0])
	})
}

func TestOneWayToChangeTheState(t *testing.T) {
	// Changes of state after signing are made on the Lifecycle field;
	// Contract repeats none of them, and a suspension takes its reason.
	ct := reflect.TypeFor[contract.Contract]()
	for _, name := range []string{"Suspend", "SuspendFor", "Resume", "Complete", "Terminate"} {
		_, ok := ct.MethodByName(name)
		assert.False(t, ok, "Contract.%s repeats Lifecycle.%s", name, name)
	}
	lt := reflect.TypeFor[contract.Lifecycle]()
	_, ok := lt.MethodByName("SuspendFor")
	assert.False(t, ok, "Suspend and SuspendFor did one thing two ways")
	m, ok := lt.MethodByName("Suspend")
	require.True(t, ok)
	assert.Equal(t, reflect.TypeFor[contract.Reason](), m.Type.In(2), "Suspend takes the reason")
	_, ok = ct.MethodByName("Sign")
	assert.True(t, ok, "signing also concludes the contract, so it stays on Contract")
}
