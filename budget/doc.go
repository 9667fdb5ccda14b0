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
// add up to exactly the whole (largest remainder). [Percentages], [Amounts]
// and [CheckShares] turn the funding of an eligible cost into percentages
// and back with a scheme's [ShareRounding]; [CoFinancing] splits it into
// the grant and the own contribution (wkład własny).
//
// A [Budget] plans amounts per category and funding source, its [Ledger]
// records spending, and [Reconcile] checks a printed total against its
// printed parts, some of which may be unreadable.
//
// A [RuleSet] holds a scheme's limit rules ("own contribution at least
// 10,5% of the project value") as data with dated values
// ([integracja.Schedule]); [RuleSet.Evaluate] checks [Figures] on a date
// and returns [integracja.Finding] values with the measured share, the
// limit and its legal basis. [POKL711Rules], [RPO2014Rules] and
// [RPOSwietokrzyskie921Rules] ship the rules of domain.md; values the
// sources do not confirm are marked as parameters, to overlay with
// [RuleSet.WithLimit].
//
// For example, ParseMoney("17.600,00 zł") is 17600.00 PLN, whose
// Format(language.Polish) is "17 600,00 zł"; splitting it 89,5% / 10,5%
// gives 15 752,00 zł and 1848,00 zł.
package budget
