package programme

import (
	"fmt"
	"log/slog"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/enum"
	"github.com/aktywna/integracja/internal/i18n"
	"github.com/aktywna/integracja/internal/mask"
)

// Programme is an active-integration programme or project (program,
// projekt systemowy) as one value: who runs it and under which funding
// scheme, its period and target group, the context figures and documents
// it rests on, its money (the [budget.Budget] and the [Funds] as the
// documents state them), its [Catalogue] of activities with their quotas,
// its [Participant]s with their contracts and dated events, the
// attendance [Session]s that use the quotas, the [CompletionRule], and the
// indicators and the soft results (rezultaty miękkie: "podwyższenie
// samooceny", Siewierz 2011) its documents report.
//
// Programme is plain data, built as a literal or decoded from its JSON
// form ([Decode]); [Programme.Validate] reports every problem at once, and
// [Programme.Flows], [Programme.Completions] and
// [Programme.SociallyUsefulWork] compute as of a date. A Programme holds
// personal data (birth dates; the host's [contract.Person] records when
// attached): its String, fmt verbs, LogValue and errors show none of it.
//
// The zero Programme is not valid: it has no name, operator or period.
type Programme struct {
	Name         string            `json:"name"`
	Edition      string            `json:"edition,omitempty"`
	Operator     Operator          `json:"operator"`
	Scheme       string            `json:"scheme,omitempty"`
	Period       integracja.Period `json:"period"`
	TargetGroup  integracja.Text   `json:"targetGroup,omitzero"`
	Sources      []Document        `json:"sources,omitempty"`
	Context      []Figure          `json:"context,omitempty"`
	Budget       *budget.Budget    `json:"budget,omitempty"`
	Funds        Funds             `json:"funds,omitzero"`
	Catalogue    Catalogue         `json:"catalogue"`
	Subgroups    []Subgroup        `json:"subgroups,omitempty"`
	Contracts    []ContractRecord  `json:"contracts,omitempty"`
	Participants []Participant     `json:"participants"`
	Attendance   []Session         `json:"attendance,omitempty"`
	Completion   CompletionRule    `json:"completionRule,omitzero"`
	Indicators   indicator.Set     `json:"indicators,omitempty"`
	SoftResults  []integracja.Text `json:"softResults,omitempty"`
}

// String returns the programme's name, edition and operator, and the
// number of participants: never anything personal.
func (p Programme) String() string {
	s := p.Name
	if p.Edition != "" {
		s += " (" + p.Edition + ")"
	}
	if p.Operator.Name != "" {
		s += ", " + p.Operator.Name
	}
	return s + ": " + i18n.Participants.Count(language.Polish, len(p.Participants))
}

// Format makes every fmt verb print [Programme.String], so that a
// programme printed by accident, whole, shows no personal data.
func (p Programme) Format(f fmt.State, verb rune) { mask.Format(f, verb, p.String()) }

// LogValue makes log/slog print the name, scheme, period and the numbers
// of participants and sessions, and nothing personal.
func (p Programme) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", p.Name),
		slog.String("scheme", p.Scheme),
		slog.String("period", p.Period.String()),
		slog.Int("participants", len(p.Participants)),
		slog.Int("sessions", len(p.Attendance)),
	)
}

// Operator is the institution that runs a programme: its [OperatorKind],
// its name as it writes it ("Gminny Ośrodek Pomocy Społecznej w
// Lubiszynie") and the gmina it serves.
//
// The zero Operator is not valid: it has no kind and no name.
type Operator struct {
	Kind  OperatorKind `json:"kind"`
	Name  string       `json:"name"`
	Gmina string       `json:"gmina,omitempty"`
}

// OperatorKind is the kind of institution that runs a programme: a social
// assistance centre (ośrodek pomocy społecznej, art. 110 u.p.s.; MOPS of a
// town and GOPS of a rural gmina are its local names), a district family
// support centre (PCPR, art. 112 u.p.s.), a social services centre (centrum
// usług społecznych, ustawa z 19 lipca 2019 r. o realizowaniu usług
// społecznych przez centrum usług społecznych), a social integration club
// (KIS, art. 18 u.z.s.) or centre (CIS, u.z.s.), or a non-governmental
// organisation (organizacja pozarządowa).
//
// The zero OperatorKind is OperatorUnspecified, which Validate reports as
// missing.
type OperatorKind uint8

// The kinds of operator.
const (
	OperatorUnspecified OperatorKind = iota // "": not given
	OPS                                     // "ops": ośrodek pomocy społecznej
	MOPS                                    // "mops": miejski ośrodek pomocy społecznej
	GOPS                                    // "gops": gminny ośrodek pomocy społecznej
	PCPR                                    // "pcpr": powiatowe centrum pomocy rodzinie
	CUS                                     // "cus": centrum usług społecznych
	KIS                                     // "kis": klub integracji społecznej
	CIS                                     // "cis": centrum integracji społecznej
	NGO                                     // "ngo": organizacja pozarządowa
)

