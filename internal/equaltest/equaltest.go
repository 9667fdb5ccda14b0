// Package equaltest checks, in the tests of each package of the module,
// that an Equal method sees every field of its type. [Check] changes the
// value a fixture returns one field at a time, found by reflection down to
// its leaves — every element of a list through its first, every value of
// a map through its first key, every pointer through what it points to —
// and fails when Equal calls the changed value equal to the fixture. It
// also shortens each list and map and sets each pointer to nil. A field
// added later to the type, or to anything it holds, is found without
// anyone thinking of it: Check fails until Equal compares it, or until the
// test says how to change a type Check cannot ([Leaf], [List], [Rebuilt])
// or why Equal leaves a field out ([Skip]). It imports nothing of the
// module.
package equaltest

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// T is the part of testing.TB that [Check] reports through.
type T interface {
	Helper()
	Errorf(format string, args ...any)
}

// An Option teaches [Check] about a type.
type Option interface{ apply(*walker) }

type option func(*walker)

func (o option) apply(w *walker) { o(w) }

// Leaf says that a value of type T is changed as a whole by change,
// instead of field by field: a type with unexported fields (an amount of
// money, a decimal), or one whose Equal is tested on its own.
func Leaf[T any](change func(*T)) Option {
	return option(func(w *walker) {
		w.leaves[reflect.TypeFor[T]()] = func(v reflect.Value) { change(v.Addr().Interface().(*T)) }
	})
}

// List says that a value of type T holds a list of E behind unexported
// fields, which get returns and set puts back; Check changes the list as
// it changes a slice.
func List[T, E any](get func(T) []E, set func(*T, []E)) Option {
	return option(func(w *walker) {
		w.lists = append(w.lists, lister{
			match: func(t reflect.Type) bool { return t == reflect.TypeFor[T]() },
			get:   func(v reflect.Value) reflect.Value { return reflect.ValueOf(get(v.Interface().(T))) },
			set: func(v, list reflect.Value) error {
				set(v.Addr().Interface().(*T), list.Interface().([]E))
				return nil
			},
		})
	})
}

// Rebuilt says that every type whose name, as package reflect writes it,
// begins with prefix ("integracja.Schedule[") holds a list behind
// unexported fields: its method Steps returns a copy, and its method With,
// called on the zero value with the elements, builds one again and
// returns it with an error. Check changes the list as it changes a slice.
func Rebuilt(prefix string) Option {
	return option(func(w *walker) {
		w.lists = append(w.lists, lister{
			match: func(t reflect.Type) bool { return strings.HasPrefix(t.String(), prefix) },
			get:   func(v reflect.Value) reflect.Value { return v.MethodByName("Steps").Call(nil)[0] },
			set: func(v, list reflect.Value) error {
				out := reflect.Zero(v.Type()).MethodByName("With").CallSlice([]reflect.Value{list})
				if err, _ := out[1].Interface().(error); err != nil {
					return err
				}
				v.Set(out[0])
				return nil
			},
		})
	})
}

// Skip says that Equal leaves out the field of the struct type T, for the
// reason given; Check does not change it.
func Skip[T any](field, why string) Option {
	return option(func(w *walker) {
		if why == "" {
			panic("equaltest: Skip needs a reason")
		}
		w.skips[reflect.TypeFor[T]().String()+"."+field] = true
	})
}

// Check changes the value fixture returns in each of its fields, one at a
// time, and reports through t every change that equal, called both ways,
// does not see. The fixture must hold an element in every list and map it
// has and a value behind every pointer, so that their contents can be
// changed; Check reports where it does not.
func Check[V any](t T, fixture func() V, equal func(a, b V) bool, opts ...Option) {
	t.Helper()
	w := &walker{t: t, leaves: map[reflect.Type]func(reflect.Value){}, skips: map[string]bool{}}
	for _, o := range opts {
		o.apply(w)
	}
	w.walk(reflect.TypeFor[V](), nil, nil)
	if len(w.paths) == 0 {
		t.Errorf("equaltest: %s has nothing to change", reflect.TypeFor[V]())
	}
	a := fixture()
	if !equal(a, fixture()) {
		t.Errorf("equaltest: two values of the fixture are not equal")
		return
	}
	for _, path := range w.paths {
		b := fixture()
		if err := w.change(reflect.ValueOf(&b).Elem(), path); err != nil {
			t.Errorf("equaltest: cannot change %s: %v", name(path), err)
			continue
		}
		if equal(a, b) || equal(b, a) {
			t.Errorf("equaltest: Equal does not see a change of %s", name(path))
		}
	}
}

