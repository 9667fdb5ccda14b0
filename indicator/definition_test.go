package indicator

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/jsonx/jsontest"
)

func def(code, pl, en, parent string) Definition {
	return Definition{Code: code, Name: integracja.Text{PL: pl, EN: en}, Kind: Output, Unit: UnitPeople, Parent: parent}
}

func TestUnit(t *testing.T) {
	for _, u := range []Unit{UnitPeople, UnitHours, UnitContracts, UnitEntities} {
		back, err := ParseUnit(u.String())
		require.NoError(t, err)
		assert.Equal(t, u, back)
		b, err := u.MarshalText()
		require.NoError(t, err)
		var v Unit
		require.NoError(t, v.UnmarshalText(b))
		assert.Equal(t, u, v)
	}
	assert.Equal(t, "Unit(9)", Unit(9).String())
	assert.False(t, Unit(9).IsValid())
	_, err := Unit(9).MarshalText()
	assert.Error(t, err)
	_, err = ParseUnit("osoby")
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	assert.Equal(t, "5 godzin", UnitHours.Quantity(language.Polish, 5))
	assert.Equal(t, "2 podmioty", UnitEntities.Quantity(language.Polish, 2))
	assert.Equal(t, "1 contract", UnitContracts.Quantity(language.English, 1))
	assert.Equal(t, "7", Unit(9).Quantity(language.Polish, 7))
	assert.Equal(t, "osoby", UnitPeople.Label(language.Polish))
	assert.Equal(t, "hours", UnitHours.Label(language.English))
}

func TestDefinitionValidate(t *testing.T) {
	t.Run("a definition with a code and a Polish name is valid", func(t *testing.T) {
		assert.NoError(t, def("K01", "uczestnicy", "", "").Validate())
	})
	t.Run("the zero definition reports the code and the name", func(t *testing.T) {
		fes := integracja.FieldErrors(Definition{}.Validate())
		require.Len(t, fes, 2)
		assert.Equal(t, "code", fes[0].Path.String())
		assert.ErrorIs(t, fes[0], integracja.ErrRequired)
		assert.Equal(t, "name.pl", fes[1].Path.String())
	})
	t.Run("every problem is reported at once", func(t *testing.T) {
		d := Definition{Code: "K 01", Name: integracja.Text{EN: "x"}, Kind: Kind(7), Unit: Unit(9), Parent: "K\t2"}
		fes := integracja.FieldErrors(d.Validate())
		var paths []string
		for _, fe := range fes {
			paths = append(paths, fe.Path.String())
		}
		assert.Equal(t, []string{"code", "name.pl", "kind", "unit", "parent"}, paths)
	})
	t.Run("a code too long is cut in the error", func(t *testing.T) {
		err := def(strings.Repeat("x", 100), "a", "", "").Validate()
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1)
		assert.Len(t, fes[0].Value, MaxCodeLen+len("…"))
	})
	t.Run("a long code of Polish letters is cut between characters and measured in bytes", func(t *testing.T) {
		err := def("x"+strings.Repeat("ą", 40), "a", "", "").Validate()
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1)
		assert.True(t, utf8.ValidString(fes[0].Value), "%q", fes[0].Value)
		assert.Equal(t, "x"+strings.Repeat("ą", 31)+"…", fes[0].Value)
		assert.Contains(t, fes[0].Message(language.Polish), "kod dłuższy niż 64 bajty")
	})
	t.Run("an indicator cannot be its own parent", func(t *testing.T) {
		err := def("K01", "a", "", "K01").Validate()
		assert.ErrorIs(t, err, integracja.ErrInconsistent)
	})
}

