package programme

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/i18n"
)

// MaxCodeLen is the longest code (of an activity, subgroup, document or
// scheme) and the longest participant ID or contract number Validate
// accepts.
const MaxCodeLen = 64

// MaxSessionHours is the longest session, in hours, Validate accepts: a
// day.
const MaxSessionHours = 24

// Validate reports every problem of the programme at once, each a
// [*integracja.FieldError] with its path and a cause to match with
// errors.Is; nil when there is none. It reports, among others:
//
//   - missing identity: "name", "operator.kind", "operator.name",
//     "period" ([integracja.ErrRequired]); a malformed scheme code;
//   - sources, context figures and funds: repeated document IDs, a figure
//     without its source or with an unknown one ([integracja.ErrUnknown]),
//     a printed amount whose readability or amount contradicts its text,
//     a category the budget does not have; and every problem of the
//     budget under "budget" ([budget.Budget.Validate]);
//   - the catalogue: a missing, malformed or repeated activity code, a
//     missing name or group, a quota in two units or without its basis, an
//     unknown subgroup;
//   - participants: a missing, repeated or malformed ID (an ID may not be a
//     PESEL), a sex or birth date that contradicts the attached person, a
//     contract number that the programme's contract records do not have,
//     an unknown subgroup, ESF data that is incomplete; events that are
//     missing, out of date order ("participants[2].events[3].date",
//     [integracja.ErrInconsistent]), outside the programme's period
//     ([integracja.ErrOutOfRange]; a job taken or progress found after
//     leaving may come after the period's end), a second enrolment
//     ([integracja.ErrDuplicate]), any other change the lifecycle does not
//     allow ([integracja.ErrTransition]), a dropout without its reason, a
//     completion the completion rule does not support;
//   - contract records: a repeated number, and a number no participant
//     record carries ([integracja.ErrUnknown]);
//   - attendance: an unknown activity or participant, a session outside
//     the period, one on a day a participant was not taking part
//     ([integracja.ErrOutOfRange]) or for a participant outside the
//     activity's subgroups, an individual session with several
//     participants, a quota exceeded — at the session that went over it,
//     with the figures ("attendance[41].hours");
//   - the completion rule's share, and the indicators under "indicators"
//     ([indicator.Set.Validate]).
//
// No message holds a birth date or anything of an attached person but its
// ID.
func (p Programme) Validate() error {
	v := validator{p: &p}
	v.identity()
	v.sources()
	v.money()
	v.catalogue()
	v.subgroups()
	ix := newIndex(&p)
	v.participants(ix)
	v.contracts()
	u := v.attendance(ix)
	v.quotas(ix, u)
	v.completions(u)
	v.add(p.Completion.validate(integracja.NewPath("completionRule")))
	for i, r := range p.SoftResults {
		if strings.TrimSpace(r.PL) == "" {
			v.add(integracja.Required(path("softResults").Index(i).Child("pl")))
		}
	}
	if p.Indicators != nil {
		v.add(integracja.Under(integracja.NewPath("indicators"), p.Indicators.Validate()))
	}
	return integracja.Join(v.errs...)
}

// validator collects the problems of one programme.
type validator struct {
	p    *Programme
	errs []error
	// subgroups and carried are the known subgroup codes and the contract
	// numbers participants carry.
	subgroupSet map[string]bool
	carried     map[string]bool
}

func (v *validator) add(errs ...error) {
	for _, e := range errs {
		if e != nil {
			v.errs = append(v.errs, e)
		}
	}
}

func path(name string) integracja.Path { return integracja.NewPath(name) }

func (v *validator) identity() {
	p := v.p
	if strings.TrimSpace(p.Name) == "" {
		v.add(integracja.Required(path("name")))
	}
	op := path("operator")
	switch {
	case !p.Operator.Kind.IsValid():
		v.add(integracja.Under(op.Child("kind"), operatorKinds.Check(p.Operator.Kind)))
	case p.Operator.Kind == OperatorUnspecified:
		v.add(integracja.Required(op.Child("kind")))
	}
	if strings.TrimSpace(p.Operator.Name) == "" {
		v.add(integracja.Required(op.Child("name")))
	}
	if p.Scheme != "" {
		v.add(validateCode(path("scheme"), p.Scheme))
	}
	if p.Period.IsZero() {
		v.add(integracja.Required(path("period")))
	} else {
		v.add(p.Period.ValidateAt(path("period")))
	}
}

// validateCode checks a code: lowercase ASCII letters, digits and
// underscores, starting with a letter, at most MaxCodeLen bytes.
func validateCode(at integracja.Path, code string) error {
	if code == "" {
		return integracja.Required(at)
	}
	ok := len(code) <= MaxCodeLen && code[0] >= 'a' && code[0] <= 'z'
	for i := 0; ok && i < len(code); i++ {
		c := code[i]
		ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
	}
	if ok {
		return nil
	}
	return integracja.Invalid(at, clip(code), integracja.Text{
		PL: "kod to małe litery a–z, cyfry i podkreślenia, od litery, najwyżej 64 znaki",
		EN: "a code is lowercase letters a–z, digits and underscores, starting with a letter, at most 64 characters"})
}

