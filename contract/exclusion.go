package contract

import (
	"bytes"
	"database/sql/driver"
	"time"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Entitlement is a benefit the client is entitled to that bears on social
// employment. Art. 1 ust. 3 of the ustawa z dnia 13 czerwca 2003 r. o
// zatrudnieniu socjalnym (u.z.s., t.j. Dz.U. 2025 poz. 83) excludes from
// it persons entitled to a zasiłek dla bezrobotnych, zasiłek
// przedemerytalny, świadczenie przedemerytalne, renta strukturalna, renta
// z tytułu niezdolności do pracy, emerytura or nauczycielskie świadczenie
// kompensacyjne, and once excluded those entitled to a renta socjalna;
// since 15 February 2022 a person with a renta z tytułu niezdolności do
// pracy may take part in a KIS, never a CIS (ust. 3a). The list changed
// over time, so whether an entitlement excludes is a dated rule
// ([Rules.Exclusions]; doc/law.md#uzs-exclusions). [Contract.Validate]
// applies it to every contract that records KIS or CIS participation.
//
// The zero Entitlement is EntitlementUnspecified, which Validate reports in
// a list of entitlements.
type Entitlement uint8

// The values of Entitlement.
const (
	EntitlementUnspecified Entitlement = iota
	UnemploymentBenefit                // zasiłek dla bezrobotnych (pkt 1)
	PreRetirementAllowance             // zasiłek przedemerytalny (pkt 2)
	PreRetirementBenefit               // świadczenie przedemerytalne (pkt 3)
	StructuralPension                  // renta strukturalna (pkt 5)
	IncapacityPension                  // renta z tytułu niezdolności do pracy (pkt 6, ust. 3a)
	OldAgePension                      // emerytura (pkt 7)
	TeacherCompensation                // nauczycielskie świadczenie kompensacyjne (pkt 8, from 1 July 2009)
	SocialPension                      // renta socjalna (pkt 4, since repealed)
)

var entitlementEnum = enum.MustNew(enum.Spec[Entitlement]{
	Type: "Entitlement", Kind: "entitlement", KindPL: "rodzaju uprawnienia", Fold: true,
	Codes: []string{"", "unemployment_benefit", "pre_retirement_allowance", "pre_retirement_benefit",
		"structural_pension", "incapacity_pension", "old_age_pension", "teacher_compensation", "social_pension"},
	Labels: []enum.Text{
		{PL: "nie określono", EN: "unspecified"},
		{PL: "zasiłek dla bezrobotnych", EN: "unemployment benefit"},
		{PL: "zasiłek przedemerytalny", EN: "pre-retirement allowance"},
		{PL: "świadczenie przedemerytalne", EN: "pre-retirement benefit"},
		{PL: "renta strukturalna", EN: "structural pension"},
		{PL: "renta z tytułu niezdolności do pracy", EN: "pension for incapacity to work"},
		{PL: "emerytura", EN: "old-age pension"},
		{PL: "nauczycielskie świadczenie kompensacyjne", EN: "teachers' compensation benefit"},
		{PL: "renta socjalna", EN: "social pension"},
	},
	Errors: integracja.EnumErrors{},
})

// ParseEntitlement reads the stable codes of [Entitlement.String], in any
// case; "" is EntitlementUnspecified.
func ParseEntitlement(s string) (Entitlement, error) { return entitlementEnum.Parse(s) }

// String returns the stable code; an out-of-range value prints as
// "Entitlement(9)".
func (e Entitlement) String() string { return entitlementEnum.String(e) }

// Label returns the name of the benefit.
func (e Entitlement) Label(t language.Tag) string { return entitlementEnum.Label(e, t) }

// IsValid reports whether e is one of the defined values.
func (e Entitlement) IsValid() bool { return entitlementEnum.Valid(e) }

// MarshalText encodes e as its stable code.
func (e Entitlement) MarshalText() ([]byte, error) { return entitlementEnum.MarshalText(e) }

// UnmarshalText accepts what [ParseEntitlement] accepts; on error e is
// unchanged.
func (e *Entitlement) UnmarshalText(b []byte) error { return entitlementEnum.UnmarshalText(e, b) }

// Value stores e as its stable code, a string, for database/sql; an
// undefined Entitlement is an error.
func (e Entitlement) Value() (driver.Value, error) { return entitlementEnum.Value(e) }

// Scan reads the stable code from a text column; a number is an error,
// and on error e is unchanged.
func (e *Entitlement) Scan(src any) error { return entitlementEnum.Scan(e, src) }

// ExclusionScope is where an entitlement excludes a person from social
// employment on a given date: nowhere, from a CIS only (a KIS admits the
// person, art. 1 ust. 3a u.z.s.), or from a CIS and a KIS alike (art. 1
// ust. 3).
//
// The zero ExclusionScope is NotExcluded.
type ExclusionScope uint8

// The values of ExclusionScope.
const (
	NotExcluded           ExclusionScope = iota // the entitlement excludes no one
	ExcludedFromCIS                             // excluded from a CIS, admitted to a KIS
	ExcludedFromCISAndKIS                       // excluded from a CIS and a KIS
)

var exclusionScopeEnum = enum.MustNew(enum.Spec[ExclusionScope]{
	Type: "ExclusionScope", Kind: "exclusion scope", KindPL: "zakresu wyłączenia", Fold: true,
	Codes: []string{"none", "cis", "cis_and_kis"},
	Labels: []enum.Text{
		{PL: "nie wyklucza", EN: "excludes no one"},
		{PL: "wyklucza z centrum integracji społecznej", EN: "excludes from a social integration centre"},
		{PL: "wyklucza z centrum i klubu integracji społecznej", EN: "excludes from a social integration centre and club"},
	},
	Errors: integracja.EnumErrors{},
})

// ParseExclusionScope reads "none", "cis" or "cis_and_kis", in any case.
func ParseExclusionScope(s string) (ExclusionScope, error) { return exclusionScopeEnum.Parse(s) }

// String returns the stable code; an out-of-range value prints as
// "ExclusionScope(9)".
func (x ExclusionScope) String() string { return exclusionScopeEnum.String(x) }

// Label returns the scope in words.
func (x ExclusionScope) Label(t language.Tag) string { return exclusionScopeEnum.Label(x, t) }

// IsValid reports whether x is one of the defined values.
func (x ExclusionScope) IsValid() bool { return exclusionScopeEnum.Valid(x) }

// MarshalText encodes x as its stable code.
func (x ExclusionScope) MarshalText() ([]byte, error) { return exclusionScopeEnum.MarshalText(x) }

// UnmarshalText accepts what [ParseExclusionScope] accepts; on error x is
// unchanged.
func (x *ExclusionScope) UnmarshalText(b []byte) error { return exclusionScopeEnum.UnmarshalText(x, b) }

// Value stores x as its stable code, a string, for database/sql; an
// undefined ExclusionScope is an error.
func (x ExclusionScope) Value() (driver.Value, error) { return exclusionScopeEnum.Value(x) }

// Scan reads the stable code from a text column; a number is an error,
// and on error x is unchanged.
func (x *ExclusionScope) Scan(src any) error { return exclusionScopeEnum.Scan(x, src) }

// Excludes reports whether the scope excludes a person from the
// activities of an institution of kind k: only a CIS and a KIS carry out
// social employment.
func (x ExclusionScope) Excludes(k InstitutionKind) bool {
	switch x {
	case ExcludedFromCIS:
		return k == CIS
	case ExcludedFromCISAndKIS:
		return k == CIS || k == KIS
	}
	return false
}

// Rules are the dated legal rules [Contract.ValidateWith] applies, so that
// a contract is judged by the law in force on its own dates: a 2014 club
// and a 2025 club each by their own text of the act. [DefaultRules]
// returns the rules this package ships, each step with its legal basis; a
// value the sources do not confirm is a step whose basis says so, a
// parameter that a caller overlays on a copy ([integracja.Schedule.With])
// once it is verified, without touching the shipped rules. Rules
// round-trip through JSON, the schedules keyed by the entitlements' codes.
//
// The zero Rules have no exclusions.
type Rules struct {
	// Exclusions gives, for each entitlement, the dated scope of its
	// exclusion under art. 1 ust. 3 and 3a u.z.s. An entitlement with no
	// schedule, and any entitlement on a date before its first step,
	// excludes no one.
	Exclusions map[Entitlement]integracja.Schedule[ExclusionScope] `json:"exclusions"`
}

// The dates of the shipped exclusions (doc/law.md#uzs-exclusions).
var (
	// uzsPublished is the day u.z.s. was published. Its entry into force
	// is unverified; the rules start on this day, a parameter.
	uzsPublished = integracja.MustDate(2003, time.July, 14)
	// socialPensionRepealed is when art. 1 ust. 3 pkt 4 (renta socjalna)
	// was repealed: unverified, only known to be before 1 July 2009; the
	// default is the date of the 2007 amendment, a parameter.
	socialPensionRepealed = integracja.MustDate(2007, time.July, 14)
	// teacherCompensationAdded is when the ustawa o nauczycielskich
	// świadczeniach kompensacyjnych added pkt 8 (partly sourced).
	teacherCompensationAdded = integracja.MustDate(2009, time.July, 1)
	// kisAdmitsIncapacityPension is when art. 1 ust. 3a let a person with
	// a renta z tytułu niezdolności do pracy into a KIS (verified).
	kisAdmitsIncapacityPension = integracja.MustDate(2022, time.February, 15)
)

// DefaultRules returns the rules this package ships, as a new value each
// time, so that a caller may change its copy freely. The exclusions:
//
//   - from 14.07.2003 (the act's publication; its entry into force is
//     unverified): every entitlement of art. 1 ust. 3 pkt 1–7 excludes from
//     a CIS and a KIS;
//   - renta socjalna (pkt 4) excludes no one from 14.07.2007, the default
//     for a repeal whose date is unverified (before 1.07.2009);
//   - nauczycielskie świadczenie kompensacyjne (pkt 8) excludes from
//     1.07.2009 (partly sourced);
//   - renta z tytułu niezdolności do pracy excludes from a CIS only from
//     15.02.2022 (ust. 3a, Dz.U. 2022 poz. 218; verified).
func DefaultRules() Rules {
	const (
		act  = "ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym"
		orig = " " + act + " (Dz. U. Nr 122, poz. 1143), tekst pierwotny; data wejścia w życie niezweryfikowana, przyjęto dzień ogłoszenia 14.07.2003 r."
		now  = " " + act + " (Dz. U. z 2025 r. poz. 83)"
	)
	type step = integracja.Step[ExclusionScope]
	always := func(pkt string) integracja.Schedule[ExclusionScope] {
		return integracja.MustSchedule(step{From: uzsPublished, Value: ExcludedFromCISAndKIS, Basis: "art. 1 ust. 3 pkt " + pkt + orig})
	}
	return Rules{Exclusions: map[Entitlement]integracja.Schedule[ExclusionScope]{
		UnemploymentBenefit:    always("1"),
		PreRetirementAllowance: always("2"),
		PreRetirementBenefit:   always("3"),
		StructuralPension:      always("5"),
		OldAgePension:          always("7"),
		SocialPension: integracja.MustSchedule(
			step{From: uzsPublished, Value: ExcludedFromCISAndKIS, Basis: "art. 1 ust. 3 pkt 4" + orig},
			step{From: socialPensionRepealed, Value: NotExcluded, Basis: "art. 1 ust. 3 pkt 4" + now +
				" – uchylony; data uchylenia niezweryfikowana (przed 01.07.2009 r.), przyjęto 14.07.2007 r. (parametr)"}),
		IncapacityPension: integracja.MustSchedule(
			step{From: uzsPublished, Value: ExcludedFromCISAndKIS, Basis: "art. 1 ust. 3 pkt 6" + orig},
			step{From: kisAdmitsIncapacityPension, Value: ExcludedFromCIS, Basis: "art. 1 ust. 3 pkt 6 i ust. 3a" + now +
				", w brzmieniu ustawy z dnia 13 stycznia 2022 r. (Dz. U. poz. 218)"}),
		TeacherCompensation: integracja.MustSchedule(
			step{From: teacherCompensationAdded, Value: ExcludedFromCISAndKIS, Basis: "art. 1 ust. 3 pkt 8" + now +
				", dodany ustawą z dnia 22 maja 2009 r. o nauczycielskich świadczeniach kompensacyjnych (Dz. U. Nr 97, poz. 800); data częściowo potwierdzona"}),
	}}
}

// rulesJSON has the fields of Rules and none of its methods.
type rulesJSON Rules

// UnmarshalJSON decodes r strictly, like every decoder of the module:
// unknown fields, unknown entitlement codes, malformed steps and steps on
// the same date are errors with their path ("exclusions.social_pension[1].from").
// JSON null leaves r as it is.
func (r *Rules) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var v rulesJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	*r = Rules(v)
	return nil
}

// Excludes reports whether, under r, a person entitled to e may not take
// part in the activities of an institution of kind k on the date on.
func (r Rules) Excludes(e Entitlement, k InstitutionKind, on integracja.Date) bool {
	x, ok := r.Exclusions[e].ValueAt(on)
	return ok && x.Excludes(k)
}
