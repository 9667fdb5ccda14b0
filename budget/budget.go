package budget

import (
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// PlanItem is the amount planned for one budget category (a task of the
// project's budget).
//
// The zero PlanItem is not valid: it names no category.
type PlanItem struct {
	Category string `json:"category"`
	Amount   Money  `json:"amount"`
}

// Budget is the budget of a project or programme (budżet projektu) for a
// period: the categories it may spend on (the tasks, zadania, of the PO KL
// "Zasady konstruowania budżetu"; doc/law.md#pokl-budget), the amounts
// planned per category (Plan) and per funding source (Sources), and the
// ledger of what was spent (Ledger).
// Currency is the ISO 4217 code every amount must be in; "" means PLN.
//
// The project value (wartość projektu) is the sum of the plan. Sources
// marked OutsideBudget (Labour Fund money for socially useful work) are
// reported but not counted in it, and ledger lines paid from them are left
// out of the totals per category.
//
// FigureMap says which categories are active-integration instruments,
// cross-financing (wydatki w ramach cross-financingu) and fixed assets
// (środki trwałe): figures limit rules measure ([Budget.Figures]) and a
// cost kind cannot tell. A budget whose scheme limits cross-financing says
// here which categories are. A map given is the whole map: a category it
// does not name counts in none of the three. Nil means the default of
// [Budget.EffectiveFigureMap]: the category active_integration when the
// catalogue has it, and no cross-financing or fixed assets. In JSON,
// "figureMap": {"activeIntegration": [codes], "crossFinancing": [codes],
// "fixedAssets": [codes]}, each list optional.
//
// Budget is plain data: build it as a literal or decode it with
// [DecodeBudget], then call [Budget.Validate]. The zero Budget is not
// valid: it has no period. Compare budgets with [Budget.Equal].
type Budget struct {
	Name       string            `json:"name,omitempty"`
	Period     integracja.Period `json:"period"`
	Currency   string            `json:"currency,omitempty"`
	Categories Catalogue         `json:"categories"`
	Plan       []PlanItem        `json:"plan,omitempty"`
	Sources    []Source          `json:"sources,omitempty"`
	Ledger     Ledger            `json:"ledger,omitempty"`
	FigureMap  *FigureMap        `json:"figureMap,omitempty"`
}

// CurrencyCode returns the budget's currency: Currency, or "PLN" when it
// is empty.
func (b Budget) CurrencyCode() string {
	if b.Currency == "" {
		return DefaultCurrency
	}
	return b.Currency
}

// Validate reports every problem of the budget at once, each a
// [*integracja.FieldError] with its path:
//
//   - the period ("period.from"), the currency ("currency", [ErrCurrency])
//     and an empty catalogue ("categories", [integracja.ErrRequired]);
//   - plan items: a missing, unknown ([integracja.ErrUnknown]) or repeated
//     category ("plan[2].category"), a negative amount
//     ([integracja.ErrOutOfRange]), one in another currency
//     ([ErrCurrencyMismatch], "plan[2].amount") or with fractions of a
//     grosz ([integracja.ErrInvalid]: the report prints whole grosze);
//   - sources: as [Source.Validate] under "sources[1]", repeated codes, a
//     planned amount in another currency, and funding inside the budget
//     that does not add up to the plan ("sources",
//     [integracja.ErrInconsistent]) when both are given;
//   - ledger lines: a missing or invalid date, a date outside the period
//     ("ledger[3].date", [integracja.ErrOutOfRange]), a missing or unknown
//     category ("ledger[14].category", [integracja.ErrUnknown]), a zero
//     amount ([integracja.ErrRequired]), one in another currency
//     ("ledger[5].amount", [ErrCurrencyMismatch]) or with fractions of a
//     grosz, a missing description, an unknown source;
//   - the figure map: a missing or unknown category
//     ("figureMap.crossFinancing[0]", [integracja.ErrUnknown]), or one
//     named twice in a list ([integracja.ErrDuplicate]);
//   - amounts so large that a report could not print them: the plan and
//     the ledger adding up, in absolute amounts, to more than
//     [MaxIntDigits] digits before the decimal point (at the root path,
//     [integracja.ErrOutOfRange]).
func (b Budget) Validate() error {
	var errs []error
	errs = append(errs, b.Period.ValidateAt(integracja.NewPath("period")))
	cur := b.CurrencyCode()
	curOK := true
	if _, err := New(decimal.Zero, cur); err != nil {
		curOK = false
		errs = append(errs, integracja.NewFieldError(integracja.NewPath("currency"), ErrCurrency, excerpt(b.Currency), integracja.Text{}))
	}
	if b.Categories.Len() == 0 {
		errs = append(errs, integracja.Required(integracja.NewPath("categories")))
	}
	checkAmount := func(p integracja.Path, m Money) {
		if curOK && m.Currency() != cur {
			errs = append(errs, integracja.NewFieldError(p, &CurrencyMismatchError{A: cur, B: m.Currency()}, m.Currency(),
				integracja.Text{PL: "waluta budżetu to " + cur, EN: "the budget's currency is " + cur}))
		}
		errs = append(errs, checkWholeGrosze(p, m))
	}
	checkCategory := func(p integracja.Path, code string) {
		switch {
		case code == "":
			errs = append(errs, integracja.Required(p))
		case !b.Categories.Contains(code):
			errs = append(errs, integracja.Unknown(p, excerpt(code), integracja.Text{
				PL: "brak takiej kategorii w katalogu budżetu", EN: "no such category in the budget's catalogue"}))
		}
	}

	planned := make(map[string]int, len(b.Plan))
	for i, it := range b.Plan {
		p := integracja.NewPath("plan").Index(i)
		checkCategory(p.Child("category"), it.Category)
		if j, dup := planned[it.Category]; dup && it.Category != "" {
			errs = append(errs, integracja.NewFieldError(p.Child("category"), integracja.ErrDuplicate, excerpt(it.Category),
				integracja.Text{PL: "kategoria zaplanowana już w pozycji nr " + strconv.Itoa(j+1) + " planu",
					EN: "category already planned in plan[" + strconv.Itoa(j) + "]"}))
		} else {
			planned[it.Category] = i
		}
		if it.Amount.IsNegative() {
			errs = append(errs, integracja.OutOfRange(p.Child("amount"), excerpt(it.Amount.String()),
				integracja.Text{PL: "kwota planowana nie może być ujemna", EN: "a planned amount cannot be negative"}))
		}
		checkAmount(p.Child("amount"), it.Amount)
	}

	sources := make(map[string]int, len(b.Sources))
	for i, s := range b.Sources {
		p := integracja.NewPath("sources").Index(i)
		errs = append(errs, integracja.Under(p, s.Validate()))
		if j, dup := sources[s.Code]; dup && s.Code != "" {
			errs = append(errs, integracja.NewFieldError(p.Child("code"), integracja.ErrDuplicate, excerpt(s.Code),
				integracja.Text{PL: "ten sam kod co źródło finansowania nr " + strconv.Itoa(j+1), EN: "same code as sources[" + strconv.Itoa(j) + "]"}))
		} else {
			sources[s.Code] = i
		}
		checkAmount(p.Child("planned"), s.Planned)
	}
	if curOK && len(b.Plan) > 0 {
		if err := b.checkFunding(cur); err != nil {
			errs = append(errs, err)
		}
	}
	if curOK {
		errs = append(errs, b.checkReportable(cur))
	}

	periodOK := b.Period.Validate() == nil
	for i, l := range b.Ledger {
		p := integracja.NewPath("ledger").Index(i)
		if err := integracja.ValidateDate(p.Child("date"), l.Date); err != nil {
			errs = append(errs, err)
		} else if periodOK && !b.Period.Contains(l.Date) {
			errs = append(errs, integracja.OutOfRange(p.Child("date"), l.Date.String(), integracja.Text{
				PL: "poza okresem budżetu (" + b.Period.Format(language.Polish) + ")",
				EN: "outside the budget period (" + b.Period.Format(language.English) + ")"}))
		}
		checkCategory(p.Child("category"), l.Category)
		if l.Amount.IsZero() {
			errs = append(errs, integracja.NewFieldError(p.Child("amount"), integracja.ErrRequired, "", integracja.Text{
				PL: "wydatek bez kwoty", EN: "a spending line without an amount"}))
		}
		checkAmount(p.Child("amount"), l.Amount)
		if l.Description == "" {
			errs = append(errs, integracja.Required(p.Child("description")))
		}
		if _, ok := sources[l.Source]; l.Source != "" && !ok {
			errs = append(errs, integracja.Unknown(p.Child("source"), excerpt(l.Source), integracja.Text{
				PL: "brak takiego źródła finansowania w budżecie", EN: "no such funding source in the budget"}))
		}
	}
	if b.FigureMap != nil {
		b.FigureMap.each(func(name string, codes []string) {
			seen := make(map[string]bool, len(codes))
			for i, code := range codes {
				p := integracja.NewPath("figureMap").Child(name).Index(i)
				checkCategory(p, code)
				if seen[code] && code != "" {
					errs = append(errs, integracja.Duplicate(p, excerpt(code)))
				}
				seen[code] = true
			}
		})
	}
	return integracja.Join(errs...)
}

// checkFunding reports funding inside the budget that does not add up to
// the plan, when sources inside the budget are given. Currency problems
// are reported elsewhere, so amounts in other currencies are skipped.
func (b Budget) checkFunding(cur string) error {
	var plan, funding decimal.Decimal
	inside := 0
	for _, it := range b.Plan {
		if it.Amount.Currency() == cur {
			plan = plan.Add(it.Amount.Decimal())
		}
	}
	for _, s := range b.Sources {
		if s.OutsideBudget || s.Planned.Currency() != cur {
			continue
		}
		inside++
		funding = funding.Add(s.Planned.Decimal())
	}
	if inside == 0 || plan.Equal(funding) {
		return nil
	}
	pm, _ := New(plan, cur)
	fm, _ := New(funding, cur)
	return integracja.Inconsistent(integracja.NewPath("sources"), "", integracja.Text{
		PL: "źródła finansowania w budżecie dają razem " + fm.Format(language.Polish) + ", a plan według kategorii " + pm.Format(language.Polish),
		EN: "the funding sources inside the budget add up to " + fm.Format(language.English) + ", the plan by category to " + pm.Format(language.English)})
}

// PlannedTotal returns the project value: the sum of the plan. Amounts in
// different currencies are an error.
func (b Budget) PlannedTotal() (Money, error) {
	total, err := New(decimal.Zero, b.CurrencyCode())
	if err != nil {
		return Money{}, err
	}
	for _, it := range b.Plan {
		if total, err = total.Add(it.Amount); err != nil {
			return Money{}, err
		}
	}
	return total, nil
}

// Source returns the funding source with the given code.
func (b Budget) Source(code string) (Source, bool) {
	for _, s := range b.Sources {
		if s.Code == code {
			return s, true
		}
	}
	return Source{}, false
}

// Spending returns the ledger lines counted in the project's budget: every
// line except those paid from a source marked OutsideBudget. The lines are
// a new slice; the budget is unchanged.
func (b Budget) Spending() Ledger {
	out := make(Ledger, 0, len(b.Ledger))
	for _, l := range b.Ledger {
		if !b.outside(l.Source) {
			out = append(out, l)
		}
	}
	return out
}

// outside reports whether the source with the code is outside the budget.
func (b Budget) outside(code string) bool {
	if code == "" {
		return false
	}
	s, ok := b.Source(code)
	return ok && s.OutsideBudget
}

// Equal reports whether b and o hold the same budget: the same fields, with
// amounts compared by [Money.Equal] (1.5 equals 1.50), an empty currency
// equal to "PLN" and an empty list equal to a missing one. Every field is
// compared: a test changes each field of a budget, found by reflection, and
// fails when Equal does not see it, so a field added later cannot be left
// out.
func (b Budget) Equal(o Budget) bool {
	return b.Name == o.Name && b.Period == o.Period && b.CurrencyCode() == o.CurrencyCode() &&
		b.Categories.Equal(o.Categories) &&
		slices.EqualFunc(b.Plan, o.Plan, func(x, y PlanItem) bool {
			return x.Category == y.Category && x.Amount.Equal(y.Amount)
		}) &&
		slices.EqualFunc(b.Sources, o.Sources, func(x, y Source) bool {
			return x.Code == y.Code && x.Name == y.Name && x.Kind == y.Kind &&
				x.OutsideBudget == y.OutsideBudget && x.Planned.Equal(y.Planned)
		}) &&
		slices.EqualFunc(b.Ledger, o.Ledger, func(x, y Line) bool {
			return x.Date == y.Date && x.Category == y.Category && x.Amount.Equal(y.Amount) &&
				x.Description == y.Description && x.Document == y.Document && x.Source == y.Source
		}) &&
		(b.FigureMap == nil) == (o.FigureMap == nil) && (b.FigureMap == nil || b.FigureMap.equal(*o.FigureMap))
}

// DecodeBudget decodes a budget from its JSON form strictly, with
// [integracja.DecodeJSON]: unknown or repeated fields, values of the wrong
// type and malformed amounts, dates or codes are an error with the path of
// the bad value ("ledger[3].amount.amount"). It does not validate the
// budget's content; call [Budget.Validate].
func DecodeBudget(data []byte) (Budget, error) {
	var b budgetJSON
	if err := integracja.DecodeJSON(data, &b); err != nil {
		return Budget{}, err
	}
	return Budget(b), nil
}

// budgetJSON has the fields of Budget and none of its methods.
type budgetJSON Budget

// UnmarshalJSON decodes b as [DecodeBudget] does, so that json.Unmarshal
// and a budget inside a larger document are as strict. On error, and for
// JSON null, b is left as it was.
func (b *Budget) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	v, err := DecodeBudget(data)
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// Basis chooses which amounts of a budget [Budget.Figures] measures.
//
// The zero Basis is PlannedBasis.
type Basis uint8

// The values of Basis.
const (
	// PlannedBasis measures the plan: planned amounts per category and per
	// funding source.
	PlannedBasis Basis = iota
	// SpentBasis measures the spending: the ledger lines counted in the
	// budget, per category and per the source each line names.
	SpentBasis
)

var bases = enum.MustNew(enum.Spec[Basis]{
	Type: "Basis", Kind: "basis", KindPL: "podstawy pomiaru",
	Codes:  []string{"planned", "spent"},
	Errors: integracja.EnumErrors{},
})

// String returns "planned" or "spent"; "Basis(7)" for an unknown value.
func (b Basis) String() string { return bases.String(b) }

// ParseBasis parses a code returned by [Basis.String].
func ParseBasis(s string) (Basis, error) { return bases.Parse(s) }

// MarshalText returns the stable code; an unknown value is an error.
func (b Basis) MarshalText() ([]byte, error) { return bases.MarshalText(b) }

// UnmarshalText parses the stable code.
func (b *Basis) UnmarshalText(t []byte) error { return bases.UnmarshalText(b, t) }

// FigureMap names the budget categories that make up the figures a cost
// kind cannot tell: active-integration instruments, cross-financing
// (cross-financing, the ERDF-type expenditure of an ESF project) and
// fixed assets (środki trwałe). A category may be in more than one list
// (equipment bought under cross-financing is both). A budget holds its
// own ([Budget.FigureMap]); the zero FigureMap names none (those figures
// stay zero); [DefaultFigureMap] names the shipped active-integration
// category.
type FigureMap struct {
	ActiveIntegration []string `json:"activeIntegration,omitempty"`
	CrossFinancing    []string `json:"crossFinancing,omitempty"`
	FixedAssets       []string `json:"fixedAssets,omitempty"`
}

// each calls f with the JSON name and the codes of each list of m.
func (m FigureMap) each(f func(name string, codes []string)) {
	f("activeIntegration", m.ActiveIntegration)
	f("crossFinancing", m.CrossFinancing)
	f("fixedAssets", m.FixedAssets)
}

func (m FigureMap) equal(o FigureMap) bool {
	return slices.Equal(m.ActiveIntegration, o.ActiveIntegration) && slices.Equal(m.CrossFinancing, o.CrossFinancing) &&
		slices.Equal(m.FixedAssets, o.FixedAssets)
}

// DefaultFigureMap returns the map for budgets built on
// [SystemicProjectCategories]: active integration is the
// "active_integration" category; no category is cross-financing or fixed
// assets.
func DefaultFigureMap() FigureMap {
	return FigureMap{ActiveIntegration: []string{CatActiveIntegration}}
}

// EffectiveFigureMap returns the figure map the budget is measured with:
// a copy of its FigureMap, or, when it has none, [DefaultFigureMap] with
// only the categories the catalogue has.
func (b Budget) EffectiveFigureMap() FigureMap {
	if b.FigureMap != nil {
		return FigureMap{ActiveIntegration: slices.Clone(b.FigureMap.ActiveIntegration),
			CrossFinancing: slices.Clone(b.FigureMap.CrossFinancing), FixedAssets: slices.Clone(b.FigureMap.FixedAssets)}
	}
	var m FigureMap
	for _, code := range DefaultFigureMap().ActiveIntegration {
		if b.Categories.Contains(code) {
			m.ActiveIntegration = append(m.ActiveIntegration, code)
		}
	}
	return m
}

// Figures returns the amounts the limit rules of a [RuleSet] measure, from
// the plan or from the spending (basis), in the budget's currency:
//
//   - ProjectValue and EligibleCosts: every category (the library treats
//     every cost in the budget as eligible);
//   - DirectCosts: categories of kind DirectCost and ManagementCost (PO KL,
//     where management is a direct cost; see [CostKind]); IndirectCosts:
//     IndirectCost; Management: ManagementCost;
//   - ActiveIntegration, CrossFinancing, FixedAssets: the categories the
//     budget's figure map names ([Budget.EffectiveFigureMap]);
//   - OwnContribution: sources inside the budget of kind LocalGovernment,
//     LabourFund or PFRON, the sources of the own contribution in the
//     "Zasady…" of 2009, point 8.1 (doc/law.md#pokl-budget); EUFunding:
//     sources of kind EUFunds. On the planned basis these are the sources'
//     planned amounts, on the spent basis the ledger lines that name them.
//
// Sources outside the budget count nowhere. An invalid budget, a figure
// map naming a category the catalogue does not have among them, gives its
// [Budget.Validate] error.
func (b Budget) Figures(basis Basis) (Figures, error) {
	if err := b.Validate(); err != nil {
		return Figures{}, err
	}
	m := b.EffectiveFigureMap()
	groups := []struct {
		codes []string
		dst   func(*Figures) *Money
	}{
		{m.ActiveIntegration, func(f *Figures) *Money { return &f.ActiveIntegration }},
		{m.CrossFinancing, func(f *Figures) *Money { return &f.CrossFinancing }},
		{m.FixedAssets, func(f *Figures) *Money { return &f.FixedAssets }},
	}
	cur := b.CurrencyCode()
	byCat := make(map[string]Money)
	bySource := make(map[string]Money)
	switch basis {
	case PlannedBasis:
		for _, it := range b.Plan {
			byCat[it.Category] = it.Amount
		}
		for _, s := range b.Sources {
			bySource[s.Code] = s.Planned
		}
	case SpentBasis:
		spending := b.Spending()
		var err error
		if byCat, err = spending.SumByCategory(); err != nil {
			return Figures{}, err
		}
		if bySource, err = spending.SumBySource(); err != nil {
			return Figures{}, err
		}
	default:
		return Figures{}, integracja.Invalid(integracja.NewPath("basis"), basis.String(), integracja.Text{})
	}
	zero, err := New(decimal.Zero, cur)
	if err != nil {
		return Figures{}, err
	}
	f := Figures{ProjectValue: zero, EligibleCosts: zero, DirectCosts: zero, IndirectCosts: zero, Management: zero,
		OwnContribution: zero, CrossFinancing: zero, FixedAssets: zero, ActiveIntegration: zero, EUFunding: zero}
	add := func(dst *Money, v Money) {
		if err == nil {
			*dst, err = dst.Add(v)
		}
	}
	for _, c := range b.Categories.cats {
		v, ok := byCat[c.Code]
		if !ok {
			continue
		}
		add(&f.ProjectValue, v)
		add(&f.EligibleCosts, v)
		switch {
		case c.Kind == IndirectCost:
			add(&f.IndirectCosts, v)
		case c.Kind == ManagementCost:
			add(&f.Management, v)
			add(&f.DirectCosts, v)
		default:
			add(&f.DirectCosts, v)
		}
	}
	for _, g := range groups {
		for _, c := range g.codes {
			if v, ok := byCat[c]; ok {
				add(g.dst(&f), v)
			}
		}
	}
	for _, s := range b.Sources {
		v, ok := bySource[s.Code]
		if !ok || s.OutsideBudget {
			continue
		}
		switch s.Kind {
		case LocalGovernment, LabourFund, PFRON:
			add(&f.OwnContribution, v)
		case EUFunds:
			add(&f.EUFunding, v)
		}
	}
	if err != nil {
		return Figures{}, err
	}
	return f, nil
}
