package indicator

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
	"github.com/aktywna/integracja/internal/mask"
)

// LabourStatus is a participant's labour-market status at entry to an
// operation (status na rynku pracy w chwili przystąpienia do projektu), as
// the ESF common output indicators count it (Regulation (EU) No 1304/2013,
// Annex I, CO01–CO05; Regulation (EU) 2021/1057, Annex I, EECO02–EECO05).
// The statuses partition the participants: every participant has exactly
// one. Unemployed and LongTermUnemployed together are "unemployed including
// long-term unemployed" (CO01, EECO02); Inactive and InactiveNotInEducation
// together are "inactive" (CO03, EECO04).
//
// Who is long-term unemployed depends on age (national definitions and the
// Commission's guidance); the caller decides and records the result.
//
// The zero LabourStatus is StatusUnknown: not recorded. Validate on a
// [Profile] reports it as missing, because the status is required personal
// data for every participant.
type LabourStatus uint8

// The labour-market statuses, with their stable codes.
const (
	StatusUnknown          LabourStatus = iota // "unknown": not recorded
	Unemployed                                 // "unemployed": bezrobotny, not long-term
	LongTermUnemployed                         // "long_term_unemployed": długotrwale bezrobotny
	Inactive                                   // "inactive": bierny zawodowo, in education or training
	InactiveNotInEducation                     // "inactive_not_in_education": bierny zawodowo, not in education or training
	Employed                                   // "employed": pracujący, including self-employed

	numStatuses = iota
)

var statuses = enum.MustNew(enum.Spec[LabourStatus]{
	Type: "LabourStatus", Kind: "labour-market status", KindPL: "statusu na rynku pracy",
	Codes: []string{"unknown", "unemployed", "long_term_unemployed", "inactive", "inactive_not_in_education", "employed"},
	Labels: []enum.Text{
		{PL: "status nieznany", EN: "status not recorded"},
		{PL: "bezrobotny", EN: "unemployed"},
		{PL: "długotrwale bezrobotny", EN: "long-term unemployed"},
		{PL: "bierny zawodowo, uczący się lub szkolący", EN: "inactive, in education or training"},
		{PL: "bierny zawodowo, nieuczestniczący w kształceniu lub szkoleniu", EN: "inactive, not in education or training"},
		{PL: "pracujący, łącznie z prowadzącymi działalność na własny rachunek", EN: "employed, including self-employed"},
	},
	Fold:   true,
	Errors: integracja.EnumErrors{},
})

// ParseLabourStatus parses a stable code ("unemployed",
// "long_term_unemployed", …), in any case and with surrounding spaces.
func ParseLabourStatus(s string) (LabourStatus, error) { return statuses.Parse(s) }

// String returns the stable code, or "LabourStatus(9)" for a value out of
// range.
func (s LabourStatus) String() string { return statuses.String(s) }

// Label returns the status in words, in Polish or in English.
func (s LabourStatus) Label(t language.Tag) string { return statuses.Label(s, t) }

// IsValid reports whether s is one of the defined statuses (StatusUnknown
// included).
func (s LabourStatus) IsValid() bool { return statuses.Valid(s) }

// IsUnemployed reports whether s counts as "unemployed including long-term
// unemployed" (CO01, EECO02).
func (s LabourStatus) IsUnemployed() bool { return s == Unemployed || s == LongTermUnemployed }

// IsInactive reports whether s counts as "inactive" (CO03, EECO04).
func (s LabourStatus) IsInactive() bool { return s == Inactive || s == InactiveNotInEducation }

// MarshalText returns the stable code; a value out of range is an error.
func (s LabourStatus) MarshalText() ([]byte, error) { return statuses.MarshalText(s) }

