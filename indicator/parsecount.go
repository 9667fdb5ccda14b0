package indicator

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// MaxCountLen is the longest text, in bytes and surrounding spaces
// included, that [ParseCount] reads. The longest notation [Count.Format]
// writes, four numbers of nineteen digits with their words, is under 150
// bytes; a longer text is refused before it is read, so the cost of
// ParseCount does not grow with its input.
const MaxCountLen = 256

// ParseCount reads a count of people in the notations Polish reports use,
// and in the English one [Count.Format] prints. Case and spacing are free
// (a no-break space counts as a space), and so is the spacing inside the
// brackets and around the letters:
//
//	"20 (12K i 8M)", "20 (12 K, 8 M)", "3 ( 1 K i 2 M )", "5 (5 M)"
//	"20 osób (12 kobiet i 8 mężczyzn)", "20 (12K, 6M i 2 b.d.)"
//	"12 osób tj. 6 kobiet i 6 mężczyzn", "120 osób – 72K i 48M"
//	"20 (12 women, 8 men)", "20 (12 women and 8 men)"
//	"142 osoby, w tym 93 kobiety"  — the rest (49) are men
//	"227 osób, w tym 131 kobiet", "30 osób, w tym 10 mężczyzn"
//	"142 people, of whom 93 women"
//	"12 kobiet i 8 mężczyzn", "72K i 48M" — the parts alone: 20 people
//	"10 kobiet", "1 kobieta", "3 mężczyzn", "9 uczestniczek", "5 women", "0"
//	"7", "7 osób", "14 uczestników" — a total with no breakdown: 7 of
//	unspecified sex
//	"12 345 osób", "9 173" — digits grouped by threes with a space
//
// In brackets, after "tj." ("to jest", that is), after a colon or after a
// dash, every sex with people in it is listed, so the stated total must
// equal the sum of the parts; the parts alone are the whole count. After
// "w tym" ("of whom") the parts are some of the people, as in GUS tables,
// where "w tym" means that not every part of the sum is given: when only
// women (or only men) are named, the rest are of the other sex; when both
// are named, the rest are of unspecified sex; the parts may not exceed the
// total.
//
// A group of digits after a space has exactly three digits, and the first
// group one to three, not starting with 0: "1 9 173" (a row number before
// a grouped figure, as tables print them) is two numbers side by side,
// and is refused as ambiguous. So are the forms that do not say how many
// people there are: an approximate number ("ponad 70", "prawie 4 tys."),
// thousands written as "tys.", a number with a decimal point or comma
// ("12.345", "2,5"), a percentage ("72K tj. 60%"), a suppressed cell
// ("<3", "#"), and a part that is not a sex ("658 osób w tym 480 kobiet,
// 178 mężczyzn i 142 osoby niepełnosprawne").
//
// ParseCount reads in stages, each refusing what it cannot read with its
// own error: the text itself (at most [MaxCountLen] bytes, valid UTF-8, no
// line breaks, control characters or invisible formatting marks), then its
// numbers, words and signs, then the shape of the notation. Every failure
// is a [*integracja.ParseError] whose Input is at most [integracja.MaxQuoted] bytes of
// s, with cause [integracja.ErrInconsistent] when a total disagrees with
// its parts (the detail says both numbers), [integracja.ErrOutOfRange] for
// a negative or too large number or a text too long,
// [integracja.ErrDuplicate] for a sex named twice, and
// [integracja.ErrInvalid] for anything else.
func ParseCount(s string) (Count, error) {
	text, err := countText(s)
	if err != nil {
		return Count{}, countError(s, err)
	}
	toks, err := lexCount(text)
	if err != nil {
		return Count{}, countError(s, err)
	}
	c, err := parseCount(toks)
	if err != nil {
		return Count{}, countError(s, err)
	}
	return c, nil
}

// countProblem is a parse failure before it is given its input.
type countProblem struct {
	cause  error
	detail integracja.Text
}

// Error returns the English detail; ParseCount never returns a
// countProblem itself, only the ParseError made from it.
func (p *countProblem) Error() string { return p.detail.EN }

func countError(s string, err error) error {
	pe := &integracja.ParseError{Kind: "count", KindPL: "liczby osób", Input: integracja.Excerpt(s, integracja.MaxQuoted), Err: integracja.ErrInvalid}
	if cp, ok := err.(*countProblem); ok {
		pe.Err, pe.Detail = cp.cause, cp.detail
	}
	return pe
}

