package programme_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/programme"
)

// verbs are the fmt directives the privacy tests print with.
var verbs = []string{"%v", "%+v", "%#v", "%s", "%q", "%d", "%x", "%X", "%12v", "%-12s", "%.4s", "%08v", "% x"}

// secrets are the personal data of the participant the privacy tests
// print: the birth date in every form and the attached person.
func secrets(p programme.Participant) []string {
	b := p.BirthDate.Reveal()
	return []string{b.String(), fmt.Sprintf("%02d.%02d.%04d", b.Day, int(b.Month), b.Year), strings.ReplaceAll(b.String(), "-", ""),
		fmt.Sprint(b.Year), "Anna", "Nowak", p.Person.PESEL.Reveal(), p.Person.PESEL.Reveal()[:6]}
}

// withPerson is the example's first participant with the host's person
// attached.
func withPerson(t *testing.T) programme.Participant {
	pt := example(t).Participants[0]
	pt.Person = &contract.Person{ID: "os-17", GivenName: "Anna", FamilyName: "Nowak", PESEL: pesel("1975-04-12", false)}
	return pt
}

func TestBirthDateIsMaskedInEveryFmtVerb(t *testing.T) {
	b := programme.NewBirthDate(d("1975-04-12"))
	for _, verb := range verbs {
		out := fmt.Sprintf(verb, b)
		assert.NotContains(t, out, "1975", verb)
		assert.NotContains(t, out, "04", verb)
		assert.Contains(t, out, "*", verb)
	}
	assert.Equal(t, "****-**-**", b.String())
	assert.Equal(t, `"****-**-**"`, fmt.Sprintf("%q", b))
	assert.Equal(t, "  ****-**-**", fmt.Sprintf("%12v", b))
	assert.Equal(t, "", programme.BirthDate{}.String(), "no birth date prints as nothing")
	assert.Equal(t, d("1975-04-12"), b.Reveal())
	assert.Equal(t, 48, b.AgeAt(d("2023-06-01")))
}

func TestParticipantIsMaskedInEveryFmtVerb(t *testing.T) {
	pt := withPerson(t)
	wrapped := struct {
		P  programme.Participant
		PS []programme.Participant
		PP *programme.Participant
	}{pt, []programme.Participant{pt}, &pt}
	for _, verb := range verbs {
		for _, v := range []any{pt, &pt, wrapped, pt.BirthDate} {
			out := fmt.Sprintf(verb, v)
			for _, s := range secrets(pt) {
				assert.NotContains(t, out, s, "%s of %T", verb, v)
			}
		}
	}
	assert.Equal(t, "uczestnik P-01 (kobieta)", pt.String())
	assert.Equal(t, "uczestnik *******1234 (kobieta)", programme.Participant{ID: "44051401234", Sex: pt.Sex}.String(),
		"an ID that is a PESEL is masked")
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("x", "p", programme.Participant{ID: "44051401234"})
	assert.Contains(t, buf.String(), "p.id=*******1234")
	assert.NotContains(t, buf.String(), "4405140")
}

func TestProgrammeIsMaskedInEveryFmtVerb(t *testing.T) {
	p := example(t)
	pt := withPerson(t)
	p.Participants[0] = pt
	for _, verb := range verbs {
		out := fmt.Sprintf(verb, p)
		for _, s := range secrets(pt) {
			assert.NotContains(t, out, s, verb)
		}
	}
	assert.Equal(t, "Razem do pracy (II), Miejski Ośrodek Pomocy Społecznej w Przykładowie: 4 uczestników", p.String())
}

func TestSlogShowsNoPersonalData(t *testing.T) {
	pt := withPerson(t)
	p := example(t)
	p.Participants[0] = pt
	for name, handler := range map[string]func(*bytes.Buffer) slog.Handler{
		"text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		"json": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(handler(&buf))
			log.Info("uczestnik", "participant", pt, "birthDate", pt.BirthDate, "programme", p)
			log.Info("grupa", slog.Group("g", slog.Any("participant", &pt)))
			out := buf.String()
			for _, s := range secrets(pt) {
				assert.NotContains(t, out, s)
			}
			assert.Contains(t, out, "P-01")
			assert.Contains(t, out, "****-**-**")
		})
	}
}

func TestErrorsShowNoPersonalData(t *testing.T) {
	pt := withPerson(t)
	_, err := programme.ParseBirthDate("1975-02-30")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "1975")
	assert.NotContains(t, integracja.Localize(err, language.Polish), "1975")

	p := example(t)
	p.Participants[0] = pt
	p.Participants[0].Person.PESEL = pesel("1975-04-13", true)
	verr := p.Validate()
	require.Error(t, verr)
	for _, msg := range []string{verr.Error(), integracja.Localize(verr, language.Polish)} {
		for _, s := range secrets(pt) {
			assert.NotContains(t, msg, s)
		}
	}
}

func TestJSONCarriesTheBirthDateAndThePersonForStorage(t *testing.T) {
	pt := withPerson(t)
	b, err := json.Marshal(pt)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"birthDate":"1975-04-12"`)
	assert.Contains(t, string(b), `"givenName":"Anna"`)
	var again programme.Participant
	require.NoError(t, json.Unmarshal(b, &again))
	assert.Equal(t, pt.BirthDate, again.BirthDate)
	assert.Equal(t, *pt.Person, *again.Person)
}
