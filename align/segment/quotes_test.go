package segment

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// quoteCases are segmented in both quotation modes: keep is the expected
// result with QuotesKeep (the default), split with QuotesSplit.
var quoteCases = []struct {
	lang, text  string
	keep, split []string
}{
	{"en", `He said, "We will respond. The enemy will regret it." Then he left.`,
		[]string{`He said, "We will respond. The enemy will regret it."`, "Then he left."},
		[]string{`He said, "We will respond.`, `The enemy will regret it."`, "Then he left."}},
	{"en", `"We will respond. The enemy will regret it," he said.`,
		[]string{`"We will respond. The enemy will regret it," he said.`},
		[]string{`"We will respond.`, `The enemy will regret it," he said.`}},
	// A stop that closes the quotation ends the sentence before a capital,
	// not before a lower-case word.
	{"en", `She turned to him, "This is great." She held the book out.`,
		[]string{`She turned to him, "This is great."`, "She held the book out."},
		[]string{`She turned to him, "This is great."`, "She held the book out."}},
	{"en", `She turned to him, 'This is great.' she said.`,
		[]string{`She turned to him, 'This is great.' she said.`},
		[]string{`She turned to him, 'This is great.' she said.`}},
	// Apostrophes do not open or close quotations.
	{"en", `'I can't stay. They'll wait,' she said. The students' books were gone. Mr. O'Brien left.`,
		[]string{`'I can't stay. They'll wait,' she said.`, "The students' books were gone.", "Mr. O'Brien left."},
		[]string{`'I can't stay.`, `They'll wait,' she said.`, "The students' books were gone.", "Mr. O'Brien left."}},
	// Speech broken off with a dash closes its quotation.
	{"en", `"Why, you see, Miss. So we are doing our best, to--" At this moment Five called out.`,
		[]string{`"Why, you see, Miss. So we are doing our best, to--"`, "At this moment Five called out."},
		[]string{`"Why, you see, Miss.`, `So we are doing our best, to--"`, "At this moment Five called out."}},
	// A quotation that never closes does not hold the stops back.
	{"en", `He said: "We are ready. We will act. Nobody can stop us.`,
		[]string{`He said: "We are ready.`, "We will act.", "Nobody can stop us."},
		[]string{`He said: "We are ready.`, "We will act.", "Nobody can stop us."}},
	// Nor does one that closes in the next paragraph.
	{"en", "He said: \"We are ready. We will act.\n\nNobody can stop us.\" Then he left.",
		[]string{`He said: "We are ready.`, "We will act.", `Nobody can stop us."`, "Then he left."},
		[]string{`He said: "We are ready.`, "We will act.", `Nobody can stop us."`, "Then he left."}},
	// Typography of other languages.
	{"fr", "Il a déclaré : « Nous sommes prêts. Nous agirons. » Puis il est parti.",
		[]string{"Il a déclaré : « Nous sommes prêts. Nous agirons. »", "Puis il est parti."},
		[]string{"Il a déclaré : « Nous sommes prêts.", "Nous agirons. »", "Puis il est parti."}},
	{"de", "Er sagte: „Wir sind bereit. Wir handeln.“ Dann ging er.",
		[]string{"Er sagte: „Wir sind bereit. Wir handeln.“", "Dann ging er."},
		[]string{"Er sagte: „Wir sind bereit.", "Wir handeln.“", "Dann ging er."}},
	{"de", "Er sagte: »Wir sind bereit. Wir handeln.« Dann ging er.",
		[]string{"Er sagte: »Wir sind bereit. Wir handeln.«", "Dann ging er."},
		[]string{"Er sagte: »Wir sind bereit.", "Wir handeln.«", "Dann ging er."}},
	{"pl", "Powiedział: „Jesteśmy gotowi. Działamy.” Potem wyszedł.",
		[]string{"Powiedział: „Jesteśmy gotowi. Działamy.”", "Potem wyszedł."},
		[]string{"Powiedział: „Jesteśmy gotowi.", "Działamy.”", "Potem wyszedł."}},
	{"ru", "«К чему ты готовишься? – спросила мама. – Завтра ведь выходной». Он промолчал.",
		[]string{"«К чему ты готовишься? – спросила мама. – Завтра ведь выходной».", "Он промолчал."},
		[]string{"«К чему ты готовишься? – спросила мама.", "– Завтра ведь выходной».", "Он промолчал."}},
	{"zh", "他说：“我来了。我很高兴。”然后走了。",
		[]string{"他说：“我来了。我很高兴。”", "然后走了。"},
		[]string{"他说：“我来了。", "我很高兴。”", "然后走了。"}},
	// CJK brackets, however long the quotation (the bracket rule of both
	// modes only looks 256 bytes ahead).
	{"ja", "彼は「" + strings.Repeat("これは本当に素晴らしい結果です。", 20) + "」と言った。次の文です。",
		[]string{"彼は「" + strings.Repeat("これは本当に素晴らしい結果です。", 20) + "」と言った。", "次の文です。"},
		append(append([]string{"彼は「これは本当に素晴らしい結果です。"}, slices.Repeat([]string{"これは本当に素晴らしい結果です。"}, 18)...), "これは本当に素晴らしい結果です。」と言った。", "次の文です。")},
	{"ja", "「はい。そうです。」次の文です。", []string{"「はい。そうです。」", "次の文です。"}, []string{"「はい。", "そうです。」", "次の文です。"}},
	// The last sentence of a quotation, without a stop before 」, is not
	// inside a bracket when quotations split (ja NTREX-128 news).
	{"ja", "「戦争をするつもりだった。今は良い関係だ」と彼は述べた。次の文です。",
		[]string{"「戦争をするつもりだった。今は良い関係だ」と彼は述べた。", "次の文です。"},
		[]string{"「戦争をするつもりだった。", "今は良い関係だ」と彼は述べた。", "次の文です。"}},
	// A full-width bracket still holds its sentences in both modes.
	{"ja", "（これは山です。これは高い山）。次の文です。",
		[]string{"（これは山です。これは高い山）。", "次の文です。"},
		[]string{"（これは山です。これは高い山）。", "次の文です。"}},
	// Nested quotations: the outer one decides.
	{"en", `He said: "They told me 'Go home. Now.' So I went." Then he left.`,
		[]string{`He said: "They told me 'Go home. Now.' So I went."`, "Then he left."},
		[]string{`He said: "They told me 'Go home.`, `Now.'`, `So I went."`, "Then he left."}},
}

func TestQuotations(t *testing.T) {
	for _, tc := range quoteCases {
		for _, mode := range []QuoteMode{QuotesKeep, QuotesSplit} {
			want := tc.keep
			if mode == QuotesSplit {
				want = tc.split
			}
			seg, err := New(language.MustParse(tc.lang), WithQuotes(mode))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range seg.SplitString(tc.text) {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s, quotes %s: SplitString(%q) =\n\t%q\nwant\n\t%q", tc.lang, mode, tc.text, got, want)
			}
		}
	}
}