func TestIndicatorLine(t *testing.T) {
	contracts := def("K01", "liczba osób objętych kontraktami socjalnymi", "people with social contracts", "")
	tests := []struct {
		name   string
		in     Indicator
		pl, en string
	}{
		{"no target", Indicator{Definition: contracts, Achieved: Count{Women: 12, Men: 8}},
			"liczba osób objętych kontraktami socjalnymi: 20 (12K i 8M)",
			"people with social contracts: 20 (12 women, 8 men)"},
		{"a target as a total only", Indicator{Definition: contracts, Achieved: Count{Women: 12, Men: 8}, Target: Count{Unspecified: 20}},
			"liczba osób objętych kontraktami socjalnymi: 20 (12K i 8M), cel 20 — 100,00%",
			"people with social contracts: 20 (12 women, 8 men), target 20 — 100.00%"},
		{"a target by sex", Indicator{Definition: contracts, Achieved: Count{Women: 12, Men: 8}, Target: Count{Women: 10, Men: 10}},
			"liczba osób objętych kontraktami socjalnymi: 20 (12K i 8M), cel 20 (10K i 10M) — 100,00% (K 120,00%, M 80,00%)",
			"people with social contracts: 20 (12 women, 8 men), target 20 (10 women, 10 men) — 100.00% (women 120.00%, men 80.00%)"},
		{"a target for men only", Indicator{Definition: contracts, Achieved: Count{Men: 4}, Target: Count{Men: 5}},
			"liczba osób objętych kontraktami socjalnymi: 4 (4M), cel 5 (5M) — 80,00% (M 80,00%)",
			"people with social contracts: 4 (4 men), target 5 (5 men) — 80.00% (men 80.00%)"},
		{"hours name their unit", Indicator{Definition: Definition{Code: "H", Name: integracja.Text{PL: "godziny wsparcia", EN: "hours of support"}, Unit: UnitHours},
			Achieved: Count{Women: 80, Men: 40}, Target: Count{Unspecified: 100}},
			"godziny wsparcia: 120 godzin (80K i 40M), cel 100 godzin — 120,00%",
			"hours of support: 120 hours (80 women, 40 men), target 100 hours — 120.00%"},
		{"no one achieved", Indicator{Definition: contracts, Target: Count{Unspecified: 3}},
			"liczba osób objętych kontraktami socjalnymi: 0, cel 3 — 0,00%",
			"people with social contracts: 0, target 3 — 0.00%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.pl, tt.in.Line(language.Polish))
			assert.Equal(t, tt.en, tt.in.Line(language.English))
		})
	}
}

func TestIndicatorAchievement(t *testing.T) {
	in := Indicator{Definition: def("K", "k", "", ""), Achieved: Count{Women: 12, Men: 8}, Target: Count{Unspecified: 25}}
	a := in.Achievement()
	assert.Equal(t, Ratio{20, 25}, a.Total)
	assert.False(t, a.Women.IsApplicable(), "a target as a total only has no share by sex")
	assert.False(t, Indicator{}.Achievement().Total.IsApplicable())
	assert.False(t, Indicator{}.HasTarget())
}

func siewierz() []Indicator {
	return []Indicator{
		{Definition: def("K01", "liczba klientów objętych kontraktami socjalnymi", "clients with social contracts", ""), Achieved: Count{Women: 12, Men: 8}},
		{Definition: def("K02", "liczba klientów, którzy zakończyli udział w projekcie", "clients who completed the project", "K01"), Achieved: Count{Women: 12, Men: 8}},
		{Definition: def("K03", "liczba osób, które uzyskują nowe kwalifikacje zawodowe", "people gaining new vocational qualifications", "K02"), Achieved: Count{Men: 5}},
	}
}

