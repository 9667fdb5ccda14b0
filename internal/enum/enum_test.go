package enum_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/enum"
)

// colour is an enum as the domain packages declare them.
type colour uint8

const (
	red colour = iota
	green
	blue
)

var colours = enum.MustNew(enum.Spec[colour]{
	Package: "paint", Type: "colour", Kind: "colour",
	Codes: []string{"red", "green", "blue"},
	Labels: []integracja.Text{
		{PL: "czerwony", EN: "red"},
		{PL: "zielony", EN: "green"},
		{PL: "niebieski", EN: "blue"},
	},
})

// role is a folding enum with an empty code and aliases, like the enums of
// package contract.
type role uint8

var roles = enum.MustNew(enum.Spec[role]{
	Package: "paint", Type: "role", Kind: "role",
	Codes:   []string{"", "painter", "client"},
	Fold:    true,
	Aliases: map[string]role{"malarz": 1, "klient": 2},
})

func TestString(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"a defined value prints as its code", colours.String(green), "green"},
		{"the zero value prints as the first code", colours.String(0), "red"},
		{"a value just past the last prints with its type", colours.String(3), "colour(3)"},
		{"the largest value prints with its type", colours.String(255), "colour(255)"},
		{"an empty code prints as an empty text", roles.String(0), ""},
		{"the zero Enum prints a value without a type name", enum.Enum[colour]{}.String(7), "(7)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got) })
	}
}

func TestValid(t *testing.T) {
	assert.True(t, colours.Valid(red))
	assert.True(t, colours.Valid(blue))
	assert.False(t, colours.Valid(blue+1))
	assert.False(t, enum.Enum[colour]{}.Valid(0))
}

func TestLabel(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"a label is Polish by default", colours.Label(blue, language.Und), "niebieski"},
		{"a label is Polish for Polish", colours.Label(blue, language.Polish), "niebieski"},
		{"a label is English for English", colours.Label(blue, language.BritishEnglish), "blue"},
		{"a value out of range is labelled with its String", colours.Label(9, language.English), "colour(9)"},
		{"an enum without labels labels a value with its code", roles.Label(2, language.Polish), "client"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got) })
	}
}

func TestParse(t *testing.T) {
	t.Run("every code parses to its value", func(t *testing.T) {
		for v := red; v <= blue; v++ {
			got, err := colours.Parse(colours.String(v))
			require.NoError(t, err)
			assert.Equal(t, v, got)
		}
	})
	ok := []struct {
		name string
		e    enum.Enum[role]
		in   string
		want role
	}{
		{"a folding enum ignores case", roles, "PAINTER", 1},
		{"a folding enum trims spaces", roles, " \tclient\n", 2},
		{"an alias reads as its value", roles, "malarz", 1},
		{"an alias is folded too", roles, " Klient ", 2},
		{"an empty text reads as an empty code", roles, "", 0},
		{"blanks read as an empty code when the enum folds", roles, "   ", 0},
	}
	for _, tt := range ok {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.e.Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	bad := []struct {
		name string
		in   string
	}{
		{"an enum that does not fold rejects another case", "Red"},
		{"an enum that does not fold rejects spaces", " red"},
		{"an enum without an empty code rejects an empty text", ""},
		{"an unknown word is rejected", "purple"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			got, err := colours.Parse(tt.in)
			assert.Equal(t, red, got, "the zero value goes with an error")
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
			assert.Equal(t, "colour", pe.Kind)
			assert.Equal(t, tt.in, pe.Input, "the input as given")
			assert.Equal(t, integracja.Text{PL: "oczekiwano red, green lub blue", EN: "want red, green or blue"}, pe.Detail)
		})
	}
	t.Run("a folding enum reports the input as given, not folded", func(t *testing.T) {
		_, err := roles.Parse(" Boss ")
		var pe *integracja.ParseError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, " Boss ", pe.Input)
	})
}

func TestParseDetail(t *testing.T) {
	type one uint8
	tests := []struct {
		name string
		spec enum.Spec[one]
		want integracja.Text
	}{
		{"two codes are joined by lub and or",
			enum.Spec[one]{Codes: []string{"output", "result"}},
			integracja.Text{PL: "oczekiwano output lub result", EN: "want output or result"}},
		{"a single code is named alone",
			enum.Spec[one]{Codes: []string{"only"}},
			integracja.Text{PL: "oczekiwano only", EN: "want only"}},
		{"the empty code is left out of the list",
			enum.Spec[one]{Codes: []string{"", "ops", "pcpr", "kis"}},
			integracja.Text{PL: "oczekiwano ops, pcpr lub kis", EN: "want ops, pcpr or kis"}},
		{"an enum with only the empty code gives no detail",
			enum.Spec[one]{Codes: []string{""}},
			integracja.Text{}},
		{"Want replaces the list",
			enum.Spec[one]{Codes: []string{"a", "b"}, Want: integracja.Text{PL: "oczekiwano jednego z: a, b", EN: "want one of: a, b"}},
			integracja.Text{PL: "oczekiwano jednego z: a, b", EN: "want one of: a, b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.spec
			s.Package, s.Type, s.Kind = "p", "one", "one"
			_, err := enum.MustNew(s).Parse("zzz")
			var pe *integracja.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.want, pe.Detail)
			assert.Equal(t, tt.want, enum.MustNew(s).Want(), "Want is the detail of Parse's errors")
		})
	}
	t.Run("the message reads as the module's parse errors read", func(t *testing.T) {
		_, err := colours.Parse("x")
		assert.EqualError(t, err, `cannot parse colour "x": invalid value: want red, green or blue`)
		assert.Equal(t, `nie można odczytać wartości "x": nieprawidłowa wartość: oczekiwano red, green lub blue`,
			integracja.Localize(err, language.Polish), "without KindPL the Polish message names no kind")
	})
	t.Run("a Polish kind is named in the Polish message", func(t *testing.T) {
		named := enum.MustNew(enum.Spec[colour]{Package: "paint", Type: "colour", Kind: "colour", KindPL: "koloru",
			Codes: []string{"red", "green", "blue"}})
		_, err := named.Parse("x")
		assert.EqualError(t, err, `cannot parse colour "x": invalid value: want red, green or blue`)
		assert.Equal(t, `nie można odczytać koloru "x": nieprawidłowa wartość: oczekiwano red, green lub blue`,
			integracja.Localize(err, language.Polish))
	})
}

