package indicator_test

import (
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/enum/enumtest"
)

func TestEveryEnumKeepsTheEnumRules(t *testing.T) {
	errs := integracja.EnumErrors{}
	enumtest.Check(t, errs, indicator.ParseSex)
	enumtest.Check(t, errs, indicator.ParseKind)
	enumtest.Check(t, errs, indicator.ParseUnit)
	enumtest.Check(t, errs, indicator.ParseProtection)
	enumtest.Check(t, errs, indicator.ParseMark)
	enumtest.Check(t, errs, indicator.ParseLabourStatus)
	enumtest.Check(t, errs, indicator.ParseEducation)
	enumtest.Check(t, errs, indicator.ParseFramework)
	enumtest.Check(t, errs, indicator.ParseSourcing)
}
