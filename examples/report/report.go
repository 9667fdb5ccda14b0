package main

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/examples"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// report writes one programme's report in one language.
type report struct {
	b    *strings.Builder
	t    language.Tag
	p    programme.Programme
	seed examples.Seed
	asOf integracja.Date
	f    programme.Flows
	// scheme is the funding scheme the programme names, when the library
	// knows it (known); ind the programme's indicators for it.
	scheme programme.Scheme
	known  bool
	ind    programme.IndicatorReport
}

// tx returns the text in the report's language.
func (r *report) tx(pl, en string) string { return integracja.Text{PL: pl, EN: en}.In(r.t) }

// line writes one line indented by depth levels of two spaces.
func (r *report) line(depth int, s string) {
	r.b.WriteString(strings.Repeat("  ", depth) + s + "\n")
}

// section starts a section with its title.
func (r *report) section(pl, en string) { r.b.WriteString("\n" + r.tx(pl, en) + "\n") }

// writeReport writes the report of p, read from file, to b in language t.
// seed holds the readings and measures of a seed programme; it is the
// zero Seed for a user's file.
func writeReport(b *strings.Builder, t language.Tag, p programme.Programme, seed examples.Seed, file string) {
	r := &report{b: b, t: t, p: p, seed: seed, asOf: p.Period.To}
	r.f = p.Flows(r.asOf)
	if p.Scheme != "" {
		sc, err := programme.LookupScheme(p.Scheme)
		r.scheme, r.known = sc, err == nil
	}
	r.ind = seed.Indicators(p, r.scheme, r.asOf)
	r.header(file)
	r.context()
	r.catalogue()
	r.participants()
	r.money()
	r.indicators()
	r.softResults()
	r.checks()
}

// rule is the line that opens a programme's report.
const rule = "════════════════════════════════════════════════════════════════════════"

func (r *report) header(file string) {
	p := r.p
	r.b.WriteString("\n" + rule + "\n")
	name := "„" + p.Name + "”"
	if r.t == language.English {
		name = "“" + p.Name + "”"
	}
	if p.Edition != "" {
		name += r.tx(", "+p.Edition+" edycja", ", edition "+p.Edition)
	}
	r.line(0, name)
	r.b.WriteString(rule + "\n")
	op := p.Operator.Name
	if p.Operator.Gmina != "" {
		op += r.tx(", gmina ", ", gmina of ") + p.Operator.Gmina
	}
	r.line(0, r.tx("Realizator: ", "Operator: ")+op)
	r.line(0, r.tx("Okres realizacji: ", "Period: ")+p.Period.Format(r.t))
	r.line(0, r.tx("Źródło finansowania: ", "Funding scheme: ")+r.schemeName())
	grant := r.tx("dokument nie podaje kwoty", "the document gives no amount")
	if g := p.Funds.Grant; g.Raw != "" {
		grant = r.printed(g)
	}
	r.line(0, r.tx("Dofinansowanie: ", "Grant: ")+grant)
	if tg := p.TargetGroup.In(r.t); tg != "" {
		r.line(0, r.tx("Grupa docelowa: ", "Target group: ")+tg)
	}
	for _, d := range p.Sources {
		s := d.Title
		if !strings.ContainsAny(s, "„”“\"") {
			s = r.quote(s)
		}
		if d.File != "" {
			s += r.tx(" (plik ", " (file ") + d.File + ")"
		}
		if !d.Date.IsZero() {
			s += ", " + d.Date.Format(r.t)
		}
		r.line(0, r.tx("Dokument źródłowy: ", "Source document: ")+s)
	}
	r.line(0, r.tx("Plik danych: ", "Data file: ")+file)
	if len(r.seed.Readings) > 0 {
		r.line(0, r.tx("Założenia przyjęte przy odczytaniu dokumentu:", "What the data assumes where the document is silent:"))
		for _, x := range r.seed.Readings {
			r.line(1, "– "+x.In(r.t))
		}
	}
}

func (r *report) schemeName() string {
	switch {
	case r.p.Scheme == "":
		return r.tx("nie podano", "not given")
	case r.known:
		return r.scheme.Name.In(r.t)
	}
	return r.quote(r.p.Scheme) + r.tx(" (program nieznany bibliotece)", " (a scheme the library does not know)")
}

// quote puts s in the quotation marks of the report's language.
func (r *report) quote(s string) string { return r.tx("„"+s+"”", "“"+s+"”") }

