package programme

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
	"github.com/aktywna/integracja/internal/i18n"
)

// Catalogue is a programme's catalogue of activities (katalog form
// wsparcia, harmonogram zadań): what it offers, in what mode, with which
// specialist and how many hours, days or months. HourLength says whether
// its hours are clock hours or academic hours of 45 minutes; an activity
// may say otherwise for itself.
//
// The zero Catalogue has no activities and states no hour length.
type Catalogue struct {
	HourLength HourLength `json:"hourLength,omitzero"`
	Activities []Activity `json:"activities"`
}

// Lookup returns the activity with the given code.
func (c Catalogue) Lookup(code string) (Activity, bool) {
	for _, a := range c.Activities {
		if a.Code == code {
			return a, true
		}
	}
	return Activity{}, false
}

// HourLengthOf returns the length of the hours of a: its own when it
// states one, the catalogue's otherwise.
func (c Catalogue) HourLengthOf(a Activity) HourLength {
	if a.HourLength != HourLengthUnstated {
		return a.HourLength
	}
	return c.HourLength
}

// Activity is one item of a catalogue: a form of support (forma wsparcia)
// with a stable Code that attendance refers to, its name as the document
// gives it (Polish; English optional), its [Group], its [Mode], the kind
// of [Specialist] who runs it where the document names one, and its
// [Quota]. Item keeps the document's own numbering ("6", "7a"), for
// reports that follow the document.
//
// Subgroups, when given, are the codes of the [Subgroup]s the activity is
// for (Siewierz 2011: a support group only for the participants with
// alcohol problems); an activity without subgroups is for every
// participant. A participant outside them may not attend it, and the
// activity's hours are planned only for those inside.
//
// The zero Activity is not valid: it has no code, name or group.
type Activity struct {
	Code       string          `json:"code"`
	Item       string          `json:"item,omitempty"`
	Name       integracja.Text `json:"name"`
	Group      Group           `json:"group"`
	Mode       Mode            `json:"mode,omitzero"`
	Specialist Specialist      `json:"specialist,omitzero"`
	Quota      Quota           `json:"quota,omitzero"`
	HourLength HourLength      `json:"hourLength,omitzero"`
	Subgroups  []string        `json:"subgroups,omitempty"`
}

// For reports whether the activity is for a participant with the given
// subgroup tags: every participant when the activity names no subgroup,
// otherwise one who has at least one of them.
func (a Activity) For(tags []string) bool {
	if len(a.Subgroups) == 0 {
		return true
	}
	for _, s := range a.Subgroups {
		for _, t := range tags {
			if s == t {
				return true
			}
		}
	}
	return false
}

// Group is the kind of support an activity belongs to. The first four are
// the groups of instruments of active integration of the PO KL 2007–2013
// systemic projects of social assistance centres (instrumenty aktywizacji
// społecznej, zawodowej, edukacyjnej i zdrowotnej; "Zasady przygotowania,
// realizacji i rozliczania projektów systemowych ośrodków pomocy
// społecznej … w ramach PO KL", 2009–2015 editions, "Instrumenty aktywnej
// integracji"; doc/law.md#pokl-711); the others are the further tasks of
// such projects and of social integration clubs: community actions, social
// work, local activity programmes, family assistance, streetworking,
// benefits and socially useful work (art. 73a u.p.z.; doc/law.md#psu).
//
// The zero Group is GroupUnspecified, which Validate reports as missing.
type Group uint8

// The groups of activities.
const (
	GroupUnspecified   Group = iota // "": not given
	Social                          // "social": aktywizacja społeczna
	Vocational                      // "vocational": aktywizacja zawodowa
	Educational                     // "educational": aktywizacja edukacyjna
	Health                          // "health": aktywizacja zdrowotna
	Community                       // "community": działania o charakterze środowiskowym
	SocialWork                      // "social_work": praca socjalna
	LocalActivity                   // "local_activity": program aktywności lokalnej (PAL)
	FamilyAssistance                // "family_assistance": asysta rodzinna
	Streetworking                   // "streetworking": streetworking
	Benefit                         // "benefit": świadczenia (zasiłki, pomoc w naturze)
	SociallyUsefulWork              // "socially_useful_work": prace społecznie użyteczne
)

