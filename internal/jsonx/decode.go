package jsonx

import (
	"encoding"
	"encoding/base64"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"sync"
)

// decoder is the state of one Decode call.
type decoder struct {
	data  []byte
	pos   int // the next byte to read
	depth int
	path  []step // where the value being decoded lies
	errs  Errors
	buf   []byte // scratch for strings with escapes
}

// decoders keeps decoders between calls, so that a value that decodes
// itself through Decode (an amount of money in every ledger line) does not
// allocate a decoder each time. A decoder holds nothing of a call after
// reset.
var decoders = sync.Pool{New: func() any { return new(decoder) }}

// reset readies d for another call, keeping its buffers unless they grew
// large.
func (d *decoder) reset() {
	*d = decoder{path: d.path[:0], buf: d.buf[:0]}
	if cap(d.path) > 64 {
		d.path = nil
	}
	if cap(d.buf) > 1<<16 {
		d.buf = nil
	}
}

// step is one step of the path being decoded. A key is kept as the span
// of its quoted text in the input and unquoted only when an error needs it,
// so that the valid path builds no strings for paths.
type step struct {
	kind   stepKind
	name   string // sField; sKey and sUnknown once shown (see where)
	index  int    // sIndex
	ks, ke int    // sKey, sUnknown: the quoted key is data[ks:ke]
	shown  StepKind
}

type stepKind uint8

const (
	sNone    stepKind = iota // between the members of an object or array
	sField                   // a struct field
	sIndex                   // a list element
	sKey                     // a map key
	sUnknown                 // a key that names no struct field
)

// abort ends decoding: Decode recovers it and returns d.errs.
type abort struct{}

func (d *decoder) run(p *plan, v reflect.Value) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(abort); !ok {
				panic(r)
			}
			err = d.errs
		}
	}()
	d.value(p, v)
	d.ws()
	if d.pos < len(d.data) {
		d.fatal(Trailing)
	}
	if len(d.errs) > 0 {
		return d.errs
	}
	return nil
}

// where returns the path of the value being decoded, as errors show it.
// A key is unquoted and shown once for all the errors beneath it, so that
// a long key costs its length once, not once per error.
func (d *decoder) where() Path {
	out := make(Path, 0, len(d.path))
	for i := range d.path {
		s := &d.path[i]
		switch s.kind {
		case sField:
			out = append(out, Step{Kind: FieldStep, Name: s.name})
		case sIndex:
			out = append(out, Step{Kind: IndexStep, Index: s.index})
		case sKey, sUnknown:
			if s.shown == 0 {
				var plain bool
				s.name, plain = ShowKey(string(unquote(d.data[s.ks:s.ke])))
				s.shown = KeyStep
				if plain && s.kind == sUnknown {
					s.shown = FieldStep
				}
			}
			out = append(out, Step{Kind: s.shown, Name: s.name})
		}
	}
	return out
}

// fail records a problem of the content at the current path and goes on,
// unless it is the MaxErrors-th.
func (d *decoder) fail(e *Error) {
	e.Path = d.where()
	d.errs = append(d.errs, e)
	if len(d.errs) >= MaxErrors {
		d.errs = append(d.errs, &Error{Kind: TooMany, Offset: d.pos})
		panic(abort{})
	}
}

// fatal ends decoding with a problem of the JSON text at d.pos.
func (d *decoder) fatal(k Kind) {
	e := &Error{Kind: k, Offset: d.pos}
	if k != TooDeep { // whose path would be MaxDepth steps long
		e.Path = d.where()
	}
	d.errs = Errors{e}
	panic(abort{})
}

func (d *decoder) push(s step) { d.path = append(d.path, s) }
func (d *decoder) pop()        { d.path = d.path[:len(d.path)-1] }
func (d *decoder) top() *step  { return &d.path[len(d.path)-1] }

// enter steps into an array or object at d.pos.
func (d *decoder) enter() {
	d.depth++
	if d.depth > MaxDepth {
		d.fatal(TooDeep)
	}
	d.pos++
}

func (d *decoder) leave() { d.depth-- }

