package indicator

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestSuppression(t *testing.T) {
	byComplement := Suppression{}
	byTotal := Suppression{Protection: ProtectByTotal}
	tests := []struct {
		name   string
		s      Suppression
		c      Count
		pl, en string
	}{
		{"large cells are shown as they are", byComplement, Count{Women: 12, Men: 8}, "20 (12K i 8M)", "20 (12 women, 8 men)"},
		{"empty cells are not small", byComplement, Count{Men: 5}, "5 (5M)", "5 (5 men)"},
		{"no one is zero", byComplement, Count{}, "0", "0"},
		{"a small total hides the breakdown", byComplement, Count{Women: 1, Men: 1}, "<3", "<3"},
		{"a small total of one sex hides it too", byComplement, Count{Women: 2}, "<3", "<3"},
		{"few women beside a total: the men are hidden too", byComplement, Count{Women: 2, Men: 18}, "20 (<3K i #M)", "20 (<3 women, # men)"},
		{"few men beside a total: the women are hidden too", byComplement, Count{Women: 18, Men: 1}, "19 (#K i <3M)", "19 (# women, <3 men)"},
		{"few women beside a total: the total is withheld", byTotal, Count{Women: 2, Men: 18}, "# (<3K i 18M)", "# (<3 women, 18 men)"},
		{"few men beside a total: the total is withheld", byTotal, Count{Women: 18, Men: 1}, "# (18K i <3M)", "# (18 women, <3 men)"},
		{"the smallest part shown is the complement", byComplement, Count{Women: 2, Men: 5, Unspecified: 10}, "17 (<3K, #M i 10 b.d.)", "17 (<3 women, # men, 10 unspecified)"},
		{"two small parts that add up to their maximum are protected", byComplement, Count{Women: 2, Men: 2}, "# (<3K i <3M)", "# (<3 women, <3 men)"},
		{"two small parts that add up to their minimum are protected", byComplement, Count{Women: 1, Men: 1, Unspecified: 10}, "12 (<3K, <3M i # b.d.)", "12 (<3 women, <3 men, # unspecified)"},
		{"two small parts that leave doubt need no more", byTotal, Count{Women: 1, Men: 2, Unspecified: 10}, "13 (<3K, <3M i 10 b.d.)", "13 (<3 women, <3 men, 10 unspecified)"},
		{"a higher threshold", Suppression{Threshold: 5}, Count{Women: 4, Men: 12}, "16 (<5K i #M)", "16 (<5 women, # men)"},
		{"a threshold of one hides nothing", Suppression{Threshold: 1}, Count{Women: 1, Men: 1}, "2 (1K i 1M)", "2 (1 woman, 1 man)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pc, err := tt.s.Apply(tt.c)
			require.NoError(t, err)
			assert.Equal(t, tt.pl, pc.Format(language.Polish))
			assert.Equal(t, tt.pl, pc.String())
			assert.Equal(t, tt.en, pc.Format(language.English))
			got, err := tt.s.Format(tt.c, language.English)
			require.NoError(t, err)
			assert.Equal(t, tt.en, got)
			for _, cell := range []Cell{pc.Women, pc.Men, pc.Unspecified, pc.Total} {
				if cell.Mark != Shown {
					assert.Zero(t, cell.Value, "a hidden number is not kept")
				}
			}
			assert.False(t, reveals(pc, tt.c), "no hidden cell can be worked out")
		})
	}
}

// reveals brute-forces every count the public one could stand for and
// reports whether a hidden cell has the same value in all of them.
func reveals(pc PublicCount, c Count) bool {
	if pc.Total.Mark == Small {
		return false
	}
	fits := func(cell Cell, n int) bool {
		switch cell.Mark {
		case Shown:
			return n == cell.Value
		case Small:
			return n >= 1 && n < pc.Threshold
		}
		return n >= pc.Threshold
	}
	limit := c.Total() + 5
	seen := [3]map[int]bool{{}, {}, {}}
	for w := 0; w <= limit; w++ {
		for m := 0; m <= limit; m++ {
			for u := 0; u <= limit; u++ {
				if !fits(pc.Women, w) || !fits(pc.Men, m) || !fits(pc.Unspecified, u) {
					continue
				}
				if pc.Total.Mark == Shown && w+m+u != pc.Total.Value {
					continue
				}
				seen[0][w], seen[1][m], seen[2][u] = true, true, true
			}
		}
	}
	for i, cell := range []Cell{pc.Women, pc.Men, pc.Unspecified} {
		if cell.Mark != Shown && len(seen[i]) == 1 {
			return true
		}
	}
	return false
}

