package normalize

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestCheckInconsistent(t *testing.T) {
	text := "\ufeffAhmed Mirzaei met the press.\nAhmed Mirzaei spoke.\nThe talks ended, and Ahmad Mirzaei left.\n"
	var got []Replacement
	err := DefaultGlossary().Rewrite(nil, strings.NewReader(text), func(r Replacement) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("check reported %d replacements, want 1: %+v", len(got), got)
	}
	r := got[0]
	if r.Rule != RuleInconsistent || r.Form != "Ahmad Mirzaei" || r.Replacement != "Ahmed Mirzaei" || r.Line != 3 || r.Col != 22 || r.OtherLine != 1 || r.OtherCol != 1 {
		t.Errorf("check: %+v; want Ahmad Mirzaei at 3:22, inconsistent with 1:1", r)
	}
	// A rewrite (not a check) reports and changes nothing of the kind.
	var out strings.Builder
	got = got[:0]
	if err := DefaultGlossary().Rewrite(&out, strings.NewReader(text), func(r Replacement) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if out.String() != text || len(got) != 0 {
		t.Errorf("rewrite: %q, %d reports; want the text unchanged and none", out.String(), len(got))
	}
}

// TestRewriteUnified: with Unified, Rewrite rewrites the rarer spelling of
// a name the input spells two ways (rule "inconsistent"); without it, only
// a check reports them.
func TestRewriteUnified(t *testing.T) {
	in := "Thabit Mohammad Saeedreza spoke. Thabit Mohammad Saeedreza left. Then talks: Thabit Mohammad Saeed Reza and Daesh met.\n"
	want := "Thabit Mohammad Saeedreza spoke. Thabit Mohammad Saeedreza left. Then talks: Thabit Mohammad Saeedreza and Islamic State met.\n"
	var out strings.Builder
	var rules []string
	err := DefaultGlossary().Unified().Rewrite(&out, strings.NewReader(in), func(r Replacement) error {
		rules = append(rules, r.Form+":"+r.Rule)
		return nil
	})
	if err != nil || out.String() != want {
		t.Errorf("Unified Rewrite = %q, %v; want %q", out.String(), err, want)
	}
	if wantRules := []string{"Thabit Mohammad Saeed Reza:inconsistent", "Daesh:alias"}; !slices.Equal(rules, wantRules) {
		t.Errorf("reports %q; want %q", rules, wantRules)
	}
	out.Reset()
	if err := DefaultGlossary().Rewrite(&out, strings.NewReader(in), nil); err != nil || strings.Contains(out.String(), "talks: Thabit Mohammad Saeedreza") {
		t.Errorf("Rewrite without Unified = %q, %v; want the spellings as written", out.String(), err)
	}
	// Nothing inconsistent: the same as Rewrite.
	out.Reset()
	if err := DefaultGlossary().Unified().Rewrite(&out, strings.NewReader("A Daesh cell."), nil); err != nil || out.String() != "An Islamic State cell." {
		t.Errorf("Unified Rewrite = %q, %v", out.String(), err)
	}
	if err := DefaultGlossary().Unified().Rewrite(io.Discard, io.MultiReader(strings.NewReader(strings.Repeat("x ", 32<<20)), strings.NewReader("yz")), nil); !errors.Is(err, ErrUnifyTooLong) {
		t.Errorf("Unified Rewrite of 64 MiB + 2 = %v; want ErrUnifyTooLong", err)
	}
}