// printed writes an amount as the library reads it, with the document's
// text when it differs, or the text of an amount that cannot be read.
func (r *report) printed(f budget.Printed) string {
	if !f.Readable {
		return r.tx("kwota nieczytelna ", "unreadable amount ") + r.quote(f.Raw)
	}
	s := f.Amount.Format(r.t)
	if !sameText(f.Raw, f.Amount.Format(language.Polish)) {
		s += r.tx(" (w dokumencie: ", " (the document: ") + r.quote(f.Raw) + ")"
	}
	return s
}

// sameText reports whether a and b are the same text but for the kind of
// spaces: documents group digits with plain spaces, the library with
// no-break ones.
func sameText(a, b string) bool {
	norm := strings.NewReplacer("\u00a0", " ", "\u202f", " ")
	return norm.Replace(a) == norm.Replace(b)
}

func (r *report) context() {
	if len(r.p.Context) == 0 {
		return
	}
	r.section("Dane kontekstowe", "Context")
	for _, f := range r.p.Context {
		s := f.Label.In(r.t) + ": " + f.Format(r.t)
		if f.Year != 0 {
			s += " (" + strconv.Itoa(f.Year) + r.tx(" r.)", ")")
		}
		if f.Printed != "" && !sameText(f.Printed, f.Format(language.Polish)) {
			s += r.tx("; w dokumencie: ", "; the document: ") + r.quote(f.Printed)
		}
		r.line(1, s)
	}
}

func (r *report) catalogue() {
	c := r.p.Catalogue
	title := r.tx("Katalog działań: limity i wykorzystanie", "Activity catalogue: quotas and use")
	if c.HourLength != programme.HourLengthUnstated {
		title += " (" + c.HourLength.Label(r.t) + ")"
	}
	r.b.WriteString("\n" + title + "\n")
	if len(c.Activities) == 0 {
		r.line(1, r.tx("brak działań", "no activities"))
		return
	}
	use := make(map[string]programme.ActivityUse, len(r.f.Activities))
	for _, u := range r.f.Activities {
		use[u.Activity] = u
	}
	for i, a := range c.Activities {
		item := "–"
		if a.Item != "" {
			item = a.Item + "."
		}
		r.line(1, item+" "+a.Name.In(r.t))
		facts := []string{a.Group.Label(r.t)}
		if a.Mode != programme.ModeUnstated {
			facts = append(facts, r.tx("zajęcia "+a.Mode.Label(r.t), a.Mode.Label(r.t)+" sessions"))
		}
		if a.Specialist != programme.NoSpecialist {
			facts = append(facts, a.Specialist.Label(r.t))
		}
		if len(a.Subgroups) > 0 {
			var names []string
			for _, code := range a.Subgroups {
				names = append(names, r.subgroupName(code))
			}
			facts = append(facts, r.tx("podgrupa: ", "subgroup: ")+strings.Join(names, "; "))
		}
		q := r.tx("limit: ", "quota: ") + a.Quota.Format(r.t)
		if a.Quota.InHours() && c.HourLengthOf(a) != programme.HourLengthUnstated {
			q += " (" + c.HourLengthOf(a).Label(r.t) + ")"
		}
		r.line(2, strings.Join(facts, ", ")+"; "+q+"; "+r.use(a, use[a.Code], i))
	}
}

// use says how much of activity a (the i-th of the catalogue) was
// attended, against its quota.
func (r *report) use(a programme.Activity, u programme.ActivityUse, i int) string {
	if u.Sessions == 0 {
		return r.tx("wykorzystanie: brak zapisów obecności", "use: no attendance recorded")
	}
	s := r.tx("wykorzystanie: liczba zajęć ", "use: sessions ") + strconv.Itoa(u.Sessions)
	if !u.Hours.IsZero() {
		s += r.tx(", łącznie ", ", in all ") + u.Hours.Format(r.t)
	}
	s += r.tx(", uczestnicy: ", ", participants: ") + r.count(u.Participants, indicator.UnitPeople)
	q := a.Quota
	if !q.Stated() {
		return s
	}
	switch q.Per {
	case programme.PerParticipant:
		var most programme.Use
		for _, pu := range r.f.Participants {
			c := pu.Uses[i]
			if c.Hours.Cmp(most.Hours) > 0 {
				most.Hours = c.Hours
			}
			most.Days, most.Months = max(most.Days, c.Days), max(most.Months, c.Months)
		}
		s += r.tx("; najwięcej na uczestnika: ", "; most per participant: ") + r.amount(q, most)
	case programme.PerGroup:
		for _, g := range u.Groups {
			name := g.Group
			if name == "" {
				name = r.tx("bez nazwy", "unnamed")
			}
			s += r.tx("; grupa ", "; group ") + name + ": " + r.amount(q, g.Use)
		}
	case programme.InTotal:
		s += r.tx("; łącznie: ", "; in total: ") + r.amount(q, u.Total)
	}
	return s
}

