package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aktywna/integracja/examples"
	"github.com/aktywna/integracja/examples/store/internal/pgtest"
)

var (
	pg     *pgtest.Cluster
	pgSkip string
)

func TestMain(m *testing.M) { pgtest.Main(m, &pg, &pgSkip) }

// example is the library's complete example programme, from this
// directory.
const example = "../../../../programme/testdata/example.json"

// wantPL is what the command prints for the default seed.
const wantPL = "zapisano i odczytano (sqlite): Od wykluczenia do aktywizacji. Program pomocy osobom wykluczonym społecznie i zawodowo\n" +
	"odczytany program jest taki sam jak zapisany\n" +
	"trzebinia-2019: Od wykluczenia do aktywizacji. Program pomocy osobom wykluczonym społecznie i zawodowo " +
	"(ośrodek pomocy społecznej), od 01.06.2019 r. do 31.12.2019 r., uczestnicy: 10 (10K), bez budżetu\n"

func TestTheCommandSavesAndReadsBackASeed(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), nil, &out); err != nil {
		t.Fatal(err)
	}
	if out.String() != wantPL {
		t.Errorf("the command printed\n%s\nwant\n%s", out.String(), wantPL)
	}
}

func TestTheCommandStoresAFileInADatabaseFileItReuses(t *testing.T) {
	db := filepath.Join(t.TempDir(), "store.db")
	for range 2 {
		var out bytes.Buffer
		if err := run(context.Background(), []string{"-sqlite", db, "-lang", "en", example}, &out); err != nil {
			t.Fatal(err)
		}
		// Money is written with a no-break space.
		if want := "file: Razem do pracy (municipal social assistance centre), from 1 June 2023 to 31 May 2024, " +
			"participants: 4 (2 women, 2 men), planned: PLN\u00a094,000.00\n"; !strings.HasSuffix(out.String(), want) {
			t.Errorf("the command printed\n%s\nwant it to end with\n%s", out.String(), want)
		}
	}
}

func TestTheCommandRunsOnPostgreSQL(t *testing.T) {
	if pg == nil {
		t.Skip("no PostgreSQL: " + pgSkip)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	dsn, err := pg.NewDatabase(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(ctx, []string{"-postgres", dsn}, &out); err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(wantPL, "(sqlite)", "(postgresql)", 1); out.String() != want {
		t.Errorf("the command printed\n%s\nwant\n%s", out.String(), want)
	}
}

func TestTheCommandRefusesAProgrammeItCannotRead(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), []string{"testdata/unknown_field.json"}, &out)
	if err == nil || !strings.Contains(err.Error(), "colour: unknown value") {
		t.Errorf("run on a programme with an unknown field: %v", err)
	}
	if err := run(context.Background(), []string{"-seed", "nowhere"}, &out); !errors.Is(err, examples.ErrNoSeed) {
		t.Errorf("run on a seed that does not exist: %v", err)
	}
}
