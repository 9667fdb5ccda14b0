package indicator

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// person returns a valid profile of the given sex, status and age at entry
// (entry on 1 June 2021, birthday on 1 January).
func person(s Sex, age int, st LabourStatus) Profile {
	return Profile{Sex: s, BirthDate: integracja.Date{Year: 2021 - age, Month: 1, Day: 1},
		Entry: integracja.MustParseDate("2021-06-01"), Status: st, Education: ISCED3to4}
}

func TestTallyCounts(t *testing.T) {
	tally := NewTally(ESFPlusAgeBands())
	for _, p := range []Profile{
		person(Female, 17, Inactive),
		person(Female, 20, Unemployed),
		person(Female, 29, LongTermUnemployed),
		person(Male, 30, LongTermUnemployed),
		person(Male, 54, Employed),
		person(Male, 55, InactiveNotInEducation),
		person(SexUnspecified, 60, Employed),
	} {
		require.NoError(t, tally.Add(p))
	}
	t.Run("the total counts everyone by sex", func(t *testing.T) {
		assert.Equal(t, Count{Women: 3, Men: 3, Unspecified: 1}, tally.Total())
	})
	t.Run("counts by band follow the age at entry", func(t *testing.T) {
		assert.Equal(t, Count{Women: 1}, tally.ByBand(0))
		assert.Equal(t, Count{Women: 2}, tally.ByBand(1))
		assert.Equal(t, Count{Men: 2}, tally.ByBand(2))
		assert.Equal(t, Count{Men: 1, Unspecified: 1}, tally.ByBand(3))
		assert.Equal(t, Count{}, tally.ByBand(4), "a band the scheme does not have is empty")
	})
	t.Run("counts by status follow the status at entry", func(t *testing.T) {
		assert.Equal(t, Count{Women: 1, Men: 1}, tally.ByStatus(LongTermUnemployed))
		assert.Equal(t, Count{Men: 1, Unspecified: 1}, tally.ByStatus(Employed))
		assert.Equal(t, Count{}, tally.ByStatus(StatusUnknown))
		assert.Equal(t, Count{}, tally.ByStatus(LabourStatus(40)))
	})
	t.Run("a cell is one band and one status", func(t *testing.T) {
		assert.Equal(t, Count{Women: 1}, tally.Cell(1, LongTermUnemployed))
		assert.Equal(t, Count{}, tally.Cell(-1, Employed))
	})
	t.Run("the tally keeps its scheme", func(t *testing.T) {
		assert.Equal(t, "esf_plus", tally.Bands().Code())
	})
}

func TestTallyAllocatesNothingPerRecord(t *testing.T) {
	ps := generateProfiles(1000)
	tally := NewTally(ESFPlusAgeBands())
	p := ps[0]
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = tally.Add(p) }), "Add")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = tally.AddRecord(Male, 2, Employed) }), "AddRecord")
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = tally.AddAll(ps) }), "AddAll")
	other := NewTally(ESFPlusAgeBands())
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = other.Merge(tally) }), "Merge")
}

