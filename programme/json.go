package programme

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// Decode reads a programme from its JSON form (see the package
// documentation) with the module's strict decoder,
// [integracja.DecodeJSON]: unknown or repeated fields, values of the wrong
// type, malformed dates, hours, amounts and codes, and trailing data are
// errors with the path of the bad value
// ("participants[3].events[1].date"), every one of them reported. A birth
// date that cannot be read is reported without its text. It does not
// validate the programme's content; call [Programme.Validate].
func Decode(data []byte) (Programme, error) {
	var p Programme
	if err := integracja.DecodeJSON(data, (*programmeJSON)(&p)); err != nil {
		return Programme{}, err
	}
	return p, nil
}

// Encode writes p in its JSON form, indented by two spaces, as a programme
// file is kept. [Decode] reads it back to an equal programme
// ([Programme.Equal]). The output holds the personal data p holds (birth
// dates, attached persons): store and send it as such.
func Encode(p Programme) ([]byte, error) {
	b, err := json.MarshalIndent(programmeJSON(p), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// programmeJSON has the fields of Programme and none of its methods.
type programmeJSON Programme

// UnmarshalJSON decodes p as [Decode] does, so that json.Unmarshal into a
// Programme, or a programme inside a larger document, is exactly as
// strict. JSON null leaves p as it is.
func (p *Programme) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var v programmeJSON
	if err := integracja.DecodeJSON(b, &v); err != nil {
		return err
	}
	*p = Programme(v)
	return nil
}

// exact is a decimal that JSON writes as a quoted string in plain
// notation ("15.5") and reads strictly: a string of digits with an
// optional sign and decimal point, never an exponent, at most 32
// characters.
type exact decimal.Decimal

// MarshalJSON writes the decimal as a quoted string.
func (e exact) MarshalJSON() ([]byte, error) {
	return json.Marshal(decimal.Decimal(e).String())
}

// UnmarshalJSON reads a quoted decimal in plain notation.
func (e *exact) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var s string
	d, ok := decimal.Decimal{}, false
	if json.Unmarshal(b, &s) == nil {
		d, ok = parseDecimal(s)
	}
	if !ok {
		return integracja.Invalid(integracja.Path{}, clip(string(b)), integracja.Text{
			PL: "oczekiwano liczby dziesiętnej w cudzysłowie, z kropką, bez wykładnika, np. \"15.5\"",
			EN: "want a quoted decimal with a dot and no exponent, such as \"15.5\""})
	}
	*e = exact(d)
	return nil
}

// parseDecimal parses -?digits(.digits)? of at most 32 characters.
func parseDecimal(s string) (decimal.Decimal, bool) {
	if len(s) == 0 || len(s) > 32 {
		return decimal.Decimal{}, false
	}
	body := strings.TrimPrefix(s, "-")
	whole, frac, dot := strings.Cut(body, ".")
	if whole == "" || (dot && frac == "") || !isDigits(whole) || !isDigits(frac) {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(s)
	return d, err == nil
}

// marshalJSON is json.Marshal, for the MarshalJSON methods of the package.
func marshalJSON(v any) ([]byte, error) { return json.Marshal(v) }

// commaDecimal writes a decimal's text with the Polish decimal comma.
func commaDecimal(s string) string { return strings.Replace(s, ".", ",", 1) }

// hundred is 100, the whole of a percentage.
var hundred = decimal.NewFromInt(100)

// Nouns the package counts with.
var (
	peopleNoun   = i18n.Persons
	familiesNoun = i18n.Noun{One: "rodzina", Few: "rodziny", Many: "rodzin", EnOne: "family", EnOther: "families"}
)
