package align

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

func TestAnchorOrphans(t *testing.T) {
	// An English story and its Icelandic version, with a sentence of
	// the next story inserted in the version (its names and number are
	// nowhere in the English) and a kept sentence whose name is
	// inflected ("Trumps").
	en := []string{
		"President Trump met Boris Johnson in London on Monday.",
		"The talks with Johnson lasted 3 hours.",
		"Trump said the meeting with Johnson in London went well.",
		"Later he flew to Washington with Pompeo.",
		"Pompeo and Trump spoke to reporters in Washington.",
		"It was raining, and the streets of the old city were quiet for most of the day.",
		"Some of the people who had waited outside since early morning went home before the end.",
	}
	is := []string{
		"Trump forseti hitti Boris Johnson í London á mánudag.",
		"Viðræðurnar við Johnson stóðu í 3 klukkustundir.",
		"Að sögn Trumps gekk fundurinn í London vel.",
		"Í Reykjavík sagði Katrín Jakobsdóttir að 42 ný smit hefðu greinst.",
		"Síðar flaug hann til Washington með Pompeo.",
		"Pompeo og Trump ræddu við blaðamenn í Washington.",
		"Það rigndi og götur gamla bæjarins voru hljóðar mestan hluta dagsins.",
		"Sumir þeirra sem höfðu beðið úti frá því snemma um morguninn fóru heim fyrir lokin.",
	}
	os, ot := anchorOrphans(en, is, nil, [2]*tokMemo{}, [2]bool{}, false)
	if want := make([]bool, len(en)); !slices.Equal(os, want) {
		t.Errorf("anchorOrphans: English orphans %v; want %v", os, want)
	}
	if want := []bool{false, false, false, true, false, false, false, false}; !slices.Equal(ot, want) {
		t.Errorf("anchorOrphans: Icelandic orphans %v; want %v", ot, want)
	}

	// The same English against a side most of whose sentences find none
	// of their anchors (names the other script does not keep): no
	// orphans there, the evidence is not to be trusted.
	other := []string{
		"Xyzzy Quux met Plugh Frob in Zork on 9 and then everybody went back to what they were doing before.",
		"Frob said Quux was glad and then everybody went back to what they were doing before.",
		"Later Quux flew to Narnia with Gandalf and then everybody went back to what they were doing before.",
		"Gandalf and Quux spoke in Narnia and then everybody went back to what they were doing before.",
		"Zork Plugh and Frob Gandalf left and then everybody went back to what they were doing before.",
		"President Trump met Johnson and then everybody went back to what they were doing before.",
	}
	if _, ot := anchorOrphans(en, other, nil, [2]*tokMemo{}, [2]bool{}, false); ot != nil {
		t.Errorf("anchorOrphans: a side whose anchors are mostly missing has orphans %v; want none", ot)
	}

	// German capitalizes its nouns: against French they are no anchors,
	// and a sentence of nouns alone is no orphan.
	de := []string{
		"Die Bergsteiger erreichten den Gipfel am Morgen.",
		"Der Schnee auf dem Grat war tief und die Seile gefroren.",
		"Die Träger kehrten mit den Zelten ins Lager zurück.",
		"Am 12. Mai standen Hillary und Norgay oben.",
		"Die Expedition von Hillary kam im Juni nach Kathmandu.",
		"Der Himalaya war ruhig, Norgay lachte in Kathmandu.",
	}
	fr := []string{
		"Les alpinistes atteignirent le sommet le matin.",
		"La neige sur l'arête était profonde et les cordes gelées.",
		"Les porteurs revinrent au camp avec les tentes.",
		"Le 12 mai, Hillary et Norgay étaient au sommet.",
		"L'expédition de Hillary arriva en juin à Kathmandu.",
		"L'Himalaya était calme, Norgay riait à Kathmandu.",
	}
	if os, _ := anchorOrphans(de, fr, nil, [2]*tokMemo{}, [2]bool{}, false); slices.Contains(os, true) {
		t.Errorf("anchorOrphans: German nouns against French give orphans %v; want none", os)
	}
}