var operatorKinds = enum.MustNew(enum.Spec[OperatorKind]{
	Type: "OperatorKind", Kind: "operator kind", KindPL: "rodzaju realizatora",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"", "ops", "mops", "gops", "pcpr", "cus", "kis", "cis", "ngo"},
	Labels: []enum.Text{
		{PL: "nie podano", EN: "not given"},
		{PL: "ośrodek pomocy społecznej", EN: "social assistance centre"},
		{PL: "miejski ośrodek pomocy społecznej", EN: "municipal social assistance centre"},
		{PL: "gminny ośrodek pomocy społecznej", EN: "commune social assistance centre"},
		{PL: "powiatowe centrum pomocy rodzinie", EN: "district family support centre"},
		{PL: "centrum usług społecznych", EN: "social services centre"},
		{PL: "klub integracji społecznej", EN: "social integration club"},
		{PL: "centrum integracji społecznej", EN: "social integration centre"},
		{PL: "organizacja pozarządowa", EN: "non-governmental organisation"},
	},
})

// String returns the stable code ("ops", "mops", …, "" for unspecified);
// an undefined value prints as "OperatorKind(99)".
func (k OperatorKind) String() string { return operatorKinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k OperatorKind) IsValid() bool { return operatorKinds.Valid(k) }

// Label returns the kind in the language t asks for.
func (k OperatorKind) Label(t language.Tag) string { return operatorKinds.Label(k, t) }

// IsSocialAssistanceCentre reports whether k is an OPS, MOPS or GOPS.
func (k OperatorKind) IsSocialAssistanceCentre() bool { return k == OPS || k == MOPS || k == GOPS }

