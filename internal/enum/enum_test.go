package enum_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja/internal/enum"
)

// testErrors stands for the root's integracja.EnumErrors, which this
// package's tests may not import: it keeps what Parse and Check tell it.
type testErrors struct{}

// errCause stands for integracja.ErrInvalid.
var errCause = errors.New("invalid value")

// parseError is the error testErrors makes for Parse.
type parseError struct{ kind, kindPL string }

func (e *parseError) Error() string { return "cannot parse " + e.kind }
func (e *parseError) Unwrap() error { return errCause }

func (testErrors) ParseError(kind, kindPL, wantPL, wantEN string) error {
	return fmt.Errorf("%w: %s | %s", &parseError{kind, kindPL}, wantEN, wantPL)
}

func (testErrors) ValueError(value, wantPL, wantEN string) error {
	return fmt.Errorf("%w: %q: %s | %s", errCause, value, wantEN, wantPL)
}

// colour is an enum as the domain packages declare them.
type colour uint8

const (
	red colour = iota
	green
	blue
)

var colours = enum.MustNew(enum.Spec[colour]{
	Type: "colour", Kind: "colour", KindPL: "koloru",
	Codes: []string{"red", "green", "blue"},
	Labels: []enum.Text{
		{PL: "czerwony", EN: "red"},
		{PL: "zielony", EN: "green"},
		{PL: "niebieski", EN: "blue"},
	},
	Errors: testErrors{},
})

// role is a folding enum with an empty code and aliases, like the enums of
// package contract.
type role uint8

var roles = enum.MustNew(enum.Spec[role]{
	Type: "role", Kind: "role", KindPL: "roli",
	Codes:   []string{"", "painter", "client"},
	Fold:    true,
	Aliases: map[string]role{"malarz": 1, "klient": 2},
	Errors:  testErrors{},
})

// setting is an enum whose zero value is a placeholder, like budget's
// NoMetric, and whose codes are reached through an alias of the empty text.
type setting uint8

var settings = enum.MustNew(enum.Spec[setting]{
	Type: "setting", Kind: "setting", KindPL: "ustawienia",
	Codes:         []string{"", "on", "off"},
	ZeroUndefined: true,
	Errors:        testErrors{},
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
		{"an undefined zero value prints as an empty text", settings.String(0), ""},
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
	assert.True(t, roles.Valid(0), "an empty code is a code")
	assert.False(t, settings.Valid(0), "an undefined zero value is not valid")
	assert.True(t, settings.Valid(1))
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
		{"a PESEL is rejected", "79112302216"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			got, err := colours.Parse(tt.in)
			assert.Equal(t, red, got, "the zero value goes with an error")
			var pe *parseError
			require.ErrorAs(t, err, &pe)
			assert.ErrorIs(t, err, errCause)
			assert.Equal(t, parseError{"colour", "koloru"}, *pe)
			assert.Equal(t, "cannot parse colour: want red, green or blue | oczekiwano red, green lub blue", err.Error(),
				"the error says what is wanted, and never what was read")
		})
	}
	t.Run("an undefined zero value does not parse from its empty code", func(t *testing.T) {
		_, err := settings.Parse("")
		assert.EqualError(t, err, "cannot parse setting: want on or off | oczekiwano on lub off")
	})
	t.Run("the zero Enum rejects everything", func(t *testing.T) {
		_, err := enum.Enum[colour]{}.Parse("")
		assert.EqualError(t, err, "enum: the zero Enum has no values")
	})
}

func TestParseDetail(t *testing.T) {
	type one uint8
	tests := []struct {
		name string
		spec enum.Spec[one]
		want enum.Text
	}{
		{"two codes are joined by lub and or",
			enum.Spec[one]{Codes: []string{"output", "result"}},
			enum.Text{PL: "oczekiwano output lub result", EN: "want output or result"}},
		{"a single code is named alone",
			enum.Spec[one]{Codes: []string{"only"}},
			enum.Text{PL: "oczekiwano only", EN: "want only"}},
		{"the empty code is left out of the list",
			enum.Spec[one]{Codes: []string{"", "ops", "pcpr", "kis"}},
			enum.Text{PL: "oczekiwano ops, pcpr lub kis", EN: "want ops, pcpr or kis"}},
		{"an enum with only the empty code gives no detail",
			enum.Spec[one]{Codes: []string{""}},
			enum.Text{}},
		{"Want replaces the list",
			enum.Spec[one]{Codes: []string{"a", "b"}, Want: enum.Text{PL: "oczekiwano K lub M", EN: "want K or M"}},
			enum.Text{PL: "oczekiwano K lub M", EN: "want K or M"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.spec
			s.Type, s.Kind, s.KindPL, s.Errors = "one", "one", "jednego", testErrors{}
			_, err := enum.MustNew(s).Parse("zzz")
			assert.EqualError(t, err, "cannot parse one: "+tt.want.EN+" | "+tt.want.PL)
			assert.Equal(t, tt.want, enum.MustNew(s).Want(), "Want is what Parse's errors say")
		})
	}
}

