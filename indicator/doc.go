// Package indicator measures programmes by sex, as ESF reporting requires
// ("all data shall be broken down by gender": Regulation (EU) No 1304/2013,
// Annex I; Regulation (EU) 2021/1057, Annex I; doc/law.md#esf records what
// the library relies on and how well each fact is sourced).
//
// The building blocks:
//
//   - [Sex] of a participant (K — kobieta, M — mężczyzna, or unspecified)
//     and [ParseSex];
//   - [Count], a number of people broken down by sex, with [ParseCount] for
//     the notations Polish reports use ("20 (12K i 8M)", "142 osoby, w tym
//     93 kobiety", "12 osób tj. 6 kobiet i 6 mężczyzn", "12 345 osób") and
//     [Count.Format] for Polish or English ("20 (12 women, 8 men)");
//   - [Ratio], an exact ratio whose percentage is a decimal rounded half
//     away from zero ("62,50%", and "n/d" when the denominator is zero), and
//     [Rates], a rate for women, for men and in total with the gap between
//     them in percentage points;
//   - [Definition], [Indicator] and [Set]: indicators with a code, names,
//     kind (output or result), unit, target and achieved value, and "of
//     whom" sub-indicators that a set checks against their parents, and
//     [DecodeSet], which reads a set from JSON strictly and validates it;
//   - [Suppression], small-cell suppression for public output ("<3", "#");
//   - [Profile], [AgeBands] and [Tally]: participant profiles as ESF counts
//     them (a profile holds a birth date, which no String, fmt verb, log
//     line or error shows), counted by sex × age band × labour-market
//     status, in tallies that merge; and the ESF and ESF+ common indicators
//     ([CommonIndicator]).
//
// For example, the Siewierz OPS reported for 2011 "liczba klientów pomocy
// społecznej, objętych kontraktami socjalnymi 20 (12K i 8M)": ParseCount
// reads that as Count{Women: 12, Men: 8}, whose Format is "20 (12K i 8M)"
// in Polish and "20 (12 women, 8 men)" in English, and whose WomenShare is
// 60,00%.
package indicator
