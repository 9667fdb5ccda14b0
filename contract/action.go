package contract

import (
	"database/sql/driver"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/internal/enum"
)

// Actor says who carries out an agreed action: the client (osoba, rodzina),
// the social worker (pracownik socjalny; in an IPZS the CIS's own, art. 13
// ust. 1 u.z.s.), the institution (ośrodek, centrum) or another party (PUP,
// a KIS, a therapist, a school). The template of
// 8 November 2010 (Dz.U. 2010 Nr 218 poz. 1439) lists the actions of the
// client and of the social worker and institution separately.
//
// The zero Actor is ActorUnspecified, which Validate reports as missing.
type Actor uint8

// The values of Actor.
const (
	ActorUnspecified Actor = iota
	ActorClient            // osoba lub rodzina
	ActorWorker            // pracownik socjalny
	ActorInstitution       // ośrodek, klub, centrum
	ActorOther             // inny podmiot: PUP, terapeuta, szkoła…
)

var actorEnum = enum.MustNew(enum.Spec[Actor]{
	Type: "Actor", Kind: "actor", KindPL: "wykonawcy działania", Fold: true,
	Codes: []string{"", "client", "worker", "institution", "other"},
	Labels: []enum.Text{
		{PL: "nie określono", EN: "unspecified"},
		{PL: "osoba/rodzina", EN: "client"},
		{PL: "pracownik socjalny", EN: "social worker"},
		{PL: "instytucja", EN: "institution"},
		{PL: "inny podmiot", EN: "another party"},
	},
	Aliases: map[string]Actor{
		"klient": ActorClient, "osoba": ActorClient, "rodzina": ActorClient,
		"social_worker": ActorWorker, "pracownik socjalny": ActorWorker,
		"instytucja": ActorInstitution, "ośrodek": ActorInstitution,
		"inny podmiot": ActorOther,
	},
	Errors: integracja.EnumErrors{},
})

// ParseActor reads "client", "worker", "institution", "other" (and the
// Polish words klient, pracownik socjalny, instytucja, inny podmiot), in
// any case; "" is ActorUnspecified.
func ParseActor(s string) (Actor, error) { return actorEnum.Parse(s) }

// String returns the stable code ("client", "worker", "institution",
// "other", "" for unspecified); an out-of-range value prints as "Actor(9)".
func (a Actor) String() string { return actorEnum.String(a) }

// Label returns the word for a in the language t asks for, as the
// template names the parties: "osoba/rodzina", "pracownik socjalny".
func (a Actor) Label(t language.Tag) string { return actorEnum.Label(a, t) }

// IsValid reports whether a is one of the defined values.
func (a Actor) IsValid() bool { return actorEnum.Valid(a) }

// MarshalText encodes a as its stable code.
func (a Actor) MarshalText() ([]byte, error) { return actorEnum.MarshalText(a) }

// UnmarshalText accepts what [ParseActor] accepts; on error a is
// unchanged.
func (a *Actor) UnmarshalText(b []byte) error { return actorEnum.UnmarshalText(a, b) }

// Value stores a as its stable code, a string, for database/sql; an
// undefined Actor is an error.
func (a Actor) Value() (driver.Value, error) { return actorEnum.Value(a) }

// Scan reads the stable code from a text column; a number is an error,
// and on error a is unchanged.
func (a *Actor) Scan(src any) error { return actorEnum.Scan(a, src) }

