package budget_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
)

// CoFinancing splits an eligible cost into the grant and the own
// contribution at the scheme's share in force on the project's date;
// CheckShares reads a printed funding table both ways.
func ExampleCoFinancing() {
	eligible := budget.MustParseMoney("231 895,59 zł")
	own, _ := budget.POKLOwnContribution().ValueAt(integracja.MustParseDate("2014-01-01"))
	grant, contribution, _ := budget.CoFinancing(eligible, own, budget.StandardShareRounding())
	fmt.Println(grant, contribution)

	printed := []budget.Share{
		{Source: "grant", Amount: budget.MustParseMoney("207 546,49 zł"), Percent: decimal.RequireFromString("89.50")},
		{Source: "own", Amount: budget.MustParseMoney("24 349,10 zł"), Percent: decimal.RequireFromString("10.50")},
	}
	err := budget.CheckShares(eligible, printed, budget.StandardShareRounding())
	// The messages use no-break spaces; shown here as plain spaces.
	fmt.Println(strings.ReplaceAll(integracja.Localize(err, language.Polish), "\u00a0", " "))
	// Output:
	// 207546.55 PLN 24349.04 PLN
	// [0].amount: wartości są ze sobą sprzeczne: "207546.49 PLN": 89,50% kosztów kwalifikowalnych to 207 546,55 zł
	// [1].amount: wartości są ze sobą sprzeczne: "24349.10 PLN": 10,50% kosztów kwalifikowalnych to 24 349,04 zł
}

// Percentages turns the amounts of a funding table into shares of the
// eligible cost.
func ExamplePercentages() {
	shares, _ := budget.Percentages(budget.MustParseMoney("17 600,00 zł"), []budget.Share{
		{Source: "state_budget", Amount: budget.MustParseMoney("16 280,00 zł")},
		{Source: "own", Amount: budget.MustParseMoney("1 320,00 zł")},
	}, budget.StandardShareRounding())
	for _, s := range shares {
		fmt.Println(s.Source, s.Percent.StringFixed(2))
	}
	// Output:
	// state_budget 92.50
	// own 7.50
}

// A scheme's limit rules are data with dated values; Evaluate returns one
// finding per rule, with the measured share, the limit, its legal basis and
// a message that states the condition in words.
func ExampleRuleSet_Evaluate() {
	figures := budget.Figures{
		ProjectValue:    budget.MustParseMoney("231 895,59 zł"),
		EligibleCosts:   budget.MustParseMoney("231 895,59 zł"),
		DirectCosts:     budget.MustParseMoney("190 000,00 zł"),
		IndirectCosts:   budget.MustParseMoney("41 895,59 zł"),
		OwnContribution: budget.MustParseMoney("20 000,00 zł"),
		CrossFinancing:  budget.MustParseMoney("20 000,00 zł"),
	}
	findings := budget.POKL711Rules().Evaluate(figures, integracja.MustParseDate("2011-06-30"))
	for _, f := range findings {
		fmt.Println(f.Severity, f.Rule, f.Measured, f.Limit)
	}
	// The messages use no-break spaces; shown here as plain spaces.
	fmt.Println(strings.ReplaceAll(findings[2].Message.In(language.Polish), "\u00a0", " "))
	// A project from 2008 predates the shipped values: warnings, not passes.
	old := budget.POKL711Rules().Evaluate(figures, integracja.MustParseDate("2008-06-30"))
	fmt.Println(old[0].Format(language.English))
	// Output:
	// violation pokl.own_contribution_min 8.6245 10.5
	// info pokl.cross_financing_max 8.6246 10
	// info pokl.indirect_costs_max 24.6445 25
	// koszty pośrednie rozliczane ryczałtem jako odsetek kosztów bezpośrednich pomniejszonych o wydatki w ramach cross-financingu (projekty o wartości do 500 000 zł): 24,65% (limit: 25,00%) — w granicach limitu (wartość niezweryfikowana w źródłach — parametr)
	// warning [pokl.own_contribution_min] ownContribution: own contribution as a share of the project value: no limit in force on 30 June 2008 („Zasady przygotowania, realizacji i rozliczania projektów systemowych Ośrodków Pomocy Społecznej, Powiatowych Centrów Pomocy Rodzinie oraz Regionalnego Ośrodka Polityki Społecznej w ramach PO KL”, wersja z 09.03.2009 r.)
}

// A rule set is JSON in the form the package documentation describes, read
// by the same decoder the shipped sets go through.
func ExampleDecodeRuleSet() {
	rs, err := budget.DecodeRuleSet([]byte(`{
	  "bases": [
	    {"key": "regulamin_2012", "text": "Regulamin konkursu nr 1/2012, pkt 4.3", "status": "verified"}
	  ],
	  "rules": [
	    {
	      "code": "local.management_max",
	      "description": {"pl": "zarządzanie projektem jako odsetek kosztów bezpośrednich",
	                      "en": "project management as a share of direct costs"},
	      "of": ["management"], "per": "direct_costs", "bound": "at_most", "unit": "%",
	      "basis": "regulamin_2012",
	      "limit": [{"from": "2012-01-01", "value": "10"}]
	    }
	  ]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	f := budget.Figures{DirectCosts: budget.MustParseMoney("100 000 zł"), Management: budget.MustParseMoney("12 500 zł")}
	for _, fd := range rs.Evaluate(f, integracja.MustParseDate("2012-05-01")) {
		fmt.Println(fd.Message.In(language.Polish))
		fmt.Println(fd.Basis)
	}
	// Output:
	// zarządzanie projektem jako odsetek kosztów bezpośrednich: 12,50% (limit: 10,00%) — limit przekroczony
	// Regulamin konkursu nr 1/2012, pkt 4.3
}

// WithLimit overlays a changed value (a project's own application, a
// reform), citing a basis added with WithBases, without touching the
// shipped rules.
func ExampleRuleSet_WithLimit() {
	shipped := budget.POKL711Rules()
	reform, err := shipped.WithBases(budget.LegalBasis{
		Key: "wniosek_2012", Text: "wniosek o dofinansowanie na 2012 r.", Status: budget.Verified})
	if err == nil {
		reform, err = reform.WithLimit(budget.RulePOKLOwnContribution, integracja.Step[decimal.Decimal]{
			From:  integracja.MustParseDate("2012-01-01"),
			Value: decimal.RequireFromString("15"),
			Basis: "wniosek_2012",
		})
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	at := integracja.MustParseDate("2012-06-30")
	a, _ := shipped.Rule(budget.RulePOKLOwnContribution)
	b, _ := reform.Rule(budget.RulePOKLOwnContribution)
	va, _ := a.Limit.ValueAt(at)
	vb, _ := b.Limit.ValueAt(at)
	fmt.Println(va, vb)
	// Output:
	// 10.5 15
}
