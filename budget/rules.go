package budget

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Bound says which side of its limit a rule keeps. The zero Bound is
// NoBound, which no rule may use: a limit without a direction is a
// mistake, not a default.
type Bound uint8

// Bounds.
const (
	// NoBound is the zero Bound: not set.
	NoBound Bound = iota
	// AtMost: the measured share may not exceed the limit.
	AtMost
	// AtLeast: the measured share may not fall below the limit.
	AtLeast
)

var bounds = enum.MustNew(enum.Spec[Bound]{
	Type: "Bound", Kind: "bound", KindPL: "kierunku limitu",
	Codes:         []string{"", "at_most", "at_least"},
	ZeroUndefined: true,
	Errors:        integracja.EnumErrors{},
})

// String returns the stable code: "at_most", "at_least"; "" for NoBound
// and "Bound(7)" for an unknown value.
func (b Bound) String() string { return bounds.String(b) }

// ParseBound parses a code returned by [Bound.String]; "" is an error.
func ParseBound(s string) (Bound, error) { return bounds.Parse(s) }

// MarshalText returns the stable code; NoBound and unknown values are an
// error.
func (b Bound) MarshalText() ([]byte, error) { return bounds.MarshalText(b) }

// UnmarshalText parses the stable code; on error b is unchanged.
func (b *Bound) UnmarshalText(t []byte) error { return bounds.UnmarshalText(b, t) }

// Verification says how well the values that cite a [LegalBasis] have been
// checked against it, with the marks of doc/law.md#status. The zero
// Verification is Unverified: a basis nobody marked is treated as
// unchecked.
type Verification uint8

// The values of Verification.
const (
	// Unverified: no source read confirms the value; it is a parameter
	// with a documented default, and findings say so.
	Unverified Verification = iota
	// PartlyVerified: a secondary source states the value, or only part of
	// it was read in the primary text; findings say so.
	PartlyVerified
	// Verified: the value was read in the act or programme document (or an
	// official reproduction of it).
	Verified
)

var verifications = enum.MustNew(enum.Spec[Verification]{
	Type: "Verification", Kind: "verification status", KindPL: "stanu weryfikacji",
	Codes: []string{"unverified", "partly", "verified"},
	Labels: []enum.Text{
		{PL: "niezweryfikowana", EN: "unverified"},
		{PL: "zweryfikowana częściowo", EN: "partly verified"},
		{PL: "zweryfikowana", EN: "verified"},
	},
	Errors: integracja.EnumErrors{},
})

// String returns the stable code: "unverified", "partly", "verified";
// "Verification(7)" for an unknown value.
func (v Verification) String() string { return verifications.String(v) }

// Label returns the status in the language t asks for.
func (v Verification) Label(t language.Tag) string { return verifications.Label(v, t) }

// ParseVerification parses a code returned by [Verification.String].
func ParseVerification(s string) (Verification, error) { return verifications.Parse(s) }

// MarshalText returns the stable code; an unknown value is an error.
func (v Verification) MarshalText() ([]byte, error) { return verifications.MarshalText(v) }

// UnmarshalText parses the stable code; on error v is unchanged.
func (v *Verification) UnmarshalText(b []byte) error { return verifications.UnmarshalText(v, b) }

// LegalBasis is the legal basis of rule values (podstawa prawna): the act,
// regulation or programme document, and its provision, that sets them.
// A rule set writes each basis once, under a Key, and its rules and their
// limit steps cite it by that key.
//
//   - Key identifies the basis within its rule set: snake_case, as a
//     category code.
//   - Text is the basis as findings cite it, in Polish, the language of
//     the documents: "Wytyczne … w brzmieniu obowiązującym od 01.01.2010 r.".
//   - Source says where the value was checked: an anchor of doc/law.md in
//     the module's repository ("doc/law.md#pokl-limits") or an address.
//   - Status says how well the values that cite it were checked; a value
//     that is not Verified is a parameter, and its findings say so.
//
// The zero LegalBasis is not valid: it has no key and no text.
type LegalBasis struct {
	Key    string       `json:"key"`
	Text   string       `json:"text"`
	Source string       `json:"source,omitempty"`
	Status Verification `json:"status"`
}

