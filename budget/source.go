package budget

import (
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// SourceKind is the kind of a funding source of a project (źródło
// finansowania). PO KL systemic projects of social-assistance centres are
// funded by a development grant from EU funds and the state budget, and by
// the local government's own contribution, which may come from the gmina's
// budget, PFRON (rehabilitation) or the Labour Fund with gmina money for
// socially useful work ("Zasady…" of 9 March 2009, point 8.1;
// doc/law.md#pokl-budget).
//
// The zero SourceKind is OtherSource.
type SourceKind uint8

// The values of SourceKind.
const (
	// OtherSource is any other source: sponsors, the participants' own
	// share, a foundation.
	OtherSource SourceKind = iota
	// EUFunds is money from the European funds (the ESF share of the
	// dotacja rozwojowa).
	EUFunds
	// StateBudget is money from the state budget: the national share of a
	// grant, or a targeted grant (dotacja celowa).
	StateBudget
	// LocalGovernment is the local government's own contribution (wkład
	// własny JST) from its own budget, such as benefits paid by the gmina.
	LocalGovernment
	// LabourFund is the Labour Fund (Fundusz Pracy), which reimburses part
	// of the benefit for socially useful work.
	LabourFund
	// PFRON is the State Fund for the Rehabilitation of Disabled Persons
	// (Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych).
	PFRON
)

var sourceKinds = enum.MustNew(enum.Spec[SourceKind]{
	Type: "SourceKind", Kind: "source kind", KindPL: "rodzaju źródła finansowania",
	Codes: []string{"other", "eu", "state_budget", "own_contribution", "labour_fund", "pfron"},
	Labels: []enum.Text{
		{PL: "inne źródło", EN: "other source"},
		{PL: "środki europejskie", EN: "EU funds"},
		{PL: "budżet państwa", EN: "state budget"},
		{PL: "wkład własny JST", EN: "local government's own contribution"},
		{PL: "Fundusz Pracy", EN: "Labour Fund"},
		{PL: "PFRON", EN: "PFRON (disability rehabilitation fund)"},
	},
	Errors: integracja.EnumErrors{},
})

// String returns the stable lowercase code: "other", "eu", "state_budget",
// "own_contribution", "labour_fund", "pfron". An out-of-range value prints
// as "SourceKind(9)".
func (k SourceKind) String() string { return sourceKinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k SourceKind) IsValid() bool { return sourceKinds.Valid(k) }

// Label returns the kind in the language t asks for.
func (k SourceKind) Label(t language.Tag) string { return sourceKinds.Label(k, t) }

// ParseSourceKind parses a code as returned by [SourceKind.String].
func ParseSourceKind(s string) (SourceKind, error) { return sourceKinds.Parse(s) }

// MarshalText returns the stable code.
func (k SourceKind) MarshalText() ([]byte, error) { return sourceKinds.MarshalText(k) }

// UnmarshalText parses the stable code.
func (k *SourceKind) UnmarshalText(b []byte) error { return sourceKinds.UnmarshalText(k, b) }

// Source is a funding source of a budget with the amount planned from it.
// Code identifies it (same form as a category code) for ledger lines that
// name their source.
//
// OutsideBudget marks money that is spent for the project's participants
// but is not part of the project's budget: the Labour Fund's reimbursement
// of socially useful work (art. 73a u.p.z.) is the usual case. Such money
// is reported (planned and spent) but not counted in the project value nor
// in the totals per category.
//
// The zero Source is not valid: it has no code.
type Source struct {
	Code          string          `json:"code"`
	Name          integracja.Text `json:"name,omitzero"`
	Kind          SourceKind      `json:"kind"`
	OutsideBudget bool            `json:"outsideBudget,omitempty"`
	Planned       Money           `json:"planned"`
}

// Label returns the source's name in the language t asks for, or the label
// of its kind when it has no name.
func (s Source) Label(t language.Tag) string {
	if !s.Name.IsZero() {
		return s.Name.In(t)
	}
	return s.Kind.Label(t)
}

// Validate reports a missing or malformed code, an undefined kind and a
// negative planned amount, with the paths "code", "kind" and "planned".
func (s Source) Validate() error {
	var errs []error
	errs = append(errs, validateCode(integracja.NewPath("code"), s.Code))
	if !s.Kind.IsValid() {
		errs = append(errs, integracja.Invalid(integracja.NewPath("kind"), s.Kind.String(), integracja.Text{}))
	}
	if s.Planned.IsNegative() {
		errs = append(errs, integracja.OutOfRange(integracja.NewPath("planned"), excerpt(s.Planned.String()),
			integracja.Text{PL: "kwota planowana nie może być ujemna", EN: "a planned amount cannot be negative"}))
	}
	return integracja.Join(errs...)
}
