package indicator

import (
	"encoding/json"
	"fmt"
	"strconv"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/internal/i18n"
)

// Tally counts participants by age band × labour-market status at entry ×
// sex (the breakdown ESF reporting asks for: "uczestnicy według płci,
// wieku i statusu na rynku pracy"). The counts live in a fixed-size array,
// so counting a record allocates nothing; a Tally is a plain value that can
// be copied, compared with ==, sent as JSON and merged with another tally
// of the same [AgeBands] scheme. Shards of a large register can therefore
// be counted in parallel (one Tally per goroutine, or per machine of a
// distributed engine) and merged at the end.
//
// A Tally is not safe for concurrent use: give each goroutine its own and
// merge them.
//
// The zero Tally is empty and has no age band scheme: Add and AddRecord
// report an error until it has one, and Merge into it adopts the other
// tally's scheme, so the zero Tally is the identity of Merge (a reduce can
// start from it). Make a counting tally with [NewTally].
type Tally struct {
	bands AgeBands
	cells [MaxAgeBands][numStatuses][3]int // by band, status and Sex
	// people is the number of people in every cell. Every method that
	// counts keeps it at most math.MaxInt, and refuses to count past it,
	// so no cell and no sum of cells ever wraps around.
	people int
}

// ErrBandScheme reports tallies or schemes that do not fit together: a
// merge of tallies counted by different age band schemes, or counting into
// a tally that has no scheme.
var ErrBandScheme = integracja.NewCause("band_scheme", integracja.Text{
	PL: "niezgodny schemat przedziałów wieku", EN: "age band scheme mismatch"})

// NewTally returns an empty tally that puts ages into the bands of b.
func NewTally(b AgeBands) Tally { return Tally{bands: b} }

// Bands returns the tally's age band scheme.
func (t *Tally) Bands() AgeBands { return t.bands }

// AddRecord counts one participant of sex s, in age band band of the
// tally's scheme, with labour-market status st at entry. It is the cheap
// path for raw records whose band is already known; it allocates nothing
// unless it fails. A band the scheme does not have, a sex or status out
// of range, a tally without a scheme, and a tally that already counts as
// many people as an int holds ([integracja.ErrOutOfRange]; a tally decoded
// or merged up to that limit) are errors, and nothing is counted.
func (t *Tally) AddRecord(s Sex, band int, st LabourStatus) error {
	if uint(band) >= uint(t.bands.n) || s > Male || st >= numStatuses || t.people == maxInt {
		return t.recordError(s, band, st)
	}
	t.cells[band][st][s]++
	t.people++
	return nil
}

func (t *Tally) recordError(s Sex, band int, st LabourStatus) error {
	switch {
	case t.bands.IsZero():
		return integracja.NewFieldError(integracja.Path{}, ErrBandScheme, "", integracja.Text{
			PL: "licznik nie ma schematu przedziałów wieku",
			EN: "the tally has no age band scheme (use NewTally)"})
	case s > Male:
		return integracja.Invalid(integracja.NewPath("sex"), s.String(), integracja.Text{})
	case st >= numStatuses:
		return integracja.Invalid(integracja.NewPath("status"), st.String(), integracja.Text{})
	case uint(band) >= uint(t.bands.n):
		return integracja.OutOfRange(integracja.NewPath("band"), strconv.Itoa(band), integracja.Text{
			PL: fmt.Sprintf("schemat „%s” ma przedziały od 0 do %d", t.bands.code, t.bands.n-1),
			EN: fmt.Sprintf("scheme %q has bands 0-%d", t.bands.code, t.bands.n-1)})
	}
	return t.fullError()
}

// fullError reports a tally that counts as many people as an int holds.
func (t *Tally) fullError() error {
	return integracja.OutOfRange(integracja.Path{}, strconv.Itoa(t.people), integracja.Text{
		PL: "licznik liczy już największą możliwą liczbę osób",
		EN: "the tally already counts as many people as it can hold"})
}

// Add counts one participant by sex, age at entry and labour-market status
// at entry; a status not recorded is counted as [StatusUnknown]. It does
// not run [Profile.Validate]; it fails, counting nothing, when the age at
// entry is unknown (birth or entry date missing, born after entering),
// when the scheme places no one of the participant's sex, or when the sex
// or status is out of range. It allocates nothing unless it fails.
func (t *Tally) Add(p Profile) error { return t.add(&p) }

func (t *Tally) add(p *Profile) error {
	band, ok := t.bands.Band(p.Sex, ageAt(p.BirthDate, p.Entry))
	if !ok || p.Status >= numStatuses || t.people == maxInt {
		return t.profileError(p)
	}
	t.cells[band][p.Status][p.Sex]++
	t.people++
	return nil
}