// Validate reports a missing or malformed key, a missing text and an
// undefined status, with the paths "key", "text" and "status".
func (b LegalBasis) Validate() error {
	var errs []error
	errs = append(errs, validateCode(integracja.NewPath("key"), b.Key))
	if b.Text == "" {
		errs = append(errs, integracja.Required(integracja.NewPath("text")))
	}
	if !verifications.Valid(b.Status) {
		errs = append(errs, integracja.Invalid(integracja.NewPath("status"), b.Status.String(), integracja.Text{}))
	}
	return integracja.Join(errs...)
}

// UnitPercent is the unit of every rule's limit: a percentage, "10.5" is
// 10,5%. It is the Unit of the rules' findings too.
const UnitPercent = "%"

// Band is one size band of a [Rule] that has bands: the projects whose
// figure (the rule's BandBy) is above the previous band's UpTo and at
// most UpTo, and the limit schedule for them. A zero UpTo means no upper
// bound, and only the last band may have it. Bands follow one another, so
// every project falls in exactly one band, or above the last.
type Band struct {
	UpTo  Money                                `json:"upTo,omitzero"`
	Limit integracja.Schedule[decimal.Decimal] `json:"limit"`
}

// Rule is a limit rule of a funding scheme, as data: the sum of the
// figures Of as a percentage (Unit, always [UnitPercent]) of the figure
// Per must stay AtMost or AtLeast the limit in force on the date of the
// check. The limit is a dated schedule of values: Limit, or, for a rule
// whose limit depends on the size of the project, one schedule per [Band]
// of the figure BandBy. Basis is the key of the rule's [LegalBasis] in its
// rule set; a step of a limit may cite another basis by its own key
// (Step.Basis), and cites the rule's when it names none.
//
// The zero Rule is not valid: it needs a code, figures, a bound, a unit,
// a basis and a limit.
type Rule struct {
	Code        string                               `json:"code"`
	Description integracja.Text                      `json:"description"`
	Of          []Metric                             `json:"of"`
	Per         Metric                               `json:"per"`
	Bound       Bound                                `json:"bound"`
	Unit        string                               `json:"unit"`
	Basis       string                               `json:"basis"`
	Limit       integracja.Schedule[decimal.Decimal] `json:"limit,omitzero"`
	BandBy      Metric                               `json:"bandBy,omitzero"`
	Bands       []Band                               `json:"bands,omitempty"`
}

// clone returns r with its slices copied, so that a rule set never shares
// them with its caller.
func (r Rule) clone() Rule {
	r.Of = slices.Clone(r.Of)
	r.Bands = slices.Clone(r.Bands)
	return r
}

// schedules calls f with the path and the schedule of each limit of r.
func (r Rule) schedules(f func(p integracja.Path, s integracja.Schedule[decimal.Decimal])) {
	if len(r.Bands) == 0 {
		f(integracja.NewPath("limit"), r.Limit)
		return
	}
	for i, b := range r.Bands {
		f(integracja.NewPath("bands").Index(i).Child("limit"), b.Limit)
	}
}

