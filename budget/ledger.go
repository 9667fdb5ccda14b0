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
// reads the key and the amount's whole grosze (cached in the Money by its
// constructor, or found from the decimal), finds the key's slot in a small
// table and adds the grosze to an int64, allocating nothing.
func (l Ledger) sum(by keyField, keep func(*Line) bool) (map[string]Money, error) {
	var acc accumulator
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
		cur := ln.Amount.Currency()
		if cur != acc.cur {
			if acc.started {
				return nil, integracja.NewFieldError(integracja.Path{}.Index(i).Child("amount"),
					&CurrencyMismatchError{A: acc.cur, B: cur}, "", integracja.Text{})
			}
			acc.cur = cur
		}
		acc.started = true
		k := acc.slot(key)
		if g, ok := ln.Amount.Minor(); ok { // cached by Money's constructors
			s := acc.fast[k] + g
			if (acc.fast[k]^s)&(g^s) >= 0 { // no signed overflow
				acc.fast[k] = s
				continue
			}
			// Move the running sum into decimal and keep adding fast.
			acc.spill(k, decimal.New(acc.fast[k], -2))
			acc.fast[k] = g
			continue
		}
		acc.spill(k, ln.Amount.Decimal())
	}
	return acc.result()
}

// accumulator sums amounts by key in int64 grosze, falling back to
// decimal per key when an amount is not whole grosze or a sum would
// overflow. It allocates per key, never per amount on the fast path.
type accumulator struct {
	cur     string
	started bool
	// table is an open-addressing hash table (linear probing) of key
	// indexes + 1, for the first maxTableKeys keys; further keys, if any,
	// are found through overflow.
	table    [tableSize]int32
	overflow map[string]int
	keys     []string
	fast     []int64
	slow     []decimal.Decimal
	hasSlow  []bool
}

const (
	tableSize    = 256
	maxTableKeys = tableSize / 2
)

// keyHash is a cheap hash of a key from its length and its first and
// last eight bytes (all of a shorter key), mixed by multiplication; its top
// bits pick a slot of the table.
func keyHash(s string) uint {
	n := len(s)
	var head, tail uint64
	if n >= 8 {
		head, tail = load64(s), load64(s[n-8:])
	} else {
		for i := 0; i < n; i++ {
			head = head<<8 | uint64(s[i])
		}
	}
	h := head * 0x9e3779b97f4a7c15
	h ^= tail + uint64(n)
	h *= 0xbf58476d1ce4e5b9
	return uint(h >> 56) // tableSize is 256
}

// load64 returns the first eight bytes of s as a little-endian number.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// slot returns the index of key, adding it when new.
func (a *accumulator) slot(key string) int {
	h := keyHash(key)
	if j := a.table[h]; j != 0 && a.keys[j-1] == key { // the usual case
		return int(j - 1)
	}
	for p := uint(0); p < tableSize; p++ {
		at := (h + p) % tableSize
		j := a.table[at]
		if j == 0 { // key is not in the table
			if len(a.keys) < maxTableKeys {
				a.table[at] = int32(len(a.keys) + 1)
				return a.add(key)
			}
			break
		}
		if a.keys[j-1] == key {
			return int(j - 1)
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

// result returns the sums by key.
func (a *accumulator) result() (map[string]Money, error) {
	out := make(map[string]Money, len(a.keys))
	for k, key := range a.keys {
		d := decimal.New(a.fast[k], -2)
		if a.hasSlow[k] {
			d = d.Add(a.slow[k])
		}
		m, err := New(d, a.cur)
		if err != nil {
			return nil, err
		}
		out[key] = m
	}
	return out, nil
}
