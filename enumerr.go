package integracja

// EnumErrors makes the errors of the module's enums, whose methods are
// written once in an internal package that cannot import this one: every
// enum of the module names EnumErrors{} in its description, so that its
// errors are this package's and programs match them as they match any
// other. It has no state, and a program has no other use for it.
//
// The errors are:
//
//   - for text that is no code, a [*ParseError] wrapping [ErrInvalid] that
//     names the enum and says what is wanted but never quotes the text,
//     since a value typed into the wrong field may be a PESEL or a name:
//     `cannot parse sex: invalid value: want female or male`;
//   - for a value that has no code, a [*FieldError] wrapping [ErrInvalid]
//     with the value and what is wanted, as a Validate method reports it:
//     `invalid value: "CostKind(7)": want direct, management or indirect`.
//     This is also the error of MarshalText, and it survives the wrapping
//     of encoding/json, so errors.Is(err, ErrInvalid) holds for the error
//     of json.Marshal.
type EnumErrors struct{}

// ParseError returns the error for text that is no code of the enum kind
// (kindPL in Polish, in the genitive); want is what the enum accepts.
func (EnumErrors) ParseError(kind, kindPL, wantPL, wantEN string) error {
	return &ParseError{Kind: kind, KindPL: kindPL, Err: ErrInvalid, Detail: Text{PL: wantPL, EN: wantEN}}
}

// ValueError returns the error for a value of an enum that has no code;
// value is its String, such as "CostKind(7)".
func (EnumErrors) ValueError(value, wantPL, wantEN string) error {
	return Invalid(Path{}, value, Text{PL: wantPL, EN: wantEN})
}
