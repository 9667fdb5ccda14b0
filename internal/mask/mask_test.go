package mask

import (
	"fmt"
	"testing"
)

type secret struct{ hidden, shown string }

func (s secret) Format(f fmt.State, verb rune) { Format(f, verb, s.shown) }

func TestEveryVerbPrintsTheMaskedForm(t *testing.T) {
	v := secret{hidden: "79112302216", shown: "*******2216"}
	for _, tt := range []struct{ format, want string }{
		{"%v", "*******2216"}, {"%+v", "*******2216"}, {"%#v", "*******2216"}, {"%s", "*******2216"},
		{"%d", "*******2216"}, {"%x", "*******2216"}, {"%q", `"*******2216"`},
		{"%13v", "  *******2216"}, {"%-13v|", "*******2216  |"}, {"%.4s", "****"},
	} {
		if got := fmt.Sprintf(tt.format, v); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.format, got, tt.want)
		}
	}
}