func TestTallyRejects(t *testing.T) {
	tests := []struct {
		name  string
		add   func(t *Tally) error
		path  string
		cause error
	}{
		{"a profile without birth date", func(t *Tally) error {
			p := person(Female, 30, Employed)
			p.BirthDate = integracja.Date{}
			return t.Add(p)
		}, "birthDate", integracja.ErrRequired},
		{"a profile born after entry", func(t *Tally) error {
			p := person(Female, 30, Employed)
			p.BirthDate = integracja.MustParseDate("2022-01-01")
			return t.Add(p)
		}, "birthDate", integracja.ErrInconsistent},
		{"a profile with an invalid entry date", func(t *Tally) error {
			p := person(Female, 30, Employed)
			p.Entry = integracja.Date{Year: 2021, Month: 2, Day: 29}
			return t.Add(p)
		}, "birthDate", integracja.ErrInvalid},
		{"a profile with a sex out of range", func(t *Tally) error { return t.Add(person(Sex(7), 30, Employed)) },
			"sex", integracja.ErrInvalid},
		{"a profile with a status out of range", func(t *Tally) error { return t.Add(person(Male, 30, LabourStatus(7))) },
			"status", integracja.ErrInvalid},
		{"a record in a band the scheme does not have", func(t *Tally) error { return t.AddRecord(Male, 4, Employed) },
			"band", integracja.ErrOutOfRange},
		{"a record in a negative band", func(t *Tally) error { return t.AddRecord(Male, -1, Employed) },
			"band", integracja.ErrOutOfRange},
		{"a record with a sex out of range", func(t *Tally) error { return t.AddRecord(Sex(3), 0, Employed) },
			"sex", integracja.ErrInvalid},
		{"a record with a status out of range", func(t *Tally) error { return t.AddRecord(Male, 0, LabourStatus(6)) },
			"status", integracja.ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name+" is an error and nothing is counted", func(t *testing.T) {
			tally := NewTally(ESFPlusAgeBands())
			err := tc.add(&tally)
			require.ErrorIs(t, err, tc.cause)
			assert.Equal(t, tc.path, integracja.FieldErrors(err)[0].Path.String())
			assert.Equal(t, Count{}, tally.Total())
		})
	}
	t.Run("a scheme that places no one of unspecified sex rejects them", func(t *testing.T) {
		tally := NewTally(WorkingAgeGUS())
		err := tally.Add(person(SexUnspecified, 30, Employed))
		require.ErrorIs(t, err, ErrBandScheme)
		assert.Equal(t, "sex", integracja.FieldErrors(err)[0].Path.String())
		require.NoError(t, tally.Add(person(Female, 30, Employed)))
	})
	t.Run("the zero tally counts nothing until it has a scheme", func(t *testing.T) {
		var tally Tally
		assert.ErrorIs(t, tally.Add(person(Female, 30, Employed)), ErrBandScheme)
		assert.ErrorIs(t, tally.AddRecord(Female, 0, Employed), ErrBandScheme)
		assert.Equal(t, Count{}, tally.Total())
	})
	t.Run("AddAll counts the good profiles and reports each bad one with its index", func(t *testing.T) {
		tally := NewTally(ESF2014AgeBands())
		bad := person(Male, 40, Employed)
		bad.Entry = integracja.Date{}
		err := tally.AddAll([]Profile{person(Female, 30, Employed), bad, person(Male, 20, Unemployed), bad})
		require.ErrorIs(t, err, integracja.ErrRequired)
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 2)
		assert.Equal(t, "[1].birthDate", fes[0].Path.String())
		assert.Equal(t, "[3].birthDate", fes[1].Path.String())
		assert.Equal(t, Count{Women: 1, Men: 1}, tally.Total())
	})
	t.Run("a record whose status was not recorded is counted as unknown", func(t *testing.T) {
		tally := NewTally(ESF2014AgeBands())
		require.NoError(t, tally.Add(person(Female, 30, StatusUnknown)))
		assert.Equal(t, Count{Women: 1}, tally.ByStatus(StatusUnknown))
	})
}