// validateKey checks a participant ID or a contract number at at(),
// child name when name is given: not blank, no control characters, at
// most MaxCodeLen bytes. An ID may not hold spaces, nor be eleven digits:
// it would be, or look like, a PESEL.
func validateKey(at func() integracja.Path, name, key string, id bool) error {
	var problem integracja.Text
	switch {
	case strings.TrimSpace(key) == "":
		p := at()
		if name != "" {
			p = p.Child(name)
		}
		return integracja.Required(p)
	case len(key) > MaxCodeLen || !utf8.ValidString(key) || strings.IndexFunc(key, unicode.IsControl) >= 0:
		problem = integracja.Text{PL: "najwyżej 64 bajty UTF-8, bez znaków sterujących", EN: "at most 64 bytes of UTF-8, no control characters"}
	case id && len(key) == 11 && isDigits(key):
		problem = integracja.Text{PL: "identyfikator uczestnika nie może być numerem PESEL", EN: "a participant ID may not be a PESEL"}
	case id && strings.IndexFunc(key, unicode.IsSpace) >= 0:
		problem = integracja.Text{PL: "identyfikator bez spacji", EN: "an ID without spaces"}
	default:
		return nil
	}
	p := at()
	if name != "" {
		p = p.Child(name)
	}
	return integracja.Invalid(p, "", problem)
}

// duplicates reports every code after its first occurrence in a list, at
// the path at(i) gives. Empty codes are not compared; short lists are
// compared without a map.
func duplicates(n int, code func(i int) string, at func(i int) integracja.Path) []error {
	var errs []error
	report := func(i, j int) {
		errs = append(errs, integracja.NewFieldError(at(i), integracja.ErrDuplicate, clip(code(i)), integracja.Text{
			PL: "to samo co w pozycji " + strconv.Itoa(j), EN: "the same as item " + strconv.Itoa(j)}))
	}
	if n <= 8 {
		for i := 1; i < n; i++ {
			for j := 0; j < i; j++ {
				if c := code(i); c != "" && c == code(j) {
					report(i, j)
					break
				}
			}
		}
		return errs
	}
	first := make(map[string]int, n)
	for i := 0; i < n; i++ {
		c := code(i)
		if c == "" {
			continue
		}
		if j, dup := first[c]; dup {
			report(i, j)
			continue
		}
		first[c] = i
	}
	return errs
}

func (v *validator) sources() {
	p := v.p
	for i, d := range p.Sources {
		at := path("sources").Index(i)
		v.add(validateCode(at.Child("id"), d.ID))
		if strings.TrimSpace(d.Title) == "" {
			v.add(integracja.Required(at.Child("title")))
		}
		if !d.Date.IsZero() {
			v.add(integracja.ValidateDate(at.Child("date"), d.Date))
		}
	}
	v.add(duplicates(len(p.Sources), func(i int) string { return p.Sources[i].ID },
		func(i int) integracja.Path { return path("sources").Index(i).Child("id") })...)
	known := make(map[string]bool, len(p.Sources))
	for _, d := range p.Sources {
		known[d.ID] = true
	}
	source := func(at integracja.Path, id string, required bool) {
		switch {
		case id == "" && required:
			v.add(integracja.Required(at))
		case id != "" && !known[id]:
			v.add(integracja.Unknown(at, clip(id), integracja.Text{
				PL: "brak takiego dokumentu w źródłach programu", EN: "no such document among the programme's sources"}))
		}
	}
	for i, f := range p.Context {
		at := path("context").Index(i)
		if strings.TrimSpace(f.Label.PL) == "" {
			v.add(integracja.Required(at.Child("label").Child("pl")))
		}
		switch {
		case !f.Unit.IsValid():
			v.add(integracja.Under(at.Child("unit"), figureUnits.Check(f.Unit)))
		case f.Unit == UnitUnspecified:
			v.add(integracja.Required(at.Child("unit")))
		}
		if f.Value.IsNegative() || (f.Unit == Percent && f.Value.GreaterThan(hundred)) {
			v.add(integracja.OutOfRange(at.Child("value"), f.Value.String(), integracja.Text{
				PL: "wartość ujemna lub odsetek ponad 100", EN: "a negative value or a percentage above 100"}))
		}
		if f.Year != 0 && (f.Year < 1000 || f.Year > 9999) {
			v.add(integracja.OutOfRange(at.Child("year"), strconv.Itoa(f.Year), between(1000, 9999)))
		}
		source(at.Child("source"), f.Source, true)
	}
	source(path("funds").Child("source"), p.Funds.Source, false)
}

