package integracja

import (
	"testing"
	"time"
)

func TestDayNumberBoundsAreThoseOfTheValidDates(t *testing.T) {
	if got := (Date{Year: 1, Month: time.January, Day: 1}).dayNumber(); got != minDayNumber {
		t.Errorf("day number of 0001-01-01 = %d, minDayNumber = %d", got, minDayNumber)
	}
	if got := (Date{Year: maxYear, Month: time.December, Day: 31}).dayNumber(); got != maxDayNumber {
		t.Errorf("day number of 9999-12-31 = %d, maxDayNumber = %d", got, maxDayNumber)
	}
	for n := minDayNumber; n <= maxDayNumber; n += 1009 {
		if got := fromDayNumber(n).dayNumber(); got != n {
			t.Fatalf("fromDayNumber(%d) = %v, whose day number is %d", n, fromDayNumber(n), got)
		}
	}
}
