package contract

import (
	"database/sql/driver"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// InstitutionKind is the kind of institution that concludes a contract or
// carries it out. A social contract is concluded by a social worker of an
// ośrodek pomocy społecznej (OPS; a MOPS or GOPS is an OPS) or a powiatowe
// centrum pomocy rodzinie (PCPR), art. 108 ust. 1 u.p.s., or of a centrum
// usług społecznych (CUS) that took over the tasks of an OPS (ustawa z
// dnia 19 lipca 2019 r. o realizowaniu usług społecznych przez centrum
// usług społecznych, Dz.U. 2019 poz. 1818; which provision gives its social
// workers the power is unverified, doc/law.md#cus). An individual
// programme of social employment is concluded by a centrum integracji
// społecznej (CIS; art. 12 ust. 4 u.z.s.). A klub integracji społecznej
// (KIS, art. 18 u.z.s.) concludes neither: it is where a participant takes
// part under a social contract (art. 18 ust. 4 u.z.s.; [ClubParticipation]),
// and Validate rejects it as the institution of a contract.
//
// The zero InstitutionKind is InstitutionUnspecified, which Validate
// reports as missing.
type InstitutionKind uint8

// The values of InstitutionKind.
const (
	InstitutionUnspecified InstitutionKind = iota
	OPS                                    // ośrodek pomocy społecznej (also MOPS, GOPS, MOPR)
	PCPR                                   // powiatowe centrum pomocy rodzinie
	KIS                                    // klub integracji społecznej
	CIS                                    // centrum integracji społecznej
	CUS                                    // centrum usług społecznych
)

var institutionEnum = enum.MustNew(enum.Spec[InstitutionKind]{
	Type: "InstitutionKind", Kind: "institution kind", KindPL: "rodzaju instytucji", Fold: true,
	Codes: []string{"", "ops", "pcpr", "kis", "cis", "cus"},
	Labels: []enum.Text{
		{PL: "nie określono", EN: "unspecified"},
		{PL: "ośrodek pomocy społecznej", EN: "social assistance centre"},
		{PL: "powiatowe centrum pomocy rodzinie", EN: "district family support centre"},
		{PL: "klub integracji społecznej", EN: "social integration club"},
		{PL: "centrum integracji społecznej", EN: "social integration centre"},
		{PL: "centrum usług społecznych", EN: "social services centre"},
	},
	Aliases: map[string]InstitutionKind{"mops": OPS, "gops": OPS, "mgops": OPS, "mops/gops": OPS, "mopr": OPS},
	Errors:  integracja.EnumErrors{},
})

// concludesSocialContracts reports whether a social worker of an
// institution of kind k concludes social contracts: an OPS, PCPR or CUS.
func (k InstitutionKind) concludesSocialContracts() bool { return k == OPS || k == PCPR || k == CUS }

// ParseInstitutionKind reads "ops", "pcpr", "kis", "cis", "cus" in any
// case, and "mops", "gops", "mgops", "mopr" as OPS; "" is
// InstitutionUnspecified.
func ParseInstitutionKind(s string) (InstitutionKind, error) { return institutionEnum.Parse(s) }

// String returns the stable code ("ops", "pcpr", "kis", "cis", "cus", ""
// for unspecified); an out-of-range value prints as "InstitutionKind(9)".
func (k InstitutionKind) String() string { return institutionEnum.String(k) }

// Label returns the name of the kind of institution.
func (k InstitutionKind) Label(t language.Tag) string { return institutionEnum.Label(k, t) }

// IsValid reports whether k is one of the defined values.
func (k InstitutionKind) IsValid() bool { return institutionEnum.Valid(k) }

// MarshalText encodes k as its stable code.
func (k InstitutionKind) MarshalText() ([]byte, error) { return institutionEnum.MarshalText(k) }

// UnmarshalText accepts what [ParseInstitutionKind] accepts; on error k is
// unchanged.
func (k *InstitutionKind) UnmarshalText(b []byte) error { return institutionEnum.UnmarshalText(k, b) }

// Value stores k as its stable code, a string, for database/sql; an
// undefined InstitutionKind is an error.
func (k InstitutionKind) Value() (driver.Value, error) { return institutionEnum.Value(k) }

// Scan reads the stable code from a text column; a number is an error,
// and on error k is unchanged.
func (k *InstitutionKind) Scan(src any) error { return institutionEnum.Scan(k, src) }

// Institution is the institution that concludes the contract (the OPS
// stamp in the header of the template): its kind and name, as it writes
// it ("Ośrodek Pomocy Społecznej w Trzebini"), and optionally its address.
//
// The zero Institution is unnamed and of no kind; it does not validate.
type Institution struct {
	Kind    InstitutionKind `json:"kind"`
	Name    string          `json:"name"`
	Address string          `json:"address,omitempty"`
}

// Member is a family member the contract covers (template parts I A and
// II A: the person or family; parts I B and II B cover the person alone),
// with the relation to the client as the document writes it ("córka",
// "mąż").
type Member struct {
	Person   Person `json:"person"`
	Relation string `json:"relation,omitempty"`
}

// Terms are what a version of a contract agrees: its period ("od … do
// …"), the family members it covers, the assessment of the situation
// (section I), the main and specific goals, the agreed actions, the
// institution's commitments and the art. 11 consequences the client was
// told of. The contract as concluded has one set of Terms; every
// amendment (aneks) brings a complete new set, so that each version can be
// read on its own.
//
// The zero Terms are empty and do not validate.
type Terms struct {
	Period       integracja.Period `json:"period"`
	Family       []Member          `json:"family,omitzero"`
	Assessment   Assessment        `json:"assessment"`
	MainGoal     Goal              `json:"mainGoal"`
	Goals        []Goal            `json:"goals,omitzero"`
	Actions      []Action          `json:"actions,omitzero"`
	Commitments  Commitments       `json:"commitments"`
	Consequences []Consequence     `json:"consequences,omitzero"`
}

// Clone returns a deep copy of t, sharing no slice with it.
func (t Terms) Clone() Terms {
	c := t
	c.Family = slices.Clone(t.Family)
	c.Assessment.Causes = slices.Clone(t.Assessment.Causes)
	c.Assessment.Strengths = slices.Clone(t.Assessment.Strengths)
	c.Assessment.Limitations = slices.Clone(t.Assessment.Limitations)
	c.Goals = slices.Clone(t.Goals)
	c.Actions = slices.Clone(t.Actions)
	c.Commitments.Support = slices.Clone(t.Commitments.Support)
	c.Commitments.Benefits = slices.Clone(t.Commitments.Benefits)
	c.Consequences = slices.Clone(t.Consequences)
	return c
}

// Goal returns the goal with the given ID, the main goal included, and
// whether there is one.
func (t Terms) Goal(id string) (Goal, bool) {
	if t.MainGoal.ID == id && id != "" {
		return t.MainGoal, true
	}
	for _, g := range t.Goals {
		if g.ID == id && id != "" {
			return g, true
		}
	}
	return Goal{}, false
}

// Action returns the action with the given ID and its index, or -1.
func (t Terms) Action(id string) (Action, int) {
	for i, a := range t.Actions {
		if a.ID == id && id != "" {
			return a, i
		}
	}
	return Action{}, -1
}

// Contract is a social contract (kontrakt socjalny; art. 6 pkt 6 and
// art. 108 of the ustawa z dnia 12 marca 2004 r. o pomocy społecznej,
// u.p.s., t.j. Dz.U. 2023 poz. 901; template: rozporządzenie MPiPS z
// 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego, Dz.U. 2010
// Nr 218 poz. 1439) or one of its relatives named by [Kind]: the individual
// programme of social employment (IPZS), the individual programme for
// leaving homelessness (IPWzB), another individual programme.
//
// It holds the header of the document (number, kind and track, the
// institution, the person who signs for it, the client, place and date of
// conclusion), the Terms as concluded, every amendment (aneks) with its own
// complete Terms, the lifecycle (draft, active, suspended, completed,
// terminated; each change a dated event), the dated reviews of progress
// and the evaluation (part III, the achievement of each goal). Whether a
// goal was achieved is recorded in the Evaluation, never derived from the
// lifecycle state. A social contract may also record the client's
// participation in a KIS ([ClubParticipation]) and, in track B, the
// client's place on the labour market ([LabourMarket]).
//
// A Contract is a value: its methods never change the receiver; those that
// change something ([Contract.Sign], [Contract.Amend], [Contract.MarkDone],
// [Contract.Evaluate]) return a new Contract and leave every earlier
// version readable. [Contract.Current] gives the terms in force now,
// [Contract.Versions] all of them.
//
// Every later change of state is made on the Lifecycle field, the one way
// to reach it, since it changes nothing else of the contract:
//
//	c.Lifecycle, err = c.Lifecycle.Suspend(d, contract.ReasonTreatment, "")
//	c.Lifecycle, err = c.Lifecycle.Complete(d)
//
// On error the Lifecycle methods return the lifecycle unchanged.
// [Contract.Sign] is the one change of state made on the contract, because
// signing also concludes it (sets ConcludedOn).
//
// The Client, Worker and family members are personal data. They appear in
// the document's rendering ([Contract.Render]), never in String, %v or
// error messages.
//
// The zero Contract is an empty draft social contract; it does not
// validate.
type Contract struct {
	Number      string      `json:"number"`      // as the document writes it: "KS/12/2019"
	Kind        Kind        `json:"kind"`        // social contract, IPZS, IPWzB, other
	Track       Track       `json:"track"`       // A or B for a social contract, none otherwise
	Institution Institution `json:"institution"` // the OPS, PCPR or CUS; the CIS of an IPZS
	// Worker is the person who signs for the institution: the social
	// worker of the OPS, PCPR or CUS for a social contract or an IPWzB, the
	// manager of the CIS (kierownik Centrum, art. 12 ust. 4 u.z.s.) for an
	// IPZS.
	Worker Person `json:"worker"`
	Client Person `json:"client"` // the person (for track A, with Terms.Family)
	// ClientEntitlements are the benefits the client is entitled to that
	// bear on social employment (art. 1 ust. 3 and 3a u.z.s.); they are
	// checked for a contract that records KIS or CIS participation and
	// never printed.
	ClientEntitlements []Entitlement     `json:"clientEntitlements,omitzero"`
	Club               ClubParticipation `json:"club,omitzero"`         // participation in a KIS, for a social contract
	LabourMarket       LabourMarket      `json:"labourMarket,omitzero"` // for a social contract of track B
	Place              string            `json:"place"`                 // place of conclusion
	ConcludedOn        integracja.Date   `json:"concludedOn"`           // date of conclusion, the day it is signed
	Terms              Terms             `json:"terms"`                 // version 1: the terms as concluded
	Amendments         []Amendment       `json:"amendments,omitzero"`   // versions 2, 3…, in order
	Lifecycle          Lifecycle         `json:"lifecycle"`             // dated changes of state
	Reviews            []Review          `json:"reviews,omitzero"`      // dated reviews of progress, in order
	Evaluation         Evaluation        `json:"evaluation,omitzero"`   // part III, apart from the lifecycle
}

// String returns the kind and number of the contract and its state
// ("social_contract 12/KIS/2019 (active)"), never a name or a PESEL.
func (c Contract) String() string {
	n := c.Number
	if n == "" {
		n = "?"
	}
	return c.Kind.String() + " " + n + " (" + c.Lifecycle.State().String() + ")"
}

// Format makes every fmt verb print [Contract.String], so that %#v, which
// would otherwise print every field (notes, the assessment, the actions),
// shows none of them.
func (c Contract) Format(f fmt.State, verb rune) { formatMasked(f, verb, c.String()) }

// Decode decodes a contract from its JSON form strictly: unknown fields,
// values of the wrong type and malformed dates, amounts or codes are errors
// with the path of the bad value ("terms.actions[2].due"). The errors quote
// nothing of the input, since any field may hold what was meant for
// another (a PESEL typed into a date, a name into an amount): they say
// where the value is and what is wrong with it. Decode does not validate
// the contract; call [Contract.Validate] for that. Bad input never panics.
func Decode(data []byte) (_ Contract, err error) {
	var c Contract
	if err := integracja.DecodeJSON(data, &c); err != nil {
		return Contract{}, err
	}
	return c, nil
}

// contractJSON has the fields of Contract and none of its methods.
type contractJSON Contract

// UnmarshalJSON decodes c as [Decode] does, so that a contract inside a
// larger document is decoded as strictly, its errors carry their paths and
// quote nothing of the input.
func (c *Contract) UnmarshalJSON(b []byte) (err error) {
	if string(b) == "null" {
		return nil
	}
	var v contractJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	*c = Contract(v)
	return nil
}

// Current returns the version in force now: the last amendment's, or the
// contract as concluded when it has no amendments.
func (c Contract) Current() Version {
	return c.version(len(c.Amendments))
}

// Versions returns every version in order, the contract as concluded
// first. The slices inside are copies; changing them does not change c.
func (c Contract) Versions() []Version {
	out := make([]Version, 0, len(c.Amendments)+1)
	for i := 0; i <= len(c.Amendments); i++ {
		out = append(out, c.version(i))
	}
	return out
}

// Version returns version n (1 is the contract as concluded, 2 the first
// amendment…) and whether it exists.
func (c Contract) Version(n int) (Version, bool) {
	if n < 1 || n > len(c.Amendments)+1 {
		return Version{}, false
	}
	return c.version(n - 1), true
}

// VersionAt returns the version in force on d: the latest whose date is on
// or before d. Before the contract was concluded it returns version 1 and
// false.
func (c Contract) VersionAt(d integracja.Date) (Version, bool) {
	return c.version(c.amendmentsBy(d)), !d.Before(c.ConcludedOn)
}

// amendmentsBy returns how many amendments are in force on d: the version
// in force is version amendmentsBy(d)+1.
func (c Contract) amendmentsBy(d integracja.Date) int {
	k := 0
	for i, a := range c.Amendments {
		if !a.Date.After(d) {
			k = i + 1
		}
	}
	return k
}

// version returns version k+1 (k amendments applied).
func (c Contract) version(k int) Version {
	if k == 0 {
		return Version{N: 1, Date: c.ConcludedOn, Terms: c.Terms.Clone()}
	}
	a := c.Amendments[k-1]
	return Version{N: k + 1, Amendment: a.Number, Date: a.Date, Reason: a.Reason, Terms: a.Terms.Clone()}
}

// terms returns the terms of the current version without copying them,
// for reading inside the package.
func (c Contract) terms() Terms { return c.termsOf(len(c.Amendments)) }

// termsOf returns the terms of version k+1 without copying them.
func (c Contract) termsOf(k int) Terms {
	if k > 0 {
		return c.Amendments[k-1].Terms
	}
	return c.Terms
}

// Clone returns a deep copy of c, sharing no slice with it: changing the
// copy's terms, amendments, entitlements, events or evaluation leaves c as
// it was. Every method of Contract that returns a new contract returns
// such a copy.
func (c Contract) Clone() Contract {
	x := c
	x.ClientEntitlements = slices.Clone(c.ClientEntitlements)
	x.Terms = c.Terms.Clone()
	x.Amendments = slices.Clone(c.Amendments)
	for i := range x.Amendments {
		x.Amendments[i].Terms = c.Amendments[i].Terms.Clone()
	}
	x.Lifecycle = NewLifecycle(c.Lifecycle.events...)
	x.Reviews = slices.Clone(c.Reviews)
	for i := range x.Reviews {
		x.Reviews[i].Actions = slices.Clone(c.Reviews[i].Actions)
	}
	x.Evaluation.Goals = slices.Clone(c.Evaluation.Goals)
	x.Evaluation.Reasons = slices.Clone(c.Evaluation.Reasons)
	return x
}

// State returns the lifecycle state of the contract now.
func (c Contract) State() State { return c.Lifecycle.State() }

// Sign records the signing of the contract on d, which makes it active.
// The contract is concluded when it is signed: a zero ConcludedOn becomes
// d, and a ConcludedOn other than d is an [integracja.ErrInconsistent]
// error at "concludedOn". An impossible change of state is an error that
// is [integracja.ErrTransition].
func (c Contract) Sign(d integracja.Date) (Contract, error) {
	c = c.Clone()
	if !c.ConcludedOn.IsZero() && !c.ConcludedOn.Equal(d) {
		return c, integracja.Inconsistent(integracja.NewPath("concludedOn"), "", signedOnOtherDay(c.ConcludedOn, d))
	}
	lc, err := c.Lifecycle.Sign(d)
	if err != nil {
		return c, err
	}
	c.Lifecycle = lc
	c.ConcludedOn = d
	return c, nil
}

// Evaluate returns c with the evaluation e (part III of the template). It
// changes no lifecycle state; [Contract.Validate] checks e.
func (c Contract) Evaluate(e Evaluation) Contract {
	c.Evaluation = e
	return c.Clone()
}

// MarkDone records that the action with the given ID of the current
// version was done on d. It changes the current version in place (recording
// progress is not an amendment) and leaves c as it was. An unknown ID is an
// [integracja.ErrUnknown] error, an invalid date an
// [integracja.ErrRequired] or [integracja.ErrInvalid] one, and a date
// before the conclusion an [integracja.ErrInconsistent] one.
func (c Contract) MarkDone(id string, d integracja.Date) (Contract, error) {
	at := c.termsPath(len(c.Amendments))
	t := c.terms()
	_, i := t.Action(id)
	if i < 0 {
		return c, integracja.Unknown(at.Child("actions"), id, integracja.Text{PL: "nie ma działania o tym identyfikatorze", EN: "no action with this ID"})
	}
	p := at.Child("actions").Index(i).Child("done")
	if err := integracja.ValidateDate(p, d); err != nil {
		return c, err
	}
	if d.Before(c.ConcludedOn) {
		return c, integracja.Inconsistent(p, "", beforeConclusion(d, c.ConcludedOn))
	}
	c = c.Clone()
	if n := len(c.Amendments); n > 0 {
		c.Amendments[n-1].Terms.Actions[i].Done = d
	} else {
		c.Terms.Actions[i].Done = d
	}
	return c, nil
}

// termsPath returns the path of the terms of version k+1.
func (c Contract) termsPath(k int) integracja.Path {
	if k == 0 {
		return integracja.NewPath("terms")
	}
	return integracja.NewPath("amendments").Index(k - 1).Child("terms")
}

// OverdueAction is an action past its deadline and not done as of a date:
// the action, the version whose terms set its deadline (the one in force
// on that date), its index in that version's actions, and how many days it
// is late.
type OverdueAction struct {
	Action   Action
	Version  int
	Index    int
	DaysLate int
}

// Overdue returns the actions past their deadline and not done as of asOf,
// the most overdue first. It reads the actions and deadlines of the version
// in force on asOf, and counts an action as done when any version records
// it (by its ID) as done on or before asOf: progress recorded before an
// amendment is not lost when the amendment's terms leave it out. A contract
// that ended (completed or terminated) on or before asOf binds no one after
// its end: deadlines after that date are not counted. A contract binds no
// one before it is signed: nothing is overdue in a draft, nor in a contract
// terminated without ever being signed, nor before the conclusion date.
//
// Its cost is linear in the number of actions of all versions (and n log n
// to sort what is overdue): the done dates of the other versions are
// hashed once, not searched for each action.
func (c Contract) Overdue(asOf integracja.Date) []OverdueAction {
	if !asOf.IsValid() || asOf.Before(c.ConcludedOn) {
		return nil
	}
	k := c.amendmentsBy(asOf)
	v := c.termsOf(k)
	if signed, ok := c.Lifecycle.SignedOn(); !ok || signed.After(asOf) {
		return nil
	}
	limit := asOf
	if end, ended := c.Lifecycle.EndedOn(); ended && !end.After(asOf) {
		limit = end
	}
	// The overdue actions are sorted as small keys (days late, index), the
	// ties in the order of the actions, and copied out once.
	type key struct{ late, i int }
	var keys []key
	var doneElsewhere map[string]bool // made on the first action that needs it
	for i, a := range v.Actions {
		if !a.Due.IsValid() || !a.Due.Before(asOf) || a.Due.After(limit) || a.IsDone(asOf) {
			continue
		}
		if doneElsewhere == nil {
			doneElsewhere = c.doneOutside(k, asOf)
		}
		if a.ID != "" && doneElsewhere[a.ID] {
			continue
		}
		keys = append(keys, key{a.Due.DaysUntil(asOf), i})
	}
	if len(keys) == 0 {
		return nil
	}
	slices.SortFunc(keys, func(x, y key) int {
		if x.late != y.late {
			return y.late - x.late
		}
		return x.i - y.i
	})
	out := make([]OverdueAction, len(keys))
	for j, kk := range keys {
		out[j] = OverdueAction{Action: v.Actions[kk.i], Version: k + 1, Index: kk.i, DaysLate: kk.late}
	}
	return out
}

// doneOutside returns the IDs of the actions that a version other than
// version k+1 records as done on or before asOf.
func (c Contract) doneOutside(k int, asOf integracja.Date) map[string]bool {
	n := 0
	for j := 0; j <= len(c.Amendments); j++ {
		if j != k {
			n += len(c.termsOf(j).Actions)
		}
	}
	done := make(map[string]bool, n)
	for j := 0; j <= len(c.Amendments); j++ {
		if j == k {
			continue
		}
		for _, a := range c.termsOf(j).Actions {
			if a.ID != "" && a.IsDone(asOf) {
				done[a.ID] = true
			}
		}
	}
	return done
}

// Achieved returns how many goals of the current version (the main goal
// and the specific goals) the evaluation records as achieved, and how many
// goals there are. Partly achieved goals are not counted as achieved.
func (c Contract) Achieved() (achieved, goals int) {
	t := c.terms()
	ids := make([]string, 0, len(t.Goals)+1)
	if t.MainGoal != (Goal{}) {
		ids = append(ids, t.MainGoal.ID)
	}
	for _, g := range t.Goals {
		ids = append(ids, g.ID)
	}
	for _, id := range ids {
		if c.Evaluation.Achievement(id) == Achieved {
			achieved++
		}
	}
	return achieved, len(ids)
}

// Validate reports every problem of the contract, each as an
// [*integracja.FieldError] with its path, joined into one error (nil when
// there is none), under the rules this package ships ([DefaultRules]); see
// [Contract.ValidateWith]. It reports:
//
//   - a missing number, institution, signatory, client or place, or a
//     missing conclusion date once the contract is signed (a draft may
//     leave it to [Contract.Sign]) ([integracja.ErrRequired]); an invalid
//     conclusion date; a party's own problems under its path
//     ("client.sex": a sex that contradicts the PESEL);
//   - a track missing for a social contract or given for another kind; an
//     institution that does not conclude this kind: a social contract is
//     concluded by an OPS, PCPR or CUS (art. 108 ust. 1 u.p.s.), never by
//     a KIS, the place of participation (art. 18 ust. 4 u.z.s.), nor a CIS;
//     an IPZS is carried out in a CIS alone (art. 12 ust. 4 and art. 13
//     u.z.s.);
//   - a participation in a KIS ("club") recorded on another kind than a
//     social contract, without the club's name or start, starting before
//     the conclusion, ending before it starts, or with a certificate
//     (art. 18 ust. 5a u.z.s.) that has no date, dated before the end, or
//     given while participation has not ended;
//   - for every contract that records KIS or CIS participation (a social
//     contract with a club, an IPZS), a client entitled to a benefit that
//     excludes them there under the law in force on the start of
//     participation (art. 1 ust. 3 and 3a u.z.s.; [Rules]);
//   - a labour-market block ("labourMarket") on another contract than a
//     social contract of track B, without a status, or naming a labour
//     office without saying how it took part, or a referral or agreement
//     without the office or date, or a referral dated after the
//     conclusion;
//   - in the terms of every version ("terms.…", "amendments[0].terms.…"):
//     an invalid period, a conclusion after the period starts, family
//     members in a contract of track B (the template concludes parts I B
//     and II B with the person alone), a missing main goal or specific
//     goals, goals or actions with missing or duplicate IDs, actions with
//     no description, actor, deadline or responsible party, deadlines
//     outside the period, references to unknown goals, done dates before
//     the conclusion, negative planned hours, benefits of no kind or with
//     a negative amount, a dodatek aktywizacyjny the institution commits
//     to (the labour office grants it, art. 48 u.p.z.), unspecified or
//     repeated consequences;
//   - amendments of a contract never signed, amendments with no number,
//     date or reason, dated on or before the conclusion, outside the
//     period of the version they amend, out of order, or after the
//     contract ended;
//   - the lifecycle's own problems ("lifecycle…"), events before the
//     conclusion, a signing date other than the conclusion date;
//   - reviews of a contract never signed, with no date or note, dated
//     before the conclusion or the previous review or after the end, or
//     naming actions the version in force does not have;
//   - an evaluation with no date, dated before the conclusion, or assessing
//     unknown or repeated goals.
//
// No message holds a name, a PESEL or a birth date, nor says which benefit
// a client is entitled to.
func (c Contract) Validate() error { return c.validate(nil) }

// ValidateWith is [Contract.Validate] under the rules r instead of the
// shipped ones: a caller that has verified a date the shipped rules keep
// as a parameter overlays it on [DefaultRules] and validates with that.
func (c Contract) ValidateWith(r Rules) error { return c.validate(&r) }

// validate is Validate under r, or under DefaultRules when r is nil (made
// only if the contract records entitlements).
func (c Contract) validate(r *Rules) error {
	var errs []error
	root := integracja.Path{}
	if strings.TrimSpace(c.Number) == "" {
		errs = append(errs, integracja.Required(root.Child("number")))
	}
	errs = append(errs, c.validateKind()...)
	errs = append(errs, validateParty(root.Child("worker"), c.Worker))
	errs = append(errs, validateParty(root.Child("client"), c.Client))
	errs = append(errs, c.validateClub()...)
	errs = append(errs, c.validateEntitlements(r)...)
	errs = append(errs, c.validateLabourMarket()...)
	if strings.TrimSpace(c.Place) == "" {
		errs = append(errs, integracja.Required(root.Child("place")))
	}
	if _, signed := c.Lifecycle.SignedOn(); signed || !c.ConcludedOn.IsZero() {
		// A draft may leave the date for the signing, which sets it.
		errs = append(errs, integracja.ValidateDate(root.Child("concludedOn"), c.ConcludedOn))
	}

	errs = append(errs, c.validateTerms(c.Terms, c.termsPath(0), integracja.Text{PL: "kontraktu", EN: "the contract"})...)
	errs = append(errs, c.validateAmendments()...)
	errs = append(errs, c.validateLifecycle()...)
	errs = append(errs, c.validateReviews()...)
	errs = append(errs, c.validateEvaluation()...)
	return integracja.Join(errs...)
}

func (c Contract) validateKind() []error {
	var errs []error
	if !c.Kind.IsValid() {
		errs = append(errs, integracja.Invalid(integracja.NewPath("kind"), c.Kind.String(), integracja.Text{}))
	}
	tp := integracja.NewPath("track")
	switch {
	case !c.Track.IsValid():
		errs = append(errs, integracja.Invalid(tp, c.Track.String(), integracja.Text{}))
	case c.Kind.HasTracks() && c.Track == TrackNone:
		errs = append(errs, integracja.NewFieldError(tp, integracja.ErrRequired, "", integracja.Text{
			PL: "kontrakt socjalny zawiera się według części I A i II A albo I B i II B wzoru",
			EN: "a social contract follows parts I A and II A or parts I B and II B of the template"}))
	case c.Kind.IsValid() && !c.Kind.HasTracks() && c.Track != TrackNone:
		errs = append(errs, integracja.Inconsistent(tp, "", integracja.Text{
			PL: "podział na części A i B ma tylko kontrakt socjalny",
			EN: "only a social contract has tracks A and B"}))
	}
	ip := integracja.NewPath("institution")
	in := c.Institution
	switch {
	case !in.Kind.IsValid():
		errs = append(errs, integracja.Invalid(ip.Child("kind"), in.Kind.String(), integracja.Text{}))
	case in.Kind == InstitutionUnspecified:
		errs = append(errs, integracja.Required(ip.Child("kind")))
	case c.Kind == SocialContract && in.Kind == KIS:
		errs = append(errs, integracja.Inconsistent(ip.Child("kind"), "", integracja.Text{
			PL: "klub integracji społecznej nie zawiera kontraktu socjalnego: uczestniczy się w nim na podstawie kontraktu (art. 18 ust. 4 u.z.s.), " +
				"który zawiera pracownik socjalny ośrodka pomocy społecznej, powiatowego centrum pomocy rodzinie lub centrum usług społecznych " +
				"(art. 108 ust. 1 u.p.s.)",
			EN: "a social integration club does not conclude a social contract: one takes part in it under a contract (art. 18(4) of the Social Employment Act) " +
				"concluded by a social worker of a social assistance centre, district family support centre or social services centre " +
				"(art. 108(1) of the Social Assistance Act)"}))
	case c.Kind == SocialContract && !in.Kind.concludesSocialContracts():
		errs = append(errs, integracja.Inconsistent(ip.Child("kind"), "", integracja.Text{
			PL: "kontrakt socjalny zawiera pracownik socjalny ośrodka pomocy społecznej, powiatowego centrum pomocy rodzinie " +
				"lub centrum usług społecznych (art. 108 ust. 1 u.p.s.)",
			EN: "a social contract is concluded by a social worker of a social assistance centre, district family support centre " +
				"or social services centre (art. 108(1) of the Social Assistance Act)"}))
	case c.Kind == SocialEmploymentProgramme && in.Kind != CIS:
		errs = append(errs, integracja.Inconsistent(ip.Child("kind"), "", integracja.Text{
			PL: "indywidualny program zatrudnienia socjalnego realizuje się w centrum integracji społecznej (art. 12 ust. 4 i art. 13 u.z.s.)",
			EN: "an individual programme of social employment is carried out in a social integration centre (art. 12(4) and art. 13 of the Social Employment Act)"}))
	}
	if strings.TrimSpace(in.Name) == "" {
		errs = append(errs, integracja.Required(ip.Child("name")))
	}
	return errs
}

// validateClub reports the problems of the participation in a KIS.
func (c Contract) validateClub() []error {
	p := c.Club
	if p.IsZero() {
		return nil
	}
	at := integracja.NewPath("club")
	var errs []error
	if c.Kind != SocialContract {
		errs = append(errs, integracja.Inconsistent(at, "", integracja.Text{
			PL: "uczestnictwo w klubie integracji społecznej opiera się na kontrakcie socjalnym (art. 18 ust. 4 u.z.s.)",
			EN: "participation in a social integration club rests on a social contract (art. 18(4) of the Social Employment Act)"}))
	}
	if strings.TrimSpace(p.Name) == "" {
		errs = append(errs, integracja.Required(at.Child("name")))
	}
	fromErr := integracja.ValidateDate(at.Child("from"), p.From)
	errs = append(errs, fromErr)
	if fromErr == nil && c.ConcludedOn.IsValid() && p.From.Before(c.ConcludedOn) {
		errs = append(errs, integracja.Inconsistent(at.Child("from"), "", integracja.Text{
			PL: "uczestnictwo w klubie od " + p.From.Format(language.Polish) + " rozpoczyna się przed zawarciem kontraktu (" + c.ConcludedOn.Format(language.Polish) +
				"), a warunkiem uczestnictwa jest realizacja kontraktu socjalnego (art. 18 ust. 4 u.z.s.)",
			EN: "participation in the club from " + p.From.Format(language.English) + " starts before the contract was concluded (" + c.ConcludedOn.Format(language.English) +
				"), and carrying out the contract is its condition (art. 18(4) of the Social Employment Act)"}))
	}
	toOK := false
	if !p.To.IsZero() {
		toErr := integracja.ValidateDate(at.Child("to"), p.To)
		errs = append(errs, toErr)
		toOK = toErr == nil
		if toOK && fromErr == nil && p.To.Before(p.From) {
			errs = append(errs, integracja.Inconsistent(at.Child("to"), "", integracja.Text{
				PL: "uczestnictwo kończy się (" + p.To.Format(language.Polish) + ") przed dniem rozpoczęcia (" + p.From.Format(language.Polish) + ")",
				EN: "participation ends on " + p.To.Format(language.English) + ", before it starts (" + p.From.Format(language.English) + ")"}))
		}
	}
	if cert := p.Certificate; cert != (Certificate{}) {
		cp := at.Child("certificate")
		dateErr := integracja.ValidateDate(cp.Child("date"), cert.Date)
		errs = append(errs, dateErr)
		switch {
		case p.To.IsZero():
			errs = append(errs, integracja.NewFieldError(at.Child("to"), integracja.ErrRequired, "", integracja.Text{
				PL: "zaświadczenie potwierdza zakończenie uczestnictwa w klubie (art. 18 ust. 5a u.z.s.), a nie podano daty zakończenia",
				EN: "the certificate confirms the end of participation in the club (art. 18(5a) of the Social Employment Act), and no end is given"}))
		case dateErr == nil && toOK && cert.Date.Before(p.To):
			errs = append(errs, integracja.Inconsistent(cp.Child("date"), "", integracja.Text{
				PL: "zaświadczenie z " + cert.Date.Format(language.Polish) + " wydano przed zakończeniem uczestnictwa (" + p.To.Format(language.Polish) + ")",
				EN: "the certificate of " + cert.Date.Format(language.English) + " was issued before participation ended (" + p.To.Format(language.English) + ")"}))
		}
	}
	return errs
}

// participation returns the kind of institution in which the contract
// records social employment (a KIS for a social contract with a club, a
// CIS for an IPZS) and the date it is judged on: the start of the club,
// or the conclusion of the programme (the start of its period before it
// is signed). It reports false for a contract that records neither.
func (c Contract) participation() (InstitutionKind, integracja.Date, bool) {
	switch {
	case c.Kind == SocialContract && !c.Club.IsZero():
		return KIS, c.Club.From, c.Club.From.IsValid()
	case c.Kind == SocialEmploymentProgramme:
		on := c.ConcludedOn
		if !on.IsValid() {
			on = c.terms().Period.From
		}
		return CIS, on, on.IsValid()
	}
	return InstitutionUnspecified, integracja.Date{}, false
}

// validateEntitlements reports undefined or repeated entitlements and, for
// a contract that records KIS or CIS participation, those that exclude the
// client from it under r (the default rules when r is nil) on the day it
// is judged. The messages do not say which benefit it is (that is
// personal data); the path does.
func (c Contract) validateEntitlements(r *Rules) []error {
	var errs []error
	in, on, judged := c.participation()
	seen := map[Entitlement]bool{}
	for i, e := range c.ClientEntitlements {
		p := integracja.NewPath("clientEntitlements").Index(i)
		switch {
		case !e.IsValid() || e == EntitlementUnspecified:
			errs = append(errs, integracja.Invalid(p, "", integracja.Text{PL: "nieznany rodzaj świadczenia", EN: "undefined kind of benefit"}))
		case seen[e]:
			errs = append(errs, integracja.Duplicate(p, ""))
		case judged:
			if r == nil {
				d := DefaultRules()
				r = &d
			}
			if r.Excludes(e, in, on) {
				place := integracja.Text{PL: "centrum", EN: "centre"}
				if in == KIS {
					place = integracja.Text{PL: "klubu", EN: "club"}
				}
				errs = append(errs, integracja.Inconsistent(p, "", integracja.Text{
					PL: "według przepisów obowiązujących w dniu " + on.Format(language.Polish) + " osoba uprawniona do tego świadczenia nie może uczestniczyć " +
						"w zajęciach " + place.PL + " integracji społecznej (art. 1 ust. 3 i 3a u.z.s.)",
					EN: "under the law in force on " + on.Format(language.English) + " a person entitled to this benefit may not take part " +
						"in the activities of a social integration " + place.EN + " (art. 1(3) and (3a) of the Social Employment Act)"}))
			}
		}
		seen[e] = true
	}
	return errs
}

// validateLabourMarket reports the problems of the labour-market block.
func (c Contract) validateLabourMarket() []error {
	m := c.LabourMarket
	if m.IsZero() {
		return nil
	}
	at := integracja.NewPath("labourMarket")
	var errs []error
	if c.Kind != SocialContract || c.Track != TrackB {
		errs = append(errs, integracja.Inconsistent(at, "", integracja.Text{
			PL: "status na rynku pracy i udział urzędu pracy zapisuje się w kontrakcie socjalnym według części I B i II B wzoru",
			EN: "the labour-market status and the labour office's part are recorded in a social contract following parts I B and II B of the template"}))
	}
	switch {
	case !m.Status.IsValid():
		errs = append(errs, integracja.Invalid(at.Child("status"), m.Status.String(), integracja.Text(labourStatusEnum.Want())))
	case m.Status == LabourStatusUnspecified:
		errs = append(errs, integracja.Required(at.Child("status")))
	}
	switch {
	case !m.Link.IsValid():
		errs = append(errs, integracja.Invalid(at.Child("link"), m.Link.String(), integracja.Text(officeLinkEnum.Want())))
	case m.Link == NoOfficeLink:
		if m.Office != "" || m.Reference != "" || !m.Date.IsZero() {
			errs = append(errs, integracja.NewFieldError(at.Child("link"), integracja.ErrRequired, "", integracja.Text{
				PL: "podano urząd pracy, numer lub datę, a nie podano, czy chodzi o skierowanie, czy o uzgodnienie",
				EN: "a labour office, reference or date is given, and not whether it is a referral or an agreement"}))
		}
	default:
		if strings.TrimSpace(m.Office) == "" {
			errs = append(errs, integracja.Required(at.Child("office")))
		}
		if err := integracja.ValidateDate(at.Child("date"), m.Date); err != nil {
			errs = append(errs, err)
		} else if m.Link == OfficeReferral && c.ConcludedOn.IsValid() && m.Date.After(c.ConcludedOn) {
			errs = append(errs, integracja.Inconsistent(at.Child("date"), "", integracja.Text{
				PL: "skierowanie z urzędu pracy z " + m.Date.Format(language.Polish) + " jest późniejsze niż zawarcie kontraktu (" + c.ConcludedOn.Format(language.Polish) + ")",
				EN: "the labour office's referral of " + m.Date.Format(language.English) + " comes after the contract was concluded (" + c.ConcludedOn.Format(language.English) + ")"}))
		}
	}
	return errs
}

// validateParty reports a missing person as one problem at p, and the
// person's own problems under p otherwise.
func validateParty(p integracja.Path, x Person) error {
	if x == (Person{}) {
		return integracja.Required(p)
	}
	return x.ValidateAt(p)
}

// amendmentName names the amendment of the given number in Polish in the
// genitive and in English: "aneksu nr 1/2019".
func amendmentName(number string) integracja.Text {
	return integracja.Text{PL: "aneksu nr " + number, EN: "amendment No. " + number}
}

// signedOnOtherDay says that a contract concluded on one day was signed on
// another.
func signedOnOtherDay(concluded, signed integracja.Date) integracja.Text {
	return integracja.Text{
		PL: "kontrakt zawiera się w dniu podpisania, a data zawarcia (" + concluded.Format(language.Polish) + ") różni się od daty podpisania (" + signed.Format(language.Polish) + ")",
		EN: "a contract is concluded on the day it is signed, and the date of conclusion (" + concluded.Format(language.English) + ") differs from the date of signing (" + signed.Format(language.English) + ")"}
}

// beforeConclusion says that the date d comes before the conclusion.
func beforeConclusion(d, concluded integracja.Date) integracja.Text {
	return integracja.Text{
		PL: "data " + d.Format(language.Polish) + " jest wcześniejsza niż data zawarcia kontraktu (" + concluded.Format(language.Polish) + ")",
		EN: "the date " + d.Format(language.English) + " comes before the contract was concluded (" + concluded.Format(language.English) + ")"}
}

// outsidePeriod says that the date d, named by what (Polish and English
// nominative: "termin", "the deadline"), lies outside the period p.
func outsidePeriod(what integracja.Text, d integracja.Date, p integracja.Period) integracja.Text {
	return integracja.Text{
		PL: what.PL + " " + d.Format(language.Polish) + " wypada poza okresem obowiązywania (od " + p.From.Format(language.Polish) + " do " + p.To.Format(language.Polish) + ")",
		EN: what.EN + " " + d.Format(language.English) + " lies outside the period from " + p.From.Format(language.English) + " to " + p.To.Format(language.English)}
}

// validateTerms reports the problems of the terms t of a version, at path
// at; version names the version in Polish in the genitive ("kontraktu",
// "aneksu nr 1/2019") and in English.
func (c Contract) validateTerms(t Terms, at integracja.Path, version integracja.Text) []error {
	var errs []error
	periodErr := t.Period.ValidateAt(at.Child("period"))
	errs = append(errs, periodErr)
	periodOK := periodErr == nil
	if periodOK && c.ConcludedOn.IsValid() && c.ConcludedOn.After(t.Period.From) {
		errs = append(errs, integracja.Inconsistent(integracja.NewPath("concludedOn"), "", integracja.Text{
			PL: "kontrakt zawarto " + c.ConcludedOn.Format(language.Polish) + ", po rozpoczęciu okresu obowiązywania " + version.PL + " (" + t.Period.From.Format(language.Polish) + ")",
			EN: "the contract was concluded on " + c.ConcludedOn.Format(language.English) + ", after the period of " + version.EN + " began (" + t.Period.From.Format(language.English) + ")"}))
	}
	if c.Kind.HasTracks() && c.Track == TrackB && len(t.Family) > 0 {
		errs = append(errs, integracja.Inconsistent(at.Child("family"), "", integracja.Text{
			PL: "części I B i II B wzoru zawiera się z samą osobą; rodzinę obejmują części I A i II A",
			EN: "parts I B and II B of the template are concluded with the person alone; a family is covered by parts I A and II A"}))
	}
	for i, m := range t.Family {
		errs = append(errs, validateParty(at.Child("family").Index(i).Child("person"), m.Person))
	}

	// Goals.
	ids := map[string]bool{}
	checkGoal := func(p integracja.Path, g Goal) {
		id := strings.TrimSpace(g.ID)
		switch {
		case id == "":
			errs = append(errs, integracja.Required(p.Child("id")))
		case ids[g.ID]:
			errs = append(errs, integracja.Duplicate(p.Child("id"), g.ID))
		default:
			ids[g.ID] = true
		}
		if strings.TrimSpace(g.Text) == "" {
			errs = append(errs, integracja.Required(p.Child("text")))
		}
	}
	if t.MainGoal == (Goal{}) {
		errs = append(errs, integracja.Required(at.Child("mainGoal")))
	} else {
		checkGoal(at.Child("mainGoal"), t.MainGoal)
	}
	if len(t.Goals) == 0 {
		errs = append(errs, integracja.Required(at.Child("goals")))
	}
	for i, g := range t.Goals {
		checkGoal(at.Child("goals").Index(i), g)
	}

	// Actions.
	if len(t.Actions) == 0 {
		errs = append(errs, integracja.Required(at.Child("actions")))
	}
	actionIDs := map[string]bool{}
	for i, a := range t.Actions {
		p := at.Child("actions").Index(i)
		switch id := strings.TrimSpace(a.ID); {
		case id == "":
			errs = append(errs, integracja.Required(p.Child("id")))
		case actionIDs[a.ID]:
			errs = append(errs, integracja.Duplicate(p.Child("id"), a.ID))
		default:
			actionIDs[a.ID] = true
		}
		if a.Goal != "" && !ids[a.Goal] {
			errs = append(errs, integracja.Unknown(p.Child("goal"), a.Goal, integracja.Text{PL: "nie ma celu o tym identyfikatorze", EN: "no goal with this ID"}))
		}
		switch {
		case !a.Actor.IsValid():
			errs = append(errs, integracja.Invalid(p.Child("actor"), a.Actor.String(), integracja.Text{}))
		case a.Actor == ActorUnspecified:
			errs = append(errs, integracja.Required(p.Child("actor")))
		case a.Actor == ActorOther && strings.TrimSpace(a.Party) == "":
			errs = append(errs, integracja.NewFieldError(p.Child("party"), integracja.ErrRequired, "", integracja.Text{
				PL: "przy działaniu innego podmiotu trzeba podać jego nazwę", EN: "an action of another party must name it"}))
		}
		if strings.TrimSpace(a.Description) == "" {
			errs = append(errs, integracja.Required(p.Child("description")))
		}
		if strings.TrimSpace(a.Responsible) == "" {
			errs = append(errs, integracja.Required(p.Child("responsible")))
		}
		if err := integracja.ValidateDate(p.Child("due"), a.Due); err != nil {
			errs = append(errs, err)
		} else if periodOK && !t.Period.Contains(a.Due) {
			errs = append(errs, integracja.OutOfRange(p.Child("due"), "", outsidePeriod(integracja.Text{PL: "termin", EN: "the deadline"}, a.Due, t.Period)))
		}
		if !a.Done.IsZero() {
			if err := integracja.ValidateDate(p.Child("done"), a.Done); err != nil {
				errs = append(errs, err)
			} else if c.ConcludedOn.IsValid() && a.Done.Before(c.ConcludedOn) {
				errs = append(errs, integracja.Inconsistent(p.Child("done"), "", beforeConclusion(a.Done, c.ConcludedOn)))
			}
		}
		if a.Hours < 0 {
			errs = append(errs, integracja.OutOfRange(p.Child("hours"), "", integracja.Text{
				PL: "liczba godzin nie może być ujemna", EN: "the number of hours cannot be negative"}))
		}
	}

	// Commitments.
	for i, b := range t.Commitments.Benefits {
		p := at.Child("commitments").Child("benefits").Index(i)
		switch {
		case !b.Kind.IsValid():
			errs = append(errs, integracja.Invalid(p.Child("kind"), b.Kind.String(), integracja.Text{}))
		case b.Kind == BenefitUnspecified:
			errs = append(errs, integracja.Required(p.Child("kind")))
		case b.Kind == BenefitOther && strings.TrimSpace(b.Label) == "":
			errs = append(errs, integracja.NewFieldError(p.Child("label"), integracja.ErrRequired, "", integracja.Text{
				PL: "przy innym świadczeniu trzeba podać jego nazwę", EN: "another benefit must be named"}))
		case b.Kind == ActivationSupplement:
			errs = append(errs, integracja.Inconsistent(p.Child("kind"), "", integracja.Text{
				PL: "dodatek aktywizacyjny przyznaje powiatowy urząd pracy (art. 48 u.p.z., od 01.06.2025 r. art. 233 ustawy o rynku pracy " +
					"i służbach zatrudnienia), a nie instytucja zawierająca kontrakt; kontrakt może jedynie zobowiązać osobę do złożenia wniosku w urzędzie pracy",
				EN: "the activation supplement is granted by the labour office (art. 48 of the Employment Promotion Act, from 2025-06-01 art. 233 of the Labour Market Act), " +
					"not by the institution that concludes the contract; the contract may only oblige the person to apply to the labour office"}))
		}
		if b.Amount.IsNegative() {
			errs = append(errs, integracja.OutOfRange(p.Child("amount"), "", integracja.Text{
				PL: "kwota ujemna: " + b.Amount.Format(language.Polish), EN: "negative amount: " + b.Amount.Format(language.English)}))
		}
		if !b.Period.IsZero() {
			errs = append(errs, b.Period.ValidateAt(p.Child("period")))
		}
	}
	seen := map[Consequence]bool{}
	for i, k := range t.Consequences {
		p := at.Child("consequences").Index(i)
		switch {
		case !k.IsValid() || k == ConsequenceUnspecified:
			errs = append(errs, integracja.Invalid(p, k.String(), integracja.Text(consequenceEnum.Want())))
		case seen[k]:
			errs = append(errs, integracja.Duplicate(p, k.String()))
		}
		seen[k] = true
	}
	return errs
}

func (c Contract) validateAmendments() []error {
	var errs []error
	numbers := map[string]bool{}
	prev := c.Terms
	prevDate := c.ConcludedOn
	end, _ := c.Lifecycle.EndedOn()
	for i, a := range c.Amendments {
		p := integracja.NewPath("amendments").Index(i)
		switch n := strings.TrimSpace(a.Number); {
		case n == "":
			errs = append(errs, integracja.Required(p.Child("number")))
		case numbers[a.Number]:
			errs = append(errs, integracja.Duplicate(p.Child("number"), a.Number))
		default:
			numbers[a.Number] = true
		}
		if strings.TrimSpace(a.Reason) == "" {
			errs = append(errs, integracja.Required(p.Child("reason")))
		}
		errs = append(errs, c.checkSigned(p))
		errs = append(errs, c.checkAmendmentDate(p.Child("date"), a.Date, i, prev, prevDate, end)...)
		errs = append(errs, c.validateTerms(a.Terms, p.Child("terms"), amendmentName(a.Number))...)
		prev = a.Terms
		if a.Date.IsValid() {
			prevDate = a.Date
		}
	}
	return errs
}

// checkAmendmentDate checks the date d of amendment i, which amends terms
// prev in force since prevDate, of a contract that ended on end (zero if it
// has not).
func (c Contract) checkAmendmentDate(p integracja.Path, d integracja.Date, i int, prev Terms, prevDate, end integracja.Date) []error {
	if err := integracja.ValidateDate(p, d); err != nil {
		return []error{err}
	}
	var errs []error
	if c.ConcludedOn.IsValid() && !d.After(c.ConcludedOn) {
		errs = append(errs, integracja.Inconsistent(p, "", integracja.Text{
			PL: "aneks z " + d.Format(language.Polish) + " nie jest późniejszy niż zawarcie kontraktu (" + c.ConcludedOn.Format(language.Polish) + ")",
			EN: "the amendment of " + d.Format(language.English) + " does not come after the conclusion of the contract (" + c.ConcludedOn.Format(language.English) + ")"}))
	} else if i > 0 && prevDate.IsValid() && d.Before(prevDate) {
		errs = append(errs, integracja.Inconsistent(p, "", integracja.Text{
			PL: "aneks z " + d.Format(language.Polish) + " jest wcześniejszy niż poprzedni (" + prevDate.Format(language.Polish) + ")",
			EN: "the amendment of " + d.Format(language.English) + " comes before the previous one (" + prevDate.Format(language.English) + ")"}))
	}
	if prev.Period.Validate() == nil && !prev.Period.Contains(d) {
		errs = append(errs, integracja.OutOfRange(p, "", outsidePeriod(integracja.Text{PL: "data aneksu", EN: "the amendment's date"}, d, prev.Period)))
	}
	if !end.IsZero() && d.After(end) {
		errs = append(errs, integracja.Inconsistent(p, "", integracja.Text{
			PL: "aneks z " + d.Format(language.Polish) + " jest późniejszy niż zakończenie kontraktu (" + end.Format(language.Polish) + ")",
			EN: "the amendment of " + d.Format(language.English) + " comes after the contract ended (" + end.Format(language.English) + ")"}))
	}
	return errs
}

func (c Contract) validateLifecycle() []error {
	lp := integracja.NewPath("lifecycle")
	errs := []error{integracja.Under(lp, c.Lifecycle.Validate())}
	if !c.ConcludedOn.IsValid() {
		return errs
	}
	for i, e := range c.Lifecycle.Events() {
		if e.Date.IsValid() && e.Date.Before(c.ConcludedOn) {
			errs = append(errs, integracja.Inconsistent(lp.Child("events").Index(i).Child("date"), "", beforeConclusion(e.Date, c.ConcludedOn)))
		}
	}
	if s, ok := c.Lifecycle.SignedOn(); ok && s.IsValid() && !s.Equal(c.ConcludedOn) {
		errs = append(errs, integracja.Inconsistent(integracja.NewPath("concludedOn"), "", signedOnOtherDay(c.ConcludedOn, s)))
	}
	return errs
}

func (c Contract) validateEvaluation() []error {
	e := c.Evaluation
	if e.IsZero() {
		return nil
	}
	var errs []error
	ep := integracja.NewPath("evaluation")
	if err := integracja.ValidateDate(ep.Child("date"), e.Date); err != nil {
		errs = append(errs, err)
	} else if c.ConcludedOn.IsValid() && e.Date.Before(c.ConcludedOn) {
		errs = append(errs, integracja.Inconsistent(ep.Child("date"), "", beforeConclusion(e.Date, c.ConcludedOn)))
	}
	t := c.terms()
	seen := map[string]bool{}
	for i, g := range e.Goals {
		p := ep.Child("goals").Index(i)
		switch {
		case strings.TrimSpace(g.Goal) == "":
			errs = append(errs, integracja.Required(p.Child("goal")))
		case seen[g.Goal]:
			errs = append(errs, integracja.Duplicate(p.Child("goal"), g.Goal))
		default:
			if _, ok := t.Goal(g.Goal); !ok {
				errs = append(errs, integracja.Unknown(p.Child("goal"), g.Goal, integracja.Text{
					PL: "nie ma takiego celu w obowiązującej wersji kontraktu", EN: "no such goal in the current version of the contract"}))
			}
		}
		seen[g.Goal] = true
		if !g.Achievement.IsValid() {
			errs = append(errs, integracja.Invalid(p.Child("achievement"), g.Achievement.String(), integracja.Text(achievementEnum.Want())))
		}
	}
	return errs
}
