package align

import (
	"context"
	"fmt"
	"testing"
)

func TestBracketEnds(t *testing.T) {
	for _, tc := range []struct {
		s           string
		open, close bool
	}{
		{"Der Gipfel ( Sherpa-Liste Nr.", true, false},
		{"57 ) und am 11. Mai Kato .", false, true},
		{"( Nov .", true, false},
		{"1956 ) , p. 310 ( a ) .", false, true},
		{"Er kam ( spät ) an .", false, false},
		{"a ) b ( c", true, true},
		{"也不会将其与自己的纳米研究项目相联系（由此联想到", true, false},
		{"[ 12 ] und", false, false},
	} {
		o, c := bracketEnds(tc.s)
		if o != tc.open || c != tc.close {
			t.Errorf("bracketEnds(%q) = %v, %v; want %v, %v", tc.s, o, c, tc.open, tc.close)
		}
	}
}

// TestBracketCut: a bead border between a sentence that leaves a bracket
// open and the next, which closes it, costs bracketCutCost on each side
// where it falls; the document's ends and other borders cost nothing.
func TestBracketCut(t *testing.T) {
	p := defaultParams()
	us := []unit{{skip: 1, chars: 20}, {skip: 1, chars: 20, openB: true}, {skip: 1, chars: 5, closeB: true}, {skip: 1, chars: 20}}
	ut := []unit{{skip: 1, chars: 20}, {skip: 1, chars: 20, openB: true}, {skip: 1, chars: 5, closeB: true}}
	sc := newScorer(&p, us, ut, newMatcher(nil))
	for _, tc := range []struct {
		sp   span
		want float64
	}{
		{span{1, 2, 1, 2}, 2 * bracketCutCost},
		{span{1, 2, 0, 1}, bracketCutCost},
		{span{1, 2, 1, 1}, bracketCutCost}, // a skip of the source sentence
		{span{1, 1, 1, 2}, bracketCutCost},
		{span{1, 3, 1, 3}, 0}, // the target side ends the document
		{span{0, 1, 0, 1}, 0},
		{span{2, 3, 2, 3}, 0},
	} {
		if got := sc.bracketCut(tc.sp); got != tc.want {
			t.Errorf("bracketCut(%v) = %.1f; want %.1f", tc.sp, got, tc.want)
		}
	}
	plain := newScorer(&p, []unit{us[0], {skip: 1, chars: 20}, {skip: 1, chars: 5}, us[3]}, ut, newMatcher(nil))
	if d := sc.cost(span{1, 2, 0, 1}) - plain.cost(span{1, 2, 0, 1}); d != bracketCutCost {
		t.Errorf("cost with a cut bracket is %.3f over the same bead without; want %.1f", d, bracketCutCost)
	}
}

// TestBracketSentenceKept: a sentence the splitter cut inside a
// parenthesis after an abbreviation ("Nr.") stays one bead with its
// translation instead of leaving its tail unmatched.
func TestBracketSentenceKept(t *testing.T) {
	src := []string{
		"Am Morgen brachen wir vom Lager auf und stiegen zum Grat .",
		"Der Gipfel wurde am 9. Mai von Imanishi mit dem Sherpa Gyalzen erreicht ( Sherpa-Liste Nr.",
		"57 ) .",
		"Am Abend kehrten alle ins Lager zurück .",
	}
	tgt := []string{
		"Le matin , nous avons quitté le camp et sommes montés vers l' arête .",
		"Le sommet fut atteint le 9 mai par Imanishi et le sherpa Gyalzen ( n° 57 du rôle des sherpas ) .",
		"Le soir , tous sont rentrés au camp .",
	}
	res, err := Align(context.Background(), Document{Sentences: src}, Document{Sentences: tgt}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range res.Beads {
		got = append(got, fmt.Sprint(LinkOf(b).Src, LinkOf(b).Tgt))
	}
	want := "[[0] [0] [1 2] [1] [3] [2]]"
	if fmt.Sprint(got) != want {
		t.Errorf("beads %v; want %s", got, want)
	}
}