// Validate reports every problem of r at once, each with its path: a
// missing or malformed code, a missing Polish description, missing or
// unknown metrics, bound or unit, a missing basis, a missing limit or one
// beside bands, a limit value that is negative or beyond [MaxIntDigits]
// and [MaxPlaces], and bands without a figure, with an upper bound
// missing, not positive, not above the one before or in another currency.
// The keys of the bases are checked by [NewRuleSet], which knows them.
func (r Rule) Validate() error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }
	add(validateRuleCode(integracja.NewPath("code"), r.Code))
	if r.Description.PL == "" {
		add(integracja.Required(integracja.NewPath("description").Child("pl")))
	}
	if len(r.Of) == 0 {
		add(integracja.Required(integracja.NewPath("of")))
	}
	for i, x := range r.Of {
		add(checkMetric(integracja.NewPath("of").Index(i), x))
	}
	add(checkMetric(integracja.NewPath("per"), r.Per))
	switch {
	case r.Bound == NoBound:
		add(integracja.Required(integracja.NewPath("bound")))
	case !bounds.Valid(r.Bound):
		add(integracja.Invalid(integracja.NewPath("bound"), r.Bound.String(), integracja.Text{}))
	}
	switch r.Unit {
	case UnitPercent:
	case "":
		add(integracja.Required(integracja.NewPath("unit")))
	default:
		add(integracja.Invalid(integracja.NewPath("unit"), excerpt(r.Unit), integracja.Text{
			PL: "jedyna jednostka limitu to \"%\"", EN: "the only unit of a limit is \"%\""}))
	}
	if r.Basis == "" {
		add(integracja.Required(integracja.NewPath("basis")))
	}
	if len(r.Bands) > 0 {
		if r.Limit.Len() > 0 {
			add(integracja.Inconsistent(integracja.NewPath("limit"), "", integracja.Text{
				PL: "reguła z przedziałami podaje limity w przedziałach", EN: "a rule with bands gives its limits in the bands"}))
		}
		add(r.validateBands())
	}
	r.schedules(func(p integracja.Path, s integracja.Schedule[decimal.Decimal]) {
		if s.Len() == 0 {
			add(integracja.Required(p))
		}
		for i, st := range s.Steps() {
			vp := p.Index(i).Child("value")
			if err := checkLimits(vp, st.Value); err != nil {
				add(err) // checked before the value is compared with anything
			} else if st.Value.IsNegative() {
				add(integracja.OutOfRange(vp, st.Value.String(),
					integracja.Text{PL: "limit procentowy nie może być ujemny", EN: "a percentage limit must not be negative"}))
			}
		}
	})
	return integracja.Join(errs...)
}

// validateBands reports the problems of the bands of r.
func (r Rule) validateBands() error {
	errs := []error{checkMetric(integracja.NewPath("bandBy"), r.BandBy)}
	var prev Money
	for i, b := range r.Bands {
		p := integracja.NewPath("bands").Index(i).Child("upTo")
		last := i == len(r.Bands)-1
		switch {
		case b.UpTo.IsZero() && !last:
			errs = append(errs, integracja.NewFieldError(p, integracja.ErrRequired, "", integracja.Text{
				PL: "tylko ostatni przedział może nie mieć górnej granicy", EN: "only the last band may have no upper bound"}))
			continue
		case b.UpTo.IsZero():
			continue
		case !b.UpTo.IsPositive():
			errs = append(errs, integracja.OutOfRange(p, excerpt(b.UpTo.String()), integracja.Text{
				PL: "górna granica przedziału musi być dodatnia", EN: "the upper bound of a band must be positive"}))
			continue
		}
		if err := b.UpTo.checkLimits(p); err != nil {
			errs = append(errs, err)
			continue
		}
		if i > 0 && !prev.IsZero() {
			if c, err := b.UpTo.Cmp(prev); err != nil {
				errs = append(errs, integracja.NewFieldError(p, err, "", integracja.Text{}))
			} else if c <= 0 {
				errs = append(errs, integracja.Inconsistent(p, excerpt(b.UpTo.String()), integracja.Text{
					PL: "górna granica przedziału nie jest wyższa od górnej granicy poprzedniego przedziału",
					EN: "the upper bound of the band is not above the previous band's"}))
			}
		}
		prev = b.UpTo
	}
	return integracja.Join(errs...)
}

// checkMetric reports a metric at p that is missing (NoMetric) or unknown.
func checkMetric(p integracja.Path, x Metric) error {
	switch {
	case x == NoMetric:
		return integracja.Required(p)
	case !x.valid():
		return integracja.Invalid(p, x.String(), integracja.Text{})
	}
	return nil
}

