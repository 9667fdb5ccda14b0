package budget

import (
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// Share is one funding source's part of a project's eligible cost (koszty
// kwalifikowalne): the source's code ("eu", "state", "own" — the codes are
// the caller's; the budget's funding sources use their own), the amount and
// the percentage of the eligible cost (10.5 means 10,5%). The zero Share
// has no source, 0 zł and 0%.
type Share struct {
	Source  string          `json:"source"`
	Amount  Money           `json:"amount"`
	Percent decimal.Decimal `json:"percent"`
}

// ShareRounding is how a funding scheme rounds shares: percentages to
// Places decimal places (0 to [MaxPlaces]) and amounts to whole grosze, both with
// Mode. The zero ShareRounding rounds percentages to whole percent, half
// away from zero; schemes usually print two places (10,50%), see
// [StandardShareRounding].
type ShareRounding struct {
	Places int32    `json:"places"`
	Mode   Rounding `json:"mode"`
}

// checkPlaces reports a number of places to round a percentage to that is
// outside 0 to [MaxPlaces], at the path "places": a percentage to more
// places than that means nothing to a scheme, and a decoded "places" of a
// billion would make a quotient of a billion digits.
func checkPlaces(places int32) error {
	if places < 0 || places > MaxPlaces {
		return integracja.OutOfRange(integracja.NewPath("places"), strconv.Itoa(int(places)), integracja.Text{
			PL: "liczba miejsc po przecinku udziału procentowego musi wynosić od 0 do " + strconv.Itoa(MaxPlaces),
			EN: "the decimal places of a percentage must be between 0 and " + strconv.Itoa(MaxPlaces)})
	}
	return nil
}

// StandardShareRounding returns two decimal places of a percent, half away
// from zero: how application forms print shares (89,50% / 10,50%). No
// programme document fixing the rounding of shares was found (unverified;
// doc/law.md#rounding), so it is a parameter of every function here.
func StandardShareRounding() ShareRounding {
	return ShareRounding{Places: 2, Mode: HalfAwayFromZero}
}

// PercentOf returns part as a percentage of whole (part / whole × 100),
// rounded to places decimal places with r, computed exactly. A zero whole is
// an error whose cause is [ErrDivisionByZero]; different currencies give a
// [*CurrencyMismatchError]; places outside 0 to [MaxPlaces] ("places") and
// amounts beyond [MaxIntDigits] and [MaxPlaces] ("part", "whole") give
// errors whose cause is [integracja.ErrOutOfRange].
func PercentOf(part, whole Money, places int32, r Rounding) (decimal.Decimal, error) {
	if err := part.same(whole); err != nil {
		return decimal.Decimal{}, err
	}
	if err := integracja.Join(checkPlaces(places), part.checkLimits(integracja.NewPath("part")),
		whole.checkLimits(integracja.NewPath("whole"))); err != nil {
		return decimal.Decimal{}, err
	}
	if whole.IsZero() {
		return decimal.Decimal{}, ErrDivisionByZero
	}
	return quoRound(part.Decimal().Mul(hundred), whole.Decimal(), places, r), nil
}

// checkEligible reports problems with the eligible cost of a share
// computation: it must be within the limits, positive and in whole grosze.
func checkEligible(eligible Money) error {
	p := integracja.NewPath("eligible")
	if err := eligible.checkLimits(p); err != nil {
		return err
	}
	if !eligible.IsPositive() {
		return integracja.OutOfRange(p, eligible.String(), integracja.Text{
			PL: "koszty kwalifikowalne muszą być dodatnie", EN: "the eligible cost must be positive"})
	}
	if !eligible.IsWholeMinor() {
		return integracja.Invalid(p, eligible.String(), integracja.Text{
			PL: "kwota zawiera ułamki grosza", EN: "the amount has fractions of a grosz"})
	}
	return nil
}

// Percentages returns the shares with each Percent set from its Amount: the
// amount as a percentage of eligible, rounded with sr. The amounts are
// primary: they must be non-negative, in eligible's currency, and add up to
// exactly eligible (the funding of a project covers its eligible cost);
// every problem is reported at once with the path of the share ("[1].amount"),
// an amount beyond [MaxIntDigits] and [MaxPlaces] among them, and sr.Places
// outside 0 to [MaxPlaces] at "places". The shares given are not modified.
//
// Rounded percentages need not add up to exactly 100 (three equal thirds are
// 33,33% each); that is the scheme's printed rounding, not an error.
func Percentages(eligible Money, shares []Share, sr ShareRounding) ([]Share, error) {
	if err := integracja.Join(checkPlaces(sr.Places), checkAmounts(eligible, shares)); err != nil {
		return nil, err
	}
	out := slices.Clone(shares)
	for i := range out {
		out[i].Percent = quoRound(out[i].Amount.Decimal().Mul(hundred), eligible.Decimal(), sr.Places, sr.Mode)
	}
	return out, nil
}

func checkAmounts(eligible Money, shares []Share) error {
	var errs []error
	if err := checkEligible(eligible); err != nil {
		errs = append(errs, err)
	}
	sum := Money{cur: eligible.cur}
	for i, s := range shares {
		p := integracja.Path{}.Index(i).Child("amount")
		if err := s.Amount.same(eligible); err != nil {
			errs = append(errs, integracja.NewFieldError(p, err, "", integracja.Text{}))
			continue
		}
		if err := s.Amount.checkLimits(p); err != nil {
			errs = append(errs, err)
			continue
		}
		if s.Amount.IsNegative() {
			errs = append(errs, integracja.OutOfRange(p, s.Amount.String(), integracja.Text{
				PL: "udział źródła finansowania nie może być ujemny", EN: "a funding share must not be negative"}))
		}
		sum, _ = sum.Add(s.Amount) // one currency, checked above
	}
	if len(errs) == 0 && !sum.Equal(eligible) {
		errs = append(errs, integracja.Inconsistent(integracja.Path{}, sum.String(), integracja.Text{
			PL: "udziały sumują się do " + sum.Format(language.Polish) + ", a koszty kwalifikowalne wynoszą " + eligible.Format(language.Polish),
			EN: "the shares add up to " + sum.Format(language.English) + " but the eligible cost is " + eligible.Format(language.English)}))
	}
	return integracja.Join(errs...)
}

// Amounts returns the shares with each Amount set from its Percent: the
// percentages are primary and must be within [MaxIntDigits] and
// [MaxPlaces] ("[1].percent", [integracja.ErrOutOfRange]), non-negative,
// and add up to exactly 100; eligible must be within the same limits,
// positive and in whole grosze.
//
// Each amount is eligible × percent / 100 rounded to whole grosze with
// sr.Mode. When the rounded amounts do not add up to eligible (at most one
// grosz per share off), the difference is settled a grosz at a time: a
// missing grosz goes to the share whose rounding took most from it, a grosz
// too many comes from the share whose rounding added most; ties go to the
// earlier share. So the amounts always add up to eligible exactly and each
// is within a grosz of its exact share; with sr.Mode == Down this is
// [Split]. The shares given are not modified.
func Amounts(eligible Money, shares []Share, sr ShareRounding) ([]Share, error) {
	var errs []error
	if err := checkEligible(eligible); err != nil {
		errs = append(errs, err)
	}
	percents := make([]decimal.Decimal, len(shares))
	for i, s := range shares {
		percents[i] = s.Percent
	}
	errs = append(errs, checkPercents(integracja.Path{}, "percent", percents))
	if err := integracja.Join(errs...); err != nil {
		return nil, err
	}
	n := len(shares)
	exact := make([]decimal.Decimal, n)
	rounded := make([]decimal.Decimal, n)
	total := decimal.Zero
	for i, s := range shares {
		exact[i] = eligible.Decimal().Mul(s.Percent) // × 100: in units of 1/100 of the amount
		rounded[i] = quoRound(exact[i], hundred, 2, sr.Mode)
		exact[i] = exact[i].Shift(-2)
		total = total.Add(rounded[i])
	}
	diff := eligible.Decimal().Sub(total).Shift(2).IntPart() // whole grosze, |diff| < n
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	grosz := decimal.New(1, -2)
	if diff > 0 { // give to the shares rounded furthest down
		slices.SortStableFunc(order, func(a, b int) int {
			return exact[b].Sub(rounded[b]).Cmp(exact[a].Sub(rounded[a]))
		})
		for _, i := range order[:min(int(diff), n)] {
			rounded[i] = rounded[i].Add(grosz)
		}
	} else if diff < 0 { // take from the shares rounded furthest up
		slices.SortStableFunc(order, func(a, b int) int {
			return rounded[b].Sub(exact[b]).Cmp(rounded[a].Sub(exact[a]))
		})
		for _, i := range order[:min(int(-diff), n)] {
			rounded[i] = rounded[i].Sub(grosz)
		}
	}
	out := slices.Clone(shares)
	for i := range out {
		out[i].Amount = fromDecimal(rounded[i], eligible.cur)
	}
	return out, nil
}

// CheckShares checks stated shares both ways, as an auditor reads a
// funding table where amounts and percentages are both printed:
//
//   - amounts to percentages: the amounts add up to eligible, and each
//     stated Percent is what its Amount gives ([Percentages] with sr);
//   - percentages to amounts: when the stated percentages add up to
//     exactly 100, each stated Amount is what the percentages give
//     ([Amounts] with sr). When they do not (rounded percentages such as
//     3 × 33,33%), this direction cannot be checked and is skipped.
//
// It returns nil when both agree, and otherwise every disagreement at once,
// each a [*integracja.FieldError] with cause [integracja.ErrInconsistent]
// (or the cause of bad input, such as a percentage beyond [MaxIntDigits]
// and [MaxPlaces]) at the share's path ("[1].percent").
func CheckShares(eligible Money, shares []Share, sr ShareRounding) error {
	var errs []error
	for i, s := range shares {
		if err := checkLimits(integracja.Path{}.Index(i).Child("percent"), s.Percent); err != nil {
			errs = append(errs, err)
		}
	}
	fromAmounts, err := Percentages(eligible, shares, sr)
	if err != nil || len(errs) > 0 {
		return integracja.Join(append(errs, err)...)
	}
	for i, s := range shares {
		if want := fromAmounts[i].Percent; !s.Percent.Equal(want) {
			errs = append(errs, integracja.Inconsistent(integracja.Path{}.Index(i).Child("percent"), s.Percent.String(), integracja.Text{
				PL: "kwota " + s.Amount.Format(language.Polish) + " to " + percentText(want, sr.Places, language.Polish) + " kosztów kwalifikowalnych",
				EN: "the amount " + s.Amount.Format(language.English) + " is " + percentText(want, sr.Places, language.English) + " of the eligible cost"}))
		}
	}
	sum := decimal.Zero
	for _, s := range shares {
		sum = sum.Add(s.Percent)
	}
	if sum.Equal(hundred) {
		fromPercents, err := Amounts(eligible, shares, sr)
		if err != nil {
			return integracja.Join(append(errs, err)...)
		}
		for i, s := range shares {
			if want := fromPercents[i].Amount; !s.Amount.Equal(want) {
				shown := max(sr.Places, -s.Percent.Exponent())
				errs = append(errs, integracja.Inconsistent(integracja.Path{}.Index(i).Child("amount"), s.Amount.String(), integracja.Text{
					PL: percentText(s.Percent, shown, language.Polish) + " kosztów kwalifikowalnych to " + want.Format(language.Polish),
					EN: percentText(s.Percent, shown, language.English) + " of the eligible cost is " + want.Format(language.English)}))
			}
		}
	}
	return integracja.Join(errs...)
}

// CoFinancing splits an eligible cost into the grant (dofinansowanie: EU
// funds and the state budget together) and the beneficiary's own
// contribution (wkład własny) at ownPercent of the eligible cost, with
// [Amounts] and sr so that the two add up exactly. Use the value of a
// scheme's schedule ([POKLOwnContribution], [RPOSwietokrzyskie921OwnContribution])
// at the project's date for ownPercent. An ownPercent beyond [MaxIntDigits]
// and [MaxPlaces] is an error at "ownPercent" whose cause is
// [integracja.ErrOutOfRange].
func CoFinancing(eligible Money, ownPercent decimal.Decimal, sr ShareRounding) (grant, own Money, err error) {
	if err := checkLimits(integracja.NewPath("ownPercent"), ownPercent); err != nil {
		return Money{}, Money{}, err
	}
	shares, err := Amounts(eligible, []Share{
		{Source: "grant", Percent: hundred.Sub(ownPercent)},
		{Source: "own", Percent: ownPercent},
	}, sr)
	if err != nil {
		return Money{}, Money{}, err
	}
	return shares[0].Amount, shares[1].Amount, nil
}

// percentText writes a percentage with places decimal places, as people
// read it: "10,50%" in Polish, "10.50%" in English. d must have at most
// places places; it is not rounded.
func percentText(d decimal.Decimal, places int32, t language.Tag) string {
	s := d.StringFixed(places)
	if !integracja.IsEnglish(t) {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + "%"
}
