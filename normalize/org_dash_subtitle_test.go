package normalize

import (
	"strings"
	"testing"
)

// TestRestatedSubtitle checks restatedSubtitle (org_dash_subtitle.go)
// each way round and through the matcher: a subtitle restating the party,
// and the subtitles of other parties, splits and allies it leaves apart.
func TestRestatedSubtitle(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Slovak Democratic and Christian Union", "Slovak Democratic and Christian Union – Democratic Party", true},
		{"Slovak Democratic and Christian Union", "Slovak Democratic and Christian Union -- Democratic Party", true},
		{"Slovenska demokraticka a krestanska unia - Demokraticka strana", "Slovenská Demokratická a Kresťanská Únia", true},
		{"Broad Convergence for the Salvation of Angola", "Broad Convergence for the Salvation of Angola – Electoral Coalition", true},
		// the head noun first, a connector between
		{"Movimento Democrático Angolano", "Movimento Democrático Angolano — Partido Democrático", true},
		// a word of the subtitle's own: a split, an ally, another party
		{"Indonesian Democratic Party", "Indonesian Democratic Party – Struggle", false},
		{"Saint Lucia Labour Party", "Saint Lucia Labour Party – United Front", false},
		{"Russia's Democratic Choice", "Russia's Democratic Choice – United Democrats", false},
		{"Croatian People's Party", "Croatian People's Party – Liberal Democrats", false},
		{"Social Democratic Party", "Social Democratic Party – Labour Party", false},
		{"Our Ukraine", "Our Ukraine – People's Self-Defense Bloc", false},
		{"Alliance for Democracy and Federation", "Alliance for Democracy and Federation – African Democratic Rally", false},
		// the head's own head noun is no restating word
		{"Democratic Union", "Democratic Union – Union Party", false},
		// the subtitle's party is the head's (a coalition and its member)
		{"Reformed Political Party", "Christian Union – Reformed Political Party", false},
		// another party before the dash
		{"Slovak Christian Union", "Slovak Democratic and Christian Union – Democratic Party", false},
		// a hyphen inside a word is no dash
		{"Pan-Malaysian Islamic", "Pan-Malaysian Islamic Front", false},
		// both dashed
		{"Fidesz – Hungarian Civic Union", "Fidesz – Hungarian Civic Union – Civic Party", false},
	} {
		for _, x := range [2][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := restatedSubtitle(x[0], x[1], nil); got != c.want {
				t.Errorf("restatedSubtitle(%q, %q) = %v; want %v", x[0], x[1], got, c.want)
			}
			if c.want && !m.Same(x[0], x[1]) {
				t.Errorf("Same(%q, %q) = false (%.3f); want true", x[0], x[1], m.Similarity(x[0], x[1]))
			}
		}
	}
}

// TestHeadSwappedSubtitle checks headSwappedSubtitle each way round and
// through the matcher: one name before the dash and subtitles a head noun
// apart; factions' subtitles and hyphens inside words kept apart.
func TestHeadSwappedSubtitle(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"FIDESZ-Hungarian Civic Union", "Fidesz - Hungarian Civic Alliance", true},
		{"FIDESZ-Hungarian Civic Union", "Fidesz — Hungarian Civic Alliance", true},
		{"National Council for the Defense of Democracy – Front for the Defense of Democracy", "National Council for the Defense of Democracy–Forces for the Defense of Democracy", true},
		// factions: a word of their own, one word
		{"Forum for the Restoration of Democracy – Kenya", "Forum for the Restoration of Democracy – Asili", false},
		{"Union of Democratic Forces – Centre", "Union of Democratic Forces - Liberal", false},
		{"Zimbabwe African National Union – Patriotic Front", "Zimbabwe African National Union-Ndongo", false},
		{"Nova Slovenija – Krščanski demokrati", "Nova Slovenija — Krščanska ljudska stranka", false},
		{"Union of Democratic Forces – Liberal Union", "Union of Democratic Forces – Democratic Union", false},
		// two words apart, a head noun among them
		{"Fidesz – Hungarian Civic Union", "Fidesz – Hungarian People's Alliance", false},
		// another name before the dash
		{"Fidesz – Hungarian Civic Union", "Jobbik – Hungarian Civic Alliance", false},
		// hyphens inside words only (two parties)
		{"Pan-Malaysian Islamic Front", "Pan-Malaysian Islamic Party", false},
	} {
		for _, x := range [2][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := headSwappedSubtitle(x[0], x[1]); got != c.want {
				t.Errorf("headSwappedSubtitle(%q, %q) = %v; want %v", x[0], x[1], got, c.want)
			}
			if c.want && !m.Same(x[0], x[1]) {
				t.Errorf("Same(%q, %q) = false (%.3f); want true", x[0], x[1], m.Similarity(x[0], x[1]))
			}
		}
	}
}

// TestSubtitleDash checks where subtitleDash cuts a name.
func TestSubtitleDash(t *testing.T) {
	for _, c := range []struct {
		s, head, tail string
		spaced, ok    bool
	}{
		{"Fidesz - Hungarian Civic Alliance", "Fidesz", "Hungarian Civic Alliance", true, true},
		{"Fidesz — Hungarian Civic Alliance", "Fidesz", "Hungarian Civic Alliance", true, true},
		{"The Union List--Prodi", "The Union List", "Prodi", true, true},
		{"Democracy–Forces for Democracy", "Democracy", "Forces for Democracy", true, true},
		{"A – B – C", "A", "B – C", true, true},
		{"FIDESZ-Hungarian Civic Union", "FIDESZ", "Hungarian Civic Union", false, true},
		{"grün-alternative Gruppen", "", "", false, false},
		{"Social Democrats", "", "", false, false},
		{"- Party", "", "", false, false},
		{"Party -", "", "", false, false},
		{"-Party", "", "", false, false},
	} {
		h, tl, sp, ok := subtitleDash(c.s)
		if ok != c.ok || ok && (h != c.head || tl != c.tail || sp != c.spaced) {
			t.Errorf("subtitleDash(%q) = %q, %q, %v, %v; want %q, %q, %v, %v", c.s, h, tl, sp, ok, c.head, c.tail, c.spaced, c.ok)
		}
		if ok && sp != mayHaveDash(c.s) {
			t.Errorf("mayHaveDash(%q) = %v; want %v (subtitleDash's spaced)", c.s, !sp, sp)
		}
	}
}

// FuzzSubtitleDash checks that subtitleDash's parts are non-empty,
// trimmed, the head where s (trimmed) starts, the tail where it ends, and that the
// quick test (mayHaveDash) sees every spaced dash it cuts at.
func FuzzSubtitleDash(f *testing.F) {
	for _, s := range []string{"Fidesz - Hungarian Civic Alliance", "FIDESZ-Hungarian", "A–B", "a -- b", "x —— y", "- -", "A-B-C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, tl, spaced, ok := subtitleDash(s)
		if !ok {
			return
		}
		if h == "" || tl == "" || strings.TrimSpace(h) != h || strings.TrimSpace(tl) != tl {
			t.Fatalf("subtitleDash(%q) = %q, %q: a part empty or untrimmed", s, h, tl)
		}
		if ts := strings.TrimSpace(s); !strings.HasPrefix(ts, h) || !strings.HasSuffix(ts, tl) || len(h)+len(tl) >= len(ts) {
			t.Fatalf("subtitleDash(%q) = %q, %q: not s's two ends", s, h, tl)
		}
		if spaced && !mayHaveDash(s) {
			t.Fatalf("mayHaveDash(%q) = false, but subtitleDash cut it at a spaced dash", s)
		}
	})
}
