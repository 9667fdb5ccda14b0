package programme

import (
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/enum"
)

// EfficiencyCriteria are the social and employment efficiency criteria
// (efektywność społeczno-zatrudnieniowa) of the projects of social and
// vocational activation of 2014–2020 under investment priority 9i, a
// mandatory selection criterion of the regional programmes under the
// Wytyczne w zakresie realizacji przedsięwzięć w obszarze włączenia
// społecznego i zwalczania ubóstwa … na lata 2014–2020 (doc/law.md#efficiency).
// Two formulations appear ([EfficiencyFormulation]):
//
//   - separate: social efficiency at least General.Social (34%) and
//     employment efficiency at least General.Employment (22%), for persons
//     with a severe degree of disability, an intellectual disability or
//     multiple disabilities Disability.Social (34%) and
//     Disability.Employment (12%) (RPO WM, Działanie 9.1);
//   - combined: social-employment efficiency at least General.Combined
//     (56%), of which employment efficiency at least General.Employment
//     (22%); for the disability groups Disability.Combined (46%) of which
//     Disability.Employment (12%) (WUP Łódź, Poddziałanie IX.1.1).
//
// WindowMonths is the time after the end of participation within which
// the progress or the employment must come: 3 months. The zero
// EfficiencyCriteria sets no criterion. See [Programme.EfficiencyAt] for
// how the library measures them.
type EfficiencyCriteria struct {
	Formulation  EfficiencyFormulation `json:"formulation"`
	General      EfficiencyLimits      `json:"general"`
	Disability   EfficiencyLimits      `json:"disability,omitzero"`
	WindowMonths int                   `json:"windowMonths"`
}

// EfficiencyLimits are the minimum shares, in per cent, of one population
// of an efficiency criterion: social, employment, and social-employment
// (combined) efficiency. A zero limit sets no criterion.
type EfficiencyLimits struct {
	Social     decimal.Decimal
	Employment decimal.Decimal
	Combined   decimal.Decimal
}

// IsZero reports whether no limit is set.
func (l EfficiencyLimits) IsZero() bool {
	return l.Social.IsZero() && l.Employment.IsZero() && l.Combined.IsZero()
}

func (l EfficiencyLimits) equal(o EfficiencyLimits) bool {
	return l.Social.Equal(o.Social) && l.Employment.Equal(o.Employment) && l.Combined.Equal(o.Combined)
}

func (c EfficiencyCriteria) equal(o EfficiencyCriteria) bool {
	return c.Formulation == o.Formulation && c.WindowMonths == o.WindowMonths &&
		c.General.equal(o.General) && c.Disability.equal(o.Disability)
}

// efficiencyLimitsJSON is the JSON form of EfficiencyLimits: the shares as
// quoted decimals, "34".
type efficiencyLimitsJSON struct {
	Social     exact `json:"social,omitzero"`
	Employment exact `json:"employment,omitzero"`
	Combined   exact `json:"combined,omitzero"`
}

