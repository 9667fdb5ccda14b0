package programme_test

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
	"github.com/aktywna/integracja/programme/programmetest"
)

func d(s string) integracja.Date { return integracja.MustParseDate(s) }

func h(s string) programme.Hours { return programme.MustParseHours(s) }

// example decodes testdata/example.json, the package's complete example
// file, which validates.
func example(t testing.TB) programme.Programme {
	t.Helper()
	b, err := os.ReadFile("testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := programme.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// problems lists the problems of err as "path: cause code", the form the
// table tests compare; nil for none.
func problems(err error) []string {
	out := programmetest.Problems(err)
	if len(out) == 0 {
		return nil
	}
	return out
}

// lubiszyn is the activity catalogue of the PO KL 7.1.1 project of the
// social assistance centre in Lubiszyn, "Wsparcie integracji
// społeczno-zawodowej mieszkańców Gminy Lubiszyn", as its description
// lists it: nine unemployed women, group workshops and individual
// consultations with their hours, vocational trainings, and items with no
// hours. The document gives no dates, so the period is the fixture's; it
// does not say per whom the hours of a workshop are, and this reading
// takes a workshop's hours per group and a consultation's or a training's
// per participant. The document states no hour length either.
func lubiszyn() programme.Programme {
	act := func(code, item, name string, g programme.Group, m programme.Mode, s programme.Specialist, q programme.Quota) programme.Activity {
		return programme.Activity{Code: code, Item: item, Name: integracja.Text{PL: name}, Group: g, Mode: m, Specialist: s, Quota: q}
	}
	perGroup := func(hours int) programme.Quota {
		return programme.Quota{Hours: programme.HoursOf(hours), Per: programme.PerGroup}
	}
	each := func(hours, practice int) programme.Quota {
		return programme.Quota{Hours: programme.HoursOf(hours), Practice: programme.HoursOf(practice), Per: programme.PerParticipant}
	}
	p := programme.Programme{
		Name:     "Wsparcie integracji społeczno-zawodowej mieszkańców Gminy Lubiszyn",
		Operator: programme.Operator{Kind: programme.GOPS, Name: "Gminny Ośrodek Pomocy Społecznej w Lubiszynie", Gmina: "Lubiszyn"},
		Scheme:   "pokl_7_1_1",
		Period:   integracja.Period{From: d("2012-01-01"), To: d("2012-12-31")},
		TargetGroup: integracja.Text{PL: "9 kobiet – osób bezrobotnych, poszukujących pracy, w wieku aktywności zawodowej, " +
			"korzystających ze świadczeń pomocy społecznej OPS w Lubiszynie"},
		Sources: []programme.Document{{ID: "opis_projektu",
			Title: "Rozwój i upowszechnienie aktywnej integracji przez ośrodek pomocy społecznej w Lubiszynie"}},
		Context: []programme.Figure{
			{Label: integracja.Text{PL: "liczba mieszkańców Gminy Lubiszyn"}, Value: decimal.NewFromInt(6726),
				Unit: programme.People, Source: "opis_projektu"},
			{Label: integracja.Text{PL: "odsetek mieszkańców ubiegających się o pomoc społeczną"}, Value: decimal.RequireFromString("15.5"),
				Unit: programme.Percent, Printed: "15,5%", Source: "opis_projektu"},
		},
		Catalogue: programme.Catalogue{Activities: []programme.Activity{
			act("zajecia_grupowe", "1", "zajęcia grupowe z zakresu reintegracji społeczno-zawodowej",
				programme.Social, programme.GroupMode, programme.NoSpecialist, perGroup(64)),
			act("wolontariat", "2", "warsztaty z zakresu pracy woluntarystycznej",
				programme.Social, programme.GroupMode, programme.NoSpecialist, perGroup(16)),
			act("warsztaty_uzaleznienia", "3", "warsztaty ze specjalistą terapii uzależnień",
				programme.Health, programme.GroupMode, programme.AddictionTherapist, perGroup(16)),
			act("aktywizacja_zdrowotna", "4", "aktywizacja zdrowotna",
				programme.Health, programme.ModeUnstated, programme.NoSpecialist, programme.Quota{}),
			act("warsztaty_doradca", "5", "warsztaty z doradcą zawodowym",
				programme.Vocational, programme.GroupMode, programme.CareerAdviser, perGroup(16)),
			act("konsultacje_doradca", "6", "konsultacje indywidualne u doradcy zawodowego",
				programme.Vocational, programme.Individual, programme.CareerAdviser, each(9, 0)),
			act("konsultacje_uzaleznienia", "6", "konsultacje indywidualne u specjalisty terapii uzależnień",
				programme.Health, programme.Individual, programme.AddictionTherapist, each(9, 0)),
			act("konsultacje_psycholog", "6", "konsultacje indywidualne u psychologa",
				programme.Social, programme.Individual, programme.Psychologist, each(9, 0)),
			act("konsultacje_stylista", "6", "konsultacje indywidualne u wizażysty-stylisty",
				programme.Social, programme.Individual, programme.Stylist, each(18, 0)),
			act("opiekunka", "7", "szkolenie zawodowe: domowa opiekunka osoby zależnej",
				programme.Educational, programme.GroupMode, programme.Trainer, each(100, 40)),
			act("kasy_fiskalne", "7", "szkolenie zawodowe: przygotowanie do pracy w handlu z obsługą kas fiskalnych",
				programme.Educational, programme.GroupMode, programme.Trainer, each(8, 0)),
			act("pracownik_gospodarczy", "7", "szkolenie zawodowe: pracownik gospodarczy",
				programme.Educational, programme.GroupMode, programme.Trainer, programme.Quota{}),
			act("komputer", "7", "szkolenie z zakresu obsługi komputera",
				programme.Educational, programme.GroupMode, programme.Trainer, each(16, 0)),
			act("psu", "", "prace społecznie użyteczne w ramach kontraktu socjalnego",
				programme.SociallyUsefulWork, programme.ModeUnstated, programme.NoSpecialist, programme.Quota{}),
		}},
	}
	for i := 1; i <= 9; i++ {
		p.Participants = append(p.Participants, programme.Participant{
			ID: "LUB-" + strconv.Itoa(i), Sex: indicator.Female, Synthetic: true,
			Events: []programme.Event{{Date: d("2012-03-01"), Kind: programme.Enrolled}},
		})
	}
	return p
}

// brzeszcze is the 2014 PO KL project "Od mojej aktywności do aktywnej
// społeczności" of the social assistance centre in Brzeszcze, as the
// centre's social integration club summed up 2014: 32 people took part, 9
// broke off (for the reasons listed), 7 left for a job, of whom 2 came
// back after it ended, so 18 continued to the end of 2014 and stay until
// June 2015, the project having been extended; and its money: 231 895,59
// zł planned and 207 209,61 zł spent, in six categories of which two are
// printed garbled.
//
// The document gives no sex, dates or reasons by person: the records are
// synthetic (20 women and 12 men; the nine reasons are the six listed,
// three of them twice), built so that the document's figures come out.
func brzeszcze() programme.Programme {
	p := programme.Programme{
		Name:     "Od mojej aktywności do aktywnej społeczności",
		Operator: programme.Operator{Kind: programme.OPS, Name: "Ośrodek Pomocy Społecznej w Brzeszczach", Gmina: "Brzeszcze"},
		Scheme:   "pokl_7_1_1",
		Period:   integracja.Period{From: d("2014-01-01"), To: d("2015-06-30")},
		Sources:  []programme.Document{{ID: "kis_2014", Title: "Działalność Klubu Integracji Społecznej w 2014 roku"}},
		Catalogue: programme.Catalogue{Activities: []programme.Activity{
			{Code: "poradnictwo_zawodowe", Name: integracja.Text{PL: "indywidualne poradnictwo zawodowe"},
				Group: programme.Vocational, Mode: programme.Individual, Specialist: programme.CareerAdviser},
			{Code: "terapia", Name: integracja.Text{PL: "grupowa terapia psychospołeczna"}, Group: programme.Social, Mode: programme.GroupMode},
			{Code: "trening_spoleczny", Name: integracja.Text{PL: "trening kompetencji społecznych"}, Group: programme.Social, Mode: programme.GroupMode},
			{Code: "trening_zawodowy", Name: integracja.Text{PL: "trening kompetencji zawodowych"}, Group: programme.Vocational, Mode: programme.GroupMode},
			{Code: "trening_zyciowy", Name: integracja.Text{PL: "trening kompetencji życiowych"}, Group: programme.Social, Mode: programme.GroupMode},
		}},
		Funds: programme.Funds{
			Planned: budget.ReadPrinted(integracja.Text{PL: "zaplanowano"}, "231 895,59 zł"),
			Spent:   budget.ReadPrinted(integracja.Text{PL: "wydano"}, "207 209,61 zł"),
			ByCategory: []programme.CategoryFigure{
				{Spent: budget.ReadPrinted(integracja.Text{PL: "aktywna integracja"}, "53 074,15 zł")},
				{Spent: budget.ReadPrinted(integracja.Text{PL: "upowszechnianie pracy socjalnej"}, "46 823,15 zł")},
				{Spent: budget.ReadPrinted(integracja.Text{PL: "działania o charakterze środowiskowym"}, "29 171,62 zł")},
				{Spent: budget.ReadPrinted(integracja.Text{PL: "zasiłki celowe i specjalne zasiłki celowe"}, "31 329,09 zł")},
				{Spent: budget.ReadPrinted(integracja.Text{PL: "zarządzanie projektem"}, "29 72,55 zł")},
				{Spent: budget.ReadPrinted(integracja.Text{PL: "pozostała obsługa administracyjna i materiały"}, "17 19 05 zł")},
			},
			Source: "kis_2014",
		},
	}
	reasons := []programme.DropoutReason{
		programme.Relapse, programme.NoCooperation, programme.NoRegularity, programme.MovedAway,
		programme.InpatientTreatment, programme.Childcare, programme.Relapse, programme.NoCooperation, programme.NoRegularity,
	}
	start := d("2014-01-13")
	for i := range 32 {
		sex := indicator.Female
		if i%8 >= 5 { // 3 men in every 8: 12 of 32
			sex = indicator.Male
		}
		events := []programme.Event{{Date: start, Kind: programme.Enrolled}}
		switch {
		case i < 9: // nine dropouts, one a month from February
			events = append(events, programme.Event{Date: d("2014-02-10").AddMonths(i % 9), Kind: programme.DroppedOut, Reason: reasons[i]})
		case i < 16: // seven left for a job; the first two came back in October
			events = append(events, programme.Event{Date: d("2014-04-01").AddMonths(i - 9), Kind: programme.LeftForJob,
				Leaving: indicator.Leaving{Employed: true}})
			if i < 11 {
				events = append(events, programme.Event{Date: d("2014-10-01"), Kind: programme.CameBack})
			}
		}
		p.Participants = append(p.Participants, programme.Participant{
			ID: "BRZ-" + strconv.Itoa(i+1), Sex: sex, Synthetic: true, Events: events,
		})
	}
	return p
}

// december31 is the end of 2014, as of which Brzeszcze counted.
var december31 = integracja.Date{Year: 2014, Month: time.December, Day: 31}
