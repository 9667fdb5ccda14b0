package indicator

import (
	"fmt"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// Count is a number of people broken down by sex, as every ESF indicator
// must be: "all data shall be broken down by gender" (Regulation (EU)
// No 1304/2013, Annex I; for ESF+ Regulation (EU) 2021/1057, Annex I).
// Polish reports write it "20 (12K i 8M)": 20 people, 12 of them women
// (kobiety) and 8 men (mężczyźni). Unspecified holds people whose sex is
// not recorded, and a figure the source gives without any breakdown.
//
// Count is a comparable value type; the zero Count is no one. A Count with
// a negative field is invalid (see [Count.Validate]); arithmetic does not
// stop at zero, so [Count.Sub] can produce one.
type Count struct {
	Women       int `json:"women"`
	Men         int `json:"men"`
	Unspecified int `json:"unspecified,omitempty"`
}

// Total returns the number of people of every sex. It never wraps around:
// a total beyond the range of an int stops at math.MaxInt (or math.MinInt,
// for a count with negative fields). Such a count is invalid, and
// [Count.Validate] reports its total; the exact figure is in its
// [Count.Format].
func (c Count) Total() int { return clampSum(c.Women, c.Men, c.Unspecified) }

// Add returns the sum of c and d, sex by sex. It saturates instead of
// wrapping around: a field whose sum does not fit an int stops at
// math.MaxInt (or math.MinInt). Use [Count.AddChecked] where the counts
// come from outside and an overflow must be an error.
func (c Count) Add(d Count) Count {
	return Count{Women: clampSum(c.Women, d.Women), Men: clampSum(c.Men, d.Men),
		Unspecified: clampSum(c.Unspecified, d.Unspecified)}
}

// AddChecked returns the sum of c and d, sex by sex, as [Count.Add] does,
// or an error when a field of the sum, or its total, does not fit an int:
// a [*integracja.FieldError] with cause [integracja.ErrOutOfRange] at
// "women", "men", "unspecified" or "total".
func (c Count) AddChecked(d Count) (Count, error) {
	var errs []error
	for _, f := range []struct {
		name string
		a, b int
	}{{"women", c.Women, d.Women}, {"men", c.Men, d.Men}, {"unspecified", c.Unspecified, d.Unspecified}} {
		if _, ok := exactSum(f.a, f.b); !ok {
			errs = append(errs, integracja.OutOfRange(integracja.NewPath(f.name), bigSum(f.a, f.b), textTooLarge))
		}
	}
	if len(errs) > 0 {
		return Count{}, integracja.Join(errs...)
	}
	out := c.Add(d)
	if _, ok := exactSum(out.Women, out.Men, out.Unspecified); !ok {
		return Count{}, integracja.OutOfRange(integracja.NewPath("total"), out.totalString(), textTooLarge)
	}
	return out, nil
}

// Sub returns c minus d, sex by sex: the people of c who are not in d when
// d is a part of c ("of whom"). A field goes negative when d has more people
// of that sex than c; [Count.Validate] reports that. Like [Count.Add], it
// saturates instead of wrapping around.
func (c Count) Sub(d Count) Count {
	return Count{Women: clampSum(c.Women, negate(d.Women)), Men: clampSum(c.Men, negate(d.Men)),
		Unspecified: clampSum(c.Unspecified, negate(d.Unspecified))}
}

// negate returns -n, or math.MaxInt for math.MinInt, whose negation does
// not fit.
func negate(n int) int {
	if n == minInt {
		return maxInt
	}
	return -n
}

// Of returns the number of people of sex s in c; for a Sex out of range
// (see [Sex.IsValid]) it returns c.Unspecified, as [Count.Plus] counts one
// there.
func (c Count) Of(s Sex) int {
	switch s {
	case Female:
		return c.Women
	case Male:
		return c.Men
	}
	return c.Unspecified
}

// Plus returns c with n more people of sex s, saturating as [Count.Add]
// does. A Sex out of range is
// counted as unspecified: check [Sex.IsValid] (or validate the profile, as
// [Profile.Validate] does) when the sex comes from outside.
func (c Count) Plus(s Sex, n int) Count {
	switch s {
	case Female:
		c.Women = clampSum(c.Women, n)
	case Male:
		c.Men = clampSum(c.Men, n)
	default:
		c.Unspecified = clampSum(c.Unspecified, n)
	}
	return c
}

// IsZero reports whether c counts no one.
func (c Count) IsZero() bool { return c == Count{} }

// WomenShare returns the share of women in c: women over the total of
// every sex, people of unspecified sex included. For the zero Count the
// share is not applicable (a zero denominator).
func (c Count) WomenShare() Ratio { return Ratio{Num: c.Women, Den: c.Total()} }

// Validate reports every negative field, with the paths "women", "men" and
// "unspecified", and a total too large for an int (path "total"). Each
// problem is a [*integracja.FieldError] with cause
// [integracja.ErrOutOfRange].
func (c Count) Validate() error {
	var errs []error
	for _, f := range []struct {
		name string
		n    int
	}{{"women", c.Women}, {"men", c.Men}, {"unspecified", c.Unspecified}} {
		if f.n < 0 {
			errs = append(errs, integracja.OutOfRange(integracja.NewPath(f.name), strconv.Itoa(f.n), textNegative))
		}
	}
	if len(errs) == 0 {
		if _, ok := sum(c.Women, c.Men, c.Unspecified); !ok {
			errs = append(errs, integracja.OutOfRange(integracja.NewPath("total"), c.totalString(), textTooLarge))
		}
	}
	return integracja.Join(errs...)
}

var (
	textNegative = integracja.Text{PL: "liczba osób nie może być ujemna", EN: "a number of people cannot be negative"}
	textTooLarge = integracja.Text{PL: "liczba zbyt duża", EN: "number too large"}
)

// sum adds non-negative numbers, reporting false when the sum overflows
// an int.
func sum(ns ...int) (int, bool) {
	for _, n := range ns {
		if n < 0 {
			return 0, false
		}
	}
	return exactSum(ns...)
}

const (
	maxInt = int(^uint(0) >> 1)
	minInt = -maxInt - 1
)

// wideSum returns the exact sum of ns as a 128-bit two's complement
// number, hi·2⁶⁴ + lo: three ints cannot overflow it.
func wideSum(ns ...int) (hi int64, lo uint64) {
	for _, n := range ns {
		var carry uint64
		lo, carry = bits.Add64(lo, uint64(int64(n)), 0)
		hi += int64(carry)
		if n < 0 {
			hi--
		}
	}
	return hi, lo
}

// exactSum returns the sum of ns, and false when it does not fit an int.
func exactSum(ns ...int) (int, bool) {
	hi, lo := wideSum(ns...)
	switch {
	case hi == 0 && lo <= uint64(maxInt):
		return int(lo), true
	case hi == -1 && lo >= 1<<63 && int64(lo) >= int64(minInt):
		return int(int64(lo)), true
	}
	return 0, false
}

// clampSum returns the sum of ns, or math.MaxInt or math.MinInt when it
// is beyond them: the arithmetic of a Count saturates, it never wraps.
func clampSum(ns ...int) int {
	if s, ok := exactSum(ns...); ok {
		return s
	}
	if hi, _ := wideSum(ns...); hi >= 0 {
		return maxInt
	}
	return minInt
}

// bigSum returns the exact sum of ns in decimal digits, even when it does
// not fit an int.
func bigSum(ns ...int) string {
	if s, ok := exactSum(ns...); ok {
		return strconv.Itoa(s)
	}
	t := new(big.Int)
	for _, n := range ns {
		t.Add(t, big.NewInt(int64(n)))
	}
	return t.String()
}

// totalString returns the exact total of c in decimal digits, even when it
// does not fit an int.
func (c Count) totalString() string { return bigSum(c.Women, c.Men, c.Unspecified) }

// Format returns c in the notation of Polish reports, or in English when t
// asks for English:
//
//	pl: "20 (12K i 8M)", "5 (5M)", "20 (12K, 6M i 2 b.d.)", "0"
//	en: "20 (12 women, 8 men)", "5 (5 men)", "20 (12 women, 6 men, 2 unspecified)", "0"
//
// The total comes first; the brackets list every sex with people in it
// and leave out those with none, so the zero Count prints as "0". People
// of unspecified sex print as "b.d." (brak danych, "no data") in Polish and
// "unspecified" in English. For every Count with non-negative fields whose
// total fits an int, [ParseCount] of the result gives c back.
func (c Count) Format(t language.Tag) string {
	if c.IsZero() {
		return "0"
	}
	en := integracja.IsEnglish(t)
	var parts []string
	add := func(n int, pl string, noun i18n.Noun) {
		if n == 0 {
			return
		}
		if en {
			parts = append(parts, noun.Count(language.English, n))
		} else {
			parts = append(parts, strconv.Itoa(n)+pl)
		}
	}
	add(c.Women, "K", i18n.Women)
	add(c.Men, "M", i18n.Men)
	add(c.Unspecified, " b.d.", unspecifiedNoun)
	return c.totalString() + " (" + joinParts(parts, en) + ")"
}

// joinParts lists the parts of a count the way its notation does: "12K
// i 8M", "12K, 6M i 2 b.d." in Polish; "12 women, 8 men" in English.
func joinParts(parts []string, en bool) string {
	switch {
	case en:
		return strings.Join(parts, ", ")
	case len(parts) == 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " i " + parts[len(parts)-1]
}

// unspecifiedNoun names people of unspecified sex; in Polish the notation
// uses the invariable abbreviation "b.d." instead.
var unspecifiedNoun = i18n.Noun{One: "b.d.", Few: "b.d.", Many: "b.d.", EnOne: "unspecified", EnOther: "unspecified"}

// String returns c in Polish notation: "20 (12K i 8M)".
func (c Count) String() string { return c.Format(language.Polish) }

// MarshalText returns the Polish notation of c, so a Count can be a map
// key or a CSV cell; [Count.UnmarshalText] reads it back.
func (c Count) MarshalText() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return []byte(c.String()), nil
}

// UnmarshalText accepts everything [ParseCount] accepts.
func (c *Count) UnmarshalText(b []byte) error {
	v, err := ParseCount(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// MarshalJSON encodes c as {"women":12,"men":8}, with "unspecified" only
// when it is not zero. (Without it, encoding/json would use MarshalText.)
// Like [Count.MarshalText], it refuses an invalid count (see
// [Count.Validate]) rather than write JSON that [Count.UnmarshalJSON]
// would reject.
func (c Count) MarshalJSON() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if c.Unspecified == 0 {
		return fmt.Appendf(nil, `{"women":%d,"men":%d}`, c.Women, c.Men), nil
	}
	return fmt.Appendf(nil, `{"women":%d,"men":%d,"unspecified":%d}`, c.Women, c.Men, c.Unspecified), nil
}

// UnmarshalJSON decodes the object [Count.MarshalJSON] writes, strictly:
// unknown fields, values that are not whole numbers and negative counts are
// errors with the path of the bad value ("men"). A missing field is zero;
// JSON null leaves c unchanged.
func (c *Count) UnmarshalJSON(b []byte) error {
	if strings.TrimSpace(string(b)) == "null" {
		return nil
	}
	type plain Count
	var p plain
	if err := integracja.DecodeJSON(b, &p); err != nil {
		return err
	}
	v := Count(p)
	if err := v.Validate(); err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCount reads a count of people in the notations Polish reports use,
// and in the English one [Count.Format] prints. Case and spacing are free
// (a no-break space counts as a space), and so is the spacing inside the
// brackets and around the letters:
//
//	"20 (12K i 8M)", "20 (12 K, 8 M)", "3 ( 1 K i 2 M )", "5 (5 M)"
//	"20 osób (12 kobiet i 8 mężczyzn)", "20 (12K, 6M i 2 b.d.)"
//	"20 (12 women, 8 men)", "20 (12 women and 8 men)"
//	"142 osoby, w tym 93 kobiety"  — the rest (49) are men
//	"227 osób, w tym 131 kobiet", "30 osób, w tym 10 mężczyzn"
//	"142 people, of whom 93 women"
//	"10 kobiet", "1 kobieta", "3 mężczyzn", "5 women", "0"
//	"7", "7 osób" — a total with no breakdown: 7 of unspecified sex
//
// In brackets every sex with people in it is listed, so the stated total
// must equal the sum of the parts. After "w tym" ("of whom") the parts are
// some of the people, as in GUS tables, where "w tym" means that not every
// part of the sum is given: when only women (or only men) are named, the rest are
// of the other sex; when both are named, the rest are of unspecified sex;
// the parts may not exceed the total. Numbers are written in digits without
// thousands separators.
//
// Every failure is a [*integracja.ParseError] naming the input, with cause
// [integracja.ErrInconsistent] when a total disagrees with its parts (the
// detail says both numbers), [integracja.ErrOutOfRange] for a negative or
// too large number, [integracja.ErrDuplicate] for a sex named twice, and
// [integracja.ErrInvalid] for anything else.
func ParseCount(s string) (Count, error) {
	toks, err := lexCount(s)
	if err != nil {
		return Count{}, countError(s, err)
	}
	p := countParser{toks: toks}
	c, err := p.parse()
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
	cp, ok := err.(*countProblem)
	if !ok {
		return &integracja.ParseError{Kind: "count", KindPL: "liczby osób", Input: s, Err: integracja.ErrInvalid}
	}
	return &integracja.ParseError{Kind: "count", KindPL: "liczby osób", Input: s, Err: cp.cause, Detail: cp.detail}
}

func problem(cause error, pl, en string) *countProblem {
	return &countProblem{cause: cause, detail: integracja.Text{PL: pl, EN: en}}
}

type tokKind uint8

const (
	tokEnd tokKind = iota
	tokNum
	tokWord
	tokOpen
	tokClose
	tokComma
	tokColon
)

type token struct {
	kind tokKind
	text string // the word, lowercase, without trailing dots; or the number's digits
	num  int
}

// lexCount splits s into numbers, words and punctuation.
func lexCount(s string) ([]token, error) {
	var toks []token
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r >= '0' && r <= '9':
			j := i
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			digits := string(rs[i:j])
			n, err := strconv.Atoi(digits)
			if err != nil {
				return nil, problem(integracja.ErrOutOfRange, "liczba "+digits+" jest zbyt duża", "number "+digits+" is too large")
			}
			toks = append(toks, token{kind: tokNum, text: digits, num: n})
			i = j
		case (r == '-' || r == '−') && i+1 < len(rs) && rs[i+1] >= '0' && rs[i+1] <= '9':
			return nil, problem(integracja.ErrOutOfRange, "liczba osób nie może być ujemna", "a number of people cannot be negative")
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '.' || rs[j] == '/') {
				j++
			}
			toks = append(toks, token{kind: tokWord, text: strings.TrimRight(string(rs[i:j]), "./")})
			i = j
		case r == '(':
			toks = append(toks, token{kind: tokOpen})
			i++
		case r == ')':
			toks = append(toks, token{kind: tokClose})
			i++
		case r == ',' || r == ';':
			toks = append(toks, token{kind: tokComma})
			i++
		case r == ':':
			toks = append(toks, token{kind: tokColon})
			i++
		case r == '.' && len(toks) > 0 && i == len(rs)-1:
			i++ // a full stop ending a sentence
		default:
			return nil, problem(integracja.ErrInvalid, fmt.Sprintf("nieoczekiwany znak %q", r), fmt.Sprintf("unexpected character %q", r))
		}
	}
	return toks, nil
}

