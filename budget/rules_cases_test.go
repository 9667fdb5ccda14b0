package budget

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
)

// ruleCases is a file of testdata/rules: the shipped rule sets to merge, in
// order (names of files in rules/, without ".json"), and the cases to judge
// by them. Adding a scheme is adding its file to rules/ and a file of cases
// here; no Go code.
type ruleCases struct {
	Rules []string   `json:"rules"`
	Cases []ruleCase `json:"cases"`
}

// ruleCase is a project on a date and the findings expected for it: the
// project's figures, or a budget whose figures are taken on a basis
// (planned by default).
type ruleCase struct {
	Name     string          `json:"name"`
	Date     integracja.Date `json:"date"`
	Figures  *Figures        `json:"figures"`
	Budget   *Budget         `json:"budget"`
	Basis    Basis           `json:"basis"`
	Findings []wantFinding   `json:"findings"`
}

// wantFinding is an expected finding. Rule and severity are always
// compared; the other fields when given. In messages a plain space stands
// for the no-break spaces of amounts.
type wantFinding struct {
	Rule     string              `json:"rule"`
	Severity integracja.Severity `json:"severity"`
	Measured *decimal.Decimal    `json:"measured"`
	Limit    *decimal.Decimal    `json:"limit"`
	Path     *string             `json:"path"`
	Basis    *string             `json:"basis"`
	Message  *integracja.Text    `json:"message"`
}

func TestShippedRulesJudgeTheirCases(t *testing.T) {
	files, err := filepath.Glob("testdata/rules/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var rc ruleCases
		require.NoError(t, integracja.DecodeJSON(data, &rc), file)
		require.NotEmpty(t, rc.Rules, file)
		rs := RuleSet{}
		for _, name := range rc.Rules {
			rs, err = rs.Merge(shipped(name))
			require.NoError(t, err, "%s: %s", file, name)
		}
		for _, c := range rc.Cases {
			t.Run(strings.TrimSuffix(filepath.Base(file), ".json")+": "+c.Name, func(t *testing.T) {
				require.True(t, (c.Figures == nil) != (c.Budget == nil), "a case has figures or a budget")
				var f Figures
				if c.Figures != nil {
					f = *c.Figures
				} else {
					f, err = c.Budget.Figures(c.Basis)
					require.NoError(t, err)
				}
				got := rs.Evaluate(f, c.Date)
				require.Len(t, got, len(c.Findings), "%v", got)
				for i, w := range c.Findings {
					checkFinding(t, w, got[i])
				}
			})
		}
	}
}

func checkFinding(t *testing.T, w wantFinding, got integracja.Finding) {
	t.Helper()
	assert.Equal(t, w.Rule, got.Rule)
	assert.Equal(t, w.Severity, got.Severity, "%s: %s", got.Rule, got.Message.EN)
	assert.Equal(t, UnitPercent, got.Unit)
	if w.Measured != nil {
		assert.True(t, got.Measured.Equal(*w.Measured), "%s: measured %s, want %s", got.Rule, got.Measured, w.Measured)
	}
	if w.Limit != nil {
		assert.True(t, got.Limit.Equal(*w.Limit), "%s: limit %s, want %s", got.Rule, got.Limit, w.Limit)
	}
	if w.Path != nil {
		assert.Equal(t, *w.Path, got.Path.String(), got.Rule)
	}
	if w.Basis != nil {
		assert.Equal(t, *w.Basis, got.Basis, got.Rule)
	}
	if w.Message != nil {
		plain := func(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }
		assert.Equal(t, w.Message.PL, plain(got.Message.PL), got.Rule)
		assert.Equal(t, w.Message.EN, plain(got.Message.EN), got.Rule)
	}
}

// TestEveryShippedRuleSetIsValidTestedAndCitesEachBasis decodes every
// embedded file, checks that a file of cases judges it, that its texts are
// given in both languages, that every basis it writes is cited (by its
// rules or those of its base) and says where it was checked, and that no
// legal text is written twice.
func TestEveryShippedRuleSetIsValidTestedAndCitesEachBasis(t *testing.T) {
	tested := map[string]bool{}
	files, err := filepath.Glob("testdata/rules/*.json")
	require.NoError(t, err)
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var rc ruleCases
		require.NoError(t, integracja.DecodeJSON(data, &rc))
		for _, name := range rc.Rules {
			tested[name] = true
		}
	}
	texts := map[string]string{}
	err = fs.WalkDir(shippedFiles, "rules", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			assert.True(t, tested[name], "no file of testdata/rules judges %s", path)
			rs := shipped(name)
			require.Positive(t, rs.Len())
			cited := map[string]bool{}
			for _, r := range rs.Rules() {
				assert.NotEmpty(t, r.Description.EN, r.Code)
				cited[r.Basis] = true
				r.schedules(func(_ integracja.Path, s integracja.Schedule[decimal.Decimal]) {
					for _, st := range s.Steps() {
						cited[st.Basis] = true
					}
				})
			}
			data, err := shippedFiles.ReadFile(path)
			require.NoError(t, err)
			var own ruleSetJSON
			require.NoError(t, integracja.DecodeJSON(data, &own))
			for _, b := range own.Bases {
				assert.True(t, cited[b.Key], "%s: the basis %s is not cited", path, b.Key)
				assert.True(t, strings.HasPrefix(b.Source, "doc/law.md#"), "%s: %s cites %q", path, b.Key, b.Source)
				if other, dup := texts[b.Text]; dup {
					t.Errorf("%s: the text of %s is written again in %s", path, b.Key, other)
				}
				texts[b.Text] = path + " " + b.Key
			}
		})
		return nil
	})
	require.NoError(t, err)
	law, err := os.ReadFile("../doc/law.md")
	require.NoError(t, err)
	for _, where := range texts {
		path, key, _ := strings.Cut(where, " ")
		rs := shipped(strings.TrimSuffix(filepath.Base(path), ".json"))
		b, _ := rs.Basis(key)
		_, anchor, _ := strings.Cut(b.Source, "#")
		assert.True(t, strings.Contains(string(law), `<a id="`+anchor+`"></a>`), "%s cites an anchor doc/law.md lacks", key)
	}
}
