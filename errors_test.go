package integracja_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestPathIsBuiltStepByStep(t *testing.T) {
	assert.Equal(t, "actions[2].due", integracja.NewPath("actions").Index(2).Child("due").String())
	assert.Equal(t, `targets["EECO01"].women`, integracja.NewPath("targets").Key("EECO01").Child("women").String())
	assert.Equal(t, "", integracja.Path{}.String())
	assert.True(t, integracja.Path{}.IsRoot())
	assert.Equal(t, "[3].from", integracja.Path{}.Index(3).Child("from").String())
	base := integracja.NewPath("budget")
	assert.Equal(t, "budget.lines[1]", base.Join(integracja.NewPath("lines").Index(1)).String())
	assert.Equal(t, "budget[1]", base.Join(integracja.Path{}.Index(1)).String())
	assert.Equal(t, "budget", base.Join(integracja.Path{}).String())
	assert.Equal(t, "x", integracja.Path{}.Join(integracja.NewPath("x")).String())
	a := integracja.NewPath("a")
	_ = a.Child("b")
	assert.Equal(t, "a", a.String(), "a path is not changed by building on it")
}

func TestJoinFlattensAndKeepsEveryProblem(t *testing.T) {
	assert.NoError(t, integracja.Join())
	assert.NoError(t, integracja.Join(nil, nil))

	inner := integracja.Join(integracja.Required(integracja.NewPath("a")), integracja.Duplicate(integracja.NewPath("b"), "x"))
	err := integracja.Join(inner, nil, integracja.OutOfRange(integracja.NewPath("c"), "7", integracja.Text{}))
	fes := integracja.FieldErrors(err)
	require.Len(t, fes, 3)
	assert.Equal(t, []string{"a", "b", "c"}, []string{fes[0].Path.String(), fes[1].Path.String(), fes[2].Path.String()})
	assert.ErrorIs(t, err, integracja.ErrRequired)
	assert.ErrorIs(t, err, integracja.ErrDuplicate)
	assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	assert.NotErrorIs(t, err, integracja.ErrTransition)
	j, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok)
	assert.Len(t, j.Unwrap(), 3, "nested joins are flattened")
}

func TestUnderReRootsPaths(t *testing.T) {
	sub := integracja.Join(integracja.Required(integracja.NewPath("due")), errors.New("plain"))
	err := integracja.Under(integracja.NewPath("actions").Index(2), sub)
	fes := integracja.FieldErrors(err)
	require.Len(t, fes, 2)
	assert.Equal(t, "actions[2].due", fes[0].Path.String())
	assert.Equal(t, "actions[2]", fes[1].Path.String(), "a plain error becomes a field error at the path")
	assert.Equal(t, "plain", errors.Unwrap(fes[1]).Error())
	assert.NoError(t, integracja.Under(integracja.NewPath("x"), nil))
	assert.Equal(t, "due", integracja.FieldErrors(sub)[0].Path.String(), "the original is unchanged")
}

func TestFieldErrorMessagesInBothLanguages(t *testing.T) {
	fe := integracja.OutOfRange(integracja.NewPath("actions").Index(2).Child("due"), "2020-01-15",
		integracja.Text{PL: "po zakończeniu kontraktu", EN: "after the contract ends"})
	assert.Equal(t, `actions[2].due: value out of range: "2020-01-15": after the contract ends`, fe.Error())
	assert.Equal(t, `actions[2].due: wartość poza dopuszczalnym zakresem: "2020-01-15": po zakończeniu kontraktu`,
		fe.Message(language.Polish))
	assert.Equal(t, fe.Message(language.Polish), integracja.Localize(fe, language.Und), "Polish is the default")
	assert.Equal(t, fe.Error(), integracja.Localize(fe, language.BritishEnglish))

	err := integracja.Join(fe, integracja.Required(integracja.NewPath("client")))
	assert.Equal(t, fe.Message(language.Polish)+"\nclient: brak wymaganej wartości", integracja.Localize(err, language.Polish))
	assert.Equal(t, "", integracja.Localize(nil, language.Polish))
	wrapped := fmt.Errorf("wrapped: %w", errors.New("x"))
	assert.Equal(t, "wrapped: x", integracja.Localize(wrapped, language.Polish))
}

