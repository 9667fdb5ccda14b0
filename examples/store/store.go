package store

import (
	"context"
	"database/sql"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
	_ "modernc.org/sqlite"             // the "sqlite" driver, pure Go

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// Engine is the database a Store runs on.
type Engine uint8

// The engines.
const (
	// SQLite is embedded, through the pure-Go driver modernc.org/sqlite:
	// no server, no cgo.
	SQLite Engine = iota
	// PostgreSQL is reached through pgx's database/sql driver.
	PostgreSQL
)

// String returns "sqlite" or "postgresql".
func (e Engine) String() string {
	if e == PostgreSQL {
		return "postgresql"
	}
	return "sqlite"
}

var (
	//go:embed schema_sqlite.sql
	schemaSQLite string
	//go:embed schema_postgres.sql
	schemaPostgres string
)

// Schema returns the statements that create the store's tables on e.
func Schema(e Engine) string {
	if e == PostgreSQL {
		return schemaPostgres
	}
	return schemaSQLite
}

// Store keeps programmes, their participants and budgets with ledgers,
// and social contracts in a database through database/sql.
type Store struct {
	db     *sql.DB
	engine Engine
}

// Open opens a store: on PostgreSQL when dsn is a PostgreSQL connection
// string ("postgres://…", "postgresql://…" or "host=… dbname=…"), and
// otherwise on SQLite, dsn being the database file (":memory:" for one
// that lives as long as the store).
func Open(dsn string) (*Store, error) {
	if isPostgres(dsn) {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, err
		}
		return New(db, PostgreSQL), nil
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// SQLite writes one at a time, and every connection to ":memory:"
	// would open a database of its own.
	db.SetMaxOpenConns(1)
	return New(db, SQLite), nil
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") ||
		strings.Contains(dsn, "host=") || strings.Contains(dsn, "dbname=")
}

// New returns a store on db, whose engine is e.
func New(db *sql.DB, e Engine) *Store { return &Store{db: db, engine: e} }

// DB returns the store's database.
func (s *Store) DB() *sql.DB { return s.db }

// Engine returns the engine the store runs on.
func (s *Store) Engine() Engine { return s.engine }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// CreateSchema creates the store's tables ([Schema]).
func (s *Store) CreateSchema(ctx context.Context) error {
	for _, stmt := range strings.Split(stripComments(Schema(s.engine)), ";") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := s.db.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("store: creating the schema: %w", err)
		}
	}
	return nil
}

// HasSchema reports whether the store's tables exist.
func (s *Store) HasSchema(ctx context.Context) bool {
	var n int
	return s.db.QueryRowContext(ctx, "SELECT count(*) FROM programme").Scan(&n) == nil
}

// stripComments drops the "--" comments of SQL text.
func stripComments(stmt string) string {
	var b strings.Builder
	for line := range strings.Lines(stmt) {
		code, _, _ := strings.Cut(line, "--")
		b.WriteString(code)
	}
	return b.String()
}

// SaveProgramme stores p under id, replacing what was stored under it:
// its participants, its budget with the plan and the ledger in rows of
// their own, and the rest as a JSON document. The programme's period and
// operator, its participants' sex and birth date, and the amounts and
// dates of the plan and the ledger are columns a query can use.
func (s *Store) SaveProgramme(ctx context.Context, id string, p programme.Programme) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		rest := p
		rest.Budget, rest.Participants = nil, nil
		doc, err := programme.Encode(rest)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO programme (id, name, operator_kind, period, participants, document)
			VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (id) DO UPDATE SET name = excluded.name, operator_kind = excluded.operator_kind,
				period = excluded.period, participants = excluded.participants, document = excluded.document`,
			id, p.Name, p.Operator.Kind, p.Period, bySex(p.Participants), string(doc)); err != nil {
			return err
		}
		for _, table := range []string{"ledger_line", "budget_plan", "budget", "participant"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE programme_id = $1", id); err != nil {
				return err
			}
		}
		for i, pt := range p.Participants {
			rest := pt
			rest.ID, rest.Sex, rest.BirthDate = "", indicator.SexUnspecified, programme.BirthDate{}
			doc, err := json.Marshal(rest)
			if err != nil {
				return fmt.Errorf("participants[%d]: %w", i, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO participant (programme_id, seq, id, sex, birth_date, document)
				VALUES ($1, $2, $3, $4, $5, $6)`, id, i, pt.ID, pt.Sex, pt.BirthDate, string(doc)); err != nil {
				return fmt.Errorf("participants[%d]: %w", i, err)
			}
		}
		if p.Budget != nil {
			return saveBudget(ctx, tx, id, *p.Budget)
		}
		return nil
	})
}

// bySex counts participants by sex.
func bySex(ps []programme.Participant) indicator.Count {
	var c indicator.Count
	for _, p := range ps {
		c = c.Plus(p.Sex, 1)
	}
	return c
}