var groups = enum.MustNew(enum.Spec[Group]{
	Type: "Group", Kind: "activity group", KindPL: "grupy działań",
	Errors: integracja.EnumErrors{},
	Codes: []string{"", "social", "vocational", "educational", "health", "community", "social_work",
		"local_activity", "family_assistance", "streetworking", "benefit", "socially_useful_work"},
	Labels: []enum.Text{
		{PL: "nie podano", EN: "not given"},
		{PL: "aktywizacja społeczna", EN: "social activation"},
		{PL: "aktywizacja zawodowa", EN: "vocational activation"},
		{PL: "aktywizacja edukacyjna", EN: "educational activation"},
		{PL: "aktywizacja zdrowotna", EN: "health activation"},
		{PL: "działania o charakterze środowiskowym", EN: "community actions"},
		{PL: "praca socjalna", EN: "social work"},
		{PL: "program aktywności lokalnej", EN: "local activity programme"},
		{PL: "asysta rodzinna", EN: "family assistance"},
		{PL: "streetworking", EN: "streetworking"},
		{PL: "świadczenia", EN: "benefits"},
		{PL: "prace społecznie użyteczne", EN: "socially useful work"},
	},
})

// String returns the stable code ("social", "socially_useful_work", …, ""
// for unspecified); an undefined value prints as "Group(99)".
func (g Group) String() string { return groups.String(g) }

// IsValid reports whether g is one of the defined groups.
func (g Group) IsValid() bool { return groups.Valid(g) }

// Label returns the group's name in the language t asks for.
func (g Group) Label(t language.Tag) string { return groups.Label(g, t) }

// IsInstrument reports whether g is one of the four groups of instruments
// of active integration: social, vocational, educational, health.
func (g Group) IsInstrument() bool { return g >= Social && g <= Health }

// ParseGroup parses a stable code.
func ParseGroup(s string) (Group, error) { return groups.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (g Group) MarshalText() ([]byte, error) { return groups.MarshalText(g) }

// UnmarshalText parses the stable code.
func (g *Group) UnmarshalText(b []byte) error { return groups.UnmarshalText(g, b) }

// Mode is how an activity is delivered: to a group (zajęcia grupowe,
// warsztaty) or to one participant at a time (konsultacje indywidualne).
//
// The zero Mode is ModeUnstated: the document does not say.
type Mode uint8

// The modes of an activity.
const (
	ModeUnstated Mode = iota // "": not stated
	GroupMode                // "group": zajęcia grupowe
	Individual               // "individual": zajęcia indywidualne
)

var modes = enum.MustNew(enum.Spec[Mode]{
	Type: "Mode", Kind: "mode", KindPL: "formy zajęć",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"", "group", "individual"},
	Labels: []enum.Text{
		{PL: "nie podano", EN: "not stated"},
		{PL: "grupowe", EN: "group"},
		{PL: "indywidualne", EN: "individual"},
	},
})

// String returns the stable code: "", "group" or "individual"; an
// undefined value prints as "Mode(9)".
func (m Mode) String() string { return modes.String(m) }

// IsValid reports whether m is one of the defined modes.
func (m Mode) IsValid() bool { return modes.Valid(m) }

// Label returns the mode in the language t asks for.
func (m Mode) Label(t language.Tag) string { return modes.Label(m, t) }