// Goal is the main goal (cel główny) or one of the specific goals (cele
// szczegółowe) of a contract, section I of the template. ID names the goal
// within the contract ("C1"), so that actions and the evaluation can refer
// to it; Text is the goal in the document's own words.
//
// The zero Goal is empty, which Validate reports.
type Goal struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Action is one agreed action (ustalone działanie) of a contract: who acts,
// what they do, by when (termin realizacji), who is responsible (osoba
// odpowiedzialna) and how it is evaluated (sposób oceny), as the template of
// 8 November 2010 lays it out. A programme may link the action to an
// activity of its catalogue (Activity, a code such as "KIS-WARSZTATY") with
// the hours planned for this client. Done is the date the action was
// carried out; the zero Date means not (yet) done.
//
// Responsible names a person or a role as the document writes it
// ("pracownik socjalny", "uczestniczka", "lider KIS"); it is part of the
// document and appears in its rendering, never in error messages.
//
// The zero Action is empty, which Validate reports.
type Action struct {
	ID          string          `json:"id"`
	Goal        string          `json:"goal,omitempty"` // ID of the specific goal it serves
	Actor       Actor           `json:"actor"`
	Party       string          `json:"party,omitempty"` // the other party, when Actor is ActorOther
	Description string          `json:"description"`
	Due         integracja.Date `json:"due"`
	Responsible string          `json:"responsible"`
	Evaluation  string          `json:"evaluation,omitempty"` // sposób oceny
	Activity    string          `json:"activity,omitempty"`   // programme activity code
	Hours       int             `json:"hours,omitempty"`      // planned hours
	Done        integracja.Date `json:"done,omitzero"`
}

// IsDone reports whether the action was done on or before d.
func (a Action) IsDone(d integracja.Date) bool {
	return !a.Done.IsZero() && !a.Done.After(d)
}

// Assessment is section I of the template, the assessment of the person's
// or family's situation (ocena sytuacji życiowej): the causes of the
// difficult situation (przyczyny), strengths and resources (mocne strony,
// zasoby) and limitations and barriers (ograniczenia, bariery), each as a
// list of points in the document's words. For track B the causes also hold
// the reasons for the lack of employment and the failures of earlier
// activation.
//
// The zero Assessment is empty.
type Assessment struct {
	Causes      []string `json:"causes,omitzero"`
	Strengths   []string `json:"strengths,omitzero"`
	Limitations []string `json:"limitations,omitzero"`
}

// BenefitKind is the kind of a benefit the institution commits to. The
// document's own name for it is kept in [Benefit.Label]: a programme that
// speaks of a "zasiłek aktywizacyjny" (the Dąbrowa Górnicza MOPS, PO KL
// 7.1.1, 2011) keeps that wording while its kind is [BenefitOther], or
// [TargetedAllowance] where the document says it is a zasiłek celowy. No
// statute names a "zasiłek aktywizacyjny": paid by an OPS within a social
// contract it is an OPS cash benefit named locally, not the labour
// office's dodatek aktywizacyjny ([ActivationSupplement]), which an OPS
// cannot grant (doc/law.md#zasilek-aktywizacyjny).
//
// The zero BenefitKind is BenefitUnspecified, which Validate reports.
type BenefitKind uint8

// The values of BenefitKind.
const (
	BenefitUnspecified BenefitKind = iota
	// TargetedAllowance is the zasiłek celowy of art. 39 u.p.s. (t.j.
	// Dz.U. 2023 poz. 901): a discretionary cash benefit for a specific
	// basic need (partly sourced: doc/law.md#zasilek-celowy).
	TargetedAllowance
	// SpecialTargetedAllowance is the specjalny zasiłek celowy of art. 41
	// pkt 1 u.p.s. (the article has points, not ustępy): for a person or
	// family above the income criterion, up to the criterion, not
	// repayable; a repayable benefit above the criterion is art. 41 pkt 2
	// (partly sourced: doc/law.md#specjalny-zasilek-celowy).
	SpecialTargetedAllowance
	// PeriodicAllowance is the zasiłek okresowy of art. 38 u.p.s. (partly
	// sourced: doc/law.md#zasilek-okresowy).
	PeriodicAllowance
	// ActivationSupplement is the dodatek aktywizacyjny of art. 48 ust. 1
	// u.p.z. (from 1 June 2025 art. 233 u.r.p., partly sourced): a benefit
	// of the labour office (PUP) for an unemployed person entitled to the
	// zasiłek who takes up work. It is paid by the PUP, never by an OPS,
	// PCPR or CUS, so [Contract.Validate] reports an institution's
	// commitment to it (doc/law.md#dodatek-aktywizacyjny).
	ActivationSupplement
	// IntegrationBenefit is the świadczenie integracyjne of a CIS
	// participant (u.z.s., t.j. Dz.U. 2025 poz. 83; partly sourced:
	// doc/law.md#swiadczenie-integracyjne).
	IntegrationBenefit
	// BenefitOther is any other benefit, named by its label.
	BenefitOther
)

