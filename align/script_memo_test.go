package align

import (
	"errors"
	"fmt"
	"math/rand/v2"
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

// TestScriptScansStopEarly: hanScript, japaneseScript and checkScript
// stop reading once the rest of the document cannot change their answer
// (a Han, kana or CJK character takes three bytes, any letter one). On
// random documents of Latin, Arabic, Han and kana sentences, hanScript
// and japaneseScript answer as full scans do; and documents built at the
// bound (letters of the other script after the first sentence, just
// enough to change the answer) get the full scans' answer: a bound too
// generous (hanScript's rest/4, checkScript's rest/2) answers wrong on
// them.
func TestScriptScansStopEarly(t *testing.T) {
	hanFull := func(sents []string) bool {
		var han, other int
		t := runeProps()
		for _, s := range sents {
			for _, r := range s {
				switch p := props(t, r); {
				case p&propHan != 0:
					han++
				case p&propLetter != 0:
					other++
				}
			}
			if han+other > 20000 {
				break
			}
		}
		return han > other
	}
	jaFull := func(sents []string) bool {
		var cjk, kana, other int
		for _, s := range sents {
			for _, r := range s {
				switch {
				case r >= 0x3041 && r <= 0x30FF:
					kana++
					cjk++
				case r >= 0x3400 && isCJK(r):
					cjk++
				case r >= 'A' && (r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0xC0):
					other++
				}
			}
			if cjk+other > 20000 {
				break
			}
		}
		return cjk > other && kana*10 >= cjk
	}
	pieces := []string{"Tehran ", "بغداد ", "中国", "中华人民共和国政府", "カタカナ", "ひらがなとカタカナ", "12, ", "Ωμέγα "}
	rng := rand.New(rand.NewPCG(14, 59))
	answers := map[[2]bool]int{}
	for range 3000 {
		sents := make([]string, 1+rng.IntN(12))
		for i := range sents {
			var b strings.Builder
			for range rng.IntN(40) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			sents[i] = b.String()
		}
		h, j := hanScript(sents), japaneseScript(sents)
		if h != hanFull(sents) || j != jaFull(sents) {
			t.Fatalf("%q: hanScript %v, japaneseScript %v; full scans %v, %v", sents, h, j, hanFull(sents), jaFull(sents))
		}
		answers[[2]bool{h, j}]++
	}
	if len(answers) < 3 {
		t.Errorf("answers %v: the random documents do not vary them", answers)
	}
	// At the bound: 300 Latin letters, then 301 Han characters (903
	// bytes) in the next sentences.
	latin := strings.Repeat("abcdefghij", 30)
	han := []string{latin, strings.Repeat("中", 150), strings.Repeat("国", 151)}
	if !hanScript(han) || !hanFull(han) {
		t.Errorf("300 Latin letters, 301 Han characters: hanScript %v, full %v; want true", hanScript(han), hanFull(han))
	}
	ja := []string{latin, strings.Repeat("カ", 150), strings.Repeat("タ", 151)}
	if !japaneseScript(ja) || !jaFull(ja) {
		t.Errorf("300 Latin letters, 301 katakana: japaneseScript %v, full %v; want true", japaneseScript(ja), jaFull(ja))
	}
	// checkScript: 100 letters of the language, then 2,000 of another
	// script (Arabic: two bytes each; Latin: one) make 1 in 21: refused.
	for _, c := range []struct {
		lang, own, other string
	}{{"en", "a", "ب"}, {"ar", "ب", "a"}} {
		d := Document{Sentences: []string{strings.Repeat(c.own, 100)}}
		for range 20 {
			d.Sentences = append(d.Sentences, strings.Repeat(c.other, 100))
		}
		if err := checkScript(d, language.MustParse(c.lang)); !errors.Is(err, ErrScript) {
			t.Errorf("%s: 100 own letters, 2,000 of another script: %v, want ErrScript", c.lang, err)
		}
		// 105 of 2,105 (1 in 20.05) and 106: read.
		d.Sentences[0] = strings.Repeat(c.own, 106)
		if err := checkScript(d, language.MustParse(c.lang)); err != nil {
			t.Errorf("%s: 106 own letters, 2,000 of another script: %v, want nil", c.lang, err)
		}
	}
}

// BenchmarkScriptScans: hanScript and japaneseScript of the seed
// article's versions in English, French, Persian and Arabic (the scans a
// news-sized pair's setups, refinement and Chinese-Latin check run).
func BenchmarkScriptScans(b *testing.B) {
	var docs [][]string
	for _, l := range []string{"en", "fr", "fa", "ar"} {
		docs = append(docs, seedSents(b, l))
	}
	for b.Loop() {
		for _, d := range docs {
			if hanScript(d) || japaneseScript(d) {
				b.Fatal("a seed version read as Chinese or Japanese")
			}
		}
	}
}