func TestTallyMerge(t *testing.T) {
	t.Run("merging adds cell by cell", func(t *testing.T) {
		a, b := NewTally(ESF2014AgeBands()), NewTally(ESF2014AgeBands())
		require.NoError(t, a.AddRecord(Female, 0, Unemployed))
		require.NoError(t, b.AddRecord(Female, 0, Unemployed))
		require.NoError(t, b.AddRecord(Male, 2, Employed))
		require.NoError(t, a.Merge(b))
		assert.Equal(t, Count{Women: 2}, a.Cell(0, Unemployed))
		assert.Equal(t, Count{Men: 1}, a.Cell(2, Employed))
		assert.Equal(t, Count{Men: 1}, b.Cell(2, Employed), "the merged tally is untouched")
	})
	t.Run("tallies of different schemes do not merge, and the target is unchanged", func(t *testing.T) {
		a, b := NewTally(ESF2014AgeBands()), NewTally(ESFPlusAgeBands())
		require.NoError(t, a.AddRecord(Female, 0, Unemployed))
		require.NoError(t, b.AddRecord(Female, 0, Unemployed))
		before := a
		err := a.Merge(b)
		require.ErrorIs(t, err, ErrBandScheme)
		assert.Contains(t, err.Error(), "esf_plus")
		assert.Equal(t, before, a)
	})
	t.Run("the zero tally is the identity of merge", func(t *testing.T) {
		b := NewTally(ESFPlusAgeBands())
		require.NoError(t, b.AddRecord(Male, 3, Inactive))
		var acc Tally
		require.NoError(t, acc.Merge(b))
		assert.Equal(t, b, acc, "merging into the zero tally adopts the scheme")
		require.NoError(t, acc.Merge(Tally{}))
		assert.Equal(t, b, acc, "merging the zero tally changes nothing")
	})
	t.Run("shards counted in parallel and merged equal a sequential count", func(t *testing.T) {
		ps := generateProfiles(40_000)
		bands := ESFPlusAgeBands()
		sequential := NewTally(bands)
		require.NoError(t, sequential.AddAll(ps))

		const shards = 4
		results := make([]Tally, shards)
		errs := make([]error, shards)
		var wg sync.WaitGroup
		size := (len(ps) + shards - 1) / shards
		for i := range shards {
			wg.Go(func() {
				part := ps[i*size : min((i+1)*size, len(ps))]
				results[i] = NewTally(bands)
				errs[i] = results[i].AddAll(part)
			})
		}
		wg.Wait()
		var merged Tally
		for i := range shards {
			require.NoError(t, errs[i])
			require.NoError(t, merged.Merge(results[i]))
		}
		assert.Equal(t, sequential, merged)
		assert.Equal(t, len(ps), merged.Total().Total())
	})
	t.Run("a merge that would count more people than an int holds fails, and the target is unchanged", func(t *testing.T) {
		a := NewTally(ESF2014AgeBands())
		require.NoError(t, a.AddRecord(Female, 0, Unemployed))
		b := fullTally(t)
		before := a
		err := a.Merge(b)
		require.ErrorIs(t, err, integracja.ErrOutOfRange)
		assert.Equal(t, "cells", integracja.FieldErrors(err)[0].Path.String())
		assert.Equal(t, before, a)
		var zero Tally
		require.NoError(t, zero.Merge(b), "the largest count still fits")
		assert.Equal(t, math.MaxInt, zero.Total().Total())
	})
	t.Run("a shard sent as JSON merges like the shard itself", func(t *testing.T) {
		ps := generateProfiles(1000)
		a, b := NewTally(ESFPlusAgeBands()), NewTally(ESFPlusAgeBands())
		require.NoError(t, a.AddAll(ps[:500]))
		require.NoError(t, b.AddAll(ps[500:]))
		data, err := json.Marshal(b)
		require.NoError(t, err)
		received, err := DecodeTally(data)
		require.NoError(t, err)
		require.NoError(t, a.Merge(received))
		whole := NewTally(ESFPlusAgeBands())
		require.NoError(t, whole.AddAll(ps))
		assert.Equal(t, whole, a)
	})
}

// fullTally returns an ESF 2014 tally decoded with as many people as an
// int holds: math.MaxInt men in band 1, employed.
func fullTally(t *testing.T) Tally {
	t.Helper()
	full, err := DecodeTally([]byte(`{"bands":` + esf2014JSON(t) + `,"cells":[{"band":1,"status":"employed","count":{"women":0,"men":9223372036854775807}}]}`))
	require.NoError(t, err)
	return full
}

