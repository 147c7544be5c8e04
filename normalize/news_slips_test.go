package normalize

import (
	"slices"
	"testing"
)

// TestCheckSlipDerivedPlural: the plural of a place and the plural of its
// demonym are one letter apart ("Koreas", "Koreans") and two words, not a
// slip of one surname; a surname's slip beside them is still reported.
func TestCheckSlipDerivedPlural(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Talks between the two Moravas stalled. Many North Moravans crossed the river.\n", nil},
		{"The two Koreas met. North Koreans fled, said Ivan Kowalczyk. Kowalcyzk spoke.\n",
			[]string{"Kowalcyzk>Kowalczyk"}},
	}
	for _, tc := range cases {
		if got := checkPairs(t, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("check %q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDiscoverShortFormStrays: over a folder, a surname alone in a story
// of its own (another person there) is no short form of a full name met in
// one other story, though that story writes the surname alone too; a full
// name in several stories keeps its short form, and a story with another
// full name of the surname (O.J. Simpson) is no stray.
func TestDiscoverShortFormStrays(t *testing.T) {
	school := "Marta Okonkwo, the girl's grandmother, spoke in Tulsa. Okonkwo said the school in Tulsa was wrong.\n"
	football := "The Bills beat Miami. Okonkwo threw two passes to Diggs in Buffalo, and Okonkwo ran once.\n"
	filler := "Rain fell on Oslo. Bergen stayed dry.\n"
	got := relatedOf(t, school, football, filler)
	if got["Marta Okonkwo <- Okonkwo"] {
		t.Errorf("a surname of another story related to the full name of one (all: %v)", got)
	}
	if got := relatedOf(t, school, filler); !got["Marta Okonkwo <- Okonkwo"] {
		t.Errorf("one story: want Okonkwo related to Marta Okonkwo, got %v", got)
	}
	// The full name in two stories: a name the folder knows.
	school2 := "Marta Okonkwo visited Lagos. Okonkwo met pupils in Lagos.\n"
	if got := relatedOf(t, school, school2, football, filler); !got["Marta Okonkwo <- Okonkwo"] {
		t.Errorf("a full name in two stories: want Okonkwo related to Marta Okonkwo, got %v", got)
	}
	// The football story names its own Okonkwo in full: no stray, and the
	// surname goes to neither (two people).
	football2 := "The Bills beat Miami. Femi Okonkwo threw two passes to Diggs in Buffalo, and Okonkwo ran once.\n"
	if got := relatedOf(t, school, football2, filler); got["Marta Okonkwo <- Okonkwo"] || got["Femi Okonkwo <- Okonkwo"] {
		t.Errorf("two full names of one surname: want Okonkwo related to neither, got %v", got)
	}
}

// TestCheckInitialAfterQuote: an initial after the comma and closing
// quote of quoted speech ('"...," D. Kowalski said') is mid-sentence, as
// after a comma; after a full stop and a quote it is not.
func TestCheckInitialAfterQuote(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Dorota Kowalski runs the fund. \"We paid the grants,\" D. Kowalski said.\n",
			[]string{"D. Kowalski>Dorota Kowalski"}},
		{"Dorota Kowalski runs the fund. \"We paid the grants,” D. Kowalski said.\n",
			[]string{"D. Kowalski>Dorota Kowalski"}},
		{"Dorota Kowalski runs the fund. \"We paid the grants.\" D. Kowalski left.\n", nil},
	} {
		if got := checkPairs(t, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("check %q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCheckSlipSameFirstWords: two full names, neither surname written
// alone, the words before the surname the same (one name the tail of the
// other) and the surnames one letter apart, are one name misspelt; the
// longer (the first, full introduction) gives the spelling at a tie. Two
// names with different words before stay apart.
func TestCheckSlipSameFirstWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The minister, Youssef Abdel Rahmuon, spoke. Abdel Rahmoun said the relics were back.\n",
			[]string{"Rahmoun>Rahmuon"}},
		{"The Olympic Games opened near the Karamon Gates of the town.\n", nil},
		{"Paul Brenner met Anna Brennar in Vienna.\n", nil},
	} {
		if got := checkPairs(t, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("check %q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCheckSlipGivenNames: the first word of a two-word name whose last
// word is written alone is a given name ("Wayde Simmons", "Simmons"), and given
// names one letter apart are two people as likely as one (a father Wayne,
// a son Wayde); a surname's slip is still reported.
func TestCheckSlipGivenNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Wayde Simmons was shot. Simmons was 20. His father, Wayne, played for the college. Wayde grew up there.\n", nil},
		{"Wayde Simmons was shot. Simmons was 20. His father, Wayne, played for the college, as Simons did.\n", []string{"Simons>Simmons"}},
	} {
		if got := checkPairs(t, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("check %q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDiscoverPortfolioName: the capitalised words after a title and "of"
// or "for" are the portfolio, then the name ("Secretary of State Mike
// Pompeo"): when the text writes the last word alone (a surname, never in
// lower case), the name is the last two words. A run whose last word the
// text writes in lower case too stays whole ("President of the
// International Olympic Committee", "the committee").
func TestDiscoverPortfolioName(t *testing.T) {
	got := relatedOf(t, "The Secretary of State Mike Pompeo arrived in Oslo. Pompeo met the press.\n")
	if !got["Mike Pompeo <- Pompeo"] || got["State Mike Pompeo <- Pompeo"] {
		t.Errorf("want Mike Pompeo <- Pompeo, got %v", got)
	}
	d := NewDiscoverer()
	d.Add("The Minister for Digital Affairs Aino Tamm spoke. Tamm said the plan was ready.\n" +
		"The President of the International Olympic Committee spoke in Oslo. Committee members met, and the committee agreed.\n")
	counts, _, _ := d.withoutOpeners()
	if counts["Aino Tamm"] != 1 || counts["Digital Affairs Aino Tamm"] != 0 {
		t.Errorf("Aino Tamm %d, Digital Affairs Aino Tamm %d; want 1, 0", counts["Aino Tamm"], counts["Digital Affairs Aino Tamm"])
	}
	if counts["International Olympic Committee"] != 1 {
		t.Errorf("International Olympic Committee %d, want 1 (its last word is a common noun)", counts["International Olympic Committee"])
	}
}

// TestDiscoverBangInName: a "!" between two letters, no space, is inside a
// name ("Yahoo!News"), not the end of a sentence: its second word is no
// name alone, no short form of "Kyodo News".
func TestDiscoverBangInName(t *testing.T) {
	got := relatedOf(t, "Quake of magnitude 5 hits Ibaraki (Kyodo News) - Yahoo!News\n\nThe quake hit Ibaraki at noon.\n")
	if got["Kyodo News <- News"] {
		t.Errorf("News of Yahoo!News related to Kyodo News: %v", got)
	}
	// Its parts are not its words: "Korea" is no short form of "WoW!Korea".
	if got := relatedOf(t, "Stars of K-pop (WoW!Korea) - Yahoo!News\n\nThe stars toured Korea in May.\n"); got["WoW!Korea <- Korea"] {
		t.Errorf("Korea related to WoW!Korea: %v", got)
	}
	// A sentence that ends in "!" before a space still ends.
	d := NewDiscoverer()
	d.Add("They won! Kyodo reported it.\n")
	if counts, _, _ := d.withoutOpeners(); counts["Kyodo"] != 1 {
		t.Errorf("Kyodo %d, want 1: %v", counts["Kyodo"], counts)
	}
}
