package budget

import (
	"embed"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
)

// shippedFiles are the rule sets the package ships, one JSON file each in
// the format of [DecodeRuleSet], read by that function.
//
//go:embed rules/*.json
var shippedFiles embed.FS

// shipped returns the rule set of the embedded file rules/name.json. The
// files are part of the package and a test decodes each, so an error is a
// defect of the package, not of input.
func shipped(name string) RuleSet {
	data, err := shippedFiles.ReadFile("rules/" + name + ".json")
	if err != nil {
		panic("budget: no shipped rule set " + name)
	}
	rs, err := DecodeRuleSet(data)
	if err != nil {
		panic("budget: shipped rule set " + name + ": " + err.Error())
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
// file rules/rpo_swietokrzyskie_9_2_1.json. Each call returns a new set.
func RPOSwietokrzyskie921Rules() RuleSet {
	rs, err := RPO2014Rules().Merge(shipped("rpo_swietokrzyskie_9_2_1"))
	if err != nil {
		panic("budget: shipped rule sets do not merge: " + err.Error()) // a test checks them
	}
	return rs
}

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
