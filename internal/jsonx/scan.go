package jsonx

import (
	"unicode/utf16"
	"unicode/utf8"
)

// plainByte marks the bytes that stand for themselves inside a JSON
// string: printable ASCII other than '"' and '\\'.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// ws skips whitespace and returns the next byte, or 0 at the end of the
// input (where d.pos == len(d.data)).
func (d *decoder) ws() byte {
	for d.pos < len(d.data) {
		switch c := d.data[d.pos]; c {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return c
		}
	}
	return 0
}

// next skips whitespace and returns the next byte; the input must not end
// there.
func (d *decoder) next() byte {
	c := d.ws()
	if d.pos >= len(d.data) {
		d.fatal(EOF)
	}
	return c
}

// colon reads the ':' after an object key.
func (d *decoder) colon() {
	if d.next() != ':' {
		d.fatal(Syntax)
	}
	d.pos++
}

// literal reads the literal word (true, false, null) at d.pos.
func (d *decoder) literal(word string) {
	for i := 0; i < len(word); i++ {
		if d.pos >= len(d.data) {
			d.fatal(EOF)
		}
		if d.data[d.pos] != word[i] {
			d.fatal(Syntax)
		}
		d.pos++
	}
}

// num reads the number at d.pos and returns its text and whether it is an
// integer (no fraction, no exponent).
func (d *decoder) num() (b []byte, integer bool) {
	data, start := d.data, d.pos
	i := start
	if i < len(data) && data[i] == '-' {
		i++
	}
	digits := func() {
		d.pos = i
		if i >= len(data) {
			d.fatal(EOF)
		}
		if data[i] < '0' || data[i] > '9' {
			d.fatal(Syntax)
		}
		for i < len(data) && '0' <= data[i] && data[i] <= '9' {
			i++
		}
	}
	d.pos = i
	switch {
	case i >= len(data):
		d.fatal(EOF)
	case data[i] == '0':
		i++
	default:
		digits()
	}
	integer = true
	if i < len(data) && data[i] == '.' {
		integer = false
		i++
		digits()
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		integer = false
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		digits()
	}
	d.pos = i
	return data[start:i], integer
}

// str reads the string at d.pos (its opening quote) and returns its
// content unescaped, with invalid UTF-8 replaced by U+FFFD as encoding/json
// does. The result aliases the input or the decoder's scratch buffer and
// is valid until the next call.
func (d *decoder) str() []byte {
	data := d.data
	start := d.pos + 1
	i := start
	for i < len(data) {
		c := data[i]
		if plainByte[c] {
			i++
			continue
		}
		if c == '"' {
			d.pos = i + 1
			return data[start:i]
		}
		if c < utf8.RuneSelf {
			break // an escape or a control character
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	return d.strSlow(start, i)
}

// strSlow goes on from data[i] with the string that starts at data[start],
// building its content in the scratch buffer.
func (d *decoder) strSlow(start, i int) []byte {
	data := d.data
	b := append(d.buf[:0], data[start:i]...)
	for {
		d.pos = i
		if i >= len(data) {
			d.fatal(EOF)
		}
		c := data[i]
		switch {
		case c == '"':
			d.buf = b
			d.pos = i + 1
			return b
		case c == '\\':
			i++
			d.pos = i
			if i >= len(data) {
				d.fatal(EOF)
			}
			switch data[i] {
			case '"', '\\', '/':
				b = append(b, data[i])
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r := d.hex4(i + 1)
				i += 4
				if utf16.IsSurrogate(r) {
					// A pair decodes to one rune; anything else is
					// U+FFFD, and what follows is read on its own.
					r2 := rune(-1)
					if i+6 < len(data) && data[i+1] == '\\' && data[i+2] == 'u' {
						r2 = hex4(data[i+3 : i+7])
					}
					if p := utf16.DecodeRune(r, r2); p != utf8.RuneError {
						r = p
						i += 6
					} else {
						r = utf8.RuneError
					}
				}
				b = utf8.AppendRune(b, r)
			default:
				d.fatal(Syntax)
			}
			i++
		case c < 0x20:
			d.fatal(Syntax)
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n == 1 {
				b = utf8.AppendRune(b, r)
			} else {
				b = append(b, data[i:i+n]...)
			}
			i += n
		}
	}
}

// hex4 reads the four hexadecimal digits of a \u escape at data[i].
func (d *decoder) hex4(i int) rune {
	for j := i; j < i+4; j++ {
		d.pos = j
		if j >= len(d.data) {
			d.fatal(EOF)
		}
		if hexDigit(d.data[j]) < 0 {
			d.fatal(Syntax)
		}
	}
	return hex4(d.data[i : i+4])
}

// hex4 returns the value of four hexadecimal digits, or -1.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		h := hexDigit(c)
		if h < 0 {
			return -1
		}
		r = r<<4 | h
	}
	return r
}

func hexDigit(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10)
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

// unquote returns the content of a string that str has read before.
func unquote(quoted []byte) []byte {
	d := decoder{data: quoted}
	return d.str()
}

// first reads what follows the opening byte of an array or object: it
// reports whether a member follows, or reads the closing byte close.
func (d *decoder) first(close byte) bool {
	if d.next() == close {
		d.pos++
		return false
	}
	return true
}

// more reads what follows a member of an array or object: ',' before
// another member (true), or the closing byte close (false).
func (d *decoder) more(close byte) bool {
	switch d.next() {
	case ',':
		d.pos++
		return true
	case close:
		d.pos++
		return false
	}
	d.fatal(Syntax)
	return false
}

// key reads an object key and the ':' after it, and returns the key
// unescaped (valid until the next string is read) and the span of its
// quoted text, data[ks:ke].
func (d *decoder) key() (key []byte, ks, ke int) {
	if d.next() != '"' {
		d.fatal(Syntax)
	}
	ks = d.pos
	key = d.str()
	ke = d.pos
	d.colon()
	return key, ks, ke
}

// skip reads the value at d.pos (after whitespace) without decoding it,
// checking that it is well formed.
func (d *decoder) skip() {
	switch c := d.next(); c {
	case '{':
		d.enter()
		for more := d.first('}'); more; more = d.more('}') {
			if d.next() != '"' {
				d.fatal(Syntax)
			}
			d.skipString()
			d.colon()
			d.skip()
		}
		d.leave()
	case '[':
		d.enter()
		for more := d.first(']'); more; more = d.more(']') {
			d.skip()
		}
		d.leave()
	case '"':
		d.skipString()
	case 't':
		d.literal("true")
	case 'f':
		d.literal("false")
	case 'n':
		d.literal("null")
	default:
		if c != '-' && (c < '0' || c > '9') {
			d.fatal(Syntax)
		}
		d.num()
	}
}

// skipString reads the string at d.pos without unescaping it.
func (d *decoder) skipString() {
	data := d.data
	i := d.pos + 1
	for {
		if i >= len(data) {
			d.pos = i
			d.fatal(EOF)
		}
		c := data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			return
		case c == '\\':
			i++
			if i >= len(data) {
				d.pos = i
				d.fatal(EOF)
			}
			switch data[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				d.hex4(i + 1)
				i += 5
			default:
				d.pos = i
				d.fatal(Syntax)
			}
		case c < 0x20:
			d.pos = i
			d.fatal(Syntax)
		default:
			i++
		}
	}
}
