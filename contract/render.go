package contract

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// RenderOption changes how [Contract.Render] and [Contract.Write] print a
// contract.
type RenderOption func(*renderConfig)

type renderConfig struct {
	fullPESEL bool
	version   int // 0: the current version
}

// WithFullPESEL prints every PESEL in full. Without it the document shows
// the masked form of [PESEL.String]; ask for the full number only for a
// copy that goes to the parties themselves.
func WithFullPESEL() RenderOption { return func(c *renderConfig) { c.fullPESEL = true } }

// WithVersion prints version n of the terms (1 is the contract as
// concluded) instead of the current one. A version that does not exist
// makes Write fail.
func WithVersion(n int) RenderOption { return func(c *renderConfig) { c.version = n } }

// Render returns the contract as plain text for printing, in the language
// t asks for (Polish by default, English on request). See [Contract.Write].
func (c Contract) Render(t language.Tag, opts ...RenderOption) string {
	var b strings.Builder
	if err := c.Write(&b, t, opts...); err != nil {
		return b.String() + "\n" + integracja.Localize(err, t) + "\n"
	}
	return b.String()
}

// Write prints the contract as plain text in the order of the template of
// 8 November 2010: the header (institution, kind and number, the parts of
// the template it follows, place and date of conclusion, period, the
// participation in a KIS, version), the parties (names appear here, since
// this is the document itself; the PESEL masked unless [WithFullPESEL];
// the person who signs for the institution named by the role the kind
// gives them, the manager of the CIS for an IPZS; the client's place on
// the labour market), part I (the assessment of the situation, then the
// main and specific goals agreed on it), part II (the agreed actions with
// their deadlines, responsible persons and ways of evaluation, the
// institution's commitments with amounts and, for a social contract or
// whenever any are recorded, the art. 11 ust. 2 u.p.s. notice in the
// statute's words with the consequences the client was told of), the
// signatures of the parties, the reviews of progress, part III (the
// evaluation, with lines for signatures), then the lifecycle history and
// the amendments. For a social contract parts I and II carry the letter of
// the track ("I B", "II B"). Amounts are formatted with
// [budget.Money.Format]; dates as 03.06.2019 r. in Polish and 3 June 2019
// in English. It returns the first error w returns, or an error for a
// version that does not exist.
func (c Contract) Write(w io.Writer, t language.Tag, opts ...RenderOption) error {
	var cfg renderConfig
	for _, o := range opts {
		o(&cfg)
	}
	v := c.Current()
	if cfg.version != 0 {
		var ok bool
		if v, ok = c.Version(cfg.version); !ok {
			return integracja.OutOfRange(integracja.Path{}, strconv.Itoa(cfg.version), integracja.Text{
				PL: "nie ma takiej wersji kontraktu", EN: "no such version of the contract"})
		}
	}
	r := &renderer{w: w, t: t, cfg: cfg, noun: contractNoun, signatory: workerRole}
	if c.Kind.HasTracks() {
		r.track = c.Track.letter()
	}
	if c.Kind != SocialContract {
		r.noun = programmeNoun
	}
	if c.Kind == SocialEmploymentProgramme {
		r.signatory = managerRole
	}
	r.header(c, v)
	r.parties(c, v)
	r.assessmentAndGoals(v)
	r.actions(v)
	r.commitments(v)
	if c.Kind == SocialContract || len(v.Consequences) > 0 {
		r.consequences(v)
	}
	r.signatures()
	r.reviews(c, v)
	r.evaluation(c, v)
	r.signatures()
	r.history(c, v)
	return r.err
}

// renderer writes lines to w and remembers the first error.
type renderer struct {
	w         io.Writer
	t         language.Tag
	cfg       renderConfig
	track     string // "A" or "B": the letter of parts I and II, or ""
	noun      noun   // what the document is called in running text
	signatory role   // who signs for the institution
	err       error
}

// role is the person who signs for the institution, as the parties'
// list names them and as the signature line names their signature.
type role struct{ title, signature integracja.Text }