// validateRuleCode checks a rule code: snake_case words joined by dots
// ("pokl.indirect_costs_max"), at most 64 bytes.
func validateRuleCode(p integracja.Path, code string) error {
	if code == "" {
		return integracja.Required(p)
	}
	ok := len(code) <= maxCode
	for w := range strings.SplitSeq(code, ".") {
		ok = ok && enum.IsSnakeCase(w)
	}
	if !ok {
		return integracja.Invalid(p, excerpt(code), integracja.Text{
			PL: "kod reguły to słowa z małych liter a–z i cyfr, łączone podkreśleniami, oddzielone kropkami, najwyżej 64 znaki",
			EN: "a rule code is snake_case words joined by dots, at most 64 characters"})
	}
	return nil
}

// RuleSet is the limit rules of a funding scheme, in order, each with a
// unique code, and the legal bases they cite, each written once under a
// unique key. A RuleSet is immutable: [RuleSet.With], [RuleSet.WithBases],
// [RuleSet.WithLimit], [RuleSet.WithBandLimit] and [RuleSet.Merge] return
// a changed set (a "reform") and leave the receiver, and the shipped sets,
// as they were. The zero RuleSet has no rules and finds nothing.
//
// Its JSON form is described in the package documentation.
type RuleSet struct {
	bases []LegalBasis
	rules []Rule
}

// NewRuleSet returns a rule set of the legal bases and the rules, which
// must each be valid, have distinct keys and codes, and cite only the
// bases given; the error lists every problem, with paths such as
// "rules[2].limit" or "rules[0].bands[1].limit[0].basis".
func NewRuleSet(bases []LegalBasis, rules []Rule) (RuleSet, error) {
	if err := checkRuleSet(bases, rules, nil); err != nil {
		return RuleSet{}, err
	}
	out := RuleSet{bases: slices.Clone(bases), rules: make([]Rule, len(rules))}
	for i, r := range rules {
		out.rules[i] = r.clone()
	}
	return out, nil
}

// checkRuleSet reports the problems NewRuleSet reports; the rules may
// also cite the keys of inherited, the bases of a set they overlay.
func checkRuleSet(bases []LegalBasis, rules []Rule, inherited []LegalBasis) error {
	var errs []error
	keys := make(map[string]bool, len(bases)+len(inherited))
	for _, b := range inherited {
		keys[b.Key] = false
	}
	for i, b := range bases {
		p := integracja.NewPath("bases").Index(i)
		errs = append(errs, integracja.Under(p, b.Validate()))
		if b.Key != "" && keys[b.Key] {
			errs = append(errs, integracja.Duplicate(p.Child("key"), excerpt(b.Key)))
		}
		keys[b.Key] = true
	}
	cite := func(p integracja.Path, key string) {
		if _, known := keys[key]; key != "" && !known {
			errs = append(errs, integracja.Unknown(p, excerpt(key), integracja.Text{
				PL: "brak takiej podstawy prawnej w zestawie reguł", EN: "no such legal basis in the rule set"}))
		}
	}
	codes := make(map[string]bool, len(rules))
	for i, r := range rules {
		p := integracja.NewPath("rules").Index(i)
		errs = append(errs, integracja.Under(p, r.Validate()))
		if r.Code != "" && codes[r.Code] {
			errs = append(errs, integracja.Duplicate(p.Child("code"), excerpt(r.Code)))
		}
		codes[r.Code] = true
		cite(p.Child("basis"), r.Basis)
		r.schedules(func(sp integracja.Path, s integracja.Schedule[decimal.Decimal]) {
			for j, st := range s.Steps() {
				cite(p.Join(sp).Index(j).Child("basis"), st.Basis)
			}
		})
	}
	return integracja.Join(errs...)
}

// ruleSetJSON is the JSON form of a RuleSet: Base, when given, names the
// shipped set it overlays.
type ruleSetJSON struct {
	Base  string       `json:"base,omitempty"`
	Bases []LegalBasis `json:"bases"`
	Rules []Rule       `json:"rules"`
}

