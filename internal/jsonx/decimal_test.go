package jsonx_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja/internal/jsonx"
)

// rates holds decimals in every place a document can hold them.
type rates struct {
	Rate   decimal.Decimal            `json:"rate"`
	List   []decimal.Decimal          `json:"list"`
	ByCode map[string]decimal.Decimal `json:"byCode"`
	ByRate map[decimal.Decimal]string `json:"byRate"`
	Ptr    *decimal.Decimal           `json:"ptr"`
}

// digits returns n digits "1234567890123…".
func digits(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteByte(byte('1' + i%9))
	}
	return b.String()
}

func TestDecodeReadsDecimalsInPlainNotation(t *testing.T) {
	max := digits(jsonx.MaxDecimalDigits) + "." + digits(jsonx.MaxDecimalPlaces)
	tests := []struct {
		name, json, want string
		exp              int32
	}{
		{"a string, as MarshalJSON writes it", `"10.5"`, "10.5", -1},
		{"a JSON number", `10.5`, "10.5", -1},
		{"trailing zeros are kept as places", `"10.50"`, "10.5", -2},
		{"a whole number", `"7"`, "7", 0},
		{"a negative number", `"-0.25"`, "-0.25", -2},
		{"negative zero", `-0`, "0", 0},
		{"leading zeros in a string", `"007.5"`, "7.5", -1},
		{"an escaped digit", `"1\u0030"`, "10", 0},
		{"the most digits on both sides", `"` + max + `"`, max, -jsonx.MaxDecimalPlaces},
		{"the most digits, negative, as a JSON number", `-` + max, "-" + max, -jsonx.MaxDecimalPlaces},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r rates
			require.NoError(t, jsonx.Decode([]byte(`{"rate": `+tt.json+`}`), &r))
			want := decimal.RequireFromString(tt.want)
			assert.True(t, r.Rate.Equal(want), "got %s, want %s", r.Rate, want)
			assert.Equal(t, tt.exp, r.Rate.Exponent(), "the places as written")
		})
	}
	t.Run("in a list, a map, a map key and behind a pointer", func(t *testing.T) {
		var r rates
		require.NoError(t, jsonx.Decode([]byte(`{"list": ["1", 2.5], "byCode": {"a": "3"}, "byRate": {"4.5": "x"}, "ptr": "6"}`), &r))
		require.Len(t, r.List, 2)
		assert.True(t, r.List[1].Equal(decimal.RequireFromString("2.5")), "%s", r.List[1])
		assert.True(t, r.ByCode["a"].Equal(decimal.NewFromInt(3)), "%s", r.ByCode["a"])
		require.Len(t, r.ByRate, 1)
		for k := range r.ByRate {
			assert.True(t, k.Equal(decimal.RequireFromString("4.5")), "%s", k)
		}
		require.NotNil(t, r.Ptr)
		assert.True(t, r.Ptr.Equal(decimal.NewFromInt(6)), "%s", r.Ptr)
	})
	t.Run("null leaves a decimal as it was, as encoding/json does", func(t *testing.T) {
		r := rates{Rate: decimal.NewFromInt(5)}
		require.NoError(t, jsonx.Decode([]byte(`{"rate": null}`), &r))
		assert.True(t, r.Rate.Equal(decimal.NewFromInt(5)), "%s", r.Rate)
	})
}

func TestDecodeRefusesDecimalsBeyondPlainNotationAndTheLimits(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"an exponent in a string", `"1e5"`, "rate: bad_decimal"},
		{"an exponent in a JSON number", `1E-5`, "rate: bad_decimal"},
		{"an exponent that would make a billion digits", `"9e-999999999"`, "rate: bad_decimal"},
		{"a plus sign", `"+1"`, "rate: bad_decimal"},
		{"a decimal comma", `"10,5"`, "rate: bad_decimal"},
		{"a space", `" 10.5"`, "rate: bad_decimal"},
		{"no digits after the point", `"10."`, "rate: bad_decimal"},
		{"no digits before the point", `".5"`, "rate: bad_decimal"},
		{"an empty string", `""`, "rate: bad_decimal"},
		{"a lone minus", `"-"`, "rate: bad_decimal"},
		{"an object", `{}`, "rate: wrong_type"},
		{"true", `true`, "rate: wrong_type"},
		{"one digit too many before the point", `"` + digits(jsonx.MaxDecimalDigits+1) + `"`, "rate: too_many_digits"},
		{"one digit too many after the point", `"0.` + digits(jsonx.MaxDecimalPlaces+1) + `"`, "rate: too_many_places"},
		{"one place too many, a trailing zero", `"1.` + strings.Repeat("0", jsonx.MaxDecimalPlaces+1) + `"`, "rate: too_many_places"},
		{"a megabyte of digits", `"` + digits(1<<20) + `"`, "rate: too_many_digits"},
		{"a megabyte of digits as a JSON number", digits(1 << 20), "rate: too_many_digits"},
		{"a megabyte of places", `0.` + digits(1<<20), "rate: too_many_places"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r rates
			assert.Equal(t, []string{tt.want}, problems(t, jsonx.Decode([]byte(`{"rate": `+tt.json+`}`), &r)))
		})
	}
	t.Run("the path of a bad decimal in a list and as a map key", func(t *testing.T) {
		var r rates
		assert.Equal(t, []string{"list[1]: bad_decimal", `byRate["1e3"]: bad_decimal`},
			problems(t, jsonx.Decode([]byte(`{"list": ["1", "1e3"], "byRate": {"1e3": "x"}}`), &r)))
	})
	t.Run("a megabyte of digits costs what reading a megabyte costs", func(t *testing.T) {
		in := []byte(`{"rate": "` + digits(1<<20) + `"}`)
		start := time.Now()
		var r rates
		require.Error(t, jsonx.Decode(in, &r))
		assert.Less(t, time.Since(start), 5*time.Second)
	})
}

