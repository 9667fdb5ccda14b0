// Package indicator measures programmes by sex: the [Sex] of a participant,
// [Count]s of women and men in the notation Polish reports use
// ("20 (12K i 8M)"), exact ratios and rates, indicator definitions with
// targets, tallies of participant profiles, and the ESF and ESF+ common
// indicators.
package indicator
