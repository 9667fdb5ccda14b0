package indicator_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

func ExampleParseSex() {
	for _, s := range []string{"K", "mężczyzna", "Female", "x"} {
		sex, err := indicator.ParseSex(s)
		if err != nil {
			fmt.Println(integracja.Localize(err, language.English))
			continue
		}
		fmt.Printf("%q: %s, %s\n", s, sex, sex.Label(language.Polish))
	}
	// Output:
	// "K": female, kobieta
	// "mężczyzna": male, mężczyzna
	// "Female": female, kobieta
	// cannot parse sex: invalid value: want female (F, K) or male (M)
}

func ExampleParseCount() {
	for _, s := range []string{
		"20 (12K i 8M)",               // Siewierz 2011
		"5 (5 M)",                     // Siewierz 2011
		"142 osoby, w tym 93 kobiety", // Brzeszcze 2014: the rest are men
		"10 kobiet",                   // Trzebinia 2019
		"3 ( 1 K i 2 M )",
		"20 (12 women, 8 men)",
	} {
		c, err := indicator.ParseCount(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-28q women %d, men %d\n", s, c.Women, c.Men)
	}
	// Output:
	// "20 (12K i 8M)"              women 12, men 8
	// "5 (5 M)"                    women 0, men 5
	// "142 osoby, w tym 93 kobiety" women 93, men 49
	// "10 kobiet"                  women 10, men 0
	// "3 ( 1 K i 2 M )"            women 1, men 2
	// "20 (12 women, 8 men)"       women 12, men 8
}

func ExampleParseCount_reports() {
	for _, s := range []string{
		"12 osób tj. 6 kobiet i 6 mężczyzn", // every part after "tj."
		"72K i 48M",                         // the parts alone
		"12 345 osób",                       // digits grouped by threes
		"ponad 70 mieszkańców",              // approximate: refused
		"1 9 173",                           // a row number and a figure: refused
	} {
		c, err := indicator.ParseCount(s)
		if err != nil {
			fmt.Println(integracja.Localize(err, language.Polish))
			continue
		}
		fmt.Printf("%q: %s\n", s, c)
	}
	// Output:
	// "12 osób tj. 6 kobiet i 6 mężczyzn": 12 (6K i 6M)
	// "72K i 48M": 120 (72K i 48M)
	// "12 345 osób": 12345 (12345 b.d.)
	// nie można odczytać liczby osób "ponad 70 mieszkańców": nieprawidłowa wartość: liczba przybliżona („ponad”) nie mówi, ile jest osób; podaj dokładną liczbę
	// nie można odczytać liczby osób "1 9 173": nieprawidłowa wartość: dwie liczby obok siebie („1” i „9173”): nie wiadomo, czy to jedna liczba; grupa tysięcy ma trzy cyfry
}

func ExampleParseCount_inconsistent() {
	_, err := indicator.ParseCount("20 (12K i 6M)")
	fmt.Println(integracja.Localize(err, language.Polish))
	fmt.Println(integracja.Localize(err, language.English))
	// Output:
	// nie można odczytać liczby osób "20 (12K i 6M)": wartości są ze sobą sprzeczne: liczba ogółem 20 różni się od sumy części 18
	// cannot parse count "20 (12K i 6M)": values contradict each other: the total 20 differs from the sum of its parts, 18
}

func ExampleCount_Format() {
	for _, c := range []indicator.Count{
		{Women: 12, Men: 8},
		{Men: 5},
		{Women: 1, Men: 1, Unspecified: 2},
		{},
	} {
		fmt.Printf("%s | %s\n", c.Format(language.Polish), c.Format(language.English))
	}
	// Output:
	// 20 (12K i 8M) | 20 (12 women, 8 men)
	// 5 (5M) | 5 (5 men)
	// 4 (1K, 1M i 2 b.d.) | 4 (1 woman, 1 man, 2 unspecified)
	// 0 | 0
}

func ExampleCount_WomenShare() {
	users, _ := indicator.ParseCount("227 osób, w tym 131 kobiet")
	share := users.WomenShare()
	fmt.Println(share.Num, "/", share.Den)
	fmt.Println(share.Format(language.Polish, 2), share.Format(language.English, 1))
	// Output:
	// 131 / 227
	// 57,71% 57.7%
}

func ExampleCount_Validate() {
	c := indicator.Count{Women: 12, Men: -8, Unspecified: -1}
	fmt.Println(integracja.Localize(c.Validate(), language.Polish))
	fmt.Println(integracja.Localize(c.Validate(), language.English))
	// Output:
	// men: wartość poza dopuszczalnym zakresem: "-8": liczba osób nie może być ujemna
	// unspecified: wartość poza dopuszczalnym zakresem: "-1": liczba osób nie może być ujemna
	// men: value out of range: "-8": a number of people cannot be negative
	// unspecified: value out of range: "-1": a number of people cannot be negative
}

func ExampleRatio() {
	r := indicator.Ratio{Num: 5, Den: 8}
	pct, _ := r.Percent(1)
	fmt.Println(pct)
	fmt.Println(r.Format(language.Polish, 2), r.Format(language.English, 2))
	none := indicator.Ratio{Num: 3, Den: 0}
	fmt.Println(none.Format(language.Polish, 2), none.Format(language.English, 2))
	// Output:
	// 62.5
	// 62,50% 62.50%
	// n/d n/a
}

func ExampleRatesBySex() {
	// Brzeszcze 2014: 45 of the KIS's 227 users found work, 27 of them women.
	found, _ := indicator.ParseCount("45 osób, w tym 27 kobiet")
	users, _ := indicator.ParseCount("227 osób, w tym 131 kobiet")
	r := indicator.RatesBySex(found, users)
	fmt.Println(r.Format(language.Polish, 2))
	fmt.Println(r.Format(language.English, 2))
	gap, _ := r.Gap(3)
	fmt.Println(gap)
	// Output:
	// kobiety 20,61%, mężczyźni 18,75%, ogółem 19,82%, różnica K−M +1,86 pkt proc.
	// women 20.61%, men 18.75%, total 19.82%, gap women−men +1.86 pp
	// 1.861
}

func ExampleSet() {
	people := func(code, pl, en, parent string) indicator.Definition {
		return indicator.Definition{Code: code, Name: integracja.Text{PL: pl, EN: en},
			Kind: indicator.Output, Unit: indicator.UnitPeople, Parent: parent}
	}
	set, err := indicator.NewSet(
		indicator.Indicator{
			Definition: people("W1", "liczba osób objętych kontraktami socjalnymi", "people with social contracts", ""),
			Target:     indicator.Count{Unspecified: 20},
			Achieved:   indicator.Count{Women: 12, Men: 8},
		},
		indicator.Indicator{
			Definition: people("W2", "liczba osób, które podjęły pracę", "people who found a job", "W1"),
			Target:     indicator.Count{Women: 4, Men: 2},
			Achieved:   indicator.Count{Women: 3, Men: 2},
		},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(set.Format(language.Polish))
	fmt.Println(set.Format(language.English))
	// Output:
	// liczba osób objętych kontraktami socjalnymi: 20 (12K i 8M), cel 20 — 100,00%
	//   w tym liczba osób, które podjęły pracę: 5 (3K i 2M), cel 6 (4K i 2M) — 83,33% (K 75,00%, M 100,00%)
	// people with social contracts: 20 (12 women, 8 men), target 20 — 100.00%
	//   of whom people who found a job: 5 (3 women, 2 men), target 6 (4 women, 2 men) — 83.33% (women 75.00%, men 100.00%)
}

func ExampleSet_Validate() {
	contracts := indicator.Indicator{
		Definition: indicator.Definition{Code: "W1", Name: integracja.Text{PL: "kontrakty"}},
		Achieved:   indicator.Count{Women: 12, Men: 8},
	}
	completed := indicator.Indicator{
		Definition: indicator.Definition{Code: "W2", Name: integracja.Text{PL: "ukończyli"}, Parent: "W1"},
		Achieved:   indicator.Count{Women: 13, Men: 8},
	}
	orphan := indicator.Indicator{
		Definition: indicator.Definition{Code: "W3", Name: integracja.Text{PL: "kwalifikacje"}, Parent: "W9"},
	}
	err := indicator.Set{contracts, completed, orphan}.Validate()
	fmt.Println(integracja.Localize(err, language.Polish))
	// Output:
	// [1].achieved.women: wartości są ze sobą sprzeczne: "13": w tym 13 kobiet, a we wskaźniku nadrzędnym W1 tylko 12
	// [1].achieved.total: wartości są ze sobą sprzeczne: "21": w tym 21 osób, a we wskaźniku nadrzędnym W1 tylko 20
	// [2].parent: nieznana wartość: "W9": w zestawie nie ma wskaźnika o tym kodzie
}

func ExampleSuppression() {
	c := indicator.Count{Women: 2, Men: 18}
	for _, s := range []indicator.Suppression{
		{Threshold: 3, Protection: indicator.ProtectByComplement},
		{Threshold: 3, Protection: indicator.ProtectByTotal},
	} {
		pl, _ := s.Format(c, language.Polish)
		en, _ := s.Format(c, language.English)
		fmt.Println(pl, "|", en)
	}
	small, _ := indicator.Suppression{}.Format(indicator.Count{Women: 1, Men: 1}, language.Polish)
	fmt.Println(small)
	// Output:
	// 20 (<3K i #M) | 20 (<3 women, # men)
	// # (<3K i 18M) | # (<3 women, 18 men)
	// <3
}
