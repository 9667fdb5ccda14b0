package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain runs the command itself when the test binary is started with
// REPORT_ARGS set, so that a test can see its exit status.
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("REPORT_ARGS"); ok {
		os.Args = append([]string{"report"}, strings.Fields(args)...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func output(t *testing.T, args ...string) string {
	t.Helper()
	var b strings.Builder
	require.NoError(t, run(&b, args))
	return b.String()
}

// contains checks that out holds each of lines, and prints only those it
// does not.
func contains(t *testing.T, out string, lines ...string) {
	t.Helper()
	for _, l := range lines {
		if !strings.Contains(out, l) {
			t.Errorf("the report lacks %q", l)
		}
	}
}

// nb puts the no-break spaces of the CLDR number format into s.
func nb(s string) string { return strings.ReplaceAll(s, "~", "\u00a0") }

func TestReportInPolishByDefault(t *testing.T) {
	out := output(t)
	for _, line := range []string{
		"Raporty pięciu programów aktywnej integracji opisanych w dokumentach źródłowych biblioteki\n",
		// Trzebinia 2019
		"„Od wykluczenia do aktywizacji. Program pomocy osobom wykluczonym społecznie i zawodowo”\n",
		"Realizator: Ośrodek Pomocy Społecznej w Trzebini, gmina Trzebinia\n",
		"Okres realizacji: od 01.06.2019 r. do 31.12.2019 r.\n",
		nb("Dofinansowanie: 17~600,00~zł (w dokumencie: „17.600,00 zł”)\n"),
		"  uczestniczki projektu: według dokumentu 10 (10K); według rekordów 10 (10K): zgodne\n",
		"    w tym uczestniczki, które znalazły pracę: według dokumentu 2 (2K); według rekordów 2 (2K): zgodne\n",
		// Dąbrowa Górnicza 2011
		"„INTEGRA – program integracji zawodowej i społecznej osób w Dąbrowie Górniczej”, IV edycja\n",
		"  osoby, które przystąpiły do programu: 90 (9K i 81 b.d.)\n",
		"limit: 14 dni na uczestnika",
		"limit: 11 miesięcy na uczestnika",
		"  rodziny objęte asystenturą rodzinną w projekcie „Razem do przodu”: 10 rodzin (2011 r.)\n",
		// Brzeszcze 2014
		"  – 45 osób, które podjęły pracę, liczy się wśród wszystkich 227 korzystających z Klubu (dokument: „spośród klientów, o których mowa powyżej”).\n",
		"  osoby, które skorzystały z usług Klubu: według dokumentu 227 (131K i 96M); według rekordów 227 (131K i 96M): zgodne\n",
		"    w tym osoby objęte długotrwałą współpracą ukierunkowaną na aktywizację zawodową: według dokumentu 142 (93K i 49M); według rekordów 142 (93K i 49M): zgodne\n",
		"    w tym osoby zatrudnione w ramach prac społecznie użytecznych: według dokumentu 33 (31K i 2M); według rekordów 33 (31K i 2M): zgodne\n",
		"    w tym osoby, które podjęły pracę na krótki bądź dłuższy okres: według dokumentu 45 (27K i 18M); według rekordów 45 (27K i 18M): zgodne\n",
		"      w tym osoby, które przerwały udział w projekcie: według dokumentu 9 osób; według rekordów 9 (7K i 2M): zgodne\n",
		"        w tym osoby, które po zakończeniu zatrudnienia powróciły do projektu: według dokumentu 2 osoby; według rekordów 2 (2K): zgodne\n",
		"      w tym osoby kontynuujące udział w projekcie do końca 2014 r.: według dokumentu 18 osób; według rekordów 18 (18K): zgodne\n",
		"  kontrakty socjalne zawarte w ramach długotrwałej współpracy: według dokumentu 35 kontraktów; według rekordów 35 kontraktów (32K i 3M): zgodne\n",
		"= kontynuujący udział 18 (18K)\n",
		"wykorzystanie: liczba zajęć 33, łącznie 132 godziny, uczestnicy: 33 (31K i 2M)\n",
		nb("  wydatki projektu w 2014 r.: 207~209,61~zł; wykonanie planu: 89,35%\n"),
		nb("    aktywna integracja (tzw. treningi miękkie): 53~074,15~zł — 25,61%\n"),
		"    zarządzanie projektem: kwota nieczytelna „29 72,55 zł”\n",
		"    pozostała obsługa administracyjna i materiały: kwota nieczytelna „17 19 05 zł”\n",
		nb("muszą razem wynosić 46~811,60~zł (22,59% wydatków)\n"),
		// Lubiszyn
		"    aktywizacja edukacyjna, zajęcia grupowe, trener; limit: 100 godzin + 40 godzin praktyki na uczestnika; wykorzystanie: brak zapisów obecności\n",
		"    aktywizacja społeczna, zajęcia grupowe; limit: 64 godziny na grupę;",
		"  4. aktywizacja zdrowotna\n    aktywizacja zdrowotna; limit: nie podano;",
		"  klientki ośrodka objęte kompleksową pomocą i wsparciem: według dokumentu 9 (9K); cel 9 (9K); według rekordów 9 (9K): zgodne; stopień realizacji celu 100,00%\n",
		"  liczba mieszkańców Gminy Lubiszyn: 6726 osób; w dokumencie: „6726 mieszkańców”\n",
		"  odsetek mieszkańców ubiegających się o pomoc społeczną: 15,5%\n",
		// Siewierz 2011
		"„Aktywność to szansa na przyszłość”, IV edycja\n",
		"  liczba klientów pomocy społecznej objętych kontraktami socjalnymi: według dokumentu 20 (12K i 8M); według rekordów 20 (12K i 8M): zgodne\n",
		"    w tym liczba osób, które uzyskują nowe kwalifikacje zawodowe: według dokumentu 5 (5M); według rekordów 5 (5M): zgodne\n",
		"  – podwyższenie samooceny oraz wiary we własne możliwości\n",
	} {
		contains(t, out, line)
	}
	assert.Equal(t, 5, strings.Count(out, "\nRealizator: "), "five programmes")
	// The findings of each scheme's checks, the serious ones with their
	// legal basis: Dąbrowa Górnicza and Brzeszcze give figures without the
	// breakdown by sex the PO KL standard minimum asks for.
	summary := regexp.MustCompile(`(?m)^  reguły programu finansowania na dzień \d\d\.\d\d\.\d{4} r\.: naruszenia: (\d+), ostrzeżenia: \d+, informacje: \d+$`)
	sums := summary.FindAllStringSubmatch(out, -1)
	require.Len(t, sums, 5, "every seed names a scheme the library knows")
	assert.Equal(t, []string{"0", "1", "5", "0", "0"}, []string{sums[0][1], sums[1][1], sums[2][1], sums[3][1], sums[4][1]}, "violations per programme")
	assert.Equal(t, 6, strings.Count(out, "\n    naruszenie: "))
	assert.GreaterOrEqual(t, strings.Count(out, "\n      podstawa: "), 6, "every violation and warning with its basis")
	assert.Equal(t, 5, strings.Count(out, "  porównanie liczb z dokumentu z rekordami: bez rozbieżności\n"))
	assert.Empty(t, regexp.MustCompile(`\d{4}-\d{2}-\d{2}`).FindAllString(out, -1), "no ISO date in Polish prose")
	for _, code := range []string{"socially_useful_work", "dropped_out", "left_for_job", "found_work", "participants"} {
		assert.False(t, strings.Contains(out, code), "no code %q in the Polish report", code)
	}
	assert.Equal(t, out, output(t, "-lang", "pl"))
	assert.Equal(t, out, output(t, "-lang=pl-PL"))
}

func TestReportInEnglish(t *testing.T) {
	out := output(t, "-lang", "en")
	for _, line := range []string{
		"The reports of the five active integration programmes of the library's source documents\n",
		"Period: from 1 June 2019 to 31 December 2019\n",
		"Grant: PLN~17,600.00 (the document: “17.600,00 zł”)\n",
		"  people who enrolled: 227 (131 women, 96 men)\n",
		"  spent by the project in 2014: PLN~207,209.61; execution of the plan: 89.35%\n",
		"must add up to PLN~46,811.60 (22.59% of the spending)\n",
		"  – The 45 people who took up work are counted among all 227 users of the club (the document: “among the clients mentioned above”).\n",
		"quota: 100 hours + 40 hours of practice per participant",
		"    of whom people who gain new vocational qualifications: document: 5 (5 men); records: 5 (5 men), the same\n",
		"  the document's figures against the records: no difference\n",
	} {
		contains(t, out, nb(line))
	}
	for _, pl := range []string{"limit:", "wykorzystanie", "w dokumencie", "zgodne", "Realizator", "rekordy syntetyczne", " zł\n"} {
		assert.False(t, strings.Contains(out, pl), "no Polish label %q in the English report", pl)
	}
	assert.Equal(t, out, output(t, "-lang", "en-GB"))
}

func TestReportOnAUsersFile(t *testing.T) {
	out := output(t, "-f", "../seeds/siewierz-2011.json")
	assert.Equal(t, 1, strings.Count(out, "\nRealizator: "))
	contains(t, out, "Plik danych: ../seeds/siewierz-2011.json\n")
	assert.NotContains(t, out, "Założenia przyjęte", "a user's file has no readings")
	contains(t, out, "  liczba klientów pomocy społecznej objętych kontraktami socjalnymi: według dokumentu 20 (12K i 8M); według rekordów 20 (12K i 8M): zgodne\n")

	// The programme package's complete example has a budget and attendance.
	out = output(t, "-f", "../../programme/testdata/example.json", "-lang", "en")
	contains(t, out, "“Razem do pracy”, edition II\n",
		"quota: 12 hours per group (clock hours (60 minutes)); use: sessions 3, in all 12 hours, participants: 4 (2 women, 2 men); group I: 12 hours\n",
		"quota: 14 days per participant; use: sessions 2, participants: 1 (1 man); most per participant: 2 days\n",
		nb("PLN~94,000.00"))
}

// write puts data in a file of its own and returns its path.
func write(t *testing.T, name, data string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(data), 0o600))
	return path
}

