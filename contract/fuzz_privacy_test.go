package contract_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
)

// secretValues are JSON values that hold personal data, as a decoder may
// meet them in any field: a PESEL as text, as an integer, as a number with
// a fraction, cut short; a birth date real, impossible, in the Polish
// form, as digits; a name; and the same inside a list or an object.
var secretValues = []string{
	`"85061212346"`, `85061212346`, `85061212346.5`, `-85061212346e0`, `"8506121234"`, `850612.5`, `"85061212347"`,
	`"1985-06-12"`, `"1985-06-31"`, `"12.06.1985"`, `19850612.5`, `"19850612"`, `"1985-6-12"`,
	`"Genowefa"`, `"Genowefa Pigwa"`, `"Pigwa\n"`, `["Pigwa"]`, `{"x":"85061212346"}`, `[1985,6,12]`,
}

// plainValues are JSON values that hold nothing personal.
var plainValues = []string{`null`, `true`, `{}`, `[]`, `""`, `"2019-06-03"`, `"a"`, `7`, `"social_contract"`, `"ops"`}

// secrets are what no error may contain, whatever the input.
var secrets = []string{"85061212346", "8506121234", "850612", "1985-06-12", "1985-06-31", "12.06.1985", "19850612",
	"1985-6-12", "Genowefa", "Pigwa"}

// personKeys are the keys of a person, with case variants and an unknown
// key; contractKeys and the others likewise.
var (
	personKeys   = []string{"id", "ID", "givenName", "givenname", "GIVENNAME", "familyName", "FamilyName", "pesel", "PESEL", "Pesel", "sex", "SEX", "birthDate", "birthdate", "BirthDate", "nick"}
	contractKeys = []string{"number", "Number", "kind", "track", "institution", "worker", "client", "Client", "clientEntitlements",
		"place", "concludedOn", "ConcludedOn", "terms", "Terms", "lifecycle", "evaluation", "amendments", "club", "labourMarket", "reviews", "nick"}
	termsKeys  = []string{"period", "family", "Family", "assessment", "mainGoal", "goals", "actions", "Actions", "commitments", "consequences"}
	actionKeys = []string{"id", "goal", "actor", "party", "description", "due", "Due", "responsible", "evaluation", "activity", "hours", "Hours", "done", "DONE"}
	eventKeys  = []string{"date", "Date", "from", "to", "reason", "note", "NOTE"}
	clubKeys   = []string{"name", "Name", "from", "to", "certificate"}
	labourKeys = []string{"status", "office", "link", "reference", "date", "Date"}
	reviewKeys = []string{"date", "by", "note", "Note", "actions"}
)

// docBuilder writes a JSON document whose shape the fuzzer chooses: which
// keys (repeated and in any case), and which values, personal or not.
type docBuilder struct {
	in []byte
	b  strings.Builder
}

// next returns a choice below n read from the input, 0 once it is used up.
func (g *docBuilder) next(n int) int {
	if len(g.in) == 0 {
		return 0
	}
	c := int(g.in[0]) % n
	g.in = g.in[1:]
	return c
}

// value writes a leaf value.
func (g *docBuilder) value() {
	if g.next(3) == 0 {
		g.b.WriteString(plainValues[g.next(len(plainValues))])
		return
	}
	g.b.WriteString(secretValues[g.next(len(secretValues))])
}

// object writes an object of up to six fields with the given keys; nested
// writes the value of a key that holds an object or a list, or reports
// false for a leaf.
func (g *docBuilder) object(keys []string, nested func(key string) bool) {
	g.b.WriteByte('{')
	for i, n := 0, g.next(7); i < n; i++ {
		if i > 0 {
			g.b.WriteByte(',')
		}
		k := keys[g.next(len(keys))]
		fmt.Fprintf(&g.b, "%q:", k)
		if nested == nil || g.next(4) == 0 || !nested(strings.ToLower(k)) {
			g.value()
		}
	}
	g.b.WriteByte('}')
}

func (g *docBuilder) list(item func()) {
	g.b.WriteByte('[')
	for i, n := 0, 1+g.next(3); i < n; i++ {
		if i > 0 {
			g.b.WriteByte(',')
		}
		item()
	}
	g.b.WriteByte(']')
}

func (g *docBuilder) person() { g.object(personKeys, nil) }

func (g *docBuilder) contract() {
	g.object(contractKeys, func(k string) bool {
		switch k {
		case "client", "worker":
			g.person()
		case "terms":
			g.terms()
		case "lifecycle":
			g.lifecycle()
		case "club":
			g.object(clubKeys, nil)
		case "labourmarket":
			g.object(labourKeys, nil)
		case "reviews":
			g.list(func() { g.object(reviewKeys, nil) })
		case "amendments":
			g.list(func() {
				g.b.WriteString(`{"number":"1","reason":"r","date":`)
				g.value()
				g.b.WriteString(`,"terms":`)
				g.terms()
				g.b.WriteByte('}')
			})
		default:
			return false
		}
		return true
	})
}

