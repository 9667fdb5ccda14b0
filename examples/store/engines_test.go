package store

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The tests run on SQLite always, and on a private PostgreSQL cluster that
// TestMain starts when PostgreSQL's binaries are on the machine: in a
// temporary directory, listening on a free port and on a Unix socket in
// that directory only (no TCP), stopped and removed when the tests end.
// Without the binaries, the PostgreSQL half of each test is skipped and
// says why; with them, a cluster that fails to start fails the tests.

// pg is the cluster of this run, or nil; pgSkip says why there is none.
var (
	pg     *cluster
	pgSkip string
)

func TestMain(m *testing.M) {
	bin, why := findPostgres()
	if bin == "" {
		pgSkip = why
	} else {
		c, err := startCluster(bin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "store tests: PostgreSQL is installed in", bin, "but a private cluster did not start:", err)
			os.Exit(1)
		}
		pg = c
	}
	code := m.Run()
	if pg != nil {
		if err := pg.stop(); err != nil {
			fmt.Fprintln(os.Stderr, "store tests: stopping the private PostgreSQL cluster:", err)
			code = 1
		}
	}
	os.Exit(code)
}

// findPostgres returns the directory that holds initdb, pg_ctl and
// postgres (from PATH, else the newest /usr/lib/postgresql/*/bin), or ""
// and why not.
func findPostgres() (dir, why string) {
	var dirs []string
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			dirs = append(dirs, filepath.Dir(real))
		}
		dirs = append(dirs, filepath.Dir(p))
	}
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(found, func(a, b string) int { return versionOf(b) - versionOf(a) })
	dirs = append(dirs, found...)
	for _, d := range dirs {
		if has(d, "initdb") && has(d, "pg_ctl") && has(d, "postgres") {
			return d, ""
		}
	}
	return "", "PostgreSQL's initdb, pg_ctl and postgres are neither on PATH nor in /usr/lib/postgresql/*/bin " +
		"(install PostgreSQL 15, for example the Debian package postgresql-15, to run these tests on it)"
}

func versionOf(bin string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(bin)))
	return n
}

func has(dir, name string) bool {
	fi, err := os.Stat(filepath.Join(dir, name))
	return err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0
}

// cluster is a private PostgreSQL cluster.
type cluster struct {
	bin, dir string
	port     int
	cred     *syscall.Credential // whom the server runs as, when we are root
	version  string
	dbs      atomic.Int32
}

// startCluster initialises a cluster in a new temporary directory and
// starts it. PostgreSQL refuses to run as root, so under root (as CI runs)
// it runs as the user postgres, or nobody.
func startCluster(bin string) (*cluster, error) {
	dir, err := os.MkdirTemp("", "store-pg-")
	if err != nil {
		return nil, err
	}
	c := &cluster{bin: bin, dir: dir}
	if os.Geteuid() == 0 {
		if c.cred, err = unprivileged(); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		if err := os.Chown(dir, int(c.cred.Uid), int(c.cred.Gid)); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	out, err := exec.Command(filepath.Join(bin, "postgres"), "--version").Output()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	c.version = strings.TrimSpace(string(out))
	if c.port, err = freePort(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := c.run("initdb", "-D", c.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	opts := fmt.Sprintf("-k %s -p %d -c listen_addresses='' -c fsync=off -c full_page_writes=off", dir, c.port)
	if err := c.run("pg_ctl", "-D", c.data(), "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w\n%s", err, log)
	}
	return c, nil
}

func (c *cluster) data() string { return filepath.Join(c.dir, "data") }

// run runs one of the cluster's programs as the cluster's user.
func (c *cluster) run(name string, args ...string) error {
	cmd := exec.Command(filepath.Join(c.bin, name), args...)
	cmd.Dir = c.dir
	if c.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %w\n%s", name, err, out)
	}
	return nil
}

// stop stops the server at once and removes its directory.
func (c *cluster) stop() error {
	err := c.run("pg_ctl", "-D", c.data(), "-m", "immediate", "-w", "stop")
	if rmErr := os.RemoveAll(c.dir); err == nil {
		err = rmErr
	}
	return err
}

// dsn returns the connection string of database db.
func (c *cluster) dsn(db string) string {
	return fmt.Sprintf("host=%s port=%d user=postgres dbname=%s sslmode=disable", c.dir, c.port, db)
}

// newDatabase creates an empty database and returns its connection string.
func (c *cluster) newDatabase(ctx context.Context) (string, error) {
	admin, err := sql.Open("pgx", c.dsn("postgres"))
	if err != nil {
		return "", err
	}
	defer admin.Close()
	name := fmt.Sprintf("store_test_%d", c.dbs.Add(1))
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	return c.dsn(name), nil
}

func unprivileged() (*syscall.Credential, error) {
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, err1 := strconv.Atoi(u.Uid)
		gid, err2 := strconv.Atoi(u.Gid)
		if err1 == nil && err2 == nil {
			return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
		}
	}
	return nil, fmt.Errorf("running as root, and there is neither a user postgres nor nobody to run PostgreSQL as")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

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
		dsn, err := pg.newDatabase(ctx)
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
	t.Logf("running on %s in %s", pg.version, pg.dir)
	s := newStore(t, pg.dsn("postgres"))
	var listen, socketDir string
	if err := s.DB().QueryRow("SELECT current_setting('listen_addresses'), current_setting('unix_socket_directories')").Scan(&listen, &socketDir); err != nil {
		t.Fatal(err)
	}
	if listen != "" || socketDir != pg.dir {
		t.Errorf("the cluster listens on %q and its socket is in %q; want no TCP address and the socket in %s", listen, socketDir, pg.dir)
	}
}
