package programme

import (
	"embed"
	"strings"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
)

// shipped holds the data files the package ships: the schemes
// (schemes/*.json) and the law they share (law/*.json). An embed.FS is
// read-only.
//
//go:embed schemes/*.json law/*.json
var shipped embed.FS

// SocialEmploymentLaw is who the Social Employment Act is for and whom it
// excludes, as dated data (ustawa z dnia 13 czerwca 2003 r. o
// zatrudnieniu socjalnym, t.j. Dz.U. z 2025 r. poz. 83, art. 1 ust. 2, 3
// and 3a; doc/law.md#uzs-groups, doc/law.md#uzs-exclusions):
//
//   - Groups: the list of art. 1 ust. 2 in force from each date, with the
//     conditions the text put on a group ("po zakończeniu programu
//     psychoterapii") and on all of them ("w sytuacji powodującej
//     ubóstwo", until 14.02.2022). The act applies to these groups "w
//     szczególności" (in particular): a person in none of them is a case
//     to explain, not one the act excludes.
//   - Exclusions: the entitlements of art. 1 ust. 3 in force from each
//     date, whose holders the act does not apply to; from 15.02.2022
//     ust. 3a lets a person with a renta z tytułu niezdolności do pracy
//     take part in a KIS, never in a CIS.
//
// Steps whose dates the sources do not confirm say so in their basis and
// are parameters: overlay them in a scheme ([Scheme.With]). Renta socjalna
// (ust. 3 pkt 4, repealed before 1.07.2009 on a date not confirmed) is
// not in the shipped data: [contract.Entitlement] has no value for it.
//
// A [Scheme] carries the law its checks apply; [ShippedSocialEmploymentLaw]
// returns the shipped data. The zero SocialEmploymentLaw names no group
// and no exclusion on any date.
type SocialEmploymentLaw struct {
	Groups     integracja.Schedule[GroupList]       `json:"groups,omitzero"`
	Exclusions integracja.Schedule[[]ExclusionRule] `json:"exclusions,omitzero"`
}

// GroupList is the text of art. 1 ust. 2 u.z.s. in force over a span of
// time: the groups it names and the condition its closing words put on
// all of them.
type GroupList struct {
	Condition integracja.Text `json:"condition,omitzero"`
	Groups    []GroupRule     `json:"groups"`
}

// GroupRule is one point of art. 1 ust. 2 u.z.s.: the group, the point
// ("pkt 2") and the condition that text put on it, if any.
type GroupRule struct {
	Group     SocialGroup     `json:"group"`
	Point     string          `json:"point"`
	Condition integracja.Text `json:"condition,omitzero"`
}

// ExclusionRule is one entitlement of art. 1 ust. 3 u.z.s. that excludes
// its holder from social employment, with its point ("ust. 3 pkt 6");
// KISAllowed says that the holder may still take part in a KIS (ust. 3a).
type ExclusionRule struct {
	Entitlement contract.Entitlement `json:"entitlement"`
	Point       string               `json:"point"`
	KISAllowed  bool                 `json:"kisAllowed,omitempty"`
}

// ShippedSocialEmploymentLaw returns the shipped dated text of art. 1
// ust. 2, 3 and 3a u.z.s. (law/uzs_art1.json), a fresh value on every
// call. A test checks that the shipped file decodes and validates.
func ShippedSocialEmploymentLaw() SocialEmploymentLaw {
	data, err := shipped.ReadFile("law/uzs_art1.json")
	if err != nil {
		panic(err) // embedded at build time
	}
	var l SocialEmploymentLaw
	if err := integracja.DecodeJSON(data, &l); err != nil {
		panic(err) // the shipped file is valid; a test checks it
	}
	return l
}

// IsZero reports whether the law holds no step.
func (l SocialEmploymentLaw) IsZero() bool { return l.Groups.Len() == 0 && l.Exclusions.Len() == 0 }

// With returns l overlaid with the steps of o, schedule by schedule
// ([integracja.Schedule.With]).
func (l SocialEmploymentLaw) With(o SocialEmploymentLaw) (SocialEmploymentLaw, error) {
	g, err1 := l.Groups.With(o.Groups.Steps()...)
	x, err2 := l.Exclusions.With(o.Exclusions.Steps()...)
	if err := integracja.Join(integracja.Under(integracja.NewPath("groups"), err1),
		integracja.Under(integracja.NewPath("exclusions"), err2)); err != nil {
		return l, err
	}
	return SocialEmploymentLaw{Groups: g, Exclusions: x}, nil
}

// Validate reports every problem of the data with its path: a step
// without groups, an undefined or repeated group or entitlement, a
// missing point.
func (l SocialEmploymentLaw) Validate() error {
	var errs []error
	for i, st := range l.Groups.Steps() {
		at := integracja.NewPath("groups").Index(i).Child("value")
		if len(st.Value.Groups) == 0 {
			errs = append(errs, integracja.Required(at.Child("groups")))
		}
		for j, g := range st.Value.Groups {
			gp := at.Child("groups").Index(j)
			if err := socialGroups.Check(g.Group); err != nil {
				errs = append(errs, integracja.Under(gp.Child("group"), err))
			}
			if strings.TrimSpace(g.Point) == "" {
				errs = append(errs, integracja.Required(gp.Child("point")))
			}
		}
		gs := st.Value.Groups
		errs = append(errs, duplicates(len(gs), func(j int) string { return gs[j].Group.String() },
			func(j int) integracja.Path { return at.Child("groups").Index(j).Child("group") })...)
	}
	for i, st := range l.Exclusions.Steps() {
		at := integracja.NewPath("exclusions").Index(i).Child("value")
		for j, x := range st.Value {
			xp := at.Index(j)
			if !x.Entitlement.IsValid() || x.Entitlement == contract.EntitlementUnspecified {
				errs = append(errs, integracja.Required(xp.Child("entitlement")))
			}
			if strings.TrimSpace(x.Point) == "" {
				errs = append(errs, integracja.Required(xp.Child("point")))
			}
		}
		xs := st.Value
		errs = append(errs, duplicates(len(xs), func(j int) string { return xs[j].Entitlement.String() },
			func(j int) integracja.Path { return at.Index(j).Child("entitlement") })...)
	}
	return integracja.Join(errs...)
}

// equal reports whether l and o hold the same steps.
func (l SocialEmploymentLaw) equal(o SocialEmploymentLaw) bool {
	return equalSchedule(l.Groups, o.Groups, func(a, b GroupList) bool {
		return a.Condition == b.Condition && slicesEqual(a.Groups, b.Groups)
	}) && equalSchedule(l.Exclusions, o.Exclusions, slicesEqual[ExclusionRule])
}
