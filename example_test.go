package integracja_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func ExampleParseDate() {
	d, err := integracja.ParseDate("2019-06-01")
	if err != nil {
		panic(err)
	}
	fmt.Println(d, d.Weekday())

	_, err = integracja.ParseDate("2019-02-29")
	fmt.Println(err)
	fmt.Println(errors.Is(err, integracja.ErrInvalid))
	// Output:
	// 2019-06-01 Saturday
	// cannot parse date "2019-02-29": invalid value: day 29 out of range 1-28
	// true
}

func ExampleDate_AddMonths() {
	// A contract concluded on 31 January for one month ends on the last
	// day of February, not in March.
	concluded := integracja.MustParseDate("2019-01-31")
	fmt.Println(concluded.AddMonths(1))
	fmt.Println(integracja.MustParseDate("2020-01-31").AddMonths(1))
	fmt.Println(concluded.AddMonths(11))
	// Output:
	// 2019-02-28
	// 2020-02-29
	// 2019-12-31
}

func ExampleDate_AgeAt() {
	// ESF indicators take the age at entry to the project: under 25 (CO06)
	// is decided on the day the participant joins.
	born := integracja.MustParseDate("1994-06-15")
	fmt.Println(born.AgeAt(integracja.MustParseDate("2019-06-14")))
	fmt.Println(born.AgeAt(integracja.MustParseDate("2019-06-15")))
	// Born on 29 February: a year of age is reached on 28 February in a
	// common year (art. 112 k.c.).
	fmt.Println(integracja.MustParseDate("2000-02-29").AgeAt(integracja.MustParseDate("2018-02-28")))
	// Output:
	// 24
	// 25
	// 18
}

func ExamplePeriod() {
	// The Trzebinia KIS programme ran from June to December 2019.
	p, err := integracja.ParsePeriod("2019-06-01/2019-12-31")
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Days(), "days,", p.Months(), "months")
	fmt.Println(p.Contains(integracja.MustParseDate("2019-12-31")))
	q := integracja.Period{From: integracja.MustParseDate("2019-11-15"), To: integracja.MustParseDate("2020-02-15")}
	shared, _ := p.Intersect(q)
	fmt.Println(shared, shared.Days())
	// Output:
	// 214 days, 7 months
	// true
	// 2019-11-15/2019-12-31 47
}

func ExampleLocalize() {
	// A Validate method reports every problem at once, each with its path;
	// Localize renders them in Polish (the default) or English.
	err := integracja.Join(
		integracja.Required(integracja.NewPath("client")),
		integracja.OutOfRange(integracja.NewPath("actions").Index(2).Child("due"), "2020-01-15",
			integracja.Text{PL: "po zakończeniu kontraktu 2019-12-31", EN: "after the contract ends on 2019-12-31"}),
	)
	fmt.Println(integracja.Localize(err, language.Polish))
	fmt.Println(integracja.Localize(err, language.English))
	for _, fe := range integracja.FieldErrors(err) {
		fmt.Println(fe.Path, errors.Is(fe, integracja.ErrOutOfRange))
	}
	// Output:
	// client: brak wymaganej wartości
	// actions[2].due: wartość poza dopuszczalnym zakresem: "2020-01-15": po zakończeniu kontraktu 2019-12-31
	// client: required value missing
	// actions[2].due: value out of range: "2020-01-15": after the contract ends on 2019-12-31
	// client false
	// actions[2].due true
}

func ExampleSchedule() {
	// The own contribution of a PO KL 7.1.1 project is a dated parameter:
	// a 2011 project is judged by the value in force in 2011. (No source
	// confirms 10.5% for every year, so it is a default to overlay.)
	own := integracja.MustSchedule(
		integracja.Step[decimal.Decimal]{From: integracja.MustParseDate("2009-03-09"), Value: decimal.RequireFromString("10.5"), Basis: "Zasady 7.1.1 (2009)"},
	)
	reform, err := own.With(integracja.Step[decimal.Decimal]{From: integracja.MustParseDate("2012-01-01"), Value: decimal.NewFromInt(15), Basis: "roczny wniosek 2012"})
	if err != nil {
		panic(err)
	}
	for _, s := range []string{"2011-06-30", "2012-06-30"} {
		d := integracja.MustParseDate(s)
		a, _ := own.ValueAt(d)
		b, _ := reform.ValueAt(d)
		fmt.Println(d, a, b)
	}
	// Output:
	// 2011-06-30 10.5 10.5
	// 2012-06-30 10.5 15
}

func ExampleFinding() {
	f := integracja.Finding{
		Rule:     "budget.own_contribution_min",
		Severity: integracja.Violation,
		Measured: decimal.RequireFromString("8.2"),
		Limit:    decimal.RequireFromString("10.5"),
		Unit:     "%",
		Basis:    "Zasady 7.1.1",
		Message: integracja.Text{
			PL: "wkład własny 8,2% jest niższy niż wymagane 10,5%",
			EN: "own contribution 8.2% is below the required 10.5%",
		},
	}
	fmt.Println(f.Format(language.Polish))
	fmt.Println(f.Format(language.English))
	// Output:
	// naruszenie [budget.own_contribution_min]: wkład własny 8,2% jest niższy niż wymagane 10,5% (Zasady 7.1.1)
	// violation [budget.own_contribution_min]: own contribution 8.2% is below the required 10.5% (Zasady 7.1.1)
}

func ExampleDecodeJSON() {
	// A document of one's own that holds the module's types.
	type meeting struct {
		Date  integracja.Date `json:"date"`
		Hours int             `json:"hours"`
	}
	var meetings []meeting
	err := integracja.DecodeJSON([]byte(`[
		{"date": "2019-03-04", "hours": 2},
		{"date": "2019-03-11", "hours": 2, "hours": 3},
		{"Date": "2019-03-18", "room": "12", "hours": "two"}
	]`), &meetings)
	fmt.Println(integracja.Localize(err, language.Polish))
	fmt.Println()
	fmt.Println(integracja.Localize(err, language.English))
	// Output:
	// [1].hours: powtórzona wartość: pole podano dwa razy
	// [2].Date: nieznana wartość: nieznane pole; wielkość liter ma znaczenie, pole nazywa się "date"
	// [2].room: nieznana wartość: nieznane pole
	// [2].hours: nieprawidłowa wartość: oczekiwano liczby całkowitej, podano tekst
	//
	// [1].hours: duplicate value: field given twice
	// [2].Date: unknown value: unknown field; letter case matters, the field is named "date"
	// [2].room: unknown value: unknown field
	// [2].hours: invalid value: want an integer, got a string
}

func ExamplePeriod_Format() {
	p := integracja.Period{From: integracja.MustParseDate("2011-03-14"), To: integracja.MustParseDate("2011-12-16")}
	fmt.Println(p.Format(language.Polish))
	fmt.Println(p.Format(language.English))
	fmt.Println(p) // machine-readable
	// Output:
	// od 14.03.2011 r. do 16.12.2011 r.
	// from 14 March 2011 to 16 December 2011
	// 2011-03-14/2011-12-16
}
