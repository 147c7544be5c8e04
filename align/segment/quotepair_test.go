package segment

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// A quotation that follows a closed one without a space, as Chinese
// writes two quoted sentences (“……。”“……。”), opens the next sentence:
// its “ is not a closer of the first, as it is in German „…“.
func TestQuoteAfterClosedQuote(t *testing.T) {
	for _, tc := range []struct {
		lang string
		text string
		want []string
	}{
		{"zh", "他补充道：“我们不能道歉。”“我们必须行动。”英国会面临风险。",
			[]string{"他补充道：“我们不能道歉。”", "“我们必须行动。”", "英国会面临风险。"}},
		{"zh", "她说：‘好的。’‘走吧。’", []string{"她说：‘好的。’", "‘走吧。’"}},
		{"de", "Er sagte: „Wir gehen.“ Dann ging er.", []string{"Er sagte: „Wir gehen.“", "Dann ging er."}},
		{"de", "Er sagte: „Sie rief: ‚Geh.‘“ Dann ging er.", []string{"Er sagte: „Sie rief: ‚Geh.‘“", "Dann ging er."}},
		{"en", "He said, “She told me ‘go.’” Then he left.", []string{"He said, “She told me ‘go.’”", "Then he left."}},
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
