package programme

import (
	"database/sql/driver"

	"github.com/aktywna/integracja"
)

// Value stores b for database/sql as the date it is, 2006-01-02, for a
// date column, or SQL NULL for the zero BirthDate ("not given"), as
// [integracja.Date.Value] stores a date. Like [BirthDate.MarshalText], it
// gives the date because storage needs it: the column holds personal
// data, to be protected as such. An invalid date is an error that does not
// show it.
func (b BirthDate) Value() (driver.Value, error) {
	if !b.IsZero() && !b.IsValid() {
		return nil, errBirthDate()
	}
	return b.d.Value()
}

// Scan reads a birth date as [integracja.Date.Scan] reads a date (the
// text and time.Time forms drivers hand back; SQL NULL is the zero
// BirthDate), with an error that does not show what it read. On error b
// is unchanged.
func (b *BirthDate) Scan(src any) error {
	var d integracja.Date
	if err := d.Scan(src); err != nil {
		return errBirthDate()
	}
	*b = BirthDate{d: d}
	return nil
}

// The database/sql forms of the package's enums: each stores as its stable
// code, the text of its MarshalText, never as the number of its constant.

// Value stores g as its stable code, a string, for database/sql; an
// undefined Group is an error.
func (g Group) Value() (driver.Value, error) { return groups.Value(g) }

// Scan reads the stable code from a text column; a number is an error,
// and on error g is unchanged.
func (g *Group) Scan(src any) error { return groups.Scan(g, src) }

// Value stores m as its stable code, a string, for database/sql; an
// undefined Mode is an error.
func (m Mode) Value() (driver.Value, error) { return modes.Value(m) }

// Scan reads the stable code from a text column; a number is an error,
// and on error m is unchanged.
func (m *Mode) Scan(src any) error { return modes.Scan(m, src) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined Specialist is an error.
func (s Specialist) Value() (driver.Value, error) { return specialists.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *Specialist) Scan(src any) error { return specialists.Scan(s, src) }

// Value stores p as its stable code, a string, for database/sql; an
// undefined Per is an error.
func (p Per) Value() (driver.Value, error) { return per.Value(p) }

// Scan reads the stable code from a text column; a number is an error,
// and on error p is unchanged.
func (p *Per) Scan(src any) error { return per.Scan(p, src) }

// Value stores k as its stable code, a string, for database/sql; an
// undefined EventKind is an error.
func (k EventKind) Value() (driver.Value, error) { return eventKinds.Value(k) }

// Scan reads the stable code from a text column; a number is an error,
// and on error k is unchanged.
func (k *EventKind) Scan(src any) error { return eventKinds.Scan(k, src) }

// Value stores r as its stable code, a string, for database/sql; an
// undefined DropoutReason is an error.
func (r DropoutReason) Value() (driver.Value, error) { return dropoutReasons.Value(r) }

// Scan reads the stable code from a text column; a number is an error,
// and on error r is unchanged.
func (r *DropoutReason) Scan(src any) error { return dropoutReasons.Scan(r, src) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined Status is an error.
func (s Status) Value() (driver.Value, error) { return statuses.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *Status) Scan(src any) error { return statuses.Scan(s, src) }

// Value stores k as its stable code, a string, for database/sql; an
// undefined OperatorKind is an error.
func (k OperatorKind) Value() (driver.Value, error) { return operatorKinds.Value(k) }

// Scan reads the stable code from a text column; a number is an error,
// and on error k is unchanged.
func (k *OperatorKind) Scan(src any) error { return operatorKinds.Scan(k, src) }

// Value stores u as its stable code, a string, for database/sql; an
// undefined FigureUnit is an error.
func (u FigureUnit) Value() (driver.Value, error) { return figureUnits.Value(u) }

// Scan reads the stable code from a text column; a number is an error,
// and on error u is unchanged.
func (u *FigureUnit) Scan(src any) error { return figureUnits.Scan(u, src) }

// Value stores l as its stable code, a string, for database/sql; an
// undefined HourLength is an error.
func (l HourLength) Value() (driver.Value, error) { return hourLengths.Value(l) }

// Scan reads the stable code from a text column; a number is an error,
// and on error l is unchanged.
func (l *HourLength) Scan(src any) error { return hourLengths.Scan(l, src) }

// Value stores f as its stable code, a string, for database/sql; an
// undefined EfficiencyFormulation is an error.
func (f EfficiencyFormulation) Value() (driver.Value, error) { return formulations.Value(f) }

// Scan reads the stable code from a text column; a number is an error,
// and on error f is unchanged.
func (f *EfficiencyFormulation) Scan(src any) error { return formulations.Scan(f, src) }

// Value stores g as its stable code, a string, for database/sql; an
// undefined SocialGroup is an error.
func (g SocialGroup) Value() (driver.Value, error) { return socialGroups.Value(g) }

// Scan reads the stable code from a text column; a number is an error,
// and on error g is unchanged.
func (g *SocialGroup) Scan(src any) error { return socialGroups.Scan(g, src) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined Site is an error.
func (s Site) Value() (driver.Value, error) { return sites.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *Site) Scan(src any) error { return sites.Scan(s, src) }

// Value stores b as its stable code, a string, for database/sql; an
// undefined SexBreakdown is an error.
func (b SexBreakdown) Value() (driver.Value, error) { return breakdowns.Value(b) }

// Scan reads the stable code from a text column; a number is an error,
// and on error b is unchanged.
func (b *SexBreakdown) Scan(src any) error { return breakdowns.Scan(b, src) }
