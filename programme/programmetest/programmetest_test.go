package programmetest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
	"github.com/aktywna/integracja/programme/programmetest"
)

// recorder is a testing.TB that keeps what the helpers report instead of
// failing the test that runs them.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Helper()         {}
func (r *recorder) Log(args ...any) {}

func (r *recorder) text() string { return strings.Join(r.errors, "\n") }

var findings = []integracja.Finding{
	{Rule: "eligibility.age", Severity: integracja.Info, Path: integracja.NewPath("participants"), Unit: "people",
		Message: integracja.Text{PL: "wiek uczestników: spełnione (sprawdzeni: 3 uczestników)"}},
	{Rule: "contract.before_first_session", Severity: integracja.Violation, Path: integracja.NewPath("participants").Index(1).Child("contracts"),
		Measured: decimal.NewFromInt(1), Unit: "people", Basis: "art. 18 ust. 4 u.z.s.",
		Message: integracja.Text{PL: "uczestnik P-2: kontrakt zawarty 15.03.2012 r., po pierwszych zajęciach 06.03.2012 r."}},
}

func TestAssertCompliantListsTheWarningsAndViolations(t *testing.T) {
	r := &recorder{TB: t}
	assert.True(t, programmetest.AssertCompliant(r, findings[:1]))
	assert.Empty(t, r.errors)
	assert.False(t, programmetest.AssertCompliant(r, findings))
	assert.Equal(t, "expected no warning or violation, found 1:\n"+
		"  naruszenie [contract.before_first_session] participants[1].contracts: uczestnik P-2: kontrakt zawarty 15.03.2012 r., "+
		"po pierwszych zajęciach 06.03.2012 r. (art. 18 ust. 4 u.z.s.) {measured 1, limit 0 people}\n", r.text())
}

func TestAssertFindingMatchesEachGivenFieldAndSaysWhatItFound(t *testing.T) {
	for _, w := range []programmetest.Want{
		{Rule: "contract.before_first_session", Severity: integracja.Violation},
		{Rule: "contract.before_first_session", Severity: integracja.Violation, Path: "participants[1].contracts", Measured: "1.00", Limit: "0"},
		{Rule: "contract.before_first_session", Severity: integracja.Violation, Message: "po pierwszych zajęciach"},
	} {
		r := &recorder{TB: t}
		_, ok := programmetest.AssertFinding(r, findings, w)
		assert.True(t, ok, "%s", w)
		assert.Empty(t, r.errors)
	}
	for _, w := range []programmetest.Want{
		{Rule: "contract.before_first_session", Severity: integracja.Warning},
		{Rule: "contract.before_first_session", Severity: integracja.Violation, Path: "participants[0].contracts"},
		{Rule: "contract.before_first_session", Severity: integracja.Violation, Measured: "2"},
		{Rule: "contract.before_first_session", Severity: integracja.Violation, Message: "przed"},
		{Rule: "eligibility.not_working", Severity: integracja.Violation},
	} {
		r := &recorder{TB: t}
		_, ok := programmetest.AssertFinding(r, findings, w)
		assert.False(t, ok, "%s", w)
		assert.Contains(t, r.text(), "expected the finding "+w.String())
		assert.Contains(t, r.text(), "warnings and violations:\n  naruszenie [contract.before_first_session]")
	}
	r := &recorder{TB: t}
	programmetest.AssertFinding(r, findings, programmetest.Want{Rule: "eligibility.age", Severity: integracja.Violation, Path: "participants[2]"})
	assert.Contains(t, r.text(), "expected the finding violation [eligibility.age] at participants[2]\nfindings of rule eligibility.age:\n"+
		"  informacja [eligibility.age] participants: wiek uczestników: spełnione (sprawdzeni: 3 uczestników) {measured 0, limit 0 people}\n")
}

func TestAssertNoFindingLooksAtWarningsAndViolationsOnly(t *testing.T) {
	r := &recorder{TB: t}
	assert.True(t, programmetest.AssertNoFinding(r, findings, "eligibility.age"), "an info is not a finding against the rule")
	assert.False(t, programmetest.AssertNoFinding(r, findings, "contract.before_first_session"))
	assert.Contains(t, r.text(), "expected no warning or violation of rule contract.before_first_session, found 1:")
}

func TestAssertFigurePrintsWantedComputedAndReported(t *testing.T) {
	rep := programme.IndicatorReport{AsOf: integracja.MustParseDate("2011-12-31"), Rows: []programme.IndicatorRow{
		{Code: "contracts", Name: integracja.Text{PL: "liczba osób objętych kontraktami"}, Computed: indicator.Count{Women: 12, Men: 8},
			Computable: true, Stated: true, Reported: indicator.Count{Women: 12, Men: 8}},
		{Code: "K7", Name: integracja.Text{PL: "rodziny"}, Stated: true, Reported: indicator.Count{Unspecified: 3}},
	}}
	r := &recorder{TB: t}
	assert.True(t, programmetest.AssertFigure(r, rep, "contracts", indicator.Count{Women: 12, Men: 8}))
	assert.True(t, programmetest.AssertFigure(r, rep, "contracts", indicator.Count{Unspecified: 20}), "a total alone compares totals")
	assert.Empty(t, r.errors)
	assert.False(t, programmetest.AssertFigure(r, rep, "contracts", indicator.Count{Women: 13, Men: 7}))
	assert.Equal(t, "indicator contracts (liczba osób objętych kontraktami) as of 2011-12-31:\n"+
		"  want     20 (13K i 7M)\n  computed 20 (12K i 8M)\n  reported 20 (12K i 8M)", r.errors[0])
	assert.False(t, programmetest.AssertFigure(r, rep, "K7", indicator.Count{Unspecified: 3}))
	assert.Contains(t, r.errors[1], "not computed from the records; reported 3")
	assert.False(t, programmetest.AssertFigure(r, rep, "EECO01", indicator.Count{}))
	assert.Contains(t, r.errors[2], "no such indicator")
}

