package programme

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"maps"
	pathpkg "path"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/enum"
)

// Scheme is a funding scheme (źródło finansowania: a programme, a measure
// or a call) as data: what it asks of a programme, each parameter a dated
// [integracja.Schedule] whose steps carry their legal basis, so that a
// 2011 project is judged by the rules of 2011. [Programme.Check] holds a
// programme against it; [Programme.IndicatorsAt] computes its indicators.
//
// The parameters, each optional (a scheme that does not set one asks
// nothing of it); participants are judged by the step in force on the day
// they entered, the programme by the step in force on the first day of its
// period:
//
//   - Age: the ages of the participants the scheme is for, at entry
//     ([AgeRange]; the zero range asks nothing);
//   - SocialAssistance, NotWorking: that participants use
//     social-assistance benefits, and are not working (the
//     labour-market status at entry, [ESFRecord]);
//   - ContractRequired: that a participant took part under a contract
//     concluded on or before the day of their first session;
//   - SocialEmployment: that participation is social employment in a KIS
//     or a CIS ([Site]), so that the groups and exclusions of art. 1
//     u.z.s. in Law apply;
//   - BudgetRules, BudgetBases and BudgetLimits: the code of a rule set
//     package budget ships ([budget.LookupRuleSet], [budget.RuleSetCodes]:
//     "pokl_7_1_1", "rpo_2014", …), legal bases added to it, and overlays
//     of the limits of its rules by rule code ([LimitOverlay]), each step
//     citing a basis of the set by its key, or none for the rule's own;
//   - SexBreakdown: whether every indicator must be broken down by sex
//     ([SexBreakdown]);
//   - CommonIndicators: the codes of the ESF common indicators the scheme
//     reports ([indicator.CommonIndicators]);
//   - Efficiency: the social and employment efficiency criteria
//     ([EfficiencyCriteria]);
//   - PSU: overlays of the rules of socially useful work ([UPZPSURules]),
//     the monthly hours of the starosta's agreement for one;
//   - Law: the dated text of art. 1 u.z.s. ([SocialEmploymentLaw]); a
//     decoded scheme has the shipped one ([ShippedSocialEmploymentLaw])
//     overlaid with what its file gives.
//
// The schemes the package ships are embedded JSON files, read by
// [LookupScheme] and [Schemes] through [DecodeScheme], the decoder users
// call for their own. A scheme file that names a Base is an overlay of
// that shipped scheme ([Scheme.With]): a user changes a rule without
// editing the shipped file. The format is in the package documentation.
//
// The zero Scheme asks nothing and has no code: Validate rejects it.
type Scheme struct {
	Code    string            `json:"code"`
	Base    string            `json:"base,omitempty"`
	Name    integracja.Text   `json:"name"`
	Period  integracja.Period `json:"period,omitzero"`
	Sources []Document        `json:"sources,omitempty"`

	Age              integracja.Schedule[AgeRange]           `json:"age,omitzero"`
	SocialAssistance integracja.Schedule[bool]               `json:"socialAssistance,omitzero"`
	NotWorking       integracja.Schedule[bool]               `json:"notWorking,omitzero"`
	ContractRequired integracja.Schedule[bool]               `json:"contractRequired,omitzero"`
	SocialEmployment integracja.Schedule[Site]               `json:"socialEmployment,omitzero"`
	BudgetRules      integracja.Schedule[string]             `json:"budgetRules,omitzero"`
	BudgetBases      []budget.LegalBasis                     `json:"budgetBases,omitempty"`
	BudgetLimits     map[string]LimitOverlay                 `json:"budgetLimits,omitempty"`
	SexBreakdown     integracja.Schedule[SexBreakdown]       `json:"sexBreakdown,omitzero"`
	CommonIndicators integracja.Schedule[[]string]           `json:"commonIndicators,omitzero"`
	Efficiency       integracja.Schedule[EfficiencyCriteria] `json:"efficiency,omitzero"`
	PSU              PSURules                                `json:"psu,omitzero"`
	Law              SocialEmploymentLaw                     `json:"uzs,omitzero"`
}

