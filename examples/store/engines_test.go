package store

import (
	"context"
	"testing"
	"time"

	"github.com/aktywna/integracja/examples/store/internal/pgtest"
)

// The tests run on SQLite always, and on a private PostgreSQL cluster
// (package pgtest) that TestMain starts when PostgreSQL's binaries are on
// the machine, and stops and removes when the tests end.
// Without the binaries, the PostgreSQL half of each test is skipped and
// says why; with them, a cluster that fails to start fails the tests.

// pg is the cluster of this run, or nil; pgSkip says why there is none.
var (
	pg     *pgtest.Cluster
	pgSkip string
)

func TestMain(m *testing.M) { pgtest.Main(m, &pg, &pgSkip) }

// onEveryEngine runs f on a new, empty store with the schema, once on
// SQLite and once on PostgreSQL, or skips the PostgreSQL run saying why.
func onEveryEngine(t *testing.T, f func(t *testing.T, s *Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		f(t, newStore(t, ":memory:"))
	})
	t.Run("postgresql", func(t *testing.T) {
		if pg == nil {
			t.Skip("no PostgreSQL: " + pgSkip)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		dsn, err := pg.NewDatabase(ctx)
		if err != nil {
			t.Fatal(err)
		}
		f(t, newStore(t, dsn))
	})
}

// newStore opens a store on dsn and creates its schema.
func newStore(t *testing.T, dsn string) *Store {
	t.Helper()
	s, err := Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.CreateSchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestThePostgreSQLClusterIsPrivate(t *testing.T) {
	if pg == nil {
		t.Skip("no PostgreSQL: " + pgSkip)
	}
	t.Logf("running on %s in %s", pg.Version, pg.Dir())
	s := newStore(t, pg.DSN("postgres"))
	var listen, socketDir string
	if err := s.DB().QueryRow("SELECT current_setting('listen_addresses'), current_setting('unix_socket_directories')").Scan(&listen, &socketDir); err != nil {
		t.Fatal(err)
	}
	if listen != "" || socketDir != pg.Dir() {
		t.Errorf("the cluster listens on %q and its socket is in %q; want no TCP address and the socket in %s", listen, socketDir, pg.Dir())
	}
}