var (
	// workerRole is the social worker of an OPS, PCPR or CUS, who signs a
	// social contract (art. 108 ust. 1 u.p.s.) or an IPWzB.
	workerRole = role{
		title:     integracja.Text{PL: "Pracownik socjalny", EN: "Social worker"},
		signature: integracja.Text{PL: "podpis pracownika socjalnego", EN: "social worker's signature"}}
	// managerRole is the manager of the CIS, who signs an IPZS with the
	// participant (art. 12 ust. 4 u.z.s.).
	managerRole = role{
		title:     integracja.Text{PL: "Kierownik centrum integracji społecznej", EN: "Manager of the social integration centre"},
		signature: integracja.Text{PL: "podpis kierownika centrum", EN: "manager's signature"}}
)

// noun is the word for the document in the cases the rendering needs:
// "kontrakt nie został podpisany", "ocena realizacji kontraktu", "objęci
// kontraktem".
type noun struct{ nom, gen, inst, en string }

var (
	contractNoun  = noun{nom: "kontrakt", gen: "kontraktu", inst: "kontraktem", en: "contract"}
	programmeNoun = noun{nom: "program", gen: "programu", inst: "programem", en: "programme"}
)

// part returns the number of part I or II of the template with the
// letter of the track: "I B", or "I" for the kinds that have no tracks.
func (r *renderer) part(roman string) string {
	if r.track == "" {
		return roman
	}
	return roman + " " + r.track
}

func (r *renderer) tr(pl, en string) string { return integracja.Text{PL: pl, EN: en}.In(r.t) }

func (r *renderer) line(format string, args ...any) {
	if r.err != nil {
		return
	}
	_, r.err = fmt.Fprintf(r.w, format+"\n", args...)
}

func (r *renderer) blank() { r.line("") }

// list prints items as "  - item", or "  —" when there are none.
func (r *renderer) list(indent string, items []string) {
	if len(items) == 0 {
		r.line("%s—", indent)
		return
	}
	for _, s := range items {
		r.line("%s- %s", indent, s)
	}
}

// date prints d as "03.06.2019 r." (pl) or "3 June 2019" (en), a missing
// date as a blank to fill in.
func (r *renderer) date(d integracja.Date) string {
	if d.IsZero() {
		return "…………"
	}
	return d.Format(r.t)
}

func (r *renderer) period(p integracja.Period) string {
	return r.tr("od ", "from ") + r.date(p.From) + r.tr(" do ", " to ") + r.date(p.To)
}

func orBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return "…………"
	}
	return s
}

func (r *renderer) person(p Person) string { return r.personAs(p, "") }

// personAs prints "Anna Nowak (córka), PESEL *******2346" with the
// relation when one is given.
func (r *renderer) personAs(p Person, relation string) string {
	s := orBlank(strings.TrimSpace(p.GivenName + " " + p.FamilyName))
	if relation != "" {
		s += " (" + relation + ")"
	}
	if !p.PESEL.IsZero() {
		pesel := p.PESEL.String()
		if r.cfg.fullPESEL {
			pesel = p.PESEL.Reveal()
		}
		s += ", PESEL " + pesel
	}
	return s
}

func (r *renderer) header(c Contract, v Version) {
	in := c.Institution
	r.line("%s", orBlank(in.Name))
	if in.Kind != InstitutionUnspecified {
		r.line("(%s)", in.Kind.Label(r.t))
	}
	if in.Address != "" {
		r.line("%s", in.Address)
	}
	r.blank()
	title := strings.ToUpper(c.Kind.Label(r.t))
	r.line("%s %s %s", title, r.tr("nr", "No."), orBlank(c.Number))
	if c.Kind.HasTracks() && c.Track != TrackNone {
		r.line("%s", c.Track.Label(r.t))
	}
	if b := c.Kind.Basis(); b != "" {
		r.line("%s: %s", r.tr("Podstawa prawna", "Legal basis"), b)
	}
	r.line("%s: %s, %s", r.tr("Miejsce i data zawarcia", "Place and date of conclusion"), orBlank(c.Place), r.date(c.ConcludedOn))
	r.line("%s: %s", r.tr("Okres obowiązywania", "Period"), r.period(v.Period))
	if p := c.Club; !p.IsZero() {
		s := orBlank(p.Name) + ", " + r.tr("od ", "from ") + r.date(p.From)
		if !p.To.IsZero() {
			s += r.tr(" do ", " to ") + r.date(p.To)
		}
		if cert := p.Certificate; cert != (Certificate{}) {
			s += "; " + r.tr("zaświadczenie", "certificate")
			if cert.Number != "" {
				s += r.tr(" nr ", " No. ") + cert.Number
			}
			s += r.tr(" z ", " of ") + r.date(cert.Date) + r.tr(" (art. 18 ust. 5a u.z.s.)", " (art. 18(5a) of the Social Employment Act)")
		}
		r.line("%s: %s", r.tr("Uczestnictwo w klubie integracji społecznej", "Participation in a social integration club"), s)
	}
	if len(c.Amendments) > 0 {
		if v.N == 1 {
			r.line("%s: 1 (%s)", r.tr("Wersja", "Version"), r.tr("treść pierwotna", "as concluded"))
		} else {
			r.line("%s: %d (%s %s %s %s)", r.tr("Wersja", "Version"), v.N,
				r.tr("aneks nr", "amendment No."), v.Amendment, r.tr("z", "of"), r.date(v.Date))
		}
	}
	r.line("%s: %s", r.tr("Stan", "State"), c.Lifecycle.State().Label(r.t))
}

