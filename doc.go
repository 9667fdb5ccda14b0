// Package integracja is the shared vocabulary of a library that models Polish
// active-integration programmes (aktywna integracja): the social contracts a
// social worker signs with a client, the catalogue of activities a programme
// offers with their hour quotas, the programme's budget in decimal money, and
// the gender-disaggregated indicators every report and grant settlement asks
// for.
//
// This root package holds only what every other package needs:
//
//   - [Date] and [Period], civil calendar dates without time zones, with
//     months that clamp to the month's end and age counted as the Civil Code
//     counts it;
//   - [Path], [FieldError], [ParseError] and the sentinel causes
//     ([ErrRequired], [ErrInvalid], [ErrOutOfRange], …) that Validate methods
//     across the module return, joined so that one call reports every
//     problem and [errors.Is] and [errors.As] work on the whole result;
//   - [Text], a label in Polish and English, and [Localize], which renders an
//     error in either language;
//   - [Schedule], a rule value that changes on dated steps, each with its
//     legal basis, and [Finding], what a rule check reports.
//
// The domain packages build on it: indicator (sex, counts, ESF indicators),
// budget (money, budgets, limit rules), contract (the social contract and its
// relatives) and programme (the aggregate).
//
// # Glossary
//
// The Polish terms a social worker, a KIS coordinator or a grant auditor uses,
// with the English names this module gives them:
//
//   - aktywna integracja — active integration: the instruments that restore a
//     person's social and vocational activity.
//   - instrumenty aktywnej integracji — instruments of active integration,
//     grouped as social (społeczne), vocational (zawodowe), educational
//     (edukacyjne) and health (zdrowotne).
//   - kontrakt socjalny — social contract: the written agreement between a
//     social worker and a client (art. 6 pkt 6 and art. 108 ustawy o pomocy
//     społecznej).
//   - indywidualny program zatrudnienia socjalnego (IPZS) — individual
//     programme of social employment (ustawa o zatrudnieniu socjalnym).
//   - indywidualny program wychodzenia z bezdomności (IPWzB) — individual
//     programme for leaving homelessness.
//   - aneks — amendment: a dated change to a contract that keeps the earlier
//     version.
//   - KIS, klub integracji społecznej — social integration club (art. 18
//     u.z.s.).
//   - CIS, centrum integracji społecznej — social integration centre.
//   - OPS / MOPS / GOPS — (municipal / gmina) social assistance centre, the
//     institution that signs social contracts.
//   - PCPR, powiatowe centrum pomocy rodzinie — district family support
//     centre.
//   - PUP, powiatowy urząd pracy — district labour office.
//   - pracownik socjalny — social worker.
//   - prace społecznie użyteczne (PSU) — socially useful work, capped in
//     hours per week and per month.
//   - PAL, program aktywności lokalnej — local activity programme.
//   - działania o charakterze środowiskowym — environmental (community)
//     actions.
//   - wkład własny — own contribution of the beneficiary (usually the gmina).
//   - dofinansowanie, dotacja — co-financing, grant.
//   - koszty pośrednie — indirect costs; zarządzanie projektem — project
//     management.
//   - cross-financing (cross-financing) — ERDF-type costs in an ESF project.
//   - wskaźnik produktu / wskaźnik rezultatu — output / result indicator.
//   - K / M — kobiety / mężczyźni, women / men: "20 (12K i 8M)".
//   - uczestnik, uczestniczka — participant.
//   - osoba długotrwale bezrobotna — long-term unemployed person.
//   - bierny zawodowo — economically inactive.
//   - wiek produkcyjny — working age (GUS); wiek aktywności zawodowej —
//     working age as PO KL used it.
//   - PO KL 7.1.1 — the 2007–2013 ESF submeasure for OPS systemic projects.
//   - EFS / EFS+ — the European Social Fund (2014–2020) and ESF+ (2021–2027).
package integracja