// UnmarshalText parses a stable code with [ParseLabourStatus].
func (s *LabourStatus) UnmarshalText(b []byte) error { return statuses.UnmarshalText(s, b) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined LabourStatus is an error.
func (s LabourStatus) Value() (driver.Value, error) { return statuses.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *LabourStatus) Scan(src any) error { return statuses.Scan(s, src) }

// Education is a participant's highest completed level of education by the
// International Standard Classification of Education, ISCED 2011
// (wykształcenie), as the ESF common output indicators count it: ISCED 1–2
// (CO09), 3–4 (CO10, EECO10), 5–8 (CO11, EECO11), and ISCED 0–2 for ESF+
// (EECO09). ISCED 0 (below primary) is its own value so that both
// groupings can be counted exactly.
//
// The zero Education is EducationUnknown: not recorded. Validate on a
// [Profile] reports it as missing.
type Education uint8

// The education levels, with their stable codes.
const (
	EducationUnknown Education = iota // "unknown": not recorded
	ISCED0                            // "isced_0": below primary (niższe niż podstawowe)
	ISCED1to2                         // "isced_1_2": primary or lower secondary (podstawowe, gimnazjalne)
	ISCED3to4                         // "isced_3_4": upper secondary or post-secondary (ponadgimnazjalne, policealne)
	ISCED5to8                         // "isced_5_8": tertiary (wyższe)

	numEducation = iota
)

var educations = enum.MustNew(enum.Spec[Education]{
	Type: "Education", Kind: "education level", KindPL: "poziomu wykształcenia",
	Codes: []string{"unknown", "isced_0", "isced_1_2", "isced_3_4", "isced_5_8"},
	Labels: []enum.Text{
		{PL: "wykształcenie nieznane", EN: "education not recorded"},
		{PL: "niższe niż podstawowe (ISCED 0)", EN: "below primary (ISCED 0)"},
		{PL: "podstawowe lub gimnazjalne (ISCED 1–2)", EN: "primary or lower secondary (ISCED 1-2)"},
		{PL: "ponadgimnazjalne lub policealne (ISCED 3–4)", EN: "upper secondary or post-secondary (ISCED 3-4)"},
		{PL: "wyższe (ISCED 5–8)", EN: "tertiary (ISCED 5-8)"},
	},
	Fold:   true,
	Errors: integracja.EnumErrors{},
})

// ParseEducation parses a stable code ("isced_0", "isced_1_2",
// "isced_3_4", "isced_5_8", "unknown"), in any case and with surrounding
// spaces.
func ParseEducation(s string) (Education, error) { return educations.Parse(s) }

// String returns the stable code, or "Education(9)" for a value out of
// range.
func (e Education) String() string { return educations.String(e) }

// Label returns the level in words, in Polish or in English.
func (e Education) Label(t language.Tag) string { return educations.Label(e, t) }

// IsValid reports whether e is one of the defined levels (EducationUnknown
// included).
func (e Education) IsValid() bool { return educations.Valid(e) }

// MarshalText returns the stable code; a value out of range is an error.
func (e Education) MarshalText() ([]byte, error) { return educations.MarshalText(e) }

// UnmarshalText parses a stable code with [ParseEducation].
func (e *Education) UnmarshalText(b []byte) error { return educations.UnmarshalText(e, b) }

// Value stores e as its stable code, a string, for database/sql; an
// undefined Education is an error.
func (e Education) Value() (driver.Value, error) { return educations.Value(e) }

// Scan reads the stable code from a text column; a number is an error,
// and on error e is unchanged.
func (e *Education) Scan(src any) error { return educations.Scan(e, src) }

// Leaving is a participant's situation upon leaving an operation, within
// the four weeks (28 days) after leaving that the immediate result
// indicators look at (CR01–CR05; EECR01–EECR04). The zero Leaving is "none
// of these".
//
// Under ESF+ (Regulation (EU) 2021/1057, Annex I, and the Commission's SFC
// guidance) job searching (EECR01) and being employed (EECR04) exclude each
// other: only the last status in the window is recorded, and
// [Profile.Validate] reports both set as [integracja.ErrInconsistent].
type Leaving struct {
	// JobSearching: engaged in job searching upon leaving (poszukujący
	// pracy po opuszczeniu programu; CR01, EECR01).
	JobSearching bool `json:"jobSearching,omitempty"`
	// InEducation: in education or training upon leaving (uczestniczący
	// w kształceniu lub szkoleniu po opuszczeniu programu; CR02, EECR02).
	InEducation bool `json:"inEducation,omitempty"`
	// Qualification: gained a qualification upon leaving (uzyskujący
	// kwalifikacje po opuszczeniu programu; CR03, EECR03).
	Qualification bool `json:"qualification,omitempty"`
	// Employed: in employment, including self-employment, upon leaving
	// (pracujący, łącznie z prowadzącymi działalność na własny rachunek;
	// CR04, EECR04).
	Employed bool `json:"employed,omitempty"`
}

// Any reports whether any of the situations holds.
func (l Leaving) Any() bool { return l.JobSearching || l.InEducation || l.Qualification || l.Employed }

// Later is a participant's situation six months after leaving an operation,
// which the longer-term result indicators look at (CR06–CR09; and EECR05,
// whose annex and code are unverified: doc/law.md#esf-longer-term). The
// zero Later is "neither".
type Later struct {
	// Employed: in employment, including self-employment, six months after
	// leaving (CR06, CR08, CR09, EECR05).
	Employed bool `json:"employed,omitempty"`
	// Improved: with an improved labour-market situation six months after
	// leaving (lepsza sytuacja na rynku pracy; CR07).
	Improved bool `json:"improved,omitempty"`
}

// Any reports whether either situation holds.
func (l Later) Any() bool { return l.Employed || l.Improved }

// Profile is one participant as the ESF counts them (uczestnik projektu):
// a person who benefits directly from an operation, can be identified and
// asked for their characteristics, and for whom specific expenditure is
// earmarked (Regulation (EU) No 1304/2013, Annex I; Regulation (EU)
// 2021/1057, Annex I). It holds the microdata the common indicators need,
// and no personal identifiers: no name, no PESEL.
//
// Age is measured at entry to the operation ([Profile.AgeAtEntry], with
// [integracja.Date.AgeAt], art. 112 k.c.). The fields marked sensitive
// (disability, foreign background, minority, homelessness) may be left
// unanswered; false then means "not declared".
//
// The zero Profile is not valid: it has no birth date, entry date, status
// or education. Build profiles as struct literals or decode them from JSON,
// and call [Profile.Validate].
type Profile struct {
	// Sex: płeć. ESF+ allows a third category; see [Sex].
	Sex Sex `json:"sex"`
	// BirthDate: data urodzenia.
	BirthDate integracja.Date `json:"birthDate"`
	// Entry: the date the participant entered the operation (data
	// rozpoczęcia udziału w projekcie).
	Entry integracja.Date `json:"entry"`
	// Exit: the date the participant left the operation (data zakończenia
	// udziału); the zero Date while they take part.
	Exit integracja.Date `json:"exit,omitzero"`
	// Status: labour-market status at entry.
	Status LabourStatus `json:"status"`
	// Education: highest completed level of education at entry.
	Education Education `json:"education"`
	// Disability: a participant with disabilities (osoba z
	// niepełnosprawnościami; CO16, EECO12). Sensitive data.
	Disability bool `json:"disability,omitempty"`
	// ThirdCountNational: a national of a country outside the EU (obywatel
	// państwa trzeciego; CO15, EECO13).
	ThirdCountNational bool `json:"thirdCountryNational,omitempty"`
	// ForeignBackground: a participant of foreign origin (osoba obcego
	// pochodzenia; CO15, EECO14). Sensitive data.
	ForeignBackground bool `json:"foreignBackground,omitempty"`
	// Minority: a member of a national or ethnic minority, including Roma
	// (mniejszość narodowa lub etniczna, w tym społeczność romska; CO15,
	// EECO15). Sensitive data.
	Minority bool `json:"minority,omitempty"`
	// Homeless: homeless or affected by housing exclusion (osoba bezdomna
	// lub dotknięta wykluczeniem z dostępu do mieszkań; CO18, EECO16).
	// Sensitive data.
	Homeless bool `json:"homeless,omitempty"`
	// Rural: living in a rural area, DEGURBA category 3 (obszar wiejski;
	// CO19, EECO17).
	Rural bool `json:"rural,omitempty"`
	// OtherDisadvantaged: other disadvantaged participant (osoba w innej
	// niekorzystnej sytuacji społecznej; CO17).
	OtherDisadvantaged bool `json:"otherDisadvantaged,omitempty"`
	// Leaving: the situation within four weeks of leaving; only with Exit.
	Leaving Leaving `json:"leaving,omitzero"`
	// Later: the situation six months after leaving; only with Exit.
	Later Later `json:"later,omitzero"`
}

// maxAgeAtEntry is the oldest age at entry that Validate accepts.
const maxAgeAtEntry = 130

// AgeAtEntry returns the participant's age in whole years on the date of
// entry, as the ESF indicators measure it, or -1 when the birth date or
// the entry date is missing or invalid, or the participant was born after
// entering.
func (p Profile) AgeAtEntry() int { return ageAt(p.BirthDate, p.Entry) }

// ageAt is [integracja.Date.AgeAt] for the inner loop of a Tally, where
// the general method costs more than the counting: the age in whole years,
// or -1 unless both dates are valid and birth is not after at. When both
// days are at most the 28th (most dates) every date is valid and no
// anniversary falls on a clamped 29 February, so comparing (month, day)
// is exact; any other pair goes the general way. A test checks that the
// two agree on every pair of dates over several leap cycles.
func ageAt(birth, at integracja.Date) int {
	if birth.Day > 28 || at.Day > 28 || birth.Day < 1 || at.Day < 1 ||
		uint(birth.Month-1) > 11 || uint(at.Month-1) > 11 ||
		uint(birth.Year-1) > 9998 || uint(at.Year-1) > 9998 {
		return slowAgeAt(birth, at)
	}
	age := at.Year - birth.Year
	if int(at.Month)<<5|at.Day < int(birth.Month)<<5|birth.Day {
		age--
	}
	return max(age, -1)
}

// slowAgeAt is ageAt for dates the fast path does not cover.
func slowAgeAt(birth, at integracja.Date) int {
	if !birth.IsValid() || !at.IsValid() {
		return -1
	}
	return max(birth.AgeAt(at), -1)
}

// HasLeft reports whether the participant has left the operation (Exit is
// set).
func (p Profile) HasLeft() bool { return !p.Exit.IsZero() }

// Disadvantaged reports whether the participant counts as disadvantaged for
// CR05 and CR09: a participant counted in CO15 (migrant, foreign
// background, minority), CO16 (disability), CO17 (other disadvantaged) or
// CO18 (homeless or housing exclusion). Which groups make up
// "disadvantaged" is the Commission's guidance, not the Regulation, and is
// unverified (doc/law.md#esf-2014); a programme that counts otherwise
// computes its own predicate.
func (p Profile) Disadvantaged() bool {
	return p.ThirdCountNational || p.ForeignBackground || p.Minority || p.Disability ||
		p.OtherDisadvantaged || p.Homeless
}

// Validate reports every problem in p, each as a [*integracja.FieldError]
// with its path: a missing or invalid birth date or entry date
// (ErrRequired, ErrInvalid), an invalid exit date, an exit before entry or
// a birth after entry (ErrInconsistent), an age at entry above 130
// (ErrOutOfRange), a sex, status or education out of range (ErrInvalid), a
// status or education not recorded (ErrRequired), a situation on leaving
// or six months later without an exit date (ErrInconsistent), and job
// searching together with employment upon leaving, which ESF+ forbids
// (ErrInconsistent at "leaving.employed"). The birth date, personal data,
// never goes into the messages, not even when it is not a real date.
func (p Profile) Validate() error {
	var errs []error
	if !p.Sex.IsValid() {
		errs = append(errs, integracja.Invalid(integracja.NewPath("sex"), p.Sex.String(), integracja.Text{}))
	}
	if p.BirthDate.IsZero() || p.BirthDate.IsValid() {
		errs = append(errs, integracja.ValidateDate(integracja.NewPath("birthDate"), p.BirthDate))
	} else {
		errs = append(errs, badBirthDate())
	}
	errs = append(errs, integracja.ValidateDate(integracja.NewPath("entry"), p.Entry))
	if !p.Exit.IsZero() {
		errs = append(errs, integracja.ValidateDate(integracja.NewPath("exit"), p.Exit))
	}
	if p.BirthDate.IsValid() && p.Entry.IsValid() {
		if p.Entry.Before(p.BirthDate) {
			errs = append(errs, integracja.Inconsistent(integracja.NewPath("birthDate"), "", integracja.Text{
				PL: "data urodzenia późniejsza niż data przystąpienia do projektu",
				EN: "born after entering the operation"}))
		} else if age := p.BirthDate.AgeAt(p.Entry); age > maxAgeAtEntry {
			errs = append(errs, integracja.OutOfRange(integracja.NewPath("birthDate"), "", integracja.Text{
				PL: fmt.Sprintf("wiek w chwili przystąpienia %s, więcej niż %s", ageYears.Count(language.Polish, age),
					ageYears.Count(language.Polish, maxAgeAtEntry)),
				EN: fmt.Sprintf("age at entry %d, more than %d", age, maxAgeAtEntry)}))
		}
	}
	if p.Entry.IsValid() && p.Exit.IsValid() && p.Exit.Before(p.Entry) {
		errs = append(errs, integracja.Inconsistent(integracja.NewPath("exit"), p.Exit.String(), integracja.Text{
			PL: "data zakończenia udziału wcześniejsza niż data przystąpienia do projektu",
			EN: "left before entering the operation"}))
	}
	switch {
	case !p.Status.IsValid():
		errs = append(errs, integracja.Invalid(integracja.NewPath("status"), p.Status.String(), integracja.Text{}))
	case p.Status == StatusUnknown:
		errs = append(errs, integracja.Required(integracja.NewPath("status")))
	}
	switch {
	case !p.Education.IsValid():
		errs = append(errs, integracja.Invalid(integracja.NewPath("education"), p.Education.String(), integracja.Text{}))
	case p.Education == EducationUnknown:
		errs = append(errs, integracja.Required(integracja.NewPath("education")))
	}
	if p.Exit.IsZero() && p.Leaving.Any() {
		errs = append(errs, integracja.Inconsistent(integracja.NewPath("leaving"), "", integracja.Text{
			PL: "sytuacja po opuszczeniu projektu podana bez daty zakończenia udziału",
			EN: "situation upon leaving given without an exit date"}))
	}
	if p.Exit.IsZero() && p.Later.Any() {
		errs = append(errs, integracja.Inconsistent(integracja.NewPath("later"), "", integracja.Text{
			PL: "sytuacja sześć miesięcy po opuszczeniu projektu podana bez daty zakończenia udziału",
			EN: "situation six months after leaving given without an exit date"}))
	}
	if p.Leaving.JobSearching && p.Leaving.Employed {
		errs = append(errs, integracja.Inconsistent(integracja.NewPath("leaving").Child("employed"), "", integracja.Text{
			PL: "poszukiwanie pracy (EECR01) i zatrudnienie (EECR04) po opuszczeniu projektu wykluczają się; zapisuje się tylko ostatni status",
			EN: "job searching (EECR01) and employment (EECR04) upon leaving exclude each other; record only the last status"}))
	}
	return integracja.Join(errs...)
}

// badBirthDate reports a birth date that is not a real date, without the
// date: a mistyped birth date ("1980-02-30", "1980-2-3") is still nearly
// the participant's own, and personal data stays out of messages.
func badBirthDate() error {
	return integracja.NewFieldError(integracja.NewPath("birthDate"), integracja.ErrInvalid, "", textBadBirthDate)
}

var textBadBirthDate = integracja.Text{
	PL: "data urodzenia nie jest prawidłową datą w formacie RRRR-MM-DD",
	EN: "the birth date is not a valid date in the form YYYY-MM-DD"}

// String returns the profile without its personal data, for logs and
// debugging: the sex, the age at entry (not the birth date), the dates of
// entry and exit, the status and the education, as codes:
//
//	indicator.Profile{sex: female, birthDate: hidden, ageAtEntry: 39, entry: 2019-06-01, status: long_term_unemployed, education: isced_3_4}
//
// The birth date and the answers to the sensitive questions (disability,
// foreign background, minority, homelessness) are left out. [Profile.Format]
// prints the same for every fmt verb, and [Profile.LogValue] gives log/slog
// the same fields.
func (p Profile) String() string {
	var b strings.Builder
	b.WriteString("indicator.Profile{sex: ")
	b.WriteString(p.Sex.String())
	b.WriteString(", birthDate: hidden, ageAtEntry: ")
	b.WriteString(strconv.Itoa(p.AgeAtEntry()))
	b.WriteString(", entry: ")
	b.WriteString(p.Entry.String())
	if p.HasLeft() {
		b.WriteString(", exit: ")
		b.WriteString(p.Exit.String())
	}
	b.WriteString(", status: ")
	b.WriteString(p.Status.String())
	b.WriteString(", education: ")
	b.WriteString(p.Education.String())
	b.WriteString("}")
	return b.String()
}

// Format makes every fmt verb (%v, %+v, %#v, %s, %d, %x…) print
// [Profile.String], and %q quote it, with the width and flags given, so
// that a profile printed by accident, alone, through a pointer or in an
// exported field of another struct, shows no birth date.
//
// What fmt cannot reach stays a limit: a Profile in an unexported field of
// another struct is printed field by field (fmt may not call its methods
// there), the birth date as {1980 5 15}; and a value of your own that holds
// profiles, logged through slog's JSONHandler, is written with
// encoding/json, in full. Log such values through a [slog.LogValuer] of
// their own.
func (p Profile) Format(f fmt.State, verb rune) {
	mask.Format(f, verb, p.String())
}

// LogValue implements [slog.LogValuer]: log/slog writes the fields of
// [Profile.String] as a group (sex, ageAtEntry, entry, exit when set,
// status, education), never the birth date, with the default logger and
// with every handler, alone, in a group or inside another value that
// logs it. JSON encoding (json.Marshal) keeps the birth date: it is the
// interchange format, and storage needs it.
func (p Profile) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("sex", p.Sex.String()),
		slog.Int("ageAtEntry", p.AgeAtEntry()),
		slog.String("entry", p.Entry.String()),
	}
	if p.HasLeft() {
		attrs = append(attrs, slog.String("exit", p.Exit.String()))
	}
	attrs = append(attrs, slog.String("status", p.Status.String()), slog.String("education", p.Education.String()))
	return slog.GroupValue(attrs...)
}