// TestAnchorOrphansNounLanguage: a German text of few nouns and many
// small words has a share of capitals under anchorNounCaps, so its nouns
// read as names that French lacks, and its sentences of nouns alone as
// orphans; with its language known to capitalize its nouns, they are no
// anchors.
func TestAnchorOrphansNounLanguage(t *testing.T) {
	de := []string{
		"Am Morgen sind wir dann mit Hillary und auch mit Norgay noch sehr früh losgegangen.",
		"Es war kalt, aber Hillary wollte trotzdem bis ganz nach oben nach Kathmandu schauen.",
		"Wir sind dann mit Norgay und mit Hillary ganz langsam wieder nach unten gegangen.",
		"Hier muss ich mich mit aller Kraft festhalten, nur dann ist der weite Zug noch möglich.",
		"Das linke Handgelenk schmerzt bei der extrem aufgestellten Haltung an dem runden Griff.",
		"Die kleine Warze bohrt sich so in die Kuppe des rechten Fingers, und es tut weh.",
	}
	fr := []string{
		"Le matin, nous sommes partis très tôt avec Hillary et Norgay.",
		"Il faisait froid, mais Hillary voulait regarder vers Kathmandu.",
		"Avec Norgay et Hillary, nous sommes redescendus lentement.",
		"Ici je dois me tenir de toutes mes forces, alors le long mouvement est possible.",
		"Le poignet gauche me fait mal sur la prise ronde.",
		"La petite verrue s'enfonce dans le bout de l'index droit, et ça fait mal.",
	}
	if share := capShare(de, nil); share > anchorNounCaps {
		t.Fatalf("capShare of the German = %.3f; the test wants it under anchorNounCaps %.2f", share, anchorNounCaps)
	}
	if os, _ := anchorOrphans(de, fr, nil, [2]*tokMemo{}, [2]bool{}, false); !slices.Contains(os, true) {
		t.Errorf("anchorOrphans, languages unknown: German nouns gave no orphans %v; the test wants the share to read them as names", os)
	}
	if os, _ := anchorOrphans(de, fr, nil, [2]*tokMemo{}, [2]bool{capitalizesNouns(language.German), false}, false); slices.Contains(os, true) {
		t.Errorf("anchorOrphans, German known: orphans %v; want none", os)
	}
	for _, c := range []struct {
		tag  string
		want bool
	}{{"de", true}, {"de-CH", true}, {"gsw", true}, {"lb", true}, {"fr", false}, {"en", false}, {"und", false}} {
		if got := capitalizesNouns(language.Make(c.tag)); got != c.want {
			t.Errorf("capitalizesNouns(%s) = %v; want %v", c.tag, got, c.want)
		}
	}
}

func TestCapShare(t *testing.T) {
	for _, tc := range []struct {
		sents []string
		want  float64
	}{
		{[]string{"Die Träger kehrten mit den Zelten ins Lager zurück."}, 3.0 / 8},
		{[]string{"Trump met Boris Johnson."}, 2.0 / 3},
		{[]string{"特朗普说了。"}, -1},
	} {
		if got := capShare(tc.sents, nil); got != tc.want {
			t.Errorf("capShare(%q) = %.3f; want %.3f", tc.sents, got, tc.want)
		}
	}
}

// readAnchorSent is readAnchorSentOf of s, tokenized, its tokens appended
// to buf.
func readAnchorSent(s string, wc *wordCache, buf []anchorTok) anchorSent {
	return readAnchorSentOf(nil, 0, s, wc, buf)
}

// readAnchorSents reads each sentence of sents (readAnchorSent), their
// tokens in one slice.
func readAnchorSents(sents []string, wc *wordCache) []anchorSent {
	return readAnchorSentsOf(sents, wc, nil)
}

// capShare is the share of the Latin words of sents, each sentence's
// first aside, that are capitalized (-1: none).
func capShare(sents []string, wc *wordCache) float64 {
	return capShareOf(readAnchorSents(sents, wc))
}
