package programme_test

import (
	"testing"

	"github.com/aktywna/integracja/programme/programmetest"
)

// TestCases runs the declarative cases of testdata/cases: programmes from
// the seed documents and from the schemes' rules, each held against its
// scheme as of a date, with the findings and figures each must give.
func TestCases(t *testing.T) {
	programmetest.Run(t, "testdata/cases")
}
