// Command report prints the indicator figures of the seed programmes that
// the library can compute, in Polish by default or in English with
// -lang en:
//
//	go run ./examples/report
//	go run ./examples/report -lang en
//
// Every figure is kept here as the seed document writes it ("20 (12K i
// 8M)", "142 osoby, w tym 93 kobiety"), read with indicator.ParseCount and
// checked as an indicator set: an "of whom" figure may not exceed its
// parent, for women, for men or in total.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/i18n"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(2)
	}
}

// figure is one indicator figure of a seed document: the document's own
// words for what is counted and its own notation of the count.
type figure struct {
	code   string
	name   integracja.Text // PL: the seed's words
	kind   indicator.Kind
	unit   indicator.Unit
	parent string
	// text is the count as the seed writes it, read with ParseCount.
	text string
	// quote is the seed's sentence when it spells the numbers in words,
	// which ParseCount does not read; text then gives them in digits.
	quote string
}

// programme is one seed document and its figures.
type programme struct {
	seed    string
	title   integracja.Text
	figures []figure
	// rates name pairs of figures whose ratio by sex the report prints:
	// num over den.
	rates []rate
	// public names a figure printed also with small cells suppressed.
	public []string
}

type rate struct {
	num, den string
	label    integracja.Text
}

// seeds holds the figures of the seed documents, in the documents' own
// text. A later change moves them to data files.
var seeds = []programme{
	{
		seed: "004_57b2cef718acb23b.txt",
		title: integracja.Text{
			PL: "Siewierz, OPS, projekt „Aktywność to szansa na przyszłość”, IV edycja, 2011 (PO KL 7.1.1)",
			EN: "Siewierz, social assistance centre, project “Aktywność to szansa na przyszłość”, 4th edition, 2011 (HC OP 7.1.1)",
		},
		figures: []figure{
			{code: "S1", kind: indicator.Output, text: "20 (12K i 8M)", name: integracja.Text{
				PL: "liczba klientów pomocy społecznej, objętych kontraktami socjalnymi",
				EN: "social assistance clients with social contracts"}},
			{code: "S2", kind: indicator.Result, parent: "S1", text: "20 (12K i 8M)", name: integracja.Text{
				PL: "liczba klientów pomocy społecznej, którzy zakończyli udział w projekcie",
				EN: "social assistance clients who completed the project"}},
			{code: "S3", kind: indicator.Result, parent: "S1", text: "5 (5 M)", name: integracja.Text{
				PL: "liczba osób, które uzyskują nowe kwalifikacje zawodowe",
				EN: "people gaining new vocational qualifications"}},
		},
		rates: []rate{
			{num: "S2", den: "S1", label: integracja.Text{PL: "odsetek kończących udział", EN: "completion rate"}},
			{num: "S3", den: "S1", label: integracja.Text{PL: "odsetek uzyskujących kwalifikacje", EN: "share gaining qualifications"}},
		},
	},
	{
		seed: "002_65f66a2fd87a99f4.txt",
		title: integracja.Text{
			PL: "Brzeszcze, Klub Integracji Społecznej OPS, 2014",
			EN: "Brzeszcze, social integration club (KIS) of the social assistance centre, 2014",
		},
		figures: []figure{
			{code: "B1", kind: indicator.Output, text: "227 osób, w tym 131 kobiet", name: integracja.Text{
				PL: "osoby, które skorzystały z usług Klubu",
				EN: "people who used the club's services"}},
			{code: "B2", kind: indicator.Output, parent: "B1", text: "142 osoby, w tym 93 kobiety", name: integracja.Text{
				PL: "osoby objęte długotrwałą współpracą ukierunkowaną na aktywizację zawodową",
				EN: "people in long-term cooperation aimed at vocational activation"}},
			{code: "B3", kind: indicator.Output, parent: "B1", text: "33 osoby, w tym 31 kobiet", name: integracja.Text{
				PL: "osoby zatrudnione w ramach prac społecznie użytecznych",
				EN: "people in socially useful work"}},
			{code: "B4", kind: indicator.Result, parent: "B1", text: "45 osób, w tym 27 kobiet", name: integracja.Text{
				PL: "osoby, które podjęły pracę",
				EN: "people who found work"}},
			// "(w tym zawarcie 35 kontraktów socjalnych)": contracts, not
			// people, and not broken down by sex.
			{code: "B5", kind: indicator.Output, unit: indicator.UnitContracts, text: "35", name: integracja.Text{
				PL: "kontrakty socjalne zawarte w ramach długotrwałej współpracy",
				EN: "social contracts signed in long-term cooperation"}},
		},
		rates: []rate{
			// "45 osób, w tym 27 kobiet podjęło pracę na krótki bądź
			// dłuższy okres", "spośród klientów, o których mowa powyżej":
			// jobs of any length, among all the club's users. Not the GUS
			// employment rate, nor the ESF efektywność zatrudnieniowa.
			{num: "B4", den: "B1", label: integracja.Text{
				PL: "odsetek osób, które podjęły pracę (wśród wszystkich korzystających z Klubu)",
				EN: "share who took up work (of all the club's users)"}},
		},
		public: []string{"B3"},
	},
	{
		seed: "000_8abd90944a1d94a9.txt",
		title: integracja.Text{
			PL: "Trzebinia, OPS / KIS, „Od wykluczenia do aktywizacji”, czerwiec–grudzień 2019",
			EN: "Trzebinia, social assistance centre / KIS, “Od wykluczenia do aktywizacji”, June–December 2019",
		},
		figures: []figure{
			{code: "T1", kind: indicator.Output, text: "10 kobiet", quote: "Objęto nim dziesięć mieszkanek gminy", name: integracja.Text{
				PL: "uczestniczki projektu",
				EN: "participants"}},
			{code: "T2", kind: indicator.Result, parent: "T1", text: "2 kobiety", quote: "Dwie panie znalazły prace", name: integracja.Text{
				PL: "uczestniczki, które znalazły pracę",
				EN: "participants who found a job"}},
		},
		rates: []rate{
			{num: "T2", den: "T1", label: integracja.Text{
				PL: "odsetek uczestniczek, które znalazły pracę",
				EN: "share of participants who found a job"}},
		},
	},
}

