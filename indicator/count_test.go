package indicator

import (
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestParseCountReadsTheNotationsOfPolishReports(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Count
	}{
		{"the Siewierz notation with letters glued to the numbers", "20 (12K i 8M)", Count{Women: 12, Men: 8}},
		{"letters apart from the numbers and a comma between the parts", "20 (12 K, 8 M)", Count{Women: 12, Men: 8}},
		{"one sex only in brackets", "5 (5 M)", Count{Men: 5}},
		{"free spacing inside the brackets", "3 ( 1 K i 2 M )", Count{Women: 1, Men: 2}},
		{"lower-case letters", "20 (12k i 8m)", Count{Women: 12, Men: 8}},
		{"no-break spaces", "20\u00a0(12\u00a0K i 8\u202fM)", Count{Women: 12, Men: 8}},
		{"full words in brackets after a noun", "20 osób (12 kobiet i 8 mężczyzn)", Count{Women: 12, Men: 8}},
		{"\"w tym\" with women: the rest are men", "142 osoby, w tym 93 kobiety", Count{Women: 93, Men: 49}},
		{"\"w tym\" in the genitive plural", "227 osób, w tym 131 kobiet", Count{Women: 131, Men: 96}},
		{"\"w tym\" without a comma", "33 osoby w tym 31 kobiet", Count{Women: 31, Men: 2}},
		{"\"w tym\" with men: the rest are women", "30 osób, w tym 10 mężczyzn", Count{Women: 20, Men: 10}},
		{"\"w tym\" with both sexes: the rest are unspecified", "30 osób, w tym 10 kobiet i 15 mężczyzn", Count{Women: 10, Men: 15, Unspecified: 5}},
		{"\"w tym\" followed by a colon", "45 osób, w tym: 27 kobiet", Count{Women: 27, Men: 18}},
		{"women only, many", "10 kobiet", Count{Women: 10}},
		{"one woman", "1 kobieta", Count{Women: 1}},
		{"men in the genitive", "3 mężczyzn", Count{Men: 3}},
		{"men without Polish letters", "3 mezczyzn", Count{Men: 3}},
		{"the English form", "20 (12 women, 8 men)", Count{Women: 12, Men: 8}},
		{"the English form with and", "20 (12 women and 8 men)", Count{Women: 12, Men: 8}},
		{"the English form with an Oxford comma", "3 (1 woman, 1 man, and 1 unspecified)", Count{Women: 1, Men: 1, Unspecified: 1}},
		{"the English \"of whom\"", "142 people, of whom 93 women", Count{Women: 93, Men: 49}},
		{"the English \"including\"", "10 people including 4 men", Count{Women: 6, Men: 4}},
		{"unspecified sex in Polish", "20 (12K, 6M i 2 b.d.)", Count{Women: 12, Men: 6, Unspecified: 2}},
		{"a bare total has no breakdown", "7", Count{Unspecified: 7}},
		{"a total of people has no breakdown", "7 osób", Count{Unspecified: 7}},
		{"zero", "0", Count{}},
		{"a full stop at the end of a sentence", "20 (12K i 8M).", Count{Women: 12, Men: 8}},
		{"surrounding spaces", "  10 kobiet  ", Count{Women: 10}},

		// Forms found in reports of OPS, KIS and projects, with their source.
		// https://rzasnia.pl/projekt-uwierz-w-siebie-informacja-o-rekrutacji/:
		// "wytypowali 12 osób do udziału w projekcie tj. 6 kobiet i 6 mężczyzn"
		{"a total and every part after \"tj.\"", "12 osób tj. 6 kobiet i 6 mężczyzn", Count{Women: 6, Men: 6}},
		{"\"to jest\" written out", "12 osób, to jest 6 kobiet i 6 mężczyzn", Count{Women: 6, Men: 6}},
		{"the parts alone, in words", "6 kobiet i 6 mężczyzn", Count{Women: 6, Men: 6}},
		// http://fundacja.ekspert-kujawy.pl/projekty/14047-opis-projektu-33-2/:
		// "120 osób zagrożonych ubóstwem lub wykluczeniem społecznym – 72K
		// tj. 60% i 48M tj. 40%" and "120 osób, w tym 72 kobiety i 48
		// mężczyzn"
		{"a total and every part after a dash", "120 osób – 72K i 48M", Count{Women: 72, Men: 48}},
		{"the parts alone, in letters", "72K i 48M", Count{Women: 72, Men: 48}},
		{"\"w tym\" naming both sexes, all of the total", "120 osób, w tym 72 kobiety i 48 mężczyzn", Count{Women: 72, Men: 48}},
		// https://leliwa.pl/tarnobrzeg__podsumowano_projekt_czas_na_aktywnosc_w_gminie_tarnobrzeg/:
		// "wsparciem objętych zostało 658 osób w tym 480 kobiet, 178 mężczyzn"
		{"\"w tym\" without a comma, both sexes listed", "658 osób w tym 480 kobiet, 178 mężczyzn", Count{Women: 480, Men: 178}},
		// https://gops.izabelin.pl/page/31/: "w projekcie bierze udział 14
		// uczestników"
		{"participants counted without a breakdown", "14 uczestników", Count{Unspecified: 14}},
		// https://fundacja.ekspert-kujawy.pl/podsumowanie-dzialalnosci-klubu-integracji-spolecznej-w-miesiacu-kwietniu-i-maju-2009/:
		// "dla 10 podopiecznych GOPS w Jeziorach Wielkich"
		{"clients of an OPS", "10 podopiecznych", Count{Unspecified: 10}},
		// https://arch.mops.com.pl/projekty-i-programy/integra-ii-3/podsumowanie-projektu/:
		// "Programem objętych zostało 140 mieszkańców Dąbrowy Górniczej"
		{"residents", "140 mieszkańców", Count{Unspecified: 140}},
		// https://mops.com.pl/bezrobocie/integra-program-integracji-zawodowej-i-spolecznej/podsumowanie-edycji-2012-2013:
		// "wśród uczestników i uczestniczek projektu"; the summary of the
		// 2011 edition of the same MOPS counts "9 uczestniczek projektu"
		{"female participants are women", "9 uczestniczek", Count{Women: 9}},
		{"female participants among participants", "20 uczestników, w tym 9 uczestniczek", Count{Women: 9, Men: 11}},
		// https://docplayer.pl/amp/112954048-Ocena-zasobow-pomocy-spolecznej-autorzy-ewa-baniel.html:
		// "MIESZKAŃCY (w osobach) Ogółem 1 9 173 …", "KOBIETY Ogółem 2 4 576"
		{"a number grouped by a space, four digits", "9 173", Count{Unspecified: 9173}},
		{"a grouped number of women", "4 576 kobiet", Count{Women: 4576}},
		{"a grouped number of five digits", "12 345 osób", Count{Unspecified: 12345}},
		{"groups separated by no-break spaces", "12\u00a0345 osób (7\u202f000 kobiet i 5\u00a0345 mężczyzn)", Count{Women: 7000, Men: 5345}},
		{"a million in three groups", "1 000 000", Count{Unspecified: 1000000}},
		{"a colon before every part", "20 osób: 12 kobiet i 8 mężczyzn", Count{Women: 12, Men: 8}},
		{"the English parts alone", "12 women and 8 men", Count{Women: 12, Men: 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCount(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseCountRejectsBadInput(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		cause   error
		details []string // substrings of the English detail
	}{
		{"a total that disagrees with its parts says both numbers", "20 (12K i 6M)", integracja.ErrInconsistent, []string{"20", "18"}},
		{"of whom more than the total says both numbers", "10 osób, w tym 12 kobiet", integracja.ErrInconsistent, []string{"12", "10"}},
		{"a negative total", "-5 (5M)", integracja.ErrOutOfRange, nil},
		{"a negative part", "5 (10K i -5M)", integracja.ErrOutOfRange, nil},
		{"a number too large for an int", "99999999999999999999 kobiet", integracja.ErrOutOfRange, []string{"99999999999999999999"}},
		{"parts whose sum overflows", "9 (92233720368547758K i 92233720368547758M)", integracja.ErrInconsistent, nil},
		{"the same sex twice", "20 (10K i 10K)", integracja.ErrDuplicate, []string{"the number of women is given twice"}},
		{"men twice", "20 (10 mężczyzn, 10 M)", integracja.ErrDuplicate, []string{"the number of men is given twice"}},
		{"empty text", "", integracja.ErrInvalid, []string{"no number"}},
		{"a word first", "kobiet 10", integracja.ErrInvalid, []string{"kobiet"}},
		{"an unknown letter", "20 (12X i 8M)", integracja.ErrInvalid, []string{"x"}},
		{"an unclosed bracket", "20 (12K i 8M", integracja.ErrInvalid, nil},
		{"a part without sex", "20 (12 i 8M)", integracja.ErrInvalid, nil},
		{"text after the bracket", "20 (12K i 8M) extra", integracja.ErrInvalid, []string{"extra"}},
		{"a decimal number", "2,5 kobiety", integracja.ErrInvalid, []string{`ambiguous number "2,5"`}},
		{"\"w tym\" naming only unspecified people", "10 osób, w tym 2 b.d.", integracja.ErrInvalid, nil},
		{"a stray symbol", "20 @ (12K i 8M)", integracja.ErrInvalid, []string{"'@'"}},
		{"a newline is not a negative number", "20\n-5", integracja.ErrInvalid, []string{`character '\n' not allowed`}},
		{"a hyphen between numbers is not a negative number", "12-8", integracja.ErrInvalid, []string{"unexpected character '-'"}},
		{"a bidirectional mark", "20 (12K i 8M)\u202e", integracja.ErrInvalid, []string{`'\u202e'`}},
		{"invalid UTF-8", "20 \xff", integracja.ErrInvalid, []string{"invalid UTF-8"}},

		// Ambiguous forms found in reports, refused with a message that says
		// why. https://leliwa.pl/tarnobrzeg__podsumowano_projekt_czas_na_aktywnosc_w_gminie_tarnobrzeg/:
		{"a part that is not a sex", "658 osób w tym 480 kobiet, 178 mężczyzn i 142 osoby niepełnosprawne",
			integracja.ErrInvalid, []string{`"142 osoby…" is not a breakdown by sex`}},
		// https://mops.com.pl/bezrobocie/integra-program-integracji-zawodowej-i-spolecznej/podsumowanie-edycji-2014-2015:
		// "Programem objętych było ponad 70 mieszkańców"
		{"an approximate number", "ponad 70 mieszkańców", integracja.ErrInvalid, []string{`approximate number ("ponad")`}},
		// https://dokumen.tips/documents/52-jak-wyla-dziecko-z-kpiel-52-jak-wyla-dziecko-z-kpiel-na-marginesie.html:
		// "skorzystały prawie 4 tys. bezrobotnych, a 1,8 tys. spośród nich"
		{"thousands, approximately", "prawie 4 tys.", integracja.ErrInvalid, []string{`approximate number ("prawie")`}},
		{"thousands", "4 tys. osób", integracja.ErrInvalid, []string{`in thousands ("tys")`}},
		{"thousands with a decimal comma", "1,8 tys.", integracja.ErrInvalid, []string{`ambiguous number "1,8"`}},
		{"an approximate part", "20 osób, w tym około 12 kobiet", integracja.ErrInvalid, []string{`approximate number ("około")`}},
		// http://fundacja.ekspert-kujawy.pl/projekty/14047-opis-projektu-33-2/:
		// "72K tj. 60% i 48M tj. 40%"
		{"a percentage", "72K tj. 60% i 48M tj. 40%", integracja.ErrInvalid, []string{"a percentage"}},
		// https://docplayer.pl/amp/112954048-Ocena-zasobow-pomocy-spolecznej-autorzy-ewa-baniel.html:
		// "Ogółem 1 9 173": the row number, then the figure
		{"two numbers side by side", "1 9 173", integracja.ErrInvalid, []string{`two numbers side by side ("1" and "9173")`}},
		{"a group of two digits", "12 34 osób", integracja.ErrInvalid, []string{"side by side"}},
		{"a first group of four digits", "1234 567", integracja.ErrInvalid, []string{"side by side"}},
		{"a group after a leading zero", "0 123", integracja.ErrInvalid, []string{"side by side"}},
		{"a dot between groups", "12.345 osób", integracja.ErrInvalid, []string{`ambiguous number "12.345"`}},
		{"a suppressed cell", "20 (<3K i #M)", integracja.ErrInvalid, []string{"suppressed cell"}},
		{"the parts alone, too many to add up", "9223372036854775807 kobiet i 1 mężczyzna", integracja.ErrOutOfRange, []string{"9223372036854775808"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCount(tt.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.cause)
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, integracja.Excerpt(tt.in, integracja.MaxQuoted), pe.Input, "the error names the input, or its beginning")
			if tt.in != "" {
				assert.Contains(t, err.Error(), strconv.Quote(pe.Input))
			}
			for _, d := range tt.details {
				assert.Contains(t, pe.Detail.EN, d)
			}
			assert.NotEmpty(t, integracja.Localize(err, language.Polish))
		})
	}
}

func TestParseCountBoundsItsInputAndWhatItQuotes(t *testing.T) {
	t.Run("a text longer than MaxCountLen is refused before it is read", func(t *testing.T) {
		in := "20 (12K i 8M)" + strings.Repeat(" ", MaxCountLen)
		_, err := ParseCount(in)
		require.ErrorIs(t, err, integracja.ErrOutOfRange)
		assert.Contains(t, integracja.Localize(err, language.Polish), "zapis dłuższy niż 256 bajtów")
		_, err = ParseCount(strings.Repeat("9", 1<<20))
		require.ErrorIs(t, err, integracja.ErrOutOfRange)
	})
	t.Run("errors quote at most integracja.MaxQuoted bytes, cut between characters", func(t *testing.T) {
		in := "20 (12 " + strings.Repeat("ż", 100) + ")"
		_, err := ParseCount(in)
		var pe *integracja.ParseError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, "20 (12 "+strings.Repeat("ż", 16)+"…", pe.Input)
		assert.LessOrEqual(t, len(pe.Input), integracja.MaxQuoted+len("…"))
		for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
			assert.Less(t, len(msg), 300, msg)
			assert.NotContains(t, msg, strings.Repeat("ż", 30))
		}
	})
	t.Run("line breaks, control characters and bidirectional marks are escaped, never written", func(t *testing.T) {
		for _, in := range []string{"20\nERROR fake log line", "20\r\n5", "\u202e02 (12K i 8M)", "20\u2028", "20\x1b[31m", "20\u200b"} {
			_, err := ParseCount(in)
			require.ErrorIs(t, err, integracja.ErrInvalid, "%q", in)
			assert.NotErrorIs(t, err, integracja.ErrOutOfRange, "%q", in)
			for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
				assert.NotContains(t, msg, "\n", "%q", in)
				assert.NotContains(t, msg, "\r", "%q", in)
				assert.NotContains(t, msg, "\u202e", "%q", in)
				assert.NotContains(t, msg, "\u2028", "%q", in)
				assert.NotContains(t, msg, "\x1b", "%q", in)
				assert.NotContains(t, msg, "\u200b", "%q", in)
			}
		}
	})
}

