// Package examples holds the five seed programmes of the library as data:
// five real Polish documents about active-integration programmes, each
// modelled as a programme file in the format of package programme
// (seeds/*.json, embedded), with what the data had to read into the
// document where the document leaves it open ([Seed.Readings]). Every
// figure the document reports is computed from the records: by
// [programme.Programme.IndicatorsAt] for the whole programme, by a
// [Measure] for a subgroup ([Seed.Indicators] joins both).
//
// The documents are:
//
//   - Trzebinia 2019: the social assistance centre's social integration
//     club, ministry competition "Nowy profil usług w Klubie Integracji
//     Społecznej – edycja 2019", a grant of 17.600,00 zł, ten women;
//   - Dąbrowa Górnicza 2011: the MOPS project INTEGRA, 4th edition, PO KL
//     7.1.1, 90 participants;
//   - Brzeszcze 2014: the social integration club of the social
//     assistance centre, 227 users, its PO KL project and that project's
//     budget, two of whose printed amounts are garbled;
//   - Lubiszyn: a PO KL 7.1.1 project of the GOPS for nine women, with its
//     activity catalogue and hour quotas;
//   - Siewierz 2011: the project "Aktywność to szansa na przyszłość", 4th
//     edition, PO KL 7.1.1, 20 (12K i 8M) participants.
//
// Where a document gives only totals, the participant records are
// synthetic (marked so; sex and birth date only, no names, no PESEL),
// built so that the figures the library computes from them equal the
// figures the document reports. The tests of this package reproduce every
// figure the documents state from the library's computations; the command
// examples/report prints the five reports.
package examples