// MarshalJSON encodes the rule set in the form the package documentation
// describes: {"bases":[…],"rules":[…]}, in order.
func (rs RuleSet) MarshalJSON() ([]byte, error) {
	v := ruleSetJSON{Bases: rs.bases, Rules: rs.rules}
	if v.Bases == nil {
		v.Bases = []LegalBasis{}
	}
	if v.Rules == nil {
		v.Rules = []Rule{}
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes a rule set as [DecodeRuleSet] does. On error, and
// for JSON null, rs is left as it was.
func (rs *RuleSet) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	v, err := DecodeRuleSet(b)
	if err != nil {
		return err
	}
	*rs = v
	return nil
}

// DecodeRuleSet decodes a rule set from the JSON form the package
// documentation describes, strictly, with [integracja.DecodeJSON]
// (unknown or repeated fields are refused, and limit values must be plain
// decimals such as "10.5", within [MaxIntDigits] and [MaxPlaces]), and
// checks it as [NewRuleSet] does. A file that names a "base" is an
// overlay of that shipped set ([LookupRuleSet]), merged as by
// [RuleSet.Merge]: its rules may cite the bases of the base set, and its
// own bases and rules replace those of the same key or code. Every failure
// is a [*integracja.FieldError] with the path of the bad value in the file
// ("rules[1].limit[0].from", "base"). The shipped rule sets are read by
// this function from the files embedded in the package.
func DecodeRuleSet(data []byte) (RuleSet, error) { return decodeRuleSet(data, 0) }

func decodeRuleSet(data []byte, depth int) (RuleSet, error) {
	var v ruleSetJSON
	if err := integracja.DecodeJSON(data, &v); err != nil {
		return RuleSet{}, err
	}
	if v.Base == "" {
		return NewRuleSet(v.Bases, v.Rules)
	}
	base, err := lookupRuleSet(v.Base, depth+1)
	if err != nil {
		return RuleSet{}, integracja.Under(integracja.NewPath("base"), err)
	}
	if err := checkRuleSet(v.Bases, v.Rules, base.bases); err != nil {
		return RuleSet{}, err
	}
	return base.Merge(RuleSet{bases: v.Bases, rules: v.Rules})
}

// Rules returns a copy of the rules, in order.
func (rs RuleSet) Rules() []Rule {
	out := make([]Rule, len(rs.rules))
	for i, r := range rs.rules {
		out[i] = r.clone()
	}
	return out
}

// Bases returns a copy of the legal bases, in order.
func (rs RuleSet) Bases() []LegalBasis { return slices.Clone(rs.bases) }

// Len returns the number of rules.
func (rs RuleSet) Len() int { return len(rs.rules) }

// Rule returns a copy of the rule with the given code.
func (rs RuleSet) Rule(code string) (Rule, bool) {
	if i := rs.index(code); i >= 0 {
		return rs.rules[i].clone(), true
	}
	return Rule{}, false
}

func (rs RuleSet) index(code string) int {
	return slices.IndexFunc(rs.rules, func(r Rule) bool { return r.Code == code })
}

// Basis returns the legal basis with the given key.
func (rs RuleSet) Basis(key string) (LegalBasis, bool) {
	i := slices.IndexFunc(rs.bases, func(b LegalBasis) bool { return b.Key == key })
	if i < 0 {
		return LegalBasis{}, false
	}
	return rs.bases[i], true
}

// With returns the rule set overlaid with rules: a rule whose code the set
// has replaces it in place, a new code is added at the end. The receiver
// is unchanged. The rules must cite bases the set has (add others with
// [RuleSet.WithBases] first); any problem is an error, as in
// [NewRuleSet].
func (rs RuleSet) With(overlay ...Rule) (RuleSet, error) {
	return rs.Merge(RuleSet{rules: overlay})
}

// WithBases returns the rule set with the legal bases added: a basis whose
// key the set has replaces it in place (its text or status changes for
// every rule that cites it), a new key is added at the end. The receiver is
// unchanged.
func (rs RuleSet) WithBases(overlay ...LegalBasis) (RuleSet, error) {
	return rs.Merge(RuleSet{bases: overlay})
}

// Merge returns the rule set overlaid with another, as a user overlays a
// set of their own, decoded from their JSON, on a shipped one: o's bases
// replace the bases of the same key and are otherwise added, then o's
// rules replace the rules of the same code and are otherwise added, each
// in place or at the end. The receiver and o are unchanged; the merged
// set must be valid, as in [NewRuleSet].
func (rs RuleSet) Merge(o RuleSet) (RuleSet, error) {
	bases := slices.Clone(rs.bases)
	for _, b := range o.bases {
		if i := slices.IndexFunc(bases, func(x LegalBasis) bool { return x.Key == b.Key }); i >= 0 {
			bases[i] = b
		} else {
			bases = append(bases, b)
		}
	}
	rules := rs.Rules()
	for _, r := range o.rules {
		if i := slices.IndexFunc(rules, func(x Rule) bool { return x.Code == r.Code }); i >= 0 {
			rules[i] = r
		} else {
			rules = append(rules, r)
		}
	}
	return NewRuleSet(bases, rules)
}

// WithLimit returns the rule set with the limit schedule of the rule code
// overlaid with steps ([integracja.Schedule.With]): a project whose
// application set a different own contribution, say. A step cites a basis
// of the set by its key (add a new one with [RuleSet.WithBases] first), or
// the rule's basis when it names none. The receiver is unchanged. An
// unknown code is an error whose cause is [integracja.ErrUnknown]; a rule
// with bands takes [RuleSet.WithBandLimit].
func (rs RuleSet) WithLimit(code string, steps ...integracja.Step[decimal.Decimal]) (RuleSet, error) {
	return rs.withLimit(code, -1, steps)
}

// WithBandLimit is [RuleSet.WithLimit] for the band with index band (from
// 0, in the order of the rule's bands) of a rule with bands.
func (rs RuleSet) WithBandLimit(code string, band int, steps ...integracja.Step[decimal.Decimal]) (RuleSet, error) {
	return rs.withLimit(code, band, steps)
}

func (rs RuleSet) withLimit(code string, band int, steps []integracja.Step[decimal.Decimal]) (RuleSet, error) {
	r, ok := rs.Rule(code)
	if !ok {
		return rs, integracja.Unknown(integracja.Path{}, excerpt(code), integracja.Text{PL: "nieznana reguła", EN: "unknown rule"})
	}
	lim, p := &r.Limit, integracja.NewPath("limit")
	switch {
	case band < 0 && len(r.Bands) > 0:
		return rs, integracja.Inconsistent(p, "", integracja.Text{
			PL: "reguła ma przedziały: zmień limit przedziału", EN: "the rule has bands: change the limit of a band"})
	case band >= len(r.Bands) && band >= 0:
		return rs, integracja.OutOfRange(integracja.NewPath("bands").Index(band), "", integracja.Text{
			PL: "reguła nie ma takiego przedziału", EN: "the rule has no such band"})
	case band >= 0:
		lim, p = &r.Bands[band].Limit, integracja.NewPath("bands").Index(band).Child("limit")
	}
	merged, err := lim.With(steps...)
	if err != nil {
		return rs, integracja.Under(p, err)
	}
	*lim = merged
	return rs.With(r)
}

// schedule returns the limit of the rule code as a schedule whose steps
// carry the text of their basis, for the schedules the package exports.
func (rs RuleSet) schedule(code string) integracja.Schedule[decimal.Decimal] {
	r, _ := rs.Rule(code)
	steps := r.Limit.Steps()
	for i := range steps {
		steps[i].Basis = rs.basisOf(r, steps[i]).Text
	}
	return integracja.MustSchedule(steps...)
}

// basisOf returns the basis a step of r cites: its own, or the rule's.
func (rs RuleSet) basisOf(r Rule, st integracja.Step[decimal.Decimal]) LegalBasis {
	key := st.Basis
	if key == "" {
		key = r.Basis
	}
	b, _ := rs.Basis(key)
	return b
}
