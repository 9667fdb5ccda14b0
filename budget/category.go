package budget

import (
	"encoding/json"
	"fmt"
	"slices"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// CostKind says how a budget category counts for the limit rules of a
// funding scheme: as a direct cost (koszt bezpośredni), as project
// management (zarządzanie projektem) or as an indirect cost (koszt
// pośredni).
//
// ManagementCost is a kind of its own because schemes treat it differently.
// In PO KL 2007–2013 systemic projects of social-assistance centres
// ("Zasady przygotowania, realizacji i rozliczania projektów systemowych
// OPS…", section "Zasady konstruowania budżetu"; doc/law.md#pokl-budget)
// project management is a task of the budget, counted among the direct
// costs, while indirect costs are a separate lump sum; from 2014–2020 on,
// management belongs to the indirect costs. [CostKind.IsDirect] follows
// PO KL: ManagementCost is direct. Rules that need the 2014–2020 view ask for
// ManagementCost explicitly.
//
// The zero CostKind is DirectCost.
type CostKind uint8

// The values of CostKind.
const (
	// DirectCost is a direct cost: the tasks of the project themselves.
	DirectCost CostKind = iota
	// ManagementCost is project management (zarządzanie projektem): a direct
	// cost in PO KL, an indirect one from 2014–2020 on.
	ManagementCost
	// IndirectCost is an indirect cost (koszty pośrednie): administration of
	// the beneficiary, usually a lump sum.
	IndirectCost
)

var costKinds = enum.MustNew(enum.Spec[CostKind]{
	Type: "CostKind", Kind: "cost kind", KindPL: "rodzaju kosztu",
	Codes: []string{"direct", "management", "indirect"},
	Labels: []enum.Text{
		{PL: "koszt bezpośredni", EN: "direct cost"},
		{PL: "zarządzanie projektem", EN: "project management"},
		{PL: "koszt pośredni", EN: "indirect cost"},
	},
	Errors: integracja.EnumErrors{},
})

// String returns the stable lowercase code: "direct", "management",
// "indirect". An out-of-range value prints as "CostKind(7)".
func (k CostKind) String() string { return costKinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k CostKind) IsValid() bool { return costKinds.Valid(k) }

// IsDirect reports whether k counts as a direct cost in PO KL 2007–2013:
// true for DirectCost and ManagementCost.
func (k CostKind) IsDirect() bool { return k == DirectCost || k == ManagementCost }

// Label returns the kind in the language t asks for: "koszt bezpośredni",
// "zarządzanie projektem", "koszt pośredni"; "direct cost", "project
// management", "indirect cost".
func (k CostKind) Label(t language.Tag) string { return costKinds.Label(k, t) }

// ParseCostKind parses a code as returned by [CostKind.String].
func ParseCostKind(s string) (CostKind, error) { return costKinds.Parse(s) }

// MarshalText returns the stable code.
func (k CostKind) MarshalText() ([]byte, error) { return costKinds.MarshalText(k) }

// UnmarshalText parses the stable code.
func (k *CostKind) UnmarshalText(b []byte) error { return costKinds.UnmarshalText(k, b) }

// Category is a budget category: one task (zadanie) of a project budget,
// such as active integration or project management. Code is its stable
// identifier in snake_case (lowercase ASCII letters and digits, words
// joined by single underscores, at most 64 characters), used by plan items
// and ledger lines; Name is what reports print; Kind says how it counts
// for the scheme's limits.
//
// The zero Category is not valid: it has no code and no name.
type Category struct {
	Code string          `json:"code"`
	Name integracja.Text `json:"name"`
	Kind CostKind        `json:"kind"`
}

// Validate reports a missing or malformed code, a missing Polish name and
// an undefined kind, with the paths "code", "name.pl" and "kind".
func (c Category) Validate() error {
	var errs []error
	errs = append(errs, validateCode(integracja.NewPath("code"), c.Code))
	if c.Name.PL == "" {
		errs = append(errs, integracja.Required(integracja.NewPath("name").Child("pl")))
	}
	if !c.Kind.IsValid() {
		errs = append(errs, integracja.Invalid(integracja.NewPath("kind"), c.Kind.String(), integracja.Text{}))
	}
	return integracja.Join(errs...)
}

// maxCode is the length of the longest category or source code, in bytes
// (a code is ASCII).
const maxCode = 64

// validateCode checks a category or source code.
func validateCode(p integracja.Path, code string) error {
	if code == "" {
		return integracja.Required(p)
	}
	if len(code) > maxCode {
		return integracja.Invalid(p, excerpt(code), integracja.Text{
			PL: "kod dłuższy niż 64 znaki", EN: "code longer than 64 characters"})
	}
	if !enum.IsSnakeCase(code) {
		return integracja.Invalid(p, excerpt(code), integracja.Text{
			PL: "kod składa się z małych liter a–z i cyfr, a słowa łączy się pojedynczym znakiem podkreślenia",
			EN: "a code is snake_case: lowercase letters a–z and digits, words joined by single underscores"})
	}
	return nil
}

// The codes of the categories in [SystemicProjectCategories].
const (
	CatActiveIntegration = "active_integration"
	CatSocialWork        = "social_work"
	CatCommunityActions  = "community_actions"
	CatBenefits          = "benefits"
	CatManagement        = "management"
	CatPromotion         = "promotion"
	CatIndirect          = "indirect"
	CatAdministration    = "administration"
)

// SystemicProjectCategories returns the usual tasks of the budget of an
// OPS systemic project (PO KL 2007–2013, Submeasure 7.1.1;
// doc/law.md#pokl-budget, where the task names are unverified but follow
// the headings of the "Zasady…" of the programme):
//
//   - active_integration: instrumenty aktywnej integracji (DirectCost);
//   - social_work: praca socjalna, hiring social workers (DirectCost);
//   - community_actions: działania o charakterze środowiskowym (DirectCost);
//   - benefits: zasiłki i pomoc w naturze, the usual own contribution
//     (DirectCost);
//   - management: zarządzanie projektem (ManagementCost);
//   - promotion: promocja projektu (DirectCost; later schemes moved it into
//     indirect costs);
//   - indirect: koszty pośrednie (IndirectCost);
//   - administration: obsługa administracyjna i materiały (IndirectCost), as
//     reports such as Brzeszcze 2014 name the administrative costs.
//
// Each call returns a new catalogue; add a programme's own categories with
// [Catalogue.With] or [Catalogue.Add].
func SystemicProjectCategories() Catalogue {
	return Catalogue{cats: []Category{
		{Code: CatActiveIntegration, Kind: DirectCost, Name: integracja.Text{PL: "aktywna integracja", EN: "active integration"}},
		{Code: CatSocialWork, Kind: DirectCost, Name: integracja.Text{PL: "praca socjalna", EN: "social work"}},
		{Code: CatCommunityActions, Kind: DirectCost, Name: integracja.Text{PL: "działania o charakterze środowiskowym", EN: "community actions"}},
		{Code: CatBenefits, Kind: DirectCost, Name: integracja.Text{PL: "zasiłki i pomoc w naturze", EN: "benefits and in-kind aid"}},
		{Code: CatManagement, Kind: ManagementCost, Name: integracja.Text{PL: "zarządzanie projektem", EN: "project management"}},
		{Code: CatPromotion, Kind: DirectCost, Name: integracja.Text{PL: "promocja projektu", EN: "promotion"}},
		{Code: CatIndirect, Kind: IndirectCost, Name: integracja.Text{PL: "koszty pośrednie", EN: "indirect costs"}},
		{Code: CatAdministration, Kind: IndirectCost, Name: integracja.Text{PL: "obsługa administracyjna i materiały", EN: "administration and materials"}},
	}}
}

// Catalogue is an ordered set of budget categories with unique codes: the
// categories a budget may use. Reports list categories in catalogue order.
//
// The zero Catalogue is empty and ready to use. A Catalogue is a value:
// [Catalogue.With] returns a new one, and [Catalogue.Add] changes only the
// catalogue it is called on, never a copy made before.
type Catalogue struct {
	cats []Category
}

// NewCatalogue returns a catalogue of the given categories, in order. Every
// category must be valid and every code unique; the error lists every
// problem with its path ("[2].code").
func NewCatalogue(cats ...Category) (Catalogue, error) {
	return Catalogue{}.With(cats...)
}

// With returns the catalogue with the given categories appended. The
// receiver is unchanged. An invalid category or a code already present is
// an error listing every problem with its path, counted from the first new
// category ("[0].code").
func (c Catalogue) With(cats ...Category) (Catalogue, error) {
	var errs []error
	out := Catalogue{cats: slices.Clone(c.cats)}
	for i, cat := range cats {
		p := integracja.Path{}.Index(i)
		if err := cat.Validate(); err != nil {
			errs = append(errs, integracja.Under(p, err))
			continue
		}
		if _, dup := out.Lookup(cat.Code); dup {
			errs = append(errs, integracja.Duplicate(p.Child("code"), excerpt(cat.Code)))
			continue
		}
		out.cats = append(out.cats, cat)
	}
	if err := integracja.Join(errs...); err != nil {
		return c, err
	}
	return out, nil
}

// Add appends cat to the catalogue, or returns an error (and leaves the
// catalogue as it was) when cat is invalid or its code is already present.
func (c *Catalogue) Add(cat Category) error {
	n, err := c.With(cat)
	if err != nil {
		return err
	}
	*c = n
	return nil
}

// Lookup returns the category with the given code.
func (c Catalogue) Lookup(code string) (Category, bool) {
	for _, cat := range c.cats {
		if cat.Code == code {
			return cat, true
		}
	}
	return Category{}, false
}

// Contains reports whether the catalogue has a category with the code.
func (c Catalogue) Contains(code string) bool {
	_, ok := c.Lookup(code)
	return ok
}

// Categories returns a copy of the categories, in order.
func (c Catalogue) Categories() []Category { return slices.Clone(c.cats) }

// Len returns the number of categories.
func (c Catalogue) Len() int { return len(c.cats) }

// Equal reports whether both catalogues hold the same categories in the
// same order.
func (c Catalogue) Equal(d Catalogue) bool { return slices.Equal(c.cats, d.cats) }

// String returns the codes, for debugging: "[active_integration social_work]".
func (c Catalogue) String() string {
	codes := make([]string, len(c.cats))
	for i, cat := range c.cats {
		codes[i] = cat.Code
	}
	return fmt.Sprint(codes)
}

// MarshalJSON encodes the catalogue as a list of categories.
func (c Catalogue) MarshalJSON() ([]byte, error) {
	if c.cats == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(c.cats)
}

// UnmarshalJSON decodes a list of categories strictly (unknown fields are
// rejected) and checks it as [NewCatalogue] does; errors carry the path of
// the bad category ("[1].code").
func (c *Catalogue) UnmarshalJSON(b []byte) error {
	var cats []Category
	if err := integracja.DecodeJSON(b, &cats); err != nil {
		return err
	}
	v, err := NewCatalogue(cats...)
	if err != nil {
		return err
	}
	*c = v
	return nil
}