// budgetDoc is what the budget table keeps as JSON.
type budgetDoc struct {
	Currency   string            `json:"currency,omitempty"`
	Categories budget.Catalogue  `json:"categories"`
	Sources    []budget.Source   `json:"sources,omitempty"`
	FigureMap  *budget.FigureMap `json:"figureMap,omitempty"`
}

func saveBudget(ctx context.Context, tx *sql.Tx, id string, b budget.Budget) error {
	doc, err := json.Marshal(budgetDoc{Currency: b.Currency, Categories: b.Categories, Sources: b.Sources, FigureMap: b.FigureMap})
	if err != nil {
		return fmt.Errorf("budget: %w", err)
	}
	var planned sql.Null[budget.Money]
	if len(b.Plan) > 0 {
		amounts := make([]budget.Money, len(b.Plan))
		for i, item := range b.Plan {
			amounts[i] = item.Amount
		}
		total, err := budget.Sum(amounts...)
		planned = sql.Null[budget.Money]{V: total, Valid: err == nil}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO budget (programme_id, name, period, planned, document)
		VALUES ($1, $2, $3, $4, $5)`, id, b.Name, b.Period, planned, string(doc)); err != nil {
		return fmt.Errorf("budget: %w", err)
	}
	for i, item := range b.Plan {
		amount, currency, err := item.Amount.Columns()
		if err == nil {
			_, err = tx.ExecContext(ctx, `INSERT INTO budget_plan (programme_id, seq, category, amount, currency)
				VALUES ($1, $2, $3, $4, $5)`, id, i, item.Category, amount, currency)
		}
		if err != nil {
			return fmt.Errorf("budget.plan[%d]: %w", i, err)
		}
	}
	for i, l := range b.Ledger {
		amount, currency, err := l.Amount.Columns()
		if err == nil {
			_, err = tx.ExecContext(ctx, `INSERT INTO ledger_line (programme_id, seq, spent_on, category, amount, currency, description, document, source)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, id, i, l.Date, l.Category, amount, currency, l.Description, l.Document, l.Source)
		}
		if err != nil {
			return fmt.Errorf("budget.ledger[%d]: %w", i, err)
		}
	}
	return nil
}

// ErrNotFound is the error of a lookup that finds nothing.
var ErrNotFound = errors.New("store: not found")

// LoadProgramme returns the programme stored under id, or an error
// wrapping [ErrNotFound]. Every document is decoded strictly: a field the
// module does not know is an error, not silently dropped.
func (s *Store) LoadProgramme(ctx context.Context, id string) (programme.Programme, error) {
	var p programme.Programme
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var doc []byte
		err := tx.QueryRowContext(ctx, `SELECT document FROM programme WHERE id = $1`, id).Scan(&doc)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("programme %q: %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if p, err = programme.Decode(doc); err != nil {
			return fmt.Errorf("programme %q: %w", id, err)
		}
		if p.Participants, err = loadParticipants(ctx, tx, id); err != nil {
			return err
		}
		b, err := loadBudget(ctx, tx, id)
		p.Budget = b
		return err
	})
	if err != nil {
		return programme.Programme{}, err
	}
	return p, nil
}

func loadParticipants(ctx context.Context, tx *sql.Tx, id string) ([]programme.Participant, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, sex, birth_date, document FROM participant
		WHERE programme_id = $1 ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []programme.Participant{}
	for rows.Next() {
		var (
			p   programme.Participant
			doc []byte
			pid string
			sex indicator.Sex
			bd  programme.BirthDate
		)
		if err := rows.Scan(&pid, &sex, &bd, &doc); err != nil {
			return nil, fmt.Errorf("participants[%d]: %w", len(out), err)
		}
		if err := integracja.DecodeJSON(doc, &p); err != nil {
			return nil, fmt.Errorf("participants[%d]: %w", len(out), err)
		}
		p.ID, p.Sex, p.BirthDate = pid, sex, bd
		out = append(out, p)
	}
	return out, rows.Err()
}

