package i18n_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja/internal/i18n"
)

func TestPolishPluralForms(t *testing.T) {
	tests := []struct {
		n                      int
		persons, women, men, h string
	}{
		{0, "0 osób", "0 kobiet", "0 mężczyzn", "0 godzin"},
		{1, "1 osoba", "1 kobieta", "1 mężczyzna", "1 godzina"},
		{2, "2 osoby", "2 kobiety", "2 mężczyzn", "2 godziny"},
		{4, "4 osoby", "4 kobiety", "4 mężczyzn", "4 godziny"},
		{5, "5 osób", "5 kobiet", "5 mężczyzn", "5 godzin"},
		{12, "12 osób", "12 kobiet", "12 mężczyzn", "12 godzin"},
		{14, "14 osób", "14 kobiet", "14 mężczyzn", "14 godzin"},
		{21, "21 osób", "21 kobiet", "21 mężczyzn", "21 godzin"},
		{22, "22 osoby", "22 kobiety", "22 mężczyzn", "22 godziny"},
		{112, "112 osób", "112 kobiet", "112 mężczyzn", "112 godzin"},
		{142, "142 osoby", "142 kobiety", "142 mężczyzn", "142 godziny"},
		{227, "227 osób", "227 kobiet", "227 mężczyzn", "227 godzin"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.persons, i18n.Persons.Count(language.Polish, tt.n))
		assert.Equal(t, tt.women, i18n.Women.Count(language.Polish, tt.n))
		assert.Equal(t, tt.men, i18n.Men.Count(language.Polish, tt.n))
		assert.Equal(t, tt.h, i18n.Hours.Count(language.Polish, tt.n))
	}
	assert.Equal(t, "1 person", i18n.Persons.Count(language.English, 1))
	assert.Equal(t, "5 people", i18n.Persons.Count(language.English, 5))
	assert.Equal(t, "0 women", i18n.Women.Count(language.English, 0))
	assert.Equal(t, "-2 osoby", i18n.Persons.Count(language.Polish, -2), "a negative difference takes the form of its size")
}

func TestPluralFormsOfExtremeNumbers(t *testing.T) {
	tests := []struct {
		name string
		n    int
		want string
	}{
		{"101 takes the many form, not the one form", 101, "osób"},
		{"-101 takes the many form", -101, "osób"},
		{"-1 takes the one form", -1, "osoba"},
		{"1002 takes the few form", 1002, "osoby"},
		{"1012 takes the many form", 1012, "osób"},
		{"the largest int ends in 07 and takes the many form", math.MaxInt, "osób"},
		{"the smallest int, whose size no int holds, takes the many form without a panic", math.MinInt, "osób"},
		{"the smallest int plus 6 ends in 02 and takes the few form", math.MinInt + 6, "osoby"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotPanics(t, func() { i18n.Persons.Form(language.Polish, tt.n) })
			assert.Equal(t, tt.want, i18n.Persons.Form(language.Polish, tt.n))
		})
	}
}

func TestLang(t *testing.T) {
	assert.Equal(t, language.English, i18n.Lang(language.AmericanEnglish))
	assert.Equal(t, language.Polish, i18n.Lang(language.Polish))
	assert.Equal(t, language.Polish, i18n.Lang(language.Und))
}
