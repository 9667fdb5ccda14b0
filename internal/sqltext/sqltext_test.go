package sqltext_test

import (
	"testing"
	"time"

	"github.com/aktywna/integracja/internal/sqltext"
)

func TestOfReadsTheTextOfATextColumn(t *testing.T) {
	for _, tt := range []struct {
		src  any
		want string
		ok   bool
	}{
		{"abc", "abc", true},
		{[]byte("abc"), "abc", true},
		{"", "", true},
		{nil, "", false},
		{int64(1), "", false},
		{time.Time{}, "", false},
	} {
		if got, ok := sqltext.Of(tt.src); got != tt.want || ok != tt.ok {
			t.Errorf("Of(%#v) = %q, %v; want %q, %v", tt.src, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNotNamesWhatADriverHandedBack(t *testing.T) {
	for _, tt := range []struct {
		src    any
		pl, en string
	}{
		{int64(1), "liczby całkowitej", "an integer"},
		{1.5, "liczby zmiennoprzecinkowej", "a floating-point number"},
		{true, "wartości logicznej", "a boolean"},
		{time.Time{}, "daty z czasem", "a time"},
		{uint8(1), "wartości typu uint8", "a value of type uint8"},
	} {
		pl, en := sqltext.Not(tt.src)
		if pl != tt.pl || en != tt.en {
			t.Errorf("Not(%#v) = %q, %q; want %q, %q", tt.src, pl, en, tt.pl, tt.en)
		}
	}
}