func esf2014JSON(t *testing.T) string {
	t.Helper()
	b, err := json.Marshal(ESF2014AgeBands())
	require.NoError(t, err)
	return string(b)
}

func TestTallyNeverWraps(t *testing.T) {
	t.Run("a tally decoded up to the limit counts no one more, by any method, and is unchanged", func(t *testing.T) {
		full := fullTally(t)
		before := full
		err := full.AddRecord(Female, 0, Unemployed)
		require.ErrorIs(t, err, integracja.ErrOutOfRange)
		assert.Contains(t, integracja.Localize(err, language.Polish), "największą możliwą liczbę osób")
		require.ErrorIs(t, full.AddRecord(Male, 1, Employed), integracja.ErrOutOfRange, "not even into the full cell")
		require.ErrorIs(t, full.Add(person(Female, 30, Employed)), integracja.ErrOutOfRange)
		err = full.AddAll([]Profile{person(Female, 30, Employed), person(Male, 40, Inactive)})
		require.ErrorIs(t, err, integracja.ErrOutOfRange)
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 2)
		assert.Equal(t, "[0]", fes[0].Path.String())
		assert.Equal(t, "[1]", fes[1].Path.String())
		assert.Equal(t, before, full)
		assert.Equal(t, math.MaxInt, full.Total().Total())
		assert.Equal(t, math.MaxInt, full.Cell(1, Employed).Men)
	})
	t.Run("cells that together reach the limit stop a record in any other cell", func(t *testing.T) {
		tally, err := DecodeTally([]byte(`{"bands":` + esf2014JSON(t) + `,"cells":[` +
			`{"band":0,"status":"employed","count":{"women":9223372036854775806,"men":0}},` +
			`{"band":2,"status":"inactive","count":{"women":0,"men":1}}]}`))
		require.NoError(t, err)
		require.ErrorIs(t, tally.AddRecord(SexUnspecified, 1, Unemployed), integracja.ErrOutOfRange)
		assert.Equal(t, Count{Women: math.MaxInt - 1, Men: 1}, tally.Total(), "the total is exact, not wrapped")
	})
	t.Run("one person short of the limit still counts", func(t *testing.T) {
		tally, err := DecodeTally([]byte(`{"bands":` + esf2014JSON(t) + `,"cells":[` +
			`{"band":0,"status":"employed","count":{"women":9223372036854775806,"men":0}}]}`))
		require.NoError(t, err)
		require.NoError(t, tally.AddRecord(Male, 2, Employed))
		assert.Equal(t, math.MaxInt, tally.Total().Total())
		require.ErrorIs(t, tally.AddRecord(Male, 2, Employed), integracja.ErrOutOfRange)
	})
	t.Run("a full tally merges with an empty one and with nothing else", func(t *testing.T) {
		full := fullTally(t)
		require.NoError(t, full.Merge(NewTally(ESF2014AgeBands())))
		one := NewTally(ESF2014AgeBands())
		require.NoError(t, one.AddRecord(Female, 0, Employed))
		require.ErrorIs(t, full.Merge(one), integracja.ErrOutOfRange)
		require.ErrorIs(t, one.Merge(full), integracja.ErrOutOfRange)
		assert.Equal(t, Count{Women: 1}, one.Total())
	})
}

func TestTallyErrorsCountBandsInPolish(t *testing.T) {
	five, err := NewAgeBands("five", 0, 18, 30, 45, 60)
	require.NoError(t, err)
	one, err := NewAgeBands("one", 0)
	require.NoError(t, err)
	for _, tc := range []struct {
		bands  AgeBands
		pl, en string
	}{
		{one, "schemat „one” ma 1 przedział", `scheme "one" has 1 band`},
		{ESF2014AgeBands(), "schemat „esf_2014” ma 3 przedziały", `scheme "esf_2014" has 3 bands`},
		{ESFPlusAgeBands(), "schemat „esf_plus” ma 4 przedziały", `scheme "esf_plus" has 4 bands`},
		{five, "schemat „five” ma 5 przedziałów", `scheme "five" has 5 bands`},
	} {
		b, err := json.Marshal(tc.bands)
		require.NoError(t, err)
		_, err = DecodeTally([]byte(`{"bands":` + string(b) + `,"cells":[{"band":7,"status":"employed","count":{"women":1}}]}`))
		require.ErrorIs(t, err, integracja.ErrOutOfRange)
		assert.Contains(t, integracja.Localize(err, language.Polish), tc.pl)
		assert.Contains(t, err.Error(), tc.en)
	}
}

