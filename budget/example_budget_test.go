package budget_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
)

// kisBudget is a small budget of a KIS project: two categories planned,
// a correction, and socially useful work paid by the Labour Fund outside
// the project budget.
func kisBudget() budget.Budget {
	d := integracja.MustParseDate
	m := budget.MustParseMoney
	return budget.Budget{
		Name:       "KIS 2014",
		Period:     integracja.Period{From: d("2014-01-01"), To: d("2014-12-31")},
		Categories: budget.SystemicProjectCategories(),
		Plan: []budget.PlanItem{
			{Category: budget.CatActiveIntegration, Amount: m("60 000,00 zł")},
			{Category: budget.CatSocialWork, Amount: m("40 000,00 zł")},
		},
		Sources: []budget.Source{
			{Code: "efs", Kind: budget.EUFunds, Planned: m("89 500,00 zł")},
			{Code: "gmina", Kind: budget.LocalGovernment, Planned: m("10 500,00 zł")},
			{Code: "fp", Kind: budget.LabourFund, OutsideBudget: true, Planned: m("12 000,00 zł")},
		},
		Ledger: budget.Ledger{
			{Date: d("2014-03-10"), Category: budget.CatActiveIntegration, Amount: m("35 250,00 zł"),
				Description: "trening kompetencji społecznych", Document: "FV/3/2014", Source: "efs"},
			{Date: d("2014-04-02"), Category: budget.CatActiveIntegration, Amount: m("-1250,00 zł"),
				Description: "korekta faktury FV/3/2014", Document: "KOR/1/2014", Source: "efs"},
			{Date: d("2014-06-30"), Category: budget.CatSocialWork, Amount: m("31 329,09 zł"),
				Description: "wynagrodzenie pracownika socjalnego", Source: "gmina"},
			{Date: d("2014-07-31"), Category: budget.CatBenefits, Amount: m("9 600,00 zł"),
				Description: "prace społecznie użyteczne", Source: "fp"},
		},
	}
}

