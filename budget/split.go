package budget

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
)

var hundred = decimal.NewFromInt(100)

// Split divides total by percents into parts in whole grosze that add up to
// exactly total, in the currency of total, one part per percentage in the
// same order.
//
// The percentages must be within [MaxIntDigits] and [MaxPlaces],
// non-negative and add up to exactly 100 (89.5 and 10.5; 33.33, 33.33 and
// 33.34); total must be within the same limits, non-negative and in whole
// grosze. Any problem is an error listing every one at once: a percentage
// beyond the limits or negative at its index ("[1]",
// [integracja.ErrOutOfRange]), a sum other than 100 naming the sum
// ([integracja.ErrInconsistent]), a total beyond the limits, negative or
// with fractions of a grosz ("total").
//
// Method (largest remainder): each part first gets its exact share
// total × p / 100 rounded down to a grosz; the grosze left over (fewer than
// the number of parts) go one each to the parts with the largest dropped
// remainders. Equal remainders are served in the order of the percentages,
// earlier first: 0,01 zł split 50/50 gives 0,01 zł and 0,00 zł.
func Split(total Money, percents ...decimal.Decimal) ([]Money, error) {
	errs := []error{checkPercents(integracja.Path{}, "", percents)}
	if err := total.checkLimits(integracja.NewPath("total")); err != nil {
		errs = append(errs, err)
	} else if total.IsNegative() {
		errs = append(errs, integracja.OutOfRange(integracja.NewPath("total"), total.String(),
			integracja.Text{PL: "nie można dzielić ujemnej kwoty", EN: "cannot split a negative amount"}))
	} else if !total.IsWholeMinor() {
		errs = append(errs, integracja.Invalid(integracja.NewPath("total"), total.String(),
			integracja.Text{PL: "kwota zawiera ułamki grosza", EN: "the amount has fractions of a grosz"}))
	}
	if err := integracja.Join(errs...); err != nil {
		return nil, err
	}
	grosze := total.Decimal().Shift(2) // a non-negative integer
	parts := largestRemainder(grosze, percents, hundred)
	out := make([]Money, len(parts))
	for i, g := range parts {
		out[i] = fromDecimal(g.Shift(-2), total.cur)
	}
	return out, nil
}

// checkPercents reports percentages that are beyond [MaxIntDigits] and
// [MaxPlaces] or negative, each at its index under base (and then under
// child, when not ""), and percentages that do not add up to exactly 100,
// at base. A percentage beyond the limits is checked before any
// arithmetic and leaves the sum unchecked.
func checkPercents(base integracja.Path, child string, percents []decimal.Decimal) error {
	var errs []error
	sum, sumOK := decimal.Zero, true
	for i, pc := range percents {
		p := base.Index(i)
		if child != "" {
			p = p.Child(child)
		}
		if err := checkLimits(p, pc); err != nil {
			errs = append(errs, err)
			sumOK = false
			continue
		}
		if pc.IsNegative() {
			errs = append(errs, integracja.OutOfRange(p, pc.String(),
				integracja.Text{PL: "udział procentowy nie może być ujemny", EN: "a percentage must not be negative"}))
		}
		sum = sum.Add(pc)
	}
	if sumOK && !sum.Equal(hundred) {
		errs = append(errs, integracja.Inconsistent(base, sum.String(), integracja.Text{
			PL: "udziały procentowe sumują się do " + strings.Replace(sum.String(), ".", ",", 1) + ", a nie do 100",
			EN: "the percentages add up to " + sum.String() + ", not 100"}))
	}
	return integracja.Join(errs...)
}

// largestRemainder divides the non-negative integer units by weights
// (non-negative, adding up to whole) into integers that add up to units.
// Ties go to the earlier weight.
func largestRemainder(units decimal.Decimal, weights []decimal.Decimal, whole decimal.Decimal) []decimal.Decimal {
	n := len(weights)
	parts := make([]decimal.Decimal, n)
	rems := make([]decimal.Decimal, n)
	given := decimal.Zero
	for i, w := range weights {
		q, r := units.Mul(w).QuoRem(whole, 0)
		parts[i], rems[i] = q, r
		given = given.Add(q)
	}
	left := units.Sub(given)
	if left.IsZero() {
		return parts
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rems[b].Cmp(rems[a]) })
	k := int(left.IntPart()) // 0 < k < n: each floor drops less than one unit
	if k >= n {
		k = n // defensive: cannot happen when the weights add up to whole
	}
	for _, i := range order[:k] {
		parts[i] = parts[i].Add(decimal.NewFromInt(1))
	}
	return parts
}
