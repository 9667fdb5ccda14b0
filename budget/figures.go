package budget

import (
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Metric names one amount of a project's budget that a limit rule
// measures: a field of [Figures], or an amount computed from them. The
// zero Metric is NoMetric, which no rule may use.
type Metric uint8

// The metrics.
const (
	// NoMetric is the zero Metric: not set.
	NoMetric Metric = iota
	// MetricProjectValue is the total value of the project (wartość projektu).
	MetricProjectValue
	// MetricEligibleCosts are the eligible costs (koszty kwalifikowalne).
	MetricEligibleCosts
	// MetricDirectCosts are the direct costs (koszty bezpośrednie): the tasks.
	MetricDirectCosts
	// MetricIndirectCosts are the indirect costs (koszty pośrednie).
	MetricIndirectCosts
	// MetricManagement is the cost of project management (zarządzanie projektem).
	MetricManagement
	// MetricOwnContribution is the beneficiary's own contribution (wkład własny).
	MetricOwnContribution
	// MetricCrossFinancing is the expenditure under cross-financing
	// (wydatki w ramach cross-financingu: ERDF-type costs in an ESF
	// project), part of the direct costs.
	MetricCrossFinancing
	// MetricFixedAssets is the purchase of fixed assets (środki trwałe).
	MetricFixedAssets
	// MetricActiveIntegration is the cost of active-integration instruments
	// (instrumenty aktywnej integracji).
	MetricActiveIntegration
	// MetricEUFunding is the EU part of the co-financing (wkład UE).
	MetricEUFunding
	// MetricDirectCostsLessCrossFinancing is the direct costs less the
	// expenditure under cross-financing, computed from [Figures]: the base
	// of the flat-rate indirect costs of PO KL 2007–2013, a percentage of
	// the expenditure "pomniejszonych o kwotę wydatków w ramach
	// cross-financingu" (doc/law.md#pokl-indirect-costs).
	MetricDirectCostsLessCrossFinancing
)

var metrics = enum.MustNew(enum.Spec[Metric]{
	Type: "Metric", Kind: "budget metric", KindPL: "wielkości budżetu",
	Codes: []string{"", "project_value", "eligible_costs", "direct_costs", "indirect_costs",
		"management", "own_contribution", "cross_financing", "fixed_assets", "active_integration", "eu_funding",
		"direct_costs_less_cross_financing"},
	ZeroUndefined: true,
	Labels: []enum.Text{
		{},
		{PL: "wartość projektu", EN: "project value"},
		{PL: "koszty kwalifikowalne", EN: "eligible costs"},
		{PL: "koszty bezpośrednie", EN: "direct costs"},
		{PL: "koszty pośrednie", EN: "indirect costs"},
		{PL: "zarządzanie projektem", EN: "project management"},
		{PL: "wkład własny", EN: "own contribution"},
		{PL: "wydatki w ramach cross-financingu", EN: "cross-financing"},
		{PL: "środki trwałe", EN: "fixed assets"},
		{PL: "instrumenty aktywnej integracji", EN: "active-integration instruments"},
		{PL: "wkład UE", EN: "EU funding"},
		{PL: "koszty bezpośrednie pomniejszone o wydatki w ramach cross-financingu", EN: "direct costs less cross-financing"},
	},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code ("project_value"); "" for NoMetric and
// "Metric(42)" for an unknown value.
func (x Metric) String() string { return metrics.String(x) }

// Label returns the figure's name in the language t asks for.
func (x Metric) Label(t language.Tag) string { return metrics.Label(x, t) }

func (x Metric) valid() bool { return metrics.Valid(x) }

// ParseMetric parses a code returned by [Metric.String]; "" (NoMetric) is
// an error.
func ParseMetric(s string) (Metric, error) { return metrics.Parse(s) }

// MarshalText returns the stable code; NoMetric and unknown values are an
// error.
func (x Metric) MarshalText() ([]byte, error) { return metrics.MarshalText(x) }

// UnmarshalText parses the stable code; on error x is unchanged.
func (x *Metric) UnmarshalText(b []byte) error { return metrics.UnmarshalText(x, b) }

// metricFields are the JSON names of the fields of Figures, by metric: the
// path of a finding. A computed metric has the path of the figure it
// starts from.
var metricFields = [...]string{"", "projectValue", "eligibleCosts", "directCosts", "indirectCosts",
	"management", "ownContribution", "crossFinancing", "fixedAssets", "activeIntegration", "euFunding",
	"directCosts"}

func (x Metric) path() integracja.Path {
	if x.valid() {
		return integracja.NewPath(metricFields[x])
	}
	return integracja.Path{}
}

// bandSubjects name the projects of a band by a metric, for the phrase
// that names the band: "projekty o wartości do 500 000 zł" (the Polish in
// the locative, as "o" takes it), "projects worth up to PLN 500,000".
var bandSubjects = [...]integracja.Text{
	MetricProjectValue:      {PL: "projekty o wartości", EN: "projects worth"},
	MetricEligibleCosts:     {PL: "projekty o kosztach kwalifikowalnych", EN: "projects with eligible costs of"},
	MetricDirectCosts:       {PL: "projekty o kosztach bezpośrednich", EN: "projects with direct costs of"},
	MetricIndirectCosts:     {PL: "projekty o kosztach pośrednich", EN: "projects with indirect costs of"},
	MetricManagement:        {PL: "projekty o kosztach zarządzania", EN: "projects with management costs of"},
	MetricOwnContribution:   {PL: "projekty o wkładzie własnym", EN: "projects with an own contribution of"},
	MetricCrossFinancing:    {PL: "projekty o wydatkach w ramach cross-financingu", EN: "projects with cross-financing of"},
	MetricFixedAssets:       {PL: "projekty o wydatkach na środki trwałe", EN: "projects with fixed assets of"},
	MetricActiveIntegration: {PL: "projekty o wydatkach na instrumenty aktywnej integracji", EN: "projects with active-integration instruments of"},
	MetricEUFunding:         {PL: "projekty o wkładzie UE", EN: "projects with EU funding of"},
	MetricDirectCostsLessCrossFinancing: {PL: "projekty o kosztach bezpośrednich pomniejszonych o wydatki w ramach cross-financingu",
		EN: "projects with direct costs less cross-financing of"},
}

// Figures are the amounts of a project that limit rules measure, all in one
// currency. The zero Figures are all 0 zł. A figure a project does not have
// (no cross-financing) is left zero.
type Figures struct {
	ProjectValue      Money `json:"projectValue"`
	EligibleCosts     Money `json:"eligibleCosts"`
	DirectCosts       Money `json:"directCosts"`
	IndirectCosts     Money `json:"indirectCosts"`
	Management        Money `json:"management"`
	OwnContribution   Money `json:"ownContribution"`
	CrossFinancing    Money `json:"crossFinancing"`
	FixedAssets       Money `json:"fixedAssets"`
	ActiveIntegration Money `json:"activeIntegration"`
	EUFunding         Money `json:"euFunding"`
}

// Get returns the amount of metric x: a field of f, or for
// MetricDirectCostsLessCrossFinancing, DirectCosts − CrossFinancing, which
// is a [*CurrencyMismatchError] when the two are in different currencies.
// NoMetric and an unknown x are an error whose cause is
// [integracja.ErrInvalid].
func (f Figures) Get(x Metric) (Money, error) {
	switch x {
	case MetricProjectValue:
		return f.ProjectValue, nil
	case MetricEligibleCosts:
		return f.EligibleCosts, nil
	case MetricDirectCosts:
		return f.DirectCosts, nil
	case MetricIndirectCosts:
		return f.IndirectCosts, nil
	case MetricManagement:
		return f.Management, nil
	case MetricOwnContribution:
		return f.OwnContribution, nil
	case MetricCrossFinancing:
		return f.CrossFinancing, nil
	case MetricFixedAssets:
		return f.FixedAssets, nil
	case MetricActiveIntegration:
		return f.ActiveIntegration, nil
	case MetricEUFunding:
		return f.EUFunding, nil
	case MetricDirectCostsLessCrossFinancing:
		return f.DirectCosts.Sub(f.CrossFinancing)
	}
	return Money{}, integracja.Invalid(integracja.Path{}, x.String(), integracja.Text{})
}

// sum returns the sum of the metrics xs of f.
func (f Figures) sum(xs []Metric) (Money, error) {
	var total Money
	for i, x := range xs {
		v, err := f.Get(x)
		if err == nil && i > 0 {
			v, err = total.Add(v)
		}
		if err != nil {
			return Money{}, err
		}
		total = v
	}
	return total, nil
}
