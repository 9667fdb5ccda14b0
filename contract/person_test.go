package contract

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
)

// client returns a valid person: a woman born on 14 May 1944.
func client(t testing.TB) Person {
	t.Helper()
	return Person{ID: "p-17", GivenName: "Janina", FamilyName: "Kowalska",
		PESEL: MustParsePESEL(peselFor(t, 1944, time.May, 14, 13, 4))}
}

// paths returns the path of every field error in err, in order.
func paths(err error) []string {
	var out []string
	for _, fe := range integracja.FieldErrors(err) {
		out = append(out, fe.Path.String())
	}
	return out
}

func TestPersonValidate(t *testing.T) {
	born := integracja.MustDate(1944, time.May, 14)
	tests := []struct {
		name   string
		edit   func(p *Person)
		causes map[string]error // path → cause
	}{
		{"a person with ID, names and PESEL is valid", func(p *Person) {}, nil},
		{"a person without a PESEL but with sex and birth date is valid", func(p *Person) {
			p.PESEL, p.Sex, p.BirthDate = PESEL{}, indicator.Female, born
		}, nil},
		{"a person with nothing but ID and names is valid", func(p *Person) { p.PESEL = PESEL{} }, nil},
		{"a stated sex and birth date that agree with the PESEL are valid", func(p *Person) {
			p.Sex, p.BirthDate = indicator.Female, born
		}, nil},
		{"a missing ID is reported", func(p *Person) { p.ID = " " },
			map[string]error{"id": integracja.ErrRequired}},
		{"missing names are both reported", func(p *Person) { p.GivenName, p.FamilyName = "", "\t" },
			map[string]error{"givenName": integracja.ErrRequired, "familyName": integracja.ErrRequired}},
		{"a stated sex that contradicts the PESEL is reported", func(p *Person) { p.Sex = indicator.Male },
			map[string]error{"sex": integracja.ErrInconsistent}},
		{"a stated birth date that contradicts the PESEL is reported", func(p *Person) { p.BirthDate = born.AddDays(1) },
			map[string]error{"birthDate": integracja.ErrInconsistent}},
		{"an undefined sex is reported", func(p *Person) { p.Sex = indicator.Sex(7) },
			map[string]error{"sex": integracja.ErrInvalid}},
		{"an impossible birth date is reported", func(p *Person) { p.BirthDate = integracja.Date{Year: 1944, Month: 2, Day: 30} },
			map[string]error{"birthDate": integracja.ErrInvalid}},
		{"every problem of the zero person is reported at once", func(p *Person) { *p = Person{} },
			map[string]error{"id": integracja.ErrRequired, "givenName": integracja.ErrRequired, "familyName": integracja.ErrRequired}},
		{"both conflicts with the PESEL and a missing name are reported together", func(p *Person) {
			p.GivenName, p.Sex, p.BirthDate = "", indicator.Male, born.AddYears(100)
		}, map[string]error{"givenName": integracja.ErrRequired, "sex": integracja.ErrInconsistent, "birthDate": integracja.ErrInconsistent}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := client(t)
			tt.edit(&p)
			err := p.Validate()
			if tt.causes == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			fes := integracja.FieldErrors(err)
			assert.Len(t, fes, len(tt.causes))
			for _, fe := range fes {
				want, ok := tt.causes[fe.Path.String()]
				if assert.True(t, ok, "unexpected problem at %q", fe.Path) {
					assert.ErrorIs(t, fe, want)
				}
			}
			for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
				assert.NotContains(t, msg, "Janina")
				assert.NotContains(t, msg, "Kowalska")
				assert.NotContains(t, msg, "440514")
				assert.NotContains(t, msg, "1944")
				if !p.PESEL.IsZero() {
					assert.NotContains(t, msg, p.PESEL.Reveal())
				}
			}
		})
	}
}

func TestPersonValidateAtPlacesPathsUnderTheField(t *testing.T) {
	p := client(t)
	p.Sex = indicator.Male
	p.ID = ""
	err := p.ValidateAt(integracja.NewPath("family").Index(1))
	assert.Equal(t, []string{"family[1].id", "family[1].sex"}, paths(err))
}

func TestPersonEffectiveValues(t *testing.T) {
	born := integracja.MustDate(1980, time.April, 30)
	t.Run("sex and birth date come from the PESEL when it is given", func(t *testing.T) {
		p := client(t)
		p.Sex, p.BirthDate = indicator.Male, born // contradicting: Validate reports it
		assert.Equal(t, indicator.Female, p.EffectiveSex())
		assert.True(t, p.EffectiveBirthDate().Equal(integracja.MustDate(1944, time.May, 14)))
	})
	t.Run("the stated values are used when there is no PESEL", func(t *testing.T) {
		p := Person{ID: "p-1", Sex: indicator.Male, BirthDate: born}
		assert.Equal(t, indicator.Male, p.EffectiveSex())
		assert.True(t, p.EffectiveBirthDate().Equal(born))
	})
	t.Run("nothing known gives unspecified sex and the zero date", func(t *testing.T) {
		p := Person{ID: "p-1"}
		assert.Equal(t, indicator.SexUnspecified, p.EffectiveSex())
		assert.True(t, p.EffectiveBirthDate().IsZero())
	})
}