func problem(cause error, pl, en string) *countProblem {
	return &countProblem{cause: cause, detail: integracja.Text{PL: pl, EN: en}}
}

// maxQuotedWord is the most bytes of a word or number that a detail of a
// ParseCount error repeats.
const maxQuotedWord = 24

// bytesNoun is the noun for a number of bytes.
var bytesNoun = i18n.Noun{One: "bajt", Few: "bajty", Many: "bajtów", EnOne: "byte", EnOther: "bytes"}

// Stage 1: the text. It is bounded, valid UTF-8, and free of line breaks,
// control characters and invisible formatting marks (bidirectional marks,
// zero-width spaces, soft hyphens); what is left is trimmed.

func countText(s string) (string, error) {
	if len(s) > MaxCountLen {
		return "", problem(integracja.ErrOutOfRange,
			"zapis dłuższy niż "+bytesNoun.Count(language.Polish, MaxCountLen),
			"text longer than "+bytesNoun.Count(language.English, MaxCountLen))
	}
	if !utf8.ValidString(s) {
		return "", problem(integracja.ErrInvalid, "niepoprawne kodowanie UTF-8", "invalid UTF-8")
	}
	for _, r := range s {
		if r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029') {
			q := strconv.QuoteRune(r)
			return "", problem(integracja.ErrInvalid, "niedozwolony znak "+q, "character "+q+" not allowed")
		}
	}
	return strings.TrimFunc(s, isCountSpace), nil
}

// isCountSpace reports whether r separates the words of a count: a tab or
// any space, the no-break spaces included.
func isCountSpace(r rune) bool { return r == '\t' || unicode.Is(unicode.Zs, r) }

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// Stage 2: numbers, words and signs.

type tokKind uint8

const (
	tokEnd tokKind = iota
	tokNum
	tokWord
	tokOpen
	tokClose
	tokComma
	tokColon
	tokDash
)

type token struct {
	kind tokKind
	text string // the word, lowercase, without trailing dots; or the number's digits
	num  int
}

// lexCount splits text into numbers, words and signs.
func lexCount(text string) ([]token, error) {
	var toks []token
	prev := ' ' // the character before the one read; the start counts as a space
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		startsNumber := i+size < len(text) && isDigit(text[i+size])
		switch {
		case isCountSpace(r):
		case r >= '0' && r <= '9':
			t, end, err := lexNumber(text, i)
			if err != nil {
				return nil, err
			}
			if n := len(toks); n > 0 && toks[n-1].kind == tokNum {
				return nil, sideBySide(toks[n-1], t)
			}
			toks = append(toks, t)
			i, prev = end, '0'
			continue
		case (r == '-' || r == '−') && startsNumber && (isCountSpace(prev) || strings.ContainsRune("(,;:", prev)):
			return nil, problem(integracja.ErrOutOfRange, textNegative.PL, textNegative.EN)
		case (r == '-' || r == '−') && startsNumber: // "12-8": a range, or a typo
			q := strconv.QuoteRune(r)
			return nil, problem(integracja.ErrInvalid, "nieoczekiwany znak "+q, "unexpected character "+q)
		case r == '-' || r == '–' || r == '—':
			toks = append(toks, token{kind: tokDash})
		case unicode.IsLetter(r):
			j := i
			for j < len(text) {
				c, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(c) && c != '.' && c != '/' {
					break
				}
				j += n
			}
			toks = append(toks, token{kind: tokWord, text: strings.TrimRight(strings.ToLower(text[i:j]), "./")})
			i, prev = j, 'a'
			continue
		case r == '(':
			toks = append(toks, token{kind: tokOpen})
		case r == ')':
			toks = append(toks, token{kind: tokClose})
		case r == ',' || r == ';':
			toks = append(toks, token{kind: tokComma})
		case r == ':':
			toks = append(toks, token{kind: tokColon})
		case r == '.' && len(toks) > 0 && i+size == len(text):
			// a full stop ending a sentence
		case r == '%':
			return nil, problem(integracja.ErrInvalid, "udział procentowy („%”) nie jest liczbą osób",
				"a percentage (\"%\") is not a number of people")
		case r == '<' || r == '#':
			return nil, problem(integracja.ErrInvalid, "komórka ukryta („<3”, „#”) nie jest liczbą osób",
				"a suppressed cell (\"<3\", \"#\") is not a number of people")
		default:
			q := strconv.QuoteRune(r)
			return nil, problem(integracja.ErrInvalid, "nieoczekiwany znak "+q, "unexpected character "+q)
		}
		i, prev = i+size, r
	}
	return toks, nil
}

