package programme_test

import (
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum/enumtest"
	"github.com/aktywna/integracja/programme"
)

func TestEveryEnumKeepsTheEnumRules(t *testing.T) {
	errs := integracja.EnumErrors{}
	enumtest.Check(t, errs, programme.ParseOperatorKind)
	enumtest.Check(t, errs, programme.ParseGroup)
	enumtest.Check(t, errs, programme.ParseMode)
	enumtest.Check(t, errs, programme.ParseSpecialist)
	enumtest.Check(t, errs, programme.ParsePer)
	enumtest.Check(t, errs, programme.ParseHourLength)
	enumtest.Check(t, errs, programme.ParseEventKind)
	enumtest.Check(t, errs, programme.ParseDropoutReason)
	enumtest.Check(t, errs, programme.ParseStatus)
	enumtest.Check(t, errs, programme.ParseFigureUnit)
	enumtest.Check(t, errs, programme.ParseSocialGroup)
	enumtest.Check(t, errs, programme.ParseSite)
	enumtest.Check(t, errs, programme.ParseSexBreakdown)
	enumtest.Check(t, errs, programme.ParseEfficiencyFormulation)
}
