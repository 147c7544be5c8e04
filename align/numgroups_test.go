package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestNumberGroups: a run of three zeros after a digit run and one
// separator is read with the number before it ("60,000": "60" and
// "60000"), not as a number of its own (once "", which "1,000", "2.0" and
// "0" shared): "1,000" and "60,000" share no number feature and no
// anchor, and a sentence whose only number is "2,000" is an orphan
// number against a document that writes only "1,000".
func TestNumberGroups(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"1,000", "1 000:1000"},
		{"about 60,000 people", "60 000:60000"},
		{"1,500,000 votes", "1 500:1500 000:1500000"},
		{"2.000 Menschen", "2 000:2000"},
		{"60 000 habitants", "60 000:60000"},
		{"1 500 habitants", "1 500:1500"},
		{"64,847 cases", "64 847:64847"},
		{"2.0 and 0", "2 0 0"},
		{"3,0000", "3 0000"},
		{"1 and 000", "1 000"},
		{"07,000", "07 000:7000"},
		{"0,000", "0 000"},
		{"१,०००", "1 000:1000"},
	} {
		var got []string
		tokenize(tt.in, nil, func(tok token) {
			if !tok.digit {
				return
			}
			k := tok.key
			if tok.group != "" {
				k += ":" + tok.group
			}
			got = append(got, k)
		}, func(string) {})
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("tokenize(%q): digit runs %q; want %q", tt.in, g, tt.want)
		}
	}

	x := &extractor{table: newWordCache().featureTable(), words: newWordCache()}
	nums := func(s string) (out []string) {
		for _, f := range x.sentFeatures(-1, s, true) {
			if x.table.kinds[f] == kindNumber {
				out = append(out, fmt.Sprint(f))
			}
		}
		return out
	}
	a, b := nums("1,000 people came."), nums("60,000 people came.")
	for _, f := range a {
		if slices.Contains(b, f) {
			t.Errorf("\"1,000\" and \"60,000\" share the number feature %s", f)
		}
	}
	if len(a) != 2 || len(b) != 2 {
		t.Errorf("number features %v, %v; want two each", a, b)
	}
	src := []string{"About 2,000 people marched.", "The march began at noon."}
	tgt := []string{"About 1,000 people marched.", "The march began at 12."}
	fs := [][]uint32{x.sentFeatures(0, src[0], true), x.sentFeatures(1, src[1], true)}
	ft := [][]uint32{x.sentFeatures(0, tgt[0], false), x.sentFeatures(1, tgt[1], false)}
	if os, _ := orphanNumbers(fs, ft, x.table.kinds); !os[0] {
		t.Errorf("orphanNumbers: %q against %q not an orphan", src[0], tgt[0])
	}
	var keys []string
	readAnchorSent("About 2,000 people marched.", nil, nil).keys(true, true, func(k string) { keys = append(keys, k) })
	if !slices.Contains(keys, "#2000") || slices.Contains(keys, "#000") {
		t.Errorf("anchorKeys: %q; want #2000 and no #000", keys)
	}
}

// FuzzNumberGroups: a digit run's group is set only for three digits
// after a separator (numberGroup, left49; "000" alone until then), and is
// ASCII digits without a leading zero ending in them.
func FuzzNumberGroups(f *testing.F) {
	for _, s := range []string{"1,000", "1,500,000", "60 000", "0,000", "१,०००", "1.000.000,5", "a,000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tokenize(s, nil, func(tok token) {
			if tok.group == "" {
				return
			}
			g := tok.group
			if !tok.digit || len(tok.key) != 3 || g[0] == '0' || !strings.HasSuffix(g, tok.key) || strings.Trim(g, "0123456789") != "" {
				t.Errorf("tokenize(%+q): %q has group %q", s, tok.text, g)
			}
		}, func(string) {})
	})
}
