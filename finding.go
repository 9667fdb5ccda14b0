package integracja

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
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

var severityCodes = [...]string{"info", "warning", "violation"}

// String returns the stable lowercase code: "info", "warning", "violation".
func (s Severity) String() string {
	if int(s) < len(severityCodes) {
		return severityCodes[s]
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// Label returns the severity in the language t asks for.
func (s Severity) Label(t language.Tag) string {
	switch s {
	case Info:
		return Text{PL: "informacja", EN: "information"}.In(t)
	case Warning:
		return Text{PL: "ostrzeżenie", EN: "warning"}.In(t)
	case Violation:
		return Text{PL: "naruszenie", EN: "violation"}.In(t)
	}
	return s.String()
}

// ParseSeverity parses a code as returned by [Severity.String].
func ParseSeverity(s string) (Severity, error) {
	for i, c := range severityCodes {
		if c == s {
			return Severity(i), nil
		}
	}
	return 0, &ParseError{Kind: "severity", KindPL: "wagi ustalenia", Input: s, Err: ErrInvalid,
		Detail: Text{PL: "oczekiwano info, warning lub violation", EN: "want info, warning or violation"}}
}

// MarshalText returns the stable code.
func (s Severity) MarshalText() ([]byte, error) {
	if int(s) >= len(severityCodes) {
		return nil, fmt.Errorf("integracja: cannot marshal %s", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses the stable code.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Finding is what a rule check reports: which rule (a stable code such as
// "budget.indirect-costs-max"), how serious, where, the measured value and
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
// path, message and basis, as in "naruszenie [budget.indirect-costs-max]
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
