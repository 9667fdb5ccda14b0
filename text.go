package integracja

import (
	"golang.org/x/text/language"

	"github.com/aktywna/integracja/internal/i18n"
)

// Text is a short text in Polish and English: a label, a name, a message.
// The zero Text is empty. Polish is the default language of the module;
// English is used on request.
type Text struct {
	PL string `json:"pl"`
	EN string `json:"en,omitempty"`
}

// In returns the text in the language t asks for: English when t is an
// English tag and the English text is given, Polish otherwise.
func (x Text) In(t language.Tag) string { return i18n.In(t, x.PL, x.EN) }

// IsZero reports whether both languages are empty.
func (x Text) IsZero() bool { return x.PL == "" && x.EN == "" }

// String returns the Polish text.
func (x Text) String() string { return x.In(language.Polish) }

// IsEnglish reports whether t asks for English. Every other tag, including
// the zero tag, means Polish, the module's default language.
func IsEnglish(t language.Tag) bool { return i18n.IsEnglish(t) }
