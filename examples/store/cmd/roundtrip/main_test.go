package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aktywna/integracja/examples/store/internal/pgtest"
)

var (
	pg     *pgtest.Cluster
	pgSkip string
)

func TestMain(m *testing.M) { pgtest.Main(m, &pg, &pgSkip) }

// example is the library's example programme, from this directory; the
// command's default is the same file from the module's directory.
const example = "../../../../programme/testdata/example.json"

// wantPL is what the command prints for it; money is written with
// no-break spaces.
const wantPL = "zapisano i odczytano (sqlite): Razem do pracy\n" +
	"odczytany program jest taki sam jak zapisany\n" +
	"example: Razem do pracy (miejski ośrodek pomocy społecznej), od 01.06.2023 r. do 31.05.2024 r., " +
	"uczestnicy: 4 (2K i 2M), plan: 94\u00a0000,00\u00a0zł\n"

func TestTheCommandSavesAndReadsBackTheExampleProgramme(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{example}, &out); err != nil {
		t.Fatal(err)
	}
	if out.String() != wantPL {
		t.Errorf("the command printed\n%s\nwant\n%s", out.String(), wantPL)
	}
}

func TestTheCommandReusesADatabaseFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "store.db")
	for range 2 {
		var out bytes.Buffer
		if err := run(context.Background(), []string{"-sqlite", file, "-lang", "en", example}, &out); err != nil {
			t.Fatal(err)
		}
		if want := "participants: 4 (2 women, 2 men), planned: PLN\u00a094,000.00\n"; !strings.HasSuffix(out.String(), want) {
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
	if err := run(ctx, []string{"-postgres", dsn, example}, &out); err != nil {
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
}
