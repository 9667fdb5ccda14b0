package jsonx

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ShowKey returns an object key from the input as an error may show it,
// and whether it reads as a plain name (ASCII letters, digits and '_', not
// starting with a digit), which a path may show as a field (`actions.colour`)
// rather than a quoted key (`actions["colour"]`).
//
// A key is input, and input may be personal data: a PESEL or a birth date
// typed where a code belongs, a name used as a key. So:
//
//   - a key holding more than [MaxKeyDigits] digits, of any script, has
//     every digit shown as '#': "79112302216" is shown as "###########",
//     "1985-02-30" as "####-##-##", while "EECO01" and "2019" stay as
//     they are;
//   - a key longer than [MaxKeyRunes] runes is cut to its first
//     MaxKeyRunes-1 runes followed by "…".
//
// The result is not escaped: whoever prints it quotes it (strconv.Quote
// escapes control characters, line breaks and bidirectional marks, so a
// key cannot forge a log line or turn text around). A name shorter than
// the limit is shown: the decoder cannot tell a name from a code, and no
// format of the module has keys that hold names.
func ShowKey(key string) (shown string, plain bool) {
	digits, runes := 0, 0
	for _, r := range key {
		runes++
		if unicode.IsDigit(r) {
			digits++
		}
	}
	mask := digits > MaxKeyDigits
	cut := runes > MaxKeyRunes
	if !mask && !cut {
		return key, isPlain(key)
	}
	var b strings.Builder
	n := 0
	for _, r := range key {
		if cut && n == MaxKeyRunes-1 {
			b.WriteRune('…')
			break
		}
		if mask && unicode.IsDigit(r) {
			r = '#'
		}
		b.WriteRune(r)
		n++
	}
	return b.String(), false
}

func isPlain(s string) bool {
	if s == "" || ('0' <= s[0] && s[0] <= '9') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// foldName returns name folded the way encoding/json folds keys to match
// them with field names regardless of case: ASCII letters upper-cased,
// other runes replaced by the smallest rune of their case-folding orbit.
func foldName(name []byte) string {
	var arr [32]byte
	out := arr[:0]
	for i := 0; i < len(name); {
		if c := name[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(name[i:])
		out = utf8.AppendRune(out, foldRune(r))
		i += n
	}
	return string(out)
}

func foldRune(r rune) rune {
	for {
		r2 := unicode.SimpleFold(r)
		if r2 <= r {
			return r2
		}
		r = r2
	}
}
