package integracja_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/aktywna/integracja"

// allowed lists, for each top-level package of the module, the module
// packages it may import: the direction of dependencies the README draws (section Packages).
//
//	examples ──► programme ──► contract ──► indicator ──► integracja (root)
//	                 │             └──────► budget ────► integracja
//	                 ├────────► budget
//	                 └────────► indicator
//
// examples may import anything; the root only internal packages, so that
// it can use internal/enum; internal packages nothing of the module
// outside internal.
var allowed = map[string][]string{
	"":          {"internal"},
	"indicator": {"", "internal"},
	"budget":    {"", "internal"},
	"contract":  {"", "internal", "indicator", "budget"},
	"programme": {"", "internal", "indicator", "budget", "contract"},
	"internal":  {},
}

// checkImports walks the Go files below dir and returns one line for each
// import that goes against allowed, and the number of files it read.
func checkImports(t *testing.T, dir string) (violations []string, files int) {
	t.Helper()
	fset := token.NewFileSet()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != dir && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, err := filepath.Rel(dir, filepath.Dir(path))
		if err != nil {
			return err
		}
		pkg := filepath.ToSlash(rel)
		if pkg == "." {
			pkg = ""
		}
		top, _, _ := strings.Cut(pkg, "/")
		if top == "examples" {
			return nil
		}
		files++
		rules, ok := allowed[top]
		if !ok {
			violations = append(violations, path+": package "+pkg+" is not in the dependency graph (README, section Packages)")
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p := strings.Trim(imp.Path.Value, `"`)
			if p != module && !strings.HasPrefix(p, module+"/") {
				continue
			}
			target, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(p, module), "/"), "/")
			if target == top {
				continue // a package and its own tests or subpackages
			}
			if !slices.Contains(rules, target) {
				violations = append(violations, path+" imports "+p+", but "+quoteTop(top)+" may import only "+strings.Join(quoteAll(rules), ", "))
			}
		}
		return nil
	})
	require.NoError(t, err)
	return violations, files
}

func quoteTop(top string) string {
	if top == "" {
		return "the root package"
	}
	return top
}

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = quoteTop(s)
	}
	if len(out) == 0 {
		return []string{"nothing from the module"}
	}
	return out
}

// TestImportGraph fails when a package imports one above it in the graph of
// the README, test files included.
func TestImportGraph(t *testing.T) {
	violations, files := checkImports(t, ".")
	assert.Empty(t, violations)
	assert.Greater(t, files, 20, "the walk must see the module's files")
}

// TestImportGraphCatchesAnUpwardImport runs the check on a small tree in
// testdata where indicator imports contract, an internal package imports
// the root and the root imports budget.
func TestImportGraphCatchesAnUpwardImport(t *testing.T) {
	violations, files := checkImports(t, filepath.Join("testdata", "importgraph"))
	assert.Equal(t, 5, files)
	require.Len(t, violations, 3, "%q", violations)
	assert.Contains(t, violations[0], "indicator/bad.go imports "+module+"/contract")
	assert.Contains(t, violations[1], "internal/i18n/bad.go imports "+module+", but internal may import only nothing from the module")
	assert.Contains(t, violations[2], "root.go imports "+module+"/budget")
}
