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
// For example, ParseMoney("17.600,00 zł") is 17600.00 PLN, whose
// Format(language.Polish) is "17 600,00 zł"; splitting it 89,5% / 10,5%
// gives 15 752,00 zł and 1848,00 zł.
//
// # Limit rules
//
// A [RuleSet] holds a scheme's limit rules ("own contribution at least
// 10,5% of the project value") as data, with dated values
// ([integracja.Schedule]) and the legal bases they rest on;
// [RuleSet.Evaluate] checks the [Figures] of a project on a date (which
// [Budget.Figures] measures from a budget's plan or spending, the
// categories of active integration, cross-financing and fixed assets
// named by the budget's [FigureMap]) and returns one [integracja.Finding]
// per rule, with the measured share, the limit, the text of its legal
// basis and a message that states the condition in words. [POKL711Rules], [RPO2014Rules],
// [RPO2014IndirectCostRules] and [RPOSwietokrzyskie921Rules] ship the rules
// recorded in doc/law.md of the module's repository (#pokl-limits,
// #pokl-indirect-costs, #rpo-limits, #indirect-costs-2014), as JSON files
// embedded in the package (rules/*.json) and read by [DecodeRuleSet], the
// decoder users call for their own sets; [LookupRuleSet] finds each by its
// code, the name of its file ([RuleSetCodes]). A value its sources do not
// confirm is a parameter: its findings say so, and a user overlays a
// changed value or rule set ([RuleSet.WithLimit], [RuleSet.WithBandLimit],
// [RuleSet.WithBases], [RuleSet.With], [RuleSet.Merge]) without touching
// the shipped one.
//
// A rule set in JSON is an object with two lists. "bases" holds each legal
// basis ([LegalBasis]) once: a snake_case "key", the "text" findings cite,
// the "source" where the value was checked and its "status" ("verified",
// "partly" or "unverified"; unverified when absent). "rules" holds the
// rules ([Rule]), each with a "code" (snake_case words joined by dots), a
// "description" in Polish and English, the metrics it sums ("of") and the
// metric it divides by ("per", see [Metric]), the "bound" ("at_most" or
// "at_least"), the "unit" ("%", the only one), the key of its "basis", and
// its "limit": a list of steps, each a value from a date ("from"), the
// value a decimal string ("10.5" is 10,5%; plain notation within
// [MaxIntDigits] and [MaxPlaces], no exponent), and the key of another
// basis where the step rests on one. A rule whose limit depends on the
// size of the project gives, instead of "limit", the metric that sizes it
// ("bandBy") and its "bands" ([Band]): each an upper bound ("upTo", an
// amount; absent in the last band) and a limit; a project falls in the
// first band whose bound it does not exceed. A file may name a shipped
// set as its "base" ("base": "rpo_2014"): it is then an overlay of that
// set, its rules may cite the bases of the base, and its bases and rules
// replace those of the same key or code and add the others
// ([RuleSet.Merge]). Unknown or repeated fields are errors, with their
// path.
//
//	{
//	  "bases": [
//	    {
//	      "key": "wytyczne_2014_2020",
//	      "text": "Wytyczne w zakresie kwalifikowalności wydatków …, podrozdz. 8.4",
//	      "source": "doc/law.md#indirect-costs-2014",
//	      "status": "partly"
//	    }
//	  ],
//	  "rules": [
//	    {
//	      "code": "rpo2014.indirect_costs_max",
//	      "description": {"pl": "koszty pośrednie jako odsetek kosztów bezpośrednich",
//	                      "en": "indirect costs as a share of direct costs"},
//	      "of": ["indirect_costs"], "per": "direct_costs",
//	      "bound": "at_most", "unit": "%", "basis": "wytyczne_2014_2020",
//	      "bandBy": "direct_costs",
//	      "bands": [
//	        {"upTo": {"amount": "830000.00", "currency": "PLN"},
//	         "limit": [{"from": "2017-07-19", "value": "25"}]},
//	        {"limit": [{"from": "2017-07-19", "value": "20"}]}
//	      ]
//	    }
//	  ]
//	}
package budget