func TestParseCountNamesThePartGivenTwiceInPolish(t *testing.T) {
	for in, want := range map[string]string{
		"20 (10K i 10K)":          "liczbę kobiet podano dwa razy",
		"20 (10M i 10 mężczyzn)":  "liczbę mężczyzn podano dwa razy",
		"4 (2 b.d., 1K i 1 b.d.)": "liczbę osób o nieokreślonej płci podano dwa razy",
	} {
		_, err := ParseCount(in)
		assert.ErrorIs(t, err, integracja.ErrDuplicate, in)
		assert.Contains(t, integracja.Localize(err, language.Polish), want, in)
	}
}

func TestParseCountSaysBothNumbersInPolishToo(t *testing.T) {
	_, err := ParseCount("20 (12K i 6M)")
	require.Error(t, err)
	msg := integracja.Localize(err, language.Polish)
	assert.Contains(t, msg, "20")
	assert.Contains(t, msg, "18")
	assert.Contains(t, msg, "różni się")
}

func TestCountFormat(t *testing.T) {
	tests := []struct {
		name   string
		c      Count
		pl, en string
	}{
		{"women and men", Count{Women: 12, Men: 8}, "20 (12K i 8M)", "20 (12 women, 8 men)"},
		{"men only leaves women out", Count{Men: 5}, "5 (5M)", "5 (5 men)"},
		{"one woman is singular in English", Count{Women: 1}, "1 (1K)", "1 (1 woman)"},
		{"one man is singular in English", Count{Women: 2, Men: 1}, "3 (2K i 1M)", "3 (2 women, 1 man)"},
		{"unspecified sex prints as b.d.", Count{Women: 12, Men: 6, Unspecified: 2}, "20 (12K, 6M i 2 b.d.)", "20 (12 women, 6 men, 2 unspecified)"},
		{"unspecified only", Count{Unspecified: 7}, "7 (7 b.d.)", "7 (7 unspecified)"},
		{"no one prints as zero", Count{}, "0", "0"},
		{"digits are not grouped, so that English commas do not read as decimals", Count{Women: 12345, Men: 1000},
			"13345 (12345K i 1000M)", "13345 (12345 women, 1000 men)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.pl, tt.c.Format(language.Polish))
			assert.Equal(t, tt.pl, tt.c.String())
			assert.Equal(t, tt.en, tt.c.Format(language.English))
			assert.Equal(t, tt.en, tt.c.Format(language.MustParse("en-GB")))
			for _, s := range []string{tt.pl, tt.en} {
				back, err := ParseCount(s)
				require.NoError(t, err)
				assert.Equal(t, tt.c, back, "ParseCount(Format) gives the count back")
			}
		})
	}
}

