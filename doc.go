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
//   - [DecodeJSON], the module's one strict JSON decoder: every Decode…
//     function and UnmarshalJSON of the module reads through it, refusing
//     unknown and repeated fields with the path of each problem;
//   - [Schedule], a rule value that changes on dated steps, each with its
//     legal basis, and [Finding], what a rule check reports.
//
// The domain packages build on it: indicator (sex, counts, ESF indicators),
// budget (money, budgets, limit rules), contract (the social contract and its
// relatives), and programme (the aggregate: catalogue, participants, flows).
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
//     social worker and a client (art. 6 pkt 6 and art. 108 u.p.s., ustawa
//     z 12 marca 2004 r. o pomocy społecznej).
//   - indywidualny program zatrudnienia socjalnego (IPZS) — individual
//     programme of social employment (ustawa o zatrudnieniu socjalnym).
//   - indywidualny program wychodzenia z bezdomności (IPWzB) — individual
//     programme for leaving homelessness (u.p.s.; its participants are the
//     first group of art. 1 ust. 2 u.z.s.).
//   - aneks — amendment: a dated change to a contract that keeps the earlier
//     version.
//   - KIS, klub integracji społecznej — social integration club (art. 18
//     u.z.s., ustawa z 13 czerwca 2003 r. o zatrudnieniu socjalnym).
//   - CIS, centrum integracji społecznej — social integration centre
//     (u.z.s.).
//   - OPS, ośrodek pomocy społecznej — social assistance centre, which
//     signs social contracts; MOPS (miejski, of a town) and GOPS (gminny, of
//     a rural gmina) are its local names.
//   - PCPR, powiatowe centrum pomocy rodzinie — district family support
//     centre, whose social workers may conclude social contracts too
//     (art. 108 ust. 1 u.p.s.).
//   - PUP, powiatowy urząd pracy — district labour office.
//   - pracownik socjalny — social worker.
//   - prace społecznie użyteczne (PSU) — socially useful work, capped in
//     hours per week and per month (art. 73a u.p.z., ustawa z 20 kwietnia
//     2004 r. o promocji zatrudnienia i instytucjach rynku pracy, until
//     31 May 2025).
//   - PAL, program aktywności lokalnej — local activity programme.
//   - działania o charakterze środowiskowym — community actions
//     ("środowiskowy" means of the local community, not ecological).
//   - wkład własny — own contribution of the beneficiary (usually the gmina).
//   - dofinansowanie, dotacja — co-financing, grant.
//   - koszty pośrednie — indirect costs; zarządzanie projektem — project
//     management.
//   - cross-financing — ERDF-type costs (equipment, fit-out) in an ESF
//     project, within a cap; Polish documents use the English word.
//   - wskaźnik produktu / wskaźnik rezultatu — output / result indicator.
//   - K / M — kobiety / mężczyźni, women / men: "20 (12K i 8M)".
//   - uczestnik, uczestniczka — participant.
//   - osoba długotrwale bezrobotna — long-term unemployed person.
//   - bierny zawodowo — economically inactive.
//   - wiek produkcyjny — working age (GUS); wiek aktywności zawodowej —
//     working age as PO KL used it.
//   - PO KL 7.1.1 — Program Operacyjny Kapitał Ludzki, Poddziałanie 7.1.1:
//     the 2007–2013 ESF submeasure for the systemic projects of OPS.
//   - EFS, Europejski Fundusz Społeczny — the European Social Fund (PO KL
//     2007–2013, the 2014–2020 programmes); EFS+ — ESF+, its 2021–2027
//     successor.
package integracja
