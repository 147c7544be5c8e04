package normalize

import "testing"

// TestHepburnMM: traditional Hepburn writes the moraic n as m before m
// (Nimmyō, Jimmu, Shimmachi), modified Hepburn as n (Ninmyō, Jinmu,
// Shinmachi): one name. A name that does not read as Japanese, or reads
// as morae with no mark of Japanese, keeps its mm (Emma is not Enna).
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
		{"Homma", "Honma", "Homma", "Honma", false}, // morae without a mark of Japanese
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