var (
	indicatorsNoun = i18n.Noun{One: "wskaźnik", Few: "wskaźniki", Many: "wskaźników", EnOne: "indicator", EnOther: "indicators"}
	documentsNoun  = i18n.Noun{One: "dokumentu", Few: "dokumentów", Many: "dokumentów", EnOne: "document", EnOther: "documents"}
)

// run prints the report to w; args are the command-line arguments without
// the program name.
func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "pl", "language of the report: pl or en")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(w, "usage: report [-lang pl|en]")
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	tag, err := parseLang(*lang)
	if err != nil {
		return err
	}
	var b strings.Builder
	n := 0
	for _, p := range seeds {
		k, err := p.write(&b, tag)
		if err != nil {
			return fmt.Errorf("%s: %s", p.seed, integracja.Localize(err, tag))
		}
		n += k
	}
	header := integracja.Text{
		PL: fmt.Sprintf("Wskaźniki programów aktywnej integracji: %s z %d %s, odczytane z zapisu dokumentów i sprawdzone",
			indicatorsNoun.Count(tag, n), len(seeds), documentsNoun.Form(tag, len(seeds))),
		EN: fmt.Sprintf("Indicators of active integration programmes: %s from %d %s, read from the documents' notation and checked",
			indicatorsNoun.Count(tag, n), len(seeds), documentsNoun.Form(tag, len(seeds))),
	}
	_, err = io.WriteString(w, header.In(tag)+"\n"+b.String())
	return err
}

// people writes c with the right plural when it holds one sex only ("10
// kobiet", "2 kobiety", "2 women"), and in count notation otherwise.
func people(c indicator.Count, t language.Tag) string {
	switch c {
	case indicator.Count{Women: c.Women}:
		return i18n.Women.Count(t, c.Women)
	case indicator.Count{Men: c.Men}:
		return i18n.Men.Count(t, c.Men)
	}
	return c.Format(t)
}

