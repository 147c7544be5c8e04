package normalize

import "testing"

// TestDiscoverOfficeNounOpensRun: a capitalised noun of office (the post a
// person holds: Director, Coroner, Sheriff, Prosecutor) written before a
// personal name is no part of the name, wherever it stands in the run
// ("Director James Cameron", "Cork County Coroner Ann Keane"); an
// abbreviated playing position (GK, DF, MF, FW, as Japanese sports news
// writes them) likewise ("FW Sato"). Not cut: a run the office noun ends or
// that leaves one word after it ("Director Smith" may be the name a text
// uses), nor a descriptor that is no noun of office at the head of an
// organisation's name ("Foreign Ministry", "Defense Intelligence Agency").
func TestDiscoverOfficeNounOpensRun(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // forms that must be counted
		not  []string // forms that must not
	}{
		{"Director Ingrid Holm opened the festival. Holm said it rained.", []string{"Ingrid Holm"}, []string{"Director Ingrid Holm"}},
		{"Cork County Coroner Ann Keane said the inquest would open.", []string{"Ann Keane"}, []string{"Cork County Coroner Ann Keane"}},
		{"Sheriff Tom Brady said so. Prosecutor Lena Dahl agreed.", []string{"Tom Brady", "Lena Dahl"}, []string{"Sheriff Tom Brady", "Prosecutor Lena Dahl"}},
		{"In the match, FW Sato and MF Kenji Ito were on the bench.", []string{"Sato", "Kenji Ito"}, []string{"FW Sato", "MF Kenji Ito"}},
		{"Foreign Ministry officials said so, and Defense Intelligence Agency staff agreed.", []string{"Foreign Ministry", "Defense Intelligence Agency"}, nil},
		{"They met Director Smith on Monday.", []string{"Director Smith"}, nil},
	} {
		checkCounted(t, tc.in, tc.want, tc.not)
	}
}

// TestDiscoverHeadlineNoLongForm: a line written in title case (a
// headline: nearly every word of four letters or more capitalised, a
// preposition or conjunction among them, no sentence ending inside it)
// says nothing by its capitals, so a run of
// capitals there is no long form of a short form unless the text also
// writes it in a sentence: "Help Arrives Amid Ciara" is no long form of
// "Ciara". A name a sentence writes keeps its short form ("Anna Berg").
func TestDiscoverHeadlineNoLongForm(t *testing.T) {
	body := "\nThe council met on Tuesday and said the rains would go on, and Berg said the roads were shut for the week.\nCiara passed at night. Berg agreed.\n"
	for _, tc := range []struct {
		in, long string
		related  bool
	}{
		{"[Help Arrives Amid Ciara] Volunteers Bring Food to Towns Flooded by the River" + body, "Help Arrives Amid Ciara", false},
		{"Quick Work After Floods Wins Praise for Anna Berg" + body, "Anna Berg", false},
		{"Quick Work After Floods Wins Praise for Anna Berg" + body + "Anna Berg left at noon.\n", "Anna Berg", true},
		// A line of names alone has no capitalised closed-class word: no headline.
		{"Anna Berg, Lena Dahl and Tom Brady (Mayors of the Valley)" + body, "Anna Berg", true},
		// A sentence with a few capitals is no headline.
		{"The mayors said that Anna Berg had done quick work after the floods." + body, "Anna Berg", true},
	} {
		if got, clusters := hasShortForm(tc.in, tc.long); got != tc.related {
			t.Errorf("%q: %q has a short form: %v, want %v (clusters %v)", tc.in, tc.long, got, tc.related, clusters)
		}
	}
}

// checkCounted adds in to a new Discoverer and checks that each form of
// want is counted as a name and no form of not is.
func checkCounted(t *testing.T, in string, want, not []string) {
	t.Helper()
	d := NewDiscoverer()
	d.Add(in)
	counts, _, _ := d.withoutOpeners()
	for _, f := range want {
		if counts[f] == 0 {
			t.Errorf("%q: %q not counted (counts %v)", in, f, counts)
		}
	}
	for _, f := range not {
		if counts[f] != 0 {
			t.Errorf("%q: %q counted (counts %v)", in, f, counts)
		}
	}
}
