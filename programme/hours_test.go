package programme_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/programme"
)

func TestParseHoursReadsWholeAndFractionalHours(t *testing.T) {
	tests := []struct {
		in         string
		hundredths int64
	}{
		{"64", 6400}, {"0", 0}, {"1,5", 150}, {"1.5", 150}, {"0.75", 75}, {"2,25", 225}, {"1000000", 100_000_000}, {"007", 700},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := programme.ParseHours(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.hundredths, got.Hundredths())
		})
	}
}

func TestParseHoursRefusesWhatIsNotAPlainNumberOfHours(t *testing.T) {
	for _, in := range []string{"", " 64", "64 h", "-1", "+1", "1.", ".5", "1.555", "1e2", "1 000", "1,5,0", "1000000.01", "99999999", "½", "0x10"} {
		t.Run(in, func(t *testing.T) {
			_, err := programme.ParseHours(in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, programme.ErrHours))
			var pe *integracja.ParseError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, in, pe.Input)
		})
	}
}

func TestHoursFormatWithTheirPluralForms(t *testing.T) {
	tests := []struct{ in, pl, en string }{
		{"1", "1 godzina", "1 hour"},
		{"2", "2 godziny", "2 hours"},
		{"5", "5 godzin", "5 hours"},
		{"22", "22 godziny", "22 hours"},
		{"112", "112 godzin", "112 hours"},
		{"1.5", "1,5 godziny", "1.5 hours"},
		{"0.25", "0,25 godziny", "0.25 hours"},
		{"0", "0 godzin", "0 hours"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.pl, h(tt.in).Format(language.Polish))
			assert.Equal(t, tt.en, h(tt.in).Format(language.English))
		})
	}
}

func TestHoursArithmeticIsExact(t *testing.T) {
	sum := programme.Hours{}
	for range 100 {
		sum = sum.Add(h("0.01"))
	}
	assert.Equal(t, programme.HoursOf(1), sum, "a hundred hundredths are one hour, exactly")
	assert.Equal(t, "-0.5", h("1").Sub(h("1.5")).String())
	assert.Equal(t, h("7.5"), h("1.5").Mul(5))
	assert.Equal(t, -1, h("1.5").Cmp(h("1.51")))
	assert.True(t, h("2").IsWhole())
	assert.False(t, h("2.5").IsWhole())
	assert.Equal(t, programme.Hundredths(75), h("0.75"))
}

func TestHoursAsTimeDependOnTheLengthOfAnHour(t *testing.T) {
	got, ok := h("64").Duration(programme.Academic)
	require.True(t, ok)
	assert.Equal(t, 48*time.Hour, got, "64 academic hours are 48 clock hours")
	got, ok = h("1.01").Duration(programme.Clock)
	require.True(t, ok)
	assert.Equal(t, time.Hour+36*time.Second, got)
	_, ok = h("1").Duration(programme.HourLengthUnstated)
	assert.False(t, ok, "no length is assumed")
	assert.Equal(t, 45, programme.Academic.Minutes())
	assert.Equal(t, "godziny dydaktyczne (45 minut)", programme.Academic.Label(language.Polish))
}

func TestHoursJSONIsANumber(t *testing.T) {
	for _, in := range []string{"64", "1.5", "0.75", "0"} {
		var got programme.Hours
		require.NoError(t, json.Unmarshal([]byte(in), &got))
		b, err := json.Marshal(got)
		require.NoError(t, err)
		assert.Equal(t, in, string(b))
	}
	for _, in := range []string{`"1.5"`, "-1", "1e2", "1.505", "true", "1,5"} {
		var got programme.Hours
		assert.Error(t, json.Unmarshal([]byte(in), &got), in)
	}
	got := h("3")
	require.NoError(t, json.Unmarshal([]byte("null"), &got))
	assert.Equal(t, h("3"), got, "null leaves the hours as they are")
}
