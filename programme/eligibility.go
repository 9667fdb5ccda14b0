package programme

import (
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/internal/enum"
)

// Eligibility is what a participant's eligibility for a funding scheme
// rests on, as assessed on a date (AssessedOn; usually at recruitment),
// beside what the participant record already says (age from the birth
// date, the labour-market status at entry in [ESFRecord]):
//
//   - SocialAssistance: the person uses social-assistance benefits
//     (korzysta ze świadczeń pomocy społecznej), a condition of PO KL
//     Submeasure 7.1.1 (doc/law.md#pokl-711);
//   - Groups: the groups of art. 1 ust. 2 u.z.s. the person belongs to,
//     which social employment in a KIS or CIS is for (doc/law.md#uzs-groups);
//   - Entitlements: the benefits of art. 1 ust. 3 u.z.s. the person is
//     entitled to, which exclude social employment (doc/law.md#uzs-exclusions);
//     an empty list means none;
//   - SevereDisability: a person with a severe (znaczny) degree of
//     disability, an intellectual disability or multiple disabilities, for
//     whom the 2014–2020 efficiency criteria set lower thresholds
//     (doc/law.md#efficiency).
//
// [Programme.Check] judges these facts by the law and the scheme in force
// on the date of entry.
//
// The zero Eligibility is "not assessed": the checks that need it report
// the participant as not recorded, never as eligible.
type Eligibility struct {
	AssessedOn       integracja.Date        `json:"assessedOn"`
	SocialAssistance bool                   `json:"socialAssistance,omitempty"`
	Groups           []SocialGroup          `json:"groups,omitempty"`
	Entitlements     []contract.Entitlement `json:"entitlements,omitempty"`
	SevereDisability bool                   `json:"severeDisability,omitempty"`
}

// IsZero reports whether nothing is recorded.
func (e Eligibility) IsZero() bool {
	return e.AssessedOn.IsZero() && !e.SocialAssistance && len(e.Groups) == 0 && len(e.Entitlements) == 0 && !e.SevereDisability
}

// Assessed reports whether the eligibility was assessed: its date is given.
func (e Eligibility) Assessed() bool { return !e.AssessedOn.IsZero() }

// validate reports the problems of the record under at(): facts without
// the date of the assessment, an invalid date, and undefined or repeated
// groups and entitlements.
func (e Eligibility) validate(at func() integracja.Path) []error {
	if e.IsZero() {
		return nil
	}
	var errs []error
	if e.AssessedOn.IsZero() {
		errs = append(errs, integracja.NewFieldError(at().Child("assessedOn"), integracja.ErrRequired, "", integracja.Text{
			PL: "data oceny kwalifikowalności, od której zależą zapisane okoliczności",
			EN: "the date of the assessment the recorded facts come from"}))
	} else {
		errs = append(errs, integracja.ValidateDate(at().Child("assessedOn"), e.AssessedOn))
	}
	for j, g := range e.Groups {
		if err := socialGroups.Check(g); err != nil {
			errs = append(errs, integracja.Under(at().Child("groups").Index(j), err))
		}
	}
	errs = append(errs, duplicates(len(e.Groups), func(j int) string { return e.Groups[j].String() },
		func(j int) integracja.Path { return at().Child("groups").Index(j) })...)
	for j, en := range e.Entitlements {
		if !en.IsValid() || en == contract.EntitlementUnspecified {
			errs = append(errs, integracja.Invalid(at().Child("entitlements").Index(j), en.String(), integracja.Text{
				PL: "nieznane uprawnienie", EN: "unknown entitlement"}))
		}
	}
	errs = append(errs, duplicates(len(e.Entitlements), func(j int) string { return e.Entitlements[j].String() },
		func(j int) integracja.Path { return at().Child("entitlements").Index(j) })...)
	return errs
}