// value decodes the JSON value at d.pos (after whitespace) into v, which
// is addressable, by plan p.
func (d *decoder) value(p *plan, v reflect.Value) {
	c := d.next()
	if c == 'n' {
		d.literal("null")
		if p.kind == kUnmarshaler {
			d.callJSON(v, d.pos-4)
			return
		}
		switch p.typ.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
			v.SetZero()
		}
		return
	}
	switch p.kind {
	case kUnmarshaler:
		start := d.pos
		d.skip()
		d.callJSON(v, start)
	case kText:
		if c != '"' {
			d.wrongType(String, c)
			return
		}
		start := d.pos
		s := d.str()
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(s); err != nil {
			d.fail(&Error{Kind: Custom, Err: err, Offset: start})
		}
	case kStruct:
		if c != '{' {
			d.wrongType(Object, c)
			return
		}
		d.object(p, v)
	case kMap:
		if c != '{' {
			d.wrongType(Object, c)
			return
		}
		d.mapObject(p, v)
	case kSlice, kArray:
		if c != '[' {
			d.wrongType(Array, c)
			return
		}
		d.array(p, v)
	case kBytes:
		switch c {
		case '[':
			d.array(p, v)
		case '"':
			d.base64(v)
		default:
			d.wrongType(String, c)
		}
	case kPointer:
		if v.IsNil() {
			v.Set(reflect.New(p.elem.typ))
		}
		d.value(p.elem, v.Elem())
	case kString:
		if c != '"' {
			d.wrongType(String, c)
			return
		}
		v.SetString(string(d.str()))
	case kBool:
		switch c {
		case 't':
			d.literal("true")
			v.SetBool(true)
		case 'f':
			d.literal("false")
			v.SetBool(false)
		default:
			d.wrongType(Bool, c)
		}
	case kDecimal:
		d.decimal(c, v)
	case kInt, kUint, kFloat:
		if c != '-' && (c < '0' || c > '9') {
			want := Integer
			if p.kind == kFloat {
				want = Number
			}
			d.wrongType(want, c)
			return
		}
		d.number(p, v)
	case kAny:
		if d.intoPointer(v) {
			return
		}
		v.Set(reflect.ValueOf(d.any()))
	case kIface:
		if d.intoPointer(v) {
			return
		}
		d.wrongType(NoType, c)
	default:
		d.wrongType(NoType, c)
	}
}

// intoPointer decodes into what the interface v points to, when it holds a
// non-nil pointer, as encoding/json does.
func (d *decoder) intoPointer(v reflect.Value) bool {
	if v.IsNil() {
		return false
	}
	e := v.Elem()
	if e.Kind() != reflect.Pointer || e.IsNil() {
		return false
	}
	d.value(planOf(e.Type()).elem, e.Elem())
	return true
}

// wrongType reports a value of JSON type got (told by its first byte c)
// where want belongs, and skips it.
func (d *decoder) wrongType(want Type, c byte) {
	got := Number
	switch c {
	case '{':
		got = Object
	case '[':
		got = Array
	case '"':
		got = String
	case 't', 'f':
		got = Bool
	}
	d.fail(&Error{Kind: WrongType, Want: want, Got: got, Offset: d.pos})
	d.skip()
}

// callJSON hands the value read from data[start] to v's UnmarshalJSON.
func (d *decoder) callJSON(v reflect.Value, start int) {
	if err := v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(d.data[start:d.pos]); err != nil {
		d.fail(&Error{Kind: Custom, Err: err, Offset: start})
	}
}

// object decodes the object at d.pos into the struct v by plan p.
func (d *decoder) object(p *plan, v reflect.Value) {
	d.enter()
	if d.first('}') {
		var small [2]uint64
		seen := small[:]
		if n := len(p.fields); n > 128 {
			seen = make([]uint64, (n+63)/64)
		}
		d.push(step{})
		for more := true; more; more = d.more('}') {
			key, ks, ke := d.key()
			s := d.top()
			i := p.lookup(key)
			switch {
			case i < 0:
				*s = step{kind: sUnknown, ks: ks, ke: ke}
				if j, ok := p.folded[foldName(key)]; ok {
					d.fail(&Error{Kind: CaseMismatch, Name: p.fields[j].name, Offset: ks})
				} else {
					d.fail(&Error{Kind: Unknown, Offset: ks})
				}
				d.skip()
			case seen[i/64]&(1<<(i%64)) != 0:
				*s = step{kind: sField, name: p.fields[i].name}
				d.fail(&Error{Kind: Duplicate, Offset: ks})
				d.skip()
			default:
				seen[i/64] |= 1 << (i % 64)
				f := &p.fields[i]
				*s = step{kind: sField, name: f.name}
				if fv, ok := d.field(v, f); ok {
					d.value(f.plan, fv)
				} else {
					d.skip()
				}
			}
			d.top().kind = sNone
		}
		d.pop()
	}
	d.leave()
}