func TestTallyJSON(t *testing.T) {
	t.Run("only non-empty cells are written", func(t *testing.T) {
		tally := NewTally(ESF2014AgeBands())
		require.NoError(t, tally.AddRecord(Female, 1, LongTermUnemployed))
		require.NoError(t, tally.AddRecord(Female, 1, LongTermUnemployed))
		require.NoError(t, tally.AddRecord(Male, 1, LongTermUnemployed))
		data, err := json.Marshal(tally)
		require.NoError(t, err)
		assert.JSONEq(t, `{"bands":{"code":"esf_2014","women":[0,25,55],"men":[0,25,55],"unspecified":[0,25,55],
			"labels":[{"pl":"poniżej 25 lat","en":"under 25"},{"pl":"25–54 lata","en":"25-54"},{"pl":"55 lat i więcej","en":"55 and over"}]},
			"cells":[{"band":1,"status":"long_term_unemployed","count":{"women":2,"men":1}}]}`, string(data))
	})
	t.Run("the zero tally round-trips", func(t *testing.T) {
		data, err := json.Marshal(Tally{})
		require.NoError(t, err)
		assert.JSONEq(t, `{"bands":null,"cells":[]}`, string(data))
		back, err := DecodeTally(data)
		require.NoError(t, err)
		assert.Equal(t, Tally{}, back)
	})
	t.Run("a tally of every scheme round-trips", func(t *testing.T) {
		for _, b := range []AgeBands{ESF2014AgeBands(), ESFPlusAgeBands(), WorkingAgeGUS(), ActivityAgePOKL()} {
			tally := NewTally(b)
			for _, p := range generateProfiles(500) {
				if p.Sex == SexUnspecified && b.Starts(SexUnspecified) == nil {
					continue
				}
				require.NoError(t, tally.Add(p))
			}
			data, err := json.Marshal(tally)
			require.NoError(t, err)
			back, err := DecodeTally(data)
			require.NoError(t, err)
			assert.Equal(t, tally, back, b.Code())
		}
	})
	esf := `{"code":"esf_2014","women":[0,25,55],"labels":[{"pl":"a"},{"pl":"b"},{"pl":"c"}]}`
	tests := []struct {
		name  string
		in    string
		path  string
		cause error
	}{
		{"cells without a scheme", `{"bands":null,"cells":[{"band":0,"status":"employed","count":{"women":1}}]}`,
			"bands", integracja.ErrRequired},
		{"a band the scheme does not have", `{"bands":` + esf + `,"cells":[{"band":3,"status":"employed","count":{"women":1}}]}`,
			"cells[0].band", integracja.ErrOutOfRange},
		{"a negative band", `{"bands":` + esf + `,"cells":[{"band":-1,"status":"employed","count":{"women":1}}]}`,
			"cells[0].band", integracja.ErrOutOfRange},
		{"a cell given twice", `{"bands":` + esf + `,"cells":[{"band":0,"status":"employed","count":{"women":1}},` +
			`{"band":0,"status":"employed","count":{"men":1}}]}`, "cells[1]", integracja.ErrDuplicate},
		{"an unknown status", `{"bands":` + esf + `,"cells":[{"band":0,"status":"retired","count":{"women":1}}]}`,
			"cells[0].status", integracja.ErrInvalid},
		{"an unknown field", `{"bands":` + esf + `,"cells":[],"total":3}`, "total", integracja.ErrUnknown},
		{"a bad scheme", `{"bands":{"code":"x","women":[3],"labels":[{"pl":"a"}]},"cells":[]}`,
			"bands.women[0]", integracja.ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name+" is rejected with its path", func(t *testing.T) {
			_, err := DecodeTally([]byte(tc.in))
			require.ErrorIs(t, err, tc.cause)
			fes := integracja.FieldErrors(err)
			require.NotEmpty(t, fes)
			assert.Equal(t, tc.path, fes[0].Path.String())
		})
	}
	t.Run("cells that together count more people than an int holds are rejected", func(t *testing.T) {
		_, err := DecodeTally([]byte(`{"bands":` + esf + `,"cells":[{"band":0,"status":"employed","count":{"women":9223372036854775807}},` +
			`{"band":1,"status":"employed","count":{"men":1}},{"band":2,"status":"employed","count":{"men":1}}]}`))
		require.ErrorIs(t, err, integracja.ErrOutOfRange)
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1, "only the first cell past the limit is reported")
		assert.Equal(t, "cells[1].count", fes[0].Path.String())
	})
	t.Run("a negative count is rejected", func(t *testing.T) {
		_, err := DecodeTally([]byte(`{"bands":` + esf + `,"cells":[{"band":0,"status":"employed","count":{"women":-1}}]}`))
		require.Error(t, err)
		fes := integracja.FieldErrors(err)
		require.NotEmpty(t, fes)
		assert.Equal(t, "cells[0].count.women", fes[0].Path.String())
		assert.ErrorIs(t, err, integracja.ErrOutOfRange)
	})
}