func (r *renderer) parties(c Contract, v Version) {
	r.blank()
	r.line("%s", r.tr("STRONY", "PARTIES"))
	r.line("%s: %s", r.signatory.title.In(r.t), r.person(c.Worker))
	r.line("%s: %s", r.tr("Osoba", "Client"), r.person(c.Client))
	if m := c.LabourMarket; !m.IsZero() {
		if m.Status != LabourStatusUnspecified {
			r.line("%s: %s", r.tr("Status na rynku pracy", "Labour-market status"), m.Status.Label(r.t))
		}
		if m.Link != NoOfficeLink || m.Office != "" {
			s := orBlank(m.Office)
			if m.Link != NoOfficeLink {
				word := r.tr("skierowanie", "referral")
				if m.Link == OfficeAgreement {
					word = r.tr("uzgodnienie", "agreement")
				}
				s += " (" + word
				if m.Reference != "" {
					s += r.tr(" nr ", " No. ") + m.Reference
				}
				if !m.Date.IsZero() {
					s += r.tr(" z ", " of ") + r.date(m.Date)
				}
				s += ")"
			}
			r.line("%s: %s", r.tr("Powiatowy urząd pracy", "Labour office"), s)
		}
	}
	if len(v.Family) > 0 {
		r.line("%s:", r.tr("Członkowie rodziny objęci "+r.noun.inst, "Family members covered"))
		for _, m := range v.Family {
			s := r.personAs(m.Person, m.Relation)
			r.line("  - %s", s)
		}
	}
}

// assessmentAndGoals prints part I: the assessment of the situation and
// the goals set on it ("ocena sytuacji życiowej osoby/rodziny i ustalone
// w związku z tą sytuacją cele").
func (r *renderer) assessmentAndGoals(v Version) {
	r.blank()
	r.line("%s. %s", r.part("I"), r.tr("OCENA SYTUACJI ŻYCIOWEJ I USTALONE CELE", "ASSESSMENT OF THE SITUATION AND THE GOALS SET"))
	r.line("%s:", r.tr("Przyczyny trudnej sytuacji życiowej", "Causes of the difficult situation"))
	r.list("  ", v.Assessment.Causes)
	r.line("%s:", r.tr("Mocne strony i zasoby", "Strengths and resources"))
	r.list("  ", v.Assessment.Strengths)
	r.line("%s:", r.tr("Ograniczenia i bariery", "Limitations and barriers"))
	r.list("  ", v.Assessment.Limitations)
	r.blank()
	r.line("%s: %s", r.tr("Cel główny", "Main goal"), goalText(v.MainGoal))
	r.line("%s:", r.tr("Cele szczegółowe", "Specific goals"))
	if len(v.Goals) == 0 {
		r.line("  —")
	}
	for _, g := range v.Goals {
		r.line("  %s", goalText(g))
	}
}