func TestSetValidate(t *testing.T) {
	t.Run("a consistent set is valid", func(t *testing.T) {
		s, err := NewSet(siewierz()...)
		require.NoError(t, err)
		assert.Len(t, s, 3)
	})
	t.Run("NewSet copies its input", func(t *testing.T) {
		ins := siewierz()
		s, err := NewSet(ins...)
		require.NoError(t, err)
		ins[0].Code = "changed"
		assert.Equal(t, "K01", s[0].Code)
	})
	t.Run("a duplicate code is reported at the later indicator", func(t *testing.T) {
		ins := siewierz()
		ins[2].Code = "K01"
		ins[2].Parent = ""
		_, err := NewSet(ins...)
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1)
		assert.Equal(t, "[2].code", fes[0].Path.String())
		assert.ErrorIs(t, fes[0], integracja.ErrDuplicate)
		assert.Contains(t, fes[0].Error(), "[0]")
	})
	t.Run("an unknown parent is reported", func(t *testing.T) {
		ins := siewierz()
		ins[2].Parent = "K09"
		err := Set(ins).Validate()
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1)
		assert.Equal(t, "[2].parent", fes[0].Path.String())
		assert.ErrorIs(t, err, integracja.ErrUnknown)
	})
	t.Run("a part greater than its parent says both numbers, per sex", func(t *testing.T) {
		ins := siewierz()
		ins[1].Achieved = Count{Women: 13, Men: 8}
		err := Set(ins).Validate()
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 2)
		assert.Equal(t, "[1].achieved.women", fes[0].Path.String())
		assert.ErrorIs(t, fes[0], integracja.ErrInconsistent)
		assert.Equal(t, "13", fes[0].Value)
		pl := fes[0].Message(language.Polish)
		assert.Contains(t, pl, "w tym 13 kobiet, a we wskaźniku nadrzędnym K01 tylko 12")
		assert.Contains(t, fes[0].Message(language.English), "of whom 13 women, but the parent indicator K01 has only 12")
		assert.Equal(t, "[1].achieved.total", fes[1].Path.String())
	})
	t.Run("a part's men cannot exceed the parent's men even if the total is fine", func(t *testing.T) {
		ins := siewierz()
		ins[2].Achieved = Count{Men: 9}
		fes := integracja.FieldErrors(Set(ins).Validate())
		require.Len(t, fes, 1)
		assert.Equal(t, "[2].achieved.men", fes[0].Path.String())
	})
	t.Run("unspecified people in the parent may be of either sex", func(t *testing.T) {
		ins := siewierz()
		ins[0].Achieved = Count{Women: 10, Men: 6, Unspecified: 4}
		ins[1].Achieved = Count{Women: 12, Men: 7}
		assert.NoError(t, Set(ins).Validate())
	})
	t.Run("targets are compared when both are set", func(t *testing.T) {
		ins := siewierz()
		ins[0].Target = Count{Unspecified: 20}
		ins[1].Target = Count{Unspecified: 21}
		fes := integracja.FieldErrors(Set(ins).Validate())
		require.Len(t, fes, 1)
		assert.Equal(t, "[1].target.total", fes[0].Path.String())
		assert.Contains(t, fes[0].Error(), "of whom 21 people, but the parent indicator K01 has only 20")
	})
	t.Run("a parent in another unit is inconsistent", func(t *testing.T) {
		ins := siewierz()
		ins[2].Unit = UnitHours
		fes := integracja.FieldErrors(Set(ins).Validate())
		require.Len(t, fes, 1)
		assert.Equal(t, "[2].unit", fes[0].Path.String())
	})
	t.Run("a cycle of parents is inconsistent", func(t *testing.T) {
		ins := siewierz()
		ins[0].Parent = "K03"
		fes := integracja.FieldErrors(Set(ins).Validate())
		require.Len(t, fes, 3)
		for _, fe := range fes {
			assert.ErrorIs(t, fe, integracja.ErrInconsistent)
			assert.True(t, strings.HasSuffix(fe.Path.String(), ".parent"))
		}
	})
	t.Run("negative counts are reported with their paths", func(t *testing.T) {
		ins := siewierz()
		ins[1].Achieved = Count{Women: -1}
		fes := integracja.FieldErrors(Set(ins).Validate())
		require.NotEmpty(t, fes)
		assert.Equal(t, "[1].achieved.women", fes[0].Path.String())
		assert.ErrorIs(t, fes[0], integracja.ErrOutOfRange)
	})
	t.Run("every problem is reported at once", func(t *testing.T) {
		ins := siewierz()
		ins[0].Name = integracja.Text{}
		ins[1].Parent = "X"
		ins[2].Achieved = Count{Men: 9}
		fes := integracja.FieldErrors(Set(ins).Validate())
		require.Len(t, fes, 3)
	})
}

