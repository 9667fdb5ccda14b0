package budget

import "database/sql/driver"

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
