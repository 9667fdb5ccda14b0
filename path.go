package integracja

import (
	"strconv"
	"strings"
)

// Path names a field inside a value being validated or decoded, as a
// program would write it: "actions[2].due", "budget.lines[14].amount",
// "targets[\"EECO01\"]". Build it one step at a time, the way the
// Kubernetes field package does:
//
//	NewPath("actions").Index(2).Child("due")
//
// Path is an immutable value; every method returns a new Path. The zero
// Path is the root of the value and prints as an empty string.
type Path struct {
	s string
}

// NewPath returns the path of the top-level field name.
func NewPath(name string) Path { return Path{}.Child(name) }

// Child returns the path of field name within p.
func (p Path) Child(name string) Path {
	if p.s == "" {
		return Path{s: name}
	}
	return Path{s: p.s + "." + name}
}

// Index returns the path of element i of the list at p.
func (p Path) Index(i int) Path {
	return Path{s: p.s + "[" + strconv.Itoa(i) + "]"}
}

// Key returns the path of the entry with key k in the map at p.
func (p Path) Key(k string) Path {
	return Path{s: p.s + "[" + strconv.Quote(k) + "]"}
}

// Join returns q placed under p: NewPath("a").Join(NewPath("b").Index(1))
// is "a.b[1]".
func (p Path) Join(q Path) Path {
	switch {
	case q.s == "":
		return p
	case p.s == "":
		return q
	case strings.HasPrefix(q.s, "["):
		return Path{s: p.s + q.s}
	}
	return Path{s: p.s + "." + q.s}
}

// IsRoot reports whether p is the zero Path.
func (p Path) IsRoot() bool { return p.s == "" }

// String returns the path in the form "actions[2].due".
func (p Path) String() string { return p.s }

// MarshalText returns the path's text form.
func (p Path) MarshalText() ([]byte, error) { return []byte(p.s), nil }

// UnmarshalText takes the path's text form as it is.
func (p *Path) UnmarshalText(b []byte) error {
	p.s = string(b)
	return nil
}
