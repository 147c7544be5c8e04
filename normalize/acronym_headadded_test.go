package normalize

import "testing"

// TestAcronymHeadAdded checks acronymHeadAdded (acronym_headadded.go)
// one way round, and through the matcher both ways: an acronym with
// Party after it, and what it keeps apart.
func TestAcronymHeadAdded(t *testing.T) {
	checkRule(t, "acronymHeadAdded", acronymHeadAdded, []ruleCase{
		{"BPF Party", "Belarusian People's Front", true}, // Party Facts
		{"BPF Movement", "Belarusian People's Front", true},
		{"ANC Partei", "African National Congress", true},        // a translation of Party
		{"BPF Front", "Belarusian People's Front", false},        // not Party
		{"BPF Bank", "Belarusian People's Front", false},         // another body
		{"BPN Party", "Belarusian People's Front", false},        // another letter
		{"Bpf Party", "Belarusian People's Front", false},        // not capitals
		{"BPF", "Belarusian People's Front", false},              // no head noun: a1's
		{"B Party", "Belarusian Front", false},                   // one letter
		{"BPF Labour Party", "Belarusian People's Front", false}, // a word more
		{"Belarusian People's Front", "BPF Party", false},        // one way round (eitherWay turns it)
	})
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"BPF Party", "Belarusian People's Front", true},
		{"BPF Bank", "Belarusian People's Front", false},
		{"BPN Party", "Belarusian People's Front", false},
	})
}

// TestAcronymWithHead: the rule as acronymRules asks it, both ways round.
func TestAcronymWithHead(t *testing.T) {
	for _, c := range []ruleCase{
		{"BPF Party", "Belarusian People's Front", true},
		{"Belarusian People's Front", "BPF Party", true},
		{"BPN Party", "Belarusian People's Front", false},
		{"Belarusian People's Front", "BPN Party", false},
	} {
		if got := acronymWithHead(c.a, c.b, nil); got != c.want {
			t.Errorf("acronymWithHead(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
