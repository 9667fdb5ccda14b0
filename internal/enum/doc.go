// Package enum implements, once, what the module's small enums have in
// common: a type X uint8 whose values are the indexes of a table of stable
// lowercase codes, a String that never panics ("X(7)" for a value out of
// range), a Label in Polish or English, a ParseX that reports a bad code as
// a [*integracja.ParseError] listing the valid codes, and MarshalText and
// UnmarshalText that go through them.
//
// A package describes each enum with a [Spec] and turns it into an
// immutable [Enum] in a package-level declaration; the methods of the enum
// type become one-line delegations:
//
//	var costKinds = enum.MustNew(enum.Spec[CostKind]{
//		Package: "budget", Type: "CostKind", Kind: "cost kind",
//		Codes:   []string{"direct", "management", "indirect"},
//	})
//
//	func (k CostKind) String() string { return costKinds.String(k) }
//
// Behaviour that only one enum has (a parser that accepts several
// spellings of a value, a stricter MarshalText) stays in that enum's
// methods, around the calls to its Enum.
package enum
