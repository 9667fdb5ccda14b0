package jsonx

import (
	"cmp"
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// kind is how a plan decodes its type.
type kind uint8

const (
	kNone        kind = iota // takes no JSON value: chan, func, complex…
	kUnmarshaler             // *T is a json.Unmarshaler
	kText                    // *T is an encoding.TextUnmarshaler
	kBool
	kInt
	kUint
	kFloat
	kString
	kStruct
	kSlice
	kBytes // a []byte-like slice: base64 text, or a list of numbers
	kArray
	kMap
	kPointer
	kAny     // an empty interface
	kIface   // an interface with methods
	kDecimal // a decimal.Decimal, read by ReadDecimal and never by its own decoder
)

// plan is what Decode knows about decoding into one Go type.
type plan struct {
	kind kind
	typ  reflect.Type
	elem *plan // kSlice, kBytes, kArray, kMap (the value), kPointer

	// kStruct
	fields []field
	exact  map[string]int // field by exact name, for structs with many fields
	folded map[string]int // field by folded name

	// kMap: how the keys decode
	key    kind // kString, kInt, kUint, kDecimal, kText or kUnmarshaler (a text key type that also decodes JSON)
	keyTyp reflect.Type

	// kInt, kUint, kFloat, and kInt/kUint keys
	bits     int
	min, max string
}

// field is a JSON field of a struct.
type field struct {
	name  string
	index []int // as reflect.Value.FieldByIndex takes it
	plan  *plan
	tag   bool // the name comes from a tag (for the rules of embedding)
}

// manyFields is the number of fields from which a struct looks up keys in
// a map rather than by comparing names one by one.
const manyFields = 8

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// planKey names a plan: a type and whether it is reached through a pointer.
// The two differ only for an unnamed type whose pointer has the methods of
// an embedded field: encoding/json calls them through a pointer and not
// otherwise.
type planKey struct {
	t      reflect.Type
	viaPtr bool
}

var (
	plans   sync.Map   // planKey → *plan, complete plans only
	buildMu sync.Mutex // one builder at a time, so a type is planned once
)

// planOf returns the plan of t, building it on first use.
func planOf(t reflect.Type) *plan {
	k := planKey{t, false}
	if p, ok := plans.Load(k); ok {
		return p.(*plan)
	}
	buildMu.Lock()
	defer buildMu.Unlock()
	b := builder{made: map[planKey]*plan{}}
	p := b.plan(t, false)
	// Publish only complete plans: a recursive type's plan refers to
	// itself, and another goroutine must not see it half built.
	for k, q := range b.made {
		plans.LoadOrStore(k, q)
	}
	return p
}

type builder struct {
	made map[planKey]*plan
}

func (b *builder) plan(t reflect.Type, viaPtr bool) *plan {
	k := planKey{t, viaPtr && t.Name() == "" && t.Kind() != reflect.Pointer}
	if p, ok := plans.Load(k); ok {
		return p.(*plan)
	}
	if p, ok := b.made[k]; ok {
		return p
	}
	p := &plan{typ: t}
	b.made[k] = p
	if t == decimalType {
		p.kind = kDecimal
		return p
	}
	// encoding/json looks for the decoding methods on the address of a
	// named value, and on any value reached through a pointer.
	pt := reflect.PointerTo(t)
	methods := t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface && (t.Name() != "" || viaPtr)
	switch {
	case methods && pt.Implements(unmarshalerType):
		p.kind = kUnmarshaler
		return p
	case methods && pt.Implements(textUnmarshalerType):
		p.kind = kText
		return p
	}
	switch t.Kind() {
	case reflect.Bool:
		p.kind = kBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.kind = p.integer(t)
	case reflect.Float32, reflect.Float64:
		p.kind = kFloat
		p.bits = t.Bits()
	case reflect.String:
		p.kind = kString
	case reflect.Struct:
		p.kind = kStruct
		b.structFields(p)
	case reflect.Slice:
		p.kind = kSlice
		p.elem = b.plan(t.Elem(), false)
		if t.Elem().Kind() == reflect.Uint8 && p.elem.kind == kUint {
			p.kind = kBytes
		}
	case reflect.Array:
		p.kind = kArray
		p.elem = b.plan(t.Elem(), false)
	case reflect.Map:
		p.kind = kMap
		p.elem = b.plan(t.Elem(), false)
		b.mapKey(p, t.Key())
	case reflect.Pointer:
		p.kind = kPointer
		p.elem = b.plan(t.Elem(), true)
	case reflect.Interface:
		p.kind = kIface
		if t.NumMethod() == 0 {
			p.kind = kAny
		}
	default:
		p.kind = kNone
	}
	return p
}

// mapKey sets how the keys of map plan p, of type kt, decode: as
// encoding/json does, through UnmarshalText when the key type has it, as
// decimal integers for integer kinds and as they are for string kinds. A
// map with any other key type takes no JSON value.
func (b *builder) mapKey(p *plan, kt reflect.Type) {
	p.keyTyp = kt
	if kt == decimalType {
		p.key = kDecimal
		return
	}
	if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
		p.key = kText
		if reflect.PointerTo(kt).Implements(unmarshalerType) {
			p.key = kUnmarshaler
		}
		return
	}
	switch kt.Kind() {
	case reflect.String:
		p.key = kString
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.key = p.integer(kt)
	default:
		p.key = kNone
	}
}

