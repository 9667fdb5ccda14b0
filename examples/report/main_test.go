package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

func report(t *testing.T, args ...string) string {
	t.Helper()
	var b strings.Builder
	require.NoError(t, run(&b, args))
	return b.String()
}

func TestReportInPolishByDefault(t *testing.T) {
	out := report(t)
	for _, line := range []string{
		"Wskaźniki programów aktywnej integracji: 10 wskaźników z 3 dokumentów",
		"— 3 wskaźniki\n",
		"— 5 wskaźników\n",
		"— 2 wskaźniki\n",
		"  kontrakty socjalne zawarte w ramach długotrwałej współpracy: 35 kontraktów\n",
		"  liczba klientów pomocy społecznej, objętych kontraktami socjalnymi: 20 (12K i 8M)\n",
		"    w tym liczba klientów pomocy społecznej, którzy zakończyli udział w projekcie: 20 (12K i 8M)\n",
		"    w tym liczba osób, które uzyskują nowe kwalifikacje zawodowe: 5 (5M)\n",
		"  odsetek uzyskujących kwalifikacje: kobiety 0,00%, mężczyźni 62,50%, ogółem 25,00%, różnica K−M −62,50 pkt proc.\n",
		"  osoby, które skorzystały z usług Klubu: 227 (131K i 96M)\n",
		"    w tym osoby objęte długotrwałą współpracą ukierunkowaną na aktywizację zawodową: 142 (93K i 49M)\n",
		"    w tym osoby zatrudnione w ramach prac społecznie użytecznych: 33 (31K i 2M)\n",
		"    w tym osoby, które podjęły pracę: 45 (27K i 18M)\n",
		"  udział kobiet: 57,71% (131 kobiet)\n",
		"  odsetek osób, które podjęły pracę (wśród wszystkich korzystających z Klubu): kobiety 20,61%, mężczyźni 18,75%, ogółem 19,82%, różnica K−M +1,86 pkt proc.\n",
		"osoby zatrudnione w ramach prac społecznie użytecznych: 33 (#K i <3M)\n",
		"  „<3”: od 1 do 2 osób; „#”: liczba ukryta, bo z sumy dałoby się wyliczyć ukrytą małą liczebność\n",
		"  uczestniczki projektu: 10 (10K)\n",
		"„Dwie panie znalazły prace” → 2 kobiety\n",
		"  odsetek uczestniczek, które znalazły pracę: kobiety 20,00%, mężczyźni n/d, ogółem 20,00%, różnica K−M n/d\n",
	} {
		assert.Contains(t, out, line)
	}
	assert.Equal(t, 3, strings.Count(out, "kontrola: zapis każdej liczby zgodny"))
	assert.NotContains(t, out, "wskaźnik zatrudnienia", "a share of people who took up work, some for a short time, is not the GUS employment rate")
	assert.Equal(t, out, report(t, "-lang", "pl"))
	assert.Equal(t, out, report(t, "-lang=pl-PL"))
}

func TestReportInEnglish(t *testing.T) {
	out := report(t, "-lang", "en")
	for _, line := range []string{
		"Indicators of active integration programmes: 10 indicators from 3 documents",
		"  social contracts signed in long-term cooperation: 35 contracts\n",
		"  social assistance clients with social contracts: 20 (12 women, 8 men)\n",
		"    of whom people gaining new vocational qualifications: 5 (5 men)\n",
		"  share of women: 60.00% (12 women)\n",
		"  share who took up work (of all the club's users): women 20.61%, men 18.75%, total 19.82%, gap women−men +1.86 pp\n",
		"people in socially useful work: 33 (# women, <3 men)\n",
		"  “<3”: 1 to 2 people; “#”: withheld, since the total would reveal a hidden small cell\n",
		"“Objęto nim dziesięć mieszkanek gminy” → 10 women\n",
		"  share of participants who found a job: women 20.00%, men n/a, total 20.00%, gap women−men n/a\n",
	} {
		assert.Contains(t, out, line)
	}
	assert.NotContains(t, out, "kobiet ")
	assert.NotContains(t, out, "employment rate")
	assert.Equal(t, out, report(t, "-lang", "en-GB"))
}

func TestReportRejectsBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "de"},
		{"-lang", "!!"},
		{"-lang", ""},
		{"-colour"},
		{"extra"},
	} {
		t.Run(strings.Join(args, " ")+" is an error, not a panic", func(t *testing.T) {
			var b strings.Builder
			assert.Error(t, run(&b, args))
			assert.Empty(t, b.String(), "nothing is printed")
		})
	}
	t.Run("-h prints the usage", func(t *testing.T) {
		assert.Contains(t, report(t, "-h"), "usage: report")
	})
}

func TestReportStopsAtAFigureThatDoesNotAddUp(t *testing.T) {
	p := programme{seed: "test", figures: []figure{
		{code: "A", name: integracja.Text{PL: "a"}, text: "20 (12K i 6M)"},
	}}
	var b strings.Builder
	_, err := p.write(&b, language.Polish)
	require.Error(t, err)
	assert.ErrorIs(t, err, integracja.ErrInconsistent)
	assert.Contains(t, integracja.Localize(err, language.Polish), "figures[0]")

	p = programme{seed: "test", figures: []figure{
		{code: "A", name: integracja.Text{PL: "a"}, text: "10 kobiet"},
		{code: "B", name: integracja.Text{PL: "b"}, parent: "A", text: "2 mężczyzn"},
	}}
	_, err = p.write(&b, language.Polish)
	require.Error(t, err)
	assert.ErrorIs(t, err, integracja.ErrInconsistent)
}

func TestSeedFiguresParse(t *testing.T) {
	for _, p := range seeds {
		for _, f := range p.figures {
			c, err := indicator.ParseCount(f.text)
			require.NoError(t, err, f.text)
			assert.Positive(t, c.Total())
		}
	}
}
