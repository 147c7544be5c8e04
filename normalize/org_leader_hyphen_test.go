package normalize

import "testing"

// TestLeaderHyphen checks leaderSubtitle's reading of a leader's name
// after a hyphen without spaces (org_leader_hyphen.go), each way round and
// through the matcher, and the hyphens it leaves alone.
func TestLeaderHyphen(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Bosnian-Herzegovinian Patriotic Party", "Bosnian-Herzegovinian Patriotic Party-Sefer Halilović", true},
		{"Patriotic Party", "Patriotic Party-Sefer Halilovic", true},
		// one word after the hyphen: a faction, a place, a split
		{"Peasants' Party", "Peasants' Party-Lupu", false},
		{"Zimbabwe African National Union", "Zimbabwe African National Union-Ndongo", false},
		{"Forum for the Restoration of Democracy", "Forum for the Restoration of Democracy-Kenya", false},
		// two words the tables know: an ally or a subtitle
		{"Croatian People's Party", "Croatian People's Party-Liberal Democrats", false},
		// a name in another language after the hyphen
		{"Ruotsalainen Kansanpuolue", "Ruotsalainen kansanpuolue-Svenska Arbetarpartiet", false},
		// a head of one word
		{"Patriotic", "Patriotic-Sefer Halilovic", false},
		// another party before the leader
		{"Bosnian-Herzegovinian Patriotic Party", "Bosnian Democratic Union-Sefer Halilović", false},
	} {
		for _, x := range [2][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := leaderSubtitle(x[0], x[1], nil); got != c.want {
				t.Errorf("leaderSubtitle(%q, %q) = %v; want %v", x[0], x[1], got, c.want)
			}
			if c.want && !m.Same(x[0], x[1]) {
				t.Errorf("Same(%q, %q) = false (%.3f); want true", x[0], x[1], m.Similarity(x[0], x[1]))
			}
		}
	}
	for _, c := range []struct {
		s, head, tail string
		ok            bool
	}{
		{"Bosnian-Herzegovinian Patriotic Party-Sefer Halilović", "Bosnian-Herzegovinian Patriotic Party", "Sefer Halilović", true},
		{"Alsace-Lorraine Party Union", "", "", false},
		{"Alsace Party-Liberal Democratic Union", "", "", false},
		{"Party-list", "", "", false},
		{"Party - Sefer Halilovic", "", "", false},
	} {
		h, tl, ok := capHyphen(c.s, "Party")
		if ok != c.ok || ok && (h != c.head || tl != c.tail) {
			t.Errorf("capHyphen(%q) = %q, %q, %v; want %q, %q, %v", c.s, h, tl, ok, c.head, c.tail, c.ok)
		}
		if c.ok && !mayHaveCapHyphen(c.s) {
			t.Errorf("mayHaveCapHyphen(%q) = false; want true", c.s)
		}
	}
}

// TestMayHaveCapHyphenLeader checks leaderSubtitle's quick test: the
// longer name's hyphen before a capital, six bytes more at least.
func TestMayHaveCapHyphenLeader(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Patriotic Party", "Patriotic Party-Sefer Halilovic", true},
		{"Patriotic Party-Sefer Halilovic", "Patriotic Party", true},
		{"Patriotic Party-Elan", "Patriotic Party", false},     // five bytes more
		{"Patriotic Party-union Ab", "Patriotic Party", false}, // small letter after
		{"Patriotic Party -Sefer Halilovic", "Patriotic Party", false},
		{"Patriotic Party--Sefer Halilovic", "Patriotic Party", false},
		{"-Sefer Halilovic Party", "Party", false},
	} {
		if got := mayHaveCapHyphenLeader(c.a, c.b); got != c.want {
			t.Errorf("mayHaveCapHyphenLeader(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
