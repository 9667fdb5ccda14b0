// Package programme holds an active-integration programme as one value: the
// aggregate that a municipal ERP or a social integration club keeps, and
// asks, as of any date, who takes part, who dropped out and why, who found
// work, and how many hours of each activity each person has had — every
// figure by sex.
//
// A [Programme] has:
//
//   - identity and context: name, edition, [Operator] (an [OperatorKind]:
//     OPS, MOPS, GOPS, PCPR, CUS, KIS, CIS or NGO), the code of its
//     funding scheme, [integracja.Period], target group, the [Document]s it
//     rests on and the context [Figure]s they report, each with its source;
//   - money: a [budget.Budget] and the [Funds] as the documents state them,
//     damaged figures included ([Funds.Reconcile]);
//   - a [Catalogue] of [Activity] items, each with its [Group] (the four
//     groups of instruments of active integration — social, vocational,
//     educational, health — and community actions, social work, local
//     activity programmes, family assistance, streetworking, benefits,
//     socially useful work), [Mode], [Specialist] and [Quota]: [Hours]
//     (exact to a hundredth, with hours of practice on top), days or
//     months, per participant, per group or in total, or not stated; the
//     catalogue says whether its hours are clock or academic hours
//     ([HourLength]);
//   - [Participant]s: pseudonymous records with sex, a guarded [BirthDate],
//     contract numbers, [Subgroup] tags, an [ESFRecord], what their
//     [Eligibility] for a scheme rests on, and dated [Event]s (enrolled,
//     dropped out with a [DropoutReason], left for a job, came back,
//     completed, took a job, made progress in activation) whose lifecycle
//     gives each a [Status]; the host's [contract.Person] may be attached
//     and is never required;
//   - [ContractRecord]s, attendance [Session]s, a [CompletionRule], and the
//     indicators its documents report ([indicator.Set]).
//
// [Programme.Validate] reports every problem at once with its path;
// [Programme.Flows] gives the flows as of a date with the identity
// enrolled − dropped out − left for a job + came back − completed =
// continuing ([Flows.Balance]) and the hours of each activity per
// participant; [Programme.Completions] applies the completion rule;
// [Programme.SociallyUsefulWork] holds socially useful work against the
// weekly and monthly caps of [PSURules] ([UPZPSURules]: art. 73a u.p.z.)
// and computes the benefit due at the hourly rate in force each day.
//
// A funding [Scheme] says, as dated data, what the scheme that funds a
// programme asks of it; [Programme.Check] holds the programme against it
// as of a date and returns [integracja.Finding]s, [Programme.IndicatorsAt]
// computes every indicator by sex beside what the documents report, and
// [Programme.EfficiencyAt] measures the efficiency criteria of 2014–2020.
// Package programmetest turns the checks into Go test helpers and a
// runner of declarative JSON test cases.
//
// Birth dates are personal data: [BirthDate], [Participant] and
// [Programme] print them masked in String, every fmt verb, log/slog output
// and every error; only [BirthDate.Reveal] and the JSON form carry them.
//
// # The JSON format
//
// [Decode] and [Encode] read and write a programme in JSON, the module's
// interchange format; json.Unmarshal into a Programme is exactly as strict
// as Decode, and both use the module's one strict decoder,
// [integracja.DecodeJSON]. Field names are camelCase; codes are snake_case;
// dates are "2006-01-02"; amounts of money are
// {"amount":"1234.50","currency":"PLN"}; hours are JSON numbers with at most
// two decimal places (64, 1.5); other decimals (a figure's value, a
// percentage) are quoted strings in plain notation ("15.5"). Decoding
// rejects unknown and repeated fields and malformed values with the path of
// each bad value. Optional fields and empty lists may be left out. A
// complete file is in testdata/example.json; its parts:
//
//	{
//	  "name": "…", "edition": "II",
//	  "operator": {"kind": "mops", "name": "…", "gmina": "…"},
//	  "scheme": "pokl_7_1_1",
//	  "period": {"from": "2012-03-01", "to": "2012-12-31"},
//	  "targetGroup": {"pl": "…", "en": "…"},
//	  "sources": [{"id": "sprawozdanie", "title": "…", "file": "…", "url": "…", "date": "2013-01-15"}],
//	  "context": [{"label": {"pl": "…"}, "value": "9.5", "unit": "percent", "printed": "9,5%", "year": 2012, "source": "sprawozdanie"}],
//	  "budget": {… a budget as package budget writes it …,
//	             "figureMap": {"activeIntegration": ["active_integration"], "crossFinancing": ["sprzet"], "fixedAssets": ["sprzet"]}},
//	  "funds": {"grant": {printed}, "planned": {printed}, "spent": {printed},
//	            "byCategory": [{"category": "management", "spent": {printed}}], "source": "sprawozdanie"},
//	  "catalogue": {"hourLength": "clock", "activities": [
//	    {"code": "warsztaty", "item": "1", "name": {"pl": "…", "en": "…"}, "group": "social",
//	     "mode": "group", "specialist": "psychologist",
//	     "quota": {"hours": 100, "practice": 40, "per": "participant"},
//	     "hourLength": "academic", "subgroups": ["alkohol"]}]},
//	  "subgroups": [{"code": "alkohol", "name": {"pl": "…"}}],
//	  "contracts": [{"number": "KS/1/2012", "kind": "social_contract", "concludedOn": "2012-02-27"}],
//	  "participants": [
//	    {"id": "P-01", "sex": "female", "birthDate": "1975-04-12", "synthetic": true,
//	     "person": {… a contract.Person, optional …},
//	     "contracts": ["KS/1/2012"], "subgroups": ["alkohol"],
//	     "esf": {"status": "long_term_unemployed", "education": "isced_1_2", "disability": true, "later": {"employed": true}},
//	     "eligibility": {"assessedOn": "2012-02-20", "socialAssistance": true, "groups": ["alcohol_addiction"],
//	                     "entitlements": ["incapacity_pension"], "severeDisability": false},
//	     "events": [{"date": "2012-03-01", "kind": "enrolled"},
//	                {"date": "2012-06-10", "kind": "dropped_out", "reason": "other", "note": "…"},
//	                {"date": "2012-12-20", "kind": "completed", "leaving": {"qualification": true}}]}],
//	  "attendance": [{"activity": "warsztaty", "date": "2012-03-05", "hours": 4, "practice": false,
//	                  "group": "I", "participants": ["P-01", "P-02"]}],
//	  "completionRule": {"minShare": "80"},
//	  "indicators": [… an indicator.Set …],
//	  "softResults": [{"pl": "podwyższenie samooceny", "en": "higher self-esteem"}]
//	}
//
// A budget's "figureMap" says which of its categories are
// active-integration instruments, cross-financing and fixed assets, the
// figures the limit rules of a scheme measure and a cost kind cannot tell
// ([budget.Budget]); each list names categories of the budget, and a map
// given is the whole map. Without one, active integration is the category
// active_integration and nothing is cross-financing or fixed assets. A
// quota gives one of hours (with practice), days ({"days": 14, …}) or
// months ({"months": 11, …}), and "per" ("participant", "group",
// "total"); an empty or absent quota means the document states none. A
// printed figure is {"label": {…}, "raw": "29 72,55 zł", "amount": {…},
// "readable": false}, as package budget writes it. The codes: operator
// kinds ops, mops, gops, pcpr, cus, kis, cis, ngo; groups social,
// vocational, educational, health, community, social_work,
// local_activity, family_assistance, streetworking, benefit,
// socially_useful_work; modes group, individual; hour lengths clock,
// academic; event kinds enrolled, dropped_out, left_for_job, came_back,
// completed, took_job, made_progress; dropout reasons relapse,
// no_cooperation, no_regularity, moved_away, inpatient_treatment,
// childcare, other; figure units people, families, percent, number; the
// groups of art. 1 ust. 2 u.z.s. homeless, alcohol_addiction,
// drug_addiction, mental_disorder, long_term_unemployed,
// released_from_prison, refugee, disabled. The participant's "sex" is
// "female", "male" or absent (unspecified); "esf" takes the codes of
// package indicator, "entitlements" those of package contract; an
// "eligibility" without "assessedOn" is refused. A job taken or progress
// made may be dated after the end of the period.
//
// # Funding schemes
//
// The shipped schemes are embedded files (schemes/*.json; [LookupScheme],
// [Schemes]): pokl_7_1_1 (PO KL 2007–2013, Submeasure 7.1.1),
// kis_nowy_profil_2019 (the ministry's KIS competition of 2019),
// rpo_2014_9i and rpo_2014_9i_combined (regional programmes 2014–2020,
// investment priority 9i, with the two formulations of the efficiency
// criterion), efs_plus and its overlays fers and fe_2021 (ESF+ 2021–2027,
// the national and the regional programmes). The text of art. 1 u.z.s.
// they apply is law/uzs_art1.json for the groups of ust. 2, and package
// contract's dated exclusions of ust. 3 and 3a ([contract.DefaultRules])
// ([ShippedSocialEmploymentLaw]). A scheme file, read by [DecodeScheme]:
//
//	{
//	  "code": "pokl_7_1_1_integra_2011",
//	  "base": "pokl_7_1_1",
//	  "name": {"pl": "…", "en": "…"},
//	  "period": {"from": "2007-01-01", "to": "2015-12-31"},
//	  "sources": [{"id": "zasady", "title": "…", "file": "doc/law.md#pokl-711", "url": "…", "date": "2009-03-09"}],
//	  "age": [{"from": "2007-01-01", "value": {"from": 15, "to": 64}, "basis": "…"}],
//	  "socialAssistance": [{"from": "2007-01-01", "value": true, "basis": "…"}],
//	  "notWorking": [{"from": "2007-01-01", "value": true, "basis": "…"}],
//	  "contractRequired": [{"from": "2009-03-09", "value": true, "basis": "…"}],
//	  "socialEmployment": [{"from": "2003-07-14", "value": "kis", "basis": "…"}],
//	  "budgetRules": [{"from": "2009-03-09", "value": "pokl_7_1_1", "basis": "…"}],
//	  "budgetBases": [{"key": "wniosek_2011", "text": "…", "status": "verified"}],
//	  "budgetLimits": {"pokl.own_contribution_min": {"limit": [{"from": "2011-01-01", "value": "15", "basis": "wniosek_2011"}]},
//	                   "pokl.indirect_costs_max": {"bands": [{}, {"limit": [{"from": "2011-01-01", "value": "18"}]}]}},
//	  "sexBreakdown": [{"from": "2009-04-01", "value": "women_men", "basis": "…"}],
//	  "commonIndicators": [{"from": "2021-01-01", "value": ["EECO01", "EECR04"], "basis": "…"}],
//	  "efficiency": [{"from": "2014-01-01", "value": {"formulation": "separate",
//	     "general": {"social": "34", "employment": "22"}, "disability": {"social": "34", "employment": "12"},
//	     "windowMonths": 3}, "basis": "…"}],
//	  "psu": {"weeklyCap": [{"from": "…", "value": 10}], "monthlyCap": [{"from": "…", "value": 40}],
//	          "hourlyRate": [{"from": "…", "value": {"amount": "10.90", "currency": "PLN"}}]},
//	  "uzs": {"groups": [{"from": "…", "value": {"condition": {"pl": "…"}, "groups": [{"group": "homeless", "point": "pkt 1"}]}}],
//	          "exclusions": {"incapacity_pension": [{"from": "2022-02-15", "value": "cis", "basis": "…"}]}}
//	}
//
// Every parameter is a list of steps, each in force from its date until
// the next, with the legal basis of its value (a basis that ends in
// "parametr" marks a value the sources do not confirm). A file with a
// "base" is an overlay of that shipped scheme: it gives only what it
// changes, its steps replace those of the base on the same date and add
// the others, and the shipped file stays as it is. Codes: sites none, kis,
// cis; breakdowns none, women_men, women_men_other; formulations none,
// separate, combined; budget rule sets pokl_7_1_1, rpo_2014,
// rpo_2014_indirect_costs, rpo_swietokrzyskie_9_2_1, the codes of the sets
// package budget ships ([budget.RuleSetCodes]); the exclusions are keyed
// by the entitlement codes of package contract, their scopes none, cis,
// cis_and_kis. "budgetBases" are legal bases in the form of package
// budget's rule sets, and "budgetLimits" overlays the limits of the set's
// rules by rule code ([LimitOverlay]), in the shape of the rule's limits:
// "limit" for a rule without bands, "bands" for a rule with them, one
// {"limit": …} per band in the order of the rule's bands ({} leaves a band
// as it is); each step cites a basis of the set by its key, or none for
// the rule's own.
//
// # Checks and findings
//
// [Programme.Check] returns findings in the order of its rules: scheme.code
// and scheme.period; eligibility.age, eligibility.social_assistance,
// eligibility.not_working, eligibility.uzs_group, eligibility.uzs_condition
// and eligibility.uzs_exclusion; contract.before_first_session;
// catalogue.quota; psu.weekly_cap and psu.monthly_cap; the limit rules of
// the budget rule set (pokl.own_contribution_min, …), or budget.missing
// and budget.figures; indicator.reported, indicator.not_computed,
// indicator.target, indicator.by_sex and indicator.esf_data;
// efficiency.social, efficiency.employment, efficiency.social_employment
// and the same under efficiency.disability. A finding's severity is info
// for a rule kept (so that an auditor sees what was checked), warning for
// what cannot be judged from the records or is not final, violation for a
// rule broken. Measured and Limit are the number of participants who do
// not meet a participant rule against 0 (unit "people"), the use of an
// activity against its quota ("h", "days", "months"), the hours of
// socially useful work against a cap ("h"), a share against a limit
// ("%"), a computed figure against the reported one. Messages are in
// Polish and English; dates in them as documents write them, numbers with
// their plural forms, percentages with two decimal places; no finding
// holds a birth date.
//
// For example, a programme whose 32 participants include 9 who dropped
// out, 7 who left for a job and 2 of them who came back has, as of the end
// of the year, Flows.Continuing of 18, and Flows.Balance returns nil.
package programme
