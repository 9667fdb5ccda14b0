package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// row is one row of the library's values, as TestEveryTypeRoundTripsExactly
// stores it.
type row struct {
	name   string
	date   integracja.Date
	period integracja.Period
	money  budget.Money // one column: a money_amount composite
	amount budget.Money // two columns: numeric and char(3)
	pesel  contract.PESEL
	count  indicator.Count
	birth  programme.BirthDate
}

// valueColumns are the columns of the table of values on each engine.
var valueColumns = map[Engine]string{
	PostgreSQL: `name text, d date, p daterange, m money_amount, amount numeric, currency char(3), pesel char(11), c sex_count, bd date`,
	SQLite:     `name text, d date, p text, m text, amount text, currency text, pesel text, c text, bd date`,
}

func mustMoney(amount, currency string) budget.Money {
	m, err := budget.New(decimal.RequireFromString(amount), currency)
	if err != nil {
		panic(err)
	}
	return m
}

func mustPeriod(s string) integracja.Period {
	p, err := integracja.ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

var rows = []row{
	{name: "ordinary values", date: integracja.MustParseDate("2019-06-01"), period: mustPeriod("2019-06-01/2019-12-31"),
		money: mustMoney("1234.50", "PLN"), amount: mustMoney("0.01", "PLN"), pesel: contract.MustParsePESEL("44051401359"),
		count: indicator.Count{Women: 12, Men: 8}, birth: programme.NewBirthDate(integracja.MustParseDate("1975-04-12"))},
	{name: "the edges of the calendar", date: integracja.MustParseDate("0001-01-01"), period: mustPeriod("9999-12-01/9999-12-31"),
		money: mustMoney("-5", "EUR"), amount: mustMoney("-0.5", "EUR"),
		// Born 8 July 2002: a PESEL that starts with 0.
		pesel: contract.MustParsePESEL("02270803624"),
		count: indicator.Count{Women: 1, Unspecified: 3}, birth: programme.NewBirthDate(integracja.MustParseDate("2000-02-29"))},
	{name: "amounts beyond the grosz and beyond an int64 of grosze",
		date: integracja.MustParseDate("9999-12-31"), period: mustPeriod("2024-02-29/2024-02-29"),
		money:  mustMoney("0.125", "PLN"),
		amount: mustMoney("-123456789012345678901234567890.12345678901234567890", "PLN"),
		pesel:  contract.MustParsePESEL("85061212346"), count: indicator.Count{Women: 1_000_000_000_000_000, Men: 999}},
	{name: "a tiny amount", date: integracja.MustParseDate("2024-02-29"), period: mustPeriod("2024-01-01/2024-12-31"),
		money: mustMoney("0.00000000000000000001", "USD"), amount: mustMoney("0.00000000000000000001", "PLN"),
		pesel: contract.MustParsePESEL("02270803624"), birth: programme.NewBirthDate(integracja.MustParseDate("1999-12-31"))},
	{name: "zero values, NULL where they mean nothing given"},
}

func TestEveryTypeRoundTripsExactly(t *testing.T) {
	onEveryEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if _, err := s.DB().ExecContext(ctx, "CREATE TABLE value_check ("+valueColumns[s.Engine()]+")"); err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			amount, currency, err := r.amount.Columns()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.DB().ExecContext(ctx, `INSERT INTO value_check VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
				r.name, r.date, r.period, r.money, amount, currency, r.pesel, r.count, r.birth); err != nil {
				t.Fatalf("%s: %v", r.name, err)
			}
		}
		for _, want := range rows {
			var (
				got           row
				amount, curre any
			)
			err := s.DB().QueryRowContext(ctx, `SELECT name, d, p, m, amount, currency, pesel, c, bd FROM value_check WHERE name = $1`, want.name).
				Scan(&got.name, &got.date, &got.period, &got.money, &amount, &curre, &got.pesel, &got.count, &got.birth)
			if err == nil {
				got.amount, err = budget.FromColumns(amount, curre)
			}
			if err != nil {
				t.Errorf("%s: %v", want.name, err)
				continue
			}
			for _, c := range []struct {
				field     string
				same      bool
				got, want any
			}{
				{"date", got.date.Equal(want.date), got.date, want.date},
				{"period", got.period == want.period, got.period, want.period},
				{"money", got.money.Equal(want.money), got.money, want.money},
				{"amount", got.amount.Equal(want.amount), got.amount, want.amount},
				{"pesel", got.pesel == want.pesel, got.pesel.Reveal(), want.pesel.Reveal()},
				{"count", got.count == want.count, got.count, want.count},
				{"birth", got.birth == want.birth, got.birth.Reveal(), want.birth.Reveal()},
			} {
				if !c.same {
					t.Errorf("%s: %s reads back as %v, want %v", want.name, c.field, c.got, c.want)
				}
			}
		}
		checkTheEngineSeesTheValues(t, s)
	})
}

// checkTheEngineSeesTheValues asks the database itself about what it
// holds: NULL where nothing is given, the period's days, the composite's
// fields and the amount as exact numeric on PostgreSQL, text on SQLite.
func checkTheEngineSeesTheValues(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	var nulls int
	if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM value_check
		WHERE d IS NULL AND p IS NULL AND pesel IS NULL AND bd IS NULL`).Scan(&nulls); err != nil {
		t.Fatal(err)
	}
	if nulls != 1 {
		t.Errorf("%d rows hold NULL for a missing date, period, PESEL and birth date; want the one of zero values", nulls)
	}
	if s.Engine() == SQLite {
		var kinds string
		if err := s.DB().QueryRowContext(ctx, `SELECT group_concat(DISTINCT typeof(amount)) FROM value_check`).Scan(&kinds); err != nil {
			t.Fatal(err)
		}
		if kinds != "text" {
			t.Errorf("SQLite holds the amounts as %s, want text only", kinds)
		}
		return
	}
	var days, women int
	var amount, total, currency string
	if err := s.DB().QueryRowContext(ctx, `SELECT upper(p) - lower(p), (m).amount::text, (m).currency, (c).women
		FROM value_check WHERE name = 'ordinary values'`).Scan(&days, &amount, &currency, &women); err != nil {
		t.Fatal(err)
	}
	if days != 214 || amount != "1234.50" || currency != "PLN" || women != 12 {
		t.Errorf("PostgreSQL sees %d days, the amount %s %s and %d women; want 214 days, 1234.50 PLN and 12", days, amount, currency, women)
	}
	if err := s.DB().QueryRowContext(ctx, `SELECT sum(amount)::text FROM value_check WHERE currency = 'PLN'`).Scan(&total); err != nil {
		t.Fatal(err)
	}
	var pln []budget.Money
	for _, r := range rows {
		if r.amount.Currency() == "PLN" {
			pln = append(pln, r.amount)
		}
	}
	want, err := budget.Sum(pln...)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := budget.FromColumns(total, "PLN"); err != nil || !got.Equal(want) {
		t.Errorf("PostgreSQL sums the amounts to %s (%v), want %s exactly", total, err, want)
	}
}

// enumCheck stores every value of one enum and reads it back.
type enumCheck struct {
	name string // "contract.State"
	run  func(t *testing.T, s *Store) int
}

// enumValue is what an enum of the library is, for database/sql.
type enumValue interface {
	~uint8
	encoding.TextMarshaler
	driver.Valuer
}

// checkEnum returns the check of the enum T, named as the library's
// sources name it.
func checkEnum[T enumValue, P interface {
	*T
	sql.Scanner
}](name string) enumCheck {
	return enumCheck{name: name, run: func(t *testing.T, s *Store) int {
		ctx := context.Background()
		n := 0
		for i := range 256 {
			v := T(i)
			code, err := v.MarshalText()
			if err != nil {
				continue
			}
			n++
			// The value itself is the argument: database/sql and pgx
			// call its Value.
			if _, err := s.DB().ExecContext(ctx, `INSERT INTO enum_check (type, n, code) VALUES ($1, $2, $3)`, name, i, v); err != nil {
				t.Errorf("%s %v: %v", name, v, err)
				continue
			}
			var raw string
			var src any
			if err := s.DB().QueryRowContext(ctx, `SELECT code, code FROM enum_check WHERE type = $1 AND n = $2`, name, i).Scan(&raw, &src); err != nil {
				t.Errorf("%s %v: %v", name, v, err)
				continue
			}
			if _, err := strconv.ParseFloat(raw, 64); err == nil || raw != string(code) {
				t.Errorf("%s %v is stored as %q; want its code %q, never a number", name, v, raw, code)
				continue
			}
			var back T
			if err := P(&back).Scan(src); err != nil || back != v {
				t.Errorf("%s %v reads back from %#v as %v, %v", name, v, src, back, err)
			}
		}
		return n
	}}
}

// enums are every enum of the library; TestTheEnumListIsComplete keeps
// the list complete.
var enums = []enumCheck{
	checkEnum[integracja.Severity]("integracja.Severity"),
	checkEnum[indicator.Sex]("indicator.Sex"),
	checkEnum[indicator.Kind]("indicator.Kind"),
	checkEnum[indicator.Unit]("indicator.Unit"),
	checkEnum[indicator.Protection]("indicator.Protection"),
	checkEnum[indicator.Mark]("indicator.Mark"),
	checkEnum[indicator.LabourStatus]("indicator.LabourStatus"),
	checkEnum[indicator.Education]("indicator.Education"),
	checkEnum[indicator.Framework]("indicator.Framework"),
	checkEnum[indicator.Sourcing]("indicator.Sourcing"),
	checkEnum[budget.CostKind]("budget.CostKind"),
	checkEnum[budget.SourceKind]("budget.SourceKind"),
	checkEnum[budget.Outcome]("budget.Outcome"),
	checkEnum[budget.Side]("budget.Side"),
	checkEnum[budget.Rounding]("budget.Rounding"),
	checkEnum[budget.Basis]("budget.Basis"),
	checkEnum[budget.Metric]("budget.Metric"),
	checkEnum[budget.Bound]("budget.Bound"),
	checkEnum[budget.Verification]("budget.Verification"),
	checkEnum[contract.Kind]("contract.Kind"),
	checkEnum[contract.Track]("contract.Track"),
	checkEnum[contract.State]("contract.State"),
	checkEnum[contract.Reason]("contract.Reason"),
	checkEnum[contract.InstitutionKind]("contract.InstitutionKind"),
	checkEnum[contract.Actor]("contract.Actor"),
	checkEnum[contract.BenefitKind]("contract.BenefitKind"),
	checkEnum[contract.Consequence]("contract.Consequence"),
	checkEnum[contract.Achievement]("contract.Achievement"),
	checkEnum[contract.Entitlement]("contract.Entitlement"),
	checkEnum[contract.ExclusionScope]("contract.ExclusionScope"),
	checkEnum[contract.LabourStatus]("contract.LabourStatus"),
	checkEnum[contract.OfficeLink]("contract.OfficeLink"),
	checkEnum[programme.OperatorKind]("programme.OperatorKind"),
	checkEnum[programme.Group]("programme.Group"),
	checkEnum[programme.Mode]("programme.Mode"),
	checkEnum[programme.Specialist]("programme.Specialist"),
	checkEnum[programme.Per]("programme.Per"),
	checkEnum[programme.HourLength]("programme.HourLength"),
	checkEnum[programme.EventKind]("programme.EventKind"),
	checkEnum[programme.DropoutReason]("programme.DropoutReason"),
	checkEnum[programme.Status]("programme.Status"),
	checkEnum[programme.FigureUnit]("programme.FigureUnit"),
	checkEnum[programme.EfficiencyFormulation]("programme.EfficiencyFormulation"),
	checkEnum[programme.SocialGroup]("programme.SocialGroup"),
	checkEnum[programme.Site]("programme.Site"),
	checkEnum[programme.SexBreakdown]("programme.SexBreakdown"),
}

func TestEveryEnumIsStoredAsItsCode(t *testing.T) {
	onEveryEngine(t, func(t *testing.T, s *Store) {
		if _, err := s.DB().Exec(`CREATE TABLE enum_check (type text, n integer, code text, PRIMARY KEY (type, n))`); err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, e := range enums {
			n := e.run(t, s)
			if n == 0 {
				t.Errorf("%s has no value to store", e.name)
			}
			total += n
		}
		t.Logf("checked %d values of %d enums", total, len(enums))
	})
}

// TestTheEnumListIsComplete finds the library's enums in its sources
// (each is declared with enum.MustNew) and fails for one the list of this
// file does not check.
func TestTheEnumListIsComplete(t *testing.T) {
	const root = "../.."
	fset := token.NewFileSet()
	var declared []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			_, mod := os.Stat(filepath.Join(path, "go.mod"))
			if path != root && (mod == nil || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "MustNew" || fmt.Sprint(sel.X) != "enum" || len(call.Args) != 1 {
				return true
			}
			if lit, ok := call.Args[0].(*ast.CompositeLit); ok {
				if idx, ok := lit.Type.(*ast.IndexExpr); ok {
					declared = append(declared, f.Name.Name+"."+fmt.Sprint(idx.Index))
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, e := range enums {
		listed = append(listed, e.name)
	}
	slices.Sort(declared)
	slices.Sort(listed)
	if !slices.Equal(declared, listed) {
		t.Errorf("the library declares the enums\n%s\nand this test checks\n%s", strings.Join(declared, "\n"), strings.Join(listed, "\n"))
	}
}