func (v *validator) money() {
	p := v.p
	if p.Budget != nil {
		v.add(integracja.Under(path("budget"), p.Budget.Validate()))
	}
	f := path("funds")
	v.add(printed(f.Child("grant"), p.Funds.Grant))
	v.add(printed(f.Child("planned"), p.Funds.Planned))
	v.add(printed(f.Child("spent"), p.Funds.Spent))
	for i, c := range p.Funds.ByCategory {
		at := f.Child("byCategory").Index(i)
		v.add(printed(at.Child("spent"), c.Spent))
		if c.Category != "" && p.Budget != nil && !p.Budget.Categories.Contains(c.Category) {
			v.add(integracja.Unknown(at.Child("category"), clip(c.Category), integracja.Text{
				PL: "brak takiej kategorii w katalogu budżetu", EN: "no such category in the budget's catalogue"}))
		}
	}
	v.add(duplicates(len(p.Funds.ByCategory), func(i int) string { return p.Funds.ByCategory[i].Category },
		func(i int) integracja.Path { return f.Child("byCategory").Index(i).Child("category") })...)
}

// printed reports a printed figure whose readability or amount does not
// follow from its text: a figure is readable exactly when
// [budget.ParseMoney] reads its text, and its amount is what it reads.
func printed(at integracja.Path, f budget.Printed) error {
	if f.Raw == "" {
		if f.Readable || !f.Amount.IsZero() {
			return integracja.Required(at.Child("raw"))
		}
		return nil
	}
	m, err := budget.ParseMoney(f.Raw)
	switch {
	case err != nil && f.Readable:
		return integracja.Inconsistent(at.Child("readable"), "", integracja.Text{
			PL: "kwoty nie da się odczytać z tekstu „" + clip(f.Raw) + "”", EN: "the amount cannot be read from “" + clip(f.Raw) + "”"})
	case err != nil && !f.Amount.IsZero():
		return integracja.Inconsistent(at.Child("amount"), f.Amount.String(), integracja.Text{
			PL: "kwota nieczytelnej pozycji musi być zerowa", EN: "an unreadable figure's amount must be zero"})
	case err == nil && !f.Readable:
		return integracja.Inconsistent(at.Child("readable"), "", integracja.Text{
			PL: "tekst „" + clip(f.Raw) + "” daje się odczytać", EN: "“" + clip(f.Raw) + "” can be read"})
	case err == nil && !f.Amount.Equal(m):
		return integracja.Inconsistent(at.Child("amount"), f.Amount.String(), integracja.Text{
			PL: "tekst „" + clip(f.Raw) + "” to " + m.Format(language.Polish), EN: "“" + clip(f.Raw) + "” reads " + m.Format(language.English)})
	}
	return nil
}

func (v *validator) catalogue() {
	c := v.p.Catalogue
	at := path("catalogue")
	if !c.HourLength.IsValid() {
		v.add(integracja.Under(at.Child("hourLength"), hourLengths.Check(c.HourLength)))
	}
	for i, a := range c.Activities {
		ap := at.Child("activities").Index(i)
		v.add(validateCode(ap.Child("code"), a.Code))
		if strings.TrimSpace(a.Name.PL) == "" {
			v.add(integracja.Required(ap.Child("name").Child("pl")))
		}
		switch {
		case !a.Group.IsValid():
			v.add(integracja.Under(ap.Child("group"), groups.Check(a.Group)))
		case a.Group == GroupUnspecified:
			v.add(integracja.Required(ap.Child("group")))
		}
		if !a.Mode.IsValid() {
			v.add(integracja.Under(ap.Child("mode"), modes.Check(a.Mode)))
		}
		if !a.Specialist.IsValid() {
			v.add(integracja.Under(ap.Child("specialist"), specialists.Check(a.Specialist)))
		}
		if !a.HourLength.IsValid() {
			v.add(integracja.Under(ap.Child("hourLength"), hourLengths.Check(a.HourLength)))
		}
		v.add(a.Quota.validate(ap.Child("quota"))...)
	}
	v.add(duplicates(len(c.Activities), func(i int) string { return c.Activities[i].Code },
		func(i int) integracja.Path { return at.Child("activities").Index(i).Child("code") })...)
}

// subgroups checks the programme's subgroups and the subgroup codes of
// the activities.
func (v *validator) subgroups() {
	p := v.p
	for i, s := range p.Subgroups {
		at := path("subgroups").Index(i)
		v.add(validateCode(at.Child("code"), s.Code))
		if strings.TrimSpace(s.Name.PL) == "" {
			v.add(integracja.Required(at.Child("name").Child("pl")))
		}
	}
	v.add(duplicates(len(p.Subgroups), func(i int) string { return p.Subgroups[i].Code },
		func(i int) integracja.Path { return path("subgroups").Index(i).Child("code") })...)
	v.subgroupSet = make(map[string]bool, len(p.Subgroups))
	for _, sg := range p.Subgroups {
		v.subgroupSet[sg.Code] = true
	}
	for i, a := range p.Catalogue.Activities {
		v.tags(func() integracja.Path { return path("catalogue").Child("activities").Index(i).Child("subgroups") }, a.Subgroups)
	}
}