var benefitEnum = enum.MustNew(enum.Spec[BenefitKind]{
	Type: "BenefitKind", Kind: "benefit kind", KindPL: "rodzaju świadczenia", Fold: true,
	Codes: []string{"", "targeted", "special_targeted", "periodic", "activation_supplement", "integration", "other"},
	Labels: []enum.Text{
		{PL: "nie określono", EN: "unspecified"},
		{PL: "zasiłek celowy (art. 39 u.p.s.)", EN: "targeted allowance (art. 39 of the Social Assistance Act)"},
		{PL: "specjalny zasiłek celowy (art. 41 pkt 1 u.p.s.)", EN: "special targeted allowance (art. 41 point 1 of the Social Assistance Act)"},
		{PL: "zasiłek okresowy (art. 38 u.p.s.)", EN: "periodic allowance (art. 38 of the Social Assistance Act)"},
		{PL: "dodatek aktywizacyjny (art. 48 u.p.z.)", EN: "activation supplement (art. 48 of the Employment Promotion Act)"},
		{PL: "świadczenie integracyjne", EN: "integration benefit"},
		{PL: "inne świadczenie", EN: "other benefit"},
	},
	Aliases: map[string]BenefitKind{
		"zasiłek celowy": TargetedAllowance, "specjalny zasiłek celowy": SpecialTargetedAllowance,
		"zasiłek okresowy": PeriodicAllowance, "dodatek aktywizacyjny": ActivationSupplement,
		"świadczenie integracyjne": IntegrationBenefit, "inne": BenefitOther,
	},
	Errors: integracja.EnumErrors{},
})

// ParseBenefitKind reads the stable codes "targeted", "special_targeted",
// "periodic", "activation_supplement", "integration", "other" and the
// Polish names of the benefits, in any case; "" is BenefitUnspecified.
func ParseBenefitKind(s string) (BenefitKind, error) { return benefitEnum.Parse(s) }

// String returns the stable code; an out-of-range value prints as
// "BenefitKind(9)".
func (k BenefitKind) String() string { return benefitEnum.String(k) }

// Label returns the name of the benefit with its legal basis.
func (k BenefitKind) Label(t language.Tag) string { return benefitEnum.Label(k, t) }

// IsValid reports whether k is one of the defined values.
func (k BenefitKind) IsValid() bool { return benefitEnum.Valid(k) }

// MarshalText encodes k as its stable code.
func (k BenefitKind) MarshalText() ([]byte, error) { return benefitEnum.MarshalText(k) }

// UnmarshalText accepts what [ParseBenefitKind] accepts; on error k is
// unchanged.
func (k *BenefitKind) UnmarshalText(b []byte) error { return benefitEnum.UnmarshalText(k, b) }

// Value stores k as its stable code, a string, for database/sql; an
// undefined BenefitKind is an error.
func (k BenefitKind) Value() (driver.Value, error) { return benefitEnum.Value(k) }

// Scan reads the stable code from a text column; a number is an error,
// and on error k is unchanged.
func (k *BenefitKind) Scan(src any) error { return benefitEnum.Scan(k, src) }

// Benefit is a benefit the institution commits to grant while the contract
// runs: its kind, the document's own name for it (Label, kept as written),
// the amount, and optionally when it is paid and a note ("co miesiąc", "na
// zakup odzieży roboczej"). Granting a benefit is still an administrative
// decision; the contract records the commitment.
//
// The zero Benefit has an unspecified kind and an amount of 0 zł.
type Benefit struct {
	Kind   BenefitKind       `json:"kind"`
	Label  string            `json:"label,omitempty"`
	Amount budget.Money      `json:"amount"`
	Period integracja.Period `json:"period,omitzero"`
	Note   string            `json:"note,omitempty"`
}

// Name returns the document's own name of the benefit, or the label of its
// kind when the document gives none.
func (b Benefit) Name(t language.Tag) string {
	if b.Label != "" {
		return b.Label
	}
	return b.Kind.Label(t)
}

