package contract_test

import (
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/internal/enum/enumtest"
)

func TestEveryEnumKeepsTheEnumRules(t *testing.T) {
	errs := integracja.EnumErrors{}
	enumtest.Check(t, errs, contract.ParseKind)
	enumtest.Check(t, errs, contract.ParseTrack)
	enumtest.Check(t, errs, contract.ParseState)
	enumtest.Check(t, errs, contract.ParseReason)
	enumtest.Check(t, errs, contract.ParseInstitutionKind)
	enumtest.Check(t, errs, contract.ParseActor)
	enumtest.Check(t, errs, contract.ParseBenefitKind)
	enumtest.Check(t, errs, contract.ParseConsequence)
	enumtest.Check(t, errs, contract.ParseAchievement)
	enumtest.Check(t, errs, contract.ParseEntitlement)
	enumtest.Check(t, errs, contract.ParseExclusionScope)
	enumtest.Check(t, errs, contract.ParseLabourStatus)
	enumtest.Check(t, errs, contract.ParseOfficeLink)
}
