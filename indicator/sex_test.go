package indicator

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestParseSex(t *testing.T) {
	tests := []struct {
		in   string
		want Sex
	}{
		{"K", Female}, {"k", Female}, {"kobieta", Female}, {"Kobieta", Female}, {"F", Female},
		{"female", Female}, {"Woman", Female}, {" K ", Female}, {" Female ", Female},
		{"M", Male}, {"m", Male}, {"mężczyzna", Male}, {"MĘŻCZYZNA", Male}, {"mezczyzna", Male},
		{"male", Male}, {"man", Male},
		{"", SexUnspecified}, {"nieokreślona", SexUnspecified}, {"unspecified", SexUnspecified},
	}
	for _, tt := range tests {
		t.Run("\""+tt.in+"\" is "+tt.want.Label(language.English), func(t *testing.T) {
			got, err := ParseSex(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseSexRejectsOtherWords(t *testing.T) {
	for _, in := range []string{"X", "kobiety", "females", "1", "K M"} {
		t.Run("\""+in+"\" is an error saying what is wanted", func(t *testing.T) {
			_, err := ParseSex(in)
			require.Error(t, err)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Empty(t, pe.Input, "an enum's error never repeats what it read")
			assert.Equal(t, "nie można odczytać płci: nieprawidłowa wartość: oczekiwano K (kobieta) lub M (mężczyzna)",
				integracja.Localize(err, language.Polish))
		})
	}
}

func TestSexStringAndLabel(t *testing.T) {
	assert.Equal(t, "female", Female.String())
	assert.Equal(t, "male", Male.String())
	assert.Equal(t, "", SexUnspecified.String())
	assert.Equal(t, "Sex(7)", Sex(7).String())
	assert.Equal(t, "kobieta", Female.Label(language.Polish))
	assert.Equal(t, "mężczyzna", Male.Label(language.Polish))
	assert.Equal(t, "nieokreślona", SexUnspecified.Label(language.Polish))
	assert.Equal(t, "female", Female.Label(language.English))
	assert.Equal(t, "male", Male.Label(language.English))
	assert.Equal(t, "Sex(7)", Sex(7).Label(language.English))
	assert.True(t, Male.IsValid())
	assert.False(t, Sex(3).IsValid())
	var zero Sex
	assert.Equal(t, SexUnspecified, zero, "the zero Sex is unspecified")
}

func TestSexJSON(t *testing.T) {
	type row struct {
		Sex Sex `json:"sex"`
	}
	for _, s := range []Sex{SexUnspecified, Female, Male} {
		b, err := json.Marshal(row{s})
		require.NoError(t, err)
		var back row
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, s, back.Sex)
	}
	b, err := json.Marshal(row{Female})
	require.NoError(t, err)
	assert.JSONEq(t, `{"sex":"female"}`, string(b))
	_, err = json.Marshal(row{Sex(9)})
	assert.Error(t, err)
	var r row
	assert.Error(t, json.Unmarshal([]byte(`{"sex":"X"}`), &r))
	require.NoError(t, json.Unmarshal([]byte(`{"sex":"kobieta"}`), &r))
	assert.Equal(t, Female, r.Sex)
	require.NoError(t, json.Unmarshal([]byte(`{"sex":"M"}`), &r), "the Polish letters of before snake_case still read")
	assert.Equal(t, Male, r.Sex)
}