// amount writes a use in the unit of quota q: hours, days or months.
func (r *report) amount(q programme.Quota, u programme.Use) string {
	switch {
	case q.Days != 0:
		return programme.Quota{Days: u.Days}.Format(r.t)
	case q.Months != 0:
		return programme.Quota{Months: u.Months}.Format(r.t)
	}
	return u.Hours.Format(r.t)
}

func (r *report) subgroupName(code string) string {
	for _, s := range r.p.Subgroups {
		if s.Code == code {
			return s.Name.In(r.t)
		}
	}
	return code
}

// count writes a count of people in the report notation, "20 (12K i 8M)";
// a count with no breakdown by sex as a number with its noun, "32 osoby";
// a count in another unit with its noun, "35 kontraktów".
func (r *report) count(c indicator.Count, unit indicator.Unit) string {
	if c.IsZero() {
		return "0"
	}
	if c.Women == 0 && c.Men == 0 {
		return unit.Quantity(r.t, c.Total())
	}
	if unit != indicator.UnitPeople {
		return unit.Quantity(r.t, c.Total()) + " " + strings.TrimPrefix(c.Format(r.t), strconv.Itoa(c.Total())+" ")
	}
	return c.Format(r.t)
}

func (r *report) participants() {
	p, f := r.p, r.f
	r.section("Uczestnicy i przepływy, stan na "+r.asOf.Format(language.Polish),
		"Participants and flows as of "+r.asOf.Format(language.English))
	synthetic := 0
	for _, pt := range p.Participants {
		if pt.Synthetic {
			synthetic++
		}
	}
	if synthetic > 0 {
		r.line(1, r.tx("rekordy syntetyczne: ", "synthetic records: ")+strconv.Itoa(synthetic)+r.tx(" z ", " of ")+strconv.Itoa(len(p.Participants))+
			r.tx(" (tylko płeć i data urodzenia; odtwarzają liczby podane w dokumencie)",
				" (sex and birth date only; they reproduce the figures the document gives)"))
	}
	people := func(pl, en string, c indicator.Count) { r.line(1, r.tx(pl, en)+": "+r.count(c, indicator.UnitPeople)) }
	people("osoby, które przystąpiły do programu", "people who enrolled", f.Enrolled)
	people("osoby, które przerwały udział", "people who dropped out", f.DroppedOut)
	for _, rc := range f.ByReason {
		r.line(2, rc.Reason.Label(r.t)+": "+r.count(rc.Count, indicator.UnitPeople))
	}
	people("osoby, które zakończyły udział na skutek podjęcia pracy", "people who left for a job", f.LeftForJob)
	people("osoby, które powróciły do programu", "people who came back", f.CameBack)
	people("osoby, które ukończyły program", "people who completed the programme", f.Completed)
	r.line(1, r.tx("osoby uczestniczące w programie na dzień ", "people taking part on ")+r.asOf.Format(r.t)+": "+r.count(f.Continuing, indicator.UnitPeople))
	people("osoby, które podjęły pracę (w trakcie udziału lub po nim)", "people who found work (while taking part or after)", f.FoundWork)
	if row, ok := r.ind.Lookup(programme.MeasureContracts); ok && row.Unit == indicator.UnitContracts {
		r.line(1, r.tx("kontrakty: ", "contracts: ")+r.count(row.Computed, row.Unit))
	} else if ok {
		people("osoby objęte kontraktami", "people with contracts", row.Computed)
	}
	if row, ok := r.ind.Lookup(programme.MeasureQualifications); ok {
		people("osoby, które uzyskały kwalifikacje", "people who gained a qualification", row.Computed)
	}
	r.line(1, r.tx("bilans: ", "balance: ")+r.balance(f))
	if len(p.Subgroups) == 0 {
		return
	}
	r.line(1, r.tx("podgrupy:", "subgroups:"))
	for _, sg := range p.Subgroups {
		members := examples.Members(p, sg.Code)
		if len(members) == 0 {
			r.line(2, sg.Name.In(r.t)+": "+r.tx("dokument nie podaje liczebności", "the document gives no number"))
			continue
		}
		q := p
		q.Participants = members
		sf := q.Flows(r.asOf)
		s := sg.Name.In(r.t) + ": " + r.count(sf.Enrolled, indicator.UnitPeople)
		if sf.Continuing != sf.Enrolled {
			s += r.tx("; bilans: ", "; balance: ") + r.balance(sf)
		}
		r.line(2, s)
	}
}

