package budget

import (
	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
)

// Line is one line of a budget's ledger of spending (a wydatek): when the
// money was spent, on which category, how much, what for, and the document
// that proves it (an invoice, a payroll, a decision on a benefit). Source
// optionally names the funding source (a [Source] code) that paid it.
//
// A negative Amount is a correction (korekta) of earlier spending; it is
// kept as a line of its own, never netted away.
//
// The zero Line is not valid: it has no date, category or description.
type Line struct {
	Date        integracja.Date `json:"date"`
	Category    string          `json:"category"`
	Amount      Money           `json:"amount"`
	Description string          `json:"description"`
	Document    string          `json:"document,omitempty"`
	Source      string          `json:"source,omitempty"`
}

// IsCorrection reports whether the line corrects earlier spending: its
// amount is negative.
func (l Line) IsCorrection() bool { return l.Amount.IsNegative() }

// Ledger is the list of spending lines of a budget, in the order they were
// recorded. Its sums are exact and fast: amounts in whole grosze are added
// as int64 with overflow checks, and only an amount that is not whole
// grosze, or a sum that would overflow int64, goes through decimal
// arithmetic. On the int64 path summing makes no allocation per line.
//
// The zero Ledger is empty.
type Ledger []Line

// Sum returns the sum of all lines. All lines must be in one currency; the
// sum of an empty ledger is the zero Money (0 PLN). A line in another
// currency than the first line is an error at its path ("[14].amount")
// whose cause is a [*CurrencyMismatchError].
func (l Ledger) Sum() (Money, error) {
	sums, err := l.sum(byNothing, nil)
	if err != nil || len(sums) == 0 {
		return Money{}, err
	}
	return sums[""], nil
}

// SumByCategory returns the sum of the lines of each category, keyed by
// category code, exactly. Categories without lines are absent. All lines
// must be in one currency, as for [Ledger.Sum].
func (l Ledger) SumByCategory() (map[string]Money, error) {
	return l.sum(byCategory, nil)
}

// SumBySource returns the sum of the lines of each funding source, keyed
// by source code; lines without a source are summed under "". All lines
// must be in one currency, as for [Ledger.Sum].
func (l Ledger) SumBySource() (map[string]Money, error) {
	return l.sum(bySource, nil)
}

// sumByCategoryWhere is SumByCategory over the lines for which keep
// returns true.
func (l Ledger) sumByCategoryWhere(keep func(*Line) bool) (map[string]Money, error) {
	return l.sum(byCategory, keep)
}

// keyField says which field of a line [Ledger.sum] groups by.
type keyField uint8

const (
	byNothing keyField = iota
	byCategory
	bySource
)

// sum adds the amounts of the lines keep accepts (all when keep is nil)
// by the key field. The loop is the hot path of the package: per line it
// reads the key and the amount, finds the key's index in a small table
// from a few words of the key (without hashing or comparing the whole
// string for keys of up to 24 bytes) and adds the amount's grosze to an
// int64 with an overflow check, allocating nothing. An amount that is not
// whole grosze, or a sum that would overflow, goes to a decimal sum kept
// beside the int64 one, exactly.
func (l Ledger) sum(by keyField, keep func(*Line) bool) (map[string]Money, error) {
	var acc accumulator
	cur := l.currency(keep)
	for i := range l {
		ln := &l[i]
		if keep != nil && !keep(ln) {
			continue
		}
		var key string
		switch by {
		case byCategory:
			key = ln.Category
		case bySource:
			key = ln.Source
		}
		// Find the key's index: its fingerprint (see fingerprint), then
		// the usual cases, the key in its first slot of the table or, after
		// a collision, in the next, checked here without a call; probe
		// does the rest.
		var f fingerprint
		switch n := len(key); {
		case n >= 8:
			f.x, f.y, f.z = load64(key), load64(key[n-8:]), load64(key[(n-8)/2:])
		case n >= 4:
			f.x, f.y = uint64(load32(key)), uint64(load32(key[n-4:]))
		case n > 0:
			f.x = uint64(key[0]) | uint64(key[n/2])<<8 | uint64(key[n-1])<<16
		}
		h := f.hash(len(key))
		e := &acc.table[h]
		if !e.holds(f, key, acc.keys) {
			e = &acc.table[(h+1)%tableSize]
		}
		k := 0
		if e.holds(f, key, acc.keys) {
			k = int(e.idx)
		} else {
			k = acc.probe(key, f, h)
		}
		a := &ln.Amount
		if a.dec != nil || a.cur != cur {
			if a.cur != cur {
				return nil, currencyAt(i, cur, a.cur)
			}
			acc.spill(k, *a.dec)
			continue
		}
		g, s := a.units, acc.fast[k]+a.units
		if (acc.fast[k]^s)&(g^s) < 0 { // signed overflow
			// Move the running sum into decimal and go on adding fast.
			acc.spill(k, decimal.New(acc.fast[k], -2))
			s = g
		}
		acc.fast[k] = s
	}
	return acc.result(cur), nil
}

