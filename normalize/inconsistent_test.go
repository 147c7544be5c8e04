package normalize

import (
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