const valid = `{
  "name": "Aktywni razem",
  "operator": {"kind": "gops", "name": "GOPS w Przykładowie"},
  "period": {"from": "2012-03-01", "to": "2012-12-31"},
  "catalogue": {"activities": [
    {"code": "warsztaty", "name": {"pl": "warsztaty"}, "group": "social"}
  ]},
  "participants": [
    {"id": "A-1", "sex": "female", "events": [{"date": "2012-03-01", "kind": "enrolled"}]},
    {"id": "A-2", "sex": "male", "events": [{"date": "2012-03-01", "kind": "enrolled"}]}
  ]
}
`

func TestReportPointsAtTheLineOfEachProblem(t *testing.T) {
	for _, c := range []struct {
		name, from, to string
		want           []string
	}{
		{"malformed JSON", `"period": {`, `"period": {,`, []string{":4:14: niepoprawny JSON: "}},
		{"an unknown field", `"sex": "male"`, `"sex": "male", "wiek": 40`, []string{":10: participants[1].wiek: "}},
		{"an unknown code", `"kind": "gops"`, `"kind": "gminny"`, []string{":3: operator.kind: "}},
		{"an event outside the period and a missing name", `"2012-03-01", "kind": "enrolled"}]},
    {"id": "A-2"`, `"2011-03-01", "kind": "enrolled"}]},
    {"id": "A-2"`, []string{":9: participants[0].events[0].date: wartość poza dopuszczalnym zakresem"}},
		{"a missing name, at the enclosing object", `"name": {"pl": "warsztaty"}, `, ``, []string{":6: catalogue.activities[0].name.pl: brak wymaganej wartości"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Contains(t, valid, c.from)
			path := write(t, "programme.json", strings.Replace(valid, c.from, c.to, 1))
			var b strings.Builder
			err := run(&b, []string{"-f", path})
			require.Error(t, err)
			assert.Empty(t, b.String(), "nothing is printed")
			for _, w := range c.want {
				assert.Contains(t, err.Error(), path+w)
			}
		})
	}
	t.Run("a valid file is reported", func(t *testing.T) {
		out := output(t, "-f", write(t, "programme.json", valid))
		assert.Contains(t, out, "  osoby, które przystąpiły do programu: 2 (1K i 1M)\n")
	})
	t.Run("a missing file", func(t *testing.T) {
		var b strings.Builder
		err := run(&b, []string{"-f", filepath.Join(t.TempDir(), "brak.json")})
		assert.ErrorIs(t, err, os.ErrNotExist)
	})
}

