package integracja

import (
	"database/sql/driver"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja/internal/enum"
)

// Severity says how much a [Finding] matters. The zero Severity is Info.
type Severity uint8

// Severities, from least to most serious.
const (
	// Info is an observation that needs no action.
	Info Severity = iota
	// Warning is a finding an auditor would ask about: close to a limit,
	// a figure that could not be read.
	Warning
	// Violation is a broken rule: a limit exceeded, a total that does not
	// reconcile.
	Violation
)

var severities = enum.MustNew(enum.Spec[Severity]{
	Type: "Severity", Kind: "severity", KindPL: "wagi ustalenia",
	Codes: []string{"info", "warning", "violation"},
	Labels: []enum.Text{
		{PL: "informacja", EN: "information"},
		{PL: "ostrzeżenie", EN: "warning"},
		{PL: "naruszenie", EN: "violation"},
	},
	Errors: EnumErrors{},
})

// String returns the stable code: "info", "warning", "violation";
// "Severity(7)" for an undefined value.
func (s Severity) String() string { return severities.String(s) }

// Label returns the severity in the language t asks for.
func (s Severity) Label(t language.Tag) string { return severities.Label(s, t) }

// ParseSeverity parses a code as returned by [Severity.String].
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText parses the stable code; on error s is unchanged.
func (s *Severity) UnmarshalText(b []byte) error { return severities.UnmarshalText(s, b) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined Severity is an error.
func (s Severity) Value() (driver.Value, error) { return severities.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *Severity) Scan(src any) error { return severities.Scan(s, src) }

// Finding is what a rule check reports: which rule (a stable code such as
// "pokl.indirect_costs_max.1"), how serious, where, the measured value and
// the limit it was held against (in Unit: "%", "PLN", "h"), the legal basis
// of the rule, and a message in Polish and English. Rules return findings,
// never bare booleans, so that an auditor can see why.
type Finding struct {
	Rule     string          `json:"rule"`
	Severity Severity        `json:"severity"`
	Path     Path            `json:"path,omitzero"`
	Measured decimal.Decimal `json:"measured"`
	Limit    decimal.Decimal `json:"limit"`
	Unit     string          `json:"unit,omitempty"`
	Basis    string          `json:"basis,omitempty"`
	Message  Text            `json:"message"`
}

// String returns the finding in Polish.
func (f Finding) String() string { return f.Format(language.Polish) }

// Format returns the finding in the language t asks for: severity, rule,
// path, message and basis, as in "naruszenie [pokl.indirect_costs_max.1]
// budget: koszty pośrednie 12,50% przekraczają limit 10% (…)". The measured
// value and the limit appear only as the message words them.
func (f Finding) Format(t language.Tag) string {
	s := f.Severity.Label(t) + " [" + f.Rule + "]"
	if !f.Path.IsRoot() {
		s += " " + f.Path.String()
	}
	if m := f.Message.In(t); m != "" {
		s += ": " + m
	}
	if f.Basis != "" {
		s += " (" + f.Basis + ")"
	}
	return s
}

// Worst returns the most serious severity among findings, and Info for none.
func Worst(findings []Finding) Severity {
	w := Info
	for _, f := range findings {
		if f.Severity > w {
			w = f.Severity
		}
	}
	return w
}

func itoa(i int) string { return strconv.Itoa(i) }