// Words of the notation, lowercase, trailing dots removed.
var (
	womenWords       = []string{"k", "kobieta", "kobiety", "kobiet", "woman", "women", "female", "females"}
	menWords         = []string{"m", "mężczyzna", "mężczyźni", "mężczyzn", "mezczyzna", "mezczyzni", "mezczyzn", "man", "men", "male", "males"}
	unspecifiedWords = []string{"b.d", "bd", "nieokreślona", "nieokreślonej", "unspecified", "n/a"}
	personWords      = []string{"osoba", "osoby", "osób", "osob", "person", "persons", "people"}
	andWords         = []string{"i", "oraz", "and"}
)

func isWord(t token, words []string) bool {
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
	case t.kind != tokWord:
		return 0, false
	case isWord(t, womenWords):
		return Female, true
	case isWord(t, menWords):
		return Male, true
	case isWord(t, unspecifiedWords):
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

func unexpected(t token) error {
	var pl, en string
	switch t.kind {
	case tokEnd:
		pl, en = "niepełny zapis", "incomplete notation"
	case tokNum:
		pl, en = "nieoczekiwana liczba "+t.text, "unexpected number "+t.text
	case tokWord:
		pl, en = fmt.Sprintf("nieoczekiwane słowo %q", t.text), fmt.Sprintf("unexpected word %q", t.text)
	case tokOpen:
		pl, en = "nieoczekiwany nawias", "unexpected bracket"
	case tokClose:
		pl, en = "nieoczekiwany nawias zamykający", "unexpected closing bracket"
	default:
		pl, en = "nieoczekiwany znak przestankowy", "unexpected punctuation"
	}
	return problem(integracja.ErrInvalid, pl, en)
}

func (p *countParser) parse() (Count, error) {
	first := p.next()
	if first.kind != tokNum {
		if first.kind == tokEnd {
			return Count{}, problem(integracja.ErrInvalid, "brak liczby", "no number")
		}
		return Count{}, unexpected(first)
	}
	total := first.num
	if s, ok := sexOf(p.peek()); ok { // "10 kobiet"
		p.next()
		if t := p.next(); t.kind != tokEnd {
			return Count{}, unexpected(t)
		}
		return Count{}.Plus(s, total), nil
	}
	persons := isWord(p.peek(), personWords)
	if persons {
		p.next()
	}
	switch t := p.next(); {
	case t.kind == tokEnd: // "7", "7 osób"
		return Count{Unspecified: total}, nil
	case t.kind == tokOpen:
		parts, err := p.list(tokClose)
		if err != nil {
			return Count{}, err
		}
		p.next()
		if t := p.next(); t.kind != tokEnd {
			return Count{}, unexpected(t)
		}
		c := parts.count
		if got, ok := sum(c.Women, c.Men, c.Unspecified); !ok || got != total {
			return Count{}, problem(integracja.ErrInconsistent,
				fmt.Sprintf("liczba ogółem %d różni się od sumy części %s", total, c.totalString()),
				fmt.Sprintf("the total %d differs from the sum of its parts, %s", total, c.totalString()))
		}
		return c, nil
	case persons && (t.kind == tokComma || isWord(t, []string{"w", "of", "including"})):
		if t.kind == tokComma {
			t = p.next()
		}
		switch {
		case isWord(t, []string{"w"}) && isWord(p.peek(), []string{"tym"}),
			isWord(t, []string{"of"}) && isWord(p.peek(), []string{"whom"}):
			p.next()
		case isWord(t, []string{"including"}):
		default:
			return Count{}, unexpected(t)
		}
		if p.peek().kind == tokColon {
			p.next()
		}
		parts, err := p.list(tokEnd)
		if err != nil {
			return Count{}, err
		}
		return ofWhom(total, parts)
	default:
		return Count{}, unexpected(t)
	}
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
		n := p.next()
		if n.kind != tokNum {
			return l, unexpected(n)
		}
		w := p.next()
		s, ok := sexOf(w)
		if !ok {
			if w.kind == tokEnd || w.kind == end {
				return l, problem(integracja.ErrInvalid, "przy liczbie "+n.text+" brak płci", "the number "+n.text+" has no sex")
			}
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
			if isWord(p.peek(), andWords) {
				p.next()
			}
		case isWord(t, andWords):
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

// ofWhom completes "total, w tym parts": the rest of total goes to the sex
// not named, or to unspecified when both are named.
func ofWhom(total int, l partList) (Count, error) {
	c := l.count
	part, ok := sum(c.Women, c.Men, c.Unspecified)
	if !ok || part > total {
		return Count{}, problem(integracja.ErrInconsistent,
			fmt.Sprintf("w tym %s to więcej niż ogółem %d", c.totalString(), total),
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
