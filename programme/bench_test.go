package programme_test

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// benchParticipants is the size of the benchmark's programme.
const benchParticipants = 10_000

// bigProgramme builds a valid programme of n participants in groups of
// ten: each group has 40 sessions of four group activities and each
// participant 10 individual consultations, so that a participant has 50
// sessions; a tenth drop out, a twentieth leave for a job and some of
// them come back, after their sessions.
func bigProgramme(n int) programme.Programme {
	day := integracja.MustParseDate
	p := programme.Programme{
		Name:     "Program testowy",
		Operator: programme.Operator{Kind: programme.MOPS, Name: "MOPS"},
		Scheme:   "efs_plus",
		Period:   integracja.Period{From: day("2023-01-01"), To: day("2024-12-31")},
		Catalogue: programme.Catalogue{HourLength: programme.Clock, Activities: []programme.Activity{
			{Code: "warsztaty", Name: integracja.Text{PL: "warsztaty"}, Group: programme.Social, Mode: programme.GroupMode,
				Quota: programme.Quota{Hours: programme.HoursOf(64), Per: programme.PerGroup}},
			{Code: "trening", Name: integracja.Text{PL: "trening kompetencji"}, Group: programme.Social, Mode: programme.GroupMode,
				Quota: programme.Quota{Hours: programme.HoursOf(40), Per: programme.PerParticipant}},
			{Code: "szkolenie", Name: integracja.Text{PL: "szkolenie"}, Group: programme.Educational, Mode: programme.GroupMode,
				Quota: programme.Quota{Hours: programme.HoursOf(28), Practice: programme.HoursOf(12), Per: programme.PerParticipant}},
			{Code: "psu", Name: integracja.Text{PL: "prace społecznie użyteczne"}, Group: programme.SociallyUsefulWork},
			{Code: "doradztwo", Name: integracja.Text{PL: "doradztwo"}, Group: programme.Vocational, Mode: programme.Individual,
				Specialist: programme.CareerAdviser, Quota: programme.Quota{Hours: programme.HoursOf(20), Per: programme.PerParticipant}},
		}},
		Completion: programme.CompletionRule{MinShare: decimal.NewFromInt(50)},
	}
	first := day("2023-01-09")
	for i := range n {
		id := "P-" + strconv.Itoa(i+1)
		sex := indicator.Female
		if i%3 == 0 {
			sex = indicator.Male
		}
		events := []programme.Event{{Date: day("2023-01-02"), Kind: programme.Enrolled}}
		switch {
		case i%10 == 1:
			events = append(events, programme.Event{Date: day("2023-11-15"), Kind: programme.DroppedOut, Reason: programme.NoCooperation})
		case i%20 == 2:
			events = append(events, programme.Event{Date: day("2023-11-20"), Kind: programme.LeftForJob},
				programme.Event{Date: day("2023-12-04"), Kind: programme.CameBack})
		case i%20 == 3:
			events = append(events, programme.Event{Date: day("2024-06-28"), Kind: programme.Completed})
		}
		number := "KS/" + strconv.Itoa(i+1) + "/2023"
		p.Contracts = append(p.Contracts, programme.ContractRecord{Number: number, ConcludedOn: day("2022-12-28")})
		p.Participants = append(p.Participants, programme.Participant{
			ID: id, Sex: sex, BirthDate: programme.NewBirthDate(day("1970-01-15").AddDays(i % 9000)),
			Contracts: []string{number},
			ESF:       programme.ESFRecord{Status: indicator.LongTermUnemployed, Education: indicator.ISCED1to2},
			Events:    events,
		})
	}
	for g := 0; g < n; g += 10 {
		members := make([]string, 0, 10)
		for i := g; i < min(g+10, n); i++ {
			members = append(members, p.Participants[i].ID)
		}
		group := "G" + strconv.Itoa(g/10)
		for k := range 40 {
			s := programme.Session{Date: first.AddDays(k * 7), Group: group, Participants: members}
			switch {
			case k < 16:
				s.Activity, s.Hours = "warsztaty", programme.HoursOf(4)
			case k < 26:
				s.Activity, s.Hours = "trening", programme.HoursOf(4)
			case k < 36:
				s.Activity, s.Hours, s.Practice = "szkolenie", programme.HoursOf(4), k >= 33
			default:
				s.Activity, s.Hours = "psu", programme.HoursOf(8)
			}
			p.Attendance = append(p.Attendance, s)
		}
		for i := g; i < min(g+10, n); i++ {
			for k := range 10 {
				p.Attendance = append(p.Attendance, programme.Session{Activity: "doradztwo", Date: first.AddDays(k*7 + 2),
					Hours: programme.HoursOf(2), Participants: []string{p.Participants[i].ID}})
			}
		}
	}
	return p
}

// plainProgramme has the fields of Programme and none of its methods:
// encoding/json decodes it into the same field types, each with its own
// decoder, and nothing else — no check of unknown fields or trailing data,
// no validation.
type plainProgramme programme.Programme

// BenchmarkProgramme times, over the same JSON of a programme of 10 000
// participants with 50 sessions each, built and encoded outside the
// timer: Decode (strict) + Validate + Flows as of a date, against plain
// encoding/json decoding the same bytes into the same types. It reports
// both per operation, their ratio (at most 3 is the target) and the
// allocations per participant of each (a participant has about 50
// attendances, each an ID string that both decodes allocate).
func BenchmarkProgramme(b *testing.B) {
	p := bigProgramme(benchParticipants)
	if err := p.Validate(); err != nil {
		b.Fatalf("the benchmark's programme does not validate: %v", err)
	}
	data, err := json.Marshal(p)
	if err != nil {
		b.Fatal(err)
	}
	asOf := integracja.MustParseDate("2023-12-31")
	if f := p.Flows(asOf); f.Balance() != nil || f.Continuing.Total() == 0 {
		b.Fatalf("unexpected flows: %+v", f)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var plainTime, strictTime time.Duration
	var mallocs, plainMallocs uint64
	var ms runtime.MemStats
	b.ResetTimer()
	for b.Loop() {
		runtime.ReadMemStats(&ms)
		before := ms.Mallocs
		start := time.Now()
		var q plainProgramme
		if err := json.Unmarshal(data, &q); err != nil {
			b.Fatal(err)
		}
		plainTime += time.Since(start)
		runtime.ReadMemStats(&ms)
		plainMallocs += ms.Mallocs - before

		runtime.ReadMemStats(&ms)
		before = ms.Mallocs
		start = time.Now()
		got, err := programme.Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		if err := got.Validate(); err != nil {
			b.Fatal(err)
		}
		f := got.Flows(asOf)
		strictTime += time.Since(start)
		runtime.ReadMemStats(&ms)
		mallocs += ms.Mallocs - before
		if f.Enrolled.Total() != benchParticipants {
			b.Fatal(fmt.Sprint(f.Enrolled))
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(plainTime.Nanoseconds())/n/1e6, "json-ms/op")
	b.ReportMetric(float64(strictTime.Nanoseconds())/n/1e6, "programme-ms/op")
	b.ReportMetric(float64(strictTime)/float64(plainTime), "ratio")
	b.ReportMetric(float64(mallocs)/n/benchParticipants, "allocs/participant")
	b.ReportMetric(float64(plainMallocs)/n/benchParticipants, "json-allocs/participant")
}
