package main

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// FuzzLoad reads any bytes as a programme file: it never panics, and a file
// it refuses is reported line by line, each line naming the file and a
// line of it that exists.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte(strings.Replace(valid, `"kind": "gops"`, `"kind": "gminny"`, 1)))
	f.Add([]byte(`{"name": [1, {"a": null}], "x": "\u0061"}`))
	f.Add([]byte(`{"participants": [{"id": "A", "events": [{"date": "2012-13-01"}]}]`))
	line := regexp.MustCompile(`^in\.json:(\d+)(:\d+)?: `)
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := load("in.json", data, language.Polish)
		if err == nil {
			return
		}
		var fe *fileError
		if !errors.As(err, &fe) {
			t.Fatalf("not a file error: %v", err)
		}
		lines := strings.Count(string(data), "\n") + 1
		for _, l := range fe.lines {
			m := line.FindStringSubmatch(l)
			if m == nil {
				if strings.HasPrefix(l, "in.json: ") {
					continue
				}
				t.Fatalf("a problem without its file and line: %q", l)
			}
			n := 0
			for _, c := range m[1] {
				n = n*10 + int(c-'0')
			}
			if n < 1 || n > lines {
				t.Fatalf("line %d of a file of %d lines: %q", n, lines, l)
			}
		}
	})
}
