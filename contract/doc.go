// Package contract models the social contract (kontrakt socjalny; art. 6
// pkt 6 and art. 108 of the ustawa z dnia 12 marca 2004 r. o pomocy
// społecznej, u.p.s., t.j. Dz.U. 2023 poz. 901) that a social worker of an
// OPS, PCPR or CUS concludes with a person or family, on the template of
// the rozporządzenie Ministra Pracy i Polityki Społecznej z 8 listopada
// 2010 r. (Dz.U. 2010 Nr 218 poz. 1439), and its relatives: the individual
// programme of social employment of a CIS participant (IPZS; art. 12 ust. 4
// and art. 13 of the ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu
// socjalnym, u.z.s., t.j. Dz.U. 2025 poz. 83) and the individual programme
// for leaving homelessness (IPWzB). The facts the package relies on, with
// their sources and how well they are verified, are in doc/law.md of the
// module's repository.
//
// The people:
//
//   - [PESEL], the national identification number, checked and masked
//     whenever it is printed or logged; [Person], a party to a contract,
//     whose sex and birth date must agree with the PESEL.
//
// The contract:
//
//   - [Contract]: number, [Kind] and [Track] (parts I A and II A: a person
//     or family in a difficult life situation; parts I B and II B: the
//     person alone, activity and self-reliance), the [Institution], the
//     person who signs for it and the client, place and date of
//     conclusion, and the [Terms]: period, family members covered, the
//     [Assessment] of the situation (section I), the main and specific
//     [Goal]s, the agreed [Action]s (who, what, by when, who is
//     responsible, how it is evaluated), the institution's [Commitments]
//     (forms of support and [Benefit]s in [budget.Money]), and the art. 11
//     [Consequence]s the client was told of — options a caseworker may
//     choose, never applied by this package;
//   - for a social contract, the client's participation in a KIS, which
//     rests on it ([ClubParticipation], art. 18 ust. 4 u.z.s.), and in
//     track B the labour office's referral or agreement and the client's
//     status ([LabourMarket]); for every contract that records KIS or CIS
//     participation, the client's [Entitlement]s that exclude social
//     employment under the law of the day ([Rules], art. 1 ust. 3 and 3a
//     u.z.s.);
//   - [Lifecycle]: draft → active → suspended ↔ active → completed, or
//     terminated with a [Reason] (a refusal to conclude among them); every
//     change a dated [Event];
//   - [Amendment]s (aneks): [Contract.Amend] returns a new contract with a
//     new [Version] and keeps every earlier one ([Contract.Versions],
//     [Contract.Current]);
//   - dated [Review]s of progress beside each action's done date
//     ([Contract.AddReview], [Contract.MarkDone]);
//   - the [Evaluation] (part III): the [Achievement] of each goal, recorded
//     separately from the lifecycle state;
//   - [Contract.Overdue]: the actions past their deadline and not done as of
//     a date; [Contract.Validate]: every problem, each with its path;
//     [Contract.Render]: the document as plain text in Polish or English;
//     [Decode]: strict JSON decoding with paths in its errors.
//
// A contract is built as a value, signed, amended and completed; every
// change returns a new value and leaves the old one as it was:
//
//	c := contract.Contract{Number: "7/KIS/2019", Kind: contract.SocialContract, Track: contract.TrackB, …}
//	c, err := c.Sign(integracja.MustParseDate("2019-06-03"))
//	c, err = c.Amend(integracja.MustParseDate("2019-09-02"), "1/2019", "szkolenie zawodowe", newTerms)
//	c.Lifecycle, err = c.Lifecycle.Complete(integracja.MustParseDate("2019-12-31"))
//	err = c.Validate() // nil, or every problem: "terms.actions[2].due: …"
//
// Names, PESEL numbers and birth dates are personal data. They appear in
// the rendered document (the PESEL masked unless [WithFullPESEL] asks for
// it) and in JSON, which storage and interchange need, and never in
// String, fmt verbs, log/slog output or error messages.
package contract
