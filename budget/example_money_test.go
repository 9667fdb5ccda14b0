package budget_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
)

// ParseMoney reads the ways Polish documents write amounts.
func ExampleParseMoney() {
	for _, s := range []string{"231 895,59 zł", "17.600,00 zł", "207209.61", "37.251 zł", "1 234,50 PLN", "-1 234,50 zł"} {
		m, err := budget.ParseMoney(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(m)
	}
	_, err := budget.ParseMoney("1,234 zł")
	fmt.Println(err)
	// Output:
	// 231895.59 PLN
	// 17600.00 PLN
	// 207209.61 PLN
	// 37251.00 PLN
	// 1234.50 PLN
	// -1234.50 PLN
	// cannot parse money "1,234 zł": invalid value: more than two decimal places
}

// Format prints an amount for people, in Polish (CLDR: no-break spaces,
// groups only from five digits) or in English.
func ExampleMoney_Format() {
	for _, m := range []budget.Money{budget.Grosze(123450), budget.MustParseMoney("231 895,59 zł"), budget.MustParseMoney("-5")} {
		fmt.Printf("%q %q\n", m.Format(language.Polish), m.Format(language.English))
	}
	// Output:
	// "1234,50\u00a0zł" "PLN\u00a01,234.50"
	// "231\u00a0895,59\u00a0zł" "PLN\u00a0231,895.59"
	// "-5,00\u00a0zł" "-PLN\u00a05.00"
}

// Split divides a grant by percentages into parts in whole grosze that add
// up to the grant exactly.
func ExampleSplit() {
	grant := budget.MustParseMoney("17 600,00 zł")
	parts, err := budget.Split(grant, decimal.RequireFromString("89.5"), decimal.RequireFromString("10.5"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q + %q\n", parts[0].Format(language.Polish), parts[1].Format(language.Polish))

	thirds, _ := budget.Split(budget.Grosze(100),
		decimal.RequireFromString("33.33"), decimal.RequireFromString("33.33"), decimal.RequireFromString("33.34"))
	fmt.Println(thirds)

	_, err = budget.Split(grant, decimal.NewFromInt(90), decimal.NewFromInt(5))
	fmt.Println(integracja.Localize(err, language.Polish))
	// Output:
	// "15\u00a0752,00\u00a0zł" + "1848,00\u00a0zł"
	// [0.33 PLN 0.33 PLN 0.34 PLN]
	// wartości są ze sobą sprzeczne: "95": udziały procentowe sumują się do 95, a nie do 100
}

// Money adds exactly, and refuses to add different currencies.
func ExampleMoney_Add() {
	var total budget.Money // the zero Money is 0 zł
	for _, s := range []string{"0,10", "0,20", "1 000,00"} {
		total, _ = total.Add(budget.MustParseMoney(s))
	}
	fmt.Println(total)

	eur, _ := budget.New(decimal.NewFromInt(5), "EUR")
	_, err := total.Add(eur)
	fmt.Println(err, errors.Is(err, budget.ErrCurrencyMismatch))
	// Output:
	// 1000.30 PLN
	// budget: currency mismatch: PLN and EUR true
}

// MulRatio and Mul compute shares exactly and round once, as asked.
func ExampleMoney_MulRatio() {
	m := budget.MustParseMoney("100,00 zł")
	third, _ := m.MulRatio(1, 3, budget.HalfAwayFromZero)
	up, _ := m.MulRatio(1, 3, budget.Up)
	own, _ := budget.MustParseMoney("231 895,59 zł").Mul(decimal.RequireFromString("0.105"), budget.HalfAwayFromZero)
	fmt.Println(third, up, own)
	// Output:
	// 33.33 PLN 33.34 PLN 24349.04 PLN
}

// Money is JSON as an object with the amount as a decimal string.
func ExampleMoney_MarshalJSON() {
	b, _ := json.Marshal(budget.MustParseMoney("1 234,50 zł"))
	fmt.Println(string(b))

	var m budget.Money
	err := json.Unmarshal([]byte(`{"amount":"1e9","currency":"PLN"}`), &m)
	fmt.Println(err)
	// Output:
	// {"amount":"1234.50","currency":"PLN"}
	// amount: invalid value: "1e9": want a plain decimal with a dot, such as "1234.50"
}
