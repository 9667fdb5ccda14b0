package jsonx

import (
	"math/big"
	"reflect"

	"github.com/shopspring/decimal"
)

// Limits of a decimal number (a [decimal.Decimal] value, an amount of
// money): plain decimal notation with at most MaxDecimalDigits digits before
// the point and MaxDecimalPlaces after it. Amounts of money below 10^30 and
// percentages to twenty places are far beyond any budget; a number beyond
// the limits is refused while it is read, so that no input makes a parse
// or the arithmetic after it run for seconds (shopspring's own decoder
// reads "1e-999999999" and expands it to a billion digits, and its cost
// grows with the square of a long input).
const (
	MaxDecimalDigits = 30
	MaxDecimalPlaces = 20
)

// maxDecimalLen is the longest text of a decimal within the limits: a
// sign, MaxDecimalDigits digits, a point and MaxDecimalPlaces digits.
const maxDecimalLen = 1 + MaxDecimalDigits + 1 + MaxDecimalPlaces

var decimalType = reflect.TypeFor[decimal.Decimal]()

// Decimal is a number read by [ReadDecimal]: its sign and its digits before
// and after the decimal point, as written (leading and trailing zeros
// kept).
type Decimal struct {
	Neg         bool
	Whole, Frac string
}

// ReadDecimal reads s as a plain decimal, -?digits(.digits)? and nothing
// else: no exponent, no sign "+", no spaces, digits on both sides of a
// point. It returns the number and 0, or a problem: [BadDecimal] when s is
// not a plain decimal, [TooManyDigits] or [TooManyPlaces] when it has more
// than [MaxDecimalDigits] digits before the point or [MaxDecimalPlaces]
// after it. Reading stops at the first byte that decides the problem, so
// its cost does not grow with what follows.
func ReadDecimal(s string) (Decimal, Kind) {
	var n Decimal
	i := 0
	if i < len(s) && s[i] == '-' {
		n.Neg = true
		i++
	}
	begin, dot := i, -1
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			if dot < 0 && i-begin >= MaxDecimalDigits {
				return Decimal{}, TooManyDigits
			}
			if dot >= 0 && i-dot > MaxDecimalPlaces {
				return Decimal{}, TooManyPlaces
			}
		case c == '.' && dot < 0 && i > begin:
			dot = i
		default:
			return Decimal{}, BadDecimal
		}
	}
	if dot < 0 {
		n.Whole = s[begin:]
	} else {
		n.Whole, n.Frac = s[begin:dot], s[dot+1:]
	}
	if n.Whole == "" || (dot >= 0 && n.Frac == "") {
		return Decimal{}, BadDecimal
	}
	return n, 0
}

// Value returns the number as a decimal.Decimal with the places written
// ("10.50" has two), computed from its at most MaxDecimalDigits +
// MaxDecimalPlaces digits without going through shopspring's parser.
func (n Decimal) Value() decimal.Decimal {
	if len(n.Whole)+len(n.Frac) <= 18 {
		var v int64
		for _, s := range [2]string{n.Whole, n.Frac} {
			for i := 0; i < len(s); i++ {
				v = v*10 + int64(s[i]-'0')
			}
		}
		if n.Neg {
			v = -v
		}
		return decimal.New(v, -int32(len(n.Frac)))
	}
	c, _ := new(big.Int).SetString(n.Whole+n.Frac, 10) // digits only, checked by ReadDecimal
	if n.Neg {
		c.Neg(c)
	}
	return decimal.NewFromBigInt(c, -int32(len(n.Frac)))
}

// decimal decodes the number at d.pos into v, a decimal.Decimal: a JSON
// string, as decimal.Decimal's MarshalJSON writes it ("10.5"), or a JSON
// number (10.5), in either case in plain decimal notation within the
// limits.
func (d *decoder) decimal(c byte, v reflect.Value) {
	start := d.pos
	var text []byte
	switch {
	case c == '"':
		text = d.str()
	case c == '-' || ('0' <= c && c <= '9'):
		text, _ = d.num()
	default:
		d.wrongType(String, c)
		return
	}
	if len(text) > maxDecimalLen {
		// Too long to be a decimal within the limits; the problem shows
		// within the first maxDecimalLen+1 bytes, and reading no more keeps
		// a megabyte of digits from being copied.
		text = text[:maxDecimalLen+1]
	}
	n, k := ReadDecimal(string(text))
	if k != 0 {
		d.fail(&Error{Kind: k, Offset: start})
		return
	}
	v.Set(reflect.ValueOf(n.Value()))
}
