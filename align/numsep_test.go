package align

import (
	"slices"
	"strings"
	"testing"
)

// TestThousandsSeparators: a number written with any language's
// thousands separator, or with none, has its value among its number
// features and anchors: "1,500" (English), "1.500" (German), "1 500",
// "1 500", "1 500" (French, Czech, Russian), "1'500" (Swiss) and
// "1500" share "1500"; "2.500.000" and "2500000" share "2500000"; the
// Indian "2,06,737" is 206737. Until left49 only a "000" group was read
// with the number before it: "1,500" gave "1" and "500", met "1500"
// nowhere, and met any "500" of the other document, so that a Czech
// sentence "... stáří 12 500 let." dropped from the English version was
// paired through the "500" of another number (cs-en edited, news dev).
func TestThousandsSeparators(t *testing.T) {
	numbers := func(s string) (keys []string) {
		tokenize(s, nil, func(tok token) {
			if tok.digit {
				if tok.group != "" {
					keys = append(keys, tok.group)
				} else {
					keys = append(keys, strings.TrimLeft(tok.key, "0"))
				}
			}
		}, func(string) {})
		return keys
	}
	for _, c := range []struct {
		in    []string
		value string
	}{
		{[]string{"1,500 people", "1.500 Menschen", "1 500 personnes", "1\u00a0500 personnes", "1\u202f500 человек", "1'500 Leute", "1’500 Leute", "1500 lidí"}, "1500"},
		{[]string{"2,500,000 votes", "2.500.000 Stimmen", "2 500 000 hlasů", "2500000 votes"}, "2500000"},
		{[]string{"1,000", "1.000", "1 000", "1000"}, "1000"},
		{[]string{"2,06,737 cases", "206,737 例", "206737"}, "206737"},
		{[]string{"64,847 cases", "64 847 случаев", "64847"}, "64847"},
	} {
		for _, s := range c.in {
			if got := numbers(s); !slices.Contains(got, c.value) {
				t.Errorf("%q: number keys %q; want %q among them", s, got, c.value)
			}
			var keys []string
			readAnchorSent(s, nil, nil).keys(true, true, func(k string) { keys = append(keys, k) })
			if !slices.Contains(keys, "#"+c.value) {
				t.Errorf("%q: anchor keys %q; want %q among them", s, keys, "#"+c.value)
			}
		}
	}
	// Not groups: a decimal of one or two digits, a list, a date, a
	// leading zero.
	for _, c := range []struct{ in, want string }{
		{"2,5 Millionen", "2 5"},
		{"1, 500", "1 500"},
		{"12.05.2020", "12 5 2020"},
		{"2,06 Euro", "2 6"},
		{"0,500", " 500"},
	} {
		if got := strings.Join(numbers(c.in), " "); got != c.want {
			t.Errorf("%q: number keys %q; want %q", c.in, got, c.want)
		}
	}

	// "12 500" no longer meets a "500" of the other document: the
	// sentence is an orphan number.
	x := &extractor{table: newWordCache().featureTable(), words: newWordCache()}
	src := []string{"The youngest tools are 12 500 years old.", "They found 40 tools."}
	tgt := []string{"They found 40 tools and 500 flakes.", "The cave is high."}
	fs := [][]uint32{x.sentFeatures(0, src[0], true), x.sentFeatures(1, src[1], true)}
	ft := [][]uint32{x.sentFeatures(0, tgt[0], false), x.sentFeatures(1, tgt[1], false)}
	if os, _ := orphanNumbers(fs, ft, x.table.kinds); !os[0] || os[1] {
		t.Errorf("orphanNumbers: %q against %q: %v; want the first alone an orphan", src, tgt, os)
	}
}
