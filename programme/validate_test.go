package programme_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// pesel returns a valid PESEL for a birth date in 1900–1999 and a sex.
func pesel(birth string, male bool) contract.PESEL {
	digits := birth[2:4] + birth[5:7] + birth[8:10] + "012"
	if male {
		digits += "1"
	} else {
		digits += "2"
	}
	w := []int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}
	sum := 0
	for i, c := range digits {
		sum += int(c-'0') * w[i]
	}
	return contract.MustParsePESEL(digits + string(rune('0'+(10-sum%10)%10)))
}

func TestValidateAcceptsTheFixtures(t *testing.T) {
	for name, p := range map[string]programme.Programme{
		"the example file": example(t), "Lubiszyn": lubiszyn(), "Brzeszcze": brzeszcze(),
	} {
		t.Run(name, func(t *testing.T) { assert.NoError(t, p.Validate()) })
	}
}

func TestValidateReportsEachProblemWithItsPath(t *testing.T) {
	session := func(activity, date, hours string, ids ...string) programme.Session {
		s := programme.Session{Activity: activity, Date: d(date), Participants: ids}
		if hours != "" {
			s.Hours = h(hours)
		}
		return s
	}
	tests := []struct {
		name   string
		change func(p *programme.Programme)
		want   []string
	}{
		// Identity and context.
		{"a programme needs a name", func(p *programme.Programme) { p.Name = " " }, []string{"name: required"}},
		{"an operator needs a kind and a name", func(p *programme.Programme) { p.Operator = programme.Operator{} },
			[]string{"operator.kind: required", "operator.name: required"}},
		{"an undefined operator kind is invalid", func(p *programme.Programme) { p.Operator.Kind = 99 },
			[]string{"operator.kind: invalid"}},
		{"a scheme code is snake_case", func(p *programme.Programme) { p.Scheme = "PO KL 7.1.1" }, []string{"scheme: invalid"}},
		{"a programme needs a period", func(p *programme.Programme) { p.Period = integracja.Period{} }, []string{"period: required"}},
		{"document IDs are unique", func(p *programme.Programme) { p.Sources[1].ID = p.Sources[0].ID },
			[]string{"sources[1].id: duplicate", "funds.source: unknown"}},
		{"a figure names a known source", func(p *programme.Programme) { p.Context[0].Source = "gus" },
			[]string{"context[0].source: unknown"}},
		{"a percentage is at most 100", func(p *programme.Programme) { p.Context[1].Value = decimal.NewFromInt(101) },
			[]string{"context[1].value: out_of_range"}},
		{"a figure needs a label and a unit", func(p *programme.Programme) { p.Context[0].Label, p.Context[0].Unit = integracja.Text{}, 0 },
			[]string{"context[0].label.pl: required", "context[0].unit: required"}},

		// Money.
		{"the budget's problems are reported under budget", func(p *programme.Programme) { p.Budget.Ledger[0].Date = d("2024-07-01") },
			[]string{"budget.ledger[0].date: out_of_range"}},
		{"the budget's figure map names categories of the budget", func(p *programme.Programme) {
			p.Budget.FigureMap = &budget.FigureMap{CrossFinancing: []string{"active_integration", "equipment"}}
		}, []string{"budget.figureMap.crossFinancing[1]: unknown"}},
		{"a printed amount that its text does not give contradicts it", func(p *programme.Programme) {
			p.Funds.Grant.Raw = "84 130,01 zł"
		}, []string{"funds.grant.amount: inconsistent"}},
		{"a garbled figure cannot be readable", func(p *programme.Programme) { p.Funds.Spent.Raw = "65 83,33 zł" },
			[]string{"funds.spent.readable: inconsistent"}},
		{"a category figure names a category of the budget", func(p *programme.Programme) { p.Funds.ByCategory[0].Category = "promotion" },
			[]string{"funds.byCategory[0].category: unknown"}},

		// The catalogue.
		{"activity codes are unique", func(p *programme.Programme) { p.Catalogue.Activities[6].Code = "asysta" },
			[]string{"catalogue.activities[6].code: duplicate"}},
		{"an activity code is snake_case", func(p *programme.Programme) { p.Catalogue.Activities[6].Code = "Piknik!" },
			[]string{"catalogue.activities[6].code: invalid"}},
		{"an activity needs a Polish name and a group", func(p *programme.Programme) {
			p.Catalogue.Activities[6].Name, p.Catalogue.Activities[6].Group = integracja.Text{EN: "picnic"}, 0
		}, []string{"catalogue.activities[6].name.pl: required", "catalogue.activities[6].group: required"}},
		{"a quota is in one unit", func(p *programme.Programme) { p.Catalogue.Activities[5].Quota.Days = 3 },
			[]string{"catalogue.activities[5].quota: inconsistent"}},
		{"a stated quota says whom it is for", func(p *programme.Programme) { p.Catalogue.Activities[1].Quota.Per = 0 },
			[]string{"catalogue.activities[1].quota.per: required"}},
		{"a quota that is not stated is for no one", func(p *programme.Programme) { p.Catalogue.Activities[6].Quota.Per = programme.PerGroup },
			[]string{"catalogue.activities[6].quota.per: inconsistent"}},
		{"a quota in days is at most ten years", func(p *programme.Programme) { p.Catalogue.Activities[4].Quota.Days = 4000 },
			[]string{"catalogue.activities[4].quota.days: out_of_range"}},
		{"an activity's subgroups are the programme's", func(p *programme.Programme) {
			p.Catalogue.Activities[3].Subgroups = append(p.Catalogue.Activities[3].Subgroups, "rodzice")
		}, []string{"catalogue.activities[3].subgroups[1]: unknown"}},
		{"subgroup codes are unique", func(p *programme.Programme) { p.Subgroups = append(p.Subgroups, p.Subgroups[0]) },
			[]string{"subgroups[3].code: duplicate"}},

		// Participants.
		{"a person enrolled twice as two records is a repeated ID", func(p *programme.Programme) {
			p.Participants = append(p.Participants, p.Participants[1])
		}, []string{"participants[4].id: duplicate"}},
		{"a participant ID may not be a PESEL", func(p *programme.Programme) {
			extra := p.Participants[1]
			extra.ID = pesel("1968-11-03", true).Reveal()
			p.Participants = append(p.Participants, extra)
		}, []string{"participants[4].id: invalid"}},
		{"one person in two records is reported by the PESEL", func(p *programme.Programme) {
			person := &contract.Person{PESEL: pesel("1990-01-25", false)}
			extra := p.Participants[2]
			extra.ID, extra.Person = "P-05", person
			p.Participants[2].Person = person
			p.Participants = append(p.Participants, extra)
		}, []string{"participants[4].person.pesel: duplicate"}},
		{"a participant who never enrolled has no events", func(p *programme.Programme) {
			p.Participants = append(p.Participants, programme.Participant{ID: "P-05", Sex: indicator.Female})
		}, []string{"participants[4].events: required"}},
		{"a sex and birth date that contradict the attached person", func(p *programme.Programme) {
			p.Participants[0].Person = &contract.Person{ID: "os-1", PESEL: pesel("1975-04-13", true)}
		}, []string{"participants[0].sex: inconsistent", "participants[0].birthDate: inconsistent"}},
		{"an undefined sex is invalid", func(p *programme.Programme) { p.Participants[1].Sex = 7 },
			[]string{"participants[1].sex: invalid"}},
		{"a contract number the records do not have, and a record no one carries", func(p *programme.Programme) {
			p.Participants[0].Contracts = []string{"KS/9/2023"}
		}, []string{"participants[0].contracts[0]: unknown", "contracts[0].number: unknown"}},
		{"a contract record no participant carries", func(p *programme.Programme) {
			p.Contracts = append(p.Contracts, programme.ContractRecord{Number: "KS/5/2023"})
		}, []string{"contracts[4].number: unknown"}},
		{"contract numbers are unique", func(p *programme.Programme) { p.Contracts = append(p.Contracts, p.Contracts[0]) },
			[]string{"contracts[4].number: duplicate"}},
		{"a participant's subgroups are the programme's", func(p *programme.Programme) { p.Participants[2].Subgroups = []string{"rodzice"} },
			[]string{"participants[2].subgroups[0]: unknown"}},
		{"ESF data are complete", func(p *programme.Programme) { p.Participants[0].ESF.Education = indicator.EducationUnknown },
			[]string{"participants[0].esf.education: required"}},
		{"ESF data need the birth date", func(p *programme.Programme) { p.Participants[2].BirthDate = programme.BirthDate{} },
			[]string{"participants[2].birthDate: required"}},
		{"an impossible birth date is invalid", func(p *programme.Programme) {
			p.Participants[2].BirthDate = programme.NewBirthDate(integracja.Date{Year: 1990, Month: 2, Day: 30})
		}, []string{"participants[2].birthDate: invalid"}},

		// Events.
		{"enrolling twice is reported at the second enrolment", func(p *programme.Programme) {
			p.Participants[0].Events = insert(p.Participants[0].Events, 1, programme.Event{Date: d("2023-07-01"), Kind: programme.Enrolled})
		}, []string{"participants[0].events[1].kind: duplicate"}},
		{"events out of date order", func(p *programme.Programme) { p.Participants[3].Events[1].Date = d("2023-06-04") },
			[]string{"participants[3].events[1].date: inconsistent"}},
		{"an event after the programme's end", func(p *programme.Programme) { p.Participants[1].Events[1].Date = d("2024-06-15") },
			[]string{"participants[1].events[1].date: out_of_range"}},
		{"a job taken before the programme's start", func(p *programme.Programme) {
			p.Participants[3].Events = append(p.Participants[3].Events[:1:1], programme.Event{Date: d("2023-05-01"), Kind: programme.TookJob})
		}, []string{"participants[3].events[1].date: out_of_range", "participants[3].events[1].date: inconsistent"}},
		{"eligibility facts need the date of the assessment", func(p *programme.Programme) {
			p.Participants[1].Eligibility = programme.Eligibility{SocialAssistance: true}
		}, []string{"participants[1].eligibility.assessedOn: required"}},
		{"eligibility groups and entitlements are defined and listed once", func(p *programme.Programme) {
			p.Participants[1].Eligibility.Groups = []programme.SocialGroup{programme.HomelessIPWzB, 99, programme.HomelessIPWzB}
			p.Participants[1].Eligibility.Entitlements = []contract.Entitlement{contract.EntitlementUnspecified, contract.OldAgePension, contract.OldAgePension}
		}, []string{"participants[1].eligibility.groups[1]: invalid", "participants[1].eligibility.groups[2]: duplicate",
			"participants[1].eligibility.entitlements[0]: invalid", "participants[1].eligibility.entitlements[2]: duplicate"}},
		{"coming back while taking part is not a change the lifecycle allows", func(p *programme.Programme) {
			p.Participants[0].Events = insert(p.Participants[0].Events, 1, programme.Event{Date: d("2023-07-01"), Kind: programme.CameBack})
		}, []string{"participants[0].events[1].kind: transition"}},
		{"a dropout needs its reason", func(p *programme.Programme) { p.Participants[1].Events[1].Reason = 0 },
			[]string{"participants[1].events[1].reason: required"}},
		{"another reason needs its description", func(p *programme.Programme) { p.Participants[1].Events[1].Reason = programme.ReasonOther },
			[]string{"participants[1].events[1].note: required"}},
		{"only a dropout has a reason", func(p *programme.Programme) { p.Participants[0].Events[1].Reason = programme.MovedAway },
			[]string{"participants[0].events[1].reason: inconsistent"}},
		{"the situation on leaving goes with leaving", func(p *programme.Programme) {
			p.Participants[2].Events[2].Leaving = indicator.Leaving{Employed: true}
		}, []string{"participants[2].events[2].leaving: inconsistent"}},
		{"leaving for a job is not searching for one", func(p *programme.Programme) {
			p.Participants[2].Events[1].Leaving = indicator.Leaving{JobSearching: true}
		}, []string{"participants[2].events[1].leaving.jobSearching: inconsistent"}},

		// Attendance.
		{"a session of an unknown activity", func(p *programme.Programme) { p.Attendance[0].Activity = "basen" },
			[]string{"attendance[0].activity: unknown"}},
		{"a session outside the period, when its participant has left too", func(p *programme.Programme) {
			p.Attendance[16].Date = d("2024-06-03")
		}, []string{"attendance[16].date: out_of_range", "attendance[16].participants[0]: out_of_range"}},
		{"a session on a day the participant had dropped out", func(p *programme.Programme) {
			p.Attendance[15].Participants = append(p.Attendance[15].Participants, "P-02")
		}, []string{"attendance[15].participants[3]: out_of_range"}},
		{"a session of an unknown participant", func(p *programme.Programme) {
			p.Attendance[1].Participants = append(p.Attendance[1].Participants, "P-99")
		}, []string{"attendance[1].participants[4]: unknown"}},
		{"a participant listed twice in a session", func(p *programme.Programme) {
			p.Attendance[1].Participants = append(p.Attendance[1].Participants, "P-01")
		}, []string{"attendance[1].participants[4]: duplicate"}},
		{"an individual session has one participant", func(p *programme.Programme) {
			p.Attendance[2].Participants = []string{"P-01", "P-02"}
		}, []string{"attendance[2].participants: inconsistent"}},
		{"a participant outside the activity's subgroups", func(p *programme.Programme) {
			p.Attendance[7].Participants = append(p.Attendance[7].Participants, "P-01")
		}, []string{"attendance[7].participants[1]: inconsistent"}},
		{"a session needs participants and hours", func(p *programme.Programme) {
			p.Attendance[0].Participants, p.Attendance[0].Hours = nil, programme.Hours{}
		}, []string{"attendance[0].hours: required", "attendance[0].participants: required"}},
		{"a session is at most a day long", func(p *programme.Programme) { p.Attendance[0].Hours = h("25") },
			[]string{"attendance[0].hours: out_of_range"}},
		{"practice in an activity without practice", func(p *programme.Programme) { p.Attendance[2].Practice = true },
			[]string{"attendance[2].practice: inconsistent"}},

		// Quotas.
		{"a participant's quota exceeded, at the session that went over it", func(p *programme.Programme) {
			p.Attendance = append(p.Attendance, session("doradztwo", "2024-02-01", "1", "P-01"))
		}, []string{"attendance[17].hours: out_of_range"}},
		{"a group's quota exceeded", func(p *programme.Programme) {
			s := session("warsztaty", "2024-01-09", "1", "P-01")
			s.Group = "I"
			p.Attendance = append(p.Attendance, s)
		}, []string{"attendance[17].hours: out_of_range"}},
		{"a quota in total exceeded", func(p *programme.Programme) { p.Catalogue.Activities[8].Quota.Hours = h("0.5") },
			[]string{"attendance[0].hours: out_of_range"}},
		{"the practice of a quota exceeded", func(p *programme.Programme) { p.Attendance[11].Practice = true },
			[]string{"attendance[12].hours: out_of_range"}},
		{"a quota in days exceeded", func(p *programme.Programme) { p.Catalogue.Activities[4].Quota.Days = 1 },
			[]string{"attendance[14].hours: out_of_range"}},

		// The completion rule and the indicators.
		{"a completion the rule does not support", func(p *programme.Programme) {
			p.Completion.MinShare = decimal.NewFromInt(100)
			p.Attendance[11].Hours = h("3")
		}, []string{"participants[0].events[1].kind: inconsistent"}},
		{"a share above 100 per cent", func(p *programme.Programme) { p.Completion.MinShare = decimal.NewFromInt(120) },
			[]string{"completionRule.minShare: out_of_range"}},
		{"a soft result needs its Polish words", func(p *programme.Programme) { p.SoftResults[1].PL = " " },
			[]string{"softResults[1].pl: required"}},
		{"the indicators' problems are reported under indicators", func(p *programme.Programme) { p.Indicators[1].Parent = "W9" },
			[]string{"indicators[1].parent: unknown"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := example(t)
			tt.change(&p)
			err := p.Validate()
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(err))
		})
	}
}