// ParseMode parses a stable code.
func ParseMode(s string) (Mode, error) { return modes.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (m Mode) MarshalText() ([]byte, error) { return modes.MarshalText(m) }

// UnmarshalText parses the stable code.
func (m *Mode) UnmarshalText(b []byte) error { return modes.UnmarshalText(m, b) }

// Specialist is the kind of specialist who runs an activity, where the
// document names one: the career adviser, addiction therapist,
// psychologist and stylist of Lubiszyn's individual consultations, the
// lawyer, mediator and pedagogue of Trzebinia's, the family assistant and
// streetworkers of Dąbrowa Górnicza, the KIS leader of Siewierz. The
// activity's name keeps the document's own words; SpecialistOther is any
// other.
//
// The zero Specialist is NoSpecialist: the document names none.
type Specialist uint8

// The kinds of specialist.
const (
	NoSpecialist       Specialist = iota // "": none named
	CareerAdviser                        // "career_adviser": doradca zawodowy
	Psychologist                         // "psychologist": psycholog
	AddictionTherapist                   // "addiction_therapist": specjalista terapii uzależnień
	Pedagogue                            // "pedagogue": pedagog
	Lawyer                               // "lawyer": prawnik (poradnictwo prawne)
	Mediator                             // "mediator": mediator
	SocialWorker                         // "social_worker": pracownik socjalny
	FamilyAssistant                      // "family_assistant": asystent rodziny
	Streetworker                         // "streetworker": streetworker
	Stylist                              // "stylist": wizażysta, stylista
	KISLeader                            // "kis_leader": lider klubu integracji społecznej
	Trainer                              // "trainer": trener, instruktor szkolenia
	DisabilityAdviser                    // "disability_adviser": doradca osób niepełnosprawnych
	Physiotherapist                      // "physiotherapist": fizjoterapeuta, rehabilitant
	SpecialistOther                      // "other": another specialist
)

var specialists = enum.MustNew(enum.Spec[Specialist]{
	Type: "Specialist", Kind: "specialist", KindPL: "specjalisty",
	Errors: integracja.EnumErrors{},
	Codes: []string{"", "career_adviser", "psychologist", "addiction_therapist", "pedagogue", "lawyer", "mediator",
		"social_worker", "family_assistant", "streetworker", "stylist", "kis_leader", "trainer",
		"disability_adviser", "physiotherapist", "other"},
	Labels: []enum.Text{
		{PL: "nie wskazano", EN: "none named"},
		{PL: "doradca zawodowy", EN: "career adviser"},
		{PL: "psycholog", EN: "psychologist"},
		{PL: "specjalista terapii uzależnień", EN: "addiction therapist"},
		{PL: "pedagog", EN: "pedagogue"},
		{PL: "prawnik", EN: "lawyer"},
		{PL: "mediator", EN: "mediator"},
		{PL: "pracownik socjalny", EN: "social worker"},
		{PL: "asystent rodziny", EN: "family assistant"},
		{PL: "streetworker", EN: "streetworker"},
		{PL: "wizażysta-stylista", EN: "stylist"},
		{PL: "lider klubu integracji społecznej", EN: "social integration club leader"},
		{PL: "trener", EN: "trainer"},
		{PL: "doradca osób niepełnosprawnych", EN: "disability adviser"},
		{PL: "fizjoterapeuta", EN: "physiotherapist"},
		{PL: "inny specjalista", EN: "other specialist"},
	},
})

// String returns the stable code ("career_adviser", …, "" for none); an
// undefined value prints as "Specialist(99)".
func (s Specialist) String() string { return specialists.String(s) }

// IsValid reports whether s is one of the defined kinds.
func (s Specialist) IsValid() bool { return specialists.Valid(s) }

// Label returns the kind of specialist in the language t asks for.
func (s Specialist) Label(t language.Tag) string { return specialists.Label(s, t) }

// ParseSpecialist parses a stable code.
func ParseSpecialist(s string) (Specialist, error) { return specialists.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (s Specialist) MarshalText() ([]byte, error) { return specialists.MarshalText(s) }

// UnmarshalText parses the stable code.
func (s *Specialist) UnmarshalText(b []byte) error { return specialists.UnmarshalText(s, b) }

// Quota is how much of an activity a programme plans, as its document
// states it: hours, optionally with hours of practice on top ("100 godzin
// + 40 godzin praktyki" is Hours 100 and Practice 40, 140 hours in all),
// or days (a 14-day rehabilitation stay), or months (11 months of family
// assistance), each per participant, per group or in total ([Per]).
//
// The zero Quota is "not stated": the document names the activity and
// gives no figure (Lubiszyn's "aktywizacja zdrowotna"). It is a statement
// of fact, not a quota of zero hours.
type Quota struct {
	Hours    Hours `json:"hours,omitzero"`
	Practice Hours `json:"practice,omitzero"`
	Days     int   `json:"days,omitempty"`
	Months   int   `json:"months,omitempty"`
	Per      Per   `json:"per,omitzero"`
}

// The longest quotas in days and in months that Validate accepts: ten
// years.
const (
	MaxQuotaDays   = 3660
	MaxQuotaMonths = 120
)

// Stated reports whether the document gives a figure.
func (q Quota) Stated() bool {
	return !q.Hours.IsZero() || !q.Practice.IsZero() || q.Days != 0 || q.Months != 0
}

// InHours reports whether the quota is a number of hours.
func (q Quota) InHours() bool { return !q.Hours.IsZero() || !q.Practice.IsZero() }

// Total returns all the hours of the quota, practice included: 140 for
// "100 godzin + 40 godzin praktyki"; zero for a quota in days or months or
// not stated.
func (q Quota) Total() Hours { return q.Hours.Add(q.Practice) }

// Format returns the quota as a report prints it: "64 godziny na grupę",
// "100 godzin + 40 godzin praktyki na uczestnika", "14 dni na uczestnika",
// "nie podano"; "100 hours + 40 hours of practice per participant".
func (q Quota) Format(t language.Tag) string {
	tx := func(pl, en string) string { return integracja.Text{PL: pl, EN: en}.In(t) }
	var s string
	switch {
	case q.InHours() && !q.Practice.IsZero():
		s = q.Hours.Format(t) + " + " + q.Practice.Format(t) + tx(" praktyki", " of practice")
	case q.InHours():
		s = q.Hours.Format(t)
	case q.Days != 0:
		s = i18n.Days.Count(t, q.Days)
	case q.Months != 0:
		s = i18n.Months.Count(t, q.Months)
	default:
		return tx("nie podano", "not stated")
	}
	switch q.Per {
	case PerParticipant:
		s += tx(" na uczestnika", " per participant")
	case PerGroup:
		s += tx(" na grupę", " per group")
	case InTotal:
		s += tx(" łącznie", " in total")
	}
	return s
}

// validate reports the problems of the quota under at.
func (q Quota) validate(at integracja.Path) []error {
	var errs []error
	negative := integracja.Text{PL: "liczba godzin nie może być ujemna", EN: "a number of hours cannot be negative"}
	if q.Hours.IsNegative() {
		errs = append(errs, integracja.OutOfRange(at.Child("hours"), q.Hours.String(), negative))
	}
	if q.Practice.IsNegative() {
		errs = append(errs, integracja.OutOfRange(at.Child("practice"), q.Practice.String(), negative))
	}
	if q.Days < 0 || q.Days > MaxQuotaDays {
		errs = append(errs, integracja.OutOfRange(at.Child("days"), strconv.Itoa(q.Days), between(0, MaxQuotaDays)))
	}
	if q.Months < 0 || q.Months > MaxQuotaMonths {
		errs = append(errs, integracja.OutOfRange(at.Child("months"), strconv.Itoa(q.Months), between(0, MaxQuotaMonths)))
	}
	measures := 0
	for _, on := range []bool{q.InHours(), q.Days != 0, q.Months != 0} {
		if on {
			measures++
		}
	}
	if measures > 1 {
		errs = append(errs, integracja.Inconsistent(at, "", integracja.Text{
			PL: "limit podany naraz w więcej niż jednej jednostce (godziny, dni, miesiące)",
			EN: "a quota given in more than one unit at once (hours, days, months)"}))
	}
	switch {
	case !q.Per.IsValid():
		errs = append(errs, integracja.Under(at.Child("per"), per.Check(q.Per)))
	case q.Stated() && q.Per == PerUnstated:
		errs = append(errs, integracja.Required(at.Child("per")))
	case !q.Stated() && q.Per != PerUnstated:
		errs = append(errs, integracja.Inconsistent(at.Child("per"), q.Per.String(), integracja.Text{
			PL: "podano, na kogo przypada limit, ale nie podano limitu",
			EN: "says whom the quota is for, but gives no quota"}))
	}
	return errs
}

// Per says whom a quota is for: each participant, each group, or the
// programme as a whole.
//
// The zero Per is PerUnstated, which Validate accepts only for a quota
// that is not stated.
type Per uint8

// The bases of a quota.
const (
	PerUnstated    Per = iota // "": not stated
	PerParticipant            // "participant": na uczestnika
	PerGroup                  // "group": na grupę
	InTotal                   // "total": łącznie, for the whole programme
)

var per = enum.MustNew(enum.Spec[Per]{
	Type: "Per", Kind: "quota basis", KindPL: "podstawy limitu",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"", "participant", "group", "total"},
	Labels: []enum.Text{
		{PL: "nie podano", EN: "not stated"},
		{PL: "na uczestnika", EN: "per participant"},
		{PL: "na grupę", EN: "per group"},
		{PL: "łącznie", EN: "in total"},
	},
})

// String returns the stable code: "", "participant", "group", "total"; an
// undefined value prints as "Per(9)".
func (p Per) String() string { return per.String(p) }

// IsValid reports whether p is one of the defined values.
func (p Per) IsValid() bool { return per.Valid(p) }

// Label returns the basis in the language t asks for.
func (p Per) Label(t language.Tag) string { return per.Label(p, t) }

// ParsePer parses a stable code.
func ParsePer(s string) (Per, error) { return per.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (p Per) MarshalText() ([]byte, error) { return per.MarshalText(p) }

// UnmarshalText parses the stable code.
func (p *Per) UnmarshalText(b []byte) error { return per.UnmarshalText(p, b) }

// between says that a value must lie from lo to hi.
func between(lo, hi int) integracja.Text {
	return integracja.Text{PL: "oczekiwano wartości od " + strconv.Itoa(lo) + " do " + strconv.Itoa(hi),
		EN: "want a value from " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi)}
}
