package budget

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

func TestCostKind(t *testing.T) {
	for _, k := range []CostKind{DirectCost, ManagementCost, IndirectCost} {
		t.Run(k.String()+" parses back from its code and its JSON", func(t *testing.T) {
			p, err := ParseCostKind(k.String())
			require.NoError(t, err)
			assert.Equal(t, k, p)
			b, err := json.Marshal(k)
			require.NoError(t, err)
			var back CostKind
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, k, back)
		})
	}
	t.Run("management counts as a direct cost, as in PO KL", func(t *testing.T) {
		assert.True(t, DirectCost.IsDirect())
		assert.True(t, ManagementCost.IsDirect())
		assert.False(t, IndirectCost.IsDirect())
	})
	t.Run("an unknown kind prints without panicking and does not marshal", func(t *testing.T) {
		assert.Equal(t, "CostKind(9)", CostKind(9).String())
		assert.Equal(t, "CostKind(9)", CostKind(9).Label(language.Polish))
		_, err := json.Marshal(CostKind(9))
		assert.Error(t, err)
		assert.False(t, CostKind(9).IsValid())
	})
	t.Run("an unknown code is an error saying what is wanted", func(t *testing.T) {
		_, err := ParseCostKind("DirectCost")
		require.Error(t, err)
		assert.ErrorIs(t, err, integracja.ErrInvalid)
		assert.EqualError(t, err, "cannot parse cost kind: invalid value: want direct, management or indirect")
	})
	t.Run("labels are Polish by default and English on request", func(t *testing.T) {
		assert.Equal(t, "koszt pośredni", IndirectCost.Label(language.Polish))
		assert.Equal(t, "indirect cost", IndirectCost.Label(language.English))
	})
}

func TestSystemicProjectCategories(t *testing.T) {
	t.Run("the catalogue ships the eight usual tasks in order", func(t *testing.T) {
		c := SystemicProjectCategories()
		var codes []string
		for _, cat := range c.Categories() {
			codes = append(codes, cat.Code)
			assert.NoError(t, cat.Validate(), cat.Code)
			assert.NotEmpty(t, cat.Name.EN, cat.Code)
		}
		assert.Equal(t, []string{CatActiveIntegration, CatSocialWork, CatCommunityActions, CatBenefits,
			CatManagement, CatPromotion, CatIndirect, CatAdministration}, codes)
		m, ok := c.Lookup(CatManagement)
		require.True(t, ok)
		assert.Equal(t, ManagementCost, m.Kind)
		ind, _ := c.Lookup(CatIndirect)
		assert.Equal(t, IndirectCost, ind.Kind)
	})
	t.Run("each call returns a catalogue of its own", func(t *testing.T) {
		a := SystemicProjectCategories()
		require.NoError(t, a.Add(Category{Code: "childcare", Name: integracja.Text{PL: "opieka nad dziećmi"}}))
		cats := a.Categories()
		cats[0].Name.PL = "zmienione"
		b := SystemicProjectCategories()
		assert.Equal(t, 8, b.Len())
		assert.False(t, b.Contains("childcare"))
		first, _ := a.Lookup(CatActiveIntegration)
		assert.Equal(t, "aktywna integracja", first.Name.PL)
	})
}

func TestCatalogue(t *testing.T) {
	childcare := Category{Code: "childcare", Name: integracja.Text{PL: "opieka nad dziećmi", EN: "childcare"}}
	t.Run("With adds categories and leaves the receiver as it was", func(t *testing.T) {
		base := SystemicProjectCategories()
		ext, err := base.With(childcare)
		require.NoError(t, err)
		assert.Equal(t, 9, ext.Len())
		assert.Equal(t, 8, base.Len())
		assert.True(t, ext.Contains("childcare"))
	})
	t.Run("Add on a copy does not change the original", func(t *testing.T) {
		base := SystemicProjectCategories()
		cp := base
		require.NoError(t, cp.Add(childcare))
		assert.False(t, base.Contains("childcare"))
		assert.True(t, cp.Contains("childcare"))
	})
	t.Run("a repeated code is a duplicate at its path and changes nothing", func(t *testing.T) {
		base := SystemicProjectCategories()
		_, err := base.With(childcare, Category{Code: CatSocialWork, Name: integracja.Text{PL: "x"}})
		require.Error(t, err)
		fes := integracja.FieldErrors(err)
		require.Len(t, fes, 1)
		assert.Equal(t, "[1].code", fes[0].Path.String())
		assert.ErrorIs(t, err, integracja.ErrDuplicate)

		err = base.Add(childcare)
		require.NoError(t, err)
		err = base.Add(childcare)
		assert.ErrorIs(t, err, integracja.ErrDuplicate)
		assert.Equal(t, 9, base.Len())
	})
	t.Run("every invalid category is reported with its path", func(t *testing.T) {
		_, err := NewCatalogue(
			Category{},
			Category{Code: "Zarządzanie", Name: integracja.Text{PL: "z"}},
			Category{Code: "ok", Name: integracja.Text{PL: "ok"}, Kind: CostKind(7)},
			Category{Code: "-lead", Name: integracja.Text{PL: "x"}},
		)
		require.Error(t, err)
		type want struct {
			path  string
			cause error
		}
		var got []want
		for _, fe := range integracja.FieldErrors(err) {
			got = append(got, want{fe.Path.String(), fe.Err})
		}
		assert.Equal(t, []want{
			{"[0].code", integracja.ErrRequired},
			{"[0].name.pl", integracja.ErrRequired},
			{"[1].code", integracja.ErrInvalid},
			{"[2].kind", integracja.ErrInvalid},
			{"[3].code", integracja.ErrInvalid},
		}, got)
	})
	t.Run("a code longer than 64 characters is invalid", func(t *testing.T) {
		long := Category{Code: "a123456789a123456789a123456789a123456789a123456789a123456789a12345", Name: integracja.Text{PL: "x"}}
		assert.ErrorIs(t, long.Validate(), integracja.ErrInvalid)
	})
	t.Run("the catalogue round-trips through JSON", func(t *testing.T) {
		c, err := SystemicProjectCategories().With(childcare)
		require.NoError(t, err)
		b, err := json.Marshal(c)
		require.NoError(t, err)
		var back Catalogue
		require.NoError(t, json.Unmarshal(b, &back))
		assert.True(t, back.Equal(c))
		assert.Equal(t, c.String(), back.String())
	})
	t.Run("a JSON catalogue with a repeated code is an error with the path", func(t *testing.T) {
		var c Catalogue
		err := json.Unmarshal([]byte(`[{"code":"a","name":{"pl":"A"},"kind":"direct"},{"code":"a","name":{"pl":"B"},"kind":"indirect"}]`), &c)
		require.Error(t, err)
		var fe *integracja.FieldError
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "[1].code", fe.Path.String())
		assert.Equal(t, 0, c.Len())
	})
	t.Run("the zero catalogue is empty and encodes as an empty list", func(t *testing.T) {
		var c Catalogue
		assert.Equal(t, 0, c.Len())
		_, ok := c.Lookup("x")
		assert.False(t, ok)
		b, err := json.Marshal(c)
		require.NoError(t, err)
		assert.Equal(t, "[]", string(b))
	})
}
