package indicator

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/aktywna/integracja"
)

// bornInFiftySeven is a participant born on 23 November 1957 who entered
// on 1 June 2019, aged 61, and left on 30 November 2019.
func bornInFiftySeven() Profile {
	p := participant()
	p.BirthDate = integracja.MustParseDate("1957-11-23")
	p.Exit = integracja.MustParseDate("2019-11-30")
	p.Disability = true
	return p
}

// assertNoBirthDate fails when out shows any part of the birth date
// 1957-11-23 that could identify it: the year, or the day and month in
// either order.
func assertNoBirthDate(t *testing.T, out, what string) {
	t.Helper()
	for _, part := range []string{"1957", "11-23", "23.11", "11 23", "23 11", "{1957"} {
		assert.NotContains(t, out, part, "%s: %s", what, out)
	}
}

func TestProfileStringAndEveryVerbHideTheBirthDate(t *testing.T) {
	p := bornInFiftySeven()
	want := "indicator.Profile{sex: female, birthDate: hidden, ageAtEntry: 61, entry: 2019-06-01, exit: 2019-11-30, " +
		"status: long_term_unemployed, education: isced_3_4}"
	assert.Equal(t, want, p.String())
	assert.NotContains(t, p.String(), "disability", "the sensitive answers are left out")

	type record struct {
		ID          string
		Participant Profile
	}
	for _, tc := range []struct {
		format string
		arg    any
	}{
		{"%v", p}, {"%+v", p}, {"%#v", p}, {"%s", p}, {"%d", p}, {"%x", p}, {"%X", p}, {"%q", p},
		{"%10v", p}, {"%-300v", p}, {"%v", &p}, {"%+v", &p}, {"%#v", &p},
		{"%v", record{ID: "r-1", Participant: p}}, {"%+v", record{ID: "r-1", Participant: p}},
		{"%#v", record{ID: "r-1", Participant: p}}, {"%v", []Profile{p, p}}, {"%#v", map[string]Profile{"a": p}},
		{"%v", &record{Participant: p}},
	} {
		out := fmt.Sprintf(tc.format, tc.arg)
		assertNoBirthDate(t, out, tc.format)
		assert.Contains(t, out, "ageAtEntry: 61", "%s prints the masked form: %s", tc.format, out)
	}
	assert.Equal(t, `"`+want+`"`, fmt.Sprintf("%q", p))
	assert.Equal(t, strings.Repeat(" ", 300-len(want))+want, fmt.Sprintf("%300v", p), "the width pads")
	assert.Equal(t, want[:40], fmt.Sprintf("%.40v", p), "the precision cuts the masked form")
	assert.Equal(t, fmt.Sprint(p), fmt.Sprintln(p)[:len(want)])
}

// visit is a value of a program that logs a profile inside itself.
type visit struct {
	place string
	who   Profile
}

func (v visit) LogValue() slog.Value {
	return slog.GroupValue(slog.String("place", v.place), slog.Any("participant", v.who))
}