// tags reports unknown and repeated subgroup codes in a list at at().
func (v *validator) tags(at func() integracja.Path, tags []string) {
	for j, t := range tags {
		if !v.subgroupSet[t] {
			v.add(integracja.Unknown(at().Index(j), clip(t), integracja.Text{
				PL: "brak takiej podgrupy w programie", EN: "no such subgroup in the programme"}))
		}
	}
	v.add(duplicates(len(tags), func(j int) string { return tags[j] }, func(j int) integracja.Path { return at().Index(j) })...)
}

func (v *validator) participants(ix *index) {
	p := v.p
	records := make(map[string]bool, len(p.Contracts))
	for _, c := range p.Contracts {
		records[c.Number] = true
	}
	v.carried = make(map[string]bool, len(p.Contracts))
	for i := range p.Participants {
		pt := &p.Participants[i]
		// Paths are built only for the problems found, so that a valid
		// programme costs no string per participant.
		at := func() integracja.Path { return path("participants").Index(i) }
		v.add(validateKey(at, "id", pt.ID, true))
		v.person(at, pt)
		for j, n := range pt.Contracts {
			cp := func() integracja.Path { return at().Child("contracts").Index(j) }
			if err := validateKey(cp, "", n, false); err != nil {
				v.add(err)
				continue
			}
			v.carried[n] = true
			if len(p.Contracts) > 0 && !records[n] {
				v.add(integracja.Unknown(cp(), clip(n), integracja.Text{
					PL: "brak kontraktu o tym numerze w kontraktach programu", EN: "no contract of this number among the programme's contracts"}))
			}
		}
		v.add(duplicates(len(pt.Contracts), func(j int) string { return pt.Contracts[j] },
			func(j int) integracja.Path { return at().Child("contracts").Index(j) })...)
		v.tags(func() integracja.Path { return at().Child("subgroups") }, pt.Subgroups)
		v.events(at, pt)
		v.esf(at, pt)
		v.add(pt.Eligibility.validate(func() integracja.Path { return at().Child("eligibility") })...)
	}
	v.add(duplicates(len(p.Participants), func(i int) string { return p.Participants[i].ID },
		func(i int) integracja.Path { return path("participants").Index(i).Child("id") })...)
	v.samePerson()
}

// person checks the participant's sex and birth date, and their agreement
// with the attached person. The person's names and ID are never required.
func (v *validator) person(at func() integracja.Path, pt *Participant) {
	if !pt.Sex.IsValid() {
		v.add(integracja.Invalid(at().Child("sex"), pt.Sex.String(), integracja.Text{
			PL: "oczekiwano K, M lub brak", EN: "want K, M or none"}))
	}
	if !pt.BirthDate.IsZero() && !pt.BirthDate.IsValid() {
		v.add(integracja.Invalid(at().Child("birthDate"), "", integracja.Text{
			PL: "nie ma takiego dnia w kalendarzu", EN: "no such day in the calendar"}))
	}
	if pt.Person == nil {
		return
	}
	for _, fe := range integracja.FieldErrors(pt.Person.ValidateAt(at().Child("person"))) {
		if fe.Err == integracja.ErrRequired {
			continue // names and IDs are the host's, and never required here
		}
		v.add(fe)
	}
	if s := pt.Person.EffectiveSex(); pt.Sex != indicator.SexUnspecified && s != indicator.SexUnspecified && s != pt.Sex {
		v.add(integracja.Inconsistent(at().Child("sex"), "", integracja.Text{
			PL: "płeć nie zgadza się z dołączoną osobą", EN: "the sex contradicts the attached person"}))
	}
	if b := pt.Person.EffectiveBirthDate(); !pt.BirthDate.IsZero() && !b.IsZero() && b != pt.BirthDate.Reveal() {
		v.add(integracja.Inconsistent(at().Child("birthDate"), "", integracja.Text{
			PL: "data urodzenia nie zgadza się z dołączoną osobą", EN: "the birth date contradicts the attached person"}))
	}
}

// samePerson reports two participant records of one person: the same
// PESEL in the attached persons.
func (v *validator) samePerson() {
	first := make(map[string]int)
	for i, pt := range v.p.Participants {
		if pt.Person == nil || pt.Person.PESEL.IsZero() {
			continue
		}
		k := pt.Person.PESEL.Reveal()
		if j, dup := first[k]; dup {
			v.add(integracja.NewFieldError(path("participants").Index(i).Child("person").Child("pesel"), integracja.ErrDuplicate, "",
				integracja.Text{PL: "ta sama osoba co uczestnik " + clip(v.p.Participants[j].ID),
					EN: "the same person as participant " + clip(v.p.Participants[j].ID)}))
			continue
		}
		first[k] = i
	}
}