// SocialGroup is one of the groups of persons the Social Employment Act
// applies to (art. 1 ust. 2 ustawy z dnia 13 czerwca 2003 r. o
// zatrudnieniu socjalnym, Dz.U. z 2025 r. poz. 83; doc/law.md#uzs-groups):
// homeless persons carrying out an individual programme for leaving
// homelessness, persons addicted to alcohol, addicted to drugs or other
// intoxicants, persons with mental disorders (until 14.02.2022 "chorzy
// psychicznie"), the long-term unemployed (in the 2003 text: unemployed
// for at least 36 months), persons released from prison with difficulty
// integrating, refugees carrying out an individual integration programme,
// and disabled persons. Which groups the act names, and on what
// conditions, changed over time; [SocialEmploymentLaw] holds the dated
// lists.
//
// The zero SocialGroup is not a group; Validate rejects it in a list.
type SocialGroup uint8

// The groups of art. 1 ust. 2 u.z.s., in the order of its points.
const (
	GroupNone          SocialGroup = iota // "": not a group
	HomelessIPWzB                         // "homeless": pkt 1, bezdomni realizujący indywidualny program wychodzenia z bezdomności
	AlcoholAddiction                      // "alcohol_addiction": pkt 2, uzależnieni od alkoholu
	DrugAddiction                         // "drug_addiction": pkt 3, uzależnieni od narkotyków lub innych środków odurzających
	MentalDisorder                        // "mental_disorder": pkt 4, osoby z zaburzeniami psychicznymi
	LongTermUnemployed                    // "long_term_unemployed": pkt 5, długotrwale bezrobotni
	ReleasedFromPrison                    // "released_from_prison": pkt 6, zwalniani z zakładów karnych
	Refugee                               // "refugee": pkt 7, uchodźcy realizujący indywidualny program integracji
	Disabled                              // "disabled": pkt 8, osoby niepełnosprawne
)

var socialGroups = enum.MustNew(enum.Spec[SocialGroup]{
	Type: "SocialGroup", Kind: "social employment group", KindPL: "grupy osób objętych zatrudnieniem socjalnym",
	Errors:        integracja.EnumErrors{},
	ZeroUndefined: true,
	Codes: []string{"", "homeless", "alcohol_addiction", "drug_addiction", "mental_disorder", "long_term_unemployed",
		"released_from_prison", "refugee", "disabled"},
	Labels: []enum.Text{
		{},
		{PL: "osoby bezdomne realizujące indywidualny program wychodzenia z bezdomności", EN: "homeless persons carrying out a programme for leaving homelessness"},
		{PL: "osoby uzależnione od alkoholu", EN: "persons addicted to alcohol"},
		{PL: "osoby uzależnione od narkotyków lub innych środków odurzających", EN: "persons addicted to drugs or other intoxicants"},
		{PL: "osoby z zaburzeniami psychicznymi", EN: "persons with mental disorders"},
		{PL: "osoby długotrwale bezrobotne", EN: "long-term unemployed persons"},
		{PL: "osoby zwalniane z zakładów karnych, mające trudności w integracji ze środowiskiem", EN: "persons released from prison with difficulty integrating"},
		{PL: "uchodźcy realizujący indywidualny program integracji", EN: "refugees carrying out an individual integration programme"},
		{PL: "osoby niepełnosprawne", EN: "disabled persons"},
	},
})

// String returns the stable code ("homeless", "long_term_unemployed", …);
// the zero value prints as "" and an undefined one as "SocialGroup(99)".
func (g SocialGroup) String() string { return socialGroups.String(g) }

// IsValid reports whether g is one of the groups.
func (g SocialGroup) IsValid() bool { return socialGroups.Valid(g) }

// Label returns the group as the current text of the act names it, in the
// language t asks for.
func (g SocialGroup) Label(t language.Tag) string { return socialGroups.Label(g, t) }

// ParseSocialGroup parses a stable code.
func ParseSocialGroup(s string) (SocialGroup, error) { return socialGroups.Parse(s) }

// MarshalText returns the stable code; the zero or an undefined value is an
// error.
func (g SocialGroup) MarshalText() ([]byte, error) { return socialGroups.MarshalText(g) }

// UnmarshalText parses the stable code.
func (g *SocialGroup) UnmarshalText(b []byte) error { return socialGroups.UnmarshalText(g, b) }
