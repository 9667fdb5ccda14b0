// Package enum implements, once, every enum of the module: a type X uint8
// whose values are the indexes of a table of stable codes. Every enum of
// every package, the root's included, goes through it, and a new package
// (programme) follows the same rules; a local builder beside it is a
// defect. The package imports nothing of the module, so that the root can
// use it too.
//
// # Declaring an enum
//
// A package describes each enum with a [Spec] literal in a package-level
// declaration, and every method of the enum type is a one-line delegation
// to the [Enum] that [MustNew] returns:
//
//	var costKinds = enum.MustNew(enum.Spec[CostKind]{
//		Type: "CostKind", Kind: "cost kind", KindPL: "rodzaju kosztu",
//		Codes: []string{"direct", "management", "indirect"},
//		Labels: []enum.Text{
//			{PL: "koszt bezpośredni", EN: "direct cost"},
//			{PL: "zarządzanie projektem", EN: "project management"},
//			{PL: "koszt pośredni", EN: "indirect cost"},
//		},
//		Errors: integracja.EnumErrors{},
//	})
//
//	func (k CostKind) String() string                   { return costKinds.String(k) }
//	func (k CostKind) IsValid() bool                    { return costKinds.Valid(k) }
//	func (k CostKind) Label(t language.Tag) string      { return costKinds.Label(k, t) }
//	func ParseCostKind(s string) (CostKind, error)      { return costKinds.Parse(s) }
//	func (k CostKind) MarshalText() ([]byte, error)     { return costKinds.MarshalText(k) }
//	func (k *CostKind) UnmarshalText(b []byte) error    { return costKinds.UnmarshalText(k, b) }
//	func (k CostKind) Value() (driver.Value, error)     { return costKinds.Value(k) }
//	func (k *CostKind) Scan(src any) error              { return costKinds.Scan(k, src) }
//
// What differs between enums is data in the Spec, not code in the methods:
// a parser that reads more spellings than the codes lists them as Aliases
// (the Polish words, "K" and "M" for a sex), "" as an alias reads an empty
// text as a value, Fold ignores case and surrounding spaces, Want says what
// is wanted when the list of the codes does not, and ZeroUndefined makes
// the zero value a "not set" placeholder that neither parses nor marshals.
//
// # The rules
//
//   - Names. Kind names the enum in English and KindPL in Polish, in the
//     genitive, as "nie można odczytać …" needs it ("rodzaju kosztu",
//     "płci"); MustNew refuses a Spec without either, so no Polish message
//     falls back to a bare "wartości".
//   - Codes. The JSON and text form of a value is its code, in snake_case:
//     lowercase ASCII letters and digits, words joined by single
//     underscores ("half_away_from_zero", "isced_1_2"), or "" for an
//     unspecified zero value. MustNew refuses any other code
//     ([IsSnakeCase]). Codes are a public format: changing one goes into
//     the CHANGELOG. Other stable codes the module writes to JSON (rule
//     codes, cause codes, category codes) follow the same style; a rule
//     code may join such words with dots to name its scheme and band
//     ("pokl.indirect_costs_max.1").
//   - Bad text. Parse and UnmarshalText reject what is no code or alias
//     with a *integracja.ParseError wrapping integracja.ErrInvalid, which
//     names the enum and says what is wanted ("cannot parse sex: invalid
//     value: want female (F, K) or male (M)"). It never quotes the input:
//     a value typed into the wrong field may be a PESEL or a name.
//     UnmarshalText leaves its receiver unchanged on error; Parse returns
//     the zero value with the error.
//   - Undefined values. String never panics ("CostKind(7)"). MarshalText
//     refuses a value that has no code with the error of [Enum.Check], a
//     *integracja.FieldError wrapping integracja.ErrInvalid with the
//     value and what is wanted; errors.Is(err, integracja.ErrInvalid)
//     holds also for the error json.Marshal wraps it in. A Validate method
//     reports an undefined value at its path with the same cause
//     (integracja.Invalid), or places [Enum.Check]'s error under it.
//   - Storage. Every enum is a driver.Valuer and an sql.Scanner through
//     [Enum.Value] and [Enum.Scan]: a database column holds its code as
//     text, never the number of the constant, which a reordering of the
//     constants would silently change. Scan refuses a number; SQL NULL
//     reads as the empty text. The enumtest package fails a test for an
//     enum whose Value is anything but its code.
//
// The errors are made by the root's integracja.EnumErrors through the
// [Errors] interface, because this package may not import the root.
package enum
