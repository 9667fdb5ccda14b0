package contract_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
)

// personalData are the personal data of the kisFull fixture, in every form
// in which they could leak: names, the PESEL numbers, their birth-date
// digits and the birth dates themselves.
var personalData = []string{"Anna", "Nowak", "Zofia", "Ewa", "Kwiatkowska",
	"85061212346", "850612", "12230545684", "122305", "1985-06-12", "2012-03-05", "12.06.1985"}

// freeText are texts of the fixture that may describe the person: the
// assessment, an action's description and an event's note.
var freeText = []string{"pogryzieniu", "samopomocowej", "praca w handlu", "CV gotowe", "długotrwale"}

// logHandlers are the ways a program logs: the default logger (which
// writes through package log), slog's TextHandler and its JSONHandler.
var logHandlers = []struct {
	name string
	new  func(t *testing.T, buf *bytes.Buffer) *slog.Logger
}{
	{"the default logger", func(t *testing.T, buf *bytes.Buffer) *slog.Logger {
		out, flags := log.Writer(), log.Flags()
		log.SetOutput(buf)
		t.Cleanup(func() { log.SetOutput(out); log.SetFlags(flags) })
		return slog.Default()
	}},
	{"TextHandler", func(_ *testing.T, buf *bytes.Buffer) *slog.Logger { return slog.New(slog.NewTextHandler(buf, nil)) }},
	{"JSONHandler", func(_ *testing.T, buf *bytes.Buffer) *slog.Logger { return slog.New(slog.NewJSONHandler(buf, nil)) }},
}

func TestSlogShowsNoPersonalData(t *testing.T) {
	full := kisFull(t)
	// A note on an event may hold personal data; a completed contract is
	// not terminated, but a history read from storage may say anything.
	full.Lifecycle = contract.NewLifecycle(append(full.Lifecycle.Events(), contract.Event{
		Date: d("2020-01-10"), From: contract.Completed, To: contract.Terminated, Reason: contract.ReasonJob, Note: "praca w handlu"})...)
	client := full.Client
	values := []struct {
		name  string
		value any
		shows string // what the log shows instead
	}{
		{"a PESEL", client.PESEL, "*******2346"},
		{"a person", client, "os-1"},
		{"a family member", full.Terms.Family[0], "os-2"},
		{"the terms", full.Current().Terms, "2019-06-03"},
		{"a version", full.Current(), "1/2019"},
		{"an amendment", full.Amendments[0], "1/2019"},
		{"a contract", full, "KS/12/2019"},
		{"an action", full.Terms.Actions[1], "A2"},
		{"an overdue action", contract.OverdueAction{Action: full.Terms.Actions[1], Version: 1, Index: 1, DaysLate: 3}, "A2"},
		{"an assessment", full.Terms.Assessment, "causes"},
		{"a lifecycle", full.Lifecycle, "terminated"},
		{"an event", full.Lifecycle.Events()[2], "terminated"},
		{"an evaluation", full.Evaluation, "2019-12-31"},
		{"a goal's result", full.Evaluation.Goals[0], "achieved"},
		{"a review", full.Reviews[0], "2019-08-05"},
		{"the labour market of track B", trackB().LabourMarket, "referral"},
	}
	placements := []struct {
		name string
		log  func(l *slog.Logger, v any)
	}{
		{"alone", func(l *slog.Logger, v any) { l.Info("msg", "v", v) }},
		{"by pointer", func(l *slog.Logger, v any) { l.Info("msg", slog.Any("v", pointerTo(v))) }},
		{"in a group", func(l *slog.Logger, v any) { l.Info("msg", slog.Group("g", slog.Any("v", v))) }},
		{"in a logger's group", func(l *slog.Logger, v any) { l.WithGroup("g").With("v", v).Info("msg") }},
	}
	for _, h := range logHandlers {
		for _, v := range values {
			for _, p := range placements {
				t.Run(h.name+" logs "+v.name+" "+p.name+" masked", func(t *testing.T) {
					var buf bytes.Buffer
					p.log(h.new(t, &buf), v.value)
					out := buf.String()
					for _, s := range append(personalData, freeText...) {
						assert.NotContains(t, out, s)
					}
					assert.Contains(t, out, v.shows)
				})
			}
		}
	}
	t.Run("a value inside another is resolved in turn", func(t *testing.T) {
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, nil)).Info("msg", "member", full.Terms.Family[0], "version", full.Current())
		assert.Contains(t, buf.String(), `"member":{"person":{"id":"os-2"},"relation":"córka"}`)
		assert.Contains(t, buf.String(), `"terms":{"from":"2019-06-03","to":"2019-12-31","family":1,"goals":3,"actions":6}`)
	})
}

// pointerTo returns a pointer to a copy of v, as a program logs a value it
// holds by pointer.
func pointerTo(v any) any {
	switch x := v.(type) {
	case contract.PESEL:
		return &x
	case contract.Person:
		return &x
	case contract.Contract:
		return &x
	case contract.Member:
		return &x
	}
	return v
}

func TestFmtCannotPrintAPESELItCannotCallTheMethodsOf(t *testing.T) {
	for _, s := range []string{"85061212346", "12230545684", "44051401359", "02270803624", "00210100004"} {
		p, err := contract.ParsePESEL(s)
		require.NoError(t, err, s)
		hidden := struct {
			p     contract.PESEL
			inner struct{ people []contract.PESEL }
		}{p, struct{ people []contract.PESEL }{[]contract.PESEL{p}}}
		for _, verb := range []string{"%v", "%+v", "%#v", "%d", "%x", "%X", "%o", "%s"} {
			out := fmt.Sprintf(verb, hidden)
			assert.NotContains(t, out, s, "%s of an unexported field", verb)
			assert.NotContains(t, out, strings.TrimLeft(s, "0"), "%s of an unexported field", verb)
			assert.NotContains(t, out, s[:6], "%s of an unexported field", verb)
		}
	}
}

func TestPersonalDataIsKeptInFullForStorage(t *testing.T) {
	full := kisFull(t)
	b, err := json.Marshal(full)
	require.NoError(t, err)
	for _, s := range []string{"Anna", "Nowak", "85061212346", "Kwiatkowska", "pogryzieniu"} {
		assert.Contains(t, string(b), s, "JSON is the interchange format and carries the document in full")
	}
	text, err := full.Client.PESEL.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "85061212346", string(text))
}

func TestMarshallingAnInvalidBirthDateShowsNoDate(t *testing.T) {
	c := kisContract()
	c.Client.BirthDate = integracja.Date{Year: 1985, Month: 6, Day: 31}
	_, err := json.Marshal(c)
	require.Error(t, err)
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	for _, s := range []string{"1985", "06-31", "31.06", "Anna", "Nowak", "85061212346"} {
		assert.NotContains(t, err.Error(), s)
	}
}