func TestCountFormatPrintsAnOverflowingTotalExactly(t *testing.T) {
	c := Count{Women: math.MaxInt, Men: 1}
	assert.Equal(t, "9223372036854775808 (9223372036854775807K i 1M)", c.Format(language.Polish))
	_, err := ParseCount(c.Format(language.Polish))
	assert.ErrorIs(t, err, integracja.ErrOutOfRange)
}

func TestCountArithmetic(t *testing.T) {
	c := Count{Women: 12, Men: 8}
	d := Count{Men: 5}
	assert.Equal(t, 20, c.Total())
	assert.Equal(t, Count{Women: 12, Men: 13}, c.Add(d))
	assert.Equal(t, Count{Women: 12, Men: 3}, c.Sub(d))
	assert.Equal(t, Count{Women: -12, Men: -3}, d.Sub(c), "Sub does not stop at zero")
	assert.Equal(t, 12, c.Of(Female))
	assert.Equal(t, 8, c.Of(Male))
	assert.Equal(t, 0, c.Of(SexUnspecified))
	assert.Equal(t, Count{Women: 12, Men: 8, Unspecified: 2}, c.Plus(SexUnspecified, 2))
	assert.True(t, Count{}.IsZero())
	assert.False(t, c.IsZero())
	assert.Equal(t, Ratio{Num: 12, Den: 20}, c.WomenShare())
	assert.Equal(t, "60,00%", c.WomenShare().String())
	assert.False(t, Count{}.WomenShare().IsApplicable())
}

