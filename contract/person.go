package contract

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

// Person is a party to a contract or programme: the client (osoba
// ubiegająca się o pomoc), a family member the contract covers, or the
// person who signs for the institution (the social worker, pracownik
// socjalny; the manager of a CIS for an IPZS). The
// template of the social contract (rozporządzenie MPiPS z 8 listopada 2010
// r., Dz.U. 2010 Nr 218 poz. 1439) records name, surname and PESEL of each
// person it covers.
//
// ID identifies the person within the host system; it should be an opaque
// key, not a PESEL. Sex and BirthDate are what the records state; when a
// PESEL is given they may be left empty, and [Person.EffectiveSex] and
// [Person.EffectiveBirthDate] read them from the PESEL. A stated value that
// contradicts the PESEL is a validation error, never silently replaced.
//
// Names, the PESEL and the birth date are personal data: [Person.String],
// every fmt verb, slog output ([Person.LogValue]), every validation message
// and every JSON decoding error show none of them; JSON ([json.Marshal])
// carries them in full, for storage and interchange. One limit remains:
// fmt cannot call the methods of a Person held in an unexported field of
// another struct, and then prints its fields, the names in full (the PESEL
// stays scrambled, see [PESEL]).
//
// The zero Person has no ID and no names; it does not validate.
type Person struct {
	ID         string          `json:"id"`
	GivenName  string          `json:"givenName"`
	FamilyName string          `json:"familyName"`
	PESEL      PESEL           `json:"pesel,omitzero"`
	Sex        indicator.Sex   `json:"sex,omitzero"`
	BirthDate  integracja.Date `json:"birthDate,omitzero"`
}

// EffectiveSex returns the sex the PESEL encodes when a PESEL is given, and
// the stated Sex otherwise.
func (p Person) EffectiveSex() indicator.Sex {
	if !p.PESEL.IsZero() {
		return p.PESEL.Sex()
	}
	return p.Sex
}

// EffectiveBirthDate returns the birth date the PESEL encodes when a PESEL
// is given, and the stated BirthDate otherwise (the zero Date when neither
// is known).
func (p Person) EffectiveBirthDate() integracja.Date {
	if !p.PESEL.IsZero() {
		return p.PESEL.BirthDate()
	}
	return p.BirthDate
}

// Validate reports every problem of p as [*integracja.FieldError] values
// joined into one error: a missing ID, given name or family name
// ([integracja.ErrRequired], paths "id", "givenName", "familyName"); a sex
// that is not one of the defined values or an invalid birth date
// ([integracja.ErrInvalid]); a stated sex or birth date that contradicts
// the PESEL ([integracja.ErrInconsistent], paths "sex", "birthDate"). No
// message holds a name, a PESEL digit or a birth date.
func (p Person) Validate() error { return p.ValidateAt(integracja.Path{}) }

// ValidateAt is [Person.Validate] with every path placed under at, for a
// person who is a field of something larger ("client.sex",
// "family[1].givenName").
func (p Person) ValidateAt(at integracja.Path) error {
	var errs []error
	if strings.TrimSpace(p.ID) == "" {
		errs = append(errs, integracja.Required(at.Child("id")))
	}
	if strings.TrimSpace(p.GivenName) == "" {
		errs = append(errs, integracja.Required(at.Child("givenName")))
	}
	if strings.TrimSpace(p.FamilyName) == "" {
		errs = append(errs, integracja.Required(at.Child("familyName")))
	}
	if !p.Sex.IsValid() {
		errs = append(errs, integracja.Invalid(at.Child("sex"), p.Sex.String(),
			integracja.Text{PL: "oczekiwano K, M lub braku wartości", EN: "want K, M or none"}))
	} else if p.Sex != indicator.SexUnspecified && !p.PESEL.IsZero() && p.Sex != p.PESEL.Sex() {
		errs = append(errs, integracja.Inconsistent(at.Child("sex"), "",
			integracja.Text{PL: "płeć nie zgadza się z numerem PESEL", EN: "the sex contradicts the PESEL"}))
	}
	if !p.BirthDate.IsZero() {
		if !p.BirthDate.IsValid() {
			// The fields of an impossible date are not shown: they are
			// still (nearly) a birth date.
			errs = append(errs, integracja.Invalid(at.Child("birthDate"), "",
				integracja.Text{PL: "nie ma takiego dnia w kalendarzu", EN: "no such day in the calendar"}))
		} else if !p.PESEL.IsZero() && !p.BirthDate.Equal(p.PESEL.BirthDate()) {
			errs = append(errs, integracja.Inconsistent(at.Child("birthDate"), "",
				integracja.Text{PL: "data urodzenia nie zgadza się z numerem PESEL", EN: "the birth date contradicts the PESEL"}))
		}
	}
	return integracja.Join(errs...)
}

// String returns "osoba " and the ID ("osoba p-17"), never a name or a
// PESEL. An ID that is eleven digits (a PESEL used as a key) is masked like
// [PESEL.String]; a missing ID prints as "osoba ?".
func (p Person) String() string { return "osoba " + p.maskedID() }

// maskedID returns the ID, masked like [PESEL.String] when it is eleven
// digits, or "?" when there is none.
func (p Person) maskedID() string {
	id := strings.TrimSpace(p.ID)
	switch {
	case id == "":
		return "?"
	case utf8.RuneCountInString(id) == peselLen && isDigits(id):
		return maskInput(id)
	}
	return id
}

// LogValue makes log/slog write the person as a group holding only the ID
// (masked as in [Person.String]), alone, in a group or inside another of
// this package's values; without it slog's JSONHandler would write the
// names, the PESEL and the birth date.
func (p Person) LogValue() slog.Value { return slog.GroupValue(slog.String("id", p.maskedID())) }

// Format makes every fmt verb (%v, %+v, %#v, %s, %q, %d…) print
// [Person.String], so that a person printed by accident, alone or inside a
// struct, shows no name and no PESEL.
func (p Person) Format(f fmt.State, verb rune) {
	formatMasked(f, verb, p.String())
}

// Initials returns the initials of the given names and the family name, for
// print where the full name is not needed: "Jan Kowalski" gives "J. K.",
// "Anna Maria Nowak-Kowalska" gives "A. M. N.-K.". The result is still
// personal data, though much less of it.
func (p Person) Initials() string {
	var parts []string
	for _, w := range strings.Fields(p.GivenName) {
		parts = append(parts, initial(w))
	}
	for _, w := range strings.Fields(p.FamilyName) {
		var segs []string
		for _, seg := range strings.Split(w, "-") {
			if seg != "" {
				segs = append(segs, initial(seg))
			}
		}
		if len(segs) > 0 {
			parts = append(parts, strings.Join(segs, "-"))
		}
	}
	return strings.Join(parts, " ")
}

// personJSON has the fields of Person and none of its methods.
type personJSON Person

// UnmarshalJSON decodes p strictly (unknown fields and wrong types are
// errors with their path, "birthDate", "pesel"), like every decoder of the
// module. Its errors quote nothing of the input (see [Decode]), and a
// birth date that cannot be read is reported without even the detail of
// what is wrong with it: "1985-02-30" or "12.06.1985" is still a birth
// date. JSON null leaves p as it is.
func (p *Person) UnmarshalJSON(b []byte) (err error) {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var v personJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return hideBirthDate(err)
	}
	*p = Person(v)
	return nil
}

// initial returns the first letter of w, upper-cased, with a dot.
func initial(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + "."
}