func (t *Tally) profileError(p *Profile) error {
	switch {
	case t.bands.IsZero():
		return t.recordError(p.Sex, 0, p.Status)
	case p.Sex > Male:
		return integracja.Invalid(integracja.NewPath("sex"), p.Sex.String(), integracja.Text{})
	case p.Status >= numStatuses:
		return integracja.Invalid(integracja.NewPath("status"), p.Status.String(), integracja.Text{})
	case ageAt(p.BirthDate, p.Entry) < 0:
		cause := error(integracja.ErrInconsistent) // born after entering
		switch {
		case p.BirthDate.IsZero() || p.Entry.IsZero():
			cause = integracja.ErrRequired
		case !p.BirthDate.IsValid() || !p.Entry.IsValid():
			cause = integracja.ErrInvalid
		}
		return integracja.NewFieldError(integracja.NewPath("birthDate"), cause, "", integracja.Text{
			PL: "nie można ustalić wieku w chwili przystąpienia", EN: "the age at entry cannot be determined"})
	case t.people == maxInt:
		return t.fullError()
	}
	return integracja.NewFieldError(integracja.NewPath("sex"), ErrBandScheme, p.Sex.String(), integracja.Text{
		PL: fmt.Sprintf("schemat „%s” nie przypisuje przedziału wieku osobom tej płci", t.bands.code),
		EN: fmt.Sprintf("scheme %q places no one of this sex in an age band", t.bands.code)})
}

// AddAll counts every profile as [Tally.Add] does and reports every
// profile it could not count, with its index in the path
// ("[3].birthDate"); the others are counted. It allocates nothing unless
// some profile cannot be counted.
func (t *Tally) AddAll(ps []Profile) error {
	var errs []error
	for i := range ps {
		// The body of add, by hand: this is the loop a large count spends
		// its time in.
		p := &ps[i]
		band, ok := t.bands.Band(p.Sex, ageAt(p.BirthDate, p.Entry))
		if ok && p.Status < numStatuses && t.people < maxInt {
			t.cells[band][p.Status][p.Sex]++
			t.people++
			continue
		}
		errs = append(errs, integracja.Under(integracja.Path{}.Index(i), t.profileError(p)))
	}
	return integracja.Join(errs...)
}

// Merge adds the counts of o to t. Both must count by the same age band
// scheme (equal [AgeBands]); otherwise Merge fails with [ErrBandScheme] and
// t is unchanged. Merging into a zero Tally adopts o's scheme; merging a
// zero Tally changes nothing. When the merged tally would count more
// people than an int holds, Merge fails with [integracja.ErrOutOfRange]
// and t is unchanged, so no count of a tally ever wraps around.
func (t *Tally) Merge(o Tally) error {
	if o.bands.IsZero() {
		return nil
	}
	if !t.bands.IsZero() && t.bands != o.bands || t.bands.IsZero() && !t.isEmpty() {
		return t.mismatch(o)
	}
	people, ok := sum(t.people, o.people)
	if !ok {
		return integracja.OutOfRange(integracja.NewPath("cells"), strconv.Itoa(o.people), integracja.Text{
			PL: "po połączeniu liczników liczba osób byłaby zbyt duża",
			EN: "the merged tally would count too many people"})
	}
	t.bands, t.people = o.bands, people
	for b := range t.cells {
		for st := range t.cells[b] {
			for s := range t.cells[b][st] {
				t.cells[b][st][s] += o.cells[b][st][s]
			}
		}
	}
	return nil
}

func (t *Tally) mismatch(o Tally) error {
	return integracja.NewFieldError(integracja.NewPath("bands"), ErrBandScheme, "", integracja.Text{
		PL: fmt.Sprintf("nie można połączyć liczników: schemat „%s” różny od „%s”", o.bands.code, t.bands.code),
		EN: fmt.Sprintf("cannot merge tallies: scheme %q differs from %q", o.bands.code, t.bands.code)})
}

func (t *Tally) isEmpty() bool { return t.people == 0 }

// Cell returns the number of participants in age band band with status st
// at entry, by sex; the zero Count for a band or status out of range.
func (t *Tally) Cell(band int, st LabourStatus) Count {
	if uint(band) >= uint(t.bands.n) || st >= numStatuses {
		return Count{}
	}
	c := &t.cells[band][st]
	return Count{Women: c[Female], Men: c[Male], Unspecified: c[SexUnspecified]}
}

// ByBand returns the number of participants in age band band, by sex.
func (t *Tally) ByBand(band int) Count {
	var c Count
	for st := range LabourStatus(numStatuses) {
		c = c.Add(t.Cell(band, st))
	}
	return c
}

// ByStatus returns the number of participants with status st at entry, by
// sex.
func (t *Tally) ByStatus(st LabourStatus) Count {
	var c Count
	for b := range int(t.bands.n) {
		c = c.Add(t.Cell(b, st))
	}
	return c
}

