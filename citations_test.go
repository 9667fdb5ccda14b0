package integracja_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDocsCiteNothingOutsideTheRepository reads every file of the
// repository for a citation of the team's notes, which users do not have
// (the library's docs cite primary sources or doc/law.md), and for a
// citation of an anchor that doc/law.md lacks.
func TestDocsCiteNothingOutsideTheRepository(t *testing.T) {
	// The notes' names, written so that this file does not cite them.
	notes := []string{"domain" + ".md", "DESIGN" + ".md", "../" + "shared"}
	law, err := os.ReadFile("doc/law.md")
	if err != nil {
		t.Fatal(err)
	}
	cite := regexp.MustCompile(`doc/law\.md#([a-z0-9-]+)`)
	read := 0
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
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
		for _, m := range cite.FindAllStringSubmatch(string(b), -1) {
			if !strings.Contains(string(law), `<a id="`+m[1]+`"></a>`) {
				t.Errorf("%s cites %s, which doc/law.md lacks", path, m[0])
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