var errEmbedded = errors.New("the field lies in a nil pointer to an unexported struct and cannot be set")

// field returns field f of struct v, allocating the embedded structs on the
// way that are nil pointers.
func (d *decoder) field(v reflect.Value, f *field) (reflect.Value, bool) {
	if len(f.index) == 1 {
		return v.Field(f.index[0]), true
	}
	for i, x := range f.index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					d.fail(&Error{Kind: Custom, Err: errEmbedded, Offset: d.pos})
					return reflect.Value{}, false
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, true
}

// array decodes the array at d.pos into the slice or array v by plan p.
func (d *decoder) array(p *plan, v reflect.Value) {
	d.enter()
	slice := p.typ.Kind() == reflect.Slice
	i := 0
	if d.first(']') {
		d.push(step{})
		for more := true; more; more = d.more(']') {
			*d.top() = step{kind: sIndex, index: i}
			switch {
			case slice:
				if i >= v.Cap() {
					v.Grow(1)
				}
				if i >= v.Len() {
					v.SetLen(i + 1)
				}
				d.value(p.elem, v.Index(i))
			case i < v.Len():
				d.value(p.elem, v.Index(i))
			default:
				if i == v.Len() {
					d.fail(&Error{Kind: TooLong, Len: v.Len(), Offset: d.pos})
				}
				d.skip()
			}
			i++
			d.top().kind = sNone
		}
		d.pop()
	}
	d.leave()
	switch {
	case !slice:
		for ; i < v.Len(); i++ {
			v.Index(i).SetZero()
		}
	case i == 0:
		v.Set(reflect.MakeSlice(p.typ, 0, 0))
	case i < v.Len():
		v.SetLen(i)
	}
}

// base64 decodes the string at d.pos into the []byte v.
func (d *decoder) base64(v reflect.Value) {
	start := d.pos
	s := d.str()
	b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
	n, err := base64.StdEncoding.Decode(b, s)
	if err != nil {
		d.fail(&Error{Kind: BadBase64, Offset: start})
		return
	}
	v.SetBytes(b[:n])
}

// mapObject decodes the object at d.pos into the map v by plan p. A map
// that already holds entries is decoded into a new one first and merged
// after, so that a key given twice in the object is told apart from one
// the map held before.
func (d *decoder) mapObject(p *plan, v reflect.Value) {
	if p.key == kNone {
		d.wrongType(NoType, '{')
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(p.typ))
	}
	m := v
	if v.Len() > 0 {
		m = reflect.MakeMap(p.typ)
	}
	d.enter()
	if d.first('}') {
		elem := reflect.New(p.elem.typ).Elem()
		key := reflect.New(p.keyTyp).Elem()
		d.push(step{})
		for more := true; more; more = d.more('}') {
			kb, ks, ke := d.key()
			*d.top() = step{kind: sKey, ks: ks, ke: ke}
			switch {
			case !d.mapKey(p, key, kb, ks, ke):
				d.skip()
			case m.MapIndex(key).IsValid():
				d.fail(&Error{Kind: Duplicate, Offset: ks})
				d.skip()
			default:
				elem.SetZero()
				d.value(p.elem, elem)
				m.SetMapIndex(key, elem)
			}
			d.top().kind = sNone
		}
		d.pop()
	}
	d.leave()
	if m != v {
		it := m.MapRange()
		for it.Next() {
			v.SetMapIndex(it.Key(), it.Value())
		}
	}
}