// events checks a participant's events: dates in order and within the
// period, kinds, the lifecycle, and what each kind carries.
func (v *validator) events(at func() integracja.Path, pt *Participant) {
	if len(pt.Events) == 0 {
		v.add(integracja.NewFieldError(at().Child("events"), integracja.ErrRequired, "", integracja.Text{
			PL: "uczestnik bez przystąpienia do programu", EN: "a participant who never enrolled"}))
		return
	}
	period := v.p.Period
	periodOK := period.Validate() == nil
	s := StatusNotEnrolled
	var prev integracja.Date
	for j, e := range pt.Events {
		ep := func() integracja.Path { return at().Child("events").Index(j) }
		if !e.Date.IsValid() {
			v.add(integracja.ValidateDate(ep().Child("date"), e.Date))
		} else {
			if periodOK && !period.Contains(e.Date) && !(e.Kind.FoundLater() && e.Date.After(period.To)) {
				v.add(integracja.OutOfRange(ep().Child("date"), e.Date.String(), outside("zdarzenie", "an event", e.Date, period)))
			}
			if prev.IsValid() && e.Date.Before(prev) {
				v.add(integracja.Inconsistent(ep().Child("date"), e.Date.String(), integracja.Text{
					PL: "zdarzenie z " + e.Date.Format(language.Polish) + " zapisane po zdarzeniu z " + prev.Format(language.Polish),
					EN: "an event of " + e.Date.String() + " listed after one of " + prev.String()}))
			}
			prev = e.Date
		}
		switch {
		case !e.Kind.IsValid():
			v.add(integracja.Under(ep().Child("kind"), eventKinds.Check(e.Kind)))
		case e.Kind == EventUnspecified:
			v.add(integracja.Required(ep().Child("kind")))
		default:
			n, ok := next(s, e.Kind)
			switch {
			case ok:
				s = n
			case e.Kind == Enrolled:
				v.add(integracja.NewFieldError(ep().Child("kind"), integracja.ErrDuplicate, "", integracja.Text{
					PL: "uczestnik przystąpił do programu już wcześniej; ponowne przystąpienie to powrót",
					EN: "the participant enrolled before; enrolling again is coming back"}))
			default:
				v.add(integracja.NewFieldError(ep().Child("kind"), integracja.ErrTransition, "", integracja.Text{
					PL: "„" + e.Kind.Label(language.Polish) + "” niemożliwe, gdy uczestnik ma status „" + s.Label(language.Polish) + "”",
					EN: "“" + e.Kind.Label(language.English) + "” is not possible while the participant is “" + s.Label(language.English) + "”"}))
			}
		}
		v.eventDetails(ep, e)
	}
	if b := pt.EffectiveBirthDate(); b.IsValid() && pt.Events[0].Date.IsValid() && pt.Events[0].Date.Before(b.Reveal()) {
		v.add(integracja.Inconsistent(at().Child("birthDate"), "", integracja.Text{
			PL: "data urodzenia późniejsza niż pierwsze zdarzenie uczestnika", EN: "born after the participant's first event"}))
	}
}

// eventDetails checks the reason, note and situation on leaving of an
// event.
func (v *validator) eventDetails(ep func() integracja.Path, e Event) {
	switch {
	case !e.Reason.IsValid():
		v.add(integracja.Under(ep().Child("reason"), dropoutReasons.Check(e.Reason)))
	case e.Kind == DroppedOut && e.Reason == ReasonUnspecified:
		v.add(integracja.Required(ep().Child("reason")))
	case e.Kind != DroppedOut && e.Reason != ReasonUnspecified:
		v.add(integracja.Inconsistent(ep().Child("reason"), "", integracja.Text{
			PL: "przyczynę („" + e.Reason.Label(language.Polish) + "”) podaje się tylko przy przerwaniu udziału",
			EN: "a reason (“" + e.Reason.Label(language.English) + "”) goes only with a dropout"}))
	case e.Reason == ReasonOther && strings.TrimSpace(e.Note) == "":
		v.add(integracja.NewFieldError(ep().Child("note"), integracja.ErrRequired, "", integracja.Text{
			PL: "opis innej przyczyny", EN: "the description of the other reason"}))
	}
	if e.Leaving.Any() && !e.Kind.Ends() {
		v.add(integracja.Inconsistent(ep().Child("leaving"), "", integracja.Text{
			PL: "sytuację po opuszczeniu programu podaje się przy zdarzeniu, które kończy udział",
			EN: "the situation on leaving goes with an event that ends participation"}))
	}
	if e.Leaving.JobSearching && (e.Leaving.Employed || e.Kind == LeftForJob) {
		v.add(integracja.Inconsistent(ep().Child("leaving").Child("jobSearching"), "", integracja.Text{
			PL: "poszukiwanie pracy i zatrudnienie po opuszczeniu programu wykluczają się; zapisuje się ostatni status",
			EN: "job searching and employment on leaving exclude each other; record the last status"}))
	}
}