// MarshalJSON writes the limits as {"social":"34","employment":"22"},
// leaving out the zero ones.
func (l EfficiencyLimits) MarshalJSON() ([]byte, error) {
	return marshalJSON(efficiencyLimitsJSON{Social: exact(l.Social), Employment: exact(l.Employment), Combined: exact(l.Combined)})
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly.
func (l *EfficiencyLimits) UnmarshalJSON(b []byte) error {
	var v efficiencyLimitsJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	*l = EfficiencyLimits{Social: decimal.Decimal(v.Social), Employment: decimal.Decimal(v.Employment), Combined: decimal.Decimal(v.Combined)}
	return nil
}

// IsZero reports whether exact is zero, for omitzero.
func (e exact) IsZero() bool { return decimal.Decimal(e).IsZero() }

// MaxWindowMonths is the longest window of an efficiency criterion.
const MaxWindowMonths = 24

// validate reports limits that do not fit the formulation.
func (c EfficiencyCriteria) validate(at integracja.Path) error {
	var errs []error
	if err := formulations.Check(c.Formulation); err != nil {
		return integracja.Under(at.Child("formulation"), err)
	}
	if c.Formulation == EfficiencyNone {
		if !c.General.IsZero() || !c.Disability.IsZero() || c.WindowMonths != 0 {
			errs = append(errs, integracja.Inconsistent(at.Child("formulation"), c.Formulation.String(), integracja.Text{
				PL: "progi efektywności bez sformułowania kryterium", EN: "efficiency limits without a formulation"}))
		}
		return integracja.Join(errs...)
	}
	if c.WindowMonths < 1 || c.WindowMonths > MaxWindowMonths {
		errs = append(errs, integracja.OutOfRange(at.Child("windowMonths"), strconv.Itoa(c.WindowMonths), between(1, MaxWindowMonths)))
	}
	limits := func(p integracja.Path, l EfficiencyLimits, required bool) {
		if l.IsZero() && !required {
			return
		}
		need := func(name string, v decimal.Decimal) {
			if v.IsZero() {
				errs = append(errs, integracja.Required(p.Child(name)))
			} else {
				errs = append(errs, percentage(p.Child(name), v, true))
			}
		}
		forbid := func(name string, v decimal.Decimal) {
			if !v.IsZero() {
				errs = append(errs, integracja.Inconsistent(p.Child(name), v.String(), integracja.Text{
					PL: "próg nie należy do tego sformułowania kryterium", EN: "the limit is not part of this formulation"}))
			}
		}
		need("employment", l.Employment)
		if c.Formulation == EfficiencySeparate {
			need("social", l.Social)
			forbid("combined", l.Combined)
			return
		}
		need("combined", l.Combined)
		forbid("social", l.Social)
		if l.Combined.LessThan(l.Employment) {
			errs = append(errs, integracja.Inconsistent(p.Child("combined"), l.Combined.String(), integracja.Text{
				PL: "efektywność społeczno-zatrudnieniowa obejmuje zatrudnieniową, więc jej próg nie może być niższy",
				EN: "social-employment efficiency includes employment efficiency, so its limit cannot be lower"}))
		}
	}
	limits(at.Child("general"), c.General, true)
	limits(at.Child("disability"), c.Disability, false)
	return integracja.Join(errs...)
}

// EfficiencyFormulation is which of the two formulations of the
// efficiency criterion a scheme uses (doc/law.md#efficiency).
//
// The zero EfficiencyFormulation is EfficiencyNone: no criterion.
type EfficiencyFormulation uint8

// The formulations.
const (
	EfficiencyNone     EfficiencyFormulation = iota // "none": no criterion
	EfficiencySeparate                              // "separate": social and employment efficiency, each with its limit
	EfficiencyCombined                              // "combined": social-employment efficiency, of which employment efficiency
)

var formulations = enum.MustNew(enum.Spec[EfficiencyFormulation]{
	Type: "EfficiencyFormulation", Kind: "efficiency formulation", KindPL: "sformułowania kryterium efektywności",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"none", "separate", "combined"},
	Labels: []enum.Text{
		{PL: "bez kryterium efektywności", EN: "no efficiency criterion"},
		{PL: "efektywność społeczna i efektywność zatrudnieniowa", EN: "social and employment efficiency"},
		{PL: "efektywność społeczno-zatrudnieniowa, w tym zatrudnieniowa", EN: "social-employment efficiency, of which employment efficiency"},
	},
})

// String returns the stable code; an undefined value prints as
// "EfficiencyFormulation(9)".
func (f EfficiencyFormulation) String() string { return formulations.String(f) }

// IsValid reports whether f is one of the defined formulations.
func (f EfficiencyFormulation) IsValid() bool { return formulations.Valid(f) }

// Label returns the formulation in the language t asks for.
func (f EfficiencyFormulation) Label(t language.Tag) string { return formulations.Label(f, t) }

// ParseEfficiencyFormulation parses a stable code.
func ParseEfficiencyFormulation(s string) (EfficiencyFormulation, error) {
	return formulations.Parse(s)
}

// MarshalText returns the stable code; an undefined value is an error.
func (f EfficiencyFormulation) MarshalText() ([]byte, error) { return formulations.MarshalText(f) }

// UnmarshalText parses the stable code.
func (f *EfficiencyFormulation) UnmarshalText(b []byte) error {
	return formulations.UnmarshalText(f, b)
}

// Efficiency is a programme's social and employment efficiency as of a
// date, measured for the criteria in force (Criteria, with the basis of
// its step), for the participants in general and for those with a severe,
// intellectual or multiple disability ([Eligibility.SevereDisability]),
// every figure by sex. Final is false while the figures can still change:
// before the end of the programme's period plus the window, or while some
// participant's window is open.
type Efficiency struct {
	AsOf       integracja.Date    `json:"asOf"`
	Criteria   EfficiencyCriteria `json:"criteria"`
	Basis      string             `json:"basis,omitempty"`
	General    EfficiencyGroup    `json:"general"`
	Disability EfficiencyGroup    `json:"disability"`
	Final      bool               `json:"final"`
}

