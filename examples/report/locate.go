package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/programme"
)

// fileError is what is wrong with a programme file: one line per problem,
// each "file:line: path: message", as compilers write theirs.
type fileError struct{ lines []string }

func (e *fileError) Error() string { return strings.Join(e.lines, "\n") }

// load decodes and validates the programme file data read from name. Every
// problem is reported with the line of the file where it lies: the line of
// the bad value, or of the nearest enclosing value present in the file for
// a value that is missing.
func load(name string, data []byte, t language.Tag) (programme.Programme, error) {
	var syntax *json.SyntaxError
	if err := json.Unmarshal(data, new(any)); errors.As(err, &syntax) {
		line, col := position(data, int(syntax.Offset)-1) // Offset is just past the bad byte
		return programme.Programme{}, &fileError{[]string{fmt.Sprintf("%s:%d:%d: %s", name, line, col,
			integracja.Text{PL: "niepoprawny JSON: ", EN: "malformed JSON: "}.In(t)+syntax.Error())}}
	} else if err != nil {
		return programme.Programme{}, &fileError{[]string{name + ": " + err.Error()}}
	}
	p, err := programme.Decode(data)
	if err == nil {
		err = p.Validate()
	}
	if err == nil {
		return p, nil
	}
	at := offsets(data)
	fe := &fileError{}
	for _, e := range integracja.FieldErrors(err) {
		line, _ := position(data, lookup(at, e.Path.String()))
		fe.lines = append(fe.lines, fmt.Sprintf("%s:%d: %s", name, line, integracja.Localize(e, t)))
	}
	if len(fe.lines) == 0 {
		fe.lines = []string{name + ": " + integracja.Localize(err, t)}
	}
	return programme.Programme{}, fe
}

// offsets maps the path of every value of a JSON document, written as
// the module's field paths are ("participants[3].events[1].date"), to the
// byte offset where the value, or the key that names it, begins. data must
// be valid JSON.
func offsets(data []byte) map[string]int {
	at := map[string]int{"": 0}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	start := func() int { return skip(data, int(dec.InputOffset())) }
	var value func(path string)
	value = func(path string) {
		if _, ok := at[path]; !ok {
			at[path] = start()
		}
		tok, err := dec.Token()
		if err != nil {
			return
		}
		switch tok {
		case json.Delim('{'):
			for dec.More() {
				off := start()
				key, err := dec.Token()
				if err != nil {
					return
				}
				k, _ := key.(string)
				child := path + "." + k
				if path == "" {
					child = k
				}
				at[child] = off
				at[path+"["+strconv.Quote(k)+"]"] = off
				value(child)
			}
			_, _ = dec.Token()
		case json.Delim('['):
			for i := 0; dec.More(); i++ {
				value(path + "[" + strconv.Itoa(i) + "]")
			}
			_, _ = dec.Token()
		}
	}
	value("")
	return at
}

// skip returns the offset of the first byte at or after off that is not
// white space or a separator.
func skip(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

// lookup returns the offset of path, or of its nearest enclosing path in
// at.
func lookup(at map[string]int, path string) int {
	for {
		if off, ok := at[path]; ok {
			return off
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return 0
		}
		path = path[:i]
	}
}

// position returns the line and column (both from 1, the column in bytes)
// of byte offset off in data.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	return line, off - bytes.LastIndexByte(data[:off], '\n')
}