func TestSetLines(t *testing.T) {
	s := Set(siewierz())
	assert.Equal(t, []string{
		"liczba klientów objętych kontraktami socjalnymi: 20 (12K i 8M)",
		"  w tym liczba klientów, którzy zakończyli udział w projekcie: 20 (12K i 8M)",
		"    w tym liczba osób, które uzyskują nowe kwalifikacje zawodowe: 5 (5M)",
	}, s.Lines(language.Polish))
	assert.Equal(t, "clients with social contracts: 20 (12 women, 8 men)\n"+
		"  of whom clients who completed the project: 20 (12 women, 8 men)\n"+
		"    of whom people gaining new vocational qualifications: 5 (5 men)", s.Format(language.English))

	lookup, ok := s.Lookup("K03")
	require.True(t, ok)
	assert.Equal(t, Count{Men: 5}, lookup.Achieved)
	_, ok = s.Lookup("K09")
	assert.False(t, ok)

	t.Run("broken sets still print every indicator once", func(t *testing.T) {
		ins := siewierz()
		ins[0].Parent = "K03" // a cycle
		ins = append(ins, Indicator{Definition: def("K04", "sierota", "", "K99")})
		lines := Set(ins).Lines(language.Polish)
		assert.Len(t, lines, 4)
	})
}

func TestSetLinesIndentsAtMostMaxIndentLevels(t *testing.T) {
	const n = 2000
	s := benchSet(n, true)
	lines := s.Lines(language.Polish)
	require.Len(t, lines, n)
	assert.Equal(t, "wskaźnik: 3 (2K i 1M)", lines[0])
	assert.Equal(t, "  w tym wskaźnik: 3 (2K i 1M)", lines[1])
	deepest := strings.Repeat("  ", MaxIndent) + "w tym wskaźnik: 3 (2K i 1M)"
	assert.Equal(t, deepest, lines[MaxIndent])
	assert.Equal(t, deepest, lines[MaxIndent+1], "a part below the deepest level is indented as that level")
	assert.Equal(t, deepest, lines[n-1], "so the lines of a long chain do not grow with it")
	require.NoError(t, s.Validate())
}

// cyclicByWalking is the definition of a cycle that Set.Validate reports,
// computed the slow way for a set without duplicate codes: following
// parents from s[i], len(s) steps either come back to s[i] or go round a
// cycle s[i] leads into.
func cyclicByWalking(s Set, i int) bool {
	index := map[string]int{}
	for j, in := range s {
		index[in.Code] = j
	}
	j := i
	for range len(s) + 1 {
		next, ok := index[s[j].Parent]
		if !ok || s[j].Parent == "" {
			return false
		}
		j = next
	}
	return true
}

func TestSetValidateFindsEveryChainThatRunsIntoACycle(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 13))
	for range 2000 {
		n := 1 + r.IntN(8)
		s := make(Set, n)
		for i := range s {
			s[i] = Indicator{Definition: def("K"+strconv.Itoa(i), "k", "", "")}
			switch x := r.IntN(n + 2); {
			case x < n:
				s[i].Parent = "K" + strconv.Itoa(x) // possibly itself
			case x == n:
				s[i].Parent = "X" // unknown
			}
		}
		var want []string
		for i, in := range s {
			if in.Parent != "" && in.Parent != in.Code && cyclicByWalking(s, i) {
				want = append(want, "["+strconv.Itoa(i)+"].parent")
			}
		}
		var got []string
		for _, fe := range integracja.FieldErrors(s.Validate()) {
			if errors.Is(fe, integracja.ErrInconsistent) && fe.Detail.EN == "the parents form a cycle" {
				got = append(got, fe.Path.String())
			}
		}
		require.Equal(t, want, got, "%+v", s)
	}
}