// Commitments is what the institution commits to (zobowiązania ośrodka):
// the forms of support it offers (praca socjalna, poradnictwo, udział w
// zajęciach KIS) and the benefits it grants.
//
// The zero Commitments is empty.
type Commitments struct {
	Support  []string  `json:"support,omitzero"`
	Benefits []Benefit `json:"benefits,omitzero"`
}

// Consequence is one consequence of refusing or breaching the contract
// that the client was told of, under art. 11 ust. 2 u.p.s. (t.j. Dz.U.
// 2023 poz. 901): "brak współdziałania … z pracownikiem socjalnym",
// "odmowa zawarcia kontraktu socjalnego" or "niedotrzymanie jego
// postanowień" *may* be grounds to refuse a benefit, revoke the decision
// that granted it, or suspend cash benefits (partly sourced:
// doc/law.md#art-11).
//
// These are options a caseworker may choose, taking the situation of the
// person and the family into account; the sanction is discretionary
// ("mogą stanowić podstawę"). This package records which consequences the
// client was informed of and never applies any of them: nothing here
// changes a benefit or a lifecycle state because of a breach.
//
// The zero Consequence is ConsequenceUnspecified, which Validate reports.
type Consequence uint8

// The values of Consequence.
const (
	ConsequenceUnspecified Consequence = iota
	Refusal                            // odmowa przyznania świadczenia
	Revocation                         // uchylenie decyzji o przyznaniu świadczenia
	Suspension                         // wstrzymanie świadczeń pieniężnych
)

var consequenceEnum = enum.MustNew(enum.Spec[Consequence]{
	Type: "Consequence", Kind: "consequence", KindPL: "skutku z art. 11 ust. 2 u.p.s.", Fold: true,
	Codes: []string{"", "refusal", "revocation", "suspension"},
	Labels: []enum.Text{
		{PL: "nie określono", EN: "unspecified"},
		{PL: "odmowa przyznania świadczenia", EN: "refusal of a benefit"},
		{PL: "uchylenie decyzji o przyznaniu świadczenia", EN: "revocation of the decision granting a benefit"},
		{PL: "wstrzymanie świadczeń pieniężnych", EN: "suspension of cash benefits"},
	},
	Aliases: map[string]Consequence{"odmowa": Refusal, "uchylenie": Revocation, "wstrzymanie": Suspension},
	Errors:  integracja.EnumErrors{},
})

// ParseConsequence reads "refusal", "revocation", "suspension" (or odmowa,
// uchylenie, wstrzymanie), in any case; "" is ConsequenceUnspecified.
func ParseConsequence(s string) (Consequence, error) { return consequenceEnum.Parse(s) }

// String returns the stable code; an out-of-range value prints as
// "Consequence(9)".
func (c Consequence) String() string { return consequenceEnum.String(c) }

// Label returns the consequence in words.
func (c Consequence) Label(t language.Tag) string { return consequenceEnum.Label(c, t) }

// IsValid reports whether c is one of the defined values.
func (c Consequence) IsValid() bool { return consequenceEnum.Valid(c) }

// MarshalText encodes c as its stable code.
func (c Consequence) MarshalText() ([]byte, error) { return consequenceEnum.MarshalText(c) }

// UnmarshalText accepts what [ParseConsequence] accepts; on error c is
// unchanged.
func (c *Consequence) UnmarshalText(b []byte) error { return consequenceEnum.UnmarshalText(c, b) }

// Value stores c as its stable code, a string, for database/sql; an
// undefined Consequence is an error.
func (c Consequence) Value() (driver.Value, error) { return consequenceEnum.Value(c) }

// Scan reads the stable code from a text column; a number is an error,
// and on error c is unchanged.
func (c *Consequence) Scan(src any) error { return consequenceEnum.Scan(c, src) }

// Achievement is how far a goal was achieved, as part III of the template
// (ocena realizacji kontraktu) assesses it. It is a separate fact from the
// contract's lifecycle [State]: a completed contract may have goals not
// achieved, and a contract terminated because the client found a job may
// have achieved its main goal.
//
// The zero Achievement is NotAssessed.
type Achievement uint8

