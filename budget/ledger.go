package budget

import (
	"math"

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
// reads the key and the amount, finds the key's slot in a small table and
// adds whole grosze to an int64, allocating nothing.
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
		d := ln.Amount.Decimal()
		if g, ok := acc.grosze(d); ok {
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
		acc.spill(k, d)
	}
	return acc.result()
}

// minExp and maxExp bound the decimal exponents the int64 fast path takes;
// amounts with other exponents (1e-30, 1e40) go through decimal.
const (
	minExp = -20
	maxExp = 16
)

// ledgerPow10 holds 10^0 … 10^18, every power of ten an int64 holds.
var ledgerPow10 = [...]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// ledgerMulLimit[i] is the largest c for which c × 10^i fits int64 (and
// −c × 10^i too).
var ledgerMulLimit = [...]int64{
	math.MaxInt64, math.MaxInt64 / 10, math.MaxInt64 / 100,
	math.MaxInt64 / 1000, math.MaxInt64 / 10000, math.MaxInt64 / 100000,
	math.MaxInt64 / 1000000, math.MaxInt64 / 10000000, math.MaxInt64 / 100000000,
	math.MaxInt64 / 1000000000, math.MaxInt64 / 10000000000, math.MaxInt64 / 100000000000,
	math.MaxInt64 / 1000000000000, math.MaxInt64 / 10000000000000, math.MaxInt64 / 100000000000000,
	math.MaxInt64 / 1000000000000000, math.MaxInt64 / 10000000000000000, math.MaxInt64 / 100000000000000000,
	math.MaxInt64 / 1000000000000000000,
}

// accumulator sums amounts by key in int64 grosze, falling back to
// decimal per key when an amount is not whole grosze or a sum would
// overflow. It allocates per key and per decimal exponent seen, never per
// amount on the fast path.
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
	// bounds[e-minExp] holds the least and greatest decimal whose
	// coefficient fits int64 at exponent e, built when e is first seen, so
	// that the range check compares coefficients without allocating.
	bounds [maxExp - minExp + 1]*[2]decimal.Decimal
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

// grosze returns d in whole grosze when that is exact and fits int64.
func (a *accumulator) grosze(d decimal.Decimal) (int64, bool) {
	sign := d.Sign()
	if sign == 0 {
		return 0, true
	}
	e := d.Exponent()
	if e < minExp || e > maxExp {
		return 0, false
	}
	b := a.bounds[e-minExp]
	if b == nil {
		b = &[2]decimal.Decimal{decimal.New(math.MinInt64, e), decimal.New(math.MaxInt64, e)}
		a.bounds[e-minExp] = b
	}
	// Same exponent: Cmp compares the coefficients and allocates nothing.
	if (sign > 0 && d.Cmp(b[1]) > 0) || (sign < 0 && d.Cmp(b[0]) < 0) {
		return 0, false
	}
	c := d.CoefficientInt64()
	switch {
	case e == -2:
		return c, true
	case e > -2:
		if lim := ledgerMulLimit[e+2]; c > lim || c < -lim {
			return 0, false
		}
		return c * ledgerPow10[e+2], true
	default:
		if -2-e >= int32(len(ledgerPow10)) {
			return 0, false
		}
		p := ledgerPow10[-2-e]
		if c%p != 0 {
			return 0, false
		}
		return c / p, true
	}
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
