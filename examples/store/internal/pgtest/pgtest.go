// Package pgtest starts a private PostgreSQL cluster for tests: in a new
// temporary directory, listening on a free port on a Unix socket in that
// directory only (no TCP), run as an unprivileged user when the tests run
// as root, as PostgreSQL requires. It needs PostgreSQL's binaries (initdb,
// pg_ctl, postgres) on PATH or in /usr/lib/postgresql/*/bin.
package pgtest

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

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// Main is the TestMain of a package whose tests run on PostgreSQL too: it
// starts a private cluster when PostgreSQL is installed and sets *c to
// it, or sets *why to why there is none, runs the tests, stops the
// cluster and exits with the tests' status. A cluster that is installed
// but does not start, or stop, fails the run.
func Main(m *testing.M, c **Cluster, why *string) {
	bin, reason := Find()
	if bin == "" {
		*why = reason
	} else {
		cl, err := Start(bin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "PostgreSQL is installed in", bin, "but a private cluster did not start:", err)
			os.Exit(1)
		}
		*c = cl
	}
	code := m.Run()
	if *c != nil {
		if err := (*c).Stop(); err != nil {
			fmt.Fprintln(os.Stderr, "stopping the private PostgreSQL cluster:", err)
			code = 1
		}
	}
	os.Exit(code)
}

// Find returns the directory that holds initdb, pg_ctl and
// postgres (from PATH, else the newest /usr/lib/postgresql/*/bin), or ""
// and why not.
func Find() (dir, why string) {
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

// Cluster is a private PostgreSQL cluster.
type Cluster struct {
	bin, dir string // its binaries and its directory, which holds its socket
	port     int
	cred     *syscall.Credential // whom the server runs as, when we are root
	// Version is what postgres --version says.
	Version string
	dbs     atomic.Int32
}

// Start initialises a cluster in a new temporary directory and
// starts it. PostgreSQL refuses to run as root, so under root (as CI runs)
// it runs as the user postgres, or nobody.
func Start(bin string) (*Cluster, error) {
	dir, err := os.MkdirTemp("", "store-pg-")
	if err != nil {
		return nil, err
	}
	c := &Cluster{bin: bin, dir: dir}
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
	c.Version = strings.TrimSpace(string(out))
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

// Dir returns the cluster's directory, which holds its socket.
func (c *Cluster) Dir() string { return c.dir }

func (c *Cluster) data() string { return filepath.Join(c.dir, "data") }

// run runs one of the cluster's programs as the cluster's user.
func (c *Cluster) run(name string, args ...string) error {
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

// Stop stops the server at once and removes its directory.
func (c *Cluster) Stop() error {
	err := c.run("pg_ctl", "-D", c.data(), "-m", "immediate", "-w", "stop")
	if rmErr := os.RemoveAll(c.dir); err == nil {
		err = rmErr
	}
	return err
}

// DSN returns the connection string of database db.
func (c *Cluster) DSN(db string) string {
	return fmt.Sprintf("host=%s port=%d user=postgres dbname=%s sslmode=disable", c.dir, c.port, db)
}

// NewDatabase creates an empty database and returns its connection string.
func (c *Cluster) NewDatabase(ctx context.Context) (string, error) {
	admin, err := sql.Open("pgx", c.DSN("postgres"))
	if err != nil {
		return "", err
	}
	defer admin.Close()
	name := fmt.Sprintf("store_test_%d", c.dbs.Add(1))
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	return c.DSN(name), nil
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
