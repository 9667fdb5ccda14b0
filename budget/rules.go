package budget

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Metric names one amount of a project's budget that a limit rule measures.
// The zero Metric is NoMetric, which no rule may use.
type Metric uint8

// The metrics, one per field of [Figures].
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
	// MetricCrossFinancing is cross-financing (cross-financing, ERDF-type costs
	// in an ESF project).
	MetricCrossFinancing
	// MetricFixedAssets is the purchase of fixed assets (środki trwałe).
	MetricFixedAssets
	// MetricActiveIntegration is the cost of active-integration instruments
	// (instrumenty aktywnej integracji).
	MetricActiveIntegration
	// MetricEUFunding is the EU part of the co-financing (wkład UE).
	MetricEUFunding
)

var metrics = enum.MustNew(enum.Spec[Metric]{
	Type: "Metric", Kind: "budget metric", KindPL: "wielkości budżetu",
	Codes: []string{"", "project_value", "eligible_costs", "direct_costs", "indirect_costs",
		"management", "own_contribution", "cross_financing", "fixed_assets", "active_integration", "eu_funding"},
	ZeroUndefined: true,
	Labels: []enum.Text{
		{},
		{PL: "wartość projektu", EN: "project value"},
		{PL: "koszty kwalifikowalne", EN: "eligible costs"},
		{PL: "koszty bezpośrednie", EN: "direct costs"},
		{PL: "koszty pośrednie", EN: "indirect costs"},
		{PL: "zarządzanie projektem", EN: "project management"},
		{PL: "wkład własny", EN: "own contribution"},
		{PL: "cross-financing", EN: "cross-financing"},
		{PL: "środki trwałe", EN: "fixed assets"},
		{PL: "instrumenty aktywnej integracji", EN: "active-integration instruments"},
		{PL: "wkład UE", EN: "EU funding"},
	},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code ("project_value"); "" for NoMetric and
// "Metric(42)" for an unknown value.
func (f Metric) String() string { return metrics.String(f) }

// Label returns the figure's name in the language t asks for.
func (f Metric) Label(t language.Tag) string { return metrics.Label(f, t) }

func (f Metric) valid() bool { return metrics.Valid(f) }

// ParseMetric parses a code returned by [Metric.String]; "" (NoMetric) is
// an error.
func ParseMetric(s string) (Metric, error) { return metrics.Parse(s) }

// MarshalText returns the stable code; NoMetric and unknown values are an
// error.
func (f Metric) MarshalText() ([]byte, error) { return metrics.MarshalText(f) }

// UnmarshalText parses the stable code; on error f is unchanged.
func (f *Metric) UnmarshalText(b []byte) error { return metrics.UnmarshalText(f, b) }

// Bound says which side of its limit a rule keeps. The zero Bound is
// AtMost.
type Bound uint8

// Bounds.
const (
	// AtMost: the measured share may not exceed the limit.
	AtMost Bound = iota
	// AtLeast: the measured share may not fall below the limit.
	AtLeast
)

var bounds = enum.MustNew(enum.Spec[Bound]{
	Type: "Bound", Kind: "bound", KindPL: "kierunku limitu",
	Codes:  []string{"at_most", "at_least"},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "at_most", "at_least"; "Bound(7)" for an
// unknown value.
func (b Bound) String() string { return bounds.String(b) }

// ParseBound parses a code returned by [Bound.String].
func ParseBound(s string) (Bound, error) { return bounds.Parse(s) }

// MarshalText returns the stable code; an unknown value is an error.
func (b Bound) MarshalText() ([]byte, error) { return bounds.MarshalText(b) }

// UnmarshalText parses the stable code; on error b is unchanged.
func (b *Bound) UnmarshalText(t []byte) error { return bounds.UnmarshalText(b, t) }

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

var metricFields = [...]string{"", "projectValue", "eligibleCosts", "directCosts", "indirectCosts",
	"management", "ownContribution", "crossFinancing", "fixedAssets", "activeIntegration", "euFunding"}

// Get returns the amount of figure x, and 0 zł for NoMetric or an unknown x.
func (f Figures) Get(x Metric) Money {
	switch x {
	case MetricProjectValue:
		return f.ProjectValue
	case MetricEligibleCosts:
		return f.EligibleCosts
	case MetricDirectCosts:
		return f.DirectCosts
	case MetricIndirectCosts:
		return f.IndirectCosts
	case MetricManagement:
		return f.Management
	case MetricOwnContribution:
		return f.OwnContribution
	case MetricCrossFinancing:
		return f.CrossFinancing
	case MetricFixedAssets:
		return f.FixedAssets
	case MetricActiveIntegration:
		return f.ActiveIntegration
	case MetricEUFunding:
		return f.EUFunding
	}
	return Money{}
}

func (x Metric) path() integracja.Path {
	if int(x) < len(metricFields) && x != NoMetric {
		return integracja.NewPath(metricFields[x])
	}
	return integracja.Path{}
}

// Band limits a rule to projects whose Metric lies between From and UpTo,
// both inclusive ("projects of up to 500 000 zł"); a zero UpTo means no
// upper bound. Bands let one scheme have a different limit per size of
// project. The figure is compared in whole grosze, rounded half away from
// zero, so bands that meet at consecutive grosze (up to 500 000,00 zł, from
// 500 000,01 zł) leave no amount outside both.
type Band struct {
	Metric Metric `json:"metric"`
	From   Money  `json:"from"`
	UpTo   Money  `json:"upTo"`
}

// contains reports whether f's figure, rounded to whole grosze, lies in
// the band; a currency that differs from the band's is an error.
func (b Band) contains(f Figures) (bool, error) {
	v := f.Get(b.Metric).Round(HalfAwayFromZero)
	c, err := v.Cmp(b.From)
	if err != nil {
		return false, err
	}
	if c < 0 {
		return false, nil
	}
	if b.UpTo.IsZero() {
		return true, nil
	}
	c, err = v.Cmp(b.UpTo)
	if err != nil {
		return false, err
	}
	return c <= 0, nil
}

// Rule is a limit rule of a funding scheme, as data: the sum of the figures
// Of as a percentage of the figure Per must stay AtMost or AtLeast the
// limit in force on the date of the check (Limit, a dated schedule of
// percentages whose steps carry their own legal basis). Band, when not
// nil, restricts the rule to projects of one size. Confirmed says whether
// the sources of domain.md confirm the values ([V]); an unconfirmed rule
// is a parameter with a documented default, and its findings say so.
//
// The zero Rule is not valid: it needs a code, figures and a limit.
type Rule struct {
	Code        string                               `json:"code"`
	Description integracja.Text                      `json:"description"`
	Basis       string                               `json:"basis"`
	Source      string                               `json:"source,omitempty"`
	Confirmed   bool                                 `json:"confirmed"`
	Of          []Metric                             `json:"of"`
	Per         Metric                               `json:"per"`
	Bound       Bound                                `json:"bound"`
	Limit       integracja.Schedule[decimal.Decimal] `json:"limit"`
	Band        *Band                                `json:"band,omitempty"`
}

// clone returns r with its slices and pointers copied, so that a rule set
// never shares them with its caller.
func (r Rule) clone() Rule {
	r.Of = slices.Clone(r.Of)
	if r.Band != nil {
		b := *r.Band
		r.Band = &b
	}
	return r
}

// The exponents a limit value may have: up to 10^6 % and down to 20
// decimal places.
const (
	maxLimitExp = 6
	minLimitExp = -20
)

// Validate reports every problem of r at once, each with its path: a
// missing code, figures or limit, unknown metrics or bound, a negative
// limit or one written with an absurd exponent, an inverted band.
func (r Rule) Validate() error {
	var errs []error
	if r.Code == "" {
		errs = append(errs, integracja.Required(integracja.NewPath("code")))
	}
	if len(r.Of) == 0 {
		errs = append(errs, integracja.Required(integracja.NewPath("of")))
	}
	for i, f := range r.Of {
		if !f.valid() {
			errs = append(errs, integracja.Invalid(integracja.NewPath("of").Index(i), f.String(), integracja.Text{}))
		}
	}
	if !r.Per.valid() {
		errs = append(errs, integracja.Invalid(integracja.NewPath("per"), r.Per.String(), integracja.Text{}))
	}
	if !bounds.Valid(r.Bound) {
		errs = append(errs, integracja.Invalid(integracja.NewPath("bound"), r.Bound.String(), integracja.Text{}))
	}
	if r.Limit.Len() == 0 {
		errs = append(errs, integracja.Required(integracja.NewPath("limit")))
	}
	for i, st := range r.Limit.Steps() {
		vp := integracja.NewPath("limit").Index(i).Child("value")
		switch e := st.Value.Exponent(); {
		case e > maxLimitExp || e < minLimitExp:
			// Checked before anything compares the value: comparing 9e999999999
			// would expand it to a billion digits.
			errs = append(errs, integracja.OutOfRange(vp, "", integracja.Text{
				PL: "limit procentowy poza zakresem (za duży wykładnik lub za wiele miejsc po przecinku)",
				EN: "percentage limit out of range (exponent too large or too many decimal places)"}))
		case st.Value.IsNegative():
			errs = append(errs, integracja.OutOfRange(vp, st.Value.String(),
				integracja.Text{PL: "limit procentowy nie może być ujemny", EN: "a percentage limit must not be negative"}))
		}
	}
	if r.Band != nil {
		p := integracja.NewPath("band")
		if !r.Band.Metric.valid() {
			errs = append(errs, integracja.Invalid(p.Child("metric"), r.Band.Metric.String(), integracja.Text{}))
		}
		if !r.Band.UpTo.IsZero() {
			if c, err := r.Band.From.Cmp(r.Band.UpTo); err != nil {
				errs = append(errs, integracja.NewFieldError(p.Child("upTo"), err, "", integracja.Text{}))
			} else if c > 0 {
				errs = append(errs, integracja.Inconsistent(p.Child("upTo"), r.Band.UpTo.String(), integracja.Text{
					PL: "górna granica przedziału poniżej dolnej", EN: "the upper bound of the band is below the lower"}))
			}
		}
	}
	return integracja.Join(errs...)
}

// RuleSet is the limit rules of a funding scheme, in order, each with a
// unique code. A RuleSet is immutable: [RuleSet.With] and
// [RuleSet.WithLimit] return a changed set (a "reform") and leave the
// receiver, and the shipped sets, as they were. The zero RuleSet has no
// rules and finds nothing.
type RuleSet struct {
	rules []Rule
}

// NewRuleSet returns a rule set of rules, which must each be valid and have
// distinct codes; the error lists every problem, with paths such as
// "[2].limit".
func NewRuleSet(rules ...Rule) (RuleSet, error) {
	var errs []error
	seen := make(map[string]bool, len(rules))
	for i, r := range rules {
		p := integracja.Path{}.Index(i)
		errs = append(errs, integracja.Under(p, r.Validate()))
		if r.Code != "" && seen[r.Code] {
			errs = append(errs, integracja.Duplicate(p.Child("code"), r.Code))
		}
		seen[r.Code] = true
	}
	if err := integracja.Join(errs...); err != nil {
		return RuleSet{}, err
	}
	out := make([]Rule, len(rules))
	for i, r := range rules {
		out[i] = r.clone()
	}
	return RuleSet{rules: out}, nil
}

// MarshalJSON encodes the rule set as the list of its rules, in order.
func (rs RuleSet) MarshalJSON() ([]byte, error) {
	if rs.rules == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(rs.rules)
}

// UnmarshalJSON decodes a list of rules strictly (unknown fields are
// rejected with their path) and validates it as [NewRuleSet] does.
func (rs *RuleSet) UnmarshalJSON(b []byte) error {
	v, err := DecodeRuleSet(b)
	if err != nil {
		return err
	}
	*rs = v
	return nil
}

// DecodeRuleSet decodes a rule set from JSON as written by
// [RuleSet.MarshalJSON]: a list of rules with codes, metrics, bound, band
// and the dated limit steps. Every failure is a [*integracja.FieldError]
// with the path of the bad value ("[1].limit[0].from").
func DecodeRuleSet(data []byte) (RuleSet, error) {
	var rules []Rule
	if err := integracja.DecodeJSON(data, &rules); err != nil {
		return RuleSet{}, err
	}
	return NewRuleSet(rules...)
}

func mustRuleSet(rules ...Rule) RuleSet {
	rs, err := NewRuleSet(rules...)
	if err != nil {
		panic(err) // the shipped literals are valid; a test checks them
	}
	return rs
}

// Rules returns a copy of the rules, in order.
func (rs RuleSet) Rules() []Rule {
	out := make([]Rule, len(rs.rules))
	for i, r := range rs.rules {
		out[i] = r.clone()
	}
	return out
}

// Len returns the number of rules.
func (rs RuleSet) Len() int { return len(rs.rules) }

// Rule returns a copy of the rule with the given code.
func (rs RuleSet) Rule(code string) (Rule, bool) {
	for _, r := range rs.rules {
		if r.Code == code {
			return r.clone(), true
		}
	}
	return Rule{}, false
}

// With returns the rule set overlaid with rules: a rule whose code the set
// has replaces it in place, a new code is added at the end. The receiver
// is unchanged. Invalid overlay rules are an error, as in [NewRuleSet].
func (rs RuleSet) With(overlay ...Rule) (RuleSet, error) {
	merged := rs.Rules()
	for _, o := range overlay {
		i := slices.IndexFunc(merged, func(r Rule) bool { return r.Code == o.Code })
		if i >= 0 {
			merged[i] = o
		} else {
			merged = append(merged, o)
		}
	}
	return NewRuleSet(merged...)
}

// WithLimit returns the rule set with the limit schedule of the rule code
// overlaid with steps ([integracja.Schedule.With]): a project whose
// application set a different own contribution, say. The receiver is
// unchanged. An unknown code is an error whose cause is
// [integracja.ErrUnknown].
func (rs RuleSet) WithLimit(code string, steps ...integracja.Step[decimal.Decimal]) (RuleSet, error) {
	r, ok := rs.Rule(code)
	if !ok {
		return rs, integracja.Unknown(integracja.Path{}, code, integracja.Text{PL: "nieznana reguła", EN: "unknown rule"})
	}
	lim, err := r.Limit.With(steps...)
	if err != nil {
		return rs, integracja.Under(integracja.NewPath("limit"), err)
	}
	r.Limit = lim
	return rs.With(r)
}

// Evaluate checks f against every rule in force on at and returns one
// finding per rule that applies, in the order of the rules:
//
//   - Info when the limit is kept, Violation when it is not; the finding
//     carries the measured share and the limit in percent (Unit "%"), the
//     basis of the limit's step (or of the rule), the path of the measured
//     figure ("indirectCosts") and a message in Polish and English;
//   - Warning when the rule cannot be judged: its schedule has no value on
//     at (a project older than the rule's first step), the base figure is
//     zero or negative, or the figures mix currencies. Nothing passes
//     silently.
//
// A rule with a [Band] the project is outside gives no finding. The limit
// is compared exactly (figures × 100 against limit × base); the measured
// share is reported to four decimal places, rounded away from the limit's
// side so that a rounded figure never looks compliant when it is not.
// Rules whose values are UNVERIFIED say so in their message.
func (rs RuleSet) Evaluate(f Figures, at integracja.Date) []integracja.Finding {
	out := make([]integracja.Finding, 0, len(rs.rules))
	for _, r := range rs.rules {
		if fd, ok := r.evaluate(f, at); ok {
			out = append(out, fd)
		}
	}
	return out
}

func (r Rule) evaluate(f Figures, at integracja.Date) (integracja.Finding, bool) {
	fd := integracja.Finding{Rule: r.Code, Unit: "%", Basis: r.Basis, Path: r.Of[0].path()}
	warn := func(pl, en string) (integracja.Finding, bool) {
		fd.Severity = integracja.Warning
		fd.Message = integracja.Text{
			PL: r.Description.In(language.Polish) + ": " + pl + r.statusNote(language.Polish),
			EN: r.Description.In(language.English) + ": " + en + r.statusNote(language.English)}
		return fd, true
	}
	if r.Band != nil {
		in, err := r.Band.contains(f)
		if err != nil {
			return warn("nie można ustalić przedziału: "+integracja.Localize(err, language.Polish),
				"cannot tell the band: "+integracja.Localize(err, language.English))
		}
		if !in {
			return integracja.Finding{}, false
		}
	}
	step, ok := r.Limit.At(at)
	if !ok {
		return warn("brak wartości limitu na dzień "+at.String(), "no limit in force on "+at.String())
	}
	fd.Limit = step.Value
	if step.Basis != "" {
		fd.Basis = step.Basis
	}
	num, err := Sum(figuresOf(f, r.Of)...)
	var den Money
	if err == nil {
		den = f.Get(r.Per)
		err = num.same(den)
	}
	if err != nil {
		return warn("nie można zmierzyć: "+integracja.Localize(err, language.Polish),
			"cannot measure: "+integracja.Localize(err, language.English))
	}
	if !den.IsPositive() {
		return warn("nie można zmierzyć: "+r.Per.Label(language.Polish)+" wynosi "+den.Format(language.Polish),
			"cannot measure: "+r.Per.Label(language.English)+" is "+den.Format(language.English))
	}
	scaled := num.Decimal().Mul(hundred)
	c := scaled.Cmp(step.Value.Mul(den.Decimal()))
	broken := (r.Bound == AtMost && c > 0) || (r.Bound == AtLeast && c < 0)
	mode := Down // toward zero: below the limit for AtLeast when positive
	if (r.Bound == AtMost) == (scaled.Sign() >= 0) {
		mode = Up
	}
	fd.Measured = quoRound(scaled, den.Decimal(), 4, mode)
	fd.Severity = integracja.Info
	if broken {
		fd.Severity = integracja.Violation
	}
	fd.Message = r.message(fd.Measured, step.Value, broken)
	return fd, true
}

func figuresOf(f Figures, xs []Metric) []Money {
	out := make([]Money, len(xs))
	for i, x := range xs {
		out[i] = f.Get(x)
	}
	return out
}

func (r Rule) statusNote(t language.Tag) string {
	if r.Confirmed {
		return ""
	}
	return integracja.Text{PL: " (wartość niepotwierdzona w źródłach — parametr)",
		EN: " (value not confirmed by the sources — a parameter)"}.In(t)
}

func (r Rule) message(measured, limit decimal.Decimal, broken bool) integracja.Text {
	var boundPL, boundEN, verdictPL, verdictEN string
	if r.Bound == AtLeast {
		boundPL, boundEN = "co najmniej ", "at least "
		verdictPL, verdictEN = "spełniony", "met"
		if broken {
			verdictPL, verdictEN = "niespełniony", "not met"
		}
	} else {
		boundPL, boundEN = "co najwyżej ", "at most "
		verdictPL, verdictEN = "spełniony", "met"
		if broken {
			verdictPL, verdictEN = "przekroczony", "exceeded"
		}
	}
	return integracja.Text{
		PL: r.Description.In(language.Polish) + ": " + percentText(measured, language.Polish) +
			" (limit: " + boundPL + percentText(limit, language.Polish) + ") — " + verdictPL + r.statusNote(language.Polish),
		EN: r.Description.In(language.English) + ": " + percentText(measured, language.English) +
			" (limit: " + boundEN + percentText(limit, language.English) + ") — " + verdictEN + r.statusNote(language.English),
	}
}

// Codes of the shipped rules.
const (
	// RulePOKLOwnContribution: own contribution at least 10,5% of the project value.
	RulePOKLOwnContribution = "pokl.own_contribution_min"
	// RulePOKLCrossFinancing: cross-financing at most 10% of the project value.
	RulePOKLCrossFinancing = "pokl.cross_financing_max"
	// RulePOKLIndirectCosts is the prefix of the four indirect-cost rules
	// by size band: "pokl.indirect_costs_max.1" … ".4".
	RulePOKLIndirectCosts = "pokl.indirect_costs_max"
	// RuleRPOFixedAssetsAndCrossFinancing: fixed assets and
	// cross-financing together at most 10% of eligible costs.
	RuleRPOFixedAssetsAndCrossFinancing = "rpo2014.fixed_assets_cross_financing_max"
	// RuleRPOCrossFinancingOfEU: cross-financing at most 10% of the EU funding.
	RuleRPOCrossFinancingOfEU = "rpo2014.cross_financing_eu_max"
	// RuleRPOOwnContribution: own contribution at least 7,5% of eligible
	// costs (Świętokrzyskie 9.2.1).
	RuleRPOOwnContribution = "rpo_swietokrzyskie_9_2_1.own_contribution_min"
)

func rulePercent(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ruleStep(from integracja.Date, value, basis string) integracja.Step[decimal.Decimal] {
	return integracja.Step[decimal.Decimal]{From: from, Value: rulePercent(value), Basis: basis}
}

// The dates from which the shipped values apply.
func zasady2009() integracja.Date   { return integracja.Date{Year: 2009, Month: 3, Day: 9} }
func wytyczne2010() integracja.Date { return integracja.Date{Year: 2010, Month: 1, Day: 1} }
func start2014() integracja.Date    { return integracja.Date{Year: 2014, Month: 1, Day: 1} }

// POKL711Rules returns the limit rules of PO KL 2007–2013 Submeasure 7.1.1
// (systemic projects of OPS), a fresh set on every call (domain.md
// section 5). Every value is UNVERIFIED in domain.md and ships as a
// default to overlay ([RuleSet.WithLimit]) with the values of a project's
// own application:
//
//   - RulePOKLOwnContribution: own contribution at least 10,5% of the
//     project value (co-financing 89,5%), from 9 March 2009, the first
//     version of the Zasady; set per year in the annual application.
//   - RulePOKLCrossFinancing: cross-financing at most 10% of the project
//     value, from 9 March 2009.
//   - RulePOKLIndirectCosts ".1" to ".4": lump-sum indirect costs at most
//     25% / 20% / 15% / 10% of direct costs for projects worth up to
//     500 000 zł / up to 1 000 000 zł / up to 2 000 000 zł / more, from
//     1 January 2010 (the Wytyczne of 28 December 2009 changed the lump-sum
//     limits from that date). domain.md gives the percentages only as
//     "about", and no band thresholds: the thresholds here are
//     placeholders to overlay with [RuleSet.With].
//
// Projects dated before a rule's first step get a Warning finding for it.
// The "at least 30% for active integration" rule is not shipped: no
// source was found for it (domain.md).
func POKL711Rules() RuleSet {
	const unverified = "UNVERIFIED — domain.md, section 5 (Limits)"
	zasady := "Zasady przygotowania, realizacji i rozliczania projektów systemowych OPS i PCPR w ramach PO KL (9.03.2009)"
	indirect := "Wytyczne w zakresie kwalifikowania wydatków w ramach PO KL (28.12.2009), koszty pośrednie rozliczane ryczałtem"
	band := func(n int, from, upTo Money, limit string) Rule {
		b := Band{Metric: MetricProjectValue, From: from, UpTo: upTo}
		return Rule{
			Code: RulePOKLIndirectCosts + "." + strconv.Itoa(n),
			Description: integracja.Text{
				PL: "koszty pośrednie jako odsetek kosztów bezpośrednich (przedział " + strconv.Itoa(n) + ")",
				EN: "indirect costs as a share of direct costs (band " + strconv.Itoa(n) + ")"},
			Basis: indirect, Source: unverified,
			Of: []Metric{MetricIndirectCosts}, Per: MetricDirectCosts, Bound: AtMost,
			Limit: integracja.MustSchedule(ruleStep(wytyczne2010(), limit, indirect)),
			Band:  &b,
		}
	}
	zl := func(n int64) Money { return Grosze(n * 100) }
	return mustRuleSet(
		Rule{
			Code: RulePOKLOwnContribution,
			Description: integracja.Text{PL: "wkład własny jako odsetek wartości projektu",
				EN: "own contribution as a share of the project value"},
			Basis: zasady, Source: unverified,
			Of: []Metric{MetricOwnContribution}, Per: MetricProjectValue, Bound: AtLeast,
			Limit: POKLOwnContribution(),
		},
		Rule{
			Code: RulePOKLCrossFinancing,
			Description: integracja.Text{PL: "cross-financing jako odsetek wartości projektu",
				EN: "cross-financing as a share of the project value"},
			Basis: zasady, Source: unverified,
			Of: []Metric{MetricCrossFinancing}, Per: MetricProjectValue, Bound: AtMost,
			Limit: integracja.MustSchedule(ruleStep(zasady2009(), "10", zasady)),
		},
		band(1, Money{}, zl(500_000), "25"),
		band(2, Grosze(500_000_01), zl(1_000_000), "20"),
		band(3, Grosze(1_000_000_01), zl(2_000_000), "15"),
		band(4, Grosze(2_000_000_01), Money{}, "10"),
	)
}

// RPO2014Rules returns the limit rules confirmed for ESF projects of the
// 2014–2020 regional operational programmes (domain.md section 5, [V]: WUP
// Łódź FAQ, Measure IX.2.1), a fresh set on every call, applying from
// 1 January 2014, the start of eligibility of 2014–2020 expenditure:
//
//   - RuleRPOFixedAssetsAndCrossFinancing: fixed assets and
//     cross-financing together at most 10% of eligible costs;
//   - RuleRPOCrossFinancingOfEU: cross-financing at most 10% of the EU
//     funding.
func RPO2014Rules() RuleSet {
	const basis = "RPO 2014–2020, EFS: środki trwałe i cross-financing łącznie do 10% wydatków kwalifikowalnych; cross-financing do 10% finansowania unijnego (FAQ WUP Łódź, Działanie IX.2.1)"
	const source = "[V] domain.md, section 5 (2014–2020 RPO)"
	return mustRuleSet(
		Rule{
			Code: RuleRPOFixedAssetsAndCrossFinancing,
			Description: integracja.Text{PL: "środki trwałe i cross-financing łącznie jako odsetek kosztów kwalifikowalnych",
				EN: "fixed assets and cross-financing together as a share of eligible costs"},
			Basis: basis, Source: source, Confirmed: true,
			Of: []Metric{MetricFixedAssets, MetricCrossFinancing}, Per: MetricEligibleCosts, Bound: AtMost,
			Limit: integracja.MustSchedule(ruleStep(start2014(), "10", basis)),
		},
		Rule{
			Code: RuleRPOCrossFinancingOfEU,
			Description: integracja.Text{PL: "cross-financing jako odsetek finansowania UE",
				EN: "cross-financing as a share of the EU funding"},
			Basis: basis, Source: source, Confirmed: true,
			Of: []Metric{MetricCrossFinancing}, Per: MetricEUFunding, Bound: AtMost,
			Limit: integracja.MustSchedule(ruleStep(start2014(), "10", basis)),
		},
	)
}

// RPOSwietokrzyskie921Rules returns [RPO2014Rules] with the own
// contribution of the Świętokrzyskie RPO 2014–2020 Measure 9.2.1: at
// least 7,5% of eligible costs (co-financing 92,5%; [V], domain.md
// section 5; see [RPOSwietokrzyskie921OwnContribution]).
func RPOSwietokrzyskie921Rules() RuleSet {
	rs, err := RPO2014Rules().With(Rule{
		Code: RuleRPOOwnContribution,
		Description: integracja.Text{PL: "wkład własny jako odsetek kosztów kwalifikowalnych",
			EN: "own contribution as a share of eligible costs"},
		Basis:     "RPO WŚ 2014–2020, Działanie 9.2.1: dofinansowanie 92,5%, wkład własny 7,5%",
		Source:    "[V] domain.md, section 5 (Świętokrzyskie 9.2.1)",
		Confirmed: true,
		Of:        []Metric{MetricOwnContribution}, Per: MetricEligibleCosts, Bound: AtLeast,
		Limit: RPOSwietokrzyskie921OwnContribution(),
	})
	if err != nil {
		panic(err) // the literal is valid; a test checks it
	}
	return rs
}
