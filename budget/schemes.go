package budget

import (
	"embed"
	"io/fs"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
)

// shippedFiles are the rule sets the package ships, one JSON file each in
// the format of [DecodeRuleSet], read by that function: the code of a set
// is the name of its file. A set is added by adding its file.
//
//go:embed rules/*.json
var shippedFiles embed.FS

// LookupRuleSet returns the rule set the package ships under code (see
// [RuleSetCodes]), decoded afresh from its embedded file rules/code.json
// by [DecodeRuleSet]; a file that names a "base" is that shipped set
// overlaid with its own bases and rules. Each call returns a new set. An
// unknown code is an error whose cause is [integracja.ErrUnknown].
func LookupRuleSet(code string) (RuleSet, error) { return lookupRuleSet(code, 0) }

// maxBaseDepth is the longest chain of bases a rule set file may have.
const maxBaseDepth = 4

func lookupRuleSet(code string, depth int) (RuleSet, error) {
	unknown := integracja.Unknown(integracja.Path{}, excerpt(code), integracja.Text{
		PL: "brak takiego zestawu reguł budżetu", EN: "no such budget rule set"})
	if validateCode(integracja.Path{}, code) != nil {
		return RuleSet{}, unknown
	}
	data, err := shippedFiles.ReadFile("rules/" + code + ".json")
	if err != nil {
		return RuleSet{}, unknown
	}
	if depth > maxBaseDepth {
		return RuleSet{}, integracja.OutOfRange(integracja.Path{}, code, integracja.Text{
			PL: "zbyt długi łańcuch zestawów bazowych", EN: "too long a chain of base rule sets"})
	}
	return decodeRuleSet(data, depth)
}

// RuleSetCodes returns the codes of the rule sets the package ships, in
// order: pokl_7_1_1 ([POKL711Rules]), rpo_2014 ([RPO2014Rules]),
// rpo_2014_indirect_costs ([RPO2014IndirectCostRules]),
// rpo_swietokrzyskie_9_2_1 ([RPOSwietokrzyskie921Rules]). Each call
// returns a new slice.
func RuleSetCodes() []string {
	entries, err := fs.ReadDir(shippedFiles, "rules")
	if err != nil {
		panic("budget: no shipped rule sets: " + err.Error()) // embedded at build time
	}
	codes := make([]string, 0, len(entries))
	for _, e := range entries {
		codes = append(codes, strings.TrimSuffix(e.Name(), ".json"))
	}
	return codes
}

// shipped returns the shipped rule set code. The files are part of the
// package and a test decodes each, so an error is a defect of the
// package, not of input.
func shipped(code string) RuleSet {
	rs, err := LookupRuleSet(code)
	if err != nil {
		panic("budget: shipped rule set " + code + ": " + err.Error())
	}
	return rs
}

// Codes of the shipped rules.
const (
	// RulePOKLOwnContribution: own contribution at least a share of the
	// project value (PO KL 7.1.1).
	RulePOKLOwnContribution = "pokl.own_contribution_min"
	// RulePOKLCrossFinancing: cross-financing at most a share of the
	// project value (PO KL 7.1.1).
	RulePOKLCrossFinancing = "pokl.cross_financing_max"
	// RulePOKLIndirectCosts: flat-rate indirect costs at most a share of
	// the direct costs less cross-financing, by bands of the project
	// value (PO KL 7.1.1).
	RulePOKLIndirectCosts = "pokl.indirect_costs_max"
	// RuleRPOFixedAssetsAndCrossFinancing: fixed assets and
	// cross-financing together at most a share of eligible costs (RPO
	// 2014–2020).
	RuleRPOFixedAssetsAndCrossFinancing = "rpo2014.fixed_assets_cross_financing_max"
	// RuleRPOCrossFinancingOfEU: cross-financing at most a share of the EU
	// funding (RPO 2014–2020).
	RuleRPOCrossFinancingOfEU = "rpo2014.cross_financing_eu_max"
	// RuleRPOIndirectCosts: flat-rate indirect costs at most a share of the
	// direct costs, by bands of the direct costs (2014–2020).
	RuleRPOIndirectCosts = "rpo2014.indirect_costs_max"
	// RuleRPOOwnContribution: own contribution at least a share of
	// eligible costs (Świętokrzyskie RPO 2014–2020, Measure 9.2.1).
	RuleRPOOwnContribution = "rpo_swietokrzyskie_9_2_1.own_contribution_min"
)

