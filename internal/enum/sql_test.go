package enum_test

import (
	"database/sql/driver"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aktywna/integracja/internal/enum"
)

func TestValueIsTheCodeNeverTheNumber(t *testing.T) {
	for _, tt := range []struct {
		name string
		got  func() (driver.Value, error)
		want driver.Value
	}{
		{"a defined value is its code", func() (driver.Value, error) { return colours.Value(blue) }, "blue"},
		{"the zero value is its code", func() (driver.Value, error) { return colours.Value(red) }, "red"},
		{"an empty code is an empty text, not NULL", func() (driver.Value, error) { return roles.Value(0) }, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := tt.got()
			require.NoError(t, err)
			assert.Equal(t, tt.want, v)
		})
	}
	t.Run("a value out of range is the error of Check", func(t *testing.T) {
		v, err := colours.Value(7)
		assert.Nil(t, v)
		assert.Equal(t, colours.Check(7), err)
	})
	t.Run("an undefined zero value has no value", func(t *testing.T) {
		_, err := settings.Value(0)
		assert.ErrorIs(t, err, errCause)
	})
	t.Run("the zero Enum has no value", func(t *testing.T) {
		_, err := enum.Enum[colour]{}.Value(0)
		assert.Error(t, err)
	})
}

func TestScanReadsTheCodeAndRefusesTheNumber(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  any
		want colour
	}{
		{"a string", "green", green},
		{"bytes", []byte("blue"), blue},
		{"the zero value's code", "red", red},
	} {
		t.Run(tt.name+" scans to its value", func(t *testing.T) {
			v := colour(9)
			require.NoError(t, colours.Scan(&v, tt.src))
			assert.Equal(t, tt.want, v)
		})
	}
	for _, tt := range []struct {
		name, want string
		src        any
	}{
		{"the number of a value", "cannot parse colour: want red, green or blue, as text, not an integer | oczekiwano red, green lub blue w postaci tekstu, nie liczby całkowitej", int64(1)},
		{"a float", "cannot parse colour: want red, green or blue, as text, not a floating-point number | oczekiwano red, green lub blue w postaci tekstu, nie liczby zmiennoprzecinkowej", 1.0},
		{"a boolean", "cannot parse colour: want red, green or blue, as text, not a boolean | oczekiwano red, green lub blue w postaci tekstu, nie wartości logicznej", true},
		{"a time", "cannot parse colour: want red, green or blue, as text, not a time | oczekiwano red, green lub blue w postaci tekstu, nie daty z czasem", time.Time{}},
		{"a type no driver hands back", "cannot parse colour: want red, green or blue, as text, not a value of type int | oczekiwano red, green lub blue w postaci tekstu, nie wartości typu int", 1},
		{"a text that is no code", "cannot parse colour: want red, green or blue | oczekiwano red, green lub blue", "purple"},
		{"NULL, when no code is empty", "cannot parse colour: want red, green or blue | oczekiwano red, green lub blue", nil},
	} {
		t.Run(tt.name+" is an error and changes nothing", func(t *testing.T) {
			v := blue
			err := colours.Scan(&v, tt.src)
			assert.ErrorIs(t, err, errCause)
			assert.EqualError(t, err, tt.want)
			assert.Equal(t, blue, v)
		})
	}
	t.Run("NULL is the zero value whose code is empty", func(t *testing.T) {
		v := role(2)
		require.NoError(t, roles.Scan(&v, nil))
		assert.Equal(t, role(0), v)
	})
	t.Run("NULL is an error for an undefined zero value", func(t *testing.T) {
		v := setting(1)
		assert.ErrorIs(t, settings.Scan(&v, nil), errCause)
		assert.Equal(t, setting(1), v)
	})
	t.Run("a folding enum scans as it parses", func(t *testing.T) {
		var v role
		require.NoError(t, roles.Scan(&v, []byte(" KLIENT ")))
		assert.Equal(t, role(2), v)
	})
	t.Run("the zero Enum scans nothing", func(t *testing.T) {
		var v colour
		assert.Error(t, enum.Enum[colour]{}.Scan(&v, int64(0)))
		assert.Error(t, enum.Enum[colour]{}.Scan(&v, "red"))
	})
}

func TestEveryCodeGoesThroughValueAndScan(t *testing.T) {
	for v := range colour(3) {
		stored, err := colours.Value(v)
		require.NoError(t, err)
		var back colour
		require.NoError(t, colours.Scan(&back, stored))
		assert.Equal(t, v, back)
		require.NoError(t, colours.Scan(&back, []byte(stored.(string))))
		assert.Equal(t, v, back)
	}
}
