package contract

import (
	"database/sql/driver"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// ClubParticipation is the client's participation in a klub integracji
// społecznej (KIS) under a social contract. Participation in a KIS rests on
// carrying out a social contract ("Warunkiem uczestnictwa w klubie
// integracji społecznej jest realizacja kontraktu socjalnego", art. 18
// ust. 4 of the ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym,
// t.j. Dz.U. 2025 poz. 83), so the contract, concluded by an OPS, PCPR or
// CUS, records the club (the place of participation, never a party to the
// contract), from when and until when the client takes part (the period is
// set individually, ust. 5), and the certificate that confirms the end of
// participation, issued without delay by the body running the club
// (zaświadczenie, ust. 5a). See doc/law.md#kis.
//
// The zero ClubParticipation records no participation.
type ClubParticipation struct {
	Name        string          `json:"name"`                 // the club, as it writes its name
	From        integracja.Date `json:"from"`                 // first day of participation
	To          integracja.Date `json:"to,omitzero"`          // last day, once participation has ended
	Certificate Certificate     `json:"certificate,omitzero"` // art. 18 ust. 5a u.z.s.
}

// IsZero reports whether p records no participation.
func (p ClubParticipation) IsZero() bool { return p == ClubParticipation{} }

// Certificate is the certificate (zaświadczenie) that confirms the end of
// participation in a KIS (art. 18 ust. 5a u.z.s.): its number, as the
// document writes it, and its date.
//
// The zero Certificate means none was issued.
type Certificate struct {
	Number string          `json:"number,omitempty"`
	Date   integracja.Date `json:"date"`
}

// LabourMarket is what a social contract of track B records about the
// client's place on the labour market: the client's status and, when the
// labour office (powiatowy urząd pracy, PUP) took part, its name, how
// (the PUP referred the person to the contract, skierowanie under art. 50
// ust. 2 u.p.z., or the contract was agreed with it), and the reference
// and date of the referral or agreement. That track B was concluded on a
// PUP referral is partly sourced, and the provision that replaces art. 50
// u.p.z. after 1 June 2025 is unverified (doc/law.md#track-b-pup), so
// neither the block nor a referral is required.
//
// The zero LabourMarket records nothing.
type LabourMarket struct {
	Status    LabourStatus    `json:"status"`
	Office    string          `json:"office,omitempty"`    // the PUP, as it writes its name
	Link      OfficeLink      `json:"link,omitzero"`       // referral or agreement
	Reference string          `json:"reference,omitempty"` // number of the referral or agreement
	Date      integracja.Date `json:"date,omitzero"`       // date of the referral or agreement
}

// IsZero reports whether m records nothing.
func (m LabourMarket) IsZero() bool { return m == LabourMarket{} }

// LabourStatus is the client's status on the labour market, in the terms
// the labour office uses (those of u.p.z. until 31 May 2025; whether u.r.p.
// keeps them is unverified).
//
// The zero LabourStatus is LabourStatusUnspecified, which Validate reports
// as missing when a LabourMarket is given.
type LabourStatus uint8

// The values of LabourStatus.
const (
	LabourStatusUnspecified LabourStatus = iota
	Unemployed                           // osoba bezrobotna, registered with the PUP
	LongTermUnemployed                   // osoba długotrwale bezrobotna
	JobSeeker                            // osoba poszukująca pracy, registered but not unemployed
	Inactive                             // osoba bierna zawodowo, not registered
	Employed                             // osoba pracująca
)

var labourStatusEnum = enum.MustNew(enum.Spec[LabourStatus]{
	Type: "LabourStatus", Kind: "labour-market status", KindPL: "statusu na rynku pracy", Fold: true,
	Codes: []string{"", "unemployed", "long_term_unemployed", "job_seeker", "inactive", "employed"},
	Labels: []enum.Text{
		{PL: "nie określono", EN: "unspecified"},
		{PL: "osoba bezrobotna", EN: "unemployed"},
		{PL: "osoba długotrwale bezrobotna", EN: "long-term unemployed"},
		{PL: "osoba poszukująca pracy", EN: "job seeker"},
		{PL: "osoba bierna zawodowo", EN: "economically inactive"},
		{PL: "osoba pracująca", EN: "employed"},
	},
	Errors: integracja.EnumErrors{},
})

// ParseLabourStatus reads "unemployed", "long_term_unemployed",
// "job_seeker", "inactive" or "employed", in any case; "" is
// LabourStatusUnspecified.
func ParseLabourStatus(s string) (LabourStatus, error) { return labourStatusEnum.Parse(s) }

// String returns the stable code, "" for unspecified; an out-of-range
// value prints as "LabourStatus(9)".
func (s LabourStatus) String() string { return labourStatusEnum.String(s) }

// Label returns the status in words: "osoba długotrwale bezrobotna".
func (s LabourStatus) Label(t language.Tag) string { return labourStatusEnum.Label(s, t) }

// IsValid reports whether s is one of the defined values.
func (s LabourStatus) IsValid() bool { return labourStatusEnum.Valid(s) }

// MarshalText encodes s as its stable code.
func (s LabourStatus) MarshalText() ([]byte, error) { return labourStatusEnum.MarshalText(s) }

// UnmarshalText accepts what [ParseLabourStatus] accepts; on error s is
// unchanged.
func (s *LabourStatus) UnmarshalText(b []byte) error { return labourStatusEnum.UnmarshalText(s, b) }

// Value stores s as its stable code, a string, for database/sql; an
// undefined LabourStatus is an error.
func (s LabourStatus) Value() (driver.Value, error) { return labourStatusEnum.Value(s) }

// Scan reads the stable code from a text column; a number is an error,
// and on error s is unchanged.
func (s *LabourStatus) Scan(src any) error { return labourStatusEnum.Scan(s, src) }

// OfficeLink is how the labour office took part in a social contract: it
// referred the person to it (skierowanie, art. 50 ust. 2 u.p.z.), or the
// contract was agreed with it (uzgodnienie).
//
// The zero OfficeLink is NoOfficeLink: the office took no part.
type OfficeLink uint8

// The values of OfficeLink.
const (
	NoOfficeLink    OfficeLink = iota
	OfficeReferral             // skierowanie z powiatowego urzędu pracy
	OfficeAgreement            // uzgodnienie z powiatowym urzędem pracy
)

var officeLinkEnum = enum.MustNew(enum.Spec[OfficeLink]{
	Type: "OfficeLink", Kind: "labour office link", KindPL: "udziału urzędu pracy", Fold: true,
	Codes: []string{"", "referral", "agreement"},
	Labels: []enum.Text{
		{PL: "bez udziału urzędu pracy", EN: "no labour office"},
		{PL: "skierowanie z powiatowego urzędu pracy", EN: "referral from the labour office"},
		{PL: "uzgodnienie z powiatowym urzędem pracy", EN: "agreement with the labour office"},
	},
	Errors: integracja.EnumErrors{},
})

// ParseOfficeLink reads "referral" or "agreement", in any case; "" is
// NoOfficeLink.
func ParseOfficeLink(s string) (OfficeLink, error) { return officeLinkEnum.Parse(s) }

// String returns the stable code, "" for NoOfficeLink; an out-of-range
// value prints as "OfficeLink(9)".
func (l OfficeLink) String() string { return officeLinkEnum.String(l) }

// Label returns the link in words: "skierowanie z powiatowego urzędu
// pracy".
func (l OfficeLink) Label(t language.Tag) string { return officeLinkEnum.Label(l, t) }

// IsValid reports whether l is one of the defined values.
func (l OfficeLink) IsValid() bool { return officeLinkEnum.Valid(l) }

// MarshalText encodes l as its stable code.
func (l OfficeLink) MarshalText() ([]byte, error) { return officeLinkEnum.MarshalText(l) }

// UnmarshalText accepts what [ParseOfficeLink] accepts; on error l is
// unchanged.
func (l *OfficeLink) UnmarshalText(b []byte) error { return officeLinkEnum.UnmarshalText(l, b) }

// Value stores l as its stable code, a string, for database/sql; an
// undefined OfficeLink is an error.
func (l OfficeLink) Value() (driver.Value, error) { return officeLinkEnum.Value(l) }

// Scan reads the stable code from a text column; a number is an error,
// and on error l is unchanged.
func (l *OfficeLink) Scan(src any) error { return officeLinkEnum.Scan(l, src) }