// POKL711Rules returns the limit rules of PO KL 2007–2013 Submeasure 7.1.1
// (systemic projects of OPS and PCPR), read from the embedded file
// rules/pokl_7_1_1.json, whose bases cite doc/law.md#pokl-limits and
// doc/law.md#pokl-indirect-costs:
//
//   - RulePOKLOwnContribution, from 9 March 2009, the first version of the
//     "Zasady przygotowania, realizacji i rozliczania projektów
//     systemowych…"; the share was set per year in the annual application;
//   - RulePOKLCrossFinancing, from 9 March 2009;
//   - RulePOKLIndirectCosts, from 1 January 2010, when the PO KL Wytyczne
//     on eligible expenditure changed the flat rates of indirect costs:
//     a percentage of the expenditure less the cross-financing
//     (MetricDirectCostsLessCrossFinancing, verified), in four bands of
//     the project value. The bands and their rates were not found in the
//     Wytyczne of any year: they are placeholders.
//
// No value is verified: every one is a parameter with a documented
// default, its findings say so, and a project's own values overlay it
// ([RuleSet.WithLimit], [RuleSet.WithBandLimit], [RuleSet.Merge]).
// Projects dated before a rule's first step get a Warning for it. Each
// call returns a new set. The "at least 30% for active integration" rule
// is not shipped: no source was found for it (doc/law.md#pokl-limits).
func POKL711Rules() RuleSet { return shipped("pokl_7_1_1") }

// RPO2014Rules returns the limit rules verified for ESF projects of the
// 2014–2020 regional operational programmes (the FAQ of WUP Łódź to the
// OPS and PCPR call in Poddziałanie IX.2.1; doc/law.md#rpo-limits), read
// from the embedded file rules/rpo_2014.json, applying from 1 January
// 2014, the start of eligibility of 2014–2020 expenditure (Regulation (EU)
// No 1303/2013, art. 65(2)): RuleRPOFixedAssetsAndCrossFinancing and
// RuleRPOCrossFinancingOfEU. Each call returns a new set.
func RPO2014Rules() RuleSet { return shipped("rpo_2014") }

// RPO2014IndirectCostRules returns the flat rates of indirect costs of
// 2014–2020 ESF projects by bands of the direct costs (RuleRPOIndirectCosts),
// read from the embedded file rules/rpo_2014_indirect_costs.json: verified
// for the Łódź RPO call VIII.3.1 of 2020, applied from 19 July 2017, the
// version of the Wytyczne on eligibility that the ministry's material
// refers to; which version introduced them is unverified
// (doc/law.md#indirect-costs-2014), so the findings call the value partly
// verified. Merge it into a programme's set ([RuleSet.Merge]) where the
// call applies these rates. Each call returns a new set.
func RPO2014IndirectCostRules() RuleSet { return shipped("rpo_2014_indirect_costs") }

// RPOSwietokrzyskie921Rules returns [RPO2014Rules] merged with the own
// contribution of the Świętokrzyskie RPO 2014–2020, Measure 9.2.1
// (RuleRPOOwnContribution; doc/law.md#rpo-limits), read from the embedded
// file rules/rpo_swietokrzyskie_9_2_1.json, whose base is rpo_2014. Each
// call returns a new set.
func RPOSwietokrzyskie921Rules() RuleSet { return shipped("rpo_swietokrzyskie_9_2_1") }

// POKLOwnContribution returns the own contribution share (wkład własny, in
// percent of the project value) of PO KL 2007–2013 Submeasure 7.1.1: the
// limit of RulePOKLOwnContribution in [POKL711Rules], each step with the
// text of its legal basis. The value is unverified: a default to overlay
// ([integracja.Schedule.With]) when a project's application says
// otherwise. Each call returns a new schedule.
func POKLOwnContribution() integracja.Schedule[decimal.Decimal] {
	return POKL711Rules().schedule(RulePOKLOwnContribution)
}

// RPOSwietokrzyskie921OwnContribution returns the own contribution share
// of the Świętokrzyskie RPO 2014–2020 Measure 9.2.1 (verified,
// doc/law.md#rpo-limits): the limit of RuleRPOOwnContribution in
// [RPOSwietokrzyskie921Rules], each step with the text of its legal basis.
// Each call returns a new schedule.
func RPOSwietokrzyskie921OwnContribution() integracja.Schedule[decimal.Decimal] {
	return shipped("rpo_swietokrzyskie_9_2_1").schedule(RuleRPOOwnContribution)
}