// mapKey sets key to the map key kb (unquoted; data[ks:ke] quoted) and
// reports whether it could.
func (d *decoder) mapKey(p *plan, key reflect.Value, kb []byte, ks, ke int) bool {
	switch p.key {
	case kString:
		key.SetString(string(kb))
	case kInt:
		n, err := strconv.ParseInt(string(kb), 10, 64)
		if err != nil || key.OverflowInt(n) {
			d.fail(&Error{Kind: BadKey, Min: p.min, Max: p.max, Offset: ks})
			return false
		}
		key.SetInt(n)
	case kUint:
		n, err := strconv.ParseUint(string(kb), 10, 64)
		if err != nil || key.OverflowUint(n) {
			d.fail(&Error{Kind: BadKey, Min: p.min, Max: p.max, Offset: ks})
			return false
		}
		key.SetUint(n)
	case kDecimal:
		n, k := ReadDecimal(string(kb))
		if k != 0 {
			d.fail(&Error{Kind: k, Offset: ks})
			return false
		}
		key.Set(reflect.ValueOf(n.Value()))
	case kUnmarshaler:
		key.SetZero()
		if err := key.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(d.data[ks:ke]); err != nil {
			d.fail(&Error{Kind: Custom, Err: err, Offset: ks})
			return false
		}
	default:
		key.SetZero()
		if err := key.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(kb); err != nil {
			d.fail(&Error{Kind: Custom, Err: err, Offset: ks})
			return false
		}
	}
	return true
}

// number decodes the number at d.pos into v, an integer or floating-point
// value, by plan p.
func (d *decoder) number(p *plan, v reflect.Value) {
	start := d.pos
	b, integer := d.num()
	if p.kind == kFloat {
		f, err := strconv.ParseFloat(string(b), p.bits)
		if err != nil {
			d.fail(&Error{Kind: OutOfRange, Offset: start})
			return
		}
		v.SetFloat(f)
		return
	}
	if !integer {
		d.fail(&Error{Kind: NotInteger, Offset: start})
		return
	}
	neg := b[0] == '-'
	if neg {
		b = b[1:]
	}
	var n uint64
	over := false
	for _, c := range b {
		if n > (1<<64-1)/10 {
			over = true
			break
		}
		n2 := n*10 + uint64(c-'0')
		if n2 < n*10 {
			over = true
			break
		}
		n = n2
	}
	if p.kind == kUint {
		if neg || over || n > 1<<p.bits-1 {
			d.fail(&Error{Kind: OutOfRange, Min: p.min, Max: p.max, Offset: start})
			return
		}
		v.SetUint(n)
		return
	}
	limit := uint64(1) << (p.bits - 1) // -limit ≤ x ≤ limit-1
	if over || (!neg && n >= limit) || (neg && n > limit) {
		d.fail(&Error{Kind: OutOfRange, Min: p.min, Max: p.max, Offset: start})
		return
	}
	x := int64(n)
	if neg {
		x = int64(-n) // wraps to math.MinInt64 for n = 1<<63, as wanted
	}
	v.SetInt(x)
}

func hasKey(m map[string]any, k string) bool {
	_, ok := m[k]
	return ok
}

// any decodes the value at d.pos as encoding/json decodes into an empty
// interface.
func (d *decoder) any() any {
	c := d.next()
	switch c {
	case '{':
		d.enter()
		m := make(map[string]any)
		if d.first('}') {
			d.push(step{})
			for more := true; more; more = d.more('}') {
				kb, ks, ke := d.key()
				*d.top() = step{kind: sKey, ks: ks, ke: ke}
				if k := string(kb); hasKey(m, k) {
					d.fail(&Error{Kind: Duplicate, Offset: ks})
					d.skip()
				} else {
					m[k] = d.any()
				}
				d.top().kind = sNone
			}
			d.pop()
		}
		d.leave()
		return m
	case '[':
		d.enter()
		a := make([]any, 0)
		if d.first(']') {
			d.push(step{})
			for more := true; more; more = d.more(']') {
				*d.top() = step{kind: sIndex, index: len(a)}
				a = append(a, d.any())
				d.top().kind = sNone
			}
			d.pop()
		}
		d.leave()
		return a
	case '"':
		return string(d.str())
	case 't':
		d.literal("true")
		return true
	case 'f':
		d.literal("false")
		return false
	case 'n':
		d.literal("null")
		return nil
	}
	start := d.pos
	b, _ := d.num()
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		d.fail(&Error{Kind: OutOfRange, Offset: start})
	}
	return f
}