func TestPersonPrintsNoPersonalData(t *testing.T) {
	p := client(t)
	for _, f := range []string{"%v", "%+v", "%#v", "%s", "%q", "%d", "%x"} {
		t.Run("the verb "+f+" shows only the ID", func(t *testing.T) {
			out := fmt.Sprintf(f, p)
			assert.Contains(t, out, "p-17")
			assert.NotContains(t, out, "Janina")
			assert.NotContains(t, out, "Kowalska")
			assert.NotContains(t, out, "440514")
		})
	}
	t.Run("a person inside a struct or slice prints by ID", func(t *testing.T) {
		out := fmt.Sprintf("%+v %v", struct{ Client Person }{p}, []Person{p})
		assert.NotContains(t, out, "Janina")
		assert.NotContains(t, out, "440514")
	})
	t.Run("String is 'osoba' and the ID", func(t *testing.T) {
		assert.Equal(t, "osoba p-17", p.String())
	})
	t.Run("an ID that is a PESEL is masked", func(t *testing.T) {
		q := Person{ID: p.PESEL.Reveal()}
		assert.Equal(t, "osoba "+p.PESEL.String(), q.String())
	})
	t.Run("a missing ID prints as a question mark", func(t *testing.T) {
		assert.Equal(t, "osoba ?", Person{}.String())
	})
}

func TestPersonInitials(t *testing.T) {
	tests := []struct{ name, given, family, want string }{
		{"one given name and a surname", "Jan", "Kowalski", "J. K."},
		{"two given names and a double-barrelled surname", "Anna Maria", "Nowak-Kowalska", "A. M. N.-K."},
		{"Polish initials are upper-cased", "łucja", "żak", "Ł. Ż."},
		{"no names give no initials", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Person{GivenName: tt.given, FamilyName: tt.family}.Initials())
		})
	}
}

func TestPersonJSON(t *testing.T) {
	t.Run("a person round-trips through JSON with the full PESEL", func(t *testing.T) {
		p := client(t)
		p.Sex = indicator.Female
		b, err := json.Marshal(p)
		require.NoError(t, err)
		assert.JSONEq(t, `{"id":"p-17","givenName":"Janina","familyName":"Kowalska","pesel":"`+p.PESEL.Reveal()+`","sex":"female"}`, string(b))
		var q Person
		require.NoError(t, integracja.DecodeJSON(b, &q))
		assert.Equal(t, p, q)
	})
	t.Run("empty PESEL, sex and birth date are left out", func(t *testing.T) {
		b, err := json.Marshal(Person{ID: "p-1", GivenName: "A", FamilyName: "B"})
		require.NoError(t, err)
		assert.JSONEq(t, `{"id":"p-1","givenName":"A","familyName":"B"}`, string(b))
	})
	t.Run("a bad PESEL is reported at its path, masked", func(t *testing.T) {
		var q Person
		err := integracja.DecodeJSON([]byte(`{"id":"p-1","pesel":"44051401358"}`), &q)
		require.Error(t, err)
		var fe *integracja.FieldError
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "pesel", fe.Path.String())
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.NotContains(t, err.Error(), "44051401358")
		assert.NotContains(t, integracja.Localize(err, language.Polish), "440514")
	})
	t.Run("a PESEL written as a JSON number is refused without showing it", func(t *testing.T) {
		var q Person
		err := integracja.DecodeJSON([]byte(`{"id":"p-1","pesel":44051401359}`), &q)
		require.Error(t, err)
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.Equal(t, []string{"pesel"}, paths(err))
		assert.NotContains(t, err.Error(), "440514")
		assert.NotContains(t, integracja.Localize(err, language.Polish), "440514")
	})
	t.Run("an unknown field is reported", func(t *testing.T) {
		var q Person
		err := integracja.DecodeJSON([]byte(`{"id":"p-1","surname":"X"}`), &q)
		assert.ErrorIs(t, err, integracja.ErrUnknown)
	})
	for _, born := range []string{`"1985-02-30"`, `"12.06.1985"`, `"1985-6-12"`, `19850612`, `["1985-06-12"]`} {
		t.Run("an unreadable birth date "+born+" is reported at its path without showing it", func(t *testing.T) {
			var q Person
			err := integracja.DecodeJSON([]byte(`{"id":"p-1","givenName":"Anna","familyName":"Nowak","birthDate":`+born+`}`), &q)
			require.Error(t, err)
			assert.ErrorIs(t, err, integracja.ErrInvalid)
			assert.Equal(t, []string{"birthDate"}, paths(err))
			for _, msg := range []string{err.Error(), integracja.Localize(err, language.Polish)} {
				assert.NotContains(t, msg, strings.Trim(born, `"[]`))
				assert.NotContains(t, msg, "1985")
				assert.NotContains(t, msg, "Nowak")
			}
		})
	}
	t.Run("paths nest when a person is a field of something larger", func(t *testing.T) {
		var outer struct {
			Family []struct {
				Person Person `json:"person"`
			} `json:"family"`
		}
		err := integracja.DecodeJSON([]byte(`{"family":[{"person":{"id":"p-1"}},{"person":{"id":"p-2","birthDate":"2019-02-29","nick":"x"}}]}`), &outer)
		require.Error(t, err)
		fes := integracja.FieldErrors(err)
		require.NotEmpty(t, fes)
		assert.Equal(t, "family[1].person.birthDate", fes[0].Path.String())
		assert.NotContains(t, integracja.Localize(err, language.Polish), "2019-02-29")
	})
	t.Run("null leaves a person as it is", func(t *testing.T) {
		q := client(t)
		require.NoError(t, json.Unmarshal([]byte("null"), &q))
		assert.Equal(t, client(t), q)
	})
}
