package jsonx_test

import (
	"errors"
	"strconv"

	"github.com/aktywna/integracja/internal/jsonx"
)

// The types below stand for the module's: a date with a text form, an
// enum of one byte, an amount of money that decodes its own JSON object
// through Decode, as the module's Money does.

// date is a civil date with the text form "2006-01-02".
type date struct{ y, m, d int }

var errDate = errors.New("want a date YYYY-MM-DD")

func (t *date) UnmarshalText(b []byte) error {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return errDate
	}
	y, err1 := strconv.Atoi(string(b[:4]))
	m, err2 := strconv.Atoi(string(b[5:7]))
	d, err3 := strconv.Atoi(string(b[8:]))
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || d < 1 || d > 31 || m == 2 && d > 29 {
		return errDate
	}
	*t = date{y, m, d}
	return nil
}

// code is an enum with a text form, one byte wide.
type code uint8

var errCode = errors.New("want a, b or c")

func (c *code) UnmarshalText(b []byte) error {
	switch string(b) {
	case "a", "b", "c":
		*c = code(b[0] - 'a' + 1)
		return nil
	}
	return errCode
}

// money decodes {"amount":"12.34","currency":"PLN"} strictly through
// Decode, so that the problems inside it have paths of their own.
type money struct {
	grosze   int64
	currency string
}

var errAmount = errors.New("want an amount such as 12.34")

func (m *money) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var v struct {
		Amount   string `json:"amount"`
		Currency string `json:"currency"`
	}
	if err := jsonx.Decode(b, &v); err != nil {
		return err
	}
	whole, frac, ok := cutDot(v.Amount)
	if !ok {
		return errAmount
	}
	*m = money{grosze: whole*100 + frac, currency: v.Currency}
	return nil
}

func cutDot(s string) (whole, frac int64, ok bool) {
	i := len(s) - 3
	if i < 1 || s[i] != '.' {
		return 0, 0, false
	}
	w, err1 := strconv.ParseInt(s[:i], 10, 48)
	f, err2 := strconv.ParseUint(s[i+1:], 10, 8)
	return w, int64(f), err1 == nil && err2 == nil && s[i+1] != '+' && s[0] != '+'
}

type action struct {
	What  string `json:"what"`
	Due   date   `json:"due"`
	Hours int    `json:"hours,omitempty"`
	Cost  money  `json:"cost"`
	Codes []code `json:"codes"`
}

type note struct {
	Note string `json:"note"`
}

type Extra struct {
	Tag   string `json:"tag"`
	Depth int    `json:"depth"`
}

// doc is a document with every kind of value the decoder handles.
type doc struct {
	note
	*Extra
	Number  string            `json:"number"`
	Small   int8              `json:"small"`
	Count   uint16            `json:"count"`
	Ratio   float64           `json:"ratio"`
	Narrow  float32           `json:"narrow"`
	Done    bool              `json:"done"`
	Actions []action          `json:"actions"`
	Targets map[string]action `json:"targets"`
	ByYear  map[int]string    `json:"byYear"`
	ByCode  map[code]int      `json:"byCode"`
	Ptr     *action           `json:"ptr"`
	PtrPtr  **int             `json:"ptrPtr"`
	Any     any               `json:"any"`
	Triple  [3]int            `json:"triple"`
	Bytes   []byte            `json:"bytes"`
	Nested  *doc              `json:"nested"`
	Skip    string            `json:"-"`
	Plain   string
}