func TestMarshalText(t *testing.T) {
	t.Run("a defined value marshals to its code", func(t *testing.T) {
		b, err := colours.MarshalText(green)
		require.NoError(t, err)
		assert.Equal(t, "green", string(b))
	})
	t.Run("an empty code marshals to an empty text", func(t *testing.T) {
		b, err := roles.MarshalText(0)
		require.NoError(t, err)
		assert.Empty(t, b)
	})
	t.Run("a value out of range is an error named by its package", func(t *testing.T) {
		b, err := colours.MarshalText(7)
		assert.Nil(t, b)
		assert.EqualError(t, err, "paint: cannot marshal colour(7)")
	})
}

func TestUnmarshalText(t *testing.T) {
	t.Run("a code sets the value", func(t *testing.T) {
		v := red
		require.NoError(t, colours.UnmarshalText(&v, []byte("blue")))
		assert.Equal(t, blue, v)
	})
	t.Run("an alias sets the value", func(t *testing.T) {
		var v role
		require.NoError(t, roles.UnmarshalText(&v, []byte("MALARZ")))
		assert.Equal(t, role(1), v)
	})
	t.Run("a bad code leaves the value as it was", func(t *testing.T) {
		v := blue
		err := colours.UnmarshalText(&v, []byte("purple"))
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.Equal(t, blue, v)
	})
}

func TestMustNewRejectsASpecThatContradictsItself(t *testing.T) {
	type small uint8
	base := func(f func(*enum.Spec[small])) enum.Spec[small] {
		s := enum.Spec[small]{Package: "p", Type: "small", Kind: "small", Codes: []string{"a", "b"}}
		f(&s)
		return s
	}
	tests := []struct {
		name string
		spec enum.Spec[small]
		want string
	}{
		{"the zero spec", enum.Spec[small]{}, "required"},
		{"a spec without a package", base(func(s *enum.Spec[small]) { s.Package = "" }), "required"},
		{"a spec without codes", base(func(s *enum.Spec[small]) { s.Codes = nil }), "have 0"},
		{"a spec with more codes than a uint8 holds", base(func(s *enum.Spec[small]) {
			s.Codes = make([]string, 257)
			for i := range s.Codes {
				s.Codes[i] = strings.Repeat("x", i)
			}
		}), "have 257"},
		{"a spec with fewer labels than codes", base(func(s *enum.Spec[small]) { s.Labels = []integracja.Text{{PL: "a"}} }), "1 labels for 2 codes"},
		{"a spec with a repeated code", base(func(s *enum.Spec[small]) { s.Codes = []string{"a", "b", "a"} }), `"a" repeated`},
		{"a folding spec with an upper-case code", base(func(s *enum.Spec[small]) { s.Fold = true; s.Codes = []string{"a", "B"} }), `code "B"`},
		{"a folding spec with a padded alias", base(func(s *enum.Spec[small]) { s.Fold = true; s.Aliases = map[string]small{" x": 1} }), `alias " x"`},
		{"an alias that is a code", base(func(s *enum.Spec[small]) { s.Aliases = map[string]small{"b": 0} }), `alias "b" is a code`},
		{"an alias of an undefined value", base(func(s *enum.Spec[small]) { s.Aliases = map[string]small{"c": 2} }), "undefined value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				require.NotNil(t, r, "MustNew must panic")
				assert.Contains(t, r, tt.want)
			}()
			enum.MustNew(tt.spec)
		})
	}
	t.Run("256 codes are accepted", func(t *testing.T) {
		s := base(func(s *enum.Spec[small]) {
			s.Codes = make([]string, 256)
			for i := range s.Codes {
				s.Codes[i] = strings.Repeat("x", i)
			}
		})
		e := enum.MustNew(s)
		v, err := e.Parse(strings.Repeat("x", 255))
		require.NoError(t, err)
		assert.Equal(t, small(255), v)
	})
}

func TestEnumSharesNothingWithItsSpec(t *testing.T) {
	s := enum.Spec[colour]{
		Package: "p", Type: "colour", Kind: "colour",
		Codes:   []string{"red", "green"},
		Labels:  []integracja.Text{{PL: "czerwony"}, {PL: "zielony"}},
		Aliases: map[string]colour{"rot": red},
	}
	e := enum.MustNew(s)
	s.Codes[0] = "changed"
	s.Labels[0] = integracja.Text{PL: "zmieniony"}
	s.Aliases["grün"] = green
	delete(s.Aliases, "rot")

	assert.Equal(t, "red", e.String(red))
	assert.Equal(t, "czerwony", e.Label(red, language.Polish))
	v, err := e.Parse("rot")
	require.NoError(t, err)
	assert.Equal(t, red, v)
	_, err = e.Parse("grün")
	assert.True(t, errors.Is(err, integracja.ErrInvalid))
}
