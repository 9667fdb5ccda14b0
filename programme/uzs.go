package programme

import (
	"embed"
	"maps"
	"slices"
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
//   - Exclusions: for each entitlement of art. 1 ust. 3, the dated scope
//     of the exclusion of its holders, as package contract keeps it
//     ([contract.Rules], [contract.DefaultRules]): from 15.02.2022
//     ust. 3a lets a person with a renta z tytułu niezdolności do pracy
//     take part in a KIS, never in a CIS.
//
// Steps whose dates the sources do not confirm say so in their basis and
// are parameters: overlay them in a scheme ([Scheme.With]).
//
// A [Scheme] carries the law its checks apply; [ShippedSocialEmploymentLaw]
// returns the shipped data. The zero SocialEmploymentLaw names no group
// and no exclusion on any date.
type SocialEmploymentLaw struct {
	Groups     integracja.Schedule[GroupList]                                        `json:"groups,omitzero"`
	Exclusions map[contract.Entitlement]integracja.Schedule[contract.ExclusionScope] `json:"exclusions,omitempty"`
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

// ShippedSocialEmploymentLaw returns the shipped dated text of art. 1
// u.z.s., a fresh value on every call: the groups of ust. 2 from
// law/uzs_art1.json, the exclusions of ust. 3 and 3a those of
// [contract.DefaultRules]. A test checks that the shipped file decodes and
// validates.
func ShippedSocialEmploymentLaw() SocialEmploymentLaw {
	data, err := shipped.ReadFile("law/uzs_art1.json")
	if err != nil {
		panic(err) // embedded at build time
	}
	var l SocialEmploymentLaw
	if err := integracja.DecodeJSON(data, &l); err != nil {
		panic(err) // the shipped file is valid; a test checks it
	}
	l.Exclusions = contract.DefaultRules().Exclusions
	return l
}

// IsZero reports whether the law holds no step.
func (l SocialEmploymentLaw) IsZero() bool { return l.Groups.Len() == 0 && len(l.Exclusions) == 0 }

// Rules returns the exclusions as the rules package contract applies.
func (l SocialEmploymentLaw) Rules() contract.Rules { return contract.Rules{Exclusions: l.Exclusions} }

// With returns l overlaid with the steps of o, schedule by schedule
// ([integracja.Schedule.With]), the exclusions entitlement by
// entitlement.
func (l SocialEmploymentLaw) With(o SocialEmploymentLaw) (SocialEmploymentLaw, error) {
	g, err := l.Groups.With(o.Groups.Steps()...)
	errs := []error{integracja.Under(integracja.NewPath("groups"), err)}
	x := maps.Clone(l.Exclusions)
	for _, e := range slices.Sorted(maps.Keys(o.Exclusions)) {
		if x == nil {
			x = make(map[contract.Entitlement]integracja.Schedule[contract.ExclusionScope])
		}
		x[e], err = l.Exclusions[e].With(o.Exclusions[e].Steps()...)
		errs = append(errs, integracja.Under(integracja.NewPath("exclusions").Key(e.String()), err))
	}
	if err := integracja.Join(errs...); err != nil {
		return l, err
	}
	return SocialEmploymentLaw{Groups: g, Exclusions: x}, nil
}

// Validate reports every problem of the data with its path: a step
// without groups, an undefined or repeated group, a missing point, an
// undefined entitlement or scope of exclusion.
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
	for _, e := range slices.Sorted(maps.Keys(l.Exclusions)) {
		at := integracja.NewPath("exclusions").Key(e.String())
		if !e.IsValid() || e == contract.EntitlementUnspecified {
			errs = append(errs, integracja.Invalid(at, "", integracja.Text{PL: "nieznane uprawnienie", EN: "unknown entitlement"}))
		}
		for i, st := range l.Exclusions[e].Steps() {
			if !st.Value.IsValid() {
				errs = append(errs, integracja.Invalid(at.Index(i).Child("value"), st.Value.String(), integracja.Text{
					PL: "oczekiwano none, cis lub cis_and_kis", EN: "want none, cis or cis_and_kis"}))
			}
		}
	}
	return integracja.Join(errs...)
}

// equal reports whether l and o hold the same steps.
func (l SocialEmploymentLaw) equal(o SocialEmploymentLaw) bool {
	return equalSchedule(l.Groups, o.Groups, func(a, b GroupList) bool {
		return a.Condition == b.Condition && slices.Equal(a.Groups, b.Groups)
	}) && maps.EqualFunc(l.Exclusions, o.Exclusions, func(a, b integracja.Schedule[contract.ExclusionScope]) bool {
		return equalSchedule(a, b, same[contract.ExclusionScope])
	})
}
