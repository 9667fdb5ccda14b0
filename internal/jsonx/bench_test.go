package jsonx_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/aktywna/integracja/internal/jsonx"
)

type benchSession struct {
	Date     date   `json:"date"`
	Hours    int    `json:"hours"`
	Activity code   `json:"activity"`
	Present  bool   `json:"present"`
	Note     string `json:"note,omitempty"`
}

type benchParticipant struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Born     date              `json:"born"`
	Score    float64           `json:"score"`
	Codes    []code            `json:"codes"`
	Labels   map[string]string `json:"labels"`
	Sessions []benchSession    `json:"sessions"`
}

type benchFile struct {
	Programme    string             `json:"programme"`
	Participants []benchParticipant `json:"participants"`
}

// benchDocument returns a file of n participants with four sessions each
// (about 6 MB for 10 000), and the same file with a bad value in the last
// session of the last participant: a string where the hours belong.
func benchDocument(n int) (good, bad []byte) {
	var b bytes.Buffer
	b.WriteString(`{"programme": "Aktywna integracja w gminie \u017b\u00f3rawina", "participants": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"id": "P-%06d", "name": "Uczestnik nr %d, \"Klub\"", "born": "19%02d-%02d-%02d", "score": %d.25,`+
			` "codes": ["a", "b", "c"], "labels": {"gmina": "Żórawina", "status": "bezrobotny"}, "sessions": [`,
			i, i, 50+i%40, 1+i%12, 1+i%28, i%100)
		for j := range 4 {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, `{"date": "2019-%02d-%02d", "hours": %d, "activity": "b", "present": %t, "note": "zaj\u0119cia grupowe"}`,
				1+j, 1+i%28, 2+j%3, j%4 != 0)
		}
		b.WriteString("]}")
	}
	b.WriteString("]}")
	good = b.Bytes()
	i := bytes.LastIndex(good, []byte(`"hours": `))
	bad = bytes.Clone(good)
	bad = append(bad[:i+len(`"hours": `)], append([]byte(`"x"`), good[i+len(`"hours": 2`):]...)...)
	return good, bad
}

// BenchmarkDecodeLargeDocument decodes 10 000 participants (about 6 MB)
// with Decode and with encoding/json, into the same types, valid and with
// a bad value in the last element.
func BenchmarkDecodeLargeDocument(b *testing.B) {
	good, bad := benchDocument(10_000)
	decoders := []struct {
		name   string
		decode func([]byte, any) error
	}{
		{"jsonx", jsonx.Decode},
		{"encoding_json", json.Unmarshal},
	}
	for _, input := range []struct {
		name string
		data []byte
		ok   bool
	}{{"valid", good, true}, {"bad_last", bad, false}} {
		for _, dec := range decoders {
			b.Run(dec.name+"/"+input.name, func(b *testing.B) {
				b.SetBytes(int64(len(input.data)))
				b.ReportAllocs()
				for b.Loop() {
					var f benchFile
					if err := dec.decode(input.data, &f); (err == nil) != input.ok {
						b.Fatalf("%s: %v", input.name, err)
					}
				}
			})
		}
	}
}

func TestBenchmarkDocumentDecodesAlikeAndFailsAtTheEnd(t *testing.T) {
	good, bad := benchDocument(50)
	var a, b benchFile
	if err := jsonx.Decode(good, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(good, &b); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatal("the decoders disagree on the benchmark's document")
	}
	err := jsonx.Decode(bad, &a)
	if err == nil || !strings.HasPrefix(err.Error(), "jsonx: participants[49].sessions[3].hours: want integer, got string") {
		t.Fatalf("the bad document fails with %v", err)
	}
}