// actions prints the agreed actions that open part II.
func (r *renderer) actions(v Version) {
	r.blank()
	r.line("%s. %s", r.part("II"), r.tr("USTALENIA", "AGREED ACTIONS AND COMMITMENTS"))
	r.line("%s:", r.tr("Ustalone działania", "Agreed actions"))
	if len(v.Actions) == 0 {
		r.line("  —")
	}
	for i, a := range v.Actions {
		r.line("  %d. %s", i+1, orBlank(a.Description))
		who := a.Actor.Label(r.t)
		if a.Actor == ActorOther && a.Party != "" {
			who = a.Party
		}
		if a.Goal != "" {
			r.line("     %s: %s; %s: %s", r.tr("cel", "goal"), a.Goal, r.tr("realizuje", "carried out by"), who)
		} else {
			r.line("     %s: %s", r.tr("realizuje", "carried out by"), who)
		}
		r.line("     %s: %s; %s: %s", r.tr("termin realizacji", "deadline"), r.date(a.Due),
			r.tr("osoba odpowiedzialna", "responsible"), orBlank(a.Responsible))
		if a.Evaluation != "" {
			r.line("     %s: %s", r.tr("sposób oceny", "evaluated by"), a.Evaluation)
		}
		if a.Activity != "" || a.Hours > 0 {
			var parts []string
			if a.Activity != "" {
				parts = append(parts, a.Activity)
			}
			if a.Hours > 0 {
				parts = append(parts, i18n.Hours.Count(r.t, a.Hours))
			}
			r.line("     %s: %s", r.tr("zajęcia", "activity"), strings.Join(parts, ", "))
		}
		if !a.Done.IsZero() {
			r.line("     %s: %s", r.tr("wykonano", "done"), r.date(a.Done))
		}
	}
}

func goalText(g Goal) string {
	switch {
	case g.ID == "" && g.Text == "":
		return "…………"
	case g.ID == "":
		return g.Text
	}
	return g.ID + ". " + orBlank(g.Text)
}

func (r *renderer) commitments(v Version) {
	r.blank()
	r.line("%s:", r.tr("Zobowiązania instytucji", "The institution commits to"))
	r.line("  %s:", r.tr("Formy wsparcia", "Forms of support"))
	r.list("    ", v.Commitments.Support)
	r.line("  %s:", r.tr("Świadczenia", "Benefits"))
	if len(v.Commitments.Benefits) == 0 {
		r.line("    —")
	}
	for _, b := range v.Commitments.Benefits {
		s := b.Name(r.t)
		if b.Label != "" && b.Kind != BenefitOther && b.Kind.IsValid() && b.Kind != BenefitUnspecified {
			s += " [" + b.Kind.Label(r.t) + "]"
		}
		s += ": " + b.Amount.Format(r.t)
		if !b.Period.IsZero() {
			s += " (" + r.period(b.Period) + ")"
		}
		if b.Note != "" {
			s += " — " + b.Note
		}
		r.line("    - %s", s)
	}
}

// consequences prints the notice of art. 11 ust. 2 u.p.s. in the
// statute's words (doc/law.md#art-11), closed by the consequences the
// client was told of, or by the statute's own list when none is recorded.
func (r *renderer) consequences(v Version) {
	r.blank()
	r.line("%s", r.tr(
		"Pouczenie (art. 11 ust. 2 u.p.s.): brak współdziałania z pracownikiem socjalnym w rozwiązywaniu",
		"Notice (art. 11(2) of the Social Assistance Act): lack of cooperation with the social worker in solving"))
	r.line("%s", r.tr(
		"trudnej sytuacji życiowej, odmowa zawarcia kontraktu socjalnego lub niedotrzymanie jego postanowień",
		"the difficult life situation, refusal to conclude a social contract or not keeping its terms"))
	if len(v.Consequences) == 0 {
		r.line("%s", r.tr(
			"mogą stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia",
			"may be grounds to refuse a benefit, to revoke the decision granting a benefit or to suspend cash"))
		r.line("%s", r.tr("lub wstrzymania świadczeń pieniężnych.", "benefits."))
		return
	}
	r.line("%s", r.tr("mogą stanowić podstawę do następujących rozstrzygnięć:", "may be grounds for the following decisions:"))
	labels := make([]string, len(v.Consequences))
	for i, k := range v.Consequences {
		labels[i] = k.Label(r.t)
	}
	r.list("  ", labels)
}