// profileJSON has Profile's fields without its methods, so that decoding
// it does not recurse into Profile.UnmarshalJSON.
type profileJSON Profile

// UnmarshalJSON decodes a profile strictly (unknown fields are rejected,
// errors carry the path of the bad value). The birth date is personal
// data: a problem with it, or with a key spelled like it in another case,
// is reported with its path and cause but without the text given (a date
// that does not parse says which form is wanted). It does not validate:
// call [Profile.Validate].
func (p *Profile) UnmarshalJSON(data []byte) error {
	var v profileJSON
	if err := integracja.DecodeJSON(data, &v); err != nil {
		return withoutBirthDate(err)
	}
	*p = Profile(v)
	return nil
}

// withoutBirthDate returns err with the problems at a birth date made
// free of what the input said there: no value, a detail in the library's
// own words, and the bare cause (a cause such as a ParseError would quote
// the input).
func withoutBirthDate(err error) error {
	fes := integracja.FieldErrors(err)
	masked := false
	out := make([]error, 0, len(fes))
	for _, fe := range fes {
		if !isBirthDatePath(fe.Path) {
			out = append(out, fe)
			continue
		}
		masked = true
		cause := bareCause(fe)
		out = append(out, integracja.NewFieldError(fe.Path, cause, "", birthDateDetails[cause]))
	}
	if !masked {
		return err
	}
	return integracja.Join(out...)
}

