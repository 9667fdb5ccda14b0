package integracja_test

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// notCodes are the JSON keys whose string values are not codes though they
// may look like them: field paths ("indirectCosts", in the module's
// camelCase field names) and the two languages of a text.
var notCodes = map[string]bool{"path": true, "pl": true, "en": true}

// looksLikeCode reports whether s is written like a code in another style
// than the module's snake_case: a word of ASCII letters, digits, dots,
// hyphens and underscores that starts with a lowercase letter and either
// joins two letters with a hyphen ("half-away-from-zero") or puts a capital
// after a lowercase letter ("halfAwayFromZero"). Identifiers that join a
// letter to digits ("p-17", "trz-2019-04"), dates, amounts, currencies
// and prose are not codes.
func looksLikeCode(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	other := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '_', c == '.':
		case 'A' <= c && c <= 'Z':
			other = other || ('a' <= s[i-1] && s[i-1] <= 'z')
		case c == '-':
			other = other || (isLetter(s[i-1]) && i+1 < len(s) && isLetter(s[i+1]))
		default:
			return false
		}
	}
	return other
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// checkJSON appends to out one line for each code in another style in the
// JSON document doc, read from where.
func checkJSON(out []string, where string, doc []byte) []string {
	d := json.NewDecoder(bytes.NewReader(doc))
	d.UseNumber()
	var v any
	if d.Decode(&v) != nil {
		return append(out, where+": not JSON")
	}
	var walk func(key string, v any)
	walk = func(key string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(k, e)
			}
		case []any:
			for _, e := range x {
				walk(key, e)
			}
		case string:
			if !notCodes[key] && looksLikeCode(x) {
				out = append(out, where+": "+strconv.Quote(key)+": "+strconv.Quote(x)+" is not snake_case")
			}
		}
	}
	walk("", v)
	return out
}

// checkCodes walks the files below dir, except the fuzz corpora and the
// directories in skip, and checks every JSON file and every Go string
// literal that holds a JSON object or list (the fixtures of the tests). It
// returns one line per code in another style and how many JSON documents
// it read.
func checkCodes(t *testing.T, dir string, skip ...string) (violations []string, docs int) {
	t.Helper()
	fset := token.NewFileSet()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && (strings.HasPrefix(d.Name(), ".") || d.Name() == "fuzz" && filepath.Base(filepath.Dir(path)) == "testdata") {
				return filepath.SkipDir
			}
			for _, s := range skip {
				if path == s {
					return filepath.SkipDir
				}
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".json":
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			docs++
			violations = checkJSON(violations, path, b)
		case ".go":
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				s = strings.TrimSpace(s)
				if err != nil || s == "" || (s[0] != '{' && s[0] != '[') || !json.Valid([]byte(s)) {
					return true
				}
				docs++
				violations = checkJSON(violations, fset.Position(lit.Pos()).String(), []byte(s))
				return true
			})
		}
		return nil
	})
	require.NoError(t, err)
	return violations, docs
}

// TestJSONCodesAreSnakeCase fails on a code in another style than
// snake_case in any JSON file of the repository or any JSON fixture
// written in a Go string, since the JSON format is public and has one
// style (internal/enum says which).
func TestJSONCodesAreSnakeCase(t *testing.T) {
	violations, docs := checkCodes(t, ".", filepath.Join("testdata", "codestyle"))
	assert.Empty(t, violations)
	assert.Greater(t, docs, 50, "the walk must see the JSON fixtures")
}

// TestJSONCodeCheckCatchesOtherStyles runs the check on testdata/codestyle,
// which holds the budget codes of before snake_case beside values that are
// not codes.
func TestJSONCodeCheckCatchesOtherStyles(t *testing.T) {
	violations, docs := checkCodes(t, filepath.Join("testdata", "codestyle"))
	assert.Equal(t, 2, docs)
	assert.ElementsMatch(t, []string{
		filepath.Join("testdata", "codestyle", "budget.json") + `: "rounding": "half-away-from-zero" is not snake_case`,
		filepath.Join("testdata", "codestyle", "budget.json") + `: "of": "own-contribution" is not snake_case`,
		filepath.Join("testdata", "codestyle", "budget.json") + `: "metric": "projectValue" is not snake_case`,
		filepath.Join("testdata", "codestyle", "fixture.go") + `:5:13: "bound": "at-least" is not snake_case`,
	}, violations)
}

func TestLooksLikeCode(t *testing.T) {
	for _, s := range []string{"half-away-from-zero", "at-most", "pokl.indirect-costs-max.1", "projectValue", "labour-fund"} {
		assert.True(t, looksLikeCode(s), "%q", s)
	}
	for _, s := range []string{"half_away_from_zero", "pokl.indirect_costs_max.1", "p-17", "trz-2019-04", "2019-06-01",
		"1234.50", "PLN", "EECO01", "K", "Kowalska-Nowak", "cross-financing 10%", "", "isced_1_2"} {
		assert.False(t, looksLikeCode(s), "%q", s)
	}
}
