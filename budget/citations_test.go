package budget

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDocsCiteOnlyWhatUsersHave reads every Go file and shipped rule set of
// the package: none carries the marks "[V]" and "UNVERIFIED" of the team's
// notes, which users do not have; a rule set says how sure a basis is in
// its "status". Runtime strings are read too: a rule's source ends up in
// its JSON and its findings. The root's TestDocsCiteNothingOutsideTheRepository
// checks the citations and the anchors of doc/law.md for every file.
func TestDocsCiteOnlyWhatUsersHave(t *testing.T) {
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
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
		for _, bad := range []string{"[V]", "UNVERIFIED"} {
			assert.NotContains(t, string(src), bad, "%s carries a mark of the team's notes", path)
		}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, files, 20)
}