// birthDateDetails says, by cause, what is wrong with a birth date in the
// library's own words, so that nothing the input said reaches the message.
var birthDateDetails = map[error]integracja.Text{
	integracja.ErrInvalid:   textBadBirthDate,
	integracja.ErrDuplicate: {PL: "datę urodzenia podano dwa razy", EN: "the birth date is given twice"},
	integracja.ErrUnknown: {PL: "pole daty urodzenia nazywa się „birthDate”; wielkość liter ma znaczenie, a pole należy do profilu",
		EN: "the birth date field is named \"birthDate\", letter case matters, and it belongs to the profile"},
}

// isBirthDatePath reports whether the last element of p names the birth
// date, in any case.
func isBirthDatePath(p integracja.Path) bool {
	s := p.String()
	if i := strings.LastIndexAny(s, ".]"); i >= 0 {
		s = s[i+1:]
	}
	return strings.EqualFold(s, "birthDate")
}

// bareCause returns the module's sentinel that err wraps, and ErrInvalid
// for any other error.
func bareCause(err error) error {
	for _, c := range []error{integracja.ErrDuplicate, integracja.ErrUnknown, integracja.ErrRequired,
		integracja.ErrOutOfRange, integracja.ErrInconsistent} {
		if errors.Is(err, c) {
			return c
		}
	}
	return integracja.ErrInvalid
}

// DecodeProfile decodes one profile from JSON strictly and validates it; an
// error is a [*integracja.FieldError] (or a join of them) naming the path of
// every problem.
func DecodeProfile(data []byte) (Profile, error) {
	var p Profile
	if err := integracja.DecodeJSON(data, &p); err != nil {
		return Profile{}, err
	}
	if err := p.Validate(); err != nil {
		return Profile{}, err
	}
	return p, nil
}

// DecodeProfiles decodes a JSON list of profiles strictly and validates
// each; the paths of the problems start with the index ("[3].entry").
func DecodeProfiles(data []byte) ([]Profile, error) {
	var ps []Profile
	if err := integracja.DecodeJSON(data, &ps); err != nil {
		return nil, err
	}
	if err := ValidateProfiles(ps); err != nil {
		return nil, err
	}
	return ps, nil
}

// ValidateProfiles validates every profile and reports every problem with
// the index of its profile in the path ("[3].entry").
func ValidateProfiles(ps []Profile) error {
	var errs []error
	for i := range ps {
		if err := ps[i].Validate(); err != nil {
			errs = append(errs, integracja.Under(integracja.Path{}.Index(i), err))
		}
	}
	return integracja.Join(errs...)
}
