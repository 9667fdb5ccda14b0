package programme_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
	"github.com/aktywna/integracja/programme/programmetest"
)

// count parses a count written as reports write it.
func count(t testing.TB, s string) indicator.Count {
	t.Helper()
	c, err := indicator.ParseCount(s)
	require.NoError(t, err)
	return c
}

func TestIndicatorsAtCountEveryMeasureBySexAsOfTheDate(t *testing.T) {
	p := example(t)
	s := shipped(t, "efs_plus")
	rep := p.IndicatorsAt(s, d("2024-05-31"))
	for code, want := range map[string]string{
		programme.MeasureParticipants: "4 (2K i 2M)", programme.MeasureContracts: "4 (2K i 2M)",
		programme.MeasureSociallyUsefulWork: "1 (1M)", programme.MeasureCompleted: "1 (1K)",
		programme.MeasureDroppedOut: "1 (1M)", programme.MeasureLeftForJob: "1 (1K)", programme.MeasureCameBack: "1 (1K)",
		programme.MeasureContinuing: "2 (1K i 1M)", programme.MeasureFoundWork: "2 (1K i 1M)",
		programme.MeasureQualifications: "1 (1K)", "EECO01": "4 (2K i 2M)", "EECO12": "1 (1M)", "EECR03": "1 (1K)",
	} {
		programmetest.AssertFigure(t, rep, code, count(t, want))
	}
	// Before the completion of P-01 and the return of P-03.
	rep = p.IndicatorsAt(s, d("2023-10-01"))
	for code, want := range map[string]string{
		programme.MeasureCompleted: "0", programme.MeasureQualifications: "0", programme.MeasureContinuing: "3 (1K i 2M)",
		"EECR03": "0", "EECR04": "1 (1K)", programme.MeasureSociallyUsefulWork: "1 (1M)",
	} {
		programmetest.AssertFigure(t, rep, code, count(t, want))
	}
	// Before anyone enrolled: no one is counted, the contracts concluded by then are.
	rep = p.IndicatorsAt(s, d("2023-05-29"))
	programmetest.AssertFigure(t, rep, programme.MeasureParticipants, indicator.Count{})
	programmetest.AssertFigure(t, rep, programme.MeasureContracts, count(t, "2 (1K i 1M)"))
	programmetest.AssertFigure(t, rep, "EECO01", indicator.Count{})
}

func TestIndicatorsHoldTheReportedFigureBesideTheComputedOne(t *testing.T) {
	p := example(t)
	p.Indicators = indicator.Set{
		{Definition: indicator.Definition{Code: programme.MeasureContracts, Name: integracja.Text{PL: "zawarte kontrakty socjalne"},
			Kind: indicator.Output, Unit: indicator.UnitContracts}, Achieved: indicator.Count{Unspecified: 5}},
		{Definition: indicator.Definition{Code: "EECO02", Name: integracja.Text{PL: "bezrobotni"}, Kind: indicator.Output},
			Achieved: indicator.Count{Women: 2, Men: 1}},
		{Definition: indicator.Definition{Code: "K7", Name: integracja.Text{PL: "rodziny objęte asystą"}, Kind: indicator.Output},
			Achieved: indicator.Count{Unspecified: 3}},
	}
	rep := p.IndicatorsAt(shipped(t, "pokl_7_1_1"), d("2024-05-31"))
	r, ok := rep.Lookup(programme.MeasureContracts)
	require.True(t, ok)
	assert.Equal(t, "zawarte kontrakty socjalne", r.Name.PL, "the document's wording")
	assert.Equal(t, indicator.Count{Women: 2, Men: 2}, r.Computed, "in unit contracts: the contracts, by the sex of who carries them")
	assert.True(t, r.Stated && r.Differs(), "5 reported, 4 computed")
	r, _ = rep.Lookup("EECO02")
	assert.True(t, r.Computable, "a common indicator the programme reports is computed under any scheme")
	assert.False(t, r.Differs())
	r, _ = rep.Lookup("K7")
	assert.False(t, r.Computable)
	assert.Equal(t, indicator.Count{Unspecified: 3}, r.Achieved(), "the reported figure stands when nothing is computed")
	assert.Equal(t, 2, r.Index)
}

func TestCommonIndicatorsNeedCompleteESFData(t *testing.T) {
	p := example(t)
	p.Participants[1].ESF = programme.ESFRecord{}
	rep := p.IndicatorsAt(shipped(t, "efs_plus"), d("2024-05-31"))
	assert.Equal(t, indicator.Count{Men: 1}, rep.ESFMissing)
	r, _ := rep.Lookup("EECO01")
	assert.False(t, r.Computable)
	fs := p.Check(shipped(t, "efs_plus"), d("2024-05-31"))
	f, ok := programmetest.AssertFinding(t, fs, programmetest.Want{Rule: programme.RuleIndicatorESFData, Severity: integracja.Warning, Measured: "1"})
	if ok {
		assert.Equal(t, "dane EFS (status na rynku pracy, wykształcenie, data urodzenia) niepełne (1 uczestnik); wspólnych wskaźników nie obliczono", f.Message.PL)
	}
}