// integer sets the size and range of the integer type t in p and returns
// kInt or kUint.
func (p *plan) integer(t reflect.Type) kind {
	p.bits = t.Bits()
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.min = strconv.FormatInt(-1<<(p.bits-1), 10)
		p.max = strconv.FormatInt(1<<(p.bits-1)-1, 10)
		return kInt
	}
	p.min, p.max = "0", strconv.FormatUint(1<<p.bits-1, 10)
	return kUint
}

// structFields lists the JSON fields of struct plan p by encoding/json's
// rules: exported fields under their tag name or Go name, "-" skipped,
// fields of embedded structs promoted unless a shallower field, or a tagged
// one at the same depth, has the same name; two fields of one name at the
// same depth, both tagged or neither, hide each other.
func (b *builder) structFields(p *plan) {
	type queued struct {
		typ   reflect.Type
		index []int
	}
	var fields []field
	current, next := []queued{}, []queued{{typ: p.typ}}
	var count, nextCount map[reflect.Type]int
	visited := map[reflect.Type]bool{}
	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, q := range current {
			if visited[q.typ] {
				continue
			}
			visited[q.typ] = true
			for i := 0; i < q.typ.NumField(); i++ {
				sf := q.typ.Field(i)
				if sf.Anonymous {
					t := sf.Type
					if t.Kind() == reflect.Pointer {
						t = t.Elem()
					}
					if !sf.IsExported() && t.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, _, _ := strings.Cut(tag, ",")
				if !validTag(name) {
					name = ""
				}
				index := append(slices.Clip(q.index), i)
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					f := field{name: name, tag: name != "", index: index}
					if f.name == "" {
						f.name = sf.Name
					}
					fields = append(fields, f)
					if count[q.typ] > 1 {
						// Twice, so that the fields hide each other below.
						fields = append(fields, f)
					}
					continue
				}
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, queued{typ: ft, index: index})
				}
			}
		}
	}
	slices.SortFunc(fields, func(a, b field) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		if c := cmp.Compare(len(a.index), len(b.index)); c != 0 {
			return c
		}
		if a.tag != b.tag {
			if a.tag {
				return -1
			}
			return 1
		}
		return slices.Compare(a.index, b.index)
	})
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		// The first of a run is dominant, unless the second is as deep
		// and as tagged.
		if j-i == 1 || len(fields[i].index) != len(fields[i+1].index) || fields[i].tag != fields[i+1].tag {
			out = append(out, fields[i])
		}
		i = j
	}
	fields = out
	slices.SortFunc(fields, func(a, b field) int { return slices.Compare(a.index, b.index) })
	p.folded = make(map[string]int, len(fields))
	for i := range fields {
		f := &fields[i]
		f.plan = b.plan(fieldType(p.typ, f.index), false)
		if _, ok := p.folded[foldName([]byte(f.name))]; !ok {
			p.folded[foldName([]byte(f.name))] = i
		}
	}
	if len(fields) >= manyFields {
		p.exact = make(map[string]int, len(fields))
		for i, f := range fields {
			p.exact[f.name] = i
		}
	}
	p.fields = fields
}

// fieldType returns the type of the field of t at index, through embedded
// pointers.
func fieldType(t reflect.Type, index []int) reflect.Type {
	for i, x := range index {
		if i > 0 && t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		t = t.Field(x).Type
	}
	return t
}

// validTag reports whether s may name a JSON field, as encoding/json
// decides it.
func validTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// lookup returns the index of the field named key exactly, or -1.
func (p *plan) lookup(key []byte) int {
	if p.exact != nil {
		if i, ok := p.exact[string(key)]; ok {
			return i
		}
		return -1
	}
	for i := range p.fields {
		if p.fields[i].name == string(key) {
			return i
		}
	}
	return -1
}
