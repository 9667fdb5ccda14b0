package programme

import (
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/internal/i18n"
)

// efficiency holds the efficiency of the programme against the criteria
// in force: for each population with someone in it (the participants in
// general always), the criteria of its formulation.
func (c *checker) efficiency() {
	e, ok := c.p.EfficiencyAt(c.s, c.asOf)
	if !ok {
		return
	}
	cr := e.Criteria
	for _, pop := range []struct {
		prefix string
		g      EfficiencyGroup
		l      EfficiencyLimits
		pl, en string
	}{
		{"efficiency.", e.General, cr.General, "", ""},
		{ruleEfficiencyDisabilityOf, e.Disability, cr.Disability,
			" (osoby ze znacznym stopniem niepełnosprawności, z niepełnosprawnością intelektualną lub sprzężoną)",
			" (persons with a severe, intellectual or multiple disability)"},
	} {
		if pop.l.IsZero() || (pop.prefix == ruleEfficiencyDisabilityOf && pop.g.Left.IsZero()) {
			continue
		}
		who := integracja.Text{PL: pop.pl, EN: pop.en}
		if cr.Formulation == EfficiencySeparate {
			c.criterion(pop.prefix+"social", pop.g.Social(), pop.l.Social, e, pop.g, who,
				integracja.Text{PL: "efektywność społeczna", EN: "social efficiency"})
		} else {
			c.criterion(pop.prefix+"social_employment", pop.g.Combined(), pop.l.Combined, e, pop.g, who,
				integracja.Text{PL: "efektywność społeczno-zatrudnieniowa", EN: "social-employment efficiency"})
		}
		c.criterion(pop.prefix+"employment", pop.g.Employment(), pop.l.Employment, e, pop.g, who,
			integracja.Text{PL: "efektywność zatrudnieniowa", EN: "employment efficiency"})
	}
}

// criterion reports one efficiency criterion: an Info when it is met or
// cannot be measured yet, a Violation when a final figure is below the
// limit, a Warning when a provisional one is.
func (c *checker) criterion(rule string, r indicator.Ratio, limit decimal.Decimal, e Efficiency, g EfficiencyGroup, who, name integracja.Text) {
	at := integracja.NewPath("participants")
	if r.Den == 0 {
		c.add(rule, integracja.Info, at, decimal.Decimal{}, limit, unitPercent, e.Basis, text(func(t language.Tag) string {
			return name.In(t) + who.In(t) + tx(t, ": jeszcze nie do zmierzenia — nikt z mierzonych nie zakończył udziału",
				": not measurable yet — no one measured has left")
		}))
		return
	}
	measured := share(r.Num, r.Den)
	met := decimal.NewFromInt(int64(r.Num)*100).Cmp(limit.Mul(decimal.NewFromInt(int64(r.Den)))) >= 0
	sev := integracja.Info
	switch {
	case !met && e.Final:
		sev = integracja.Violation
	case !met:
		sev = integracja.Warning
	}
	open, unrecorded := g.Open.Total(), g.Unrecorded.Total()
	employment := rule == "efficiency.employment" || rule == ruleEfficiencyDisabilityOf+"employment"
	c.add(rule, sev, at, measured, limit, unitPercent, e.Basis, text(func(t language.Tag) string {
		s := name.In(t) + who.In(t) + ": " + percentText(measured, t) + " (" + people(t, r.Num) + tx(t, " spośród ", " of ") +
			i18n.Int(t, r.Den) + tx(t, "), próg co najmniej ", "), limit at least ") + percentText(limit, t)
		switch {
		case met:
			s += tx(t, " — spełniony", " — met")
		case e.Final:
			s += tx(t, " — niespełniony", " — not met")
		default:
			s += tx(t, " — na razie niespełniony", " — not met so far")
		}
		if !e.Final {
			s += tx(t, "; wynik wstępny", "; a provisional figure")
			if open > 0 {
				s += tx(t, " (okno ", " (the window of ") + monthsAfter(t, e.Criteria.WindowMonths) +
					tx(t, " po zakończeniu udziału jeszcze trwa: ", " after leaving is still open: ") + people(t, open) + ")"
			}
		}
		if employment && unrecorded > 0 {
			s += tx(t, "; bez statusu na rynku pracy w chwili przystąpienia, więc poza mianownikiem: ",
				"; without a labour-market status at entry, so outside the denominator: ") + people(t, unrecorded)
		}
		return s
	}))
}

// monthsAfter writes "3 miesięcy", the genitive a window takes ("okno 3
// miesięcy", "okno 1 miesiąca"); English "3 months".
func monthsAfter(t language.Tag, n int) string {
	switch {
	case integracja.IsEnglish(t):
		return i18n.Months.Count(t, n)
	case n == 1:
		return "1 miesiąca"
	}
	return i18n.Int(t, n) + " miesięcy"
}
