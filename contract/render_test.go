package contract_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *updateGolden {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run %s -update to create it", t.Name())
	assert.Equal(t, string(want), got)
}

func TestRenderGolden(t *testing.T) {
	full := kisFull(t)
	tests := []struct {
		name string
		file string
		c    contract.Contract
		tag  language.Tag
		opts []contract.RenderOption
	}{
		{"the full contract prints in Polish", "kis_full.pl.golden", full, language.Polish, nil},
		{"the full contract prints in English", "kis_full.en.golden", full, language.English, nil},
		{"version 1 of the amended contract prints as concluded", "kis_v1.pl.golden", full, language.Polish,
			[]contract.RenderOption{contract.WithVersion(1)}},
		{"a draft prints with blanks for what is missing", "draft.pl.golden",
			contract.Contract{Kind: contract.SocialEmploymentProgramme}, language.Polish, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.file, tt.c.Render(tt.tag, tt.opts...))
		})
	}
}

func TestRenderGuardsThePESEL(t *testing.T) {
	full := kisFull(t)
	t.Run("the PESEL is masked by default", func(t *testing.T) {
		for _, tag := range []language.Tag{language.Polish, language.English} {
			out := full.Render(tag)
			assert.NotContains(t, out, "85061212346")
			assert.NotContains(t, out, "12230545684")
			assert.Contains(t, out, "Anna Nowak", "the names are the document's own")
		}
	})
	t.Run("the full PESEL only on request", func(t *testing.T) {
		out := full.Render(language.Polish, contract.WithFullPESEL())
		assert.Contains(t, out, "Anna Nowak, PESEL 85061212346")
		assert.Contains(t, out, "Zofia Nowak (córka), PESEL 12230545684")
	})
}

func TestRenderFollowsTheTemplatesOrder(t *testing.T) {
	out := kisFull(t).Render(language.Polish)
	sections := []string{"KONTRAKT SOCJALNY nr KS/12/2019", "STRONY", "I. OCENA SYTUACJI ŻYCIOWEJ",
		"II. CELE I USTALENIA", "Ustalone działania", "Zobowiązania instytucji", "art. 11 ust. 2",
		"III. OCENA REALIZACJI KONTRAKTU", "PRZEBIEG KONTRAKTU", "ANEKSY", "podpis osoby"}
	last := -1
	for _, s := range sections {
		i := strings.Index(out, s)
		require.GreaterOrEqual(t, i, 0, "section %q missing", s)
		assert.Greater(t, i, last, "section %q out of order", s)
		last = i
	}
	assert.Contains(t, out, "500,00\u00a0zł")
	assert.Contains(t, out, "64 godziny")
	assert.Contains(t, out, "9 godzin")
}

func TestRenderKeepsTheDocumentsWording(t *testing.T) {
	c := kisContract()
	c.Terms.Commitments.Benefits = []contract.Benefit{
		{Kind: contract.ActivationSupplement, Label: "zasiłek aktywizacyjny", Amount: budget.MustParseMoney("1 234,50 zł")},
		{Kind: contract.BenefitOther, Label: "bilet miesięczny", Amount: budget.MustParseMoney("98,00 zł")},
	}
	pl := c.Render(language.Polish)
	assert.Contains(t, pl, "- zasiłek aktywizacyjny [dodatek aktywizacyjny]: 1234,50\u00a0zł\n")
	assert.Contains(t, pl, "- bilet miesięczny: 98,00\u00a0zł\n")
	en := c.Render(language.English)
	assert.Contains(t, en, "- zasiłek aktywizacyjny [activation supplement]: PLN\u00a01,234.50\n")
}

type failingWriter struct{ after int }

var errDiskFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.after <= 0 {
		return 0, errDiskFull
	}
	w.after--
	return len(p), nil
}

func TestWriteReportsErrors(t *testing.T) {
	full := kisFull(t)
	t.Run("the writer's first error is returned", func(t *testing.T) {
		err := full.Write(&failingWriter{after: 10}, language.Polish)
		assert.ErrorIs(t, err, errDiskFull)
	})
	t.Run("a version that does not exist is out of range", func(t *testing.T) {
		var b strings.Builder
		err := full.Write(&b, language.English, contract.WithVersion(7))
		assert.ErrorIs(t, err, integracja.ErrOutOfRange)
		assert.Empty(t, b.String())
		assert.Contains(t, full.Render(language.English, contract.WithVersion(7)), "no such version")
	})
}
