package programme

import (
	"maps"
	"slices"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
)

// PSURules are the rules of socially useful work (prace społecznie
// użyteczne, PSU) as dated schedules, each step with its legal basis: the
// most hours a participant may work in a week and in a month, and the
// hourly benefit the gmina pays for each hour worked (not for hours not
// worked, sickness included). The facts and their sources are in
// doc/law.md, section "Socially useful work" (#psu).
//
// A step whose value is zero says that no confirmed value is in force from
// its date: a parameter the caller sets by overlaying a step with
// [integracja.Schedule.With] on the schedule concerned. Until then the cap
// is unknown ([PSUWeek.Cap], [PSUMonth.Cap] are zero) and the benefit of
// the hours worked cannot be computed.
type PSURules struct {
	WeeklyCap  integracja.Schedule[Hours]        `json:"weeklyCap"`
	MonthlyCap integracja.Schedule[Hours]        `json:"monthlyCap"`
	HourlyRate integracja.Schedule[budget.Money] `json:"hourlyRate"`
}

// The legal bases of the shipped rules.
const (
	basisWeek = "art. 73a u.p.z. (ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy, " +
		"Dz.U. 2004 Nr 99 poz. 1001): do 10 godzin w tygodniu; doc/law.md#psu-hours"
	basisMonth = "liczba godzin w miesiącu na osobę z porozumienia starosty z gminą — parametr; " +
		"\"40 godzin miesięcznie\" to objaśnienie urzędów pracy, nie przepis; doc/law.md#psu-hours"
	basisRate2023 = "art. 73a ust. 3 u.p.z.: 10,90 zł za godzinę od 1.06.2023 r.; doc/law.md#psu-rate"
	basisRate2024 = "art. 73a ust. 3 i art. 72 ust. 6 u.p.z.: kwota po waloryzacji od 1.06.2024 r. niepotwierdzona — parametr; doc/law.md#psu-rate"
	basisURP      = "ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia (Dz.U. 2025 poz. 620), " +
		"od 1.06.2025 r.: wartość niepotwierdzona — parametr; porozumienia zawarte przed 1.06.2025 r. " +
		"stosują u.p.z. (art. 435 ust. 1); doc/law.md#psu-urp"
)

// UPZPSURules returns the rules of socially useful work as the sources
// confirm them (doc/law.md#psu):
//
//   - the weekly cap of art. 73a u.p.z., 10 hours, from 1 June 2004, when
//     the act came into force, to 31 May 2025;
//   - the hourly benefit of 10,90 zł from 1 June 2023;
//   - as parameters (steps of value zero): the monthly hours, which the
//     starosta's agreement with the gmina sets per person (labour offices
//     gloss the weekly cap as "40 godzin miesięcznie", which is not law);
//     the indexed benefit from 1 June 2024; every value under the ustawa o
//     rynku pracy i służbach zatrudnienia from 1 June 2025.
//
// Earlier rates (6,50 zł in the original text, 8,10 zł in force in 2014
// and 2017) lack the dates from which they applied and are left to the
// caller. Agreements signed before 1 June 2025 keep the old act's values
// (art. 435 ust. 1 u.r.p.): overlay them on the 2025 steps for such a
// programme.
func UPZPSURules() PSURules {
	upz := integracja.Date{Year: 2004, Month: time.June, Day: 1}
	r2023 := integracja.Date{Year: 2023, Month: time.June, Day: 1}
	r2024 := integracja.Date{Year: 2024, Month: time.June, Day: 1}
	urp := integracja.Date{Year: 2025, Month: time.June, Day: 1}
	return PSURules{
		WeeklyCap: integracja.MustSchedule(
			integracja.Step[Hours]{From: upz, Value: HoursOf(10), Basis: basisWeek},
			integracja.Step[Hours]{From: urp, Basis: basisURP}),
		MonthlyCap: integracja.MustSchedule(
			integracja.Step[Hours]{From: upz, Basis: basisMonth},
			integracja.Step[Hours]{From: urp, Basis: basisURP}),
		HourlyRate: integracja.MustSchedule(
			integracja.Step[budget.Money]{From: r2023, Value: budget.Grosze(1090), Basis: basisRate2023},
			integracja.Step[budget.Money]{From: r2024, Basis: basisRate2024},
			integracja.Step[budget.Money]{From: urp, Basis: basisURP}),
	}
}

// ErrNoRate is the cause of the error [Programme.SociallyUsefulWork]
// returns for hours worked on a day with no hourly benefit in force.
var ErrNoRate = integracja.NewCause("no_rate", integracja.Text{
	PL: "brak stawki świadczenia za godzinę prac społecznie użytecznych",
	EN: "no hourly rate of the benefit for socially useful work"})

// PSUWeek is one participant's socially useful work in one week (Monday
// to Sunday): the hours worked and the cap in force on the Monday, zero
// when the rules set none.
type PSUWeek struct {
	Participant string          `json:"participant"`
	Monday      integracja.Date `json:"monday"`
	Hours       Hours           `json:"hours"`
	Cap         Hours           `json:"cap"`
}

// Over reports whether the hours exceed a known cap.
func (w PSUWeek) Over() bool { return !w.Cap.IsZero() && w.Hours.Cmp(w.Cap) > 0 }

