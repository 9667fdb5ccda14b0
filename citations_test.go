package integracja_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocsCiteNothingOutsideTheRepository reads every file of the
// repository for a citation of the team's notes, which users do not have:
// the library's docs cite primary sources or doc/law.md.
func TestDocsCiteNothingOutsideTheRepository(t *testing.T) {
	// The notes' names, written so that this file does not cite them.
	notes := []string{"domain" + ".md", "DESIGN" + ".md", "../" + "shared"}
	read := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		if filepath.ToSlash(path) == "budget/citations_test.go" {
			return nil // it names them to look for them, as this test does
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		read++
		for _, n := range notes {
			if strings.Contains(string(b), n) {
				t.Errorf("%s cites %s, which is outside the repository; cite doc/law.md or the primary source", path, n)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if read < 100 {
		t.Fatalf("read only %d files", read)
	}
}
