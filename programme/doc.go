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
//     contract numbers, [Subgroup] tags, an [ESFRecord] and dated [Event]s
//     (enrolled, dropped out with a [DropoutReason], left for a job, came
//     back, completed, took a job) whose lifecycle gives each a [Status];
//     the host's [contract.Person] may be attached and is never required;
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
//	  "budget": {… a budget as package budget writes it …},
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
// A quota gives one of hours (with practice), days ({"days": 14, …}) or
// months ({"months": 11, …}), and "per" ("participant", "group",
// "total"); an empty or absent quota means the document states none. A printed figure is {"label": {…}, "raw": "29 72,55 zł",
// "amount": {…}, "readable": false}, as package budget writes it. The
// codes: operator kinds ops, mops, gops, pcpr, cus, kis, cis, ngo; groups
// social, vocational, educational, health, community, social_work,
// local_activity, family_assistance, streetworking, benefit,
// socially_useful_work; modes group, individual; hour lengths clock,
// academic; event kinds enrolled, dropped_out, left_for_job, came_back,
// completed, took_job; dropout reasons relapse, no_cooperation,
// no_regularity, moved_away, inpatient_treatment, childcare, other; figure
// units people, families, percent, number. The participant's "sex" is
// "female", "male" or absent (unspecified); "esf" takes the codes of
// package indicator.
//
// For example, a programme whose 32 participants include 9 who dropped
// out, 7 who left for a job and 2 of them who came back has, as of the end
// of the year, Flows.Continuing of 18, and Flows.Balance returns nil.
package programme
