package segment

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// A dash in the middle of a line is no bullet: "Kogi - 5." is a state and
// its count, as Hausa and English news list them, not an item "5." that a
// dash opens. A dash at a line start still opens one.
func TestDashBeforeNumberMidLine(t *testing.T) {
	for _, tc := range []struct {
		lang string
		text string
		want []string
	}{
		{"en", "Lagos - 12, Kogi - 5, and Rivers - 80. Then it ended.",
			[]string{"Lagos - 12, Kogi - 5, and Rivers - 80.", "Then it ended."}},
		{"ha", "Jihohin sun hada da Kogi - 5, da Cross Rivers - 80. Sin Ta Cimma Nasara.",
			[]string{"Jihohin sun hada da Kogi - 5, da Cross Rivers - 80.", "Sin Ta Cimma Nasara."}},
		{"en", "The final score was Arsenal – 2. The fans left.",
			[]string{"The final score was Arsenal – 2.", "The fans left."}},
		{"en", "Steps:\n- 1. Open the box.\n- 2. Take it out.",
			[]string{"Steps:", "- 1. Open the box.", "- 2. Take it out."}},
		{"en", "Items • 1. Open the box. • 2. Take it out.",
			[]string{"Items", "• 1. Open the box.", "• 2. Take it out."}},
	} {
		s, err := New(language.Make(tc.lang))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range s.SplitString(tc.text) {
			got = append(got, x.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}
