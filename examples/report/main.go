// Command report prints the figures of the seed programmes that the library
// can compute, in Polish by default or in English with -lang en.
package main

import (
	"flag"
	"fmt"
	"os"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func main() {
	lang := flag.String("lang", "pl", "language of the report: pl or en")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(os.Stderr, "report: unknown language %q: %v\n", *lang, err)
		os.Exit(2)
	}
	p := integracja.Period{From: integracja.MustParseDate("2011-01-01"), To: integracja.MustParseDate("2011-12-31")}
	fmt.Println(integracja.Text{PL: "Siewierz 2011, okres projektu:", EN: "Siewierz 2011, project period:"}.In(tag), p, p.Days())
}
