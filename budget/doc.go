// Package budget holds the money of an active-integration programme: exact
// amounts, the project budget by category and funding source, spending, the
// funding shares, and the limit rules of the funding schemes.
//
// [Money] is an exact decimal amount in a currency (PLN by default; the zero
// Money is 0 zł and can be summed into). It is never a float: it is built
// from a decimal ([New], [PLN]), from whole grosze ([Grosze], [FromMinor]) or
// from the text Polish documents print ([ParseMoney] reads "231 895,59 zł",
// "17.600,00 zł", "207209.61", "1 234,50 PLN"). Arithmetic across currencies
// is a [*CurrencyMismatchError]; every rounding names its [Rounding] mode,
// half away from zero by default. [Money.Format] prints CLDR Polish
// ("231 895,59 zł", with no-break spaces) or English ("PLN 231,895.59").
//
// [Split] divides an amount by percentages into parts in whole grosze that
// add up to exactly the whole (largest remainder). [Shares] and [SplitShares]
// turn funding amounts into percentages of the eligible cost and back.
// [RuleSet] holds a scheme's limit rules ("own contribution at least 10,5%
// of the project value") as dated schedules and evaluates [Figures] into
// [integracja.Finding] values that cite their legal basis.
//
// For example, ParseMoney("17.600,00 zł") gives 17600.00 PLN, whose
// Format(language.Polish) is "17 600,00 zł"; splitting it 89,5% / 10,5%
// gives 15 752,00 zł and 1848,00 zł.
package budget
