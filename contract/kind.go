package contract

import (
	"database/sql/driver"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// Kind is the kind of individual agreement a contract is: the social
// contract itself or one of its relatives, the individual programmes that
// a client carries out with an institution. Each kind has a stable code
// (used in JSON), a label in Polish and English and a legal basis
// ([Kind.Basis]).
//
// The zero Kind is SocialContract, by far the most common.
type Kind uint8

// The kinds of contract.
const (
	// SocialContract is the social contract (kontrakt socjalny): a written
	// agreement with a person applying for assistance on jointly undertaken
	// actions to overcome a difficult life situation (art. 6 pkt 6 u.p.s.,
	// ustawa z dnia 12 marca 2004 r. o pomocy społecznej, t.j. Dz.U. 2023
	// poz. 901), concluded by a social worker of an OPS, PCPR or CUS
	// (art. 108 ust. 1 u.p.s.; doc/law.md#who-concludes) on the template of
	// the rozporządzenie MPiPS of 8 November 2010 (Dz.U. 2010 Nr 218 poz.
	// 1439), in one of two tracks ([Track]). Participation in a KIS rests on
	// one (art. 18 ust. 4 u.z.s.; [ClubParticipation]).
	SocialContract Kind = iota
	// SocialEmploymentProgramme is the individual programme of social
	// employment (indywidualny program zatrudnienia socjalnego, IPZS) of the
	// ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym (u.z.s.,
	// t.j. Dz.U. 2025 poz. 83). It is carried out in a CIS alone: the
	// manager of the CIS (kierownik Centrum) admits the person after
	// signing the programme with them, in agreement with the head of the
	// competent OPS (art. 12 ust. 4), and the CIS's own social worker draws
	// it up (art. 13 ust. 1); after participation the manager issues a
	// certificate (art. 13 ust. 5a). See doc/law.md#ipzs. Its duration (a
	// probation month and up to 11 more, art. 15) is only partly sourced
	// and is not checked by this package.
	SocialEmploymentProgramme
	// HomelessnessExitProgramme is the individual programme for leaving
	// homelessness (indywidualny program wychodzenia z bezdomności, IPWzB)
	// of art. 49 u.p.s.: drawn up by a social worker of the OPS together
	// with the homeless person and approved by the head of the OPS (art. 49
	// ust. 1–2, partly sourced: doc/law.md#ipwzb). Carrying one out makes
	// the person eligible for social employment (art. 1 ust. 2 pkt 1
	// u.z.s.).
	HomelessnessExitProgramme
	// OtherProgramme is any other individual programme a social contract
	// may accompany, such as an individual programme of becoming
	// self-reliant (indywidualny program usamodzielnienia) or of integration
	// of a refugee (indywidualny program integracji), as the 2005 template
	// of the social contract listed them.
	OtherProgramme
)

var kindEnum = enum.MustNew(enum.Spec[Kind]{
	Type: "Kind", Kind: "contract kind", KindPL: "rodzaju kontraktu",
	Codes: []string{"social_contract", "social_employment_programme", "homelessness_exit_programme", "other_programme"},
	Labels: []enum.Text{
		{PL: "kontrakt socjalny", EN: "social contract"},
		{PL: "indywidualny program zatrudnienia socjalnego", EN: "individual programme of social employment"},
		{PL: "indywidualny program wychodzenia z bezdomności", EN: "individual programme for leaving homelessness"},
		{PL: "inny program indywidualny", EN: "other individual programme"},
	},
	Errors: integracja.EnumErrors{},
})

// kindBases are the legal bases of the kinds, cited as Polish legal texts
// cite them, by article and by the consolidated text (tekst jednolity) of
// the act (the year of the Dziennik Ustaw is left out when it is the year
// of the act), since they are printed on the document itself. The latest
// consolidated text of u.p.s. confirmed is Dz.U. 2023 poz. 901, amended
// since; of u.z.s., Dz.U. 2025 poz. 83 (doc/law.md#acts).
var kindBases = [...]string{
	"art. 6 pkt 6 i art. 108 ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz. U. z 2023 r. poz. 901, z późn. zm.); " +
		"rozporządzenie Ministra Pracy i Polityki Społecznej z dnia 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego (Dz. U. Nr 218, poz. 1439)",
	"art. 12 ust. 4 i art. 13 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym (Dz. U. z 2025 r. poz. 83)",
	"art. 49 ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz. U. z 2023 r. poz. 901, z późn. zm.)",
	"",
}

// String returns the stable code: "social_contract",
// "social_employment_programme", "homelessness_exit_programme",
// "other_programme". An undefined value prints as "Kind(9)".
func (k Kind) String() string { return kindEnum.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return kindEnum.Valid(k) }

// Label returns the name of the kind in the language t asks for:
// "kontrakt socjalny", "social contract".
func (k Kind) Label(t language.Tag) string { return kindEnum.Label(k, t) }

// Basis returns the legal basis of the kind as Polish documents cite it
// ("art. 6 pkt 6 i art. 108 ustawy z dnia 12 marca 2004 r. o pomocy
// społecznej; …"), or "" for OtherProgramme, whose basis depends on the
// programme.
func (k Kind) Basis() string {
	if !k.IsValid() {
		return ""
	}
	return kindBases[k]
}

// HasTracks reports whether contracts of kind k come in tracks A and B:
// only the social contract does.
func (k Kind) HasTracks() bool { return k == SocialContract }

// ParseKind parses a stable code of [Kind.String].
func ParseKind(s string) (Kind, error) { return kindEnum.Parse(s) }

// MarshalText returns the stable code; an undefined Kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindEnum.MarshalText(k) }

// UnmarshalText parses the stable code; on error k is unchanged.
func (k *Kind) UnmarshalText(b []byte) error { return kindEnum.UnmarshalText(k, b) }

// Value stores k as its stable code, a string, for database/sql; an
// undefined Kind is an error.
func (k Kind) Value() (driver.Value, error) { return kindEnum.Value(k) }

// Scan reads the stable code from a text column; a number is an error,
// and on error k is unchanged.
func (k *Kind) Scan(src any) error { return kindEnum.Scan(k, src) }

// Track is the part of the social-contract template a contract follows
// (rozporządzenie MPiPS z 8 listopada 2010 r. w sprawie wzoru kontraktu
// socjalnego, Dz.U. 2010 Nr 218 poz. 1439; doc/law.md#tracks). Only a
// [SocialContract] has a track; the other kinds have TrackNone, labelled
// "nie dotyczy" (not applicable).
//
// The zero Track is TrackNone.
type Track uint8

// The tracks of the social contract.
const (
	// TrackNone is the track of the kinds that have none.
	TrackNone Track = iota
	// TrackA is parts I A and II A of the template, the cooperation of the
	// person or family and the social worker "w zakresie rozwiązywania
	// trudnej sytuacji życiowej": resolving a difficult life situation.
	TrackA
	// TrackB is parts I B and II B of the template, the cooperation of the
	// person and the social worker "w celu wzmocnienia aktywności
	// i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu
	// społecznemu": strengthening life and occupational activity and
	// self-reliance, or countering social exclusion. It applies to
	// persons in a particularly difficult situation on the labour market
	// (art. 49 u.p.z., ustawa z dnia 20 kwietnia 2004 r. o promocji
	// zatrudnienia i instytucjach rynku pracy, Dz.U. 2004 Nr 99 poz. 1001,
	// repealed on 1 June 2025), records the reasons for the lack of
	// employment in more detail, and was concluded on a referral from the
	// labour office (art. 50 ust. 2 u.p.z.; doc/law.md#track-b-pup): the
	// contract's [LabourMarket] records the referral or agreement and the
	// client's status.
	TrackB
)

var trackEnum = enum.MustNew(enum.Spec[Track]{
	Type: "Track", Kind: "contract track", KindPL: "części wzoru kontraktu",
	Codes: []string{"none", "a", "b"},
	Labels: []enum.Text{
		{PL: "nie dotyczy", EN: "not applicable"},
		{PL: "części I A i II A: rozwiązywanie trudnej sytuacji życiowej",
			EN: "parts I A and II A: resolving a difficult life situation"},
		{PL: "części I B i II B: wzmocnienie aktywności i samodzielności życiowej, zawodowej lub przeciwdziałanie wykluczeniu społecznemu",
			EN: "parts I B and II B: strengthening life and occupational activity and self-reliance, or countering social exclusion"},
	},
	Fold:    true,
	Aliases: map[string]Track{"": TrackNone},
	Errors:  integracja.EnumErrors{},
})

// letter returns "A" or "B", the letter the template adds to the numbers
// of parts I and II for the track, and "" for the other tracks.
func (t Track) letter() string {
	switch t {
	case TrackA:
		return "A"
	case TrackB:
		return "B"
	}
	return ""
}

// String returns the stable code: "none", "a" or "b". An undefined value
// prints as "Track(9)".
func (t Track) String() string { return trackEnum.String(t) }

// IsValid reports whether t is one of the defined tracks.
func (t Track) IsValid() bool { return trackEnum.Valid(t) }

// Label returns the description of the track in the language tag asks
// for, naming the parts of the template as it does: "części I A i II A:
// rozwiązywanie trudnej sytuacji życiowej".
func (t Track) Label(tag language.Tag) string { return trackEnum.Label(t, tag) }

// ParseTrack parses "a", "b" or "none", in any case and with surrounding
// spaces; an empty text is TrackNone too.
func ParseTrack(s string) (Track, error) { return trackEnum.Parse(s) }

// MarshalText returns the stable code; an undefined Track is an error.
func (t Track) MarshalText() ([]byte, error) { return trackEnum.MarshalText(t) }

// UnmarshalText accepts what [ParseTrack] accepts; on error t is unchanged.
func (t *Track) UnmarshalText(b []byte) error { return trackEnum.UnmarshalText(t, b) }

// Value stores t as its stable code, a string, for database/sql; an
// undefined Track is an error.
func (t Track) Value() (driver.Value, error) { return trackEnum.Value(t) }

// Scan reads the stable code from a text column; a number is an error,
// and on error t is unchanged.
func (t *Track) Scan(src any) error { return trackEnum.Scan(t, src) }