// AgeRange is the ages, in whole years at entry (art. 112 Kodeksu
// cywilnego; doc/law.md#age), that a scheme is for: from From to To, both
// included. The zero AgeRange sets no condition.
type AgeRange struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// IsZero reports whether the range sets no condition.
func (r AgeRange) IsZero() bool { return r == AgeRange{} }

// Contains reports whether age lies in the range.
func (r AgeRange) Contains(age int) bool { return age >= r.From && age <= r.To }

// Format returns the range as a sentence part: "od 15 do 64 lat",
// "aged 15 to 64".
func (r AgeRange) Format(t language.Tag) string {
	return integracja.Text{PL: "od " + strconv.Itoa(r.From) + " do " + strconv.Itoa(r.To) + " lat",
		EN: "aged " + strconv.Itoa(r.From) + " to " + strconv.Itoa(r.To)}.In(t)
}

// MaxAge is the oldest age an [AgeRange] may name.
const MaxAge = 130

// Site is where a scheme's participation is social employment (zatrudnienie
// socjalne, art. 1 ust. 4 u.z.s.): in a social integration club (KIS,
// art. 18 u.z.s.) or centre (CIS). The exclusions of art. 1 ust. 3 apply to
// both; ust. 3a lets a person with a renta z tytułu niezdolności do pracy
// into a KIS only (doc/law.md#uzs-exclusions).
//
// The zero Site is SiteNone: the scheme's participation is not social
// employment, and art. 1 u.z.s. is not applied.
type Site uint8

// The sites of social employment.
const (
	SiteNone Site = iota // "none": not social employment
	SiteKIS              // "kis": klub integracji społecznej
	SiteCIS              // "cis": centrum integracji społecznej
)

var sites = enum.MustNew(enum.Spec[Site]{
	Type: "Site", Kind: "social employment site", KindPL: "miejsca zatrudnienia socjalnego",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"none", "kis", "cis"},
	Labels: []enum.Text{
		{PL: "bez zatrudnienia socjalnego", EN: "no social employment"},
		{PL: "klub integracji społecznej", EN: "social integration club"},
		{PL: "centrum integracji społecznej", EN: "social integration centre"},
	},
})

// institution returns the kind of institution of package contract the
// site is; an institution that carries out no social employment for
// SiteNone.
func (s Site) institution() contract.InstitutionKind {
	switch s {
	case SiteKIS:
		return contract.KIS
	case SiteCIS:
		return contract.CIS
	}
	return contract.OPS
}

// String returns the stable code: "none", "kis", "cis"; an undefined value
// prints as "Site(9)".
func (s Site) String() string { return sites.String(s) }

// IsValid reports whether s is one of the defined sites.
func (s Site) IsValid() bool { return sites.Valid(s) }

// Label returns the site in the language t asks for.
func (s Site) Label(t language.Tag) string { return sites.Label(s, t) }

// ParseSite parses a stable code.
func ParseSite(s string) (Site, error) { return sites.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (s Site) MarshalText() ([]byte, error) { return sites.MarshalText(s) }

// UnmarshalText parses the stable code.
func (s *Site) UnmarshalText(b []byte) error { return sites.UnmarshalText(s, b) }

// SexBreakdown is how a scheme asks indicators to be broken down by sex:
// not at all; into women and men, as ESF 2014–2020 ("All data shall be
// broken down by gender", Regulation (EU) No 1304/2013, Annex I) and the
// PO KL gender-equality standard minimum ask (doc/law.md#standard-minimum);
// or into women, men and non-binary persons, as ESF+ does (Regulation (EU)
// 2021/1057, Annex I; doc/law.md#esf-plus), where a person counted in
// neither women nor men is allowed.
//
// The zero SexBreakdown is BreakdownNone.
type SexBreakdown uint8

// The breakdowns by sex.
const (
	BreakdownNone          SexBreakdown = iota // "none": not asked
	BreakdownWomenMen                          // "women_men": women and men
	BreakdownWomenMenOther                     // "women_men_other": women, men and non-binary persons
)

var breakdowns = enum.MustNew(enum.Spec[SexBreakdown]{
	Type: "SexBreakdown", Kind: "breakdown by sex", KindPL: "podziału według płci",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"none", "women_men", "women_men_other"},
	Labels: []enum.Text{
		{PL: "bez podziału według płci", EN: "no breakdown by sex"},
		{PL: "kobiety i mężczyźni", EN: "women and men"},
		{PL: "kobiety, mężczyźni i osoby niebinarne", EN: "women, men and non-binary persons"},
	},
})