func TestCountArithmeticNeverWraps(t *testing.T) {
	big := Count{Women: math.MaxInt, Men: 1}
	t.Run("a total beyond an int stops at the largest int", func(t *testing.T) {
		assert.Equal(t, math.MaxInt, big.Total())
		assert.Equal(t, math.MaxInt, Count{Women: math.MaxInt, Men: math.MaxInt, Unspecified: math.MaxInt}.Total())
		assert.Equal(t, math.MinInt, Count{Women: math.MinInt, Men: -1}.Total())
		assert.Equal(t, "9223372036854775808 (9223372036854775807K i 1M)", big.String(), "the notation keeps the exact total")
		assert.False(t, big.WomenShare().Den < 0, "a share never gets a negative denominator")
	})
	t.Run("Add, Sub and Plus saturate field by field", func(t *testing.T) {
		assert.Equal(t, Count{Women: math.MaxInt, Men: 2}, big.Add(Count{Women: 1, Men: 1}))
		assert.Equal(t, Count{Men: math.MinInt}, Count{Men: math.MinInt}.Sub(Count{Men: 5}))
		assert.Equal(t, Count{Men: math.MaxInt}, Count{Men: 0}.Sub(Count{Men: math.MinInt}))
		assert.Equal(t, Count{Unspecified: math.MaxInt}, Count{Unspecified: math.MaxInt}.Plus(SexUnspecified, 1))
		assert.Equal(t, Count{Women: math.MaxInt}, Count{Women: math.MaxInt - 1}.Plus(Female, 7))
	})
	t.Run("AddChecked reports every field and the total that would not fit", func(t *testing.T) {
		sum, err := Count{Women: 2, Men: 3}.AddChecked(Count{Women: 4, Unspecified: 1})
		require.NoError(t, err)
		assert.Equal(t, Count{Women: 6, Men: 3, Unspecified: 1}, sum)

		_, err = Count{Women: math.MaxInt, Unspecified: math.MaxInt}.AddChecked(Count{Women: 1, Men: 1, Unspecified: 1})
		require.ErrorIs(t, err, integracja.ErrOutOfRange)
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 2)
		assert.Equal(t, "women", fes[0].Path.String())
		assert.Equal(t, "9223372036854775808", fes[0].Value, "the exact sum")
		assert.Equal(t, "unspecified", fes[1].Path.String())

		_, err = big.AddChecked(Count{Men: 1})
		require.ErrorIs(t, err, integracja.ErrOutOfRange)
		fes = integracja.FieldErrors(err)
		require.Len(t, fes, 1)
		assert.Equal(t, "total", fes[0].Path.String())
		assert.Equal(t, "9223372036854775809", fes[0].Value)
	})
}

