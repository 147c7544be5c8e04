package normalize

import "testing"

// TestLongVowelSim: a long vowel spelled eigh (the /aɪ/ of height) read as
// the other name's i or y before one consonant and an e, and a final gue
// after one vowel letter read as g after the other name's long spelling of
// that vowel, in both orders and any case. A short i is another vowel
// (Leighton, Litton), a word the pronouncing table says with /eɪ/ is not
// read as i (Speight, Spite), a short vowel before g is not the gue's
// (Bogue, Bog), and names of several words or found in running text are
// left.
func TestLongVowelSim(t *testing.T) {
	kept := [][2]string{
		{"Keightley", "Kiteley"}, // eigh as the i of i-t-e
		{"Keighley", "Kiley"},    // eigh before l, as the i of i-l-e
		{"KEIGHLEY", "kiley"},    // any case
		{"Bogue", "Boag"},        // a final gue after o as the g after oa
		{"Rogue", "Roeg"},        // after oe
	}
	apart := [][2]string{
		{"Leighton", "Litton"},      // a short i (two consonants after it)
		{"Keightley", "Kitley"},     // the same: no e marks the i long
		{"Speight", "Spite"},        // the table says Speight with /eɪ/
		{"Streight", "Strite"},      // the same
		{"Keighley", "Kayley"},      // eigh is not read as ay here (pivot_variants.go: before t)
		{"Leigh", "Lie"},            // a final eigh is left
		{"Keightley", "Kiteman"},    // read, then another ending
		{"Bogue", "Bog"},            // a short o before g
		{"Bogue", "Bogle"},          // a letter more
		{"Bogue", "Boak"},           // another consonant
		{"Teague", "Teag"},          // gue after a vowel pair is left
		{"Rogue", "Roeg Smith"},     // names of one word only
		{"Keighley", "Kiley Smith"}, // the same
	}
	for _, p := range kept {
		for _, q := range [][2]string{p, {p[1], p[0]}} {
			if got := Similarity(q[0], q[1]); got < SameThreshold {
				t.Errorf("Similarity(%q, %q) = %.3f; want >= %.2f", q[0], q[1], got, SameThreshold)
			}
		}
	}
	for _, p := range apart {
		for _, q := range [][2]string{p, {p[1], p[0]}} {
			if got := Similarity(q[0], q[1]); got >= SameThreshold {
				t.Errorf("Similarity(%q, %q) = %.3f; want < %.2f", q[0], q[1], got, SameThreshold)
			}
		}
	}
}

// TestLongVowelReading: the rewriting itself, one name against the other.
func TestLongVowelReading(t *testing.T) {
	tests := []struct{ name, other, want string }{
		{"Keightley", "Kiteley", "Kitley"},
		{"Keighley", "Kiley", "Kiley"},
		{"Keighley", "Kyley", "Kyley"},
		{"Bogue", "Boag", "Boag"},
		{"Hague", "Haig", "Haig"},
		{"Hague", "Hayg", "Hayg"},
		{"Rogue", "Roeg", "Roeg"},
		{"Kiteley", "Keightley", ""},  // the other way: no eigh in name
		{"Keightley", "Keightly", ""}, // the other writes eigh too
		{"Keightley", "Kotley", ""},   // no i or y in the other
		{"Speight", "Spite", ""},      // said /eɪ/ by the table
		{"Leigh", "Lie", ""},          // final eigh
		{"Teague", "Teag", ""},        // gue after a vowel pair
		{"Bogue", "Bug", ""},          // no long spelling of o
		{"Bogue", "Doag", ""},         // the letters before differ
		{"Bog-ue", "Boag", ""},        // not ASCII letters only
		{"Keighley", "Kiley-Ann", ""}, // the same
		{"Bogue", "Boa", ""},          // the other does not end in g
		{"Heigh", "Hi", ""},           // too short
		{"Aeigh", "Aite", ""},         // a final eigh
	}
	for _, tt := range tests {
		if got := longVowelReading(tt.name, tt.other); got != tt.want {
			t.Errorf("longVowelReading(%q, %q) = %q; want %q", tt.name, tt.other, got, tt.want)
		}
	}
}

// TestLongVowelLetters: the quick test finds every word the reading needs
// and passes most others.
func TestLongVowelLetters(t *testing.T) {
	for w, want := range map[string]bool{
		"Keightley": true, "Keighley": true, "Bogue": true, "HAGUE": true,
		"Leigh": false, "Kiley": false, "Boag": false, "Gue": false, "Hughes": false, "Smith": false,
	} {
		if got := longVowelLetters(w); got != want {
			t.Errorf("longVowelLetters(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestLongVowelNotInText: in running text (a check's names) the reading is
// left, as englishsound.go's: a capitalised word there may be an English
// word.
func TestLongVowelNotInText(t *testing.T) {
	s := &simState{inText: true}
	if got := s.longVowelSim("Bogue", "Boag", 0.62); got != 0.62 {
		t.Errorf("longVowelSim in text = %.3f; want 0.620", got)
	}
	s = &simState{}
	if got := s.longVowelSim("Bogue", "Boag", 0.62); got < SameThreshold {
		t.Errorf("longVowelSim = %.3f; want >= %.2f", got, SameThreshold)
	}
}

// FuzzLongVowelReading: the reading never panics on any pair of strings,
// and what it returns is empty or ASCII letters whose first letters are
// the name's.
func FuzzLongVowelReading(f *testing.F) {
	for _, p := range [][2]string{{"Keightley", "Kiteley"}, {"Bogue", "Boag"}, {"Leigh", "Lie"}, {"Aeigh", ""}, {"gue", "g"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, name, other string) {
		got := longVowelReading(name, other)
		if got == "" {
			return
		}
		if !asciiLetters(got) || got[0] != name[0] {
			t.Errorf("longVowelReading(%q, %q) = %q; want ASCII letters opening with %q", name, other, got, name[:1])
		}
	})
}