// balance writes the identity of the flows with its figures, and whether
// it holds.
func (r *report) balance(f programme.Flows) string {
	c := func(n indicator.Count) string { return r.count(n, indicator.UnitPeople) }
	s := r.tx("przystąpienia ", "enrolled ") + c(f.Enrolled) +
		r.tx(" − przerwania ", " − dropped out ") + c(f.DroppedOut) +
		r.tx(" − odejścia do pracy ", " − left for a job ") + c(f.LeftForJob) +
		r.tx(" + powroty ", " + came back ") + c(f.CameBack) +
		r.tx(" − ukończenia ", " − completed ") + c(f.Completed) +
		r.tx(" = kontynuujący udział ", " = continuing ") + c(f.Continuing)
	if err := f.Balance(); err != nil {
		return s + r.tx(": niezgodny: ", ": does not hold: ") + integracja.Localize(err, r.t)
	}
	return s
}

func (r *report) money() {
	p := r.p
	r.section("Budżet", "Budget")
	fu := p.Funds
	if p.Budget == nil && fu.Planned.Raw == "" && fu.Spent.Raw == "" && len(fu.ByCategory) == 0 {
		if fu.Grant.Raw != "" {
			r.line(1, fu.Grant.Label.In(r.t)+": "+r.printed(fu.Grant))
		}
		r.line(1, r.tx("dokument nie podaje planu ani wydatków", "the document gives no plan and no spending"))
		return
	}
	for _, f := range []budget.Printed{fu.Grant, fu.Planned} {
		if f.Raw != "" {
			r.line(1, f.Label.In(r.t)+": "+r.printed(f))
		}
	}
	if fu.Spent.Raw != "" {
		s := fu.Spent.Label.In(r.t) + ": " + r.printed(fu.Spent)
		if fu.Spent.Readable && fu.Planned.Readable {
			if e, err := budget.NewProportion(fu.Spent.Amount, fu.Planned.Amount); err == nil {
				s += r.tx("; wykonanie planu: ", "; execution of the plan: ") + e.Format(r.t)
			}
		}
		r.line(1, s)
	}
	if len(fu.ByCategory) > 0 {
		r.line(1, r.tx("wydatki według kategorii i ich udział w wydatkach (planu według kategorii dokument nie podaje):",
			"spending by category and its share of the spending (the document gives no plan by category):"))
		for _, c := range fu.ByCategory {
			s := c.Spent.Label.In(r.t) + ": " + r.printed(c.Spent)
			if c.Spent.Readable && fu.Spent.Readable {
				if sh, err := budget.NewProportion(c.Spent.Amount, fu.Spent.Amount); err == nil {
					s += " — " + sh.Format(r.t)
				}
			}
			r.line(2, s)
		}
		if rec, err := fu.Reconcile(); err == nil {
			s := rec.Format(r.t)
			if rec.Outcome == budget.MissingParts && fu.Spent.Readable {
				if sh, err := budget.NewProportion(rec.Missing, fu.Spent.Amount); err == nil {
					s += r.tx(" (", " (") + sh.Format(r.t) + r.tx(" wydatków)", " of the spending)")
				}
			}
			r.line(1, r.tx("uzgodnienie z kwotą wydatków: ", "reconciliation with the amount spent: ")+s)
		}
	}
	if p.Budget != nil {
		rep, err := p.Budget.Report(len(p.Participants))
		if err != nil {
			r.line(1, integracja.Localize(err, r.t))
			return
		}
		for _, l := range strings.Split(strings.TrimRight(rep.Format(r.t), "\n"), "\n") {
			r.line(1, l)
		}
	}
}

func (r *report) indicators() {
	set := r.p.Indicators
	r.section("Wskaźniki według dokumentu i według rekordów, stan na "+r.asOf.Format(language.Polish),
		"Indicators by the document and by the records as of "+r.asOf.Format(language.English))
	if len(set) == 0 {
		r.line(1, r.tx("dokument nie podaje wskaźników", "the document reports no indicators"))
		return
	}
	children := make(map[string][]indicator.Indicator)
	var roots []indicator.Indicator
	for _, in := range set {
		if _, ok := set.Lookup(in.Parent); in.Parent != "" && ok {
			children[in.Parent] = append(children[in.Parent], in)
		} else {
			roots = append(roots, in)
		}
	}
	var walk func(in indicator.Indicator, depth int)
	walk = func(in indicator.Indicator, depth int) {
		prefix := ""
		if depth > 1 {
			prefix = r.tx("w tym ", "of whom ")
		}
		r.line(depth, prefix+in.Name.In(r.t)+": "+r.indicatorFigures(in))
		for _, c := range children[in.Code] {
			walk(c, depth+1)
		}
	}
	for _, in := range roots {
		walk(in, 1)
	}
}