func (r *renderer) evaluation(c Contract, v Version) {
	r.blank()
	r.line("%s", r.tr("III. OCENA REALIZACJI "+strings.ToUpper(r.noun.gen), "III. EVALUATION OF THE "+strings.ToUpper(r.noun.en)))
	e := c.Evaluation
	if e.IsZero() {
		r.line("%s", r.tr("Nie dokonano jeszcze oceny.", "Not evaluated yet."))
		return
	}
	r.line("%s: %s", r.tr("Data oceny", "Date"), r.date(e.Date))
	if e.Summary != "" {
		r.line("%s: %s", r.tr("Przebieg realizacji", "Summary"), e.Summary)
	}
	r.line("%s:", r.tr("Osiągnięcie celów", "Achievement of the goals"))
	if len(e.Goals) == 0 {
		r.line("  —")
	}
	for _, g := range e.Goals {
		text := g.Goal
		if goal, ok := v.Goal(g.Goal); ok {
			text = goalText(goal)
		}
		s := text + " — " + g.Achievement.Label(r.t)
		if g.Note != "" {
			s += ": " + g.Note
		}
		r.line("  %s", s)
	}
	if len(e.Reasons) > 0 {
		r.line("%s:", r.tr("Przyczyny niezrealizowania", "Reasons for non-completion"))
		r.list("  ", e.Reasons)
	}
}

func (r *renderer) history(c Contract, v Version) {
	r.blank()
	r.line("%s", r.tr("HISTORIA "+strings.ToUpper(r.noun.gen), "HISTORY"))
	events := c.Lifecycle.Events()
	if len(events) == 0 {
		r.line("  %s", r.tr(r.noun.nom+" nie został jeszcze podpisany", "the "+r.noun.en+" has not been signed yet"))
	}
	for _, e := range events {
		s := r.date(e.Date) + ": " + e.From.Label(r.t) + " → " + e.To.Label(r.t)
		var why []string
		if e.Reason != ReasonNone {
			why = append(why, e.Reason.Label(r.t))
		}
		if e.Note != "" {
			why = append(why, e.Note)
		}
		if len(why) > 0 {
			s += " (" + strings.Join(why, "; ") + ")"
		}
		r.line("  %s", s)
	}
	n := v.N - 1 // the amendments that led to the rendered version
	if n == 0 {
		return
	}
	r.blank()
	r.line("%s", r.tr("ANEKSY", "AMENDMENTS"))
	for _, a := range c.Amendments[:n] {
		r.line("  %s %s %s %s: %s", r.tr("Aneks nr", "Amendment No."), orBlank(a.Number), r.tr("z", "of"), r.date(a.Date), orBlank(a.Reason))
	}
}

// signatures prints lines for the signatures of the person and of the one
// who signs for the institution, which close part II (the contract) and
// part III (its evaluation).
func (r *renderer) signatures() {
	r.blank()
	r.blank()
	r.line("  ..............................        ..............................")
	r.line("  %-30s        %s", r.tr("podpis osoby", "client's signature"), r.signatory.signature.In(r.t))
}

// reviews prints the dated reviews of progress, with the numbers of the
// actions they concern as the rendered version numbers them.
func (r *renderer) reviews(c Contract, v Version) {
	if len(c.Reviews) == 0 {
		return
	}
	r.blank()
	r.line("%s", r.tr("MONITOROWANIE REALIZACJI "+strings.ToUpper(r.noun.gen), "REVIEWS OF PROGRESS"))
	for _, rv := range c.Reviews {
		s := r.date(rv.Date)
		if rv.By != "" {
			s += ", " + rv.By
		}
		s += ": " + orBlank(rv.Note)
		if len(rv.Actions) > 0 {
			nums := make([]string, len(rv.Actions))
			for i, id := range rv.Actions {
				nums[i] = id
				if _, k := v.Action(id); k >= 0 {
					nums[i] = strconv.Itoa(k + 1)
				}
			}
			s += " (" + r.tr("działania nr ", "actions ") + strings.Join(nums, ", ") + ")"
		}
		r.line("  %s", s)
	}
}
