// Command roundtrip saves one programme in a database and reads it back,
// to show the store of package store at work:
//
//	go run ./cmd/roundtrip [-sqlite FILE | -postgres DSN] [-lang en] [-seed NAME | PROGRAMME.json]
//
// It runs on SQLite in memory unless told otherwise; -sqlite keeps the
// database in a file, and -postgres runs on a PostgreSQL server
// ("postgres://user@localhost/db"). The programme is one of the seed
// programmes of package examples (-seed, trzebinia-2019 by default;
// brzeszcze-2014, dabrowa-gornicza-2011, lubiszyn, siewierz-2011), or a
// JSON file in the library's format given as the argument. The
// command creates the tables when the database has none, saves the
// programme, reads it back, says whether what it read equals what it
// saved, and lists the stored programmes from the columns alone. It exits
// with status 1 when the two differ. It writes in Polish, or in English
// with -lang en.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja/examples"
	"github.com/aktywna/integracja/examples/store"
	"github.com/aktywna/integracja/programme"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "roundtrip:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("roundtrip", flag.ContinueOnError)
	fs.SetOutput(out)
	sqlite := fs.String("sqlite", ":memory:", "the SQLite database `file`")
	postgres := fs.String("postgres", "", "a PostgreSQL connection string (`DSN`); SQLite when empty")
	lang := fs.String("lang", "pl", "the `language` of the output: pl or en")
	seed := fs.String("seed", "trzebinia-2019", "the seed programme to store, when no file is given")
	if err := fs.Parse(args); err != nil {
		return err
	}
	tag := language.Polish
	if *lang == "en" {
		tag = language.English
	}
	say := func(pl, en string) string {
		if tag == language.English {
			return en
		}
		return pl
	}
	var data []byte
	var err error
	switch fs.NArg() {
	case 0:
		var sd examples.Seed
		if sd, err = examples.Lookup(*seed); err == nil {
			data, err = sd.Data()
		}
	case 1:
		data, err = os.ReadFile(fs.Arg(0))
	default:
		err = errors.New("want at most one programme file")
	}
	if err != nil {
		return err
	}
	p, err := programme.Decode(data)
	if err != nil {
		return err
	}

	dsn := *sqlite
	if *postgres != "" {
		dsn = *postgres
	}
	s, err := store.Open(dsn)
	if err != nil {
		return err
	}
	defer s.Close()
	if !s.HasSchema(ctx) {
		if err := s.CreateSchema(ctx); err != nil {
			return err
		}
	}
	id := *seed
	if fs.NArg() == 1 {
		id = "file"
	}
	if err := s.SaveProgramme(ctx, id, p); err != nil {
		return err
	}
	back, err := s.LoadProgramme(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, say("zapisano i odczytano (%s): %s\n", "saved and read back (%s): %s\n"), s.Engine(), back.Name)
	if !back.Equal(p) {
		return errors.New(say("odczytany program różni się od zapisanego", "the programme read back differs from the one saved"))
	}
	fmt.Fprintln(out, say("odczytany program jest taki sam jak zapisany", "the programme read back is the one saved"))

	list, err := s.Programmes(ctx)
	if err != nil {
		return err
	}
	for _, sum := range list {
		planned := say("bez budżetu", "no budget")
		if sum.Planned.Valid {
			planned = say("plan: ", "planned: ") + sum.Planned.V.Format(tag)
		}
		fmt.Fprintf(out, "%s: %s (%s), %s, %s%s, %s\n", sum.ID, sum.Name, sum.Operator.Label(tag),
			sum.Period.Format(tag), say("uczestnicy: ", "participants: "), sum.Participants.Format(tag), planned)
	}
	return nil
}
