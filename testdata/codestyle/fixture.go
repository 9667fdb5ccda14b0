// Package codestyle holds a fixture in a Go string for the code-style check.
package codestyle

// Doc is a fixture with a code of the old style.
const Doc = `{"bound":"at-least","kind":"direct"}`

// NotJSON is not a JSON document and is not checked: "half-away-from-zero".
const NotJSON = "half-away-from-zero"