// currency returns the currency of the first line keep accepts (all when
// keep is nil); PLN for none.
func (l Ledger) currency(keep func(*Line) bool) currency {
	for i := range l {
		if keep == nil || keep(&l[i]) {
			return l[i].Amount.cur
		}
	}
	return 0
}

// currencyAt reports line i, in currency b, in a ledger in currency a.
func currencyAt(i int, a, b currency) error {
	return integracja.NewFieldError(integracja.Path{}.Index(i).Child("amount"),
		&CurrencyMismatchError{A: a.String(), B: b.String()}, "", integracja.Text{})
}

// accumulator sums amounts by key in int64 grosze, falling back to
// decimal per key when an amount is not whole grosze or a sum would
// overflow. It allocates per key, never per amount on the fast path.
type accumulator struct {
	// table is an open-addressing hash table (linear probing) of the first
	// maxTableKeys keys; further keys, if any, are found through overflow.
	table    [tableSize]tableEntry
	overflow map[string]int
	keys     []string
	fast     []int64
	slow     []decimal.Decimal
	hasSlow  []bool
}

// tableEntry is a key of the accumulator's table: its fingerprint, its
// length + 1 (0 marks an empty entry) and its index.
type tableEntry struct {
	fp  fingerprint
	n   int32
	idx int32
}

// holds reports whether e is the entry of key, whose fingerprint is f;
// keys are the accumulator's keys, for a key too long for its fingerprint.
func (e *tableEntry) holds(f fingerprint, key string, keys []string) bool {
	return e.fp == f && int(e.n) == len(key)+1 && (len(key) <= maxExactKey || keys[e.idx] == key)
}

const (
	tableSize    = 256
	maxTableKeys = tableSize / 2
)

// fingerprint is up to three words of a key: its first, last and middle
// eight bytes (x, y, z; the middle ones from byte (n−8)/2 of a key of n
// bytes) or, for a key shorter than 8 bytes, its first and last four, or
// its first, middle and last byte. With the length they determine a key
// of up to 24 bytes: the three words then overlap or touch.
// [Ledger.sum] computes it in its loop: the compiler would not inline a
// function doing it.
type fingerprint struct{ x, y, z uint64 }

// maxExactKey is the longest key its fingerprint and length determine.
const maxExactKey = 24

// hash picks a slot of the table from a fingerprint and a length: the top
// byte of a multiplicative hash.
func (f fingerprint) hash(n int) uint {
	return uint((f.x^(f.y+uint64(n))*0xbf58476d1ce4e5b9^f.z*0x94d049bb133111eb)*0x9e3779b97f4a7c15) >> 56 // tableSize is 256
}

// load64 returns the first eight bytes of s as a little-endian number.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the first four bytes of s as a little-endian number.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// probe looks key up past its first slot, and adds it when new.
func (a *accumulator) probe(key string, f fingerprint, h uint) int {
	for p := uint(0); p < tableSize; p++ {
		e := &a.table[(h+p)%tableSize]
		if e.n == 0 { // key is not in the table
			if len(a.keys) < maxTableKeys {
				*e = tableEntry{fp: f, n: int32(len(key) + 1), idx: int32(len(a.keys))}
				return a.add(key)
			}
			break
		}
		if e.holds(f, key, a.keys) {
			return int(e.idx)
		}
	}
	if i, ok := a.overflow[key]; ok {
		return i
	}
	if a.overflow == nil {
		a.overflow = make(map[string]int)
	}
	a.overflow[key] = len(a.keys)
	return a.add(key)
}

// add appends a new key with a zero sum and returns its index.
func (a *accumulator) add(key string) int {
	a.keys = append(a.keys, key)
	a.fast = append(a.fast, 0)
	a.slow = append(a.slow, decimal.Decimal{})
	a.hasSlow = append(a.hasSlow, false)
	return len(a.keys) - 1
}

// spill adds d to the decimal sum of key k.
func (a *accumulator) spill(k int, d decimal.Decimal) {
	if a.hasSlow[k] {
		a.slow[k] = a.slow[k].Add(d)
		return
	}
	a.slow[k], a.hasSlow[k] = d, true
}

// result returns the sums by key, in currency c.
func (a *accumulator) result(c currency) map[string]Money {
	out := make(map[string]Money, len(a.keys))
	for k, key := range a.keys {
		m := Money{units: a.fast[k], cur: c}
		if a.hasSlow[k] {
			m = fromDecimal(m.Decimal().Add(a.slow[k]), c)
		}
		out[key] = m
	}
	return out
}