// lexNumber reads the number that starts at text[i]: a run of digits, and
// the groups of three digits that follow it, each after one space, when
// the first run has one to three digits and does not start with 0. A
// decimal point or comma right after it is an error: a number of people
// is whole, and "12.345" could be twelve thousand or twelve.
func lexNumber(text string, i int) (token, int, error) {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	digits := text[i:j]
	if j-i <= 3 && text[i] != '0' {
		for {
			r, size := utf8.DecodeRuneInString(text[j:])
			if j == len(text) || !isCountSpace(r) {
				break
			}
			k := j + size
			m := k
			for m < len(text) && isDigit(text[m]) {
				m++
			}
			if m-k != 3 {
				break
			}
			digits += text[k:m]
			j = m
		}
	}
	if j+1 < len(text) && (text[j] == '.' || text[j] == ',') && isDigit(text[j+1]) {
		k := j + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		q := integracja.Excerpt(text[i:k], maxQuotedWord)
		return token{}, 0, problem(integracja.ErrInvalid,
			"niejednoznaczna liczba „"+q+"”: liczba osób jest całkowita, a grupy tysięcy oddziela się spacją",
			"ambiguous number \""+q+"\": a number of people is whole, and groups of thousands are separated by a space")
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		q := integracja.Excerpt(digits, maxQuotedWord)
		return token{}, 0, problem(integracja.ErrOutOfRange, "liczba "+q+" jest zbyt duża", "number "+q+" is too large")
	}
	return token{kind: tokNum, text: digits, num: n}, j, nil
}

// sideBySide refuses two numbers with nothing between them: "1 9 173" may
// be a row number and a grouped figure, or one number grouped wrongly.
func sideBySide(a, b token) error {
	q := "„" + integracja.Excerpt(a.text, maxQuotedWord) + "” i „" + integracja.Excerpt(b.text, maxQuotedWord) + "”"
	e := "\"" + integracja.Excerpt(a.text, maxQuotedWord) + "\" and \"" + integracja.Excerpt(b.text, maxQuotedWord) + "\""
	return problem(integracja.ErrInvalid,
		"dwie liczby obok siebie ("+q+"): nie wiadomo, czy to jedna liczba; grupa tysięcy ma trzy cyfry",
		"two numbers side by side ("+e+"): it is not clear whether they are one number; a group of thousands has three digits")
}

// Stage 3: the shape of the notation.

// Words of the notation, lowercase, trailing dots removed.
var (
	womenWords = []string{"k", "kobieta", "kobiety", "kobiet", "woman", "women", "female", "females",
		"uczestniczka", "uczestniczki", "uczestniczek"}
	menWords         = []string{"m", "mężczyzna", "mężczyźni", "mężczyzn", "mezczyzna", "mezczyzni", "mezczyzn", "man", "men", "male", "males"}
	unspecifiedWords = []string{"b.d", "bd", "nieokreślona", "nieokreślonej", "unspecified", "n/a"}
	personWords      = []string{"osoba", "osoby", "osób", "osob", "person", "persons", "people",
		"uczestnik", "uczestnicy", "uczestników", "uczestnikow", "participant", "participants",
		"podopieczny", "podopieczni", "podopiecznych", "mieszkaniec", "mieszkańcy", "mieszkańców"}
	andWords    = []string{"i", "oraz", "and"}
	approxWords = []string{"ponad", "około", "okolo", "ok", "prawie", "blisko", "niemal", "przeszło",
		"powyżej", "poniżej", "mniej", "więcej", "about", "approximately", "almost", "nearly", "over", "under"}
	thousandWords = []string{"tys", "tysiąc", "tysiące", "tysięcy", "mln", "thousand", "thousands"}
)

func isWord(t token, words ...string) bool {
	if t.kind != tokWord {
		return false
	}
	for _, w := range words {
		if t.text == w {
			return true
		}
	}
	return false
}

func sexOf(t token) (Sex, bool) {
	switch {
	case isWord(t, womenWords...):
		return Female, true
	case isWord(t, menWords...):
		return Male, true
	case isWord(t, unspecifiedWords...):
		return SexUnspecified, true
	}
	return 0, false
}

type countParser struct {
	toks []token
	i    int
}

func (p *countParser) peek() token {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return token{kind: tokEnd}
}