// The steps of a path that are not field names.
const (
	elem    = "[0]"  // the first element of a list
	shorter = "[:]"  // the list without its last element
	key     = "[k]"  // the value at the first key of a map
	delKey  = "[-k]" // the map without its first key
	deref   = "*"    // what a pointer points to
	toNil   = "nil"  // the pointer set to nil
)

// name writes a path as a test names it: "Participants[0].Events[0].Date".
func name(path []string) string {
	var b strings.Builder
	for i, s := range path {
		switch {
		case s == deref:
		case strings.HasPrefix(s, "["):
			b.WriteString(s)
		case s == toNil:
			b.WriteString(" = nil")
		default:
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s)
		}
	}
	if b.Len() == 0 {
		return "the value"
	}
	return b.String()
}

type lister struct {
	match func(reflect.Type) bool
	get   func(v reflect.Value) reflect.Value
	set   func(v, list reflect.Value) error
}

type walker struct {
	t      T
	leaves map[reflect.Type]func(reflect.Value)
	lists  []lister
	skips  map[string]bool
	paths  [][]string
}

func (w *walker) lister(t reflect.Type) (lister, bool) {
	for _, l := range w.lists {
		if l.match(t) {
			return l, true
		}
	}
	return lister{}, false
}

// walk records the path of every change below a value of type typ; stack
// holds the types being walked, so that a type that holds itself ends.
func (w *walker) walk(typ reflect.Type, path []string, stack []reflect.Type) {
	path = slices.Clip(path)
	if slices.Contains(stack, typ) {
		return
	}
	stack = append(stack, typ)
	if _, ok := w.leaves[typ]; ok {
		w.paths = append(w.paths, path)
		return
	}
	if l, ok := w.lister(typ); ok {
		elemType := l.get(reflect.Zero(typ)).Type().Elem()
		w.paths = append(w.paths, append(path, shorter))
		w.walk(elemType, append(path, elem), stack)
		return
	}
	switch typ.Kind() {
	case reflect.Struct:
		for i := range typ.NumField() {
			f := typ.Field(i)
			if w.skips[typ.String()+"."+f.Name] {
				continue
			}
			if !f.IsExported() {
				w.t.Errorf("equaltest: %s.%s (%s) is unexported: teach Check to change %s (Leaf, List)", typ, f.Name, name(path), typ)
				return
			}
			w.walk(f.Type, append(path, f.Name), stack)
		}
	case reflect.Slice:
		w.paths = append(w.paths, append(path, shorter))
		w.walk(typ.Elem(), append(path, elem), stack)
	case reflect.Map:
		w.paths = append(w.paths, append(path, delKey))
		w.walk(typ.Elem(), append(path, key), stack)
	case reflect.Pointer:
		w.paths = append(w.paths, append(path, toNil))
		w.walk(typ.Elem(), append(path, deref), stack)
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.paths = append(w.paths, path)
	default:
		w.t.Errorf("equaltest: cannot change %s, a %s: teach Check to (Leaf, Skip)", name(path), typ)
	}
}

// change changes the value at path below v, which is addressable.
func (w *walker) change(v reflect.Value, path []string) error {
	for i, step := range path {
		if l, ok := w.lister(v.Type()); ok {
			list := reflect.New(l.get(v).Type()).Elem()
			list.Set(l.get(v))
			if err := w.change(list, path[i:]); err != nil {
				return err
			}
			return l.set(v, list)
		}
		switch step {
		case shorter:
			if v.Len() == 0 {
				return fmt.Errorf("the fixture needs an element here")
			}
			v.Set(v.Slice(0, v.Len()-1))
			return nil
		case elem:
			if v.Len() == 0 {
				return fmt.Errorf("the fixture needs an element here")
			}
			v = v.Index(0)
		case key, delKey:
			keys := v.MapKeys()
			if len(keys) == 0 {
				return fmt.Errorf("the fixture needs a key here")
			}
			slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
			k := keys[0]
			if step == delKey {
				v.SetMapIndex(k, reflect.Value{})
				return nil
			}
			val := reflect.New(v.Type().Elem()).Elem()
			val.Set(v.MapIndex(k))
			if err := w.change(val, path[i+1:]); err != nil {
				return err
			}
			v.SetMapIndex(k, val)
			return nil
		case toNil, deref:
			if v.IsNil() {
				return fmt.Errorf("the fixture needs a value here")
			}
			if step == toNil {
				v.Set(reflect.Zero(v.Type()))
				return nil
			}
			v = v.Elem()
		default:
			v = v.FieldByName(step)
		}
	}
	if f, ok := w.leaves[v.Type()]; ok {
		f(v)
		return nil
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(v.Int() + 1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(v.Uint() + 1)
	default:
		return fmt.Errorf("cannot change a %s", v.Type())
	}
	return nil
}
