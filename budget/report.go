package budget

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// Proportion is an exact ratio of two amounts: spent to planned (the
// execution of a budget, wykonanie), a category to the total (its share,
// udział). It keeps both amounts, so nothing is rounded until a
// percentage is asked for with an explicit [Rounding]. A ratio to zero is
// not applicable ("nie dotyczy"), never an error or a panic.
//
// The zero Proportion is 0 of 0: not applicable.
type Proportion struct {
	num, den decimal.Decimal
}

// NewProportion returns part / whole. The amounts must be in one currency.
func NewProportion(part, whole Money) (Proportion, error) {
	if part.Currency() != whole.Currency() {
		return Proportion{}, &CurrencyMismatchError{A: part.Currency(), B: whole.Currency()}
	}
	return Proportion{num: part.Decimal(), den: whole.Decimal()}, nil
}

// Applicable reports whether the proportion has a non-zero whole.
func (p Proportion) Applicable() bool { return !p.den.IsZero() }

// Part returns the numerator.
func (p Proportion) Part() decimal.Decimal { return p.num }

// Whole returns the denominator.
func (p Proportion) Whole() decimal.Decimal { return p.den }

// Percent returns the proportion as a percentage rounded to places decimal
// places with r, computed exactly (never truncated before rounding), and
// false when it is not applicable. places is taken between −[MaxIntDigits]
// and [MaxPlaces] (a negative places rounds to tens, hundreds…): more
// rounds to MaxPlaces places, fewer to −MaxIntDigits.
func (p Proportion) Percent(places int32, r Rounding) (decimal.Decimal, bool) {
	if !p.Applicable() {
		return decimal.Decimal{}, false
	}
	places = min(max(places, -MaxIntDigits), MaxPlaces)
	return quoRound(p.num.Mul(hundred), p.den, places, r), true
}

// Equal reports whether both proportions are the same number (1/2 equals
// 2/4), or both not applicable.
func (p Proportion) Equal(q Proportion) bool {
	if !p.Applicable() || !q.Applicable() {
		return p.Applicable() == q.Applicable()
	}
	return p.num.Mul(q.den).Equal(q.num.Mul(p.den))
}

