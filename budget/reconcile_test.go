package budget

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// brzeszcze2014 is the budget sentence of the Brzeszcze KIS summary of
// 2014 (seed 002_65f66a2fd87a99f4.txt), as printed, garbled figures and
// all.
const brzeszcze2014 = "Z zaplanowanej na działania projektowe w 2014 roku kwoty 231 895,59 zł wydanych zostało " +
	"207 209,61 zł, z czego: 53 074,15 zł na aktywna integrację (tzw. treningi miękkie), 46 823,15 zł na " +
	"upowszechnianie pracy socjalnej, 29 171,62 zł na działania o charakterze środowiskowym, 31 329,09 zł na " +
	"zasiłki celowe i specjalne zasiłki celowe, 29 72,55 zł na zarządzanie projektem oraz 17 19 05 zł na " +
	"pozostałą obsługę administracyjna i materiały."

// brzeszczeFigures reads the spending figures out of the sentence: the
// total after "wydanych zostało", then each "<amount> zł na <label>" of the
// list after "z czego:".
func brzeszczeFigures(t *testing.T) (total Printed, parts []Printed) {
	t.Helper()
	_, rest, ok := strings.Cut(brzeszcze2014, "wydanych zostało ")
	require.True(t, ok)
	totalText, list, ok := strings.Cut(rest, ", z czego: ")
	require.True(t, ok)
	total = ReadPrinted(integracja.Text{PL: "wydatki ogółem", EN: "total spending"}, totalText)
	list = strings.TrimSuffix(list, ".")
	list = strings.Replace(list, " oraz ", ", ", 1)
	for _, item := range strings.Split(list, ", ") {
		amount, label, ok := strings.Cut(item, " zł na ")
		require.True(t, ok, item)
		parts = append(parts, ReadPrinted(integracja.Text{PL: label}, amount+" zł"))
	}
	return total, parts
}

func TestReconcileBrzeszcze2014(t *testing.T) {
	total, parts := brzeszczeFigures(t)
	require.True(t, total.Readable)
	require.Len(t, parts, 6)
	r, err := Reconcile(total, parts...)
	require.NoError(t, err)

	assert.Equal(t, MissingParts, r.Outcome)
	assert.Equal(t, []int{4, 5}, r.Unreadable, "the management and administration amounts are garbled")
	assert.Equal(t, "29 72,55 zł", r.Parts[4].Raw)
	assert.Equal(t, "17 19 05 zł", r.Parts[5].Raw)
	assert.Error(t, r.Parts[4].Err)
	assert.True(t, r.ReadSum.Equal(MustParseMoney("160 398,01 zł")), "%s", r.ReadSum)
	assert.True(t, r.Missing.Equal(MustParseMoney("46 811,60 zł")), "%s", r.Missing)
	assert.Equal(t, r.Format(language.Polish), r.String())
	assert.Equal(t, "nieczytelne kwoty (zarządzanie projektem: „29 72,55 zł”; "+
		"pozostałą obsługę administracyjna i materiały: „17 19 05 zł”) muszą razem wynosić 46\u00a0811,60\u00a0zł",
		r.Format(language.Polish))
	assert.Equal(t, "the unreadable amounts (zarządzanie projektem: “29 72,55 zł”; "+
		"pozostałą obsługę administracyjna i materiały: “17 19 05 zł”) must add up to PLN\u00a046,811.60",
		r.Format(language.English))

	t.Run("a reading that drops one zero from each garbled figure reconciles", func(t *testing.T) {
		// "29 72,55" read as 29 702,55 and "17 19 05" as 17 109,05 (a lost
		// zero each, and a lost comma): a plausible reading whose sum is
		// 46 811,60 zł. A hypothesis that Reconcile checks, not a fact.
		guess := append([]Printed(nil), parts...)
		guess[4] = ReadPrinted(parts[4].Label, "29 702,55 zł")
		guess[5] = ReadPrinted(parts[5].Label, "17 109,05 zł")
		r, err := Reconcile(total, guess...)
		require.NoError(t, err)
		assert.Equal(t, Consistent, r.Outcome, r.Format(language.English))
	})
	t.Run("the planned amount is read too", func(t *testing.T) {
		planned := ReadPrinted(integracja.Text{PL: "plan"}, "231 895,59 zł")
		require.True(t, planned.Readable)
		assert.True(t, planned.Amount.Equal(Grosze(23189559)))
	})
}

