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
	// Part I holds the assessment and the goals set on it; part II the
	// agreed actions, the commitments and the art. 11 notice, signed by
	// both parties; part III the evaluation, signed again.
	sections := []string{"KONTRAKT SOCJALNY nr KS/12/2019", "części I A i II A", "STRONY",
		"I A. OCENA SYTUACJI ŻYCIOWEJ I USTALONE CELE", "Przyczyny trudnej sytuacji życiowej", "Cel główny", "Cele szczegółowe",
		"II A. USTALENIA", "Ustalone działania", "termin realizacji", "osoba odpowiedzialna", "sposób oceny",
		"Zobowiązania instytucji", "art. 11 ust. 2", "podpis osoby",
		"III. OCENA REALIZACJI KONTRAKTU", "Przyczyny niezrealizowania", "podpis osoby",
		"HISTORIA KONTRAKTU", "ANEKSY"}
	last := -1
	for _, s := range sections {
		i := strings.Index(out[last+1:], s)
		require.GreaterOrEqual(t, i, 0, "section %q missing or out of order", s)
		last += 1 + i
	}
	assert.Contains(t, out, "500,00\u00a0zł")
	assert.Contains(t, out, "64 godziny")
	assert.Contains(t, out, "9 godzin")
	assert.NotContains(t, out, "UNVERIFIED", "research notes stay out of the document")
}

func TestRenderNamesAProgrammeAsAProgramme(t *testing.T) {
	c := kisContract()
	c.Kind, c.Track = contract.SocialEmploymentProgramme, contract.TrackNone
	pl := c.Render(language.Polish)
	assert.Contains(t, pl, "INDYWIDUALNY PROGRAM ZATRUDNIENIA SOCJALNEGO nr KS/12/2019")
	assert.Contains(t, pl, "Członkowie rodziny objęci programem:")
	assert.Contains(t, pl, "\nI. OCENA SYTUACJI ŻYCIOWEJ I USTALONE CELE\n", "no track letter for a programme")
	assert.Contains(t, pl, "\nIII. OCENA REALIZACJI PROGRAMU\n")
	assert.Contains(t, pl, "\nHISTORIA PROGRAMU\n")
	assert.NotContains(t, pl, "KONTRAKTU")
	assert.NotContains(t, strings.ToLower(pl), "kontraktem")
	assert.Contains(t, c.Render(language.English), "III. EVALUATION OF THE PROGRAMME")
}

func TestRenderKeepsTheDocumentsWording(t *testing.T) {
	c := kisContract()
	c.Terms.Commitments.Benefits = []contract.Benefit{
		// Dąbrowa Górnicza's "zasiłek aktywizacyjny" is an OPS benefit
		// named locally: its kind is "other" or the zasiłek celowy.
		{Kind: contract.BenefitOther, Label: "zasiłek aktywizacyjny", Amount: budget.MustParseMoney("1 234,50 zł")},
		{Kind: contract.TargetedAllowance, Label: "zasiłek celowy na dojazdy", Amount: budget.MustParseMoney("98,00 zł")},
	}
	pl := c.Render(language.Polish)
	assert.Contains(t, pl, "- zasiłek aktywizacyjny: 1234,50\u00a0zł\n")
	assert.Contains(t, pl, "- zasiłek celowy na dojazdy [zasiłek celowy (art. 39 u.p.s.)]: 98,00\u00a0zł\n")
	assert.NotContains(t, pl, "dodatek aktywizacyjny")
	en := c.Render(language.English)
	assert.Contains(t, en, "- zasiłek celowy na dojazdy [targeted allowance (art. 39 of the Social Assistance Act)]: PLN\u00a098.00\n")
}

func TestRenderNamesTheSignatoryOfAnIPZS(t *testing.T) {
	c := kisContract()
	c.Kind, c.Track, c.Club = contract.SocialEmploymentProgramme, contract.TrackNone, contract.ClubParticipation{}
	c.Institution = contract.Institution{Kind: contract.CIS, Name: "Centrum Integracji Społecznej w Chrzanowie"}
	pl := c.Render(language.Polish)
	assert.Contains(t, pl, "\nKierownik centrum integracji społecznej: Ewa Kwiatkowska\n")
	assert.Contains(t, pl, "podpis kierownika centrum")
	assert.NotContains(t, pl, "pracownika socjalnego", "the CIS signs an IPZS by its manager (art. 12 ust. 4 u.z.s.)")
	assert.NotContains(t, pl, "Pracownik socjalny:")
	assert.Contains(t, c.Render(language.English), "Manager of the social integration centre: Ewa Kwiatkowska")
}

func TestRenderWritesTheStatutesNotice(t *testing.T) {
	c := kisContract()
	pl := c.Render(language.Polish)
	assert.Contains(t, pl, "brak współdziałania z pracownikiem socjalnym w rozwiązywaniu\ntrudnej sytuacji życiowej, "+
		"odmowa zawarcia kontraktu socjalnego lub niedotrzymanie jego postanowień\nmogą stanowić podstawę do następujących rozstrzygnięć:")
	assert.NotContains(t, pl, "współpracy")
	assert.NotContains(t, pl, "ustaleń kontraktu")
	c.Terms.Consequences = nil
	assert.Contains(t, c.Render(language.Polish), "mogą stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia\n"+
		"lub wstrzymania świadczeń pieniężnych.\n", "without a list the notice names the three sanctions of the statute")
}

func TestRenderLabelsAreNotTheProjectsWords(t *testing.T) {
	draft := kisContract().Render(language.Polish)
	assert.Contains(t, draft, "\nStan: niepodpisany\n")
	assert.NotContains(t, draft, "projekt", "in this domain a projekt is the ESF project")
	assert.Equal(t, "nie dotyczy", contract.TrackNone.Label(language.Polish))
}

func TestRenderTrackBWithTheLabourOffice(t *testing.T) {
	c := kisContract()
	c.Track, c.Terms.Family = contract.TrackB, nil
	c.LabourMarket = contract.LabourMarket{Status: contract.LongTermUnemployed, Office: "Powiatowy Urząd Pracy w Chrzanowie",
		Link: contract.OfficeReferral, Reference: "CAZ-12/2019", Date: d("2019-05-28")}
	require.NoError(t, c.Validate())
	golden(t, "track_b.pl.golden", c.Render(language.Polish))
	en := c.Render(language.English)
	assert.Contains(t, en, "\nLabour-market status: long-term unemployed\n")
	assert.Contains(t, en, "\nLabour office: Powiatowy Urząd Pracy w Chrzanowie (referral No. CAZ-12/2019 of 28 May 2019)\n")
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