func TestSuppressionNeverRevealsAHiddenCell(t *testing.T) {
	for _, s := range []Suppression{{}, {Protection: ProtectByTotal}, {Threshold: 4}, {Threshold: 5, Protection: ProtectByTotal}} {
		for w := 0; w <= 8; w++ {
			for m := 0; m <= 8; m++ {
				for u := 0; u <= 4; u++ {
					c := Count{Women: w, Men: m, Unspecified: u}
					pc, err := s.Apply(c)
					require.NoError(t, err)
					assert.False(t, reveals(pc, c), "%v under %+v gives %s", c, s, pc)
				}
			}
		}
	}
}

func TestSuppressionRejectsBadInput(t *testing.T) {
	_, err := Suppression{Threshold: -1, Protection: Protection(5)}.Apply(Count{Women: -2})
	fes := integracja.FieldErrors(err)
	require.Len(t, fes, 3)
	assert.Equal(t, "threshold", fes[0].Path.String())
	assert.Equal(t, "protection", fes[1].Path.String())
	assert.Equal(t, "count.women", fes[2].Path.String())
	_, err = Suppression{}.Format(Count{Men: -1}, language.Polish)
	assert.ErrorIs(t, err, integracja.ErrOutOfRange)
}

func TestSuppressionRejectsAThresholdOfTwo(t *testing.T) {
	// "<2" can only be 1: the hidden cell would be published after all.
	_, err := Suppression{Threshold: 2, Protection: ProtectByTotal}.Apply(Count{Women: 14, Men: 10, Unspecified: 1})
	require.ErrorIs(t, err, integracja.ErrOutOfRange)
	fes := integracja.FieldErrors(err)
	require.Len(t, fes, 1)
	assert.Equal(t, "threshold", fes[0].Path.String())
	assert.Contains(t, fes[0].Message(language.Polish), "co najmniej 3")
	for _, k := range []int{0, 1, 3, 4} {
		assert.NoError(t, Suppression{Threshold: k}.Validate(), "threshold %d", k)
	}
}

func TestSuppressionEnums(t *testing.T) {
	for _, p := range []Protection{ProtectByComplement, ProtectByTotal} {
		b, err := p.MarshalText()
		require.NoError(t, err)
		var back Protection
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, p, back)
	}
	assert.Equal(t, "Protection(9)", Protection(9).String())
	_, err := Protection(9).MarshalText()
	assert.Error(t, err)
	var p Protection
	assert.ErrorIs(t, p.UnmarshalText([]byte("x")), integracja.ErrInvalid)

	for _, m := range []Mark{Shown, Small, Withheld} {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back Mark
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
	}
	assert.Equal(t, "Mark(9)", Mark(9).String())
	_, err = Mark(9).MarshalText()
	assert.Error(t, err)
	var m Mark
	assert.ErrorIs(t, m.UnmarshalText([]byte("x")), integracja.ErrInvalid)
}

func TestPublicCountJSON(t *testing.T) {
	pc, err := Suppression{}.Apply(Count{Women: 2, Men: 18})
	require.NoError(t, err)
	b, err := json.Marshal(pc)
	require.NoError(t, err)
	assert.JSONEq(t, `{"women":{"value":0,"mark":"small"},"men":{"value":0,"mark":"withheld"},
		"unspecified":{"value":0,"mark":"shown"},"total":{"value":20,"mark":"shown"},"threshold":3}`, string(b))
}
