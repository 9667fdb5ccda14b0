package budget

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestSourceKind(t *testing.T) {
	for _, k := range []SourceKind{OtherSource, EUFunds, StateBudget, LocalGovernment, LabourFund, PFRON} {
		t.Run(k.String()+" parses back from its code and its JSON", func(t *testing.T) {
			p, err := ParseSourceKind(k.String())
			require.NoError(t, err)
			assert.Equal(t, k, p)
			b, err := json.Marshal(k)
			require.NoError(t, err)
			var back SourceKind
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, k, back)
			assert.NotEqual(t, k.Label(language.Polish), "")
		})
	}
	t.Run("the zero kind is other", func(t *testing.T) {
		var k SourceKind
		assert.Equal(t, OtherSource, k)
		assert.Equal(t, "other", k.String())
	})
	t.Run("an unknown kind prints without panicking and does not marshal", func(t *testing.T) {
		assert.Equal(t, "SourceKind(42)", SourceKind(42).String())
		assert.Equal(t, "SourceKind(42)", SourceKind(42).Label(language.English))
		_, err := json.Marshal(SourceKind(42))
		assert.Error(t, err)
	})
	t.Run("an unknown code is an error", func(t *testing.T) {
		_, err := ParseSourceKind("EFS")
		assert.ErrorIs(t, err, integracja.ErrInvalid)
	})
	t.Run("labels name the Labour Fund in both languages", func(t *testing.T) {
		assert.Equal(t, "Fundusz Pracy", LabourFund.Label(language.Polish))
		assert.Equal(t, "Labour Fund", LabourFund.Label(language.English))
	})
}

func TestSource(t *testing.T) {
	t.Run("a source without a name is labelled by its kind", func(t *testing.T) {
		s := Source{Code: "fp", Kind: LabourFund}
		assert.Equal(t, "Fundusz Pracy", s.Label(language.Polish))
		s.Name = integracja.Text{PL: "FP – prace społecznie użyteczne", EN: "Labour Fund – socially useful work"}
		assert.Equal(t, "Labour Fund – socially useful work", s.Label(language.English))
	})
	t.Run("a valid source has no problems", func(t *testing.T) {
		assert.NoError(t, Source{Code: "efs", Kind: EUFunds, Planned: MustParseMoney("134 250,00 zł")}.Validate())
	})
	t.Run("every problem of a source is reported with its path", func(t *testing.T) {
		err := Source{Code: "EFS!", Kind: SourceKind(9), Planned: MustParseMoney("-1,00 zł")}.Validate()
		var paths []string
		for _, fe := range integracja.FieldErrors(err) {
			paths = append(paths, fe.Path.String())
		}
		assert.Equal(t, []string{"code", "kind", "planned"}, paths)
		assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	})
}