// esf checks the ESF record through the profile it makes: when anything
// is recorded, the profile must be complete, and the birth date is
// required to give the age at entry. Problems the participant's own
// checks already report (sex, birth date, entry, exit, leaving) are not
// repeated.
func (v *validator) esf(at func() integracja.Path, pt *Participant) {
	if pt.ESF.IsZero() {
		return
	}
	if pt.EffectiveBirthDate().IsZero() {
		v.add(integracja.NewFieldError(at().Child("birthDate"), integracja.ErrRequired, "", integracja.Text{
			PL: "dane EFS wymagają daty urodzenia (wiek w chwili przystąpienia)",
			EN: "ESF data need the birth date (age at entry)"}))
	}
	for _, fe := range integracja.FieldErrors(pt.Profile().Validate()) {
		name, _, _ := strings.Cut(fe.Path.String(), ".")
		switch name {
		case "status", "education", "later":
			v.add(fe.Under(at().Child("esf")))
		}
	}
	if pt.ESF.Later.Any() && pt.StatusAt(maxDate) == StatusActive {
		v.add(integracja.Inconsistent(at().Child("esf").Child("later"), "", integracja.Text{
			PL: "sytuacja 6 miesięcy po opuszczeniu programu u uczestnika, który go nie opuścił",
			EN: "the situation six months after leaving of a participant who has not left"}))
	}
}

// maxDate is after every date.
var maxDate = integracja.Date{Year: 9999, Month: 12, Day: 31}

func (v *validator) contracts() {
	p := v.p
	for i, c := range p.Contracts {
		at := path("contracts").Index(i)
		if err := validateKey(func() integracja.Path { return at }, "number", c.Number, false); err != nil {
			v.add(err)
		} else if !v.carried[c.Number] {
			v.add(integracja.Unknown(at.Child("number"), clip(c.Number), integracja.Text{
				PL: "żaden uczestnik nie ma kontraktu o tym numerze", EN: "no participant record carries this contract number"}))
		}
		if !c.Kind.IsValid() {
			v.add(integracja.Invalid(at.Child("kind"), c.Kind.String(), integracja.Text{}))
		}
		if !c.ConcludedOn.IsZero() {
			v.add(integracja.ValidateDate(at.Child("concludedOn"), c.ConcludedOn))
		}
	}
	v.add(duplicates(len(p.Contracts), func(i int) string { return p.Contracts[i].Number },
		func(i int) integracja.Path { return path("contracts").Index(i).Child("number") })...)
}

// attendance checks each session and returns the usage of the whole
// attendance, which the quotas are held against. Paths are built only for
// the problems found: a valid session costs no string.
func (v *validator) attendance(ix *index) *usage {
	p := v.p
	acts := p.Catalogue.Activities
	period := p.Period
	periodOK := period.Validate() == nil
	for si := range p.Attendance {
		s := &p.Attendance[si]
		at := func() integracja.Path { return path("attendance").Index(si) }
		ai, known := ix.acts[s.Activity]
		switch {
		case s.Activity == "":
			v.add(integracja.Required(at().Child("activity")))
		case !known:
			v.add(integracja.Unknown(at().Child("activity"), clip(s.Activity), integracja.Text{
				PL: "brak takiego działania w katalogu", EN: "no such activity in the catalogue"}))
		}
		dateOK := s.Date.IsValid()
		switch {
		case !dateOK:
			v.add(integracja.ValidateDate(at().Child("date"), s.Date))
		case periodOK && !period.Contains(s.Date):
			v.add(integracja.OutOfRange(at().Child("date"), s.Date.String(), outside("zajęcia", "a session", s.Date, period)))
		}
		var a *Activity
		if known {
			a = &acts[ai]
		}
		v.sessionHours(at, s, a)
		if len(s.Participants) == 0 {
			v.add(integracja.NewFieldError(at().Child("participants"), integracja.ErrRequired, "", integracja.Text{
				PL: "zajęcia bez uczestników", EN: "a session without participants"}))
		}
		if a != nil && a.Mode == Individual && len(s.Participants) > 1 {
			v.add(integracja.Inconsistent(at().Child("participants"), strconv.Itoa(len(s.Participants)), integracja.Text{
				PL: "zajęcia indywidualne z więcej niż jednym uczestnikiem", EN: "an individual session with more than one participant"}))
		}
		v.attendees(at, s, a, ix, dateOK)
	}
	return tally(p, ix, integracja.Date{})
}

// sessionHours checks the length of a session against its activity.
func (v *validator) sessionHours(at func() integracja.Path, s *Session, a *Activity) {
	byDay := a != nil && (a.Quota.Days != 0 || a.Quota.Months != 0)
	switch {
	case s.Hours.IsNegative() || s.Hours.Cmp(HoursOf(MaxSessionHours)) > 0:
		v.add(integracja.OutOfRange(at().Child("hours"), s.Hours.String(), integracja.Text{
			PL: "od 0 do 24 godzin", EN: "from 0 to 24 hours"}))
	case s.Hours.IsZero() && !byDay:
		v.add(integracja.Required(at().Child("hours")))
	}
	if s.Practice && a != nil && a.Quota.Practice.IsZero() {
		v.add(integracja.Inconsistent(at().Child("practice"), "", integracja.Text{
			PL: "limit działania nie przewiduje godzin praktyki", EN: "the activity's quota has no hours of practice"}))
	}
}