func insert(events []programme.Event, i int, e programme.Event) []programme.Event {
	out := append([]programme.Event(nil), events[:i]...)
	out = append(out, e)
	return append(out, events[i:]...)
}

func TestValidateSaysWhatWentOverTheQuotaWithTheFigures(t *testing.T) {
	p := example(t)
	p.Attendance = append(p.Attendance, programme.Session{Activity: "doradztwo", Date: d("2024-02-01"), Hours: h("1.5"),
		Participants: []string{"P-01"}})
	err := p.Validate()
	assert.Equal(t, `attendance[17].hours: wartość poza dopuszczalnym zakresem: "1.5": uczestnik P-01: 5,5 godziny przy limicie 4 godziny (na uczestnika)`,
		integracja.Localize(err, language.Polish))
	assert.Equal(t, `attendance[17].hours: value out of range: "1.5": participant P-01: 5.5 hours against a quota of 4 hours (per participant)`,
		integracja.Localize(err, language.English))
}

func TestValidateNeverShowsABirthDate(t *testing.T) {
	p := example(t)
	p.Participants[0].Person = &contract.Person{ID: "os-1", GivenName: "Anna", FamilyName: "Nowak", PESEL: pesel("1975-04-13", true)}
	p.Participants[2].BirthDate = programme.NewBirthDate(integracja.Date{Year: 1990, Month: 2, Day: 30})
	p.Participants[3].BirthDate = programme.NewBirthDate(d("2023-07-01"))
	err := p.Validate()
	require.Error(t, err)
	for _, lang := range []language.Tag{language.Polish, language.English} {
		msg := integracja.Localize(err, lang)
		for _, secret := range []string{"1975", "04-13", "13.04", "1990", "02-30", "2023-07-01", "01.07.2023", "Anna", "Nowak",
			pesel("1975-04-13", true).Reveal()} {
			assert.NotContains(t, msg, secret)
		}
	}
	assert.Contains(t, problems(err), "participants[3].birthDate: inconsistent", "born after enrolling")
}

