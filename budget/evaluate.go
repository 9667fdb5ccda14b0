package budget

import (
	"errors"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// Evaluate checks f against every rule in force on at and returns one
// finding per rule, in the order of the rules:
//
//   - Info when the limit is kept, Violation when it is not; the finding
//     carries the measured share and the limit in percent (Unit "%"), the
//     text of the legal basis of the limit's step (or of the rule), the
//     path of the measured figure ("indirectCosts") and a message in Polish
//     and English that states the condition in words: "22,05% (limit:
//     25,00%) — w granicach limitu", "8,62% (wymagane minimum: 10,50%) —
//     warunek niespełniony". A rule with bands names the band by its
//     amounts: "projekty o wartości powyżej 500 000 zł do 1 000 000 zł";
//   - Warning when the rule cannot be judged: its schedule has no value on
//     at (a project older than the rule's first step), the project lies
//     above the last band, the base figure is zero or negative, a figure
//     is beyond [MaxIntDigits] and [MaxPlaces], or the figures mix
//     currencies. Nothing passes silently.
//
// The limit is compared exactly (figures × 100 against limit × base). The
// measured share is reported to four decimal places (more when the limit
// has more), and the message prints both with two (or the limit's own
// number of places, when more), the measured share rounded away from the
// limit's side, so that a rounded figure never looks compliant when it is
// not. A limit whose basis is not [Verified] is a parameter, and its
// message says so.
func (rs RuleSet) Evaluate(f Figures, at integracja.Date) []integracja.Finding {
	out := make([]integracja.Finding, 0, len(rs.rules))
	for _, r := range rs.rules {
		out = append(out, rs.evaluate(r, f, at))
	}
	return out
}

// evaluate checks f against r on at.
func (rs RuleSet) evaluate(r Rule, f Figures, at integracja.Date) integracja.Finding {
	fd := integracja.Finding{Rule: r.Code, Unit: r.Unit, Path: r.Of[0].path()}
	title := integracja.Text{PL: r.Description.In(language.Polish), EN: r.Description.In(language.English)}
	warn := func(pl, en string) integracja.Finding {
		fd.Severity = integracja.Warning
		fd.Message = integracja.Text{PL: title.PL + ": " + pl, EN: title.EN + ": " + en}
		return fd
	}
	fd.Basis = rs.basisOf(r, integracja.Step[decimal.Decimal]{}).Text
	limit := r.Limit
	if len(r.Bands) > 0 {
		i, why := r.band(f)
		switch {
		case !why.IsZero():
			return warn("nie można ustalić przedziału: "+why.PL, "cannot tell the band: "+why.EN)
		case i < 0:
			above := r.bandText(len(r.Bands))
			return warn("żaden przedział reguły nie obejmuje projektu ("+above.PL+")",
				"no band of the rule covers the project ("+above.EN+")")
		}
		if b := r.bandText(i); !b.IsZero() {
			title.PL += " (" + b.PL + ")"
			title.EN += " (" + b.EN + ")"
		}
		limit = r.Bands[i].Limit
	}
	step, ok := limit.At(at)
	if !ok {
		return warn("brak limitu obowiązującego w dniu "+at.Format(language.Polish),
			"no limit in force on "+at.Format(language.English))
	}
	basis := rs.basisOf(r, step)
	fd.Basis, fd.Limit = basis.Text, step.Value
	num, den, why := r.measure(f)
	if !why.IsZero() {
		return warn("nie można obliczyć udziału: "+why.PL, "cannot measure: "+why.EN)
	}
	if !den.IsPositive() {
		return warn("nie można obliczyć udziału, bo podstawa ("+r.Per.Label(language.Polish)+") wynosi "+den.Format(language.Polish),
			"cannot measure: the base ("+r.Per.Label(language.English)+") is "+den.Format(language.English))
	}
	scaled := num.Decimal().Mul(hundred)
	c := scaled.Cmp(step.Value.Mul(den.Decimal()))
	broken := (r.Bound == AtMost && c > 0) || (r.Bound == AtLeast && c < 0)
	mode := Down // toward zero: below the limit for AtLeast when positive
	if (r.Bound == AtMost) == (scaled.Sign() >= 0) {
		mode = Up
	}
	places := max(2, -step.Value.Exponent())
	fd.Measured = quoRound(scaled, den.Decimal(), max(4, places), mode)
	fd.Severity = integracja.Info
	if broken {
		fd.Severity = integracja.Violation
	}
	shown := quoRound(scaled, den.Decimal(), places, mode)
	fd.Message = r.message(title, shown, step.Value, places, broken, statusNote(basis.Status))
	return fd
}

// measure returns the sum of the figures Of and the figure Per of f, or
// why they cannot be measured: they are in different currencies, or one is
// beyond the limits of the package.
func (r Rule) measure(f Figures) (num, den Money, why integracja.Text) {
	num, err := f.sum(r.Of)
	if err == nil {
		den, err = f.Get(r.Per)
	}
	if err == nil {
		err = num.same(den)
	}
	if err != nil {
		return num, den, unmeasurable(err)
	}
	for _, m := range [...]Money{num, den} {
		if m.checkLimits(integracja.Path{}) != nil {
			return num, den, outOfLimitsText()
		}
	}
	return num, den, integracja.Text{}
}

// band returns the index of the band of r that f's figure BandBy falls in,
// compared exactly, or −1 when it is above the last band's upper bound; or
// why the band cannot be told.
func (r Rule) band(f Figures) (int, integracja.Text) {
	v, err := f.Get(r.BandBy)
	if err != nil {
		return 0, unmeasurable(err)
	}
	if v.checkLimits(integracja.Path{}) != nil {
		return 0, outOfLimitsText()
	}
	for i, b := range r.Bands {
		if b.UpTo.IsZero() {
			return i, integracja.Text{}
		}
		c, err := v.Cmp(b.UpTo)
		if err != nil {
			return 0, unmeasurable(err)
		}
		if c <= 0 {
			return i, integracja.Text{}
		}
	}
	return -1, integracja.Text{}
}

// unmeasurable says why figures that gave err cannot be measured: amounts
// in different currencies, the one error that measuring figures within the
// limits can give.
func unmeasurable(err error) integracja.Text {
	var cm *CurrencyMismatchError
	if errors.As(err, &cm) {
		return integracja.Text{PL: "kwoty w różnych walutach (" + cm.A + " i " + cm.B + ")",
			EN: "amounts in different currencies (" + cm.A + " and " + cm.B + ")"}
	}
	return integracja.Text{PL: integracja.Localize(err, language.Polish), EN: integracja.Localize(err, language.English)}
}

// outOfLimitsText says that an amount is beyond the limits of the package.
func outOfLimitsText() integracja.Text {
	d, p := intDigitsText(), placesText()
	return integracja.Text{PL: "kwota poza zakresem obliczeń (" + d.PL + " lub " + p.PL + ")",
		EN: "an amount beyond the limits of computation (" + d.EN + " or " + p.EN + ")"}
}

// bandText names band i of r by its amounts: "projekty o wartości do
// 500 000 zł", "… powyżej 500 000 zł do 1 000 000 zł", "… powyżej
// 2 000 000 zł"; i == len(r.Bands) names the projects above the last band.
// A single band without bounds has no name.
func (r Rule) bandText(i int) integracja.Text {
	var over, upTo Money
	if i > 0 {
		over = r.Bands[i-1].UpTo
	}
	if i < len(r.Bands) {
		upTo = r.Bands[i].UpTo
	}
	if over.IsZero() && upTo.IsZero() {
		return integracja.Text{}
	}
	t := bandSubjects[r.BandBy]
	if !over.IsZero() {
		t.PL += " powyżej " + roundAmount(over, language.Polish)
		t.EN += " over " + roundAmount(over, language.English)
	}
	if !upTo.IsZero() {
		t.PL += " do " + roundAmount(upTo, language.Polish)
		t.EN += " up to " + roundAmount(upTo, language.English)
	}
	return t
}

// statusNote is what a finding adds for a limit whose basis is not
// verified.
func statusNote(v Verification) integracja.Text {
	switch v {
	case Verified:
		return integracja.Text{}
	case PartlyVerified:
		return integracja.Text{PL: " (wartość zweryfikowana częściowo — parametr)", EN: " (value partly verified — a parameter)"}
	}
	return integracja.Text{PL: " (wartość niezweryfikowana w źródłach — parametr)", EN: " (value not verified against the sources — a parameter)"}
}

// message words a judged limit: the title, the measured share, the limit
// and the verdict, and the status note.
func (r Rule) message(title integracja.Text, measured, limit decimal.Decimal, places int32, broken bool, note integracja.Text) integracja.Text {
	var pl, en string
	switch {
	case r.Bound == AtLeast && broken:
		pl, en = "wymagane minimum: %s) — warunek niespełniony", "required minimum: %s) — condition not met"
	case r.Bound == AtLeast:
		pl, en = "wymagane minimum: %s) — warunek spełniony", "required minimum: %s) — condition met"
	case broken:
		pl, en = "limit: %s) — limit przekroczony", "limit: %s) — limit exceeded"
	default:
		pl, en = "limit: %s) — w granicach limitu", "limit: %s) — within the limit"
	}
	word := func(t language.Tag, title, verdict, note string) string {
		return title + ": " + percentText(measured, places, t) + " (" +
			strings.Replace(verdict, "%s", percentText(limit, places, t), 1) + note
	}
	return integracja.Text{PL: word(language.Polish, title.PL, pl, note.PL), EN: word(language.English, title.EN, en, note.EN)}
}
