package programme_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/programme"
)

func TestBirthDateStoresAsADateAndScansWithoutShowingIt(t *testing.T) {
	b := programme.NewBirthDate(integracja.MustParseDate("1975-04-12"))
	v, err := b.Value()
	require.NoError(t, err)
	assert.Equal(t, "1975-04-12", v, "storage needs the date")
	for _, src := range []any{"1975-04-12", []byte("1975-04-12"), time.Date(1975, time.April, 12, 0, 0, 0, 0, time.UTC)} {
		var back programme.BirthDate
		require.NoError(t, back.Scan(src))
		assert.Equal(t, b, back, "%#v", src)
	}

	v, err = programme.BirthDate{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v, "the zero BirthDate, not given, is NULL")
	back := b
	require.NoError(t, back.Scan(nil))
	assert.True(t, back.IsZero())

	for _, src := range []any{"1975-02-30", "1975-04-12 13:45:00", int64(1975)} {
		back := b
		err := back.Scan(src)
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.NotContains(t, err.Error(), "1975", "the error shows the birth date")
		assert.Equal(t, b, back, "Scan changed its receiver")
	}
	_, err = programme.NewBirthDate(integracja.Date{Year: 1975, Month: 2, Day: 30}).Value()
	assert.ErrorIs(t, err, integracja.ErrInvalid)
	assert.NotContains(t, err.Error(), "1975")
}