func TestValidateSpeaksPolishWithoutEnglishWords(t *testing.T) {
	p := example(t)
	p.Participants[1].Events[1].Reason = 0
	p.Participants[0].Events = insert(p.Participants[0].Events, 1, programme.Event{Date: d("2023-07-01"), Kind: programme.CameBack})
	p.Attendance[1].Date = d("2024-07-01")
	msg := integracja.Localize(p.Validate(), language.Polish)
	assert.Contains(t, msg, "„powrót do programu” niemożliwe, gdy uczestnik ma status „uczestniczy”")
	assert.Contains(t, msg, "zajęcia z 01.07.2024 r. poza okresem programu od 01.06.2023 r. do 31.05.2024 r.")
	for _, english := range []string{"came_back", "active", "dropped_out", "participant"} {
		for _, line := range strings.Split(msg, "\n") {
			_, text, _ := strings.Cut(line, ": ") // the path is the program's, not prose
			assert.NotContains(t, text, english, line)
		}
	}
}

func TestValidateReportsEveryProblemAtOnce(t *testing.T) {
	p := example(t)
	p.Name = ""
	p.Participants[1].Events[1].Reason = 0
	p.Attendance[0].Activity = "basen"
	p.Completion.MinShare = decimal.NewFromInt(-1)
	assert.Equal(t, []string{"name: required", "participants[1].events[1].reason: required", "attendance[0].activity: unknown",
		"completionRule.minShare: out_of_range"}, problems(p.Validate()))
}

func TestValidateKeepsTheRulesOfPrintedFigures(t *testing.T) {
	tests := []struct {
		name string
		f    budget.Printed
		want []string
	}{
		{"a figure read from its text is consistent", budget.ReadPrinted(integracja.Text{}, "29 172,62 zł"), nil},
		{"a garbled figure kept as printed is consistent", budget.ReadPrinted(integracja.Text{}, "29 72,55 zł"), nil},
		{"a garbled figure with an amount", budget.Printed{Raw: "29 72,55 zł", Amount: budget.Grosze(297255)},
			[]string{"funds.grant.amount: inconsistent"}},
		{"an amount without its text", budget.Printed{Amount: budget.Grosze(100), Readable: true},
			[]string{"funds.grant.raw: required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := example(t)
			p.Funds.Grant = tt.f
			assert.Equal(t, tt.want, problems(p.Validate()), fmt.Sprint(tt.f.Raw))
		})
	}
}