func (g *docBuilder) terms() {
	g.object(termsKeys, func(k string) bool {
		switch k {
		case "family":
			g.list(func() {
				g.b.WriteString(`{"person":`)
				g.person()
				g.b.WriteString(`,"relation":`)
				g.value()
				g.b.WriteByte('}')
			})
		case "actions":
			g.list(func() { g.object(actionKeys, nil) })
		case "period":
			g.b.WriteString(`{"from":`)
			g.value()
			g.b.WriteString(`,"to":`)
			g.value()
			g.b.WriteByte('}')
		case "commitments":
			g.b.WriteString(`{"benefits":[{"kind":"other","amount":{"amount":`)
			g.value()
			g.b.WriteString(`,"currency":"PLN"}}]}`)
		default:
			return false
		}
		return true
	})
}

func (g *docBuilder) lifecycle() {
	g.b.WriteString(`{"events":`)
	g.list(func() { g.object(eventKeys, nil) })
	g.b.WriteByte('}')
}

// checkNoSecret fails t when err, in any of its forms, shows personal data
// of the input.
func checkNoSecret(t *testing.T, doc string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	forms := []string{err.Error(), fmt.Sprintf("%+v", err), integracja.Localize(err, language.Polish), integracja.Localize(err, language.English)}
	for _, fe := range integracja.FieldErrors(err) {
		forms = append(forms, fe.Value)
	}
	for _, f := range forms {
		for _, s := range secrets {
			if strings.Contains(f, s) {
				t.Fatalf("the error for\n%s\nshows %q:\n%s", doc, s, f)
			}
		}
	}
}

// FuzzDecodePersonalData decodes contracts, persons and lifecycles built
// from personal data put into every field, under repeated and case-variant
// keys, through Decode and json.Unmarshal, and checks that no error shows
// any of it.
func FuzzDecodePersonalData(f *testing.F) {
	for _, seed := range [][]byte{
		{0, 6, 1, 10, 2, 11, 3}, {1, 6, 8, 1, 2, 3, 4, 5, 6}, {1, 6, 6, 0, 6, 6, 2, 6, 8, 2, 1, 4},
		{2, 3, 0, 2, 1, 5, 1, 2, 8}, {1, 5, 12, 0, 6, 2, 3, 6, 1, 9, 1, 5}, []byte("\x01\x06\x0c\x01\x05\x05\x06\x01\x02\x07"),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		g := &docBuilder{in: in}
		switch g.next(3) {
		case 0:
			g.person()
			doc := g.b.String()
			var p contract.Person
			checkNoSecret(t, doc, json.Unmarshal([]byte(doc), &p))
		case 1:
			g.contract()
			doc := g.b.String()
			_, err := contract.Decode([]byte(doc))
			checkNoSecret(t, doc, err)
			var c contract.Contract
			checkNoSecret(t, doc, json.Unmarshal([]byte(doc), &c))
			var v struct {
				Contracts []contract.Contract `json:"contracts"`
			}
			checkNoSecret(t, doc, json.Unmarshal([]byte(`{"contracts":[{},`+doc+`]}`), &v))
		default:
			g.lifecycle()
			doc := g.b.String()
			var l contract.Lifecycle
			checkNoSecret(t, doc, json.Unmarshal([]byte(doc), &l))
		}
	})
}

func TestDecodingErrorsShowNoPersonalData(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		path string
	}{
		{"a PESEL typed into a deadline", `{"terms":{"actions":[{"due":"85061212346"}]}}`, "terms.actions[0].due"},
		{"a name typed into the conclusion date", `{"concludedOn":"Genowefa Pigwa"}`, "concludedOn"},
		{"an impossible birth date typed into an event's date", `{"lifecycle":{"events":[{"date":"1985-06-31"}]}}`, "lifecycle.events[0].date"},
		{"a PESEL with a fraction typed into the hours", `{"terms":{"actions":[{"hours":85061212346.5}]}}`, "terms.actions[0].hours"},
		{"a name typed into an amount", `{"terms":{"commitments":{"benefits":[{"amount":{"amount":"Genowefa Pigwa","currency":"PLN"}}]}}}`,
			"terms.commitments.benefits[0].amount.amount"},
		{"a PESEL typed into a period", `{"terms":{"period":{"from":"2019-06-03","to":"8506121234"}}}`, "terms.period.to"},
		{"a PESEL given twice, once in another case", `{"client":{"PESEL":"85061212347","pesel":"85061212346"}}`, "client.PESEL"},
		{"a PESEL given twice", `{"client":{"pesel":"85061212347","pesel":"85061212346"}}`, "client.pesel"},
		{"an impossible birth date in another case", `{"client":{"BirthDate":"1985-06-31"}}`, "client.BirthDate"},
		{"an impossible birth date", `{"worker":{"birthDate":"1985-06-31"}}`, "worker.birthDate"},
		{"a birth date typed into the sex", `{"worker":{"sex":"1985-06-12"}}`, "worker.sex"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is reported at its path without it", func(t *testing.T) {
			_, err := contract.Decode([]byte(tt.doc))
			if fes := integracja.FieldErrors(err); len(fes) == 0 || fes[0].Path.String() != tt.path {
				t.Fatalf("want an error at %s, got %v", tt.path, err)
			}
			checkNoSecret(t, tt.doc, err)
		})
	}
}