func TestIndicatorJSON(t *testing.T) {
	in := Indicator{Definition: Definition{Code: "K01", Name: integracja.Text{PL: "kontrakty", EN: "contracts"}, Kind: Result, Unit: UnitPeople, Parent: "K00"},
		Target: Count{Unspecified: 20}, Achieved: Count{Women: 12, Men: 8}}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"K01","name":{"pl":"kontrakty","en":"contracts"},"kind":"result","unit":"people","parent":"K00",
		"target":{"women":0,"men":0,"unspecified":20},"achieved":{"women":12,"men":8}}`, string(b))
	var back Indicator
	require.NoError(t, integracja.DecodeJSON(b, &back))
	assert.Equal(t, in, back)

	var s Set
	err = integracja.DecodeJSON([]byte(`[{"code":"A","name":{"pl":"a"},"kind":"output","unit":"people","achieved":{"women":1,"men":-2}}]`), &s)
	require.Error(t, err)
	fes := integracja.FieldErrors(err)
	require.NotEmpty(t, fes)
	assert.Equal(t, "[0].achieved.men", fes[0].Path.String())

	err = integracja.DecodeJSON([]byte(`[{"code":"A","name":{"pl":"a"},"kind":"outcome"}]`), &s)
	require.Error(t, err)
	fes = integracja.FieldErrors(err)
	require.NotEmpty(t, fes)
	assert.Equal(t, "[0].kind", fes[0].Path.String())
}

func TestDecodeSet(t *testing.T) {
	t.Run("a set round-trips through JSON", func(t *testing.T) {
		in := Set(siewierz())
		in[0].Target = Count{Unspecified: 20}
		data, err := json.Marshal(in)
		require.NoError(t, err)
		back, err := DecodeSet(data)
		require.NoError(t, err)
		assert.Equal(t, in, back)
	})
	tests := []struct {
		name, in, path string
		cause          error
	}{
		{"an unknown field", `[{"code":"A","name":{"pl":"a"},"kind":"output","unit":"people","total":1}]`, "[0].total", integracja.ErrUnknown},
		{"an unknown unit", `[{"code":"A","name":{"pl":"a"},"kind":"output","unit":"euro"}]`, "[0].unit", integracja.ErrInvalid},
		{"a negative count", `[{"code":"A","name":{"pl":"a"},"kind":"output","unit":"people","achieved":{"women":1,"men":-2}}]`,
			"[0].achieved.men", integracja.ErrOutOfRange},
		{"a part above its parent", `[{"code":"A","name":{"pl":"a"},"kind":"output","unit":"people","achieved":{"women":1,"men":2}},` +
			`{"code":"B","name":{"pl":"b"},"kind":"result","unit":"people","parent":"A","achieved":{"women":2,"men":0}}]`,
			"[1].achieved.women", integracja.ErrInconsistent},
		{"a duplicate code", `[{"code":"A","name":{"pl":"a"}},{"code":"A","name":{"pl":"b"}}]`, "[1].code", integracja.ErrDuplicate},
	}
	for _, tc := range tests {
		t.Run(tc.name+" is rejected with its path", func(t *testing.T) {
			s, err := DecodeSet([]byte(tc.in))
			require.ErrorIs(t, err, tc.cause)
			assert.Nil(t, s)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes)
			assert.Equal(t, tc.path, fes[0].Path.String())
		})
	}
}

// FuzzDecodeSet checks that decoding indicators never panics, that every
// error has a path, and that what decodes encodes and decodes back to an
// equal set.
func FuzzDecodeSet(f *testing.F) {
	data, err := json.Marshal(Set(siewierz()))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	f.Add(`[]`)
	f.Add(`[{"code":"A","name":{"pl":"a"},"kind":"result","unit":"hours","target":{"unspecified":5},"achieved":{"women":1}}]`)
	f.Add(`[{"code":"A","name":{"pl":"a"},"parent":"A"}]`)
	f.Fuzz(func(t *testing.T, in string) {
		s, err := DecodeSet([]byte(in))
		if err != nil {
			if len(integracja.FieldErrors(err)) == 0 {
				t.Fatalf("error without a field error: %v", err)
			}
			return
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("a decoded set does not encode: %v", err)
		}
		back, err := DecodeSet(out)
		if err != nil {
			t.Fatalf("%s does not decode back: %v", out, err)
		}
		if !reflect.DeepEqual(s, back) {
			t.Fatalf("round trip changed the set: %+v, then %+v", s, back)
		}
		_ = s.Format(language.Polish) + s.Format(language.English)
	})
}

// TestJSONUnmarshalIsAsStrictAsDecode gives json.Unmarshal, into each type
// of the package that decodes itself, a field given twice and an unknown
// field, and checks the path and cause; where the type has a Decode…
// function, that function must say the same.
func TestJSONUnmarshalIsAsStrictAsDecode(t *testing.T) {
	decodeSet := func(b []byte) error { _, err := DecodeSet(b); return err }
	decodeProfile := func(b []byte) error { _, err := DecodeProfile(b); return err }
	decodeTally := func(b []byte) error { _, err := DecodeTally(b); return err }
	tests := []jsontest.Case{
		{Name: "a set with a field given twice", Target: func() any { return new(Set) }, Decode: decodeSet,
			Input: `[{"code":"A","code":"B"}]`, Path: "[0].code", Cause: integracja.ErrDuplicate},
		{Name: "a set with an unknown field", Target: func() any { return new(Set) }, Decode: decodeSet,
			Input: `[{"code":"A"},{"code":"B","colour":1}]`, Path: "[1].colour", Cause: integracja.ErrUnknown},
		{Name: "a profile with a field given twice", Target: func() any { return new(Profile) }, Decode: decodeProfile,
			Input: `{"sex":"female","sex":"male"}`, Path: "sex", Cause: integracja.ErrDuplicate},
		{Name: "a profile with an unknown field", Target: func() any { return new(Profile) }, Decode: decodeProfile,
			Input: `{"sex":"female","pesel":"x"}`, Path: "pesel", Cause: integracja.ErrUnknown},
		// encoding/json decodes the list itself and does not say which
		// element failed; DecodeProfiles does ("[1].sex").
		{Name: "a list of profiles with a field given twice", Target: func() any { return new([]Profile) },
			Input: `[{},{"sex":"female","sex":"male"}]`, Path: "sex", Cause: integracja.ErrDuplicate},
		{Name: "a tally with a field given twice", Target: func() any { return new(Tally) }, Decode: decodeTally,
			Input: `{"cells":[],"cells":[]}`, Path: "cells", Cause: integracja.ErrDuplicate},
		{Name: "a tally with an unknown field in a cell", Target: func() any { return new(Tally) }, Decode: decodeTally,
			Input: `{"cells":[{"band":0,"colour":1}]}`, Path: "cells[0].colour", Cause: integracja.ErrUnknown},
		{Name: "a count with a field given twice", Target: func() any { return new(Count) },
			Input: `{"women":1,"women":2}`, Path: "women", Cause: integracja.ErrDuplicate},
		{Name: "a count with an unknown field", Target: func() any { return new(Count) },
			Input: `{"women":1,"girls":2}`, Path: "girls", Cause: integracja.ErrUnknown},
		{Name: "age bands with a field given twice", Target: func() any { return new(AgeBands) },
			Input: `{"code":"a","code":"b"}`, Path: "code", Cause: integracja.ErrDuplicate},
		{Name: "age bands with an unknown field", Target: func() any { return new(AgeBands) },
			Input: `{"code":"a","colour":1}`, Path: "colour", Cause: integracja.ErrUnknown},
	}
	jsontest.Strict(t, tests, integracja.FieldErrors, func(fe *integracja.FieldError) string { return fe.Path.String() })
	t.Run("DecodeProfiles names the element", func(t *testing.T) {
		_, err := DecodeProfiles([]byte(`[{},{"sex":"female","sex":"male"}]`))
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1, "%v", err)
		assert.Equal(t, "[1].sex", fes[0].Path.String())
	})
}