// Total returns the number of participants counted, by sex.
func (t *Tally) Total() Count {
	var c Count
	for b := range int(t.bands.n) {
		c = c.Add(t.ByBand(b))
	}
	return c
}

// tallyCell is one non-empty cell in the JSON form of a Tally.
type tallyCell struct {
	Band   int          `json:"band"`
	Status LabourStatus `json:"status"`
	Count  Count        `json:"count"`
}

type tallyJSON struct {
	Bands AgeBands    `json:"bands"`
	Cells []tallyCell `json:"cells"`
}

// MarshalJSON encodes the scheme and the non-empty cells:
// {"bands":{…},"cells":[{"band":1,"status":"unemployed","count":{"women":3,"men":2}}]}.
// The zero Tally encodes as {"bands":null,"cells":[]}.
func (t Tally) MarshalJSON() ([]byte, error) {
	v := tallyJSON{Bands: t.bands, Cells: []tallyCell{}}
	for b := range int(t.bands.n) {
		for st := range LabourStatus(numStatuses) {
			if c := t.Cell(b, st); c != (Count{}) {
				v.Cells = append(v.Cells, tallyCell{Band: b, Status: st, Count: c})
			}
		}
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes what MarshalJSON encodes, strictly, and reports
// every problem with its path: cells without a scheme
// (ErrRequired at "bands"), a band the scheme does not have (ErrOutOfRange
// at "cells[2].band"), a negative count (ErrOutOfRange at
// "cells[2].count.women", from [Count.UnmarshalJSON]), a cell given twice
// (ErrDuplicate at "cells[2]"),
// and cells that together count more people than an int holds
// (ErrOutOfRange at "cells[2].count", the first cell past the limit).
func (t *Tally) UnmarshalJSON(data []byte) error {
	var v tallyJSON
	if err := integracja.DecodeJSON(data, &v); err != nil {
		return err
	}
	out := Tally{bands: v.Bands}
	var errs []error
	if v.Bands.IsZero() && len(v.Cells) > 0 {
		errs = append(errs, integracja.Required(integracja.NewPath("bands")))
	}
	seen := make(map[[2]int]bool, len(v.Cells))
	people, overflow := 0, false
	for i, c := range v.Cells {
		p := integracja.NewPath("cells").Index(i)
		ok := true
		if c.Band < 0 || (!v.Bands.IsZero() && c.Band >= v.Bands.Len()) {
			errs = append(errs, integracja.OutOfRange(p.Child("band"), strconv.Itoa(c.Band), bandsText(v.Bands)))
			ok = false
		}
		key := [2]int{c.Band, int(c.Status)}
		if seen[key] {
			errs = append(errs, integracja.Duplicate(p, strconv.Itoa(c.Band)+"/"+c.Status.String()))
			ok = false
		}
		seen[key] = true
		if ok && !overflow {
			if people, ok = sum(people, c.Count.Women, c.Count.Men, c.Count.Unspecified); !ok {
				overflow = true
				errs = append(errs, integracja.OutOfRange(p.Child("count"), c.Count.totalString(), integracja.Text{
					PL: "łączna liczba osób we wszystkich komórkach jest zbyt duża", EN: "the cells together count too many people"}))
			}
		}
		if ok && !v.Bands.IsZero() {
			cell := &out.cells[c.Band][c.Status]
			cell[Female], cell[Male], cell[SexUnspecified] = c.Count.Women, c.Count.Men, c.Count.Unspecified
		}
	}
	out.people = people
	if err := integracja.Join(errs...); err != nil {
		return err
	}
	*t = out
	return nil
}

// DecodeTally decodes a tally from JSON strictly, as [Tally.UnmarshalJSON]
// does, with the path of every problem.
func DecodeTally(data []byte) (Tally, error) {
	var t Tally
	if err := integracja.DecodeJSON(data, &t); err != nil {
		return Tally{}, err
	}
	return t, nil
}

// bandNoun is the noun for the bands of a scheme.
var bandNoun = i18n.Noun{One: "przedział", Few: "przedziały", Many: "przedziałów", EnOne: "band", EnOther: "bands"}

// bandsText says how many bands a scheme has: "schemat „esf_2014” ma
// 3 przedziały"; the zero scheme has none.
func bandsText(a AgeBands) integracja.Text {
	if a.IsZero() {
		return integracja.Text{PL: "brak schematu przedziałów wieku", EN: "no age band scheme"}
	}
	n := int(a.n)
	return integracja.Text{
		PL: fmt.Sprintf("schemat „%s” ma %s", a.code, bandNoun.Count(language.Polish, n)),
		EN: fmt.Sprintf("scheme %q has %s", a.code, bandNoun.Count(language.English, n))}
}
