package indicator

import (
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// Ratio is an exact ratio of two whole numbers, such as the 2 women who
// found a job out of the 10 in a programme (wskaźnik, odsetek, stopa).
// Num and Den are kept as they are, not reduced, so a report can show
// "2 of 10" as well as "20,00%". A Ratio with a zero Den is not applicable
// (there is nothing to take a share of): it has no percentage and prints as
// "n/d" (nie dotyczy) or "n/a", never as NaN or a panic. The zero Ratio is
// such a ratio.
type Ratio struct {
	Num int `json:"num"`
	Den int `json:"den"`
}

// MaxPlaces is the largest number of decimal places [Ratio.Percent] and
// the formatting methods give; a larger request is taken as MaxPlaces and a
// negative one as 0.
const MaxPlaces = 18

func clampPlaces(p int32) int32 { return max(0, min(p, MaxPlaces)) }

// IsApplicable reports whether r has a non-zero denominator.
func (r Ratio) IsApplicable() bool { return r.Den != 0 }

// Percent returns 100·Num/Den rounded half away from zero to places
// decimal places (62.5 for 5/8 at any places ≥ 1), and false when r is not
// applicable.
func (r Ratio) Percent(places int32) (decimal.Decimal, bool) {
	if r.Den == 0 {
		return decimal.Decimal{}, false
	}
	return decimal.NewFromInt(int64(r.Num)).Mul(hundred).DivRound(decimal.NewFromInt(int64(r.Den)), clampPlaces(places)), true
}

// Fraction returns Num/Den rounded half away from zero to places decimal
// places (0.625 for 5/8), and false when r is not applicable.
func (r Ratio) Fraction(places int32) (decimal.Decimal, bool) {
	if r.Den == 0 {
		return decimal.Decimal{}, false
	}
	return decimal.NewFromInt(int64(r.Num)).DivRound(decimal.NewFromInt(int64(r.Den)), clampPlaces(places)), true
}

var hundred = decimal.NewFromInt(100)

// Format returns r as a percentage with places decimal places, rounded half
// away from zero: "62,50%" in Polish, "62.50%" in English; "n/d" or "n/a"
// when r is not applicable.
func (r Ratio) Format(t language.Tag, places int32) string {
	p, ok := r.Percent(places)
	if !ok {
		return notApplicable.In(t)
	}
	return formatDecimal(p, clampPlaces(places), t) + "%"
}

// String returns r as a Polish percentage with two decimal places:
// "62,50%", or "n/d".
func (r Ratio) String() string { return r.Format(language.Polish, 2) }

var notApplicable = integracja.Text{PL: "n/d", EN: "n/a"}

// formatDecimal writes d with exactly places decimals as
// [i18n.Number] does (the decimal comma and CLDR grouping in Polish,
// "12 345,50"; the decimal point and comma groups in English, "1,234.50"),
// except that a negative number takes the minus sign U+2212 ("−62,50"),
// the sign typography uses and "K−M" beside it already has, not the
// hyphen. It works on the decimal's digits, never on a float.
func formatDecimal(d decimal.Decimal, places int32, t language.Tag) string {
	s := i18n.Number(t, d.StringFixed(places))
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		return "\u2212" + rest
	}
	return s
}

// Rates is one rate broken down by sex: the rate among women, among men
// and in total, each an exact [Ratio]. [RatesBySex] builds it from two
// counts, such as the people who found a job over the people in a
// programme (the employment rate, wskaźnik zatrudnienia). The zero Rates
// is not applicable throughout.
type Rates struct {
	Women Ratio `json:"women"`
	Men   Ratio `json:"men"`
	Total Ratio `json:"total"`
}

// RatesBySex returns the rates of num over den for women, for men and in
// total (people of unspecified sex count only in the total).
func RatesBySex(num, den Count) Rates {
	return Rates{
		Women: Ratio{Num: num.Women, Den: den.Women},
		Men:   Ratio{Num: num.Men, Den: den.Men},
		Total: Ratio{Num: num.Total(), Den: den.Total()},
	}
}

// Gap returns the rate of women minus the rate of men in percentage points
// (punkty procentowe), signed, computed exactly and rounded half away from
// zero to places decimal places: +20 when 20% of women and no men found a
// job. It is not applicable (false) when either rate is not.
func (r Rates) Gap(places int32) (decimal.Decimal, bool) {
	w, m := r.Women, r.Men
	if w.Den == 0 || m.Den == 0 {
		return decimal.Decimal{}, false
	}
	d := func(n int) decimal.Decimal { return decimal.NewFromInt(int64(n)) }
	num := d(w.Num).Mul(d(m.Den)).Sub(d(m.Num).Mul(d(w.Den))).Mul(hundred)
	return num.DivRound(d(w.Den).Mul(d(m.Den)), clampPlaces(places)), true
}

// FormatGap returns [Rates.Gap] with its sign and unit: "+20,00 pkt proc."
// or "−62,50 pkt proc." (with the minus sign U+2212) in Polish, the
// abbreviation GUS uses; "+20.00 pp" in English; "n/d" or "n/a" when it is
// not applicable.
func (r Rates) FormatGap(t language.Tag, places int32) string {
	g, ok := r.Gap(places)
	if !ok {
		return notApplicable.In(t)
	}
	s := formatDecimal(g, clampPlaces(places), t)
	if g.Sign() >= 0 {
		s = "+" + s
	}
	return s + integracja.Text{PL: " pkt proc.", EN: " pp"}.In(t)
}

// Format returns the three rates and the gap on one line:
//
//	pl: "kobiety 20,00%, mężczyźni n/d, ogółem 20,00%, różnica K−M n/d"
//	en: "women 20.00%, men n/a, total 20.00%, gap women−men n/a"
func (r Rates) Format(t language.Tag, places int32) string {
	if integracja.IsEnglish(t) {
		return "women " + r.Women.Format(t, places) + ", men " + r.Men.Format(t, places) +
			", total " + r.Total.Format(t, places) + ", gap women−men " + r.FormatGap(t, places)
	}
	return "kobiety " + r.Women.Format(t, places) + ", mężczyźni " + r.Men.Format(t, places) +
		", ogółem " + r.Total.Format(t, places) + ", różnica K−M " + r.FormatGap(t, places)
}