// String returns the stable code; an undefined value prints as
// "SexBreakdown(9)".
func (b SexBreakdown) String() string { return breakdowns.String(b) }

// IsValid reports whether b is one of the defined breakdowns.
func (b SexBreakdown) IsValid() bool { return breakdowns.Valid(b) }

// Label returns the breakdown in the language t asks for.
func (b SexBreakdown) Label(t language.Tag) string { return breakdowns.Label(b, t) }

// ParseSexBreakdown parses a stable code.
func ParseSexBreakdown(s string) (SexBreakdown, error) { return breakdowns.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (b SexBreakdown) MarshalText() ([]byte, error) { return breakdowns.MarshalText(b) }

// UnmarshalText parses the stable code.
func (b *SexBreakdown) UnmarshalText(t []byte) error { return breakdowns.UnmarshalText(b, t) }

// LimitOverlay is a scheme's overlay of the limits of one rule of its
// budget rule set, the value of [Scheme.BudgetLimits] under the rule's
// code, in the shape of the rule's limits: for a rule without bands, Limit
// is laid over the rule's limit ([budget.RuleSet.WithLimit]); for a rule
// with bands, Bands holds one overlay per band, in the order of the rule's
// bands, each laid over that band's limit ([budget.RuleSet.WithBandLimit]),
// and a band whose overlay is empty is left as it is. A step on a date the
// limit has replaces it, a step on a new date is added; each cites a basis
// of the set by its key, or none for the rule's own.
//
// The zero LimitOverlay changes nothing.
type LimitOverlay struct {
	Limit integracja.Schedule[decimal.Decimal] `json:"limit,omitzero"`
	Bands []BandOverlay                        `json:"bands,omitempty"`
}

// BandOverlay is the overlay of the limit of one band of a rule with bands
// ([LimitOverlay]). The zero BandOverlay leaves its band as it is.
type BandOverlay struct {
	Limit integracja.Schedule[decimal.Decimal] `json:"limit,omitzero"`
}

// with returns o overlaid with p, schedule by schedule.
func (o LimitOverlay) with(p LimitOverlay) (LimitOverlay, error) {
	var errs []error
	r := LimitOverlay{Bands: make([]BandOverlay, max(len(o.Bands), len(p.Bands)))}
	var err error
	r.Limit, err = o.Limit.With(p.Limit.Steps()...)
	errs = append(errs, integracja.Under(integracja.NewPath("limit"), err))
	for j := range r.Bands {
		var a, b BandOverlay
		if j < len(o.Bands) {
			a = o.Bands[j]
		}
		if j < len(p.Bands) {
			b = p.Bands[j]
		}
		r.Bands[j].Limit, err = a.Limit.With(b.Limit.Steps()...)
		errs = append(errs, integracja.Under(integracja.NewPath("bands").Index(j).Child("limit"), err))
	}
	if len(r.Bands) == 0 {
		r.Bands = nil
	}
	return r, integracja.Join(errs...)
}

// schedules calls f with the path and the steps of each limit o overlays.
func (o LimitOverlay) schedules(f func(at integracja.Path, s integracja.Schedule[decimal.Decimal])) {
	f(integracja.NewPath("limit"), o.Limit)
	for j, b := range o.Bands {
		f(integracja.NewPath("bands").Index(j).Child("limit"), b.Limit)
	}
}

func (o LimitOverlay) equal(p LimitOverlay) bool {
	eq := func(a, b decimal.Decimal) bool { return a.Equal(b) }
	return equalSchedule(o.Limit, p.Limit, eq) &&
		slices.EqualFunc(o.Bands, p.Bands, func(a, b BandOverlay) bool { return equalSchedule(a.Limit, b.Limit, eq) })
}

// BudgetRuleSet returns the budget rule set the scheme refers to on date
// at, with the scheme's legal bases added ([budget.RuleSet.WithBases]) and
// its overlays of the limits applied ([budget.RuleSet.WithLimit]), and the
// name of the set; an empty name when the scheme refers to none on that
// date.
func (s Scheme) BudgetRuleSet(at integracja.Date) (budget.RuleSet, string, error) {
	name, ok := s.BudgetRules.ValueAt(at)
	if !ok || name == "" {
		return budget.RuleSet{}, "", nil
	}
	rs, err := budget.LookupRuleSet(name)
	if err != nil {
		return budget.RuleSet{}, name, integracja.Under(integracja.NewPath("budgetRules"), err)
	}
	rs, err = s.overlayBudget(rs)
	return rs, name, err
}

// overlayBudget adds the scheme's bases to rs and overlays the limits of
// the rules rs has. Every problem is reported at its path in the scheme:
// a step citing a basis the set does not have
// ("budgetLimits[…].bands[1].limit[0].basis"), a limit for a rule with
// bands, bands for a rule without them or more than it has.
func (s Scheme) overlayBudget(rs budget.RuleSet) (budget.RuleSet, error) {
	var err error
	if len(s.BudgetBases) > 0 {
		if rs, err = rs.WithBases(s.BudgetBases...); err != nil {
			return budget.RuleSet{}, integracja.Under(integracja.NewPath("budgetBases"), err)
		}
	}
	var errs []error
	for _, code := range slices.Sorted(maps.Keys(s.BudgetLimits)) {
		if _, has := rs.Rule(code); !has {
			continue // a limit of a rule set the scheme refers to on another date
		}
		o, at, cited := s.BudgetLimits[code], integracja.NewPath("budgetLimits").Key(code), len(errs)
		o.schedules(func(p integracja.Path, sch integracja.Schedule[decimal.Decimal]) {
			for i, st := range sch.Steps() {
				if _, ok := rs.Basis(st.Basis); st.Basis != "" && !ok {
					errs = append(errs, integracja.Unknown(at.Join(p).Index(i).Child("basis"), clip(st.Basis), integracja.Text{
						PL: "brak takiej podstawy prawnej w zestawie reguł budżetu", EN: "no such legal basis in the budget rule set"}))
				}
			}
		})
		if len(errs) > cited {
			continue
		}
		apply := func(next budget.RuleSet, err error) {
			if err != nil {
				errs = append(errs, integracja.Under(at, err))
				return
			}
			rs = next
		}
		if o.Limit.Len() > 0 {
			apply(rs.WithLimit(code, o.Limit.Steps()...))
		}
		for j, b := range o.Bands {
			if b.Limit.Len() > 0 {
				apply(rs.WithBandLimit(code, j, b.Limit.Steps()...))
			}
		}
	}
	return rs, integracja.Join(errs...)
}

// ErrSchemeBase is the cause of the error for a scheme file whose base is
// not a shipped scheme, or whose chain of bases is longer than
// [MaxSchemeDepth].
var ErrSchemeBase = integracja.NewCause("scheme_base", integracja.Text{
	PL: "nieznany schemat bazowy", EN: "unknown base scheme"})

// MaxSchemeDepth is the longest chain of bases a scheme file may have.
const MaxSchemeDepth = 4

// DecodeScheme reads a scheme from its JSON form (see the package
// documentation) with the module's strict decoder, [integracja.DecodeJSON]:
// unknown or repeated fields, malformed dates, codes and decimals, and
// steps of one schedule on the same date are errors with their path
// ("efficiency[0].value.general.social"). A file that names a base is
// overlaid on that shipped scheme ([Scheme.With]); a file without one gets
// the shipped text of art. 1 u.z.s. overlaid with its own. The result is
// validated ([Scheme.Validate]); every problem is reported.
func DecodeScheme(data []byte) (Scheme, error) { return decodeScheme(data, 0) }

func decodeScheme(data []byte, depth int) (Scheme, error) {
	var v schemeJSON
	if err := integracja.DecodeJSON(data, &v); err != nil {
		return Scheme{}, err
	}
	s := Scheme(v)
	if s.Base != "" {
		base, err := lookupScheme(s.Base, depth+1)
		if err != nil {
			return Scheme{}, integracja.Under(integracja.NewPath("base"), err)
		}
		return base.With(s)
	}
	law, err := ShippedSocialEmploymentLaw().With(s.Law)
	if err != nil {
		return Scheme{}, integracja.Under(integracja.NewPath("uzs"), err)
	}
	s.Law = law
	if err := s.Validate(); err != nil {
		return Scheme{}, err
	}
	return s, nil
}

// schemeJSON has the fields of Scheme and none of its methods.
type schemeJSON Scheme

// UnmarshalJSON decodes s as [DecodeScheme] does, so that a scheme inside
// a larger document (a test case) is read as strictly and resolved the
// same way. JSON null leaves s as it is.
func (s *Scheme) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	v, err := DecodeScheme(b)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// EncodeScheme writes s in its JSON form, indented by two spaces; the
// text of art. 1 u.z.s. it carries is written in full. [DecodeScheme]
// reads it back to an equal scheme ([Scheme.Equal]).
func EncodeScheme(s Scheme) ([]byte, error) {
	b, err := json.MarshalIndent(schemeJSON(s), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// LookupScheme returns the shipped scheme with the given code, decoded
// afresh from its embedded file. An unknown code is an error whose cause
// is [ErrSchemeBase]'s sibling [integracja.ErrUnknown].
func LookupScheme(code string) (Scheme, error) { return lookupScheme(code, 0) }

func lookupScheme(code string, depth int) (Scheme, error) {
	if depth > MaxSchemeDepth {
		return Scheme{}, integracja.NewFieldError(integracja.Path{}, ErrSchemeBase, clip(code), integracja.Text{
			PL: "zbyt długi łańcuch schematów bazowych", EN: "too long a chain of base schemes"})
	}
	if validateCode(integracja.Path{}, code) != nil {
		return Scheme{}, integracja.Unknown(integracja.Path{}, clip(code), integracja.Text{
			PL: "brak takiego schematu finansowania", EN: "no such funding scheme"})
	}
	data, err := shipped.ReadFile(pathpkg.Join("schemes", code+".json"))
	if err != nil {
		return Scheme{}, integracja.Unknown(integracja.Path{}, code, integracja.Text{
			PL: "brak takiego schematu finansowania", EN: "no such funding scheme"})
	}
	s, err := decodeScheme(data, depth)
	if err != nil {
		return Scheme{}, err
	}
	if s.Code != code {
		return Scheme{}, integracja.Inconsistent(integracja.NewPath("code"), s.Code, integracja.Text{
			PL: "kod w pliku schematu różni się od nazwy pliku", EN: "the code in the scheme file differs from its name"})
	}
	return s, nil
}

// Schemes returns every shipped scheme, in the order of their codes,
// decoded afresh. A test checks that each decodes and validates.
func Schemes() []Scheme {
	entries, err := fs.ReadDir(shipped, "schemes")
	if err != nil {
		panic(err) // embedded at build time
	}
	var out []Scheme
	for _, e := range entries {
		s, err := LookupScheme(strings.TrimSuffix(e.Name(), ".json"))
		if err != nil {
			panic(err) // the shipped files are valid; a test checks them
		}
		out = append(out, s)
	}
	return out
}

// With returns s overlaid with o, a "reform" of s that leaves s as it was:
// o's code, name and period replace s's when given; o's sources replace
// those of s with the same ID and add the others; every schedule of o is
// laid over the same schedule of s ([integracja.Schedule.With]: a step on
// a date s has replaces it, a step on a new date is added), the limits of
// BudgetLimits rule by rule, and the rules of PSU and Law schedule by
// schedule. The result's Base is the code of s. The result is validated.
func (s Scheme) With(o Scheme) (Scheme, error) {
	r := s
	r.Base = s.Code
	if o.Code != "" {
		r.Code = o.Code
	}
	if !o.Name.IsZero() {
		r.Name = o.Name
	}
	if !o.Period.IsZero() {
		r.Period = o.Period
	}
	r.Sources = slices.Clone(s.Sources)
	for _, d := range o.Sources {
		if i := slices.IndexFunc(r.Sources, func(x Document) bool { return x.ID == d.ID }); i >= 0 {
			r.Sources[i] = d
		} else {
			r.Sources = append(r.Sources, d)
		}
	}
	var errs []error
	overlay := func(name string, err error) {
		errs = append(errs, integracja.Under(integracja.NewPath(name), err))
	}
	var err error
	r.Age, err = s.Age.With(o.Age.Steps()...)
	overlay("age", err)
	r.SocialAssistance, err = s.SocialAssistance.With(o.SocialAssistance.Steps()...)
	overlay("socialAssistance", err)
	r.NotWorking, err = s.NotWorking.With(o.NotWorking.Steps()...)
	overlay("notWorking", err)
	r.ContractRequired, err = s.ContractRequired.With(o.ContractRequired.Steps()...)
	overlay("contractRequired", err)
	r.SocialEmployment, err = s.SocialEmployment.With(o.SocialEmployment.Steps()...)
	overlay("socialEmployment", err)
	r.BudgetRules, err = s.BudgetRules.With(o.BudgetRules.Steps()...)
	overlay("budgetRules", err)
	r.SexBreakdown, err = s.SexBreakdown.With(o.SexBreakdown.Steps()...)
	overlay("sexBreakdown", err)
	r.CommonIndicators, err = s.CommonIndicators.With(o.CommonIndicators.Steps()...)
	overlay("commonIndicators", err)
	r.Efficiency, err = s.Efficiency.With(o.Efficiency.Steps()...)
	overlay("efficiency", err)
	r.BudgetBases = slices.Clone(s.BudgetBases)
	for _, b := range o.BudgetBases {
		if i := slices.IndexFunc(r.BudgetBases, func(x budget.LegalBasis) bool { return x.Key == b.Key }); i >= 0 {
			r.BudgetBases[i] = b
		} else {
			r.BudgetBases = append(r.BudgetBases, b)
		}
	}
	r.BudgetLimits = maps.Clone(s.BudgetLimits)
	for _, code := range slices.Sorted(maps.Keys(o.BudgetLimits)) {
		if r.BudgetLimits == nil {
			r.BudgetLimits = make(map[string]LimitOverlay)
		}
		r.BudgetLimits[code], err = s.BudgetLimits[code].with(o.BudgetLimits[code])
		errs = append(errs, integracja.Under(integracja.NewPath("budgetLimits").Key(code), err))
	}
	r.PSU.WeeklyCap, err = s.PSU.WeeklyCap.With(o.PSU.WeeklyCap.Steps()...)
	overlay("psu.weeklyCap", err)
	r.PSU.MonthlyCap, err = s.PSU.MonthlyCap.With(o.PSU.MonthlyCap.Steps()...)
	overlay("psu.monthlyCap", err)
	r.PSU.HourlyRate, err = s.PSU.HourlyRate.With(o.PSU.HourlyRate.Steps()...)
	overlay("psu.hourlyRate", err)
	r.Law, err = s.Law.With(o.Law)
	errs = append(errs, integracja.Under(integracja.NewPath("uzs"), err))
	if err := integracja.Join(errs...); err != nil {
		return s, err
	}
	if err := r.Validate(); err != nil {
		return s, err
	}
	return r, nil
}

// Validate reports every problem of the scheme at once, with its path: a
// missing or malformed code or name, an invalid period or source; an age
// range outside 0–130 or inverted ("age[0].value.to"); an undefined site
// or breakdown; a budget rule set package budget does not ship, a limit
// overlay of a rule the referenced sets do not have, a negative limit or
// one above 100%; an unknown common indicator; efficiency criteria that
// do not fit their formulation; negative hourly rates of socially useful
// work; and the problems of the law it carries ("uzs.groups[0]…").
func (s Scheme) Validate() error {
	var errs []error
	add := func(e ...error) { errs = append(errs, e...) }
	add(validateCode(integracja.NewPath("code"), s.Code))
	if s.Base != "" {
		add(validateCode(integracja.NewPath("base"), s.Base))
	}
	if strings.TrimSpace(s.Name.PL) == "" {
		add(integracja.Required(integracja.NewPath("name").Child("pl")))
	}
	if !s.Period.IsZero() {
		add(s.Period.ValidateAt(integracja.NewPath("period")))
	}
	for i, d := range s.Sources {
		at := integracja.NewPath("sources").Index(i)
		add(validateCode(at.Child("id"), d.ID))
		if strings.TrimSpace(d.Title) == "" {
			add(integracja.Required(at.Child("title")))
		}
		if !d.Date.IsZero() {
			add(integracja.ValidateDate(at.Child("date"), d.Date))
		}
	}
	add(duplicates(len(s.Sources), func(i int) string { return s.Sources[i].ID },
		func(i int) integracja.Path { return integracja.NewPath("sources").Index(i).Child("id") })...)
	steps(&errs, "age", s.Age, func(at integracja.Path, r AgeRange) error {
		if r.IsZero() {
			return nil
		}
		if r.From < 0 || r.To > MaxAge || r.From > r.To {
			return integracja.OutOfRange(at, strconv.Itoa(r.From)+"–"+strconv.Itoa(r.To), integracja.Text{
				PL: "oczekiwano przedziału wieku od 0 do 130 lat, od nie większego niż do",
				EN: "want an age range within 0 to 130, from not above to"})
		}
		return nil
	})
	steps(&errs, "socialEmployment", s.SocialEmployment, func(at integracja.Path, v Site) error { return integracja.Under(at, sites.Check(v)) })
	steps(&errs, "sexBreakdown", s.SexBreakdown, func(at integracja.Path, v SexBreakdown) error {
		return integracja.Under(at, breakdowns.Check(v))
	})
	known := map[string]budget.RuleSet{}
	steps(&errs, "budgetRules", s.BudgetRules, func(at integracja.Path, name string) error {
		if name == "" {
			return nil
		}
		rs, err := budget.LookupRuleSet(name)
		if err != nil {
			return integracja.Under(at, err)
		}
		known[name] = rs
		return nil
	})
	for _, code := range slices.Sorted(maps.Keys(s.BudgetLimits)) {
		at := integracja.NewPath("budgetLimits").Key(code)
		found := false
		for _, rs := range known {
			if _, ok := rs.Rule(code); ok {
				found = true
			}
		}
		if !found {
			add(integracja.Unknown(at, clip(code), integracja.Text{
				PL: "żaden zestaw reguł budżetu tego schematu nie ma reguły o tym kodzie",
				EN: "no budget rule set of this scheme has a rule of this code"}))
		}
		s.BudgetLimits[code].schedules(func(p integracja.Path, sch integracja.Schedule[decimal.Decimal]) {
			steps(&errs, "", sch, func(v integracja.Path, x decimal.Decimal) error {
				return percentage(at.Join(p).Join(v), x, false)
			})
		})
	}
	if integracja.Join(errs...) == nil {
		// The bases and limits as package budget applies them: each step
		// cites a basis the set has, a limit has the shape of the rule's.
		for _, name := range slices.Sorted(maps.Keys(known)) {
			if _, err := s.overlayBudget(known[name]); err != nil {
				add(err)
				break
			}
		}
	}
	steps(&errs, "commonIndicators", s.CommonIndicators, func(at integracja.Path, codes []string) error {
		var es []error
		for j, c := range codes {
			ci, err := indicator.LookupCommonIndicator(c)
			if err != nil || ci.Code() != c {
				es = append(es, integracja.Unknown(at.Index(j), clip(c), integracja.Text{
					PL: "nieznany kod wspólnego wskaźnika EFS (wielkie litery, np. EECO01)",
					EN: "unknown ESF common indicator code (capitals, such as EECO01)"}))
			}
		}
		es = append(es, duplicates(len(codes), func(j int) string { return codes[j] }, func(j int) integracja.Path { return at.Index(j) })...)
		return integracja.Join(es...)
	})
	steps(&errs, "efficiency", s.Efficiency, func(at integracja.Path, c EfficiencyCriteria) error { return c.validate(at) })
	steps(&errs, "psu.hourlyRate", s.PSU.HourlyRate, func(at integracja.Path, m budget.Money) error {
		if m.IsNegative() {
			return integracja.OutOfRange(at, m.String(), integracja.Text{PL: "stawka nie może być ujemna", EN: "a rate cannot be negative"})
		}
		return nil
	})
	add(integracja.Under(integracja.NewPath("uzs"), s.Law.Validate()))
	return integracja.Join(errs...)
}

// steps checks the value of every step of sch with check, at the path
// name[i].value.
func steps[T any](errs *[]error, name string, sch integracja.Schedule[T], check func(integracja.Path, T) error) {
	var base integracja.Path
	if name != "" {
		base = integracja.NewPath(name)
	}
	for i, st := range sch.Steps() {
		if err := check(base.Index(i).Child("value"), st.Value); err != nil {
			*errs = append(*errs, err)
		}
	}
}

// percentage reports a percentage outside 0–100 (0 excluded when positive
// is set) or with more than four decimal places. The exponent is checked
// before anything compares or prints the value: comparing 1e999999999
// with 100, or printing it, would write out a billion digits.
func percentage(at integracja.Path, v decimal.Decimal, positive bool) error {
	if v.Exponent() < -4 || v.Exponent() > 3 {
		return integracja.OutOfRange(at, "", integracja.Text{
			PL: "oczekiwano odsetka od 0 do 100 z co najwyżej czterema miejscami po przecinku",
			EN: "want a percentage from 0 to 100 with at most four decimal places"})
	}
	if v.IsNegative() || v.GreaterThan(hundred) || (positive && v.IsZero()) {
		return integracja.OutOfRange(at, clip(v.String()), integracja.Text{
			PL: "oczekiwano odsetka od 0 do 100 z co najwyżej czterema miejscami po przecinku",
			EN: "want a percentage from 0 to 100 with at most four decimal places"})
	}
	return nil
}

// Equal reports whether s and o are the same scheme: the same fields, and
// the same steps in every schedule, decimals and amounts compared by
// value. Every field is compared: a test changes each field of a scheme
// and of everything it holds, found by reflection, and fails when Equal
// does not see it.
func (s Scheme) Equal(o Scheme) bool {
	return s.Code == o.Code && s.Base == o.Base && s.Name == o.Name && s.Period == o.Period &&
		slices.Equal(s.Sources, o.Sources) &&
		equalSchedule(s.Age, o.Age, same[AgeRange]) &&
		equalSchedule(s.SocialAssistance, o.SocialAssistance, same[bool]) &&
		equalSchedule(s.NotWorking, o.NotWorking, same[bool]) &&
		equalSchedule(s.ContractRequired, o.ContractRequired, same[bool]) &&
		equalSchedule(s.SocialEmployment, o.SocialEmployment, same[Site]) &&
		equalSchedule(s.BudgetRules, o.BudgetRules, same[string]) && slices.Equal(s.BudgetBases, o.BudgetBases) &&
		maps.EqualFunc(s.BudgetLimits, o.BudgetLimits, LimitOverlay.equal) &&
		equalSchedule(s.SexBreakdown, o.SexBreakdown, same[SexBreakdown]) &&
		equalSchedule(s.CommonIndicators, o.CommonIndicators, slices.Equal[[]string]) &&
		equalSchedule(s.Efficiency, o.Efficiency, EfficiencyCriteria.equal) &&
		equalSchedule(s.PSU.WeeklyCap, o.PSU.WeeklyCap, same[Hours]) &&
		equalSchedule(s.PSU.MonthlyCap, o.PSU.MonthlyCap, same[Hours]) &&
		equalSchedule(s.PSU.HourlyRate, o.PSU.HourlyRate, budget.Money.Equal) &&
		s.Law.equal(o.Law)
}

func same[T comparable](a, b T) bool { return a == b }

// equalSchedule reports whether a and b have the same steps: dates, bases,
// and values equal by eq.
func equalSchedule[T any](a, b integracja.Schedule[T], eq func(T, T) bool) bool {
	as, bs := a.Steps(), b.Steps()
	return slices.EqualFunc(as, bs, func(x, y integracja.Step[T]) bool {
		return x.From == y.From && x.Basis == y.Basis && eq(x.Value, y.Value)
	})
}
