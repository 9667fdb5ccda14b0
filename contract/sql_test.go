package contract_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/contract"
)

func TestPESELStoresItsFullDigitsAsText(t *testing.T) {
	// Born 8 July 2002: the number starts with a zero that a numeric
	// column would drop.
	p := contract.MustParsePESEL("02270803624")
	v, err := p.Value()
	require.NoError(t, err)
	assert.Equal(t, "02270803624", v, "storage needs the full number, as text")

	for _, src := range []any{"02270803624", []byte("02270803624")} {
		var back contract.PESEL
		require.NoError(t, back.Scan(src))
		assert.Equal(t, p, back)
	}

	v, err = contract.PESEL{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v, "the zero PESEL, no PESEL given, is NULL")
	for _, src := range []any{nil, ""} {
		back := p
		require.NoError(t, back.Scan(src))
		assert.True(t, back.IsZero(), "%#v scans as %v", src, back)
	}
}

func TestPESELScanRefusesWithoutShowingTheNumber(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  any
		want string
	}{
		{"a bad check digit", "02270803625", `cannot parse PESEL "*******3625": invalid value: the check digit does not match`},
		{"the number without its leading zero", int64(2270803624), "cannot parse PESEL: invalid value: want a text of eleven digits, not an integer"},
		{"a float", 2270803624.0, "cannot parse PESEL: invalid value: want a text of eleven digits, not a floating-point number"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := contract.MustParsePESEL("44051401359")
			err := p.Scan(tt.src)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
			assert.EqualError(t, err, tt.want)
			assert.NotContains(t, err.Error(), "0227080", "the error shows a birth date")
			assert.Equal(t, contract.MustParsePESEL("44051401359"), p, "Scan changed its receiver")
		})
	}
}

func TestAStoredPESELStillPrintsMasked(t *testing.T) {
	var p contract.PESEL
	require.NoError(t, p.Scan("02270803624"))
	assert.Equal(t, "*******3624", fmt.Sprintf("%v", p))
}
