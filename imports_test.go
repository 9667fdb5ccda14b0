package integracja_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/aktywna/integracja"

// allowed lists, for each package of the module, the module packages it may
// import: the direction of dependencies in DESIGN.md. examples may import
// anything; internal packages may import only the root.
var allowed = map[string][]string{
	"":          {},
	"indicator": {"", "internal"},
	"budget":    {"", "internal"},
	"contract":  {"", "internal", "indicator", "budget"},
	"programme": {"", "internal", "indicator", "budget", "contract"},
	"internal":  {""},
}

// TestImportGraph fails when a package imports one above it in the graph of
// DESIGN.md, test files included.
func TestImportGraph(t *testing.T) {
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		if dir == "." {
			dir = ""
		}
		top, _, _ := strings.Cut(dir, "/")
		if top == "examples" {
			return nil
		}
		rules, ok := allowed[top]
		if !ok {
			t.Errorf("%s: package %q is not in the dependency graph of DESIGN.md; add it to allowed", path, dir)
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
			rel := strings.TrimPrefix(strings.TrimPrefix(p, module), "/")
			target, _, _ := strings.Cut(rel, "/")
			if target == top && rel != "" && top != "" {
				continue // within the same subtree (a package and its tests)
			}
			if top == "" && rel == "" {
				continue // root importing itself in external tests
			}
			if !contains(rules, target) {
				t.Errorf("%s imports %s: %q may import only %q", path, p, top, rules)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