// targetOnly reports whether the document gives only a target for in.
func targetOnly(in indicator.Indicator) bool { return in.Achieved.IsZero() && in.HasTarget() }

// indicatorFigures writes what the document reports of in, its target,
// the figure computed from the records with whether they agree, and how
// far the target is reached: by the records when they give the figure,
// by the document otherwise.
func (r *report) indicatorFigures(in indicator.Indicator) string {
	var parts []string
	if !targetOnly(in) {
		parts = append(parts, r.tx("według dokumentu ", "document: ")+r.count(in.Achieved, in.Unit))
	}
	if in.HasTarget() {
		parts = append(parts, r.tx("cel ", "target: ")+r.count(in.Target, in.Unit))
	}
	achieved := in.Achieved
	if row, ok := r.ind.Lookup(in.Code); ok && row.Computable {
		achieved = row.Computed
		s := r.tx("według rekordów ", "records: ") + r.count(row.Computed, in.Unit)
		switch {
		case targetOnly(in):
		case row.Differs():
			s += r.tx(": niezgodne", ", different")
		default:
			s += r.tx(": zgodne", ", the same")
		}
		parts = append(parts, s)
	}
	if in.HasTarget() {
		parts = append(parts, r.tx("stopień realizacji celu ", "target reached at ")+
			indicator.Indicator{Target: in.Target, Achieved: achieved}.Achievement().Total.Format(r.t, 2))
	}
	return strings.Join(parts, "; ")
}

func (r *report) softResults() {
	if len(r.p.SoftResults) == 0 {
		return
	}
	r.section("Rezultaty miękkie wymienione w dokumencie", "Soft results the document lists")
	for _, s := range r.p.SoftResults {
		r.line(1, "– "+s.In(r.t))
	}
}

func (r *report) checks() {
	p := r.p
	r.section("Wyniki kontroli", "Checks")
	r.line(1, r.tx("poprawność danych: bez uwag (wszystkie pola i zdarzenia zgodne z formatem i cyklem udziału)",
		"the data: no problems (every field and event consistent with the format and the course of participation)"))
	if err := r.f.Balance(); err != nil {
		r.line(1, r.tx("bilans przepływów uczestników: niezgodny: ", "balance of the participants' flows: does not hold: ")+integracja.Localize(err, r.t))
	} else {
		r.line(1, r.tx("bilans przepływów uczestników: zgodny", "balance of the participants' flows: holds"))
	}
	var differ []string
	compared := 0
	for _, in := range p.Indicators {
		row, ok := r.ind.Lookup(in.Code)
		if !ok || !row.Computable || targetOnly(in) {
			continue
		}
		compared++
		if row.Differs() {
			differ = append(differ, in.Name.In(r.t))
		}
	}
	switch {
	case compared == 0:
	case len(differ) == 0:
		r.line(1, r.tx("porównanie liczb z dokumentu z rekordami: bez rozbieżności", "the document's figures against the records: no difference"))
	default:
		r.line(1, r.tx("porównanie liczb z dokumentu z rekordami: rozbieżności: ", "the document's figures against the records: differences: ")+strings.Join(differ, "; "))
	}
	if !r.known {
		r.line(1, r.tx("reguły programu finansowania: ", "rules of the funding scheme: ")+r.schemeName()+
			r.tx("; kontroli reguł nie przeprowadzono", "; no rules checked"))
		return
	}
	fs := p.Check(r.scheme, r.asOf)
	var n [3]int
	for _, f := range fs {
		n[min(int(f.Severity), 2)]++
	}
	r.line(1, r.tx("reguły programu finansowania na dzień ", "rules of the funding scheme as of ")+r.asOf.Format(r.t)+": "+
		r.tx("naruszenia: ", "violations: ")+strconv.Itoa(n[integracja.Violation])+", "+
		r.tx("ostrzeżenia: ", "warnings: ")+strconv.Itoa(n[integracja.Warning])+", "+
		r.tx("informacje: ", "information: ")+strconv.Itoa(n[integracja.Info]))
	for _, sev := range []integracja.Severity{integracja.Violation, integracja.Warning, integracja.Info} {
		for _, f := range fs {
			if f.Severity != sev {
				continue
			}
			r.line(2, f.Severity.Label(r.t)+": "+f.Message.In(r.t))
			if f.Basis != "" && sev != integracja.Info {
				r.line(3, r.tx("podstawa: ", "basis: ")+f.Basis)
			}
		}
	}
}