func (p *countParser) next() token {
	t := p.peek()
	if p.i < len(p.toks) {
		p.i++
	}
	return t
}

// quoteWord returns the word of t in Polish and English quotation marks.
func quoteWord(t token) (pl, en string) {
	w := integracja.Excerpt(t.text, maxQuotedWord)
	return "„" + w + "”", "\"" + w + "\""
}

func unexpected(t token) error {
	var pl, en string
	switch t.kind {
	case tokEnd:
		pl, en = "niepełny zapis", "incomplete notation"
	case tokNum:
		pl, en = "nieoczekiwana liczba "+t.text, "unexpected number "+t.text
	case tokWord:
		q, e := quoteWord(t)
		pl, en = "nieoczekiwane słowo "+q, "unexpected word "+e
	case tokOpen:
		pl, en = "nieoczekiwany nawias", "unexpected bracket"
	case tokClose:
		pl, en = "nieoczekiwany nawias zamykający", "unexpected closing bracket"
	default:
		pl, en = "nieoczekiwany znak przestankowy", "unexpected punctuation"
	}
	return problem(integracja.ErrInvalid, pl, en)
}

// approximate refuses a number given only roughly ("ponad 70").
func approximate(t token) error {
	q, e := quoteWord(t)
	return problem(integracja.ErrInvalid, "liczba przybliżona ("+q+") nie mówi, ile jest osób; podaj dokładną liczbę",
		"an approximate number ("+e+") does not say how many people there are; give the exact number")
}

// number reads a number where one must come, refusing an approximation.
func (p *countParser) number() (token, error) {
	t := p.next()
	switch {
	case t.kind == tokNum:
		return t, nil
	case t.kind == tokEnd && p.i == 0:
		return t, problem(integracja.ErrInvalid, "brak liczby", "no number")
	case isWord(t, approxWords...):
		return t, approximate(t)
	}
	return t, unexpected(t)
}

// unit reads what may follow a number: thousands are refused, because
// "4 tys." is a rounded figure.
func (p *countParser) unit() (token, error) {
	t := p.peek()
	if isWord(t, thousandWords...) {
		q, e := quoteWord(t)
		return t, problem(integracja.ErrInvalid, "liczba w tysiącach ("+q+") jest zaokrąglona; podaj dokładną liczbę osób",
			"a number in thousands ("+e+") is rounded; give the exact number of people")
	}
	return t, nil
}

// parseCount reads the shape of the notation: the parts alone; a total
// alone; a total with every part, in brackets or after "tj.", a colon or
// a dash; or a total with some parts after "w tym".
func parseCount(toks []token) (Count, error) {
	p := countParser{toks: toks}
	first, err := p.number()
	if err != nil {
		return Count{}, err
	}
	w, err := p.unit()
	if err != nil {
		return Count{}, err
	}
	if _, ok := sexOf(w); ok { // "12 kobiet i 8 mężczyzn", "10 kobiet"
		p.i = 0
		parts, err := p.list(tokEnd)
		if err != nil {
			return Count{}, err
		}
		return parts.whole()
	}
	total := first.num
	persons := isWord(w, personWords...)
	if persons {
		p.next()
	}
	t := p.next()
	comma := t.kind == tokComma
	if comma {
		t = p.next()
	}
	switch {
	case t.kind == tokEnd && !comma: // "7", "7 osób"
		return Count{Unspecified: total}, nil
	case t.kind == tokOpen && !comma: // "20 (12K i 8M)"
		parts, err := p.list(tokClose)
		if err != nil {
			return Count{}, err
		}
		p.next()
		if t := p.next(); t.kind != tokEnd {
			return Count{}, unexpected(t)
		}
		return parts.all(total)
	case t.kind == tokColon && !comma, t.kind == tokDash, isWord(t, "tj"),
		isWord(t, "to") && isWord(p.peek(), "jest"): // "12 osób tj. 6 kobiet i 6 mężczyzn"
		if isWord(t, "to") {
			p.next()
		}
		parts, err := p.list(tokEnd)
		if err != nil {
			return Count{}, err
		}
		return parts.all(total)
	case persons && (isWord(t, "w") && isWord(p.peek(), "tym") || isWord(t, "of") && isWord(p.peek(), "whom") || isWord(t, "including")):
		if !isWord(t, "including") {
			p.next()
		}
		if p.peek().kind == tokColon {
			p.next()
		}
		parts, err := p.list(tokEnd)
		if err != nil {
			return Count{}, err
		}
		return parts.some(total)
	}
	return Count{}, unexpected(t)
}

