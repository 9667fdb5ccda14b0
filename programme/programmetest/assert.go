package programmetest

import (
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// Want describes a finding a test expects. Rule and Severity must match;
// Path, Measured, Limit and Message are checked when given: Measured and
// Limit compared as decimals ("1" equals "1.00"), Message as a part of the
// Polish message.
type Want struct {
	Rule     string              `json:"rule"`
	Severity integracja.Severity `json:"severity"`
	Path     string              `json:"path,omitempty"`
	Measured string              `json:"measured,omitempty"`
	Limit    string              `json:"limit,omitempty"`
	Message  string              `json:"message,omitempty"`
}

// String describes the finding wanted: "violation [eligibility.age] at
// participants[2], measured 1, limit 0, saying „…”".
func (w Want) String() string {
	s := w.Severity.String() + " [" + w.Rule + "]"
	if w.Path != "" {
		s += " at " + w.Path
	}
	if w.Measured != "" {
		s += ", measured " + w.Measured
	}
	if w.Limit != "" {
		s += ", limit " + w.Limit
	}
	if w.Message != "" {
		s += ", saying „" + w.Message + "”"
	}
	return s
}

// Matches reports whether f is the finding w describes.
func (w Want) Matches(f integracja.Finding) bool {
	return f.Rule == w.Rule && f.Severity == w.Severity &&
		(w.Path == "" || f.Path.String() == w.Path) &&
		sameDecimal(w.Measured, f.Measured) && sameDecimal(w.Limit, f.Limit) &&
		(w.Message == "" || strings.Contains(f.Message.PL, w.Message))
}

// sameDecimal reports whether want is empty or reads as a decimal equal to
// got.
func sameDecimal(want string, got decimal.Decimal) bool {
	if want == "" {
		return true
	}
	d, err := decimal.NewFromString(want)
	return err == nil && d.Equal(got)
}

// validate reports a Want that cannot match anything.
func (w Want) validate(at integracja.Path) error {
	var errs []error
	if strings.TrimSpace(w.Rule) == "" {
		errs = append(errs, integracja.Required(at.Child("rule")))
	}
	for _, f := range []struct{ name, v string }{{"measured", w.Measured}, {"limit", w.Limit}} {
		if f.v == "" {
			continue
		}
		if _, err := decimal.NewFromString(f.v); err != nil || strings.ContainsAny(f.v, "eE") || len(f.v) > 32 {
			errs = append(errs, integracja.Invalid(at.Child(f.name), "", integracja.Text{
				PL: "oczekiwano liczby dziesiętnej z kropką, bez wykładnika, np. \"22.5\"",
				EN: "want a decimal with a dot and no exponent, such as \"22.5\""}))
		}
	}
	return integracja.Join(errs...)
}

// Describe writes findings one per line, in Polish, each with its measured
// value and limit: the form the helpers print on failure.
func Describe(findings []integracja.Finding) string {
	if len(findings) == 0 {
		return "  (none)\n"
	}
	var b strings.Builder
	for _, f := range findings {
		b.WriteString("  ")
		b.WriteString(f.Format(language.Polish))
		b.WriteString(" {measured " + f.Measured.String() + ", limit " + f.Limit.String())
		if f.Unit != "" {
			b.WriteString(" " + f.Unit)
		}
		b.WriteString("}\n")
	}
	return b.String()
}

// Serious returns the findings that are warnings or violations.
func Serious(findings []integracja.Finding) []integracja.Finding {
	var out []integracja.Finding
	for _, f := range findings {
		if f.Severity >= integracja.Warning {
			out = append(out, f)
		}
	}
	return out
}

// AssertCompliant fails t when findings hold a warning or a violation,
// listing them, and reports whether they hold none.
func AssertCompliant(t testing.TB, findings []integracja.Finding) bool {
	t.Helper()
	bad := Serious(findings)
	if len(bad) == 0 {
		return true
	}
	t.Errorf("expected no warning or violation, found %d:\n%s", len(bad), Describe(bad))
	return false
}

// AssertFinding fails t unless findings hold one that want describes, and
// returns the first such finding. On failure it prints the finding wanted,
// the findings of the same rule, and every warning and violation found.
func AssertFinding(t testing.TB, findings []integracja.Finding, want Want) (integracja.Finding, bool) {
	t.Helper()
	for _, f := range findings {
		if want.Matches(f) {
			return f, true
		}
	}
	var same []integracja.Finding
	for _, f := range findings {
		if f.Rule == want.Rule {
			same = append(same, f)
		}
	}
	t.Errorf("expected the finding %s\nfindings of rule %s:\n%swarnings and violations:\n%s",
		want, want.Rule, Describe(same), Describe(Serious(findings)))
	return integracja.Finding{}, false
}

// AssertNoFinding fails t when findings hold a warning or a violation of
// rule, listing them, and reports whether they hold none.
func AssertNoFinding(t testing.TB, findings []integracja.Finding, rule string) bool {
	t.Helper()
	var bad []integracja.Finding
	for _, f := range Serious(findings) {
		if f.Rule == rule {
			bad = append(bad, f)
		}
	}
	if len(bad) == 0 {
		return true
	}
	t.Errorf("expected no warning or violation of rule %s, found %d:\n%s", rule, len(bad), Describe(bad))
	return false
}

// AssertFigure fails t unless the report's indicator code has the computed
// figure want: by sex when want gives women or men ("20 (12K i 8M)"), in
// total when it gives only a total ("18"). It prints both figures and what
// the programme reported.
func AssertFigure(t testing.TB, rep programme.IndicatorReport, code string, want indicator.Count) bool {
	t.Helper()
	r, ok := rep.Lookup(code)
	switch {
	case !ok:
		t.Errorf("indicator %s: no such indicator in the report as of %s", code, rep.AsOf)
		return false
	case !r.Computable:
		t.Errorf("indicator %s (%s): not computed from the records; reported %s", code, r.Name.PL, figure(r.Reported))
		return false
	}
	got := r.Computed
	equal := got == want
	if want.Women == 0 && want.Men == 0 {
		equal = got.Total() == want.Total()
	}
	if equal {
		return true
	}
	reported := "nothing"
	if r.Stated {
		reported = figure(r.Reported)
	}
	t.Errorf("indicator %s (%s) as of %s:\n  want     %s\n  computed %s\n  reported %s", code, r.Name.PL, rep.AsOf, figure(want), figure(got), reported)
	return false
}

// figure writes a count as reports do, its total alone when it has no
// breakdown by sex: "20 (12K i 8M)", "18".
func figure(c indicator.Count) string {
	if c.Women == 0 && c.Men == 0 {
		return strconv.Itoa(c.Total())
	}
	return c.String()
}

// Check validates p, failing t with every problem when it does not
// validate, and returns p.Check(s, asOf).
func Check(t testing.TB, p programme.Programme, s programme.Scheme, asOf integracja.Date) []integracja.Finding {
	t.Helper()
	if err := p.Validate(); err != nil {
		t.Errorf("the programme does not validate:\n%s", integracja.Localize(err, language.Polish))
	}
	return p.Check(s, asOf)
}