func TestReconcile(t *testing.T) {
	lbl := func(s string) integracja.Text { return integracja.Text{PL: s, EN: s} }
	known := func(s string) Printed { return PrintedOf(lbl("x"), MustParseMoney(s)) }
	bad := func(raw string) Printed { return Garbled(lbl("?"), raw) }
	tests := []struct {
		name    string
		total   Printed
		parts   []Printed
		outcome Outcome
		side    Side
		amount  string // Difference or Missing
		en      string
	}{
		{"parts that add up to the total are consistent",
			known("100,00 zł"), []Printed{known("60,00 zł"), known("40,00 zł")}, Consistent, 0, "",
			"consistent: the parts add up to the total of PLN\u00a0100.00"},
		{"a total larger than its parts is a discrepancy on the total's side",
			known("100,00 zł"), []Printed{known("60,00 zł"), known("39,99 zł")}, Discrepancy, TotalExceedsParts, "0.01",
			"discrepancy: the total of PLN\u00a0100.00 exceeds the sum of the parts, PLN\u00a099.99, by PLN\u00a00.01"},
		{"parts larger than the total are a discrepancy on the parts' side",
			known("100,00 zł"), []Printed{known("60,00 zł"), known("45,00 zł")}, Discrepancy, PartsExceedTotal, "5",
			"discrepancy: the parts add up to PLN\u00a0105.00, more than the total of PLN\u00a0100.00, by PLN\u00a05.00"},
		{"one unreadable part must be the difference",
			known("100,00 zł"), []Printed{known("60,00 zł"), bad("4O,00")}, MissingParts, 0, "40",
			"the unreadable amount (?: “4O,00”) must be PLN\u00a040.00"},
		{"an unreadable part of zero is still found",
			known("60,00 zł"), []Printed{known("60,00 zł"), bad("-")}, MissingParts, 0, "0",
			"the unreadable amount (?: “-”) must be PLN\u00a00.00"},
		{"readable parts above the total are a discrepancy even with a part missing",
			known("100,00 zł"), []Printed{known("120,00 zł"), bad("??")}, Discrepancy, PartsExceedTotal, "20",
			"discrepancy: the parts add up to PLN\u00a0120.00, more than the total of PLN\u00a0100.00, by PLN\u00a020.00 (not counting the unreadable: ?: “??”)"},
		{"an unreadable total must be the sum of the parts",
			bad("1OO"), []Printed{known("60,00 zł"), known("40,00 zł")}, MissingTotal, 0, "100",
			"the unreadable total (?: “1OO”) must be PLN\u00a0100.00, the sum of the parts"},
		{"an unreadable total and an unreadable part leave nothing to conclude",
			bad("1OO"), []Printed{known("60,00 zł"), bad("4O")}, Undetermined, 0, "",
			"cannot reconcile: the total (?: “1OO”) and parts are unreadable: ?: “4O”"},
		{"a total with no parts is a discrepancy of the whole total",
			known("5,00 zł"), nil, Discrepancy, TotalExceedsParts, "5",
			"discrepancy: the total of PLN\u00a05.00 exceeds the sum of the parts, PLN\u00a00.00, by PLN\u00a05.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Reconcile(tt.total, tt.parts...)
			require.NoError(t, err)
			assert.Equal(t, tt.outcome, r.Outcome)
			assert.Equal(t, tt.en, r.Format(language.English))
			assert.NotEqual(t, r.Format(language.English), r.Format(language.Polish))
			switch tt.outcome {
			case Discrepancy:
				assert.Equal(t, tt.side, r.Side)
				assert.True(t, r.Difference.Equal(PLN(bdec(tt.amount))), "difference %s", r.Difference)
			case MissingParts, MissingTotal:
				assert.True(t, r.Missing.Equal(PLN(bdec(tt.amount))), "missing %s", r.Missing)
			}
		})
	}
	t.Run("figures in two currencies are an error at the path of the part", func(t *testing.T) {
		eur, _ := New(bdec("1"), "EUR")
		_, err := Reconcile(known("1 zł"), known("1 zł"), bad("x"), PrintedOf(lbl("e"), eur))
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrCurrencyMismatch)
		assert.Equal(t, []problem{{"parts[2]", &CurrencyMismatchError{A: "PLN", B: "EUR"}}}, problems(err))
	})
	t.Run("a reconciliation in euro speaks euro", func(t *testing.T) {
		tot, _ := New(bdec("10"), "EUR")
		r, err := Reconcile(bad("x"), PrintedOf(lbl("a"), tot))
		require.NoError(t, err)
		assert.Equal(t, "EUR", r.Missing.Currency())
	})
	t.Run("the caller's parts are not shared with the result", func(t *testing.T) {
		parts := []Printed{known("1 zł")}
		r, err := Reconcile(known("1 zł"), parts...)
		require.NoError(t, err)
		parts[0] = bad("x")
		assert.True(t, r.Parts[0].Readable)
	})
	t.Run("outcomes and sides have stable codes", func(t *testing.T) {
		for o := Consistent; o <= Undetermined; o++ {
			p, err := ParseOutcome(o.String())
			require.NoError(t, err)
			assert.Equal(t, o, p)
		}
		_, err := ParseOutcome("ok")
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.Equal(t, "Outcome(9)", Outcome(9).String())
		assert.Equal(t, "Outcome(9)", Reconciliation{Outcome: 9}.Format(language.Polish))
		assert.Equal(t, "parts_exceed_total", PartsExceedTotal.String())
		assert.Equal(t, "Side(5)", Side(5).String())
	})
}

