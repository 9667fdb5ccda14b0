package integracja_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum/enumtest"
)

func TestSeverityKeepsTheEnumRules(t *testing.T) {
	enumtest.Check(t, integracja.EnumErrors{}, integracja.ParseSeverity)
}

func TestEnumErrors(t *testing.T) {
	var e integracja.EnumErrors
	t.Run("text that is no code is a parse error that says what is wanted", func(t *testing.T) {
		err := e.ParseError("sex", "płci", "oczekiwano K lub M", "want female or male")
		var pe *integracja.ParseError
		require.ErrorAs(t, err, &pe)
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.Empty(t, pe.Input, "the input is never quoted")
		assert.EqualError(t, err, "cannot parse sex: invalid value: want female or male")
		assert.Equal(t, "nie można odczytać płci: nieprawidłowa wartość: oczekiwano K lub M", integracja.Localize(err, language.Polish))
	})
	t.Run("a value without a code is a field error with the value", func(t *testing.T) {
		err := e.ValueError("Severity(7)", "oczekiwano info lub warning", "want info or warning")
		var fe *integracja.FieldError
		require.ErrorAs(t, err, &fe)
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.True(t, fe.Path.IsRoot())
		assert.EqualError(t, err, `invalid value: "Severity(7)": want info or warning`)
		assert.Equal(t, `nieprawidłowa wartość: "Severity(7)": oczekiwano info lub warning`, integracja.Localize(err, language.Polish))
	})
	t.Run("json.Marshal keeps the cause of a value without a code", func(t *testing.T) {
		_, err := json.Marshal(integracja.Finding{Severity: 9})
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.ErrorContains(t, err, `invalid value: "Severity(9)": want info, warning or violation`)
	})
}

// TestEveryParseErrorOfTheModuleNamesItsKindInPolish reads the module's
// source: every *ParseError it builds gives KindPL, so no Polish message
// says "nie można odczytać" without saying what (the enums' are built by
// EnumErrors from a KindPL that internal/enum requires).
func TestEveryParseErrorOfTheModuleNamesItsKindInPolish(t *testing.T) {
	fset := token.NewFileSet()
	var literals int
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			if err == nil {
				err = filepath.SkipDir
			}
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok || !isParseError(lit.Type) {
				return true
			}
			literals++
			for _, el := range lit.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "KindPL" {
						if s, ok := kv.Value.(*ast.BasicLit); !ok || s.Value != `""` {
							return true
						}
					}
				}
			}
			t.Errorf("%s: a ParseError without KindPL", fset.Position(lit.Pos()))
			return true
		})
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, literals, 10, "the walk must see the module's parse errors")
}

func isParseError(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident:
		return x.Name == "ParseError"
	case *ast.SelectorExpr:
		return x.Sel.Name == "ParseError"
	}
	return false
}
