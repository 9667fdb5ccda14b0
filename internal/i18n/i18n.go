// Package i18n holds the module's message machinery: choosing Polish or
// English for a language tag, Polish plural forms through
// golang.org/x/text/feature/plural ([Noun]), and numbers written as CLDR
// writes them in each language ([Number], [Int]). Nothing here uses
// x/text's global default catalogue, and nothing here is mutable.
package i18n

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// IsEnglish reports whether t asks for English. Every other tag, including
// the zero tag, means Polish, the module's default language. The root's
// integracja.IsEnglish is this function: it lives here so that the
// internal packages, which import nothing of the module, choose the
// language the same way.
func IsEnglish(t language.Tag) bool {
	base, conf := t.Base()
	if conf != language.Exact {
		return false
	}
	en, _ := language.English.Base()
	return base == en
}

// In returns, of a text in Polish (pl) and English (en), the one t asks
// for: en when t asks for English and en is given, pl otherwise, and en
// when pl is empty. The root's integracja.Text.In is this function.
func In(t language.Tag, pl, en string) string {
	if IsEnglish(t) && en != "" {
		return en
	}
	if pl == "" {
		return en
	}
	return pl
}

// Lang returns language.English when t asks for English and
// language.Polish otherwise: the module speaks these two, Polish by default.
func Lang(t language.Tag) language.Tag {
	if IsEnglish(t) {
		return language.English
	}
	return language.Polish
}

// Noun is a countable noun with its Polish plural forms (one: 1 osoba;
// few: 2–4, 22–24… osoby; many: 5–21, 25… osób) and English forms.
type Noun struct {
	One, Few, Many string // Polish
	EnOne, EnOther string // English
}

// Common nouns of the domain.
var (
	Persons = Noun{"osoba", "osoby", "osób", "person", "people"}
	Women   = Noun{"kobieta", "kobiety", "kobiet", "woman", "women"}
	Men     = Noun{"mężczyzna", "mężczyzn", "mężczyzn", "man", "men"}
	Hours   = Noun{"godzina", "godziny", "godzin", "hour", "hours"}
	Days    = Noun{"dzień", "dni", "dni", "day", "days"}
	Months  = Noun{"miesiąc", "miesiące", "miesięcy", "month", "months"}
	// Participants is "uczestnik"; Polish uses the masculine form for mixed
	// groups.
	Participants = Noun{"uczestnik", "uczestników", "uczestników", "participant", "participants"}
	Contracts    = Noun{"kontrakt", "kontrakty", "kontraktów", "contract", "contracts"}
	// Digits and DecimalPlaces count the digits of a number, for the
	// messages about the limits of decimals.
	Digits        = Noun{"cyfra", "cyfry", "cyfr", "digit", "digits"}
	DecimalPlaces = Noun{"miejsce", "miejsca", "miejsc", "decimal place", "decimal places"}
)

// Form returns the form of the noun for n in the language t asks for,
// without the number: Form(pl, 5) is "osób".
func (w Noun) Form(t language.Tag, n int) string {
	if IsEnglish(t) {
		if n == 1 || n == -1 {
			return w.EnOne
		}
		return w.EnOther
	}
	// Polish plural rules look only at whether the size of n is 1 and at
	// its last two digits, so n is reduced to those before x/text sees it:
	// x/text panics on a negative number, and the size of math.MinInt
	// does not fit an int.
	i := n % 100
	if i < 0 {
		i = -i
	}
	if n >= 100 || n <= -100 {
		i += 100 // keeps the last two digits, and 101 is not "one"
	}
	switch plural.Cardinal.MatchPlural(language.Polish, i, 0, 0, 0, 0) {
	case plural.One:
		return w.One
	case plural.Few:
		return w.Few
	default:
		return w.Many
	}
}

// Count returns n, grouped as [Int] groups it, followed by the right form
// of the noun: "1 osoba", "2 osoby", "5 osób", "22 osoby", "12 345 osób";
// "1 person", "5 people".
func (w Noun) Count(t language.Tag, n int) string {
	return Int(t, n) + " " + w.Form(t, n)
}
