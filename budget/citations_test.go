package budget

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDocsCiteOnlyWhatUsersHave reads every Go file and shipped rule set of
// the package: none cites the team's notes (domain.md, DESIGN.md, the
// marks "[V]" and "UNVERIFIED" of those notes), which users do not have,
// and every anchor of doc/law.md it cites exists there. Runtime strings
// are read too: a rule's source ends up in its JSON and its findings.
func TestDocsCiteOnlyWhatUsersHave(t *testing.T) {
	law, err := os.ReadFile("../doc/law.md")
	require.NoError(t, err)
	cite := regexp.MustCompile(`doc/law\.md#([a-z0-9-]+)`)
	files := 0
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !(strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".json")) || path == "citations_test.go" {
			return nil
		}
		files++
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, bad := range []string{"domain.md", "DESIGN.md", "../shared", "[V]", "UNVERIFIED"} {
			assert.NotContains(t, string(src), bad, "%s cites the team's notes", path)
		}
		for _, m := range cite.FindAllStringSubmatch(string(src), -1) {
			assert.True(t, strings.Contains(string(law), `<a id="`+m[1]+`"></a>`), "%s cites %s, which doc/law.md lacks", path, m[0])
		}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, files, 20)
}