func TestCountValidate(t *testing.T) {
	t.Run("a count with no negative field is valid", func(t *testing.T) {
		assert.NoError(t, Count{Women: 1, Men: 2, Unspecified: 3}.Validate())
	})
	t.Run("every negative field is reported with its path", func(t *testing.T) {
		err := Count{Women: -1, Men: 2, Unspecified: -3}.Validate()
		require.Error(t, err)
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 2)
		assert.Equal(t, "women", fes[0].Path.String())
		assert.Equal(t, "-1", fes[0].Value)
		assert.Equal(t, "unspecified", fes[1].Path.String())
		for _, fe := range fes {
			assert.ErrorIs(t, fe, integracja.ErrOutOfRange)
		}
		assert.Contains(t, integracja.Localize(err, language.Polish), "nie może być ujemna")
	})
	t.Run("a total too large for an int is reported", func(t *testing.T) {
		err := Count{Women: math.MaxInt, Men: math.MaxInt}.Validate()
		require.Error(t, err)
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1)
		assert.Equal(t, "total", fes[0].Path.String())
	})
}

func TestCountJSON(t *testing.T) {
	t.Run("women and men without unspecified", func(t *testing.T) {
		b, err := json.Marshal(Count{Women: 12, Men: 8})
		require.NoError(t, err)
		assert.JSONEq(t, `{"women":12,"men":8}`, string(b))
	})
	t.Run("unspecified appears when it is not zero", func(t *testing.T) {
		b, err := json.Marshal(Count{Women: 1, Unspecified: 2})
		require.NoError(t, err)
		assert.JSONEq(t, `{"women":1,"men":0,"unspecified":2}`, string(b))
	})
	t.Run("a round trip gives the count back", func(t *testing.T) {
		for _, c := range []Count{{}, {Women: 12, Men: 8}, {Men: 5, Unspecified: 1}} {
			b, err := json.Marshal(c)
			require.NoError(t, err)
			var back Count
			require.NoError(t, integracja.DecodeJSON(b, &back))
			assert.Equal(t, c, back)
		}
	})
	t.Run("an invalid count is not written, since it could not be read back", func(t *testing.T) {
		for _, c := range []Count{{Men: -3}, {Women: math.MaxInt, Men: 1}} {
			_, err := json.Marshal(c)
			assert.ErrorIs(t, err, integracja.ErrOutOfRange, "%#v", c)
		}
		_, err := json.Marshal(Indicator{Definition: def("K", "k", "", ""), Achieved: Count{Women: 5}.Sub(Count{Women: 6})})
		assert.ErrorIs(t, err, integracja.ErrOutOfRange, "a negative difference inside an indicator")
	})
	t.Run("null leaves the count unchanged", func(t *testing.T) {
		c := Count{Women: 3}
		require.NoError(t, json.Unmarshal([]byte("null"), &c))
		assert.Equal(t, Count{Women: 3}, c)
	})

	type wrapper struct {
		Rows []Count `json:"rows"`
	}
	bad := []struct {
		name, in, path string
		cause          error
	}{
		{"a negative count", `{"women":12,"men":-8}`, "men", integracja.ErrOutOfRange},
		{"an unknown field", `{"women":12,"men":8,"other":1}`, "other", integracja.ErrUnknown},
		{"a fraction", `{"women":1.5}`, "women", integracja.ErrInvalid},
		{"a string", `{"women":"12"}`, "women", integracja.ErrInvalid},
		{"a notation instead of an object", `"20 (12K i 8M)"`, "", integracja.ErrInvalid},
	}
	for _, tt := range bad {
		t.Run(tt.name+" is rejected with its path", func(t *testing.T) {
			var c Count
			err := integracja.DecodeJSON([]byte(tt.in), &c)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.cause)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes)
			assert.Equal(t, tt.path, fes[0].Path.String())
		})
		t.Run(tt.name+" inside a list gets the list's path", func(t *testing.T) {
			var w wrapper
			err := integracja.DecodeJSON([]byte(`{"rows":[{"women":1},`+tt.in+`]}`), &w)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.cause)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes)
			want := "rows[1]"
			if tt.path != "" {
				want += "." + tt.path
			}
			assert.Equal(t, want, fes[0].Path.String())
		})
	}
}