func TestCheckAndMarshalText(t *testing.T) {
	t.Run("a defined value marshals to its code", func(t *testing.T) {
		b, err := colours.MarshalText(green)
		require.NoError(t, err)
		assert.Equal(t, "green", string(b))
		assert.NoError(t, colours.Check(green))
	})
	t.Run("an empty code marshals to an empty text", func(t *testing.T) {
		b, err := roles.MarshalText(0)
		require.NoError(t, err)
		assert.Empty(t, b)
	})
	t.Run("a value out of range is the error of Check", func(t *testing.T) {
		b, err := colours.MarshalText(7)
		assert.Nil(t, b)
		assert.ErrorIs(t, err, errCause)
		assert.EqualError(t, err, `invalid value: "colour(7)": want red, green or blue | oczekiwano red, green lub blue`)
		assert.Equal(t, err, colours.Check(7))
	})
	t.Run("an undefined zero value does not marshal", func(t *testing.T) {
		_, err := settings.MarshalText(0)
		assert.ErrorIs(t, err, errCause)
	})
	t.Run("the zero Enum marshals nothing", func(t *testing.T) {
		_, err := enum.Enum[colour]{}.MarshalText(0)
		assert.Error(t, err)
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
		assert.ErrorIs(t, err, errCause)
		assert.Equal(t, blue, v)
	})
}

func TestIsSnakeCase(t *testing.T) {
	for _, s := range []string{"eu", "half_away_from_zero", "isced_1_2", "esf_2014", "a", "2019", "x9"} {
		assert.True(t, enum.IsSnakeCase(s), "%q", s)
	}
	for _, s := range []string{"", "half-away-from-zero", "halfAwayFromZero", "Info", "_x", "x_", "a__b", "a b", "a.b", "ż"} {
		assert.False(t, enum.IsSnakeCase(s), "%q", s)
	}
}

func TestMustNewRejectsASpecThatContradictsItself(t *testing.T) {
	type small uint8
	base := func(f func(*enum.Spec[small])) enum.Spec[small] {
		s := enum.Spec[small]{Type: "small", Kind: "small", KindPL: "małego", Codes: []string{"a", "b"}, Errors: testErrors{}}
		f(&s)
		return s
	}
	tests := []struct {
		name string
		spec enum.Spec[small]
		want string
	}{
		{"the zero spec", enum.Spec[small]{}, "required"},
		{"a spec without a type", base(func(s *enum.Spec[small]) { s.Type = "" }), "required"},
		{"a spec without a Polish name", base(func(s *enum.Spec[small]) { s.KindPL = "" }), "required"},
		{"a spec without errors", base(func(s *enum.Spec[small]) { s.Errors = nil }), "required"},
		{"a spec without codes", base(func(s *enum.Spec[small]) { s.Codes = nil }), "have 0"},
		{"a spec with more codes than a uint8 holds", base(func(s *enum.Spec[small]) {
			s.Codes = make([]string, 257)
			for i := range s.Codes {
				s.Codes[i] = strings.Repeat("x", i)
			}
		}), "have 257"},
		{"a spec with fewer labels than codes", base(func(s *enum.Spec[small]) { s.Labels = []enum.Text{{PL: "a"}} }), "1 labels for 2 codes"},
		{"a spec with a repeated code", base(func(s *enum.Spec[small]) { s.Codes = []string{"a", "b", "a"} }), `"a" repeated`},
		{"a hyphenated code", base(func(s *enum.Spec[small]) { s.Codes = []string{"half-away-from-zero"} }), `"half-away-from-zero" is not snake_case`},
		{"a camelCase code", base(func(s *enum.Spec[small]) { s.Codes = []string{"halfEven"} }), `"halfEven" is not snake_case`},
		{"an upper-case code", base(func(s *enum.Spec[small]) { s.Codes = []string{"K", "M"} }), `"K" is not snake_case`},
		{"an undefined zero value with a code", base(func(s *enum.Spec[small]) { s.ZeroUndefined = true }), "must be empty"},
		{"a Want in one language", base(func(s *enum.Spec[small]) { s.Want = enum.Text{EN: "want a"} }), "both languages"},
		{"a folding spec with a padded alias", base(func(s *enum.Spec[small]) { s.Fold = true; s.Aliases = map[string]small{" x": 1} }), `alias " x"`},
		{"an alias that is a code", base(func(s *enum.Spec[small]) { s.Aliases = map[string]small{"b": 0} }), `alias "b" is a code`},
		{"an alias of an undefined value", base(func(s *enum.Spec[small]) { s.Aliases = map[string]small{"c": 2} }), "undefined value"},
		{"an alias of an undefined zero value", base(func(s *enum.Spec[small]) {
			s.Codes, s.ZeroUndefined, s.Aliases = []string{"", "b"}, true, map[string]small{"none": 0}
		}), "undefined value"},
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
		Type: "colour", Kind: "colour", KindPL: "koloru",
		Codes:   []string{"red", "green"},
		Labels:  []enum.Text{{PL: "czerwony"}, {PL: "zielony"}},
		Aliases: map[string]colour{"rot": red},
		Errors:  testErrors{},
	}
	e := enum.MustNew(s)
	s.Codes[0] = "changed"
	s.Labels[0] = enum.Text{PL: "zmieniony"}
	s.Aliases["grün"] = green
	delete(s.Aliases, "rot")

	assert.Equal(t, "red", e.String(red))
	assert.Equal(t, "czerwony", e.Label(red, language.Polish))
	v, err := e.Parse("rot")
	require.NoError(t, err)
	assert.Equal(t, red, v)
	_, err = e.Parse("grün")
	assert.True(t, errors.Is(err, errCause), "a later alias of the Spec is not the Enum's: %v", err)
}