// The shipped catalogue holds the usual tasks of an OPS systemic project;
// a programme adds its own categories to a copy.
func ExampleSystemicProjectCategories() {
	cats, err := budget.SystemicProjectCategories().With(budget.Category{
		Code: "childcare",
		Name: integracja.Text{PL: "opieka nad osobami zależnymi", EN: "care of dependants"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cats.Categories() {
		fmt.Printf("%-18s %-10s %s\n", c.Code, c.Kind, c.Name.In(language.Polish))
	}
	_, err = cats.With(budget.Category{Code: "social_work", Name: integracja.Text{PL: "praca socjalna"}})
	fmt.Println(err)
	// Output:
	// active_integration direct     aktywna integracja
	// social_work        direct     praca socjalna
	// community_actions  direct     działania o charakterze środowiskowym
	// benefits           direct     zasiłki i pomoc w naturze
	// management         management zarządzanie projektem
	// promotion          direct     promocja projektu
	// indirect           indirect   koszty pośrednie
	// administration     indirect   obsługa administracyjna i materiały
	// childcare          direct     opieka nad osobami zależnymi
	// [0].code: duplicate value: "social_work"
}

// The report of a budget in Polish: per category and in total, with the
// cost per participant; the Labour Fund's money is shown but not counted.
func ExampleBudget_Report() {
	r, err := kisBudget().Report(32)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(strings.ReplaceAll(r.Format(language.Polish), "\u00a0", " "))
	// Output:
	// Budżet „KIS 2014”, okres od 01.01.2014 r. do 31.12.2014 r.
	// - aktywna integracja: plan 60 000,00 zł, wydano 34 000,00 zł, pozostało 26 000,00 zł, wykonanie 56,67%, udział 52,04%
	// - praca socjalna: plan 40 000,00 zł, wydano 31 329,09 zł, pozostało 8670,91 zł, wykonanie 78,32%, udział 47,96%
	// Razem: plan 100 000,00 zł, wydano 65 329,09 zł, pozostało 34 670,91 zł, wykonanie 65,33%
	// Koszt na uczestnika (32 uczestników): 2041,53 zł
	// Źródła finansowania:
	// - środki europejskie: plan 89 500,00 zł, wydano 34 000,00 zł
	// - wkład własny JST: plan 10 500,00 zł, wydano 31 329,09 zł
	// - Fundusz Pracy: plan 12 000,00 zł, wydano 9600,00 zł (poza budżetem projektu)
}

// The same report in English; every figure is exact until it is printed,
// and percentages are rounded explicitly.
func ExampleReport_Format_english() {
	r, err := kisBudget().Report(32)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(strings.ReplaceAll(r.Format(language.English), "\u00a0", " "))
	exec, _ := r.Total.Execution.Percent(4, budget.HalfEven)
	fmt.Println("execution to four places:", exec)
	// Output:
	// Budget “KIS 2014”, period from 1 January 2014 to 31 December 2014
	// - active integration: planned PLN 60,000.00, spent PLN 34,000.00, remaining PLN 26,000.00, execution 56.67%, share 52.04%
	// - social work: planned PLN 40,000.00, spent PLN 31,329.09, remaining PLN 8,670.91, execution 78.32%, share 47.96%
	// Total: planned PLN 100,000.00, spent PLN 65,329.09, remaining PLN 34,670.91, execution 65.33%
	// Cost per participant (32 participants): PLN 2,041.53
	// Funding sources:
	// - EU funds: planned PLN 89,500.00, spent PLN 34,000.00
	// - local government's own contribution: planned PLN 10,500.00, spent PLN 31,329.09
	// - Labour Fund: planned PLN 12,000.00, spent PLN 9,600.00 (outside the project budget)
	// execution to four places: 65.3291
}

// Validate reports every problem at once, each with the path of the bad
// value and a cause that programs match with errors.Is.
func ExampleBudget_Validate() {
	b := kisBudget()
	b.Ledger[0].Category = "catering"
	b.Ledger[1].Date = integracja.MustParseDate("2015-01-05")
	b.Ledger[2].Description = ""
	err := b.Validate()
	for _, fe := range integracja.FieldErrors(err) {
		fmt.Println(fe.Message(language.English))
	}
	fmt.Println(integracja.Localize(integracja.FieldErrors(err)[1], language.Polish))
	// Output:
	// ledger[0].category: unknown value: "catering": no such category in the budget's catalogue
	// ledger[1].date: value out of range: "2015-01-05": outside the budget period (from 1 January 2014 to 31 December 2014)
	// ledger[2].description: required value missing
	// ledger[1].date: wartość poza dopuszczalnym zakresem: "2015-01-05": poza okresem budżetu (od 01.01.2014 r. do 31.12.2014 r.)
}

// Brzeszcze 2014 (KIS of the OPS) printed its spending in six categories,
// two of them garbled. The readable four and the total say what the two
// damaged amounts must add up to.
func ExampleReconcile() {
	// As printed: "… wydanych zostało 207 209,61 zł, z czego: 53 074,15 zł na
	// aktywna integrację …, 29 72,55 zł na zarządzanie projektem oraz
	// 17 19 05 zł na pozostałą obsługę administracyjna i materiały."
	label := func(pl, en string) integracja.Text { return integracja.Text{PL: pl, EN: en} }
	total := budget.ReadPrinted(label("wydatki ogółem", "total spending"), "207 209,61 zł")
	parts := []budget.Printed{
		budget.ReadPrinted(label("aktywna integracja", "active integration"), "53 074,15 zł"),
		budget.ReadPrinted(label("praca socjalna", "social work"), "46 823,15 zł"),
		budget.ReadPrinted(label("działania środowiskowe", "community actions"), "29 171,62 zł"),
		budget.ReadPrinted(label("zasiłki celowe", "special-purpose benefits"), "31 329,09 zł"),
		budget.ReadPrinted(label("zarządzanie projektem", "project management"), "29 72,55 zł"),
		budget.ReadPrinted(label("obsługa administracyjna i materiały", "administration and materials"), "17 19 05 zł"),
	}
	r, err := budget.Reconcile(total, parts...)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Outcome, r.Unreadable)
	fmt.Println(strings.ReplaceAll(r.Format(language.Polish), "\u00a0", " "))
	fmt.Println(strings.ReplaceAll(r.Format(language.English), "\u00a0", " "))
	// Output:
	// missing_parts [4 5]
	// nieczytelne kwoty (zarządzanie projektem: „29 72,55 zł”; obsługa administracyjna i materiały: „17 19 05 zł”) muszą razem wynosić 46 811,60 zł
	// the unreadable amounts (project management: “29 72,55 zł”; administration and materials: “17 19 05 zł”) must add up to PLN 46,811.60
}

// Ledger sums are exact: corrections are negative lines, kept as such,
// and amounts are added in whole grosze (falling back to decimal only
// where needed).
func ExampleLedger_SumByCategory() {
	m := budget.MustParseMoney
	l := budget.Ledger{
		{Category: "social_work", Amount: m("46 823,15 zł")},
		{Category: "promotion", Amount: m("1 200,00 zł")},
		{Category: "promotion", Amount: m("-200,00 zł")},
	}
	sums, err := l.SumByCategory()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sums["social_work"], sums["promotion"])
	total, _ := l.Sum()
	fmt.Println(strings.ReplaceAll(total.Format(language.Polish), "\u00a0", " "))
	// Output:
	// 46823.15 PLN 1000.00 PLN
	// 47 823,15 zł
}

// A budget's planned figures judged by the PO KL 7.1.1 limit rules: the
// own contribution is exactly 10,5% of the project value. The budget's
// figure map says that equipment is cross-financing and fixed assets,
// which its cost kind cannot tell: at 12% of the project value, more
// cross-financing than the 10% the rules allow.
func ExampleBudget_Figures() {
	b := kisBudget()
	b.Categories, _ = b.Categories.With(budget.Category{Code: "equipment",
		Name: integracja.Text{PL: "wyposażenie sali klubu", EN: "equipment of the club's room"}})
	b.Plan = append(b.Plan, budget.PlanItem{Category: "equipment", Amount: budget.MustParseMoney("12 000,00 zł")})
	b.Plan[1].Amount = budget.MustParseMoney("28 000,00 zł")
	b.FigureMap = &budget.FigureMap{ActiveIntegration: []string{budget.CatActiveIntegration},
		CrossFinancing: []string{"equipment"}, FixedAssets: []string{"equipment"}}
	f, err := b.Figures(budget.PlannedBasis)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.ProjectValue, f.OwnContribution, f.ActiveIntegration, f.CrossFinancing, f.FixedAssets)
	for _, fd := range budget.POKL711Rules().Evaluate(f, integracja.MustParseDate("2014-06-01")) {
		if fd.Rule != budget.RulePOKLIndirectCosts {
			fmt.Println(fd.Rule, fd.Severity, fd.Measured)
		}
	}
	// Output:
	// 100000.00 PLN 10500.00 PLN 60000.00 PLN 12000.00 PLN 12000.00 PLN
	// pokl.own_contribution_min info 10.5
	// pokl.cross_financing_max violation 12
}

// DecodeBudget reads the JSON interchange form strictly and says where a
// bad value is.
func ExampleDecodeBudget() {
	_, err := budget.DecodeBudget([]byte(`{"ledger":[{"date":"2014-03-10","category":"social_work",
		"amount":{"amount":"1 200,00","currency":"PLN"}}]}`))
	for _, fe := range integracja.FieldErrors(err) {
		fmt.Println(fe.Path)
	}
	fmt.Println(integracja.Localize(err, language.Polish))
	// Output:
	// ledger[0].amount.amount
	// ledger[0].amount.amount: nieprawidłowa wartość: oczekiwano liczby dziesiętnej z kropką, np. "1234.50"
}
