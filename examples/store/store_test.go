package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/aktywna/integracja"
	"github.com/aktywna/integracja/budget"
	"github.com/aktywna/integracja/contract"
	"github.com/aktywna/integracja/examples"
	"github.com/aktywna/integracja/indicator"
	"github.com/aktywna/integracja/programme"
)

// exampleProgramme is the library's complete example programme.
const exampleProgramme = "../../programme/testdata/example.json"

func readProgramme(t *testing.T, path string) programme.Programme {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := programme.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func readContract(t *testing.T) contract.Contract {
	t.Helper()
	b, err := os.ReadFile("testdata/contract.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := contract.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	// Signed on the day it was concluded: active.
	if c.Lifecycle, err = c.Lifecycle.Sign(c.ConcludedOn); err != nil {
		t.Fatal(err)
	}
	return c
}

// encoded returns p's JSON form, to show what differs on a failure.
func encoded(t *testing.T, p programme.Programme) string {
	t.Helper()
	b, err := programme.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEveryProgrammeRoundTripsExactly(t *testing.T) {
	type named struct {
		id string
		p  programme.Programme
	}
	all := []named{{"example", readProgramme(t, exampleProgramme)}}
	for _, seed := range examples.Seeds() {
		b, err := seed.Data()
		if err != nil {
			t.Fatal(err)
		}
		p, err := programme.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", seed.File, err)
		}
		all = append(all, named{strings.TrimSuffix(strings.TrimPrefix(seed.File, "seeds/"), ".json"), p})
	}
	if p := all[0].p; p.Budget == nil || len(p.Budget.Ledger) == 0 || len(p.Participants) == 0 {
		t.Fatal("the example programme has no ledger or no participants to store")
	}
	onEveryEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for _, n := range all {
			if err := s.SaveProgramme(ctx, n.id, n.p); err != nil {
				t.Fatalf("%s: %v", n.id, err)
			}
			// Saved twice: the second save replaces the first.
			if err := s.SaveProgramme(ctx, n.id, n.p); err != nil {
				t.Fatalf("%s: %v", n.id, err)
			}
		}
		for _, n := range all {
			back, err := s.LoadProgramme(ctx, n.id)
			if err != nil {
				t.Fatalf("%s: %v", n.id, err)
			}
			if !back.Equal(n.p) {
				t.Errorf("%s read back differs:\n%s\nwant:\n%s", n.id, encoded(t, back), encoded(t, n.p))
			}
		}
		if _, err := s.LoadProgramme(ctx, "other"); !errors.Is(err, ErrNotFound) {
			t.Errorf("LoadProgramme of an id never saved: %v, want ErrNotFound", err)
		}
	})
}

func TestTheListOfProgrammesReadsItsColumns(t *testing.T) {
	p := readProgramme(t, exampleProgramme)
	var want indicator.Count
	for _, pt := range p.Participants {
		want = want.Plus(pt.Sex, 1)
	}
	planned := budget.MustParseMoney("94 000,00 zł")
	onEveryEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		noBudget := p
		noBudget.Budget = nil
		if err := s.SaveProgramme(ctx, "a", p); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveProgramme(ctx, "b", noBudget); err != nil {
			t.Fatal(err)
		}
		list, err := s.Programmes(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 {
			t.Fatalf("%d programmes listed, want 2", len(list))
		}
		a, b := list[0], list[1]
		if a.ID != "a" || a.Name != p.Name || a.Operator != programme.MOPS || a.Period != p.Period || a.Participants != want {
			t.Errorf("listed %+v; want %s, %v, %v, %v", a, p.Name, programme.MOPS, p.Period, want)
		}
		if !a.Planned.Valid || !a.Planned.V.Equal(planned) {
			t.Errorf("planned %v, want %s", a.Planned, planned)
		}
		if b.ID != "b" || b.Planned.Valid {
			t.Errorf("a programme without a budget lists as %+v, want no planned amount", b)
		}
	})
}

func TestAContractRoundTripsAndIsFoundByPESEL(t *testing.T) {
	c := readContract(t)
	p := readProgramme(t, exampleProgramme)
	onEveryEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if err := s.SaveProgramme(ctx, "razem", p); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveContract(ctx, "razem", c); err != nil {
			t.Fatal(err)
		}
		back, err := s.LoadContract(ctx, c.Number)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(c)
		got, _ := json.Marshal(back)
		if !bytes.Equal(got, want) {
			t.Errorf("the contract read back differs:\n%s\nwant:\n%s", got, want)
		}

		list, err := s.ContractsOf(ctx, c.Client.PESEL)
		if err != nil {
			t.Fatal(err)
		}
		wantSummary := ContractSummary{Number: "KS/12/2019", Kind: contract.SocialContract, Track: c.Track,
			State: contract.Active, ConcludedOn: integracja.MustParseDate("2019-06-03"), Period: c.Current().Period}
		if len(list) != 1 || list[0] != wantSummary {
			t.Errorf("contracts of the client: %+v, want %+v", list, wantSummary)
		}
		if list, err := s.ContractsOf(ctx, contract.MustParsePESEL("02270803624")); err != nil || len(list) != 0 {
			t.Errorf("contracts of someone else: %+v, %v", list, err)
		}
	})
}

// TestDocumentsAreDecodedStrictly changes stored documents behind the
// store's back: a field the module does not know is an error on reading,
// with its path, not silently dropped.
func TestDocumentsAreDecodedStrictly(t *testing.T) {
	p := readProgramme(t, exampleProgramme)
	c := readContract(t)
	onEveryEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if err := s.SaveProgramme(ctx, "razem", p); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveContract(ctx, "", c); err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			table, where, path string
			load               func() error
		}{
			{"programme", "id = 'razem'", "colour", func() error { _, err := s.LoadProgramme(ctx, "razem"); return err }},
			{"participant", "seq = 0", "colour", func() error { _, err := s.LoadProgramme(ctx, "razem"); return err }},
			{"budget", "programme_id = 'razem'", "colour", func() error { _, err := s.LoadProgramme(ctx, "razem"); return err }},
			{"contract", "number = 'KS/12/2019'", "colour", func() error { _, err := s.LoadContract(ctx, c.Number); return err }},
		} {
			var doc []byte
			if err := s.DB().QueryRowContext(ctx, "SELECT document FROM "+tt.table+" WHERE "+tt.where).Scan(&doc); err != nil {
				t.Fatal(err)
			}
			bad := append([]byte(`{"colour":"red",`), bytes.TrimPrefix(bytes.TrimSpace(doc), []byte("{"))...)
			if _, err := s.DB().ExecContext(ctx, "UPDATE "+tt.table+" SET document = $1 WHERE "+tt.where, string(bad)); err != nil {
				t.Fatal(err)
			}
			err := tt.load()
			fes := integracja.FieldErrors(err)
			if !errors.Is(err, integracja.ErrUnknown) || len(fes) != 1 || fes[0].Path.String() != tt.path {
				t.Errorf("%s with an unknown field reads with %v; want one unknown field at %q", tt.table, err, tt.path)
			}
			if _, err := s.DB().ExecContext(ctx, "UPDATE "+tt.table+" SET document = $1 WHERE "+tt.where, string(doc)); err != nil {
				t.Fatal(err)
			}
		}
	})
}
