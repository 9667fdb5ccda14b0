package integracja_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// enumFacts is what the sources of one package say about its enums.
type enumFacts struct {
	declared map[string]bool            // types declared with enum.MustNew
	methods  map[string]map[string]bool // type → its methods
	checked  map[string]bool            // parsers passed to enumtest.Check
}

// readEnumFacts reads every Go file of the module below dir (not those of
// nested modules, testdata or hidden directories), package by package.
func readEnumFacts(t *testing.T, dir string) map[string]*enumFacts {
	t.Helper()
	fset := token.NewFileSet()
	facts := map[string]*enumFacts{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path == dir {
				return nil
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if filepath.Ext(path) != ".go" {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		pkg := filepath.Dir(path)
		ef := facts[pkg]
		if ef == nil {
			ef = &enumFacts{declared: map[string]bool{}, methods: map[string]map[string]bool{}, checked: map[string]bool{}}
			facts[pkg] = ef
		}
		test := strings.HasSuffix(path, "_test.go")
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncDecl:
				if x.Recv != nil && len(x.Recv.List) == 1 {
					typ := x.Recv.List[0].Type
					if s, ok := typ.(*ast.StarExpr); ok {
						typ = s.X
					}
					if id, ok := typ.(*ast.Ident); ok {
						if ef.methods[id.Name] == nil {
							ef.methods[id.Name] = map[string]bool{}
						}
						ef.methods[id.Name][x.Name.Name] = true
					}
				}
			case *ast.CallExpr:
				sel, ok := x.Fun.(*ast.SelectorExpr)
				if !ok {
					break
				}
				if pkgID, ok := sel.X.(*ast.Ident); ok && pkgID.Name == "enum" && sel.Sel.Name == "MustNew" && !test && len(x.Args) == 1 {
					if lit, ok := x.Args[0].(*ast.CompositeLit); ok {
						if idx, ok := lit.Type.(*ast.IndexExpr); ok {
							if id, ok := idx.Index.(*ast.Ident); ok {
								ef.declared[id.Name] = true
							}
						}
					}
				}
				if pkgID, ok := sel.X.(*ast.Ident); ok && pkgID.Name == "enumtest" && sel.Sel.Name == "Check" && test && len(x.Args) == 3 {
					switch a := x.Args[2].(type) {
					case *ast.SelectorExpr:
						ef.checked[a.Sel.Name] = true
					case *ast.Ident:
						ef.checked[a.Name] = true
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return facts
}

// TestEveryEnumStoresAsItsCode finds every enum of the module in its
// sources (each is declared with enum.MustNew) and checks that it has the
// database/sql methods, which internal/enum makes store the code, and
// that its package's tests pass it to enumtest.Check, which fails when its
// Value is anything but its code: a new enum cannot be stored as a number.
func TestEveryEnumStoresAsItsCode(t *testing.T) {
	facts := readEnumFacts(t, ".")
	var problems []string
	n := 0
	for pkg, ef := range facts {
		for typ := range ef.declared {
			n++
			for _, m := range []string{"Value", "Scan", "MarshalText", "UnmarshalText"} {
				if !ef.methods[typ][m] {
					problems = append(problems, pkg+": "+typ+" has no "+m+" method")
				}
			}
			if !ef.checked["Parse"+typ] {
				problems = append(problems, pkg+": no test passes Parse"+typ+" to enumtest.Check")
			}
		}
	}
	slices.Sort(problems)
	if len(problems) > 0 {
		t.Errorf("enums that could be stored otherwise than as their codes:\n%s", strings.Join(problems, "\n"))
	}
	if n < 46 {
		t.Errorf("found %d enums; the module had 46 when this test was written: the search misses some", n)
	}
}

// TestTheEnumSearchFindsAMissingMethod runs the search of
// TestEveryEnumStoresAsItsCode on a tree with an enum that has no Scan and
// is not checked.
func TestTheEnumSearchFindsAMissingMethod(t *testing.T) {
	dir := t.TempDir()
	pkg := filepath.Join(dir, "p")
	if err := os.Mkdir(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package p\n\nvar ks = enum.MustNew(enum.Spec[K]{})\n\ntype K uint8\n\nfunc (k K) Value() (driver.Value, error) { return ks.Value(k) }\n"
	if err := os.WriteFile(filepath.Join(pkg, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	facts := readEnumFacts(t, dir)
	ef := facts[pkg]
	if ef == nil || !ef.declared["K"] || !ef.methods["K"]["Value"] || ef.methods["K"]["Scan"] || ef.checked["ParseK"] {
		t.Errorf("facts of %s: %+v", pkg, ef)
	}
}
