// Package programmetest tests programmes against the grant rules of their
// funding schemes: helpers for Go tests, and a runner of declarative test
// cases kept as JSON files, in the spirit of OpenFisca's YAML tests. It is
// to [programme] what net/http/httptest is to net/http: meant for tests.
//
// # Helpers
//
// [AssertCompliant] fails a test when [programme.Programme.Check] found a
// warning or a violation; [AssertFinding] when it did not find the finding
// a [Want] describes; [AssertNoFinding] when a rule gave a warning or a
// violation; [AssertFigure] when an indicator computed as of a date is not
// the count expected. On failure each prints what it wanted and what was
// found, every finding with its severity, rule, path, Polish message,
// legal basis, measured value and limit:
//
//	expected the finding violation [eligibility.age] at participants[1]
//	findings of rule eligibility.age:
//	  informacja [eligibility.age] participants: wiek uczestników: spełnione (sprawdzeni: 2 uczestników) (…) {measured 0, limit 0 people}
//
// [Check] validates a programme before checking it.
//
// # Cases
//
// [Run](t, "testdata/cases") makes each JSON file directly in the folder a
// subtest. A case file:
//
//	{
//	  "name": "Siewierz 2011: 20 kontraktów (12K i 8M), 5 kwalifikacji (5M)",
//	  "programmeFile": "programmes/siewierz_2011.json",
//	  "scheme": "pokl_7_1_1",
//	  "asOf": "2011-12-31",
//	  "problems": ["attendance[3].hours: out_of_range"],
//	  "compliant": true,
//	  "findings": [{"rule": "eligibility.age", "severity": "violation",
//	                "path": "participants[1]", "measured": "1", "limit": "0",
//	                "message": "poza wiekiem od 15 do 64 lat"}],
//	  "absent": ["contract.before_first_session"],
//	  "figures": {"contracts": "20 (12K i 8M)", "continuing": "18"}
//	}
//
// Its fields:
//
//   - the programme: "programme", an inline programme in the format of
//     package programme, or "programmeFile", a path relative to the
//     folder (files in subfolders are not cases);
//   - the scheme: "scheme", the code of a shipped scheme or a scheme
//     object — a whole scheme, or an overlay that names its "base" and
//     gives only the steps it changes — or "schemeFile", a path; with
//     neither, the shipped scheme the programme names;
//   - "asOf": the date of the check (required);
//   - "problems": the exact problems Validate must find, as "path: code"
//     lines, in its order; without it the programme must validate;
//   - "compliant": true asks for no warning and no violation;
//   - "findings": each must be found; "rule" and "severity" must match,
//     "path", "measured", "limit" (decimals compared by value) and
//     "message" (a part of the Polish message) when given;
//   - "absent": rules that must give no warning or violation;
//   - "figures": indicator codes (the measures of package programme, ESF
//     common indicator codes, the programme's own codes) with the count
//     expected as of the date, by sex when the count names women or men.
//
// Decoding is strict ([DecodeCase]): unknown or repeated fields, malformed
// dates, severities and counts are errors with their path, and a case
// that expects nothing is refused.
//
// # Findings
//
// The findings are [integracja.Finding] values: a rule code in snake_case
// with dots between levels ("eligibility.age", "efficiency.employment",
// "pokl.own_contribution_min"), a severity (info for a rule kept, warning
// for what an auditor would ask about or cannot judge, violation for a
// broken rule), the path of what it is about ("participants[3]",
// "indicators[0].achieved", "budget.planned.ownContribution"), the
// measured value and the limit with their unit ("people", "h", "days",
// "months", "%"), the legal basis of the step in force, and a message in
// Polish and English. [programme.Programme.Check] lists the rules.
package programmetest