func TestProfileInLogsHidesTheBirthDate(t *testing.T) {
	p := bornInFiftySeven()
	logAll := func(l *slog.Logger) {
		l.Info("alone", "p", p)
		l.Info("pointer", "p", &p)
		l.Info("in a group", slog.Group("g", slog.Any("p", p), slog.Int("n", 1)))
		l.With("p", p).Info("in With")
		l.WithGroup("outer").Info("under a group", "p", p)
		l.Info("inside another value", "visit", visit{place: "KIS", who: p})
	}
	handlers := map[string]func(*bytes.Buffer) *slog.Logger{
		"TextHandler": func(b *bytes.Buffer) *slog.Logger { return slog.New(slog.NewTextHandler(b, nil)) },
		"JSONHandler": func(b *bytes.Buffer) *slog.Logger { return slog.New(slog.NewJSONHandler(b, nil)) },
	}
	for name, make := range handlers {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			logAll(make(&b))
			out := b.String()
			assertNoBirthDate(t, out, name)
			assert.Equal(t, 6, strings.Count(out, "ageAtEntry"), out)
		})
	}
	t.Run("a struct holding a profile, through the TextHandler", func(t *testing.T) {
		// slog writes such a value with fmt, which calls Format on its
		// exported fields; the JSONHandler would use encoding/json, the
		// limit Format's doc names.
		var b bytes.Buffer
		slog.New(slog.NewTextHandler(&b, nil)).Info("in a struct", "row", struct{ P Profile }{p})
		assertNoBirthDate(t, b.String(), "struct")
		assert.Contains(t, b.String(), "ageAtEntry: 61")
	})
	t.Run("the default logger", func(t *testing.T) {
		var b bytes.Buffer
		prevOut := log.Writer()
		log.SetOutput(&b)
		defer log.SetOutput(prevOut)
		logAll(slog.Default())
		slog.Info("package function", "p", p)
		slog.Info("in a struct", "row", struct{ P Profile }{p})
		log.Printf("log.Printf %v", p)
		out := b.String()
		assertNoBirthDate(t, out, "default logger")
		assert.Equal(t, 9, strings.Count(out, "ageAtEntry"), out)
	})
	t.Run("JSON still carries the birth date, for storage", func(t *testing.T) {
		b, err := json.Marshal(p)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"birthDate":"1957-11-23"`)
	})
}

func TestProfileErrorsHideTheBirthDate(t *testing.T) {
	doc := func(members ...string) []byte {
		return []byte(`{"sex":"female","entry":"2019-06-01","status":"employed","education":"isced_0",` + strings.Join(members, ",") + `}`)
	}
	t.Run("each problem keeps its cause and path, in the library's own words", func(t *testing.T) {
		for _, tc := range []struct {
			data  []byte
			path  string
			cause error
			pl    string
		}{
			{doc(`"birthDate":"1957-11-23"`, `"birthDate":"1957-11-24"`), "birthDate", integracja.ErrDuplicate, "datę urodzenia podano dwa razy"},
			{doc(`"BirthDate":"1957-11-23"`), "BirthDate", integracja.ErrUnknown, "pole daty urodzenia nazywa się „birthDate”"},
			{doc(`"birthDate":"1957-02-30"`), "birthDate", integracja.ErrInvalid, "w formacie RRRR-MM-DD"},
			{doc(`"birthDate":19571123`), "birthDate", integracja.ErrInvalid, "w formacie RRRR-MM-DD"},
		} {
			_, err := DecodeProfile(tc.data)
			require.ErrorIs(t, err, tc.cause, "%s", tc.data)
			fes := integracja.FieldErrors(err)
			require.Len(t, fes, 1, "%s", tc.data)
			assert.Equal(t, tc.path, fes[0].Path.String())
			assert.Empty(t, fes[0].Value)
			assert.Contains(t, fes[0].Message(language.Polish), tc.pl)
		}
	})
	for name, data := range map[string][]byte{
		"a date that does not exist":        doc(`"birthDate":"1957-02-30"`),
		"a date in another form":            doc(`"birthDate":"23.11.1957"`),
		"a number":                          doc(`"birthDate":19571123`),
		"an object":                         doc(`"birthDate":{"y":1957,"md":"11-23"}`),
		"given twice":                       doc(`"birthDate":"1957-11-23"`, `"birthDate":"1957-11-24"`),
		"in another case":                   doc(`"BirthDate":"1957-11-23"`),
		"in another case, beside the right": doc(`"birthDate":"1957-11-22"`, `"BIRTHDATE":"1957-11-23"`),
		"in the wrong place":                doc(`"birthDate":"1957-11-22"`, `"leaving":{"birthDate":"1957-11-23"}`),
		"born after entering":               doc(`"birthDate":"2057-11-23"`),
	} {
		t.Run(name, func(t *testing.T) {
			for _, decode := range []func() error{
				func() error { _, err := DecodeProfile(data); return err },
				func() error { _, err := DecodeProfiles([]byte("[" + string(data) + "]")); return err },
				func() error { var p Profile; return json.Unmarshal(data, &p) },
			} {
				err := decode()
				if err == nil {
					continue
				}
				for _, text := range errorTexts(err) {
					assertNoBirthDate(t, strings.ReplaceAll(text, "2057", "1957"), name)
				}
			}
		})
	}
}

// errorTexts returns everything err could show: its messages in both
// languages, and the value and detail of every field error in it.
func errorTexts(err error) []string {
	out := []string{err.Error(), integracja.Localize(err, language.Polish), integracja.Localize(err, language.English)}
	for _, fe := range integracja.FieldErrors(err) {
		out = append(out, fe.Value, fe.Detail.PL, fe.Detail.EN, fe.Error())
	}
	var pe *integracja.ParseError
	if errors.As(err, &pe) {
		out = append(out, pe.Input)
	}
	return out
}

func TestWithoutBirthDateKeepsTheCauseAndDropsTheText(t *testing.T) {
	parse := &integracja.ParseError{Kind: "date", KindPL: "daty", Input: "1957-11-23", Err: integracja.ErrInvalid}
	err := integracja.Join(
		integracja.NewFieldError(integracja.NewPath("birthDate"), integracja.ErrDuplicate, "1957-11-23", integracja.Text{EN: "1957-11-23"}),
		&integracja.FieldError{Path: integracja.Path{}.Index(2).Child("BirthDate"), Err: parse},
		integracja.Unknown(integracja.NewPath("leaving").Child("birthdate"), "", integracja.Text{}),
		integracja.Invalid(integracja.NewPath("entry"), "2019-02-30", integracja.Text{}),
	)
	fes := integracja.FieldErrors(withoutBirthDate(err))
	require.Len(t, fes, 4)
	var got []string
	for _, fe := range fes {
		got = append(got, fe.Path.String()+": "+integracja.Localize(bareCause(fe), language.English)+": "+fe.Value)
	}
	assert.Equal(t, []string{
		"birthDate: duplicate value: ",
		"[2].BirthDate: invalid value: ",
		"leaving.birthdate: unknown value: ",
		"entry: invalid value: 2019-02-30",
	}, got, "a key given twice stays a duplicate, not an invalid date; other fields keep their value")
	assert.Equal(t, textBadBirthDate, fes[1].Detail, "a date that does not parse says which form is wanted")
	assert.Equal(t, "the birth date is given twice", fes[0].Detail.EN, "the detail the decoder gave is replaced")
	for _, text := range errorTexts(integracja.Join(fes[0], fes[1], fes[2])) {
		assertNoBirthDate(t, text, "masked")
	}
}

// birthDateValues returns the text of every value given under a key
// spelled like "birthDate" in any case, at any depth of doc, as far as doc
// is well-formed JSON.
func birthDateValues(doc string) []string {
	d := json.NewDecoder(strings.NewReader(doc))
	d.UseNumber()
	var out []string
	var stack []bool // per open container: whether it is an object
	expectKey := false
	wantValue := false
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		switch v := tok.(type) {
		case json.Delim:
			if wantValue {
				wantValue = false
			}
			switch v {
			case '{':
				stack = append(stack, true)
				expectKey = true
			case '[':
				stack = append(stack, false)
				expectKey = false
			default:
				stack = stack[:len(stack)-1]
				expectKey = len(stack) > 0 && stack[len(stack)-1]
			}
			continue
		case string:
			if expectKey {
				wantValue = strings.EqualFold(v, "birthDate")
				expectKey = false
				continue
			}
			if wantValue {
				out = append(out, v)
			}
		case json.Number:
			if wantValue {
				out = append(out, string(v))
			}
		}
		wantValue = false
		expectKey = len(stack) > 0 && stack[len(stack)-1]
	}
}

// FuzzDecodeProfileHidesTheBirthDate decodes profiles whose birth date is
// given in any case of its key, twice, in the wrong place, or as any text,
// through every entry point, and fails when an error shows a birth date
// the input gave. A value that the input also gives elsewhere (as another
// key or value, where an error may rightly quote it) is not checked, nor
// one too short to be a date.
func FuzzDecodeProfileHidesTheBirthDate(f *testing.F) {
	f.Add("1957-11-23", uint8(0), "")
	f.Add("1957-02-30", uint8(1), "")
	f.Add("23.11.1957", uint8(2|16), "")
	f.Add("1957-11-23", uint8(3|32), `"BirthDate":"1957-11-24"`)
	f.Add("19571123", uint8(8), "")
	f.Add("1957-11-23", uint8(4|64|128), `"birthdate":{"y":"1957-11-23"}`)
	f.Add("\u202e1957-11-23\n", uint8(16|32), "")
	f.Add("1957-11-23", uint8(0), `{"sex":"male","BIRTHDATE":"1957-11-23","birthDate":"1957-11-23x","entry":"1957-11-23"}`)
	f.Fuzz(func(t *testing.T, birth string, variant uint8, raw string) {
		keys := []string{"birthDate", "BirthDate", "birthdate", "BIRTHDATE", "birthDATE", "bIrThDaTe", "birth_date", "birthDate "}
		key := keys[int(variant&7)%len(keys)]
		quoted, err := json.Marshal(birth)
		if err != nil {
			t.Fatal(err)
		}
		val := string(quoted)
		if variant&8 != 0 {
			val = birth // raw: a number, an object, or broken JSON
		}
		members := []string{`"sex":"female"`, `"entry":"2019-06-01"`, `"status":"employed"`, `"education":"isced_0"`,
			`"` + key + `":` + val}
		if variant&16 != 0 {
			members = append(members, `"birthDate":`+val)
		}
		if variant&32 != 0 {
			members = append(members, `"BirthDate":`+val)
		}
		if variant&64 != 0 {
			members = append(members, `"leaving":{"birthDate":`+val+`}`)
		}
		if variant&128 != 0 {
			members = append(members, raw)
		}
		built := "{" + strings.Join(members, ",") + "}"
		if variant&7 != 0 || variant&(16|32) != 0 {
			// A key in another case or given twice is refused, whatever
			// else the document holds.
			if _, err := DecodeProfile([]byte(built)); err == nil {
				t.Fatalf("%s decodes, though a birth date key is given twice or in another case", built)
			}
		}
		for _, doc := range []string{built, raw} {
			checkNoBirthDateInErrors(t, doc)
		}
	})
}

// checkNoBirthDateInErrors decodes doc through every entry point that
// reads a profile and checks that no error shows a birth date of doc.
func checkNoBirthDateInErrors(t *testing.T, doc string) {
	var secrets []string
	for _, v := range birthDateValues(doc) {
		if len(v) < 6 || !strings.ContainsAny(v, "0123456789") {
			continue
		}
		asValue, _ := json.Marshal(v)
		if strings.Count(doc, v) > strings.Count(doc, string(asValue)) {
			continue // given elsewhere too, as a key or inside another value
		}
		secrets = append(secrets, v)
		if d, err := integracja.ParseDate(v); err == nil {
			secrets = append(secrets, fmt.Sprintf("%02d.%02d.%04d", d.Day, int(d.Month), d.Year))
		}
	}
	var errs []error
	_, err := DecodeProfile([]byte(doc))
	errs = append(errs, err)
	_, err = DecodeProfiles([]byte("[" + doc + "]"))
	errs = append(errs, err)
	var p Profile
	errs = append(errs, json.Unmarshal([]byte(doc), &p))
	var ps []Profile
	errs = append(errs, json.Unmarshal([]byte("["+doc+"]"), &ps))
	for _, err := range errs {
		if err == nil {
			continue
		}
		for _, text := range errorTexts(err) {
			for _, s := range secrets {
				if strings.Contains(text, s) {
					t.Fatalf("decoding %s: the error shows the birth date %q: %s", doc, s, text)
				}
			}
		}
	}
}

// TestPolishMessagesHoldNoFieldNamesOrEnglishKinds gathers the problems
// the package reports and checks that the Polish detail of each (the
// sentence after the path and the cause) names no JSON field and no
// English kind or identifier: the path already says where.
func TestPolishMessagesHoldNoFieldNamesOrEnglishKinds(t *testing.T) {
	english := regexp.MustCompile(`\b(birthDate|entry|exit|education|leaving|later|jobSearching|achieved|target|parent|unit|code|women|men|unspecified|cells|bands|band|count|threshold|protection|labels|sex|total|tally|scheme|indicator|NewTally|Profile|Count|Set)\b`)
	var errs []error
	p := participant()
	p.BirthDate, p.Exit, p.Status, p.Education = integracja.MustParseDate("2020-01-01"), integracja.MustParseDate("2019-01-01"), 0, Education(9)
	p.Leaving = Leaving{JobSearching: true, Employed: true}
	errs = append(errs, p.Validate())
	ins := siewierz()
	ins[0].Code, ins[1].Achieved, ins[2].Parent, ins[2].Unit = strings.Repeat("x", 70), Count{Women: 99}, "K09", UnitHours
	errs = append(errs, Set(ins).Validate(), Set(append(siewierz(), siewierz()[0])).Validate())
	cyc := siewierz()
	cyc[0].Parent = "K03"
	errs = append(errs, Set(cyc).Validate())
	var empty Tally
	errs = append(errs, empty.AddRecord(Female, 0, Employed))
	tally := NewTally(ESF2014AgeBands())
	errs = append(errs, tally.AddRecord(Female, 9, Employed), tally.Add(Profile{Sex: Female}), tally.Merge(NewTally(ESFPlusAgeBands())))
	_, err := DecodeTally([]byte(`{"bands":` + esf2014JSON(t) + `,"cells":[{"band":5,"status":"employed","count":{"women":1}}]}`))
	errs = append(errs, err, Count{Women: -1}.Validate(), Suppression{Threshold: 2}.Validate())
	_, err = NewAgeBandsBySex("", []int{3, 2}, nil, nil, []integracja.Text{{}})
	errs = append(errs, err)
	for _, in := range []string{"20 (12K i 6M)", "10 osób, w tym 12 kobiet", "kobiet 10", "20 (10K i 10K)", "1 9 173", "ponad 70"} {
		_, err := ParseCount(in)
		errs = append(errs, err)
	}
	n := 0
	for _, err := range errs {
		require.Error(t, err)
		for _, fe := range integracja.FieldErrors(err) {
			n++
			assert.False(t, english.MatchString(fe.Detail.PL), "%s: %q", fe.Path, fe.Detail.PL)
		}
		var pe *integracja.ParseError
		if errors.As(err, &pe) {
			n++
			assert.False(t, english.MatchString(pe.Detail.PL), "%q", pe.Detail.PL)
		}
	}
	assert.Greater(t, n, 25, "the test sees the problems it means to")
}