type partList struct {
	count Count
	named [3]bool // by Sex
}

// list reads "12K i 8M", "12 women, 8 men", … up to (not including) a
// token of kind end.
func (p *countParser) list(end tokKind) (partList, error) {
	var l partList
	for {
		n, err := p.number()
		if err != nil {
			return l, err
		}
		w, err := p.unit()
		if err != nil {
			return l, err
		}
		p.next()
		s, ok := sexOf(w)
		switch {
		case ok:
		case isWord(w, personWords...):
			return l, problem(integracja.ErrInvalid,
				"część „"+n.text+" "+integracja.Excerpt(w.text, maxQuotedWord)+"…” nie jest podziałem według płci; w podziale według płci podaje się tylko kobiety, mężczyzn i osoby o nieokreślonej płci",
				"the part \""+n.text+" "+integracja.Excerpt(w.text, maxQuotedWord)+"…\" is not a breakdown by sex, which lists only women, men and people of unspecified sex")
		case w.kind == tokEnd || w.kind == end:
			return l, problem(integracja.ErrInvalid, "przy liczbie "+n.text+" brak płci", "the number "+n.text+" has no sex")
		default:
			return l, unexpected(w)
		}
		if l.named[s] {
			return l, problem(integracja.ErrDuplicate, twice[s].PL, twice[s].EN)
		}
		l.named[s] = true
		l.count = l.count.Plus(s, n.num)
		switch t := p.peek(); {
		case t.kind == end:
			return l, nil
		case t.kind == tokComma:
			p.next()
			if isWord(p.peek(), andWords...) {
				p.next()
			}
		case isWord(t, andWords...):
			p.next()
		default:
			return l, unexpected(t)
		}
	}
}

// twice says, by Sex, which part of a count was given twice.
var twice = [3]integracja.Text{
	SexUnspecified: {PL: "liczbę osób o nieokreślonej płci podano dwa razy", EN: "the number of people of unspecified sex is given twice"},
	Female:         {PL: "liczbę kobiet podano dwa razy", EN: "the number of women is given twice"},
	Male:           {PL: "liczbę mężczyzn podano dwa razy", EN: "the number of men is given twice"},
}

// whole returns the parts as the whole count: "12 kobiet i 8 mężczyzn" is
// 20 people, whose total must fit an int.
func (l partList) whole() (Count, error) {
	c := l.count
	if _, ok := sum(c.Women, c.Men, c.Unspecified); !ok {
		return Count{}, problem(integracja.ErrOutOfRange,
			"suma części "+c.totalString()+" jest zbyt duża", "the sum of the parts, "+c.totalString()+", is too large")
	}
	return c, nil
}

// all completes "total (parts)": the parts name every person, so they must
// add up to the total.
func (l partList) all(total int) (Count, error) {
	c := l.count
	if got, ok := sum(c.Women, c.Men, c.Unspecified); !ok || got != total {
		return Count{}, problem(integracja.ErrInconsistent,
			fmt.Sprintf("liczba ogółem %d różni się od sumy części %s", total, c.totalString()),
			fmt.Sprintf("the total %d differs from the sum of its parts, %s", total, c.totalString()))
	}
	return c, nil
}

// some completes "total, w tym parts": the rest of total goes to the sex
// not named, or to unspecified when both are named.
func (l partList) some(total int) (Count, error) {
	c := l.count
	part, ok := sum(c.Women, c.Men, c.Unspecified)
	if !ok || part > total {
		of := c.totalString() + " " + i18n.Persons.Many
		if ok {
			of = i18n.Persons.Count(language.Polish, part)
		}
		return Count{}, problem(integracja.ErrInconsistent,
			fmt.Sprintf("w tym %s, a ogółem tylko %s", of, i18n.Persons.Count(language.Polish, total)),
			fmt.Sprintf("of whom %s is more than the total %d", c.totalString(), total))
	}
	rest := total - part
	switch {
	case l.named[Female] && l.named[Male]:
		c.Unspecified += rest
	case l.named[Female]:
		c.Men += rest
	case l.named[Male]:
		c.Women += rest
	default:
		return Count{}, problem(integracja.ErrInvalid, "po „w tym” należy podać liczbę kobiet lub mężczyzn",
			"after \"of whom\" give the number of women or men")
	}
	return c, nil
}
