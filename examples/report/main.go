// Command report prints the report of an active-integration programme:
// its header (name, operator, period, funding scheme, grant), its
// catalogue of activities with quotas and use, its participants and
// flows, its budget, its indicators against the documents' figures and
// targets, and the findings of the checks. With no file it reports on the
// five seed programmes of package examples, in Polish by default:
//
//	go run ./examples/report
//	go run ./examples/report -lang en
//	go run ./examples/report -f my-programme.json
//
// A programme file is read in the format of package programme. A file that
// cannot be read, decoded or validated is reported problem by problem,
// each with the file's name, the line and the path of the value
// ("programme.json:41: participants[3].events[1].date: …"), and the
// command exits with status 1.
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
	"github.com/aktywna/integracja/examples"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// usage is the help -h prints.
var usage = integracja.Text{
	PL: `Sposób użycia: report [-lang pl|en] [-f PLIK]

Drukuje raport programu aktywnej integracji: nagłówek, katalog działań
z limitami i wykorzystaniem, uczestników i przepływy, budżet, wskaźniki
i wyniki kontroli. Bez -f drukuje raporty pięciu programów z dokumentów
źródłowych biblioteki.

  -lang pl|en   język raportu: pl (domyślnie) albo en
  -f PLIK       raport programu z pliku JSON w formacie pakietu programme;
                błędy pliku są wypisywane z numerem wiersza i ścieżką
                wartości, a program kończy się kodem 1
  -h            ta pomoc
`,
	EN: `Usage: report [-lang pl|en] [-f FILE]

Prints the report of an active-integration programme: header, activity
catalogue with quotas and use, participants and flows, budget, indicators
and the findings of the checks. Without -f it prints the reports of the
library's five seed programmes.

  -lang pl|en   language of the report: pl (the default) or en
  -f FILE       report on a programme file in the JSON format of package
                programme; problems with the file are listed with their
                line and the path of the value, and the command exits
                with status 1
  -h            this help
`,
}

// legend explains the notation of counts.
var legend = integracja.Text{
	PL: "Liczby osób: „20 (12K i 8M)” to 20 osób, w tym 12 kobiet i 8 mężczyzn; „b.d.” – brak danych o płci.\n",
	EN: "Counts of people: “20 (12 women, 8 men)”; “unspecified”: no data on sex.\n",
}

// run prints the report to w; args are the command-line arguments without
// the program name.
func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "pl", "")
	file := fs.String("f", "", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			_, err := io.WriteString(w, usage.In(helpLanguage(args)))
			return err
		}
		return fmt.Errorf("report: %w (report -h explains the flags)", err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("report: unexpected argument %q (report -h explains the flags)", fs.Arg(0))
	}
	tag, err := parseLang(*lang)
	if err != nil {
		return err
	}
	var b strings.Builder
	if *file != "" {
		data, err := os.ReadFile(*file)
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		p, err := load(*file, data, tag)
		if err != nil {
			return err
		}
		b.WriteString(legend.In(tag))
		writeReport(&b, tag, p, examples.Seed{}, *file)
	} else {
		b.WriteString(integracja.Text{
			PL: "Raporty pięciu programów aktywnej integracji opisanych w dokumentach źródłowych biblioteki\n",
			EN: "The reports of the five active integration programmes of the library's source documents\n",
		}.In(tag))
		b.WriteString(legend.In(tag))
		for _, s := range examples.Seeds() {
			data, err := s.Data()
			if err != nil {
				return err
			}
			p, err := load(s.File, data, tag)
			if err != nil {
				return err
			}
			writeReport(&b, tag, p, s, "examples/"+s.File)
		}
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// helpLanguage returns the language -lang asks for among args, for the
// help, which the flags are not parsed for; Polish when none or another.
func helpLanguage(args []string) language.Tag {
	for i, a := range args {
		v, ok := strings.CutPrefix(strings.TrimLeft(a, "-"), "lang=")
		if !ok && strings.TrimLeft(a, "-") == "lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok {
			if t, err := parseLang(v); err == nil {
				return t
			}
		}
	}
	return language.Polish
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
	return language.Und, fmt.Errorf("report: unsupported language %q: want pl or en", s)
}