// PSUMonth is one participant's socially useful work in one calendar
// month: the hours worked, the cap in force on the first day of the month
// (zero when unknown), and the benefit due: each day's hours at the rate
// in force that day, summed exactly and rounded to whole grosze half away
// from zero. Rated is false when some day had no rate, and Benefit then
// counts only the days that had one.
type PSUMonth struct {
	Participant string       `json:"participant"`
	Year        int          `json:"year"`
	Month       time.Month   `json:"month"`
	Hours       Hours        `json:"hours"`
	Cap         Hours        `json:"cap"`
	Benefit     budget.Money `json:"benefit"`
	Rated       bool         `json:"rated"`
}

// Over reports whether the hours exceed a known cap.
func (m PSUMonth) Over() bool { return !m.Cap.IsZero() && m.Hours.Cmp(m.Cap) > 0 }

// PSUReport is the socially useful work of a programme: every week and
// month in which a participant worked, participants in the order of the
// records and time in order, and the benefit due in total (over the rated
// days).
type PSUReport struct {
	Weeks   []PSUWeek    `json:"weeks"`
	Months  []PSUMonth   `json:"months"`
	Benefit budget.Money `json:"benefit"`
}

// Exceeded returns the weeks and months whose hours exceed their cap.
func (r PSUReport) Exceeded() ([]PSUWeek, []PSUMonth) {
	var ws []PSUWeek
	var ms []PSUMonth
	for _, w := range r.Weeks {
		if w.Over() {
			ws = append(ws, w)
		}
	}
	for _, m := range r.Months {
		if m.Over() {
			ms = append(ms, m)
		}
	}
	return ws, ms
}

// SociallyUsefulWork sums the sessions of the activities of the group
// [SociallyUsefulWork] dated within period by participant, week and
// month, holds them against the caps of rules and computes the benefit
// due. Every calendar month with hours worked on a day without a rate in
// force is an error at the first such session ("attendance[12].date")
// with cause [ErrNoRate]; the report is complete all the same. Sessions of
// unknown participants are passed over, as Validate reports them.
func (p Programme) SociallyUsefulWork(rules PSURules, period integracja.Period) (PSUReport, error) {
	ix := newIndex(&p)
	type key struct {
		pi    int32
		start integracja.Date // the Monday, or the first of the month
	}
	type monthSum struct {
		m        PSUMonth
		sum      decimal.Decimal
		currency string
	}
	weeks := make(map[key]*PSUWeek)
	months := make(map[key]*monthSum)
	var errs []error
	unrated := make(map[integracja.Date]bool)
	for si := range p.Attendance {
		s := &p.Attendance[si]
		ai, ok := ix.acts[s.Activity]
		if !ok || p.Catalogue.Activities[ai].Group != SociallyUsefulWork || !s.Date.IsValid() || !period.Contains(s.Date) {
			continue
		}
		monday := s.Date.AddDays(-((int(s.Date.Weekday()) + 6) % 7))
		first := integracja.Date{Year: s.Date.Year, Month: s.Date.Month, Day: 1}
		rate, rated := rules.HourlyRate.ValueAt(s.Date)
		rated = rated && !rate.IsZero()
		if !rated && !unrated[first] {
			unrated[first] = true
			errs = append(errs, integracja.NewFieldError(path("attendance").Index(si).Child("date"), ErrNoRate, s.Date.String(),
				integracja.Text{PL: "brak stawki w dniu " + s.Date.Format(language.Polish), EN: "no rate in force on " + s.Date.Format(language.English)}))
		}
		for _, id := range s.Participants {
			pi, ok := ix.byID[id]
			if !ok {
				continue
			}
			wk := key{pi, monday}
			w := weeks[wk]
			if w == nil {
				limit, _ := rules.WeeklyCap.ValueAt(monday)
				w = &PSUWeek{Participant: id, Monday: monday, Cap: limit}
				weeks[wk] = w
			}
			w.Hours = w.Hours.Add(s.Hours)
			mk := key{pi, first}
			m := months[mk]
			if m == nil {
				limit, _ := rules.MonthlyCap.ValueAt(first)
				m = &monthSum{m: PSUMonth{Participant: id, Year: first.Year, Month: first.Month, Cap: limit, Rated: true}}
				months[mk] = m
			}
			m.m.Hours = m.m.Hours.Add(s.Hours)
			switch {
			case !rated:
				m.m.Rated = false
			case m.currency != "" && m.currency != rate.Currency():
				errs = append(errs, integracja.NewFieldError(path("attendance").Index(si).Child("date"),
					&budget.CurrencyMismatchError{A: m.currency, B: rate.Currency()}, rate.Currency(), integracja.Text{}))
			default:
				m.currency = rate.Currency()
				m.sum = m.sum.Add(rate.Decimal().Mul(decimal.New(s.Hours.c, -2)))
			}
		}
	}
	order := func(a, b key) int {
		if a.pi != b.pi {
			return int(a.pi - b.pi)
		}
		return a.start.Compare(b.start)
	}
	var r PSUReport
	for _, k := range slices.SortedFunc(maps.Keys(weeks), order) {
		r.Weeks = append(r.Weeks, *weeks[k])
	}
	var benefits []budget.Money
	for _, k := range slices.SortedFunc(maps.Keys(months), order) {
		m := months[k]
		if m.currency != "" {
			b, err := budget.New(m.sum, m.currency)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			m.m.Benefit = b.Round(budget.HalfAwayFromZero)
			benefits = append(benefits, m.m.Benefit)
		}
		r.Months = append(r.Months, m.m)
	}
	total, err := budget.Sum(benefits...)
	if err != nil {
		errs = append(errs, err)
	}
	r.Benefit = total
	return r, integracja.Join(errs...)
}