func TestDecodeCaseIsStrictAndSaysWhatIsMissing(t *testing.T) {
	const programme = `{"name":"x","operator":{"kind":"ops","name":"OPS"},"period":{"from":"2011-01-01","to":"2011-12-31"},"participants":[]}`
	tests := []struct {
		name string
		json string
		want []string
	}{
		{"an unknown field", `{"programmeFile":"p.json","asOf":"2011-12-31","compliant":true,"asof":"2011-12-31"}`,
			[]string{"asof: unknown"}},
		{"no programme", `{"asOf":"2011-12-31","compliant":true}`, []string{"programme: required"}},
		{"two programmes", `{"programme":` + programme + `,"programmeFile":"p.json","asOf":"2011-12-31","compliant":true}`,
			[]string{"programme: required"}},
		{"two schemes", `{"programmeFile":"p.json","scheme":"pokl_7_1_1","schemeFile":"s.json","asOf":"2011-12-31","compliant":true}`,
			[]string{"schemeFile: inconsistent"}},
		{"no date", `{"programmeFile":"p.json","compliant":true}`, []string{"asOf: required"}},
		{"nothing expected", `{"programmeFile":"p.json","asOf":"2011-12-31"}`, []string{": required"}},
		{"a want without a rule, with a figure in an exponent", `{"programmeFile":"p.json","asOf":"2011-12-31",
			"findings":[{"severity":"info","measured":"1e3"}]}`, []string{"findings[0].rule: required", "findings[0].measured: invalid"}},
		{"a severity that is not one", `{"programmeFile":"p.json","asOf":"2011-12-31","findings":[{"rule":"x.y","severity":"fatal"}]}`,
			[]string{"findings[0].severity: invalid"}},
		{"a problem line without its code", `{"programmeFile":"p.json","asOf":"2011-12-31","problems":["participants[0].id"]}`,
			[]string{"problems[0]: invalid"}},
		{"a count that does not parse", `{"programmeFile":"p.json","asOf":"2011-12-31","figures":{"contracts":"20 (12K i 9M)"}}`,
			[]string{`figures["contracts"]: inconsistent`}},
		{"a scheme that is not shipped", `{"programmeFile":"p.json","scheme":"pokl_2099","asOf":"2011-12-31","compliant":true}`,
			[]string{"scheme: unknown"}},
		{"an overlay that does not validate", `{"programmeFile":"p.json","scheme":{"base":"pokl_7_1_1","age":[{"from":"2011-01-01","value":{"from":70,"to":64}}]},
			"asOf":"2011-12-31","compliant":true}`, []string{"scheme.age[1].value: out_of_range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := programmetest.DecodeCase([]byte(tt.json))
			require.Error(t, err)
			assert.Equal(t, tt.want, programmetest.Problems(err))
		})
	}
}

func TestRunCaseFailsWhenTheProgrammeBreaksAnExpectation(t *testing.T) {
	dir := t.TempDir()
	p := `{"name":"x","operator":{"kind":"ops","name":"OPS"},"scheme":"pokl_7_1_1","period":{"from":"2011-01-01","to":"2011-12-31"},
	  "participants":[{"id":"P-1","sex":"female","events":[{"date":"2011-03-01","kind":"enrolled"}]}]}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.json"), []byte(p), 0o600))
	c, err := programmetest.DecodeCase([]byte(`{"programmeFile":"p.json","asOf":"2011-12-31","compliant":true,
	  "findings":[{"rule":"eligibility.age","severity":"warning","measured":"1"}],
	  "absent":["budget.missing"],"figures":{"participants":"1 (1K)","completed":"1"}}`))
	require.NoError(t, err)
	r := &recorder{TB: t}
	programmetest.RunCase(r, c, dir)
	require.Len(t, r.errors, 3, r.text())
	assert.True(t, strings.HasPrefix(r.errors[0], "expected no warning or violation, found "), r.errors[0])
	assert.Contains(t, r.errors[1], "expected no warning or violation of rule budget.missing, found 1:")
	assert.Contains(t, r.errors[2], "indicator completed (liczba ukończeń programu) as of 2011-12-31:\n  want     1\n  computed 0\n")

	c.ProgrammeFile = "missing.json"
	r = &recorder{TB: t}
	programmetest.RunCase(r, c, dir)
	assert.Contains(t, r.text(), "programme file:")
}

func TestProblemsListsPathAndCode(t *testing.T) {
	err := integracja.Join(integracja.Required(integracja.NewPath("name")),
		integracja.OutOfRange(integracja.NewPath("attendance").Index(3).Child("hours"), "", integracja.Text{}))
	assert.Equal(t, []string{"name: required", "attendance[3].hours: out_of_range"}, programmetest.Problems(err))
	assert.Equal(t, []string{}, programmetest.Problems(nil))
}