func TestReconcileSpeaksPolish(t *testing.T) {
	lbl := integracja.Text{PL: "x", EN: "x"}
	known := func(s string) Printed { return PrintedOf(lbl, MustParseMoney(s)) }
	bad := func(raw string) Printed { return Garbled(integracja.Text{PL: "?", EN: "?"}, raw) }
	tests := []struct {
		name  string
		total Printed
		parts []Printed
		pl    string
	}{
		{"a total above its parts names the sum of the parts and the difference without a stray comma",
			known("100,00 zł"), []Printed{known("60,00 zł"), known("39,99 zł")},
			"niezgodność: kwota ogółem 100,00 zł przewyższa sumę części (99,99 zł) o 0,01 zł"},
		{"parts above the total say by how much they exceed it",
			known("100,00 zł"), []Printed{known("60,00 zł"), known("45,00 zł")},
			"niezgodność: części sumują się do 105,00 zł, o 5,00 zł więcej niż kwota ogółem 100,00 zł"},
		{"a discrepancy with a part missing names the unreadable part",
			known("100,00 zł"), []Printed{known("120,00 zł"), bad("??")},
			"niezgodność: części sumują się do 120,00 zł, o 20,00 zł więcej niż kwota ogółem 100,00 zł (bez nieczytelnych: ?: „??”)"},
		{"an unreadable total and part are both called unreadable",
			bad("1OO"), []Printed{known("60,00 zł"), bad("4O")},
			"nie można uzgodnić: nieczytelne są kwota ogółem (?: „1OO”) i części: ?: „4O”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Reconcile(tt.total, tt.parts...)
			require.NoError(t, err)
			assert.Equal(t, tt.pl, strings.ReplaceAll(r.Format(language.Polish), "\u00a0", " "))
		})
	}
}
