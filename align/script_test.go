package align

import (
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/textio"
)

// TestReadPairScript: a document whose letters are hardly any of its
// language's script is bad input naming the file and the script it is
// in (English given as Japanese: the files swapped); a translation that
// keeps some paragraphs in the source language, a short text and a
// language of a script not checked are read.
func TestReadPairScript(t *testing.T) {
	en := strings.Repeat("The locales package does not come with pre-compiled locale data.\n", 10)
	ja := strings.Repeat("locales パッケージはプリコンパイルされたロケールデータを含んでいません。\n", 10)
	read := func(src, tgt string, sl, tl language.Tag) error {
		_, err := ReadPair(context.Background(), Input{File: textFile("a.txt", src, nil), Lang: sl}, Input{File: textFile("b.txt", tgt, nil), Lang: tl}, PairOptions{})
		return err
	}
	err := read(ja, en, language.English, language.Japanese)
	if err == nil || !errors.Is(err, ErrScript) || !textio.IsBadInput(err) ||
		!strings.HasPrefix(err.Error(), "read b.txt: its letters are in Latin script, hardly any (0 of ") ||
		!strings.Contains(err.Error(), "Japanese (Han and kana) script of ja") {
		t.Errorf("swapped en/ja: %v; want bad input: read b.txt: its letters are in Latin script ...", err)
	}
	for _, tc := range []struct {
		src, tgt string
		sl, tl   language.Tag
	}{
		{en, ja, language.English, language.Japanese},
		{en, en + ja, language.English, language.Japanese},                                  // half left untranslated
		{"Debian GNU/Linux.\n", "Debian GNU/Linux.\n", language.English, language.Japanese}, // too short to judge
		{en, en, language.English, language.MustParse("tlh")},                               // no likely script
		{en, en, language.Und, language.Und},
	} {
		if err := read(tc.src, tc.tgt, tc.sl, tc.tl); err != nil {
			t.Errorf("ReadPair(%s, %s): %v; want it read", tc.sl, tc.tl, err)
		}
	}
}

// TestReadPairScriptTwoScripts: a language written in two scripts accepts
// either, unless the tag names one (Serbian news is in Latin as often as
// in Cyrillic; sr-Cyrl given Latin text is still refused).
func TestReadPairScriptTwoScripts(t *testing.T) {
	latin := strings.Repeat("Vlada Srbije je danas usvojila novi zakon o medijima. ", 20)
	cyrillic := strings.Repeat("Влада Србије је данас усвојила нови закон о медијима. ", 20)
	for _, c := range []struct {
		tag, text string
		ok        bool
	}{
		{"sr", latin, true}, {"sr", cyrillic, true}, {"sr-Latn", latin, true},
		{"sr-Cyrl", latin, false}, {"uz", cyrillic, true}, {"kk", latin, true},
		{"ru", latin, false}, {"zh", "中华人民共和国" + strings.Repeat("的", 300), true},
		{"zh-Hant", latin, false},
	} {
		d := Document{Sentences: []string{c.text}}
		err := checkScript(d, language.MustParse(c.tag))
		if (err == nil) != c.ok {
			t.Errorf("%s: checkScript = %v, want ok %v", c.tag, err, c.ok)
		}
	}
}

// TestScriptErrorNamesTheScript: the message names the script most of the
// letters are in, the same on every run: Han letters count for Chinese,
// Japanese and Korean alike, so kana make a text Japanese and Hangul
// Korean (each Han letter went to whichever script a map's order gave
// first).
func TestScriptErrorNamesTheScript(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{strings.Repeat("中华人民共和国政府今天通过了新的媒体法。", 30), "Chinese (Han) script"},
		{strings.Repeat("日本政府は本日新法案を閣議決定した。", 30), "Japanese (Han and kana) script"},
		{strings.Repeat("대한민국 정부는 오늘 新法을 의결했다. ", 30), "Korean (Hangul) script"},
	} {
		for range 20 {
			err := checkScript(Document{Sentences: []string{c.text}}, language.English)
			if err == nil || !strings.Contains(err.Error(), "letters are in "+c.want+",") {
				t.Fatalf("%.20s... as English: %v; want the letters said to be in %s", c.text, err, c.want)
			}
		}
	}
}