// FuzzDecodeTally checks that decoding a tally never panics, and that what
// decodes encodes and decodes back to an equal tally.
func FuzzDecodeTally(f *testing.F) {
	tally := NewTally(ESFPlusAgeBands())
	for _, p := range generateProfiles(50) {
		_ = tally.Add(p)
	}
	data, err := json.Marshal(tally)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	f.Add(`{"bands":null,"cells":[]}`)
	f.Add(`{"bands":{"code":"gus_working_age","women":[0,18,60],"men":[0,18,65],"labels":[{"pl":"a"},{"pl":"b"},{"pl":"c"}]},` +
		`"cells":[{"band":2,"status":"employed","count":{"women":1,"men":2}}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		v, err := DecodeTally([]byte(in))
		if err != nil {
			if len(integracja.FieldErrors(err)) == 0 {
				t.Fatalf("error without a field error: %v", err)
			}
			return
		}
		for b := range v.Bands().Len() {
			for st := range LabourStatus(numStatuses) {
				if c := v.Cell(b, st); c.Women < 0 || c.Men < 0 || c.Unspecified < 0 {
					t.Fatalf("negative count decoded: %+v", c)
				}
			}
		}
		if err := v.Total().Validate(); err != nil {
			t.Fatalf("the total of a decoded tally does not fit: %v", err)
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("a decoded tally does not encode: %v", err)
		}
		back, err := DecodeTally(out)
		if err != nil {
			t.Fatalf("%s does not decode back: %v", out, err)
		}
		if back != v {
			t.Fatalf("round trip changed the tally")
		}
		// The same document with a key in another case, or a key given
		// twice, is refused at that key.
		for _, bad := range []struct {
			doc   string
			cause error
		}{
			{strings.Replace(string(out), `"cells"`, `"Cells"`, 1), integracja.ErrUnknown},
			{strings.TrimSuffix(string(out), "}") + `,"cells":[]}`, integracja.ErrDuplicate},
			{strings.TrimSuffix(string(out), "}") + `,"bands":null}`, integracja.ErrDuplicate},
		} {
			if _, err := DecodeTally([]byte(bad.doc)); !errors.Is(err, bad.cause) {
				t.Fatalf("%s: want %v, got %v", bad.doc, bad.cause, err)
			}
		}
	})
}