// attendees checks the participants of a session: known, listed once,
// taking part on the day, and among those the activity is for.
func (v *validator) attendees(at func() integracja.Path, s *Session, a *Activity, ix *index, dateOK bool) {
	var seen map[string]bool
	if len(s.Participants) > 16 {
		seen = make(map[string]bool, len(s.Participants))
	}
	for j, id := range s.Participants {
		pp := func() integracja.Path { return at().Child("participants").Index(j) }
		pi, ok := ix.byID[id]
		if !ok {
			v.add(integracja.Unknown(pp(), clip(id), integracja.Text{
				PL: "brak uczestnika o tym identyfikatorze", EN: "no participant with this ID"}))
			continue
		}
		if seen != nil {
			if seen[id] {
				v.add(integracja.Duplicate(pp(), clip(id)))
				continue
			}
			seen[id] = true
		} else if slices.Contains(s.Participants[:j], id) {
			v.add(integracja.Duplicate(pp(), clip(id)))
			continue
		}
		if dateOK && !ix.active(pi, s.Date) {
			v.add(integracja.OutOfRange(pp(), clip(id), integracja.Text{
				PL: "uczestnik nie brał udziału w programie w dniu " + s.Date.Format(language.Polish),
				EN: "the participant was not taking part on " + s.Date.String()}))
		}
		if a != nil && len(a.Subgroups) > 0 && !a.For(v.p.Participants[pi].Subgroups) {
			v.add(integracja.Inconsistent(pp(), clip(id), integracja.Text{
				PL: "uczestnik spoza podgrup, dla których jest to działanie", EN: "a participant outside the subgroups the activity is for"}))
		}
	}
}

// outside says that something dated d falls outside the period.
func outside(whatPL, whatEN string, d integracja.Date, period integracja.Period) integracja.Text {
	return integracja.Text{
		PL: whatPL + " z " + d.Format(language.Polish) + " poza okresem programu " + period.Format(language.Polish),
		EN: whatEN + " of " + d.Format(language.English) + " outside the programme's period " + period.Format(language.English)}
}

// quotas reports every quota exceeded, at the session that went over it
// (in date order, and in the order of the list within a day).
func (v *validator) quotas(ix *index, u *usage) {
	p := v.p
	// over marks, for each activity, who went over its quota: a
	// participant's index, -1 for a group (named by group), -2 for the
	// programme in total.
	type target struct {
		who   int32
		group string
	}
	over := make(map[int]map[target]bool)
	mark := func(ai int, t target) {
		if over[ai] == nil {
			over[ai] = make(map[target]bool)
		}
		over[ai][t] = true
	}
	for ai, a := range p.Catalogue.Activities {
		q := a.Quota
		if !q.Stated() {
			continue
		}
		switch q.Per {
		case PerParticipant:
			for pi := range p.Participants {
				if exceeded(q, u.cell(pi, ai)) != "" {
					mark(ai, target{who: int32(pi)})
				}
			}
		case PerGroup:
			for k, g := range u.groups {
				if int(k.act) == ai && exceeded(q, *g) != "" {
					mark(ai, target{who: -1, group: k.group})
				}
			}
		case InTotal:
			if exceeded(q, u.totals[ai]) != "" {
				mark(ai, target{who: -2})
			}
		}
	}
	if len(over) == 0 {
		return
	}
	// One pass over the sessions in date order replays the running use of
	// every target that went over, and reports each at its first session
	// past the quota.
	type run struct {
		use  Use
		seen map[dayKey]bool
		done bool
	}
	runs := make(map[int]map[target]*run, len(over))
	for ai, ts := range over {
		runs[ai] = make(map[target]*run, len(ts))
		for t := range ts {
			runs[ai][t] = &run{}
		}
	}
	for _, si := range sessionOrder(p) {
		s := &p.Attendance[si]
		ai, ok := ix.acts[s.Activity]
		if !ok || runs[int(ai)] == nil {
			continue
		}
		a := &p.Catalogue.Activities[ai]
		step := func(t target, r *run) {
			if r == nil || r.done {
				return
			}
			var practice Hours
			if s.Practice {
				practice = s.Hours
			}
			r.use.add(s.Hours, practice)
			r.seen = r.use.addDay(r.seen, dayKey{date: s.Date})
			if what := exceeded(a.Quota, r.use); what != "" {
				r.done = true
				v.add(integracja.OutOfRange(path("attendance").Index(si).Child("hours"), s.Hours.String(),
					quotaText(p, t.who, t.group, what, r.use, a.Quota)))
			}
		}
		rs := runs[int(ai)]
		switch a.Quota.Per {
		case PerParticipant:
			for _, id := range s.Participants {
				if pi, ok := ix.byID[id]; ok {
					t := target{who: pi}
					step(t, rs[t])
				}
			}
		case PerGroup:
			t := target{who: -1, group: s.Group}
			step(t, rs[t])
		case InTotal:
			t := target{who: -2}
			step(t, rs[t])
		}
	}
}