func loadBudget(ctx context.Context, tx *sql.Tx, id string) (*budget.Budget, error) {
	var (
		b   budget.Budget
		doc []byte
		bd  budgetDoc
	)
	err := tx.QueryRowContext(ctx, `SELECT name, period, document FROM budget WHERE programme_id = $1`, id).
		Scan(&b.Name, &b.Period, &doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("budget: %w", err)
	}
	if err := integracja.DecodeJSON(doc, &bd); err != nil {
		return nil, fmt.Errorf("budget: %w", err)
	}
	b.Currency, b.Categories, b.Sources, b.FigureMap = bd.Currency, bd.Categories, bd.Sources, bd.FigureMap
	rows, err := tx.QueryContext(ctx, `SELECT category, amount, currency FROM budget_plan WHERE programme_id = $1 ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			item             budget.PlanItem
			amount, currency any
		)
		err := rows.Scan(&item.Category, &amount, &currency)
		if err == nil {
			item.Amount, err = budget.FromColumns(amount, currency)
		}
		if err != nil {
			return nil, fmt.Errorf("budget.plan[%d]: %w", len(b.Plan), err)
		}
		b.Plan = append(b.Plan, item)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	b.Ledger, err = loadLedger(ctx, tx, id)
	return &b, err
}

func loadLedger(ctx context.Context, tx *sql.Tx, id string) (budget.Ledger, error) {
	rows, err := tx.QueryContext(ctx, `SELECT spent_on, category, amount, currency, description, document, source
		FROM ledger_line WHERE programme_id = $1 ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ledger budget.Ledger
	for rows.Next() {
		var (
			l                budget.Line
			amount, currency any
		)
		err := rows.Scan(&l.Date, &l.Category, &amount, &currency, &l.Description, &l.Document, &l.Source)
		if err == nil {
			l.Amount, err = budget.FromColumns(amount, currency)
		}
		if err != nil {
			return nil, fmt.Errorf("budget.ledger[%d]: %w", len(ledger), err)
		}
		ledger = append(ledger, l)
	}
	return ledger, rows.Err()
}

// Summary is a programme as the list of programmes shows it, read from
// the columns of the store alone.
type Summary struct {
	ID           string
	Name         string
	Operator     programme.OperatorKind
	Period       integracja.Period
	Participants indicator.Count        // by sex
	Planned      sql.Null[budget.Money] // the total of the plan, when there is one
}

// Programmes lists the stored programmes by id.
func (s *Store) Programmes(ctx context.Context) ([]Summary, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT p.id, p.name, p.operator_kind, p.period, p.participants, b.planned
		FROM programme p LEFT JOIN budget b ON b.programme_id = p.id ORDER BY p.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var sum Summary
		if err := rows.Scan(&sum.ID, &sum.Name, &sum.Operator, &sum.Period, &sum.Participants, &sum.Planned); err != nil {
			return nil, err
		}
		out = append(out, sum)
	}
	return out, rows.Err()
}

// SaveContract stores c, replacing a contract of the same number, as a
// JSON document with its kind, track, state, date of conclusion, the
// period of the version in force and the client's PESEL as columns. A
// programme id other than "" links it to a stored programme.
//
// The PESEL column holds personal data in full (see
// [contract.PESEL.Value]): it is there so that a social worker's system
// finds a client's contracts ([Store.ContractsOf]).
func (s *Store) SaveContract(ctx context.Context, programmeID string, c contract.Contract) error {
	doc, err := json.Marshal(c)
	if err != nil {
		return err
	}
	var prog sql.Null[string]
	if programmeID != "" {
		prog = sql.Null[string]{V: programmeID, Valid: true}
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO contract (number, programme_id, kind, track, state, concluded_on, period, client_pesel, document)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (number) DO UPDATE SET programme_id = excluded.programme_id, kind = excluded.kind, track = excluded.track,
			state = excluded.state, concluded_on = excluded.concluded_on, period = excluded.period,
			client_pesel = excluded.client_pesel, document = excluded.document`,
		c.Number, prog, c.Kind, c.Track, c.State(), c.ConcludedOn, c.Current().Period, c.Client.PESEL, string(doc))
	return err
}

// LoadContract returns the contract of the given number, decoded strictly
// from its document, or an error wrapping [ErrNotFound].
func (s *Store) LoadContract(ctx context.Context, number string) (contract.Contract, error) {
	var doc []byte
	err := s.db.QueryRowContext(ctx, `SELECT document FROM contract WHERE number = $1`, number).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return contract.Contract{}, fmt.Errorf("contract %q: %w", number, ErrNotFound)
	}
	if err != nil {
		return contract.Contract{}, err
	}
	return contract.Decode(doc)
}

// ContractSummary is a contract as a list shows it, read from the columns
// of the store alone.
type ContractSummary struct {
	Number      string
	Kind        contract.Kind
	Track       contract.Track
	State       contract.State
	ConcludedOn integracja.Date
	Period      integracja.Period
}

// ContractsOf lists, by number, the contracts whose client has the given
// PESEL.
func (s *Store) ContractsOf(ctx context.Context, pesel contract.PESEL) ([]ContractSummary, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT number, kind, track, state, concluded_on, period
		FROM contract WHERE client_pesel = $1 ORDER BY number`, pesel)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ContractSummary
	for rows.Next() {
		var c ContractSummary
		if err := rows.Scan(&c.Number, &c.Kind, &c.Track, &c.State, &c.ConcludedOn, &c.Period); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// inTx runs f in a transaction, committed when f returns nil.
func (s *Store) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}
