package contract

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestKindCodesRoundTrip(t *testing.T) {
	for k := SocialContract; k <= OtherProgramme; k++ {
		t.Run("the kind "+k.String()+" parses back from its code", func(t *testing.T) {
			require.True(t, k.IsValid())
			got, err := ParseKind(k.String())
			require.NoError(t, err)
			assert.Equal(t, k, got)
			b, err := json.Marshal(k)
			require.NoError(t, err)
			var back Kind
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, k, back)
			assert.NotEqual(t, k.Label(language.Polish), k.Label(language.English))
		})
	}
}

func TestKindDescriptions(t *testing.T) {
	assert.Equal(t, "kontrakt socjalny", SocialContract.Label(language.Polish))
	assert.Equal(t, "social contract", SocialContract.Label(language.English))
	assert.Equal(t, "indywidualny program wychodzenia z bezdomności", HomelessnessExitProgramme.Label(language.Polish))
	assert.Contains(t, SocialContract.Basis(), "art. 108")
	assert.Contains(t, SocialEmploymentProgramme.Basis(), "zatrudnieniu socjalnym")
	assert.Equal(t, "art. 49 ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz. U. z 2023 r. poz. 901, z późn. zm.)", HomelessnessExitProgramme.Basis(),
		"the basis is printed on the document: no English and no research notes in it, the act by its consolidated text")
	assert.Equal(t, "art. 12 ust. 4 i art. 13 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym (Dz. U. z 2025 r. poz. 83)", SocialEmploymentProgramme.Basis())
	assert.Contains(t, SocialContract.Basis(), "o pomocy społecznej (Dz. U. z 2023 r. poz. 901, z późn. zm.)")
	assert.Contains(t, SocialContract.Basis(), "rozporządzenie Ministra Pracy i Polityki Społecznej z dnia 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego (Dz. U. Nr 218, poz. 1439)")
	assert.Equal(t, "", OtherProgramme.Basis())
	assert.True(t, SocialContract.HasTracks())
	assert.False(t, SocialEmploymentProgramme.HasTracks())
	assert.Equal(t, SocialContract, Kind(0), "the zero Kind is the social contract")
}

func TestUndefinedEnumValuesNeverPanic(t *testing.T) {
	tests := []struct {
		name  string
		str   string
		label string
		valid bool
		marsh func() ([]byte, error)
	}{
		{"an undefined Kind prints its number", Kind(9).String(), Kind(9).Label(language.Polish), Kind(9).IsValid(), Kind(9).MarshalText},
		{"an undefined Track prints its number", Track(9).String(), Track(9).Label(language.Polish), Track(9).IsValid(), Track(9).MarshalText},
		{"an undefined State prints its number", State(9).String(), State(9).Label(language.Polish), State(9).IsValid(), State(9).MarshalText},
		{"an undefined Reason prints its number", Reason(99).String(), Reason(99).Label(language.English), Reason(99).IsValid(), Reason(99).MarshalText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Regexp(t, `^[A-Z][a-z]+\(\d+\)$`, tt.str)
			assert.Equal(t, tt.str, tt.label)
			assert.False(t, tt.valid)
			_, err := tt.marsh()
			assert.Error(t, err)
		})
	}
	assert.Equal(t, "", Kind(9).Basis())
}

func TestTrack(t *testing.T) {
	tests := []struct {
		name, in string
		want     Track
	}{
		{"a lower-case letter names the track", "a", TrackA},
		{"an upper-case letter names the track too", "B", TrackB},
		{"none is the track of other kinds", "none", TrackNone},
		{"an empty text is no track", "", TrackNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseTrack(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	t.Run("an unknown track is an error saying what is wanted, not what was read", func(t *testing.T) {
		_, err := ParseTrack("C")
		var pe *integracja.ParseError
		require.ErrorAs(t, err, &pe)
		assert.Empty(t, pe.Input)
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.EqualError(t, err, "cannot parse contract track: invalid value: want none, a or b")
	})
	t.Run("each track has a label in both languages", func(t *testing.T) {
		assert.Contains(t, TrackA.Label(language.Polish), "trudnej sytuacji życiowej")
		assert.Contains(t, TrackB.Label(language.English), "self-reliance")
	})
	t.Run("each track names the parts of the template it follows", func(t *testing.T) {
		assert.Equal(t, "części I A i II A: rozwiązywanie trudnej sytuacji życiowej", TrackA.Label(language.Polish))
		assert.Contains(t, TrackB.Label(language.Polish), "części I B i II B: ")
		assert.Contains(t, TrackB.Label(language.English), "parts I B and II B: ")
	})
	t.Run("tracks marshal to their codes", func(t *testing.T) {
		b, err := json.Marshal([]Track{TrackNone, TrackA, TrackB})
		require.NoError(t, err)
		assert.JSONEq(t, `["none","a","b"]`, string(b))
		var back []Track
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, []Track{TrackNone, TrackA, TrackB}, back)
	})
}

func TestParseKindRejectsUnknownCodes(t *testing.T) {
	for _, s := range []string{"", "Social_Contract", "kontrakt", "social contract"} {
		t.Run("the text "+s+" is not a kind code", func(t *testing.T) {
			_, err := ParseKind(s)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
			var k Kind
			assert.Error(t, k.UnmarshalText([]byte(s)))
		})
	}
}
