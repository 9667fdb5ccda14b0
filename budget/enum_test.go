package budget_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/internal/enum/enumtest"
)

func TestEveryEnumKeepsTheEnumRules(t *testing.T) {
	errs := integracja.EnumErrors{}
	enumtest.Check(t, errs, budget.ParseCostKind)
	enumtest.Check(t, errs, budget.ParseSourceKind)
	enumtest.Check(t, errs, budget.ParseOutcome)
	enumtest.Check(t, errs, budget.ParseSide)
	enumtest.Check(t, errs, budget.ParseRounding)
	enumtest.Check(t, errs, budget.ParseBasis)
	enumtest.Check(t, errs, budget.ParseMetric)
	enumtest.Check(t, errs, budget.ParseBound)
	enumtest.Check(t, errs, budget.ParseVerification)
}

// TestHyphenatedCodesAreGone reads the codes budget wrote before the
// module settled on snake_case: they are errors now, and the same words
// joined by underscores parse.
func TestHyphenatedCodesAreGone(t *testing.T) {
	for _, tt := range []struct {
		old   string
		parse func(string) error
	}{
		{"half-away-from-zero", func(s string) error { _, err := budget.ParseRounding(s); return err }},
		{"at-most", func(s string) error { _, err := budget.ParseBound(s); return err }},
		{"project-value", func(s string) error { _, err := budget.ParseMetric(s); return err }},
		{"labour-fund", func(s string) error { _, err := budget.ParseSourceKind(s); return err }},
		{"missing-parts", func(s string) error { _, err := budget.ParseOutcome(s); return err }},
		{"parts-exceed-total", func(s string) error { _, err := budget.ParseSide(s); return err }},
	} {
		if err := tt.parse(tt.old); !errors.Is(err, integracja.ErrInvalid) {
			t.Errorf("%q: %v, want an error", tt.old, err)
		}
		if snake := strings.ReplaceAll(tt.old, "-", "_"); tt.parse(snake) != nil {
			t.Errorf("%q: %v", snake, tt.parse(snake))
		}
	}
}