// plainDecimal is plain decimal notation, which ReadDecimal reads when
// within the limits; plainPrefix is how far ReadDecimal reads before it
// decides: the digits before the point, and after it when there were some
// before.
var (
	plainDecimal = regexp.MustCompile(`^-?([0-9]+)(?:\.([0-9]+))?$`)
	plainPrefix  = regexp.MustCompile(`^-?([0-9]*)(?:\.([0-9]*))?`)
)

func TestReadDecimalAgreesWithShopspringOnWhatItAccepts(t *testing.T) {
	for _, s := range []string{"0", "-0", "0.000", "123456789012345678", "1234567890123456789", "-99.99",
		digits(30), digits(30) + "." + digits(20), "0." + strings.Repeat("0", 19) + "1"} {
		checkReadDecimal(t, s)
	}
}

// FuzzReadDecimal checks ReadDecimal against regular expressions and
// shopspring's parser: it reads exactly the plain decimals within the
// limits, to the same value with the same places, and its problem is the
// first it meets reading from the left (a digit too many before a letter
// after it).
func FuzzReadDecimal(f *testing.F) {
	for _, s := range []string{"10.5", "-0.25", "1e5", "+1", "", ".5", "1.", digits(31), "0." + digits(21), "1\u00a0000"} {
		f.Add(s)
	}
	f.Fuzz(checkReadDecimal)
}

func checkReadDecimal(t *testing.T, s string) {
	n, k := jsonx.ReadDecimal(s)
	p := plainPrefix.FindStringSubmatch(s)
	want := jsonx.Kind(0)
	switch {
	case len(p[1]) > jsonx.MaxDecimalDigits:
		want = jsonx.TooManyDigits // the digit too many comes first
	case p[1] != "" && len(p[2]) > jsonx.MaxDecimalPlaces:
		want = jsonx.TooManyPlaces
	case !plainDecimal.MatchString(s):
		want = jsonx.BadDecimal
	}
	if k != want {
		t.Fatalf("ReadDecimal(%q) = %v, want %v", s, k, want)
	}
	if k != 0 {
		return
	}
	ref, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("shopspring refuses %q: %v", s, err)
	}
	if got := n.Value(); !got.Equal(ref) || got.Exponent() != ref.Exponent() {
		t.Fatalf("ReadDecimal(%q) = %s (exponent %d), shopspring %s (exponent %d)", s, got, got.Exponent(), ref, ref.Exponent())
	}
	var viaJSON decimal.Decimal
	if err := json.Unmarshal([]byte(`"`+s+`"`), &viaJSON); err != nil || !viaJSON.Equal(n.Value()) {
		t.Fatalf("json.Unmarshal of %q: %s, %v", s, viaJSON, err)
	}
}

// BenchmarkDecodeDecimal decodes an ordinary percentage, then a megabyte
// of digits, with Decode and with shopspring's own decoder (through
// encoding/json) as the baseline: Decode refuses the megabyte after its
// thirty-first digit and costs what scanning a megabyte costs, while
// shopspring's decoder parses it whole.
func BenchmarkDecodeDecimal(b *testing.B) {
	type plain struct {
		Rate decimal.Decimal `json:"rate"`
	}
	for _, c := range []struct {
		name string
		in   []byte
	}{
		{"percentage", []byte(`{"rate": "10.50"}`)},
		{"megabyte", []byte(`{"rate": "` + digits(1<<20) + `"}`)},
	} {
		b.Run(c.name+"/jsonx", func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				var r rates
				_ = jsonx.Decode(c.in, &r)
			}
		})
		b.Run(c.name+"/shopspring", func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				var r plain
				_ = json.Unmarshal(c.in, &r)
			}
		})
	}
}