// EfficiencyGroup is the efficiency of one population:
//
//   - Left: the participants who ended their participation (dropped out,
//     left for a job or completed) on or before the date, and did not come
//     back; the denominator of social and of social-employment efficiency;
//   - Progress: of them, those with a [MadeProgress] event from their
//     entry to the end of the window after leaving;
//   - Eligible: of Left, those unemployed or inactive at entry (the
//     labour-market status of [ESFRecord]); the denominator of employment
//     efficiency. Those employed at entry are not in it, and nor are those
//     whose status is not recorded (Unrecorded);
//   - Employed: of Eligible, those employed on leaving (left for a job, or
//     employed in the situation on leaving) or with a [TookJob] event
//     within the window after leaving;
//   - Either: of Left, those with progress or employment, the numerator of
//     social-employment efficiency;
//   - Open: of Left, those whose window had not closed on the date and who
//     have neither progress nor employment yet.
//
// The exclusions of the definition that the library does not record
// (those who took up school-form education or received ESF money to start
// a business) and the minimum quality of the employment that counts
// (unverified) are not applied: doc/law.md#efficiency.
type EfficiencyGroup struct {
	Left       indicator.Count `json:"left"`
	Progress   indicator.Count `json:"progress"`
	Eligible   indicator.Count `json:"eligible"`
	Employed   indicator.Count `json:"employed"`
	Either     indicator.Count `json:"either"`
	Open       indicator.Count `json:"open"`
	Unrecorded indicator.Count `json:"unrecorded"`
}

// Social returns social efficiency as a ratio, Progress over Left.
func (g EfficiencyGroup) Social() indicator.Ratio {
	return indicator.Ratio{Num: g.Progress.Total(), Den: g.Left.Total()}
}

// Employment returns employment efficiency as a ratio, Employed over
// Eligible.
func (g EfficiencyGroup) Employment() indicator.Ratio {
	return indicator.Ratio{Num: g.Employed.Total(), Den: g.Eligible.Total()}
}

// Combined returns social-employment efficiency as a ratio, Either over
// Left.
func (g EfficiencyGroup) Combined() indicator.Ratio {
	return indicator.Ratio{Num: g.Either.Total(), Den: g.Left.Total()}
}

// EfficiencyAt measures the programme's efficiency as of asOf by the
// criteria of s in force on the first day of the programme's period, and
// reports false when s sets none. It is computed from the participants'
// dated events: the last event that ended participation gives the day of
// leaving, the window runs from that day to the same day WindowMonths
// later ([integracja.Date.AddMonths]), and only events dated on or before
// asOf count.
func (p Programme) EfficiencyAt(s Scheme, asOf integracja.Date) (Efficiency, bool) {
	st, ok := s.Efficiency.At(p.Period.From)
	if !ok || st.Value.Formulation == EfficiencyNone {
		return Efficiency{}, false
	}
	e := Efficiency{AsOf: asOf, Criteria: st.Value, Basis: st.Basis, Final: true}
	window := st.Value.WindowMonths
	if p.Period.To.IsValid() && asOf.Before(p.Period.To.AddMonths(window)) {
		e.Final = false
	}
	for i := range p.Participants {
		pt := &p.Participants[i]
		g := &e.General
		if pt.Eligibility.SevereDisability {
			g = &e.Disability
		}
		measureEfficiency(g, pt, asOf, window)
	}
	if !e.General.Open.IsZero() || !e.Disability.Open.IsZero() {
		e.Final = false
	}
	return e, true
}

// measureEfficiency adds participant pt to g when they left on or before
// asOf.
func measureEfficiency(g *EfficiencyGroup, pt *Participant, asOf integracja.Date, window int) {
	sex := pt.EffectiveSex()
	var entry, exit integracja.Date
	var end EventKind
	var leaving indicator.Leaving
	s := pt.walk(asOf, func(e *Event, _ Status) {
		switch {
		case e.Kind == Enrolled:
			entry = e.Date
		case e.Kind.Ends():
			exit, end, leaving = e.Date, e.Kind, e.Leaving
		}
	})
	if s == StatusNotEnrolled || s == StatusActive {
		return
	}
	closes := exit.AddMonths(window)
	progress, employed := false, end == LeftForJob || leaving.Employed
	for _, e := range pt.Events {
		if e.Date.After(asOf) || e.Date.After(closes) {
			break
		}
		switch {
		case e.Kind == MadeProgress && !e.Date.Before(entry):
			progress = true
		case e.Kind == TookJob && !e.Date.Before(exit):
			employed = true
		}
	}
	g.Left = g.Left.Plus(sex, 1)
	if progress {
		g.Progress = g.Progress.Plus(sex, 1)
	}
	status := pt.ESF.Status
	switch {
	case status.IsUnemployed() || status.IsInactive():
		g.Eligible = g.Eligible.Plus(sex, 1)
		if employed {
			g.Employed = g.Employed.Plus(sex, 1)
		}
	case status == indicator.StatusUnknown:
		g.Unrecorded = g.Unrecorded.Plus(sex, 1)
	}
	if progress || employed {
		g.Either = g.Either.Plus(sex, 1)
	} else if asOf.Before(closes) {
		g.Open = g.Open.Plus(sex, 1)
	}
}