// parseLang accepts pl and en, and language tags whose language is one of
// them (pl-PL, en-GB).
func parseLang(s string) (language.Tag, error) {
	tag, err := language.Parse(s)
	if err == nil {
		if base, conf := tag.Base(); conf == language.Exact {
			switch base.String() {
			case "pl":
				return language.Polish, nil
			case "en":
				return language.English, nil
			}
		}
	}
	return language.Und, fmt.Errorf("unsupported language %q: want pl or en", s)
}

// write prints the programme's figures and checks to b and returns the
// number of indicators.
func (p programme) write(b *strings.Builder, t language.Tag) (int, error) {
	var ins []indicator.Indicator
	for i, f := range p.figures {
		c, err := indicator.ParseCount(f.text)
		if err != nil {
			return 0, integracja.Under(integracja.NewPath("figures").Index(i), err)
		}
		ins = append(ins, indicator.Indicator{
			Definition: indicator.Definition{Code: f.code, Name: f.name, Kind: f.kind, Unit: f.unit, Parent: f.parent},
			Achieved:   c,
		})
	}
	set, err := indicator.NewSet(ins...)
	if err != nil {
		return 0, err
	}
	fmt.Fprintf(b, "\n%s — %s\n", p.title.In(t), indicatorsNoun.Count(t, len(set)))
	for _, line := range set.Lines(t) {
		b.WriteString("  " + line + "\n")
	}
	for i, f := range p.figures {
		if f.quote != "" {
			fmt.Fprintf(b, "  %s %s → %s\n", integracja.Text{PL: "w dokumencie słownie:", EN: "the document spells it out:"}.In(t),
				integracja.Text{PL: "„" + f.quote + "”", EN: "“" + f.quote + "”"}.In(t), people(set[i].Achieved, t))
		}
	}
	root := set[0]
	share := root.Achieved.WomenShare()
	fmt.Fprintf(b, "  %s: %s (%s)\n", integracja.Text{PL: "udział kobiet", EN: "share of women"}.In(t),
		share.Format(t, 2), people(indicator.Count{Women: root.Achieved.Women}, t))
	for _, r := range p.rates {
		num, _ := set.Lookup(r.num)
		den, _ := set.Lookup(r.den)
		fmt.Fprintf(b, "  %s: %s\n", r.label.In(t), indicator.RatesBySex(num.Achieved, den.Achieved).Format(t, 2))
	}
	for _, code := range p.public {
		in, _ := set.Lookup(code)
		pub, err := indicator.Suppression{}.Format(in.Achieved, t)
		if err != nil {
			return 0, err
		}
		fmt.Fprintf(b, "  %s: %s: %s\n", integracja.Text{
			PL: fmt.Sprintf("do publikacji (liczebności poniżej %d ukryte)", indicator.DefaultThreshold),
			EN: fmt.Sprintf("for publication (cells below %d hidden)", indicator.DefaultThreshold)}.In(t),
			in.Name.In(t), pub)
	}
	if len(p.public) > 0 {
		n := indicator.DefaultThreshold
		fmt.Fprintf(b, "  %s\n", integracja.Text{
			PL: fmt.Sprintf("„<%d”: od 1 do %d osób; „#”: liczba ukryta, bo z sumy dałoby się wyliczyć ukrytą małą liczebność", n, n-1),
			EN: fmt.Sprintf("“<%d”: 1 to %d people; “#”: withheld, since the total would reveal a hidden small cell", n, n-1)}.In(t))
	}
	fmt.Fprintf(b, "  %s\n", integracja.Text{
		PL: "kontrola: zapis każdej liczby zgodny, żadna liczba „w tym” nie przekracza nadrzędnej (K, M, ogółem)",
		EN: "check: every notation consistent, no “of whom” figure exceeds its parent (women, men, total)"}.In(t))
	return len(set), nil
}
