package indicator

import (
	"encoding/json"
	"fmt"
	"strconv"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// MaxAgeBands is the largest number of bands an [AgeBands] scheme may have.
const MaxAgeBands = 8

// ageTableLen is the length of the lookup table of a scheme: ages
// 0…ageTableLen-1; every older age falls in the last band.
const ageTableLen = 128

// ageYears is the Polish noun for ages ("1 rok", "2 lata", "5 lat").
var ageYears = i18n.Noun{One: "rok", Few: "lata", Many: "lat", EnOne: "year", EnOther: "years"}

// AgeBands is a scheme of age bands (przedziały wieku): a way to put every
// age into one of a few consecutive bands, numbered from 0, possibly with
// different limits for women and men. A scheme maps an age to its band
// with one table lookup ([AgeBands.Band]), so it is cheap enough for the
// inner loop of a [Tally].
//
// The schemes the library ships:
//   - [ESF2014AgeBands]: under 25, 25–54, 55 and over (ESF 2014–2020,
//     Regulation (EU) No 1304/2013, Annex I, CO06 and CO07);
//   - [ESFPlusAgeBands]: under 18, 18–29, 30–54, 55 and over (ESF+,
//     Regulation (EU) 2021/1057, Annex I, EECO06–EECO08);
//   - [WorkingAgeGUS]: GUS pre-working, working and post-working age
//     (wiek przedprodukcyjny, produkcyjny, poprodukcyjny; women 18–59, men
//     18–64, verified: doc/law.md#gus-working-age; [NewWorkingAge] takes
//     the limits of older series);
//   - [ActivityAgePOKL]: PO KL "wiek aktywności zawodowej", 15–64 by
//     default (unverified: doc/law.md#pokl-activity-age; [NewActivityAge]
//     takes other limits).
//
// Others are made with [NewAgeBands] and [NewAgeBandsBySex]. An AgeBands is
// an immutable value, comparable with ==; two tallies merge only when their
// schemes are equal. The zero AgeBands has no bands: it puts no age
// anywhere.
type AgeBands struct {
	code    string
	n       uint8
	defined [3]bool // by Sex: whether the scheme places people of that sex
	starts  [3][MaxAgeBands]uint8
	labels  [MaxAgeBands]integracja.Text
	table   [3][ageTableLen]uint8 // by Sex and age: band index + 1; 0 = no band
}

// ESF2014AgeBands returns the age bands of ESF 2014–2020: under 25 (CO06),
// 25–54, and 55 and over ("above 54", CO07) — Regulation (EU) No 1304/2013,
// Annex I (verified: doc/law.md#esf-2014). Code "esf_2014".
func ESF2014AgeBands() AgeBands {
	a, _ := NewAgeBands("esf_2014", 0, 25, 55)
	return a
}

// ESFPlusAgeBands returns the age bands of ESF+ 2021–2027: under 18
// (EECO06), 18–29 (EECO07), 30–54, and 55 and over (EECO08) — Regulation
// (EU) 2021/1057, Annex I (verified: doc/law.md#esf-plus). Code
// "esf_plus".
func ESFPlusAgeBands() AgeBands {
	a, _ := NewAgeBands("esf_plus", 0, 18, 30, 55)
	return a
}

// The limits of GUS "wiek produkcyjny" (working age): from 18 to 59 for
// women and to 64 for men ("Pojęcia stosowane w statystyce publicznej";
// verified: doc/law.md#gus-working-age). Some older GUS series start it at
// 15; [NewWorkingAge] takes other limits.
const (
	DefaultWorkingAgeFrom    = 18
	DefaultWorkingAgeWomenTo = 59
	DefaultWorkingAgeMenTo   = 64
)

// WorkingAgeGUS returns the working-age bands of Statistics Poland (GUS)
// with the current limits: pre-working age 0–17 (wiek przedprodukcyjny),
// working age (wiek produkcyjny) 18–59 for women and 18–64 for men,
// post-working age (wiek poprodukcyjny) 60+ for women and 65+ for men. The
// limits depend on sex, so the scheme places no one of unspecified sex
// ([AgeBands.Band] reports false). Code "gus_working_age".
func WorkingAgeGUS() AgeBands {
	a, _ := NewWorkingAge(DefaultWorkingAgeFrom, DefaultWorkingAgeWomenTo, DefaultWorkingAgeMenTo)
	return a
}

// NewWorkingAge returns GUS-style working-age bands with other limits:
// working age from age from to womenTo (women) or menTo (men) inclusive,
// for example 15, 59, 64 for older GUS series. It needs 1 <= from <=
// womenTo, menTo < 127. Code "gus_working_age".
func NewWorkingAge(from, womenTo, menTo int) (AgeBands, error) {
	if from < 1 || womenTo < from || menTo < from || womenTo >= ageTableLen-1 || menTo >= ageTableLen-1 {
		return AgeBands{}, integracja.OutOfRange(integracja.Path{},
			strconv.Itoa(from)+"-"+strconv.Itoa(womenTo)+"/"+strconv.Itoa(menTo), integracja.Text{
				PL: fmt.Sprintf("wiek produkcyjny musi spełniać 1 ≤ od ≤ do < %d", ageTableLen-1),
				EN: fmt.Sprintf("the working age needs 1 <= from <= to < %d", ageTableLen-1)})
	}
	return NewAgeBandsBySex("gus_working_age", []int{0, from, womenTo + 1}, []int{0, from, menTo + 1}, nil, []integracja.Text{
		{PL: "wiek przedprodukcyjny", EN: "pre-working age"},
		{PL: "wiek produkcyjny", EN: "working age"},
		{PL: "wiek poprodukcyjny", EN: "post-working age"},
	})
}

// The default limits of the PO KL "wiek aktywności zawodowej".
const (
	// DefaultActivityAgeFrom is the youngest age of "wiek aktywności
	// zawodowej" in PO KL 2007–2013: 15; unverified
	// (doc/law.md#pokl-activity-age).
	DefaultActivityAgeFrom = 15
	// DefaultActivityAgeTo is the oldest age of "wiek aktywności
	// zawodowej" in PO KL 2007–2013: 64; unverified
	// (doc/law.md#pokl-activity-age).
	DefaultActivityAgeTo = 64
)

// ActivityAgePOKL returns [NewActivityAge] with the default limits 15–64,
// the "wiek aktywności zawodowej" of PO KL 2007–2013 documents. The limits
// are unverified (no source read confirms them:
// doc/law.md#pokl-activity-age), hence a parameter.
func ActivityAgePOKL() AgeBands {
	a, _ := NewActivityAge(DefaultActivityAgeFrom, DefaultActivityAgeTo)
	return a
}

// NewActivityAge returns three bands around "wiek aktywności zawodowej"
// (the age of economic activity, PO KL) from age from to age to inclusive,
// the same for every sex: below it, within it, above it. Code
// "pokl_activity_age". It needs 1 <= from <= to < 127.
func NewActivityAge(from, to int) (AgeBands, error) {
	if from < 1 || to < from || to >= ageTableLen-1 {
		return AgeBands{}, integracja.OutOfRange(integracja.Path{}, strconv.Itoa(from)+"-"+strconv.Itoa(to), integracja.Text{
			PL: fmt.Sprintf("wiek aktywności zawodowej musi spełniać 1 ≤ od ≤ do < %d", ageTableLen-1),
			EN: fmt.Sprintf("the activity age needs 1 <= from <= to < %d", ageTableLen-1)})
	}
	starts := []int{0, from, to + 1}
	return NewAgeBandsBySex("pokl_activity_age", starts, starts, starts, []integracja.Text{
		{PL: "poniżej wieku aktywności zawodowej", EN: "below the age of economic activity"},
		{PL: "wiek aktywności zawodowej", EN: "age of economic activity"},
		{PL: "powyżej wieku aktywności zawodowej", EN: "above the age of economic activity"},
	})
}

// NewAgeBands returns a scheme, the same for every sex, whose bands start at
// the given ages: the first must be 0, the others strictly increasing and
// below 128, at most [MaxAgeBands] in all. The labels are made from the
// limits: "poniżej 18 lat", "18–29 lat", "30–54 lata", "55 lat i więcej";
// "under 18", "18-29", "55 and over". The code names the scheme in JSON.
func NewAgeBands(code string, starts ...int) (AgeBands, error) {
	labels := make([]integracja.Text, len(starts))
	for i := range starts {
		labels[i] = autoLabel(starts, i)
	}
	return NewAgeBandsBySex(code, starts, starts, starts, labels)
}

func autoLabel(starts []int, i int) integracja.Text {
	switch {
	case len(starts) == 1:
		return integracja.Text{PL: "każdy wiek", EN: "any age"}
	case i == 0:
		// "poniżej" takes the genitive: "poniżej 1 roku", "poniżej 18 lat".
		n := starts[1]
		years := "lat"
		if n == 1 {
			years = "roku"
		}
		return integracja.Text{PL: fmt.Sprintf("poniżej %d %s", n, years), EN: fmt.Sprintf("under %d", n)}
	case i == len(starts)-1:
		n := starts[i]
		return integracja.Text{PL: fmt.Sprintf("%d %s i więcej", n, ageYears.Form(language.Polish, n)),
			EN: fmt.Sprintf("%d and over", n)}
	}
	from, to := starts[i], starts[i+1]-1
	if from == to {
		return integracja.Text{PL: ageYears.Count(language.Polish, from), EN: strconv.Itoa(from)}
	}
	return integracja.Text{PL: fmt.Sprintf("%d–%d %s", from, to, ageYears.Form(language.Polish, to)),
		EN: fmt.Sprintf("%d-%d", from, to)}
}

// NewAgeBandsBySex returns a scheme whose bands start at different ages for
// women, men and people of unspecified sex; a nil list leaves that sex
// outside the scheme ([AgeBands.Band] reports false for it). Every given
// list must start at 0, increase strictly, stay below 128 and have as many
// entries as labels, at most [MaxAgeBands]; at least one must be given, and
// the code must not be empty. Every problem is reported, with the path of
// the list ("women[2]").
func NewAgeBandsBySex(code string, women, men, unspecified []int, labels []integracja.Text) (AgeBands, error) {
	var errs []error
	if code == "" {
		errs = append(errs, integracja.Required(integracja.NewPath("code")))
	}
	n := len(labels)
	if n == 0 || n > MaxAgeBands {
		errs = append(errs, integracja.OutOfRange(integracja.NewPath("labels"), strconv.Itoa(n), integracja.Text{
			PL: fmt.Sprintf("liczba przedziałów musi wynosić od 1 do %d", MaxAgeBands),
			EN: fmt.Sprintf("the number of bands must be 1 to %d", MaxAgeBands)}))
	}
	for i, l := range labels {
		if l.IsZero() {
			errs = append(errs, integracja.Required(integracja.NewPath("labels").Index(i)))
		}
	}
	a := AgeBands{code: code, n: uint8(min(max(n, 0), MaxAgeBands))}
	copy(a.labels[:], labels)
	lists := [3][]int{SexUnspecified: unspecified, Female: women, Male: men}
	names := [3]string{SexUnspecified: "unspecified", Female: "women", Male: "men"}
	if women == nil && men == nil && unspecified == nil {
		errs = append(errs, integracja.Required(integracja.NewPath("women")))
	}
	for s, list := range lists {
		if list == nil {
			continue
		}
		p := integracja.NewPath(names[s])
		if len(list) != n {
			errs = append(errs, integracja.Inconsistent(p, strconv.Itoa(len(list)), integracja.Text{
				PL: fmt.Sprintf("liczba granic przedziałów różna od liczby etykiet (%d)", n),
				EN: fmt.Sprintf("the number of band starts differs from the number of labels (%d)", n)}))
			continue
		}
		for i, v := range list {
			switch {
			case i == 0 && v != 0:
				errs = append(errs, integracja.Invalid(p.Index(0), strconv.Itoa(v), integracja.Text{
					PL: "pierwszy przedział musi zaczynać się od 0", EN: "the first band must start at 0"}))
			case v < 0 || v >= ageTableLen:
				errs = append(errs, integracja.OutOfRange(p.Index(i), strconv.Itoa(v), integracja.Text{
					PL: fmt.Sprintf("granica przedziału poza zakresem 0–%d", ageTableLen-1),
					EN: fmt.Sprintf("band start out of range 0-%d", ageTableLen-1)}))
			case i > 0 && v <= list[i-1]:
				errs = append(errs, integracja.Inconsistent(p.Index(i), strconv.Itoa(v), integracja.Text{
					PL: "granice przedziałów muszą rosnąć", EN: "band starts must increase"}))
			}
		}
		if n > MaxAgeBands {
			continue
		}
		a.defined[s] = true
		for i, v := range list {
			a.starts[s][i] = uint8(min(max(v, 0), ageTableLen-1))
		}
	}
	if err := integracja.Join(errs...); err != nil {
		return AgeBands{}, err
	}
	for s := range a.defined {
		if !a.defined[s] {
			continue
		}
		band := 0
		for age := range ageTableLen {
			for band+1 < n && age >= int(a.starts[s][band+1]) {
				band++
			}
			a.table[s][age] = uint8(band + 1)
		}
	}
	return a, nil
}

// Band returns the band of a person of sex s aged age, and false when the
// age is negative (unknown) or the scheme places no one of that sex. Ages
// of 127 and over fall in the last band. It is one table lookup; the
// receiver is a pointer so that the inner loop of a count does not copy
// the scheme's table.
func (a *AgeBands) Band(s Sex, age int) (int, bool) {
	if age < 0 || s > Male {
		return 0, false
	}
	if age >= ageTableLen {
		age = ageTableLen - 1
	}
	b := a.table[s][age]
	return int(b) - 1, b != 0
}

// BandOf returns the band of a profile's sex and age at entry; false when
// the age at entry is unknown or the scheme places no one of that sex.
func (a *AgeBands) BandOf(p Profile) (int, bool) { return a.Band(p.Sex, ageAt(p.BirthDate, p.Entry)) }

// Code returns the scheme's code ("esf_plus"); "" for the zero AgeBands.
func (a AgeBands) Code() string { return a.code }

// String returns the scheme's code.
func (a AgeBands) String() string { return a.code }

// Len returns the number of bands.
func (a AgeBands) Len() int { return int(a.n) }

// IsZero reports whether a is the zero AgeBands.
func (a AgeBands) IsZero() bool { return a.n == 0 }

// Label returns the name of band b in the language t asks for ("18–29
// lat", "18-29"), or "band 7" for a band the scheme does not have.
func (a AgeBands) Label(b int, t language.Tag) string {
	if b < 0 || b >= int(a.n) {
		return integracja.Text{PL: "przedział " + strconv.Itoa(b), EN: "band " + strconv.Itoa(b)}.In(t)
	}
	return a.labels[b].In(t)
}

// Starts returns the ages at which the bands start for people of sex s, in
// a new slice; nil when the scheme places no one of that sex.
func (a AgeBands) Starts(s Sex) []int {
	if s > Male || !a.defined[s] {
		return nil
	}
	out := make([]int, a.n)
	for i := range out {
		out[i] = int(a.starts[s][i])
	}
	return out
}

// ageBandsJSON is the JSON form of an AgeBands.
type ageBandsJSON struct {
	Code        string            `json:"code"`
	Women       []int             `json:"women,omitempty"`
	Men         []int             `json:"men,omitempty"`
	Unspecified []int             `json:"unspecified,omitempty"`
	Labels      []integracja.Text `json:"labels"`
}

// MarshalJSON encodes the scheme with its code, the band starts for each
// sex it places, and the labels:
// {"code":"esf_plus","women":[0,18,30,55],"men":[…],"unspecified":[…],"labels":[{"pl":…,"en":…},…]}.
// The zero AgeBands encodes as null.
func (a AgeBands) MarshalJSON() ([]byte, error) {
	if a.IsZero() {
		return []byte("null"), nil
	}
	v := ageBandsJSON{Code: a.code, Women: a.Starts(Female), Men: a.Starts(Male), Unspecified: a.Starts(SexUnspecified),
		Labels: append([]integracja.Text(nil), a.labels[:a.n]...)}
	return json.Marshal(v)
}

// UnmarshalJSON decodes what MarshalJSON encodes, strictly, and checks it
// as [NewAgeBandsBySex] does; null decodes to the zero AgeBands.
func (a *AgeBands) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*a = AgeBands{}
		return nil
	}
	var v ageBandsJSON
	if err := integracja.DecodeJSON(data, &v); err != nil {
		return err
	}
	b, err := NewAgeBandsBySex(v.Code, v.Women, v.Men, v.Unspecified, v.Labels)
	if err != nil {
		return err
	}
	*a = b
	return nil
}
