package budget

import (
	"database/sql/driver"
	"strconv"
	"strings"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/sqltext"
)

// Value stores m for database/sql in one column, as the text of a
// PostgreSQL composite value of an amount and a currency,
// "(1234.50,PLN)": the amount exactly as [Money.String] writes it (plain
// decimal notation, at least two places, every place beyond them), a
// comma and the ISO 4217 code. A column of the composite type
//
//	CREATE TYPE money_amount AS (amount numeric, currency char(3));
//
// reads it as its two fields, so that SQL can reach them as
// (col).amount and (col).currency; a text column (SQLite) keeps it as it
// is. [Money.Scan] reads it back. An amount beyond [MaxIntDigits] and
// [MaxPlaces], which Scan would refuse, is an error whose cause is
// [integracja.ErrOutOfRange].
//
// Where an amount and its currency are two columns of a table (amount
// numeric, currency char(3)), [Money.Columns] and [FromColumns] write and
// read them.
func (m Money) Value() (driver.Value, error) {
	if err := m.checkLimits(integracja.Path{}); err != nil {
		return nil, err
	}
	return "(" + m.amountText() + "," + m.Currency() + ")", nil
}

// Scan reads what [Money.Value] stores, "(1234.50,PLN)", from the text
// (a string or []byte) a driver hands back for a composite or text
// column: an amount in plain decimal notation within [MaxIntDigits] and
// [MaxPlaces], and a currency code of three uppercase letters. SQL NULL
// is an error: the zero Money is 0 PLN, an amount, while NULL is none
// (scan a nullable column into a sql.Null[Money]). So is any other type
// or text, with a [*integracja.ParseError] of kind "money"; on error m is
// unchanged.
func (m *Money) Scan(src any) error {
	s, ok := sqltext.Of(src)
	switch {
	case src == nil:
		return moneyTextError("", integracja.ErrRequired, integracja.Text{
			PL: "NULL nie jest kwotą (kolumnę dopuszczającą NULL odczytuje sql.Null[budget.Money])",
			EN: "NULL is no amount (scan a nullable column into a sql.Null[budget.Money])"})
	case !ok:
		pl, en := sqltext.Not(src)
		return moneyTextError("", integracja.ErrInvalid, integracja.Text{PL: "oczekiwano tekstu, nie " + pl, EN: "want text, not " + en})
	}
	inner, ok := strings.CutPrefix(s, "(")
	inner, ok2 := strings.CutSuffix(inner, ")")
	amount, code, ok3 := strings.Cut(inner, ",")
	if !ok || !ok2 || !ok3 {
		return moneyTextError(s, integracja.ErrInvalid, textWantComposite)
	}
	v, err := readAmountAndCurrency(s, amount, code, textWantComposite)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// textWantComposite says what the one-column form of Money is.
var textWantComposite = integracja.Text{PL: "oczekiwano kwoty i waluty w nawiasie, np. \"(1234.50,PLN)\"",
	EN: "want an amount and a currency in brackets, such as \"(1234.50,PLN)\""}

// Columns returns m as two columns of a table: the amount, exactly, in
// plain decimal notation ("1234.50", "0.125"), for a column of type
// numeric (of type text on SQLite, whose numeric columns turn decimals
// into floats), and the currency code, for a column of type char(3):
//
//	amount, currency, err := m.Columns()
//	_, err = db.ExecContext(ctx, "INSERT INTO ledger (amount, currency) VALUES ($1, $2)", amount, currency)
//
// [FromColumns] reads them back. An amount beyond [MaxIntDigits] and
// [MaxPlaces] is an error whose cause is [integracja.ErrOutOfRange].
func (m Money) Columns() (amount, currency string, err error) {
	if err := m.checkLimits(integracja.NewPath("amount")); err != nil {
		return "", "", err
	}
	return m.amountText(), m.Currency(), nil
}

// FromColumns returns the Money that an amount column and a currency code
// column hold, as a driver hands them back into two values of type any:
//
//	var amount, currency any
//	err := row.Scan(&amount, &currency)
//	m, err := budget.FromColumns(amount, currency)
//
// The amount is text (a string or []byte, as drivers return numeric
// columns and text columns) in plain decimal notation within
// [MaxIntDigits] and [MaxPlaces], or an integer (int64, as SQLite
// returns a whole number); the currency is text of three uppercase
// letters. A floating-point amount is an error, because a float has
// already lost what an amount needs (0.1 is no float): the column must be
// numeric, or text on SQLite. NULL in either is an error with cause
// [integracja.ErrRequired]. Every problem is a [*integracja.FieldError] at
// the path "amount" or "currency", joined.
func FromColumns(amount, code any) (Money, error) {
	var errs []error
	var n plainNumber
	at := integracja.NewPath("amount")
	switch x := amount.(type) {
	case nil:
		errs = append(errs, integracja.Required(at))
	case int64:
		n = plainNumber{Neg: x < 0, Whole: strings.TrimPrefix(strconv.FormatInt(x, 10), "-")}
	case string, []byte:
		text, _ := sqltext.Of(x)
		var err error
		if n, err = readPlain(at, text, textWantPlain); err != nil {
			errs = append(errs, err)
		}
	case float64:
		errs = append(errs, integracja.Invalid(at, "", integracja.Text{
			PL: "liczba zmiennoprzecinkowa traci kwoty: kolumna kwoty musi być typu numeric (na SQLite text)",
			EN: "a floating-point number loses amounts: the amount column must be numeric (text on SQLite)"}))
	default:
		pl, en := sqltext.Not(amount)
		errs = append(errs, integracja.Invalid(at, "", integracja.Text{PL: "oczekiwano liczby dziesiętnej jako tekstu, nie " + pl,
			EN: "want a decimal as text, not " + en}))
	}
	var c currency
	cat := integracja.NewPath("currency")
	switch x := code.(type) {
	case nil:
		errs = append(errs, integracja.Required(cat))
	case string, []byte:
		text, _ := sqltext.Of(x)
		packed, ok := packCurrency(text)
		if !ok {
			errs = append(errs, integracja.NewFieldError(cat, ErrCurrency, excerpt(text), integracja.Text{}))
		}
		c = packed
	default:
		pl, en := sqltext.Not(code)
		errs = append(errs, integracja.NewFieldError(cat, ErrCurrency, "", integracja.Text{PL: "oczekiwano tekstu, nie " + pl, EN: "want text, not " + en}))
	}
	if err := integracja.Join(errs...); err != nil {
		return Money{}, err
	}
	return plainMoney(n, c), nil
}

// textWantPlain says what the amount column holds.
var textWantPlain = integracja.Text{PL: "oczekiwano liczby dziesiętnej z kropką, np. \"1234.50\"",
	EN: "want a plain decimal with a dot, such as \"1234.50\""}

// The database/sql forms of the package's enums: each stores as its stable
// code, the text of its MarshalText, never as the number of its constant.

// Value stores k as its stable code, a string, for database/sql; an
// undefined SourceKind is an error.
func (k SourceKind) Value() (driver.Value, error) { return sourceKinds.Value(k) }

// Scan reads the stable code from a text column; a number is an error,
// and on error k is unchanged.
func (k *SourceKind) Scan(src any) error { return sourceKinds.Scan(k, src) }

// Value stores f as its stable code, a string, for database/sql; an
// undefined Metric is an error.
func (f Metric) Value() (driver.Value, error) { return metrics.Value(f) }

// Scan reads the stable code from a text column; a number is an error,
// and on error f is unchanged.
func (f *Metric) Scan(src any) error { return metrics.Scan(f, src) }

// Value stores k as its stable code, a string, for database/sql; an
// undefined CostKind is an error.
func (k CostKind) Value() (driver.Value, error) { return costKinds.Value(k) }

// Scan reads the stable code from a text column; a number is an error,
// and on error k is unchanged.
func (k *CostKind) Scan(src any) error { return costKinds.Scan(k, src) }

// Value stores o as its stable code, a string, for database/sql; an
// undefined Outcome is an error.
func (o Outcome) Value() (driver.Value, error) { return outcomes.Value(o) }

// Scan reads the stable code from a text column; a number is an error,
// and on error o is unchanged.
func (o *Outcome) Scan(src any) error { return outcomes.Scan(o, src) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined Side is an error.
func (s Side) Value() (driver.Value, error) { return sides.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *Side) Scan(src any) error { return sides.Scan(s, src) }

// Value stores r as its stable code, a string, for database/sql; an
// undefined Rounding is an error.
func (r Rounding) Value() (driver.Value, error) { return roundings.Value(r) }

// Scan reads the stable code from a text column; a number is an error,
// and on error r is unchanged.
func (r *Rounding) Scan(src any) error { return roundings.Scan(r, src) }

// Value stores b as its stable code, a string, for database/sql; an
// undefined Basis is an error.
func (b Basis) Value() (driver.Value, error) { return bases.Value(b) }

// Scan reads the stable code from a text column; a number is an error,
// and on error b is unchanged.
func (b *Basis) Scan(src any) error { return bases.Scan(b, src) }

// Value stores b as its stable code, a string, for database/sql; an
// undefined Bound is an error.
func (b Bound) Value() (driver.Value, error) { return bounds.Value(b) }

// Scan reads the stable code from a text column; a number is an error,
// and on error b is unchanged.
func (b *Bound) Scan(src any) error { return bounds.Scan(b, src) }

// Value stores v as its stable code, a string, for database/sql; an
// undefined Verification is an error.
func (v Verification) Value() (driver.Value, error) { return verifications.Value(v) }

// Scan reads the stable code from a text column; a number is an error,
// and on error v is unchanged.
func (v *Verification) Scan(src any) error { return verifications.Scan(v, src) }