func TestCountText(t *testing.T) {
	b, err := Count{Women: 12, Men: 8}.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "20 (12K i 8M)", string(b))
	var c Count
	require.NoError(t, c.UnmarshalText([]byte("142 osoby, w tym 93 kobiety")))
	assert.Equal(t, Count{Women: 93, Men: 49}, c)
	assert.Error(t, c.UnmarshalText([]byte("20 (1K)")))
	assert.Equal(t, Count{Women: 93, Men: 49}, c, "a failed parse leaves the count unchanged")
	_, err = Count{Men: -1}.MarshalText()
	assert.True(t, errors.Is(err, integracja.ErrOutOfRange))
}

func TestCountFormatReadsBackForEveryCount(t *testing.T) {
	values := []int{0, 1, 2, 4, 5, 12, 21, 22, 25, 112, 1000, 12345, math.MaxInt / 3, math.MaxInt}
	for _, w := range values {
		for _, m := range values {
			for _, u := range values {
				c := Count{Women: w, Men: m, Unspecified: u}
				if _, ok := sum(w, m, u); !ok {
					continue
				}
				for _, tag := range []language.Tag{language.Polish, language.English} {
					s := c.Format(tag)
					back, err := ParseCount(s)
					require.NoError(t, err, s)
					require.Equal(t, c, back, s)
				}
			}
		}
	}
}
