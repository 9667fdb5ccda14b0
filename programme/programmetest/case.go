package programmetest

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// Case is one declarative test of grant rules, the content of one JSON
// file of a folder that [Run] runs (see the package documentation for the
// format): a programme, given inline or by file; the scheme to hold it
// against, by the code of a shipped scheme, inline (a whole scheme, or an
// overlay of a shipped one that names its base) or by file; the date as of
// which to check; and what to expect.
//
// The expectations: Problems, when given, are exactly the problems
// [programme.Programme.Validate] must find, as "path: code" lines;
// otherwise the programme must validate. Compliant asks for no warning and
// no violation. Findings must each be found; Absent names rules that must
// give no warning or violation. Figures are the indicators as of the date
// ([programme.Programme.IndicatorsAt]), each a count in the notation of
// [indicator.ParseCount] ("20 (12K i 8M)", "18").
//
// The zero Case is not valid: it has no programme, no date and expects
// nothing.
type Case struct {
	Name          string               `json:"name,omitempty"`
	Programme     *programme.Programme `json:"programme,omitempty"`
	ProgrammeFile string               `json:"programmeFile,omitempty"`
	Scheme        *SchemeRef           `json:"scheme,omitempty"`
	SchemeFile    string               `json:"schemeFile,omitempty"`
	AsOf          integracja.Date      `json:"asOf"`
	Problems      []string             `json:"problems,omitempty"`
	Compliant     bool                 `json:"compliant,omitempty"`
	Findings      []Want               `json:"findings,omitempty"`
	Absent        []string             `json:"absent,omitempty"`
	Figures       map[string]string    `json:"figures,omitempty"`
}

// SchemeRef is the scheme of a case: in JSON the code of a shipped scheme
// ("pokl_7_1_1"), read with [programme.LookupScheme], or a scheme object,
// read with [programme.DecodeScheme] (an overlay names its base).
type SchemeRef struct {
	programme.Scheme
}

// UnmarshalJSON reads a code or a scheme object.
func (r *SchemeRef) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var code string
		if err := integracja.DecodeJSON(b, &code); err != nil {
			return err
		}
		s, err := programme.LookupScheme(code)
		if err != nil {
			return err
		}
		r.Scheme = s
		return nil
	}
	s, err := programme.DecodeScheme(b)
	if err != nil {
		return err
	}
	r.Scheme = s
	return nil
}

// MarshalJSON writes the scheme's code when it is a shipped scheme as
// shipped, and the whole scheme otherwise.
func (r SchemeRef) MarshalJSON() ([]byte, error) {
	if s, err := programme.LookupScheme(r.Code); err == nil && s.Equal(r.Scheme) {
		return []byte(`"` + r.Code + `"`), nil
	}
	return programme.EncodeScheme(r.Scheme)
}

// DecodeCase reads a case from its JSON form with the module's strict
// decoder, [integracja.DecodeJSON], and validates it ([Case.Validate]):
// every problem is reported with its path. It reads no file: the files a
// case names are read by [RunCase].
func DecodeCase(data []byte) (Case, error) {
	var c Case
	if err := integracja.DecodeJSON(data, &c); err != nil {
		return Case{}, err
	}
	if err := c.Validate(); err != nil {
		return Case{}, err
	}
	return c, nil
}

// Validate reports every problem of the case with its path: no programme
// or two, two schemes, no date, nothing expected, a want without a rule or
// with a malformed figure, a problem line not of the form "path: code",
// a count that does not parse.
func (c Case) Validate() error {
	var errs []error
	if (c.Programme == nil) == (c.ProgrammeFile == "") {
		errs = append(errs, integracja.NewFieldError(integracja.NewPath("programme"), integracja.ErrRequired, "", integracja.Text{
			PL: "podaj program albo plik programu, jedno z dwojga", EN: "give a programme or a programme file, one of the two"}))
	}
	if c.Scheme != nil && c.SchemeFile != "" {
		errs = append(errs, integracja.Inconsistent(integracja.NewPath("schemeFile"), "", integracja.Text{
			PL: "podaj schemat albo plik schematu, nie oba", EN: "give a scheme or a scheme file, not both"}))
	}
	if c.AsOf.IsZero() {
		errs = append(errs, integracja.Required(integracja.NewPath("asOf")))
	} else {
		errs = append(errs, integracja.ValidateDate(integracja.NewPath("asOf"), c.AsOf))
	}
	if c.Problems == nil && !c.Compliant && len(c.Findings) == 0 && len(c.Absent) == 0 && len(c.Figures) == 0 {
		errs = append(errs, integracja.NewFieldError(integracja.Path{}, integracja.ErrRequired, "", integracja.Text{
			PL: "przypadek niczego nie oczekuje (problemy, zgodność, ustalenia, brak ustaleń, wartości wskaźników)",
			EN: "the case expects nothing (problems, compliant, findings, absent, figures)"}))
	}
	for i, w := range c.Findings {
		errs = append(errs, w.validate(integracja.NewPath("findings").Index(i)))
	}
	for i, r := range c.Absent {
		if strings.TrimSpace(r) == "" {
			errs = append(errs, integracja.Required(integracja.NewPath("absent").Index(i)))
		}
	}
	for i, line := range c.Problems {
		if p, code, ok := strings.Cut(line, ": "); !ok || p == "" || code == "" {
			errs = append(errs, integracja.Invalid(integracja.NewPath("problems").Index(i), "", integracja.Text{
				PL: "oczekiwano wiersza „ścieżka: kod”, np. „participants[0].id: required”",
				EN: "want a line “path: code”, such as “participants[0].id: required”"}))
		}
	}
	for _, code := range slices.Sorted(maps.Keys(c.Figures)) {
		if _, err := indicator.ParseCount(c.Figures[code]); err != nil {
			errs = append(errs, integracja.Under(integracja.NewPath("figures").Key(code), err))
		}
	}
	return integracja.Join(errs...)
}