// Format returns the percentage with two decimal places, rounded half away
// from zero: "88,46%" in Polish, "88.46%" in English; "nie dotyczy" or
// "n/a" when it is not applicable.
func (p Proportion) Format(t language.Tag) string {
	pc, ok := p.Percent(2, HalfAwayFromZero)
	if !ok {
		return integracja.Text{PL: "nie dotyczy", EN: "n/a"}.In(t)
	}
	s := pc.StringFixed(2)
	if !integracja.IsEnglish(t) {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + "%"
}

// String returns the proportion in Polish.
func (p Proportion) String() string { return p.Format(language.Polish) }

// proportionJSON is the JSON form of a Proportion.
type proportionJSON struct {
	Part  *string `json:"part"`
	Whole *string `json:"whole"`
}

// MarshalJSON encodes the proportion as its two terms, exact decimal
// strings: {"part":"19000","whole":"60000"}. A percentage is a matter of
// rounding, which the reader chooses.
func (p Proportion) MarshalJSON() ([]byte, error) {
	part, whole := p.num.String(), p.den.String()
	return json.Marshal(proportionJSON{Part: &part, Whole: &whole})
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly: both terms
// are required, plain decimals without exponent within [MaxIntDigits] and
// [MaxPlaces], and errors carry the path of the bad term ("whole") and at
// most [integracja.MaxQuoted] bytes of it.
func (p *Proportion) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var v proportionJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	var errs []error
	term := func(name string, s *string) decimal.Decimal {
		if s == nil {
			errs = append(errs, integracja.Required(integracja.NewPath(name)))
			return decimal.Decimal{}
		}
		n, err := readPlain(integracja.NewPath(name), *s, integracja.Text{
			PL: "oczekiwano liczby dziesiętnej z kropką", EN: "want a plain decimal with a dot"})
		if err != nil {
			errs = append(errs, err)
			return decimal.Decimal{}
		}
		return n.Value()
	}
	num, den := term("part", v.Part), term("whole", v.Whole)
	if err := integracja.Join(errs...); err != nil {
		return err
	}
	*p = Proportion{num: num, den: den}
	return nil
}

// Row is one line of a [Report]: a category, or the total when Category is
// the zero Category.
type Row struct {
	// Category is the category of the row; zero for the total.
	Category Category `json:"category,omitzero"`
	// Planned is the amount in the plan; zero when the category is not
	// planned.
	Planned Money `json:"planned"`
	// Spent is the sum of the ledger lines counted in the budget.
	Spent Money `json:"spent"`
	// Remaining is Planned − Spent; negative when the plan is overspent.
	Remaining Money `json:"remaining"`
	// Execution is Spent / Planned; not applicable when nothing is planned.
	Execution Proportion `json:"execution"`
	// PlanShare is Planned / the planned total.
	PlanShare Proportion `json:"planShare"`
	// Share is Spent / the total spent.
	Share Proportion `json:"share"`
	// PerParticipant is Spent divided by the report's participant count,
	// rounded half away from zero to grosze; zero when there is no count.
	PerParticipant Money `json:"perParticipant"`
}

// SourceRow is a funding source in a [Report]: its plan and what the
// ledger lines that name it spent. Sources outside the budget are listed
// here and nowhere else.
type SourceRow struct {
	Source Source `json:"source"`
	Spent  Money  `json:"spent"`
}

// Report is the execution of a budget: per category and in total, planned,
// spent, remaining, execution and shares, and the cost per participant
// when a participant count is given; and per funding source. Build it with
// [Budget.Report]; print it with [Report.Format].
//
// The zero Report is empty.
type Report struct {
	Name         string            `json:"name,omitempty"`
	Period       integracja.Period `json:"period"`
	Currency     string            `json:"currency"`
	Participants int               `json:"participants,omitempty"`
	Rows         []Row             `json:"rows"`
	Total        Row               `json:"total"`
	Sources      []SourceRow       `json:"sources,omitempty"`
}

// checkWholeGrosze reports an amount of a budget, at path p, that has
// fractions of a grosz. A report prints whole grosze: rows with
// fractions would print figures that do not add up to the printed total,
// and [Reconcile] on the printed report would find a discrepancy that is
// not in the budget. So a budget keeps its amounts in whole grosze, as
// accounts do, and [Budget.Validate] reports any other amount.
func checkWholeGrosze(p integracja.Path, m Money) error {
	if m.IsWholeMinor() {
		return nil
	}
	return integracja.Invalid(p, excerpt(m.String()), integracja.Text{
		PL: "kwota zawiera ułamki grosza, a budżet i jego sprawozdanie podają pełne grosze",
		EN: "the amount has fractions of a grosz, but a budget and its report are in whole grosze"})
}

// checkReportable reports, at the root path, a budget whose report could
// print a figure of more than [MaxIntDigits] digits before the decimal
// point, which [ParseMoney] would refuse to read back: every row and total
// of a report (a remaining amount too) is at most the absolute amounts of
// the plan and the ledger added together, so that sum must stay within
// the limit. Amounts in another currency than cur are reported elsewhere
// and left out.
func (b Budget) checkReportable(cur string) error {
	c, _ := packCurrency(cur)
	sum := Money{cur: c}
	add := func(m Money) {
		if m.cur == c {
			sum, _ = sum.Add(m.Abs())
		}
	}
	for _, it := range b.Plan {
		add(it.Amount)
	}
	for _, l := range b.Ledger {
		add(l.Amount)
	}
	if sum.checkLimits(integracja.Path{}) == nil {
		return nil
	}
	t := intDigitsText()
	return integracja.OutOfRange(integracja.Path{}, "", integracja.Text{
		PL: "suma planu i wydatków ma " + t.PL + "; sprawozdanie nie może jej wydrukować",
		EN: "the plan and the spending together have " + t.EN + ", too many for a report"})
}

// Report returns the execution report of a valid budget. Rows follow the
// catalogue order and cover every category that is planned or has
// spending; spending from sources outside the budget is left out of the
// rows and the total and shown only in the source rows. participants is the
// number of participants to divide the cost by; 0 leaves the cost per
// participant out. An invalid budget gives its [Budget.Validate] error; a
// negative count is an error at "participants".
func (b Budget) Report(participants int) (Report, error) {
	if err := b.Validate(); err != nil {
		return Report{}, err
	}
	if participants < 0 {
		return Report{}, integracja.OutOfRange(integracja.NewPath("participants"), strconv.Itoa(participants),
			integracja.Text{PL: "liczba uczestników nie może być ujemna", EN: "the participant count cannot be negative"})
	}
	cur := b.CurrencyCode()
	zero, err := New(decimal.Zero, cur)
	if err != nil {
		return Report{}, err
	}
	spent, err := b.Ledger.sumByCategoryWhere(func(l *Line) bool { return !b.outside(l.Source) })
	if err != nil {
		return Report{}, integracja.Under(integracja.NewPath("ledger"), err)
	}
	plan := make(map[string]Money, len(b.Plan))
	for _, it := range b.Plan {
		plan[it.Category] = it.Amount
	}
	r := Report{Name: b.Name, Period: b.Period, Currency: cur, Participants: participants}
	r.Total = Row{Planned: zero, Spent: zero}
	for _, c := range b.Categories.cats {
		p, planned := plan[c.Code]
		s, hasSpent := spent[c.Code]
		if !planned && !hasSpent {
			continue
		}
		if !planned {
			p = zero
		}
		if !hasSpent {
			s = zero
		}
		r.Rows = append(r.Rows, Row{Category: c, Planned: p, Spent: s})
		if r.Total.Planned, err = r.Total.Planned.Add(p); err != nil {
			return Report{}, err
		}
		if r.Total.Spent, err = r.Total.Spent.Add(s); err != nil {
			return Report{}, err
		}
	}
	fill := func(row *Row) error {
		var err error
		if row.Remaining, err = row.Planned.Sub(row.Spent); err != nil {
			return err
		}
		row.Execution = Proportion{num: row.Spent.Decimal(), den: row.Planned.Decimal()}
		row.PlanShare = Proportion{num: row.Planned.Decimal(), den: r.Total.Planned.Decimal()}
		row.Share = Proportion{num: row.Spent.Decimal(), den: r.Total.Spent.Decimal()}
		row.PerParticipant = zero
		if participants > 0 {
			if row.PerParticipant, err = row.Spent.MulRatio(1, int64(participants), HalfAwayFromZero); err != nil {
				return err
			}
		}
		return nil
	}
	for i := range r.Rows {
		if err := fill(&r.Rows[i]); err != nil {
			return Report{}, err
		}
	}
	if err := fill(&r.Total); err != nil {
		return Report{}, err
	}
	if len(b.Sources) > 0 {
		bySource, err := b.Ledger.SumBySource()
		if err != nil {
			return Report{}, integracja.Under(integracja.NewPath("ledger"), err)
		}
		for _, s := range b.Sources {
			sp, ok := bySource[s.Code]
			if !ok {
				sp = zero
			}
			r.Sources = append(r.Sources, SourceRow{Source: s, Spent: sp})
		}
	}
	return r, nil
}

// Format prints the report in the language t asks for (Polish unless t is
// English), one line per category, then the total, the cost per
// participant and the funding sources. Amounts use [Money.Format];
// percentages are rounded half away from zero to two places.
func (r Report) Format(t language.Tag) string {
	tx := func(pl, en string) string { return integracja.Text{PL: pl, EN: en}.In(t) }
	var b strings.Builder
	b.WriteString(tx("Budżet", "Budget"))
	if r.Name != "" {
		b.WriteString(tx(" „"+r.Name+"”", " “"+r.Name+"”"))
	}
	if !r.Period.IsZero() {
		b.WriteString(", " + tx("okres ", "period ") + r.Period.Format(t))
	}
	b.WriteString("\n")
	row := func(label string, w Row, share bool) {
		b.WriteString(label + ": ")
		b.WriteString(tx("plan ", "planned ") + w.Planned.Format(t))
		b.WriteString(", " + tx("wydano ", "spent ") + w.Spent.Format(t))
		b.WriteString(", " + tx("pozostało ", "remaining ") + w.Remaining.Format(t))
		b.WriteString(", " + tx("wykonanie ", "execution ") + w.Execution.Format(t))
		if share {
			b.WriteString(", " + tx("udział ", "share ") + w.Share.Format(t))
		}
		b.WriteString("\n")
	}
	for _, w := range r.Rows {
		row("- "+w.Category.Name.In(t), w, true)
	}
	row(tx("Razem", "Total"), r.Total, false)
	if r.Participants > 0 {
		b.WriteString(tx("Koszt na uczestnika", "Cost per participant"))
		b.WriteString(" (" + i18n.Participants.Count(t, r.Participants) + "): ")
		b.WriteString(r.Total.PerParticipant.Format(t) + "\n")
	}
	if len(r.Sources) > 0 {
		b.WriteString(tx("Źródła finansowania:", "Funding sources:") + "\n")
		for _, s := range r.Sources {
			b.WriteString("- " + s.Source.Label(t) + ": " + tx("plan ", "planned ") + s.Source.Planned.Format(t) +
				", " + tx("wydano ", "spent ") + s.Spent.Format(t))
			if s.Source.OutsideBudget {
				b.WriteString(" (" + tx("poza budżetem projektu", "outside the project budget") + ")")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// String returns the report in Polish.
func (r Report) String() string { return r.Format(language.Polish) }