// ParseOperatorKind parses a stable code.
func ParseOperatorKind(s string) (OperatorKind, error) { return operatorKinds.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (k OperatorKind) MarshalText() ([]byte, error) { return operatorKinds.MarshalText(k) }

// UnmarshalText parses the stable code.
func (k *OperatorKind) UnmarshalText(b []byte) error { return operatorKinds.UnmarshalText(k, b) }

// Document is a source a programme's data comes from: its ID within the
// programme, title as it reads, the file or address where it was found,
// and its date when known. Context figures and the funds name their
// source by ID.
//
// The zero Document is not valid: it has no ID and no title.
type Document struct {
	ID    string          `json:"id"`
	Title string          `json:"title"`
	File  string          `json:"file,omitempty"`
	URL   string          `json:"url,omitempty"`
	Date  integracja.Date `json:"date,omitzero"`
}

// Figure is a context figure a document reports about the area or the
// people a programme serves, with its source: Lubiszyn's "Gmina Lubiszyn
// liczy 6726 mieszkańców, z czego 15,5% ubiega się o pomoc społeczną" is
// two figures, 6726 people and 15,5 per cent. Value is exact; Printed
// keeps the document's own notation when it differs ("15,5%"). Year is
// the year the figure describes, when the document says.
//
// The zero Figure is not valid: it has no label, unit or source.
type Figure struct {
	Label   integracja.Text `json:"label"`
	Value   decimal.Decimal `json:"value"`
	Unit    FigureUnit      `json:"unit"`
	Printed string          `json:"printed,omitempty"`
	Year    int             `json:"year,omitempty"`
	Source  string          `json:"source"`
}

// figureJSON is the JSON form of a Figure, the value as a quoted decimal.
type figureJSON struct {
	Label   integracja.Text `json:"label"`
	Value   exact           `json:"value"`
	Unit    FigureUnit      `json:"unit"`
	Printed string          `json:"printed,omitempty"`
	Year    int             `json:"year,omitempty"`
	Source  string          `json:"source"`
}

// MarshalJSON writes the figure with its value as a quoted decimal in
// plain notation: "value":"15.5".
func (f Figure) MarshalJSON() ([]byte, error) {
	return marshalJSON(figureJSON{Label: f.Label, Value: exact(f.Value), Unit: f.Unit, Printed: f.Printed, Year: f.Year, Source: f.Source})
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly.
func (f *Figure) UnmarshalJSON(b []byte) error {
	var v figureJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	*f = Figure{Label: v.Label, Value: decimal.Decimal(v.Value), Unit: v.Unit, Printed: v.Printed, Year: v.Year, Source: v.Source}
	return nil
}

// Format returns the figure's value with its unit: "6726 osób", "15,5%";
// "6,726 people", "15.5%".
func (f Figure) Format(t language.Tag) string {
	n := f.Value.String()
	if !integracja.IsEnglish(t) {
		n = commaDecimal(n)
	}
	switch f.Unit {
	case Percent:
		return n + "%"
	case People, Families:
		if f.Value.IsInteger() && f.Value.Abs().LessThan(decimal.New(1, 9)) {
			noun := peopleNoun
			if f.Unit == Families {
				noun = familiesNoun
			}
			return n + " " + noun.Form(t, int(f.Value.IntPart()))
		}
	}
	return n
}

// FigureUnit is what a context figure counts.
//
// The zero FigureUnit is UnitUnspecified, which Validate reports as
// missing.
type FigureUnit uint8

// The units of a figure.
const (
	UnitUnspecified FigureUnit = iota // "": not given
	People                            // "people": osoby
	Families                          // "families": rodziny
	Percent                           // "percent": per cent
	Number                            // "number": any other number
)

var figureUnits = enum.MustNew(enum.Spec[FigureUnit]{
	Type: "FigureUnit", Kind: "figure unit", KindPL: "jednostki wartości",
	Errors: integracja.EnumErrors{},
	Codes:  []string{"", "people", "families", "percent", "number"},
	Labels: []enum.Text{
		{PL: "nie podano", EN: "not given"},
		{PL: "osoby", EN: "people"},
		{PL: "rodziny", EN: "families"},
		{PL: "procent", EN: "per cent"},
		{PL: "liczba", EN: "number"},
	},
})

// String returns the stable code; an undefined value prints as
// "FigureUnit(9)".
func (u FigureUnit) String() string { return figureUnits.String(u) }

// IsValid reports whether u is one of the defined units.
func (u FigureUnit) IsValid() bool { return figureUnits.Valid(u) }

// Label returns the unit in the language t asks for.
func (u FigureUnit) Label(t language.Tag) string { return figureUnits.Label(u, t) }

// ParseFigureUnit parses a stable code.
func ParseFigureUnit(s string) (FigureUnit, error) { return figureUnits.Parse(s) }

// MarshalText returns the stable code; an undefined value is an error.
func (u FigureUnit) MarshalText() ([]byte, error) { return figureUnits.MarshalText(u) }

// UnmarshalText parses the stable code.
func (u *FigureUnit) UnmarshalText(b []byte) error { return figureUnits.UnmarshalText(u, b) }

// ContractRecord is what a programme knows of a contract its participants
// took part under: its number as the document writes it ("KS/12/2014"),
// its [contract.Kind] (a social contract, art. 108 u.p.s., or one of its
// relatives) and the date it was concluded. The contract itself, with its
// parties' names, stays with the host; participants refer to it by number.
//
// The zero ContractRecord is not valid: it has no number.
type ContractRecord struct {
	Number      string          `json:"number"`
	Kind        contract.Kind   `json:"kind"`
	ConcludedOn integracja.Date `json:"concludedOn,omitzero"`
}

// Funds are a programme's money as its documents state it, beside the
// [budget.Budget] the library computes with: the grant (Trzebinia 2019:
// "17.600,00 zł"), the amount planned and spent (Brzeszcze 2014:
// "231 895,59 zł", "207 209,61 zł"), and what was spent by category, as
// printed, readable or not (Brzeszcze prints "29 72,55 zł" and "17 19 05
// zł"). Source names the [Document] they come from.
//
// The zero Funds state nothing.
type Funds struct {
	Grant      budget.Printed   `json:"grant,omitzero"`
	Planned    budget.Printed   `json:"planned,omitzero"`
	Spent      budget.Printed   `json:"spent,omitzero"`
	ByCategory []CategoryFigure `json:"byCategory,omitempty"`
	Source     string           `json:"source,omitempty"`
}

// CategoryFigure is the amount a document states was spent on one category
// of the budget: Category is a code of the budget's catalogue, when the
// programme has a budget.
type CategoryFigure struct {
	Category string         `json:"category,omitempty"`
	Spent    budget.Printed `json:"spent"`
}

// IsZero reports whether the funds state nothing.
func (f Funds) IsZero() bool {
	return f.Grant.Raw == "" && f.Planned.Raw == "" && f.Spent.Raw == "" && len(f.ByCategory) == 0 && f.Source == ""
}

// Reconcile checks the amount spent against the amounts spent by category,
// as [budget.Reconcile] does: some parts may be unreadable, and the result
// says what they must add up to.
func (f Funds) Reconcile() (budget.Reconciliation, error) {
	parts := make([]budget.Printed, len(f.ByCategory))
	for i, c := range f.ByCategory {
		parts[i] = c.Spent
	}
	return budget.Reconcile(f.Spent, parts...)
}
