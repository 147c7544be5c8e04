package normalize

import "testing"

// TestHepburnMM: traditional Hepburn writes the moraic n as m before m
// (Nimmyō, Jimmu, Shimmachi), modified Hepburn as n (Ninmyō, Jinmu,
// Shinmachi): one name. A name that does not read as Japanese, or reads
// as morae with no mark of Japanese and is not the other name once its mm
// is read nm, keeps its mm (Emma is not Enna).
func TestHepburnMM(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Nimmyō", "Ninmyō", true},
		{"Nimmyo", "Ninmyo", true},
		{"Jimmu", "Jinmu", true},
		{"Shimmachi", "Shinmachi", true},
		{"Homma Shigeru", "Honma Shigeru", true},
		{"Emperor Nimmyo", "Emperor Ninmyo", true},
		{"Emma", "Enna", false},
		{"Jimmy", "Jinny", false},
		{"Sammy", "Sanny", false},
		{"Hammond", "Hannond", false},
	})
	for _, c := range []struct {
		a, b, wantA, wantB string
		ok                 bool
	}{
		{"Nimmyō", "Ninmyō", "Ninmyō", "Ninmyō", true},
		{"Honma Shigeru", "Homma Shigeru", "Honma Shigeru", "Honma Shigeru", true},
		{"Homma", "Honma", "Honma", "Honma", true},  // no mark of Japanese, but one name once read
		{"Kamma", "Kanmo", "Kamma", "Kanmo", false}, // no mark, two names
		{"Emma", "Enna", "Emma", "Enna", false},
		{"Jimmie", "Jimmy", "Jimmie", "Jimmy", false}, // Jimmy is no morae
		{"Hammond", "Hannond", "Hammond", "Hannond", false},
		{"NIMMYO", "NINMYO", "NIMMYO", "NINMYO", false}, // only a lower-case mm is read
	} {
		gotA, gotB, ok := hepburnMM(c.a, c.b)
		if gotA != c.wantA || gotB != c.wantB || ok != c.ok {
			t.Errorf("hepburnMM(%q, %q) = %q, %q, %v; want %q, %q, %v", c.a, c.b, gotA, gotB, ok, c.wantA, c.wantB, c.ok)
		}
	}
	for _, c := range [][2]string{{"Nimmyo", "Ninmyo"}, {"Ninmyo", "Nimmyo"}, {"Sammanmu", "Sanmammu"}, {"Hamma", "Hanma"}} {
		if !hepburnMMPair(c[0], c[1]) {
			t.Errorf("hepburnMMPair(%q, %q) = false, want true", c[0], c[1])
		}
	}
	for _, c := range [][2]string{{"Jimmie", "Jimmy"}, {"Shimmachi", "Shimachi"}, {"Ninmyo", "Ninmyo"}, {"Emma", ""}, {"", "Emma"}, {"m", "n"}} {
		if hepburnMMPair(c[0], c[1]) {
			t.Errorf("hepburnMMPair(%q, %q) = true, want false: no nm", c[0], c[1])
		}
	}
}

// TestHepburnMMBare: the moraic n before m is m in traditional Hepburn
// and n in modified Hepburn also in names with no other mark of Japanese
// (Homma, Honma; Kammu, Kanmu), when the two names are one name once mm
// is read nm.
func TestHepburnMMBare(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Homma", "Honma", true},
		{"Kammu", "Kanmu", true},
		{"Gemmei", "Genmei", true},
		{"Temmoku", "Tenmoku", true},
		{"Homma", "Honda", false},
		{"Emma", "Enna", false},
		{"Kamma", "Kanmo", false},
	})
}