// Run runs every case of the folder dir, each JSON file directly in it a
// subtest named after the file, in the order of the names. Files a case
// names are read relative to dir. A folder without cases fails t.
func Run(t *testing.T, dir string) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no test cases (*.json) in %s", dir)
	}
	slices.Sort(names)
	for _, name := range names {
		t.Run(strings.TrimSuffix(filepath.Base(name), ".json"), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			c, err := DecodeCase(data)
			if err != nil {
				t.Fatalf("%s does not decode:\n%s", name, integracja.Localize(err, language.Polish))
			}
			RunCase(t, c, dir)
		})
	}
}

// RunCase runs one case, reading the files it names relative to dir.
func RunCase(t testing.TB, c Case, dir string) {
	t.Helper()
	if c.Name != "" {
		t.Log(c.Name)
	}
	p, s, ok := resolve(t, c, dir)
	if !ok {
		return
	}
	got := Problems(p.Validate())
	switch {
	case c.Problems != nil && !slices.Equal(got, c.Problems):
		t.Errorf("Validate found:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(c.Problems, "\n  "))
	case c.Problems == nil && len(got) > 0:
		t.Errorf("the programme does not validate:\n%s", integracja.Localize(p.Validate(), language.Polish))
	}
	findings := p.Check(s, c.AsOf)
	if c.Compliant {
		AssertCompliant(t, findings)
	}
	for _, w := range c.Findings {
		AssertFinding(t, findings, w)
	}
	for _, rule := range c.Absent {
		AssertNoFinding(t, findings, rule)
	}
	if len(c.Figures) > 0 {
		rep := p.IndicatorsAt(s, c.AsOf)
		for _, code := range slices.Sorted(maps.Keys(c.Figures)) {
			want, _ := indicator.ParseCount(c.Figures[code]) // Validate parsed it
			AssertFigure(t, rep, code, want)
		}
	}
}

// resolve returns the case's programme and scheme, reading the files it
// names; a programme without a scheme in the case is held against the
// shipped scheme it names.
func resolve(t testing.TB, c Case, dir string) (programme.Programme, programme.Scheme, bool) {
	t.Helper()
	var p programme.Programme
	if c.Programme != nil {
		p = *c.Programme
	} else {
		data, err := os.ReadFile(filepath.Join(dir, c.ProgrammeFile))
		if err != nil {
			t.Errorf("programme file: %v", err)
			return p, programme.Scheme{}, false
		}
		if p, err = programme.Decode(data); err != nil {
			t.Errorf("%s does not decode:\n%s", c.ProgrammeFile, integracja.Localize(err, language.Polish))
			return p, programme.Scheme{}, false
		}
	}
	var s programme.Scheme
	var err error
	switch {
	case c.Scheme != nil:
		s = c.Scheme.Scheme
	case c.SchemeFile != "":
		var data []byte
		if data, err = os.ReadFile(filepath.Join(dir, c.SchemeFile)); err == nil {
			s, err = programme.DecodeScheme(data)
		}
	case p.Scheme != "":
		s, err = programme.LookupScheme(p.Scheme)
	default:
		err = errors.New("the case names no scheme and the programme none either")
	}
	if err != nil {
		t.Errorf("scheme: %s", integracja.Localize(err, language.Polish))
		return p, s, false
	}
	return p, s, true
}

// Problems lists the problems of err, a Validate or decoding error, as
// "path: code" lines ("participants[0].id: required"), the form a case's
// "problems" and the house's table tests compare. It returns an empty
// list for nil.
func Problems(err error) []string {
	out := []string{}
	for _, fe := range integracja.FieldErrors(err) {
		code := "?"
		var c *integracja.Cause
		if errors.As(fe.Err, &c) {
			code = c.Code()
		}
		out = append(out, fe.Path.String()+": "+code)
	}
	return out
}