// The values of Achievement.
const (
	NotAssessed    Achievement = iota // nie oceniono
	Achieved                          // osiągnięty
	PartlyAchieved                    // osiągnięty częściowo
	NotAchieved                       // nieosiągnięty
)

var achievementEnum = enum.MustNew(enum.Spec[Achievement]{
	Type: "Achievement", Kind: "achievement", KindPL: "stopnia osiągnięcia celu", Fold: true,
	Codes: []string{"", "achieved", "partly", "not_achieved"},
	Labels: []enum.Text{
		{PL: "nie oceniono", EN: "not assessed"},
		{PL: "osiągnięty", EN: "achieved"},
		{PL: "osiągnięty częściowo", EN: "partly achieved"},
		{PL: "nieosiągnięty", EN: "not achieved"},
	},
	Aliases: map[string]Achievement{"osiągnięty": Achieved, "częściowo": PartlyAchieved, "nieosiągnięty": NotAchieved},
	Errors:  integracja.EnumErrors{},
})

// ParseAchievement reads "achieved", "partly", "not_achieved" (or
// osiągnięty, częściowo, nieosiągnięty), in any case; "" is NotAssessed.
func ParseAchievement(s string) (Achievement, error) { return achievementEnum.Parse(s) }

// String returns the stable code; an out-of-range value prints as
// "Achievement(9)".
func (a Achievement) String() string { return achievementEnum.String(a) }

// Label returns the achievement in words.
func (a Achievement) Label(t language.Tag) string { return achievementEnum.Label(a, t) }

// IsValid reports whether a is one of the defined values.
func (a Achievement) IsValid() bool { return achievementEnum.Valid(a) }

// MarshalText encodes a as its stable code.
func (a Achievement) MarshalText() ([]byte, error) { return achievementEnum.MarshalText(a) }

// UnmarshalText accepts what [ParseAchievement] accepts; on error a is
// unchanged.
func (a *Achievement) UnmarshalText(b []byte) error { return achievementEnum.UnmarshalText(a, b) }

// Value stores a as its stable code, a string, for database/sql; an
// undefined Achievement is an error.
func (a Achievement) Value() (driver.Value, error) { return achievementEnum.Value(a) }

// Scan reads the stable code from a text column; a number is an error,
// and on error a is unchanged.
func (a *Achievement) Scan(src any) error { return achievementEnum.Scan(a, src) }

// GoalResult is the assessment of one goal in the evaluation: the goal's
// ID, how far it was achieved and a note in the document's words.
type GoalResult struct {
	Goal        string      `json:"goal"`
	Achievement Achievement `json:"achievement"`
	Note        string      `json:"note,omitempty"`
}

// Evaluation is part III of the template, the evaluation of how the
// contract went (ocena realizacji kontraktu): the date, a summary, the
// achievement of each goal (the main goal's ID included), and the reasons
// why the contract or some of its goals were not carried out (przyczyny
// niezrealizowania). It is separate from the lifecycle: recording an
// evaluation changes no state, and completing a contract records no
// achievement. The layout of part III (results, reasons for
// non-completion, date, signatures) follows secondary descriptions of the
// 2010 template and is unverified against the text of the regulation
// (doc/law.md#template); the three levels of achievement are this
// package's own scale.
//
// The zero Evaluation means the contract has not been evaluated.
type Evaluation struct {
	Date    integracja.Date `json:"date,omitzero"`
	Summary string          `json:"summary,omitempty"`
	Goals   []GoalResult    `json:"goals,omitzero"`
	Reasons []string        `json:"reasons,omitzero"`
}

// IsZero reports whether e is the zero Evaluation (nothing evaluated).
func (e Evaluation) IsZero() bool {
	return e.Date.IsZero() && e.Summary == "" && e.Goals == nil && e.Reasons == nil
}

// Achievement returns the recorded achievement of the goal with the given
// ID, and NotAssessed when the evaluation does not mention it.
func (e Evaluation) Achievement(goal string) Achievement {
	for _, g := range e.Goals {
		if g.Goal == goal {
			return g.Achievement
		}
	}
	return NotAssessed
}
