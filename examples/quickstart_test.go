package examples_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// The quick start of the README: a programme read from its JSON file,
// validated, asked for its flows by sex and held against its funding
// scheme; amounts as documents print them; a count as reports write it.
func Example_quickStart() {
	p, err := programme.Decode([]byte(`{
	  "name": "Aktywni razem",
	  "operator": {"kind": "gops", "name": "Gminny Ośrodek Pomocy Społecznej w Przykładowie"},
	  "scheme": "pokl_7_1_1",
	  "period": {"from": "2011-01-01", "to": "2011-12-31"},
	  "catalogue": {"activities": [{"code": "komputer", "name": {"pl": "kurs obsługi komputera"},
	    "group": "educational", "quota": {"hours": 16, "per": "participant"}}]},
	  "participants": [
	    {"id": "S-1", "sex": "female", "events": [{"date": "2011-02-01", "kind": "enrolled"},
	      {"date": "2011-12-15", "kind": "completed"}]},
	    {"id": "S-2", "sex": "male", "events": [{"date": "2011-02-01", "kind": "enrolled"},
	      {"date": "2011-12-15", "kind": "completed", "leaving": {"qualification": true}}]},
	    {"id": "S-3", "sex": "male", "events": [{"date": "2011-02-01", "kind": "enrolled"},
	      {"date": "2011-06-30", "kind": "dropped_out", "reason": "moved_away"}]}],
	  "attendance": [{"activity": "komputer", "date": "2011-03-07", "hours": 4,
	    "participants": ["S-1", "S-2", "S-3"]}]
	}`))
	if err == nil {
		err = p.Validate() // every problem at once, each with its path
	}
	if err != nil {
		fmt.Println(integracja.Localize(err, language.Polish))
		return
	}
	f := p.Flows(p.Period.To)
	fmt.Println(p.Period.Format(language.Polish))
	fmt.Println("uczestnicy:", f.Enrolled.Format(language.Polish))
	fmt.Println("ukończenia:", f.Completed.Format(language.Polish))
	fmt.Println("dropouts:", f.DroppedOut.Format(language.English))
	fmt.Println("godziny zajęć:", f.Activities[0].PersonHours.Format(language.Polish))

	// Amounts as documents print them, exact to the grosz.
	planned, _ := budget.ParseMoney("231 895,59 zł")
	spent, _ := budget.ParseMoney("207 209,61 zł")
	execution, _ := budget.NewProportion(spent, planned)
	fmt.Println(spent.Format(language.English), execution.Format(language.Polish))

	// The programme held against the rules of its funding scheme: findings
	// with their measured values, limits and legal bases.
	scheme, _ := programme.LookupScheme(p.Scheme)
	findings := p.Check(scheme, p.Period.To)
	fmt.Println(integracja.Worst(findings).Label(language.Polish))
	for _, f := range findings {
		if f.Severity == integracja.Violation {
			fmt.Println(f.Message.In(language.Polish))
			break
		}
	}

	// A count as Polish reports write it, and its rate by sex.
	qualified, _ := indicator.ParseCount("5 (5 M)")
	all, _ := indicator.ParseCount("20 (12K i 8M)")
	fmt.Println(indicator.RatesBySex(qualified, all).Total.Format(language.Polish, 2))
	// Output:
	// od 01.01.2011 r. do 31.12.2011 r.
	// uczestnicy: 3 (1K i 2M)
	// ukończenia: 2 (1K i 1M)
	// dropouts: 1 (1 man)
	// godziny zajęć: 12 godzin
	// PLN 207,209.61 89,35%
	// naruszenie
	// uczestnik S-1: bierze udział w zajęciach od 07.03.2011 r. bez kontraktu, który jest warunkiem uczestnictwa
	// 25,00%
}

// The README's quick start is the body of Example_quickStart, so that it
// compiles and its output is checked.
func TestTheReadmeQuickStartIsTheExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	source, err := os.ReadFile("quickstart_test.go")
	require.NoError(t, err)
	block := regexp.MustCompile("(?s)```go\n(.*?)```").FindStringSubmatch(string(readme))
	require.NotNil(t, block, "the README has a Go block")
	body := regexp.MustCompile(`(?s)func Example_quickStart\(\) \{\n(.*?)\n\t// Output:`).FindStringSubmatch(string(source))
	require.NotNil(t, body)
	assert.True(t, strings.Contains(block[1], body[1]), "the README's quick start must be the body of Example_quickStart")
}

// The README's small programme file decodes and validates.
func TestTheReadmeProgrammeFileIsValid(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	block := regexp.MustCompile("(?s)```json\n(.*?)```").FindStringSubmatch(string(readme))
	require.NotNil(t, block, "the README has a JSON block")
	p, err := programme.Decode([]byte(block[1]))
	require.NoError(t, err, integracja.Localize(err, language.English))
	require.NoError(t, p.Validate(), integracja.Localize(p.Validate(), language.English))
	assert.Equal(t, "Aktywni razem", p.Name)
}
