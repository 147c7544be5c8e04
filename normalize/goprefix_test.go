package normalize

import "testing"

// TestGoPrefixDistinct: the Japanese prefix Go- (後, "the later") names
// another emperor after a predecessor: a name and the same name after Go-
// are two names however the prefix is written (hyphen, space, joined), and
// the three writings of one Go- name are one name. Examples from the
// convention: Go-Daigo after Daigo, Go-Toba after Toba, Go-Shirakawa after
// Shirakawa, Go-Mizunoo after Mizunoo, Go-Ichijo after Ichijo.
func TestGoPrefixDistinct(t *testing.T) {
	checkApart(t,
		[][2]string{
			{"Emperor Go-Daigo", "Emperor Daigo"}, {"Emperor Godaigo", "Emperor Daigo"}, {"Emperor Go Daigo", "Emperor Daigo"},
			{"Emperor Go-Shirakawa", "Emperor Shirakawa"}, {"Emperor Gomizunoo", "Emperor Mizunoo"},
			{"Emperor Gotsuchimikado", "Emperor Tsuchimikado"}, {"Go-Ichijo", "Ichijo"},
			{"Go-Shirakawa", "Shirakawa"}, {"Gotsuchimikado", "Tsuchimikado"},
		},
		[][2]string{
			{"Go-Daigo", "Godaigo"}, {"Go Daigo", "Go-Daigo"}, {"Emperor Go-Toba", "Emperor Gotoba"},
			{"Emperor Go-Shirakawa", "Emperor Goshirakawa"}, {"Emperor Go-Daigo", "Go-Daigo"},
		})
}

// TestGoPrefixWords: the rule's reading of the words, pair by pair, both
// ways round: Go- before a word read as Hepburn morae only; the rest of the
// names the same words; titles skipped.
func TestGoPrefixWords(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Go-Daigo", "Daigo", true},
		{"Daigo", "Go-Daigo", true},
		{"Go Daigo", "Daigo", true},
		{"GODAIGO", "Daigo", true},
		{"Emperor Go-Toba", "Toba", true},
		{"Go-Uda", "Uda", true},
		{"Go-Daigo", "Godaigo", false},        // one name, three writings
		{"Go-Daigo", "Go Daigo", false},       // idem
		{"Go-Daigo", "Toba", false},           // other words
		{"Go-Daigo Tenno", "Daigo", false},    // a word more
		{"Gomez", "Mez", false},               // mez is no Hepburn
		{"Gordon Brown", "Rdon Brown", false}, // rdon neither
		{"Gojo", "Jo", false},                 // one mora after go
		{"Go", "Daigo", false},
		{"Go-Go-Daigo", "Daigo", false}, // two prefixes: not this rule
		{"Daigo", "Daigo", false},
	} {
		if got := goPrefixDistinct(c.a, c.b); got != c.want {
			t.Errorf("goPrefixDistinct(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestHasGoWord: the cheap test reads "go" only at a word's start and only
// before a rest that reads as Hepburn morae.
func TestHasGoWord(t *testing.T) {
	for name, want := range map[string]bool{
		"Go-Daigo": true, "Emperor Godaigo": true, "GO-KAMEYAMA": true, "Go Toba": true, "go-Uda": true,
		"Gorbachev": false, "Mikhail Gorbachev": false, "Hugo Boss": false, "Go": false, "Go-": false, "Toba": false,
		"Gojo": false, // one mora after go
	} {
		if got := hasGoWord(name); got != want {
			t.Errorf("hasGoWord(%q) = %v; want %v", name, got, want)
		}
	}
}