func TestParseErrorNamesTheInput(t *testing.T) {
	_, err := integracja.ParseDate("2019-02-29")
	var pe *integracja.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, `cannot parse date "2019-02-29": invalid value: day 29 out of range 1-28`, err.Error())
	assert.Equal(t, `nie można odczytać daty "2019-02-29": nieprawidłowa wartość: dzień 29 poza zakresem 1–28`,
		pe.Message(language.Polish))
}

func TestParseErrorMessage(t *testing.T) {
	tests := []struct {
		name   string
		err    *integracja.ParseError
		en, pl string
	}{
		{"the input is quoted after the kind",
			&integracja.ParseError{Kind: "money", KindPL: "kwoty", Input: "12,345 zł", Err: integracja.ErrInvalid},
			`cannot parse money "12,345 zł": invalid value`, `nie można odczytać kwoty "12,345 zł": nieprawidłowa wartość`},
		{"an empty input is left out, as the enums leave it",
			&integracja.ParseError{Kind: "sex", KindPL: "płci", Err: integracja.ErrInvalid,
				Detail: integracja.Text{PL: "oczekiwano K lub M", EN: "want female or male"}},
			`cannot parse sex: invalid value: want female or male`, `nie można odczytać płci: nieprawidłowa wartość: oczekiwano K lub M`},
		{"without a Polish kind the Polish message names none, never a bare value",
			&integracja.ParseError{Kind: "colour", Input: "x"},
			`cannot parse colour "x"`, `nie można odczytać "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.en, tt.err.Error())
			assert.Equal(t, tt.en, tt.err.Message(language.English))
			assert.Equal(t, tt.pl, tt.err.Message(language.Polish))
		})
	}
}

func TestTextFallsBack(t *testing.T) {
	x := integracja.Text{PL: "osoba", EN: "person"}
	assert.Equal(t, "osoba", x.In(language.Polish))
	assert.Equal(t, "person", x.In(language.English))
	assert.Equal(t, "person", x.In(language.MustParse("en-GB")))
	assert.Equal(t, "osoba", x.In(language.German), "other languages get Polish")
	assert.Equal(t, "osoba", x.In(language.Und))
	assert.Equal(t, "osoba", integracja.Text{PL: "osoba"}.In(language.English), "missing English falls back to Polish")
	assert.Equal(t, "person", integracja.Text{EN: "person"}.In(language.Polish), "missing Polish falls back to English")
	assert.True(t, integracja.Text{}.IsZero())
}

func TestCauseCodes(t *testing.T) {
	for _, c := range []*integracja.Cause{integracja.ErrRequired, integracja.ErrInvalid, integracja.ErrOutOfRange,
		integracja.ErrDuplicate, integracja.ErrInconsistent, integracja.ErrTransition, integracja.ErrUnknown} {
		assert.NotEmpty(t, c.Code())
		assert.NotEqual(t, c.Message(language.Polish), c.Message(language.English), "%s has both languages", c.Code())
	}
}

func TestNilErrorPointersNeverPanic(t *testing.T) {
	var fe *integracja.FieldError
	var pe *integracja.ParseError
	var c *integracja.Cause
	for _, err := range []error{fe, pe, c} {
		assert.NotPanics(t, func() {
			_ = err.Error()
			_ = integracja.Localize(err, language.Polish)
			_ = integracja.Localize(err, language.English)
			_ = integracja.Under(integracja.NewPath("x"), err)
			_ = integracja.FieldErrors(err)
			_ = errors.Unwrap(err)
		}, "%T", err)
		assert.Equal(t, "", integracja.Localize(err, language.Polish), "a nil %T says nothing", err)
		assert.NoError(t, integracja.Under(integracja.NewPath("x"), err), "a nil %T under a path is still nothing", err)
	}
	assert.NoError(t, integracja.Join(fe, pe, c, nil), "Join drops nil pointers of the module's error types")
	due := integracja.Required(integracja.NewPath("due"))
	joined := integracja.Join(fe, due, pe)
	assert.Equal(t, []*integracja.FieldError{due}, integracja.FieldErrors(joined), "only the real error is kept")
	assert.Nil(t, fe.Under(integracja.NewPath("x")))
	assert.Equal(t, "", c.Code())
}
