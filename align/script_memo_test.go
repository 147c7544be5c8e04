package align

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"
)

// checkScriptEach is checkScript with its counting as it was before its
// memo of the runes below scriptMemo: every rune asked of package
// unicode. The reference the memo must agree with (the language's script
// and the verdict from the counts are checkScript's own).
func checkScriptEach(d Document, lang language.Tag) error {
	code, ok := scriptChecked(lang)
	if !ok {
		return nil
	}
	want := scripts[code]
	total, in := 0, 0
	other := map[string]int{}
	for _, s := range d.Sentences {
		for _, r := range s {
			if !unicode.IsLetter(r) {
				continue
			}
			total++
			if unicode.In(r, want.tables...) {
				in++
			} else {
				for c, o := range scripts {
					if unicode.In(r, o.tables...) {
						other[c]++
					}
				}
			}
		}
		if total >= maxScriptLetters {
			break
		}
	}
	return scriptVerdict(code, lang, in, total, other)
}

// TestCheckScriptMemo checks that checkScript with its memo gives the
// error (with its counts) or nil that asking package unicode of every
// rune gave, on texts mixing the scripts below scriptMemo, marks, digits,
// Han and kana, declared in languages of each script.
func TestCheckScriptMemo(t *testing.T) {
	pieces := []string{
		"The locales package does not come with pre-compiled data. ",
		"Пакет locales не содержит скомпилированных данных. ",
		"Το πακέτο δεν περιέχει δεδομένα. ",
		"الحزمة لا تحتوي على بيانات مُجمّعة. ",
		"החבילה אינה כוללת נתונים. ",
		"locales パッケージはデータを含んでいません。",
		"数据包不包含预编译数据。",
		"Ölpreis: 90 € für Brent, ½ Ǆ ǅ ǆ ʼn ʰ ˆ ̀ ͅ ΐ Ѐ ӿ ԰ ֑ ؀ ۰ ߀ ࠀ ", // edges of the memo's range
		"ภาษาไทย हिन्दी 한국어 ",
	}
	langs := []string{"en", "de", "ru", "el", "ar", "he", "ja", "zh", "zh-Hant", "ko", "th", "hi", "sr", "sr-Cyrl", "kk", "fa"}
	var docs []Document
	for i := range pieces {
		for j := range pieces {
			for _, n := range []int{1, 8} {
				var sents []string
				for range n {
					sents = append(sents, strings.Repeat(pieces[i], 3)+pieces[j])
				}
				docs = append(docs, Document{Sentences: sents})
			}
		}
	}
	var all strings.Builder
	for r := rune(0); r < scriptMemo+0x40; r++ {
		if unicode.IsPrint(r) {
			all.WriteRune(r)
		}
	}
	docs = append(docs, Document{Sentences: []string{all.String(), all.String()}})
	errs := 0
	for _, l := range langs {
		tag := language.MustParse(l)
		for k, d := range docs {
			got, want := fmt.Sprint(checkScript(d, tag)), fmt.Sprint(checkScriptEach(d, tag))
			if got != want {
				t.Errorf("checkScript(doc %d, %s) = %s; want %s", k, l, got, want)
			}
			if want != "<nil>" {
				errs++
			}
		}
	}
	if errs == 0 {
		t.Errorf("no document was refused: the test compares nothing but nils")
	}
}

// BenchmarkCheckScript: the script check of the seed article's versions
// in English, French, Persian and Arabic (a news-sized pair's documents,
// each checked once as ReadPair does).
func BenchmarkCheckScript(b *testing.B) {
	var docs []Document
	var langs []language.Tag
	for _, l := range []string{"en", "fr", "fa", "ar"} {
		docs = append(docs, Document{Sentences: seedSents(b, l)})
		langs = append(langs, language.MustParse(l))
	}
	for b.Loop() {
		for i, d := range docs {
			if err := checkScript(d, langs[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}
