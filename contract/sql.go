package contract

import (
	"database/sql/driver"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/sqltext"
)

// Value stores p for database/sql as its full eleven digits, a string for
// a char(11) column, or SQL NULL for the zero PESEL ("no PESEL given").
// Like [PESEL.MarshalText], it gives the full number because storage
// needs it: the column holds personal data, to be protected as such
// (access rights, encryption at rest, erasure). Never store a PESEL in a
// numeric column, which drops the leading zero of those born in the
// 2000s.
func (p PESEL) Value() (driver.Value, error) {
	if p.IsZero() {
		return nil, nil
	}
	return p.Reveal(), nil
}

// Scan reads a PESEL from a text column (a string or []byte), checked as
// [ParsePESEL] checks it, whose error never shows the number. SQL NULL,
// like an empty text, is the zero PESEL, "no PESEL given"; a number, which
// has lost a leading zero, and any other type are errors. On error p is
// unchanged.
func (p *PESEL) Scan(src any) error {
	var v PESEL
	var err error
	if s, ok := sqltext.Of(src); ok {
		err = v.UnmarshalText([]byte(s))
	} else if src != nil {
		pl, en := sqltext.Not(src)
		err = &integracja.ParseError{Kind: "PESEL", KindPL: "numeru PESEL", Err: integracja.ErrInvalid,
			Detail: integracja.Text{PL: "oczekiwano tekstu jedenastu cyfr, nie " + pl, EN: "want a text of eleven digits, not " + en}}
	}
	if err != nil {
		return err
	}
	*p = v
	return nil
}