// exceeded says which part of quota q use exceeds first: "hours" (the
// total), "practice", "theory" (the hours other than practice), "days",
// "months"; "" when none.
func exceeded(q Quota, use Use) string {
	switch {
	case q.InHours() && use.Hours.Cmp(q.Total()) > 0:
		return "hours"
	case q.InHours() && !q.Practice.IsZero() && use.Practice.Cmp(q.Practice) > 0:
		return "practice"
	case q.InHours() && !q.Practice.IsZero() && use.Hours.Sub(use.Practice).Cmp(q.Hours) > 0:
		return "theory"
	case q.Days != 0 && use.Days > q.Days:
		return "days"
	case q.Months != 0 && use.Months > q.Months:
		return "months"
	}
	return ""
}

// quotaText says whose use went over which part of the quota, with the
// figures.
func quotaText(p *Programme, who int32, group, what string, run Use, q Quota) integracja.Text {
	var whoPL, whoEN string
	switch {
	case who >= 0:
		whoPL, whoEN = "uczestnik "+p.Participants[who].ID, "participant "+p.Participants[who].ID
	case who == -1 && group != "":
		whoPL, whoEN = "grupa "+clip(group), "group "+clip(group)
	case who == -1:
		whoPL, whoEN = "grupa", "the group"
	default:
		whoPL, whoEN = "program łącznie", "the programme in total"
	}
	pl, en := language.Polish, language.English
	var usedPL, usedEN, limitPL, limitEN string
	switch what {
	case "hours":
		usedPL, usedEN, limitPL, limitEN = run.Hours.Format(pl), run.Hours.Format(en), q.Total().Format(pl), q.Total().Format(en)
	case "practice":
		usedPL, usedEN = run.Practice.Format(pl)+" praktyki", run.Practice.Format(en)+" of practice"
		limitPL, limitEN = q.Practice.Format(pl), q.Practice.Format(en)
	case "theory":
		t := run.Hours.Sub(run.Practice)
		usedPL, usedEN = t.Format(pl)+" zajęć poza praktyką", t.Format(en)+" other than practice"
		limitPL, limitEN = q.Hours.Format(pl), q.Hours.Format(en)
	case "days":
		usedPL, usedEN = i18n.Days.Count(pl, run.Days), i18n.Days.Count(en, run.Days)
		limitPL, limitEN = i18n.Days.Count(pl, q.Days), i18n.Days.Count(en, q.Days)
	case "months":
		usedPL, usedEN = i18n.Months.Count(pl, run.Months), i18n.Months.Count(en, run.Months)
		limitPL, limitEN = i18n.Months.Count(pl, q.Months), i18n.Months.Count(en, q.Months)
	}
	return integracja.Text{
		PL: whoPL + ": " + usedPL + " przy limicie " + limitPL + " (" + q.Per.Label(pl) + ")",
		EN: whoEN + ": " + usedEN + " against a quota of " + limitEN + " (" + q.Per.Label(en) + ")"}
}

// sessionOrder returns the indexes of the sessions in date order, and in
// the order of the list within a day.
func sessionOrder(p *Programme) []int {
	order := make([]int, len(p.Attendance))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return p.Attendance[a].Date.Compare(p.Attendance[b].Date) })
	return order
}

// completions reports a completion that the completion rule does not
// support: a participant who completed with less than the share of their
// planned hours.
func (v *validator) completions(u *usage) {
	p := v.p
	if p.Completion.IsZero() || p.Completion.validate(integracja.Path{}) != nil {
		return
	}
	for i, pt := range p.Participants {
		j := slices.IndexFunc(pt.Events, func(e Event) bool { return e.Kind == Completed })
		if j < 0 {
			continue
		}
		c := p.completion(u, i, pt)
		if !c.Applicable || c.Met {
			continue
		}
		share, _ := c.Share()
		pl, en := language.Polish, language.English
		v.add(integracja.Inconsistent(path("participants").Index(i).Child("events").Index(j).Child("kind"), Completed.String(), integracja.Text{
			PL: "ukończenie przy " + c.Attended.Format(pl) + " z " + c.Planned.Format(pl) + " zaplanowanych (" +
				commaDecimal(share.String()) + "%), a reguła wymaga " + commaDecimal(p.Completion.MinShare.String()) + "%",
			EN: "completed with " + c.Attended.Format(en) + " of " + c.Planned.Format(en) + " planned (" +
				share.String() + "%), the rule asks for " + p.Completion.MinShare.String() + "%"}))
	}
}