func TestAnInvalidFileEndsTheCommandWithStatus1(t *testing.T) {
	path := write(t, "programme.json", strings.Replace(valid, `"kind": "gops"`, `"kind": "gminny"`, 1))
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "REPORT_ARGS=-f "+path)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "the command fails: %v", err)
	assert.Equal(t, 1, exit.ExitCode())
	assert.Contains(t, string(out), path+":3: operator.kind: ")

	cmd = exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "REPORT_ARGS=-f "+write(t, "ok.json", valid))
	out, err = cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), "Realizator: GOPS w Przykładowie\n")
}

func TestReportRejectsBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "de"},
		{"-lang", "!!"},
		{"-lang", ""},
		{"-colour"},
		{"extra"},
		{"-f"},
	} {
		t.Run(strings.Join(args, " ")+" is an error, not a panic", func(t *testing.T) {
			var b strings.Builder
			assert.Error(t, run(&b, args))
			assert.Empty(t, b.String(), "nothing is printed")
		})
	}
}

func TestHelpExplainsTheFlags(t *testing.T) {
	pl := output(t, "-h")
	for _, s := range []string{"Sposób użycia: report [-lang pl|en] [-f PLIK]", "-lang pl|en", "-f PLIK", "numerem wiersza", "kodem 1"} {
		assert.Contains(t, pl, s)
	}
	en := output(t, "-lang", "en", "-h")
	assert.Contains(t, en, "Usage: report [-lang pl|en] [-f FILE]")
	assert.Equal(t, en, output(t, "-lang=en-GB", "-help"))
}
