package indicator

import (
	"fmt"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// Count is a number of people broken down by sex, as every ESF indicator
// must be: "all data shall be broken down by gender" (Regulation (EU)
// No 1304/2013, Annex I; for ESF+ Regulation (EU) 2021/1057, Annex I).
// Polish reports write it "20 (12K i 8M)": 20 people, 12 of them women
// (kobiety) and 8 men (mężczyźni). Unspecified holds people whose sex is
// not recorded, and a figure the source gives without any breakdown.
//
// Count is a comparable value type; the zero Count is no one. A Count with
// a negative field is invalid (see [Count.Validate]); arithmetic does not
// stop at zero, so [Count.Sub] can produce one.
type Count struct {
	Women       int `json:"women"`
	Men         int `json:"men"`
	Unspecified int `json:"unspecified,omitempty"`
}

// Total returns the number of people of every sex. It never wraps around:
// a total beyond the range of an int stops at math.MaxInt (or math.MinInt,
// for a count with negative fields). Such a count is invalid, and
// [Count.Validate] reports its total; the exact figure is in its
// [Count.Format].
func (c Count) Total() int { return clampSum(c.Women, c.Men, c.Unspecified) }

// Add returns the sum of c and d, sex by sex. It saturates instead of
// wrapping around: a field whose sum does not fit an int stops at
// math.MaxInt (or math.MinInt). Use [Count.AddChecked] where the counts
// come from outside and an overflow must be an error.
func (c Count) Add(d Count) Count {
	return Count{Women: clampSum(c.Women, d.Women), Men: clampSum(c.Men, d.Men),
		Unspecified: clampSum(c.Unspecified, d.Unspecified)}
}

// AddChecked returns the sum of c and d, sex by sex, as [Count.Add] does,
// or an error when a field of the sum, or its total, does not fit an int:
// a [*integracja.FieldError] with cause [integracja.ErrOutOfRange] at
// "women", "men", "unspecified" or "total".
func (c Count) AddChecked(d Count) (Count, error) {
	var errs []error
	for _, f := range []struct {
		name string
		a, b int
	}{{"women", c.Women, d.Women}, {"men", c.Men, d.Men}, {"unspecified", c.Unspecified, d.Unspecified}} {
		if _, ok := exactSum(f.a, f.b); !ok {
			errs = append(errs, integracja.OutOfRange(integracja.NewPath(f.name), bigSum(f.a, f.b), textTooLarge))
		}
	}
	if len(errs) > 0 {
		return Count{}, integracja.Join(errs...)
	}
	out := c.Add(d)
	if _, ok := exactSum(out.Women, out.Men, out.Unspecified); !ok {
		return Count{}, integracja.OutOfRange(integracja.NewPath("total"), out.totalString(), textTooLarge)
	}
	return out, nil
}

// Sub returns c minus d, sex by sex: the people of c who are not in d when
// d is a part of c ("of whom"). A field goes negative when d has more people
// of that sex than c; [Count.Validate] reports that. Like [Count.Add], it
// saturates instead of wrapping around.
func (c Count) Sub(d Count) Count {
	return Count{Women: clampSum(c.Women, negate(d.Women)), Men: clampSum(c.Men, negate(d.Men)),
		Unspecified: clampSum(c.Unspecified, negate(d.Unspecified))}
}

// negate returns -n, or math.MaxInt for math.MinInt, whose negation does
// not fit.
func negate(n int) int {
	if n == minInt {
		return maxInt
	}
	return -n
}

// Of returns the number of people of sex s in c; for a Sex out of range
// (see [Sex.IsValid]) it returns c.Unspecified, as [Count.Plus] counts one
// there.
func (c Count) Of(s Sex) int {
	switch s {
	case Female:
		return c.Women
	case Male:
		return c.Men
	}
	return c.Unspecified
}

// Plus returns c with n more people of sex s, saturating as [Count.Add]
// does. A Sex out of range is counted as unspecified: check [Sex.IsValid]
// (or validate the profile, as [Profile.Validate] does) when the sex comes
// from outside.
func (c Count) Plus(s Sex, n int) Count {
	switch s {
	case Female:
		c.Women = clampSum(c.Women, n)
	case Male:
		c.Men = clampSum(c.Men, n)
	default:
		c.Unspecified = clampSum(c.Unspecified, n)
	}
	return c
}

// IsZero reports whether c counts no one.
func (c Count) IsZero() bool { return c == Count{} }

// WomenShare returns the share of women in c: women over the total of
// every sex, people of unspecified sex included. For the zero Count the
// share is not applicable (a zero denominator).
func (c Count) WomenShare() Ratio { return Ratio{Num: c.Women, Den: c.Total()} }

// Validate reports every negative field, with the paths "women", "men" and
// "unspecified", and a total too large for an int (path "total"). Each
// problem is a [*integracja.FieldError] with cause
// [integracja.ErrOutOfRange].
func (c Count) Validate() error {
	var errs []error
	for _, f := range []struct {
		name string
		n    int
	}{{"women", c.Women}, {"men", c.Men}, {"unspecified", c.Unspecified}} {
		if f.n < 0 {
			errs = append(errs, integracja.OutOfRange(integracja.NewPath(f.name), strconv.Itoa(f.n), textNegative))
		}
	}
	if len(errs) == 0 {
		if _, ok := sum(c.Women, c.Men, c.Unspecified); !ok {
			errs = append(errs, integracja.OutOfRange(integracja.NewPath("total"), c.totalString(), textTooLarge))
		}
	}
	return integracja.Join(errs...)
}

var (
	textNegative = integracja.Text{PL: "liczba osób nie może być ujemna", EN: "a number of people cannot be negative"}
	textTooLarge = integracja.Text{PL: "liczba zbyt duża", EN: "number too large"}
)

// sum adds non-negative numbers, reporting false when the sum overflows
// an int.
func sum(ns ...int) (int, bool) {
	for _, n := range ns {
		if n < 0 {
			return 0, false
		}
	}
	return exactSum(ns...)
}

const (
	maxInt = int(^uint(0) >> 1)
	minInt = -maxInt - 1
)

// wideSum returns the exact sum of ns as a 128-bit two's complement
// number, hi·2⁶⁴ + lo: three ints cannot overflow it.
func wideSum(ns ...int) (hi int64, lo uint64) {
	for _, n := range ns {
		var carry uint64
		lo, carry = bits.Add64(lo, uint64(int64(n)), 0)
		hi += int64(carry)
		if n < 0 {
			hi--
		}
	}
	return hi, lo
}

// exactSum returns the sum of ns, and false when it does not fit an int.
func exactSum(ns ...int) (int, bool) {
	hi, lo := wideSum(ns...)
	switch {
	case hi == 0 && lo <= uint64(maxInt):
		return int(lo), true
	case hi == -1 && lo >= 1<<63 && int64(lo) >= int64(minInt):
		return int(int64(lo)), true
	}
	return 0, false
}

// clampSum returns the sum of ns, or math.MaxInt or math.MinInt when it
// is beyond them: the arithmetic of a Count saturates, it never wraps.
func clampSum(ns ...int) int {
	if s, ok := exactSum(ns...); ok {
		return s
	}
	if hi, _ := wideSum(ns...); hi >= 0 {
		return maxInt
	}
	return minInt
}

// bigSum returns the exact sum of ns in decimal digits, even when it does
// not fit an int.
func bigSum(ns ...int) string {
	if s, ok := exactSum(ns...); ok {
		return strconv.Itoa(s)
	}
	t := new(big.Int)
	for _, n := range ns {
		t.Add(t, big.NewInt(int64(n)))
	}
	return t.String()
}

// totalString returns the exact total of c in decimal digits, even when it
// does not fit an int.
func (c Count) totalString() string { return bigSum(c.Women, c.Men, c.Unspecified) }

// Format returns c in the notation of Polish reports, or in English when t
// asks for English:
//
//	pl: "20 (12K i 8M)", "5 (5M)", "20 (12K, 6M i 2 b.d.)", "0"
//	en: "20 (12 women, 8 men)", "5 (5 men)", "20 (12 women, 6 men, 2 unspecified)", "0"
//
// The total comes first; the brackets list every sex with people in it
// and leave out those with none, so the zero Count prints as "0". People
// of unspecified sex print as "b.d." (brak danych, "no data") in Polish and
// "unspecified" in English. For every Count with non-negative fields whose
// total fits an int, [ParseCount] of the result gives c back.
func (c Count) Format(t language.Tag) string {
	if c.IsZero() {
		return "0"
	}
	en := integracja.IsEnglish(t)
	var parts []string
	add := func(n int, pl string, noun i18n.Noun) {
		if n == 0 {
			return
		}
		if en {
			parts = append(parts, partEN(noun, n))
		} else {
			parts = append(parts, strconv.Itoa(n)+pl)
		}
	}
	add(c.Women, "K", i18n.Women)
	add(c.Men, "M", i18n.Men)
	add(c.Unspecified, " b.d.", unspecifiedNoun)
	return c.totalString() + " (" + joinParts(parts, en) + ")"
}

// joinParts lists the parts of a count the way its notation does: "12K
// i 8M", "12K, 6M i 2 b.d." in Polish; "12 women, 8 men" in English.
func joinParts(parts []string, en bool) string {
	switch {
	case en:
		return strings.Join(parts, ", ")
	case len(parts) == 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " i " + parts[len(parts)-1]
}

// partEN writes a part of the English notation, "12345 women": the digits
// are not grouped, because "12,345" would read as a decimal in Polish and
// the notation is read back by [ParseCount] in either language.
func partEN(noun i18n.Noun, n int) string {
	return strconv.Itoa(n) + " " + noun.Form(language.English, n)
}

// unspecifiedNoun names people of unspecified sex; in Polish the notation
// uses the invariable abbreviation "b.d." instead.
var unspecifiedNoun = i18n.Noun{One: "b.d.", Few: "b.d.", Many: "b.d.", EnOne: "unspecified", EnOther: "unspecified"}

// String returns c in Polish notation: "20 (12K i 8M)".
func (c Count) String() string { return c.Format(language.Polish) }

// MarshalText returns the Polish notation of c, so a Count can be a map
// key or a CSV cell; [Count.UnmarshalText] reads it back.
func (c Count) MarshalText() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return []byte(c.String()), nil
}

// UnmarshalText accepts everything [ParseCount] accepts.
func (c *Count) UnmarshalText(b []byte) error {
	v, err := ParseCount(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// MarshalJSON encodes c as {"women":12,"men":8}, with "unspecified" only
// when it is not zero. (Without it, encoding/json would use MarshalText.)
// Like [Count.MarshalText], it refuses an invalid count (see
// [Count.Validate]) rather than write JSON that [Count.UnmarshalJSON]
// would reject.
func (c Count) MarshalJSON() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if c.Unspecified == 0 {
		return fmt.Appendf(nil, `{"women":%d,"men":%d}`, c.Women, c.Men), nil
	}
	return fmt.Appendf(nil, `{"women":%d,"men":%d,"unspecified":%d}`, c.Women, c.Men, c.Unspecified), nil
}

// UnmarshalJSON decodes the object [Count.MarshalJSON] writes, strictly:
// unknown fields, values that are not whole numbers and negative counts are
// errors with the path of the bad value ("men"). A missing field is zero;
// JSON null leaves c unchanged.
func (c *Count) UnmarshalJSON(b []byte) error {
	if strings.TrimSpace(string(b)) == "null" {
		return nil
	}
	type plain Count
	var p plain
	if err := integracja.DecodeJSON(b, &p); err != nil {
		return err
	}
	v := Count(p)
	if err := v.Validate(); err != nil {
		return err
	}
	*c = v
	return nil
}
