package i18n

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

func TestNumberFollowsCLDR(t *testing.T) {
	tests := []struct{ in, pl, en string }{
		{"0", "0", "0"},
		{"999", "999", "999"},
		{"1234", "1234", "1,234"},
		{"1234.50", "1234,50", "1,234.50"},
		{"12345", "12\u00a0345", "12,345"},
		{"231895.59", "231\u00a0895,59", "231,895.59"},
		{"-1234567.5", "-1\u00a0234\u00a0567,5", "-1,234,567.5"},
		{"100000", "100\u00a0000", "100,000"},
		{"0.005", "0,005", "0.005"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.pl, Number(language.Polish, tt.in), "Polish %s", tt.in)
		assert.Equal(t, tt.en, Number(language.English, tt.in), "English %s", tt.in)
	}
}

func TestNumberLeavesOtherTextAsItIs(t *testing.T) {
	for _, s := range []string{"", "-", "1e9", "12.", ".5", "1 234", "NaN", "1.2.3", "+5"} {
		assert.Equal(t, s, Number(language.Polish, s), "%q is not a plain decimal", s)
	}
}

func TestIntAndNounCountGroupLargeNumbers(t *testing.T) {
	assert.Equal(t, "12\u00a0345", Int(language.Polish, 12345))
	assert.Equal(t, "-9,223,372,036,854,775,808", Int(language.English, math.MinInt64))
	assert.Equal(t, "12\u00a0345 osób", Persons.Count(language.Polish, 12345))
	assert.Equal(t, "1234 osoby", Persons.Count(language.Polish, 1234))
	assert.Equal(t, "12,345 people", Persons.Count(language.English, 12345))
}
