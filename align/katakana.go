package align

import (
	"strings"
	"unicode/utf8"
)

// Loanwords and foreign names across katakana and Latin script. Japanese
// is featured a character at a time, so nothing links it to the English
// words of a bead; but most katakana runs are loanwords or foreign names
// (コンピュータ/computer, ロンドン/London, ウィキペディア/Wikipedia). When
// one side is Japanese (mostly Han and kana, with kana among it) and the
// other Latin, each katakana run of the Japanese side is read into Latin
// letters by the Hepburn table (hepburn), and the consonant skeleton of
// that reading, loosened as a transliteration needs (loanSkeleton: l as
// r, v as b, th and z as s, c and q as k, an r or w before no vowel
// dropped as English "-er" becomes the long vowel ー), is a kindKana
// feature; each word of the Latin side gives the same features (those a
// run of the document has: kanaSetup collects them first), so a run and a
// word whose skeletons agree are shared evidence, weighed by IDF
// like every feature. Vowels do not count, so the vowel Japanese adds
// after a final consonant ("hoteru", hotel) does not either.

// minLoanSkeleton is the fewest consonants a loan skeleton needs: two
// consonants match too many English words by chance.
const minLoanSkeleton = 3

// japaneseScript reports whether sents (a sample) are Japanese: mostly
// Han and kana letters, with kana among them (Chinese has none).
func japaneseScript(sents []string) bool {
	var cjk, kana, other int
	rest := bytesOf(sents)
	for _, s := range sents {
		rest -= len(s)
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
		// Kana and CJK characters take three bytes or more: when the
		// rest cannot hold enough of them to outnumber the other
		// letters, the answer is no (as at hanScript).
		if other >= cjk+rest/3 {
			break
		}
	}
	return cjk > other && kana*10 >= cjk
}

// kanaSetup turns the loanword features on when one side is Japanese and
// the other Latin: x.kana holds the loan skeletons of the Japanese side's
// katakana runs (a Latin word gives only those), and x.kanaSide is the
// Japanese side (0 source, 1 target).
func (x *extractor) kanaSetup(src, tgt []string) {
	ja := src
	switch {
	case japaneseScript(src) && latinScript(tgt):
		x.kanaSide = 0
	case japaneseScript(tgt) && latinScript(src):
		x.kanaSide, ja = 1, tgt
	default:
		return
	}
	x.kana, x.kanaBuf = map[string]bool{}, make([]byte, 0, 64)
	for _, s := range ja {
		x.kanaLoans(s, func(_ featKind, sk string) { x.kana[sk] = true })
	}
}

// isKatakanaRun reports whether r belongs in a katakana run: a katakana
// letter or the long-vowel mark (the middle dot ・ separates words).
func isKatakanaRun(r rune) bool {
	return r >= 0x30A1 && r <= 0x30FA || r == 0x30FC
}

// kanaLoans adds a kindKana feature for each katakana run of s whose
// loan skeleton is long enough.
func (x *extractor) kanaLoans(s string, add func(featKind, string)) {
	start := -1
	flush := func(end int) {
		run := s[start:end]
		start = -1
		if utf8.RuneCountInString(run) < 2 {
			return
		}
		sk, ok := x.kanaSkel[run]
		if !ok {
			sk = loanSkeleton(hepburn(run), false)
			if len(sk) < minLoanSkeleton {
				sk = ""
			}
			if x.kanaSkel == nil {
				x.kanaSkel = map[string]string{}
			}
			x.kanaSkel[run] = sk
		}
		if sk != "" {
			add(kindKana, sk)
		}
	}
	for i, r := range s {
		if isKatakanaRun(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(s))
	}
}

// latinLoans calls f with each loan skeleton of a Latin word, key its
// folded lower-case letters: its loan skeleton, the one that keeps an r
// before no vowel ("Paris" is パリ, "Marx" マルクス), and those of the word
// without a plural s (Japanese does not mark the plural); a skeleton may
// come twice. buf is scratch space; f's argument is valid during the call
// only.
func latinLoans(key string, buf []byte, f func(sk []byte)) {
	for i := 0; i < len(key); i++ {
		if c := key[i]; c < 'a' || c > 'z' {
			return // not a plain Latin word
		}
	}
	for _, w := range [2]string{key, singular(key)} {
		for _, english := range [2]bool{true, false} {
			if w == "" {
				continue
			}
			if buf = appendLoanSkeleton(buf[:0], w, english); len(buf) >= minLoanSkeleton {
				f(buf)
			}
		}
	}
}

// singular is key without a final plural s ("systems" -> "system"), or ""
// if it has none.
func singular(key string) string {
	if len(key) > cognatePrefix && key[len(key)-1] == 's' && key[len(key)-2] != 's' {
		return key[:len(key)-1]
	}
	return ""
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

// loanSkeleton returns the consonant skeleton of a Latin spelling w (lower
// case), loosened for comparing a Hepburn reading with an English word:
// th, z and j... as s; ph as f; ck, c (but before e, i, y: s), q and x
// (ks) as k; l as r; v as b; g as k; h after a consonant dropped (sh, ch,
// gh); w dropped; doubled letters once. With english, an r followed by no
// vowel (or by a silent final e) is dropped (non-rhotic "-er", "-eare": ー),
// and the t of "-tio" is s ("-tion": ション).
func loanSkeleton(w string, english bool) string {
	var buf [64]byte
	return string(appendLoanSkeleton(buf[:0], w, english))
}

// appendLoanSkeleton appends w's loanSkeleton to b.
func appendLoanSkeleton(b []byte, w string, english bool) []byte {
	var last byte
	emit := func(c byte) {
		if c != last {
			b = append(b, c)
		}
		last = c
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case isVowel(c):
			last = 0
			continue
		case c == 'h' && i > 0 && !isVowel(w[i-1]):
			continue // sh, ch, th (already s), ph (already f), gh
		case c == 't' && next == 'h':
			emit('s')
			i++
			continue
		case english && c == 't' && next == 'i' && i+2 < len(w) && w[i+2] == 'o':
			emit('s') // "-tion": ション
			continue
		case c == 'p' && next == 'h':
			emit('f')
			i++
			continue
		case c == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			emit('s')
			continue
		case c == 'c' && next == 'k':
			emit('k')
			i++
			continue
		case c == 'x':
			emit('k')
			emit('s')
			continue
		case english && (c == 'r' || c == 'w') && (!isVowel(next) || next == 'e' && i+2 == len(w)):
			continue // no vowel after it, or a silent final e ("-eare")
		}
		switch c {
		case 'c', 'q', 'g':
			c = 'k'
		case 'l':
			c = 'r'
		case 'v':
			c = 'b'
		case 'z', 'j':
			c = 's'
		case 'w':
			continue
		}
		emit(c)
	}
	return b
}

// hepburn reads a katakana run into Latin letters by the Hepburn table:
// the digraphs with a small ャュョ or ァィゥェォ first, a small ッ doubling
// the next consonant (ッチ "tch"), the long-vowel mark ー repeating the
// vowel before it, ン "n" (before b, m, p: "m"). Characters outside the
// table are left out.
func hepburn(run string) string {
	rs := []rune(run)
	var b strings.Builder
	double := false
	for i := 0; i < len(rs); i++ {
		var syl string
		if i+1 < len(rs) {
			if d, ok := kanaDigraphs[string(rs[i:i+2])]; ok {
				syl = d
				i++
			}
		}
		if syl == "" {
			switch r := rs[i]; r {
			case 'ッ':
				double = true
				continue
			case 'ー':
				if s := b.String(); s != "" && isVowel(s[len(s)-1]) {
					b.WriteByte(s[len(s)-1])
				}
				continue
			case 'ン':
				syl = "n"
				if i+1 < len(rs) {
					if n := kanaSyllables[rs[i+1]]; n != "" && (n[0] == 'b' || n[0] == 'm' || n[0] == 'p') {
						syl = "m"
					}
				}
			default:
				syl = kanaSyllables[r]
			}
		}
		if syl == "" {
			double = false
			continue
		}
		if double && !isVowel(syl[0]) {
			if syl[0] == 'c' {
				b.WriteByte('t') // ッチ: "tchi"
			} else {
				b.WriteByte(syl[0])
			}
		}
		double = false
		b.WriteString(syl)
	}
	return b.String()
}

// kanaSyllables is the Hepburn reading of each katakana letter (the small
// vowels alone read as the vowel).
var kanaSyllables = map[rune]string{
	'ア': "a", 'イ': "i", 'ウ': "u", 'エ': "e", 'オ': "o",
	'ァ': "a", 'ィ': "i", 'ゥ': "u", 'ェ': "e", 'ォ': "o",
	'カ': "ka", 'キ': "ki", 'ク': "ku", 'ケ': "ke", 'コ': "ko",
	'ガ': "ga", 'ギ': "gi", 'グ': "gu", 'ゲ': "ge", 'ゴ': "go",
	'サ': "sa", 'シ': "shi", 'ス': "su", 'セ': "se", 'ソ': "so",
	'ザ': "za", 'ジ': "ji", 'ズ': "zu", 'ゼ': "ze", 'ゾ': "zo",
	'タ': "ta", 'チ': "chi", 'ツ': "tsu", 'テ': "te", 'ト': "to",
	'ダ': "da", 'ヂ': "ji", 'ヅ': "zu", 'デ': "de", 'ド': "do",
	'ナ': "na", 'ニ': "ni", 'ヌ': "nu", 'ネ': "ne", 'ノ': "no",
	'ハ': "ha", 'ヒ': "hi", 'フ': "fu", 'ヘ': "he", 'ホ': "ho",
	'バ': "ba", 'ビ': "bi", 'ブ': "bu", 'ベ': "be", 'ボ': "bo",
	'パ': "pa", 'ピ': "pi", 'プ': "pu", 'ペ': "pe", 'ポ': "po",
	'マ': "ma", 'ミ': "mi", 'ム': "mu", 'メ': "me", 'モ': "mo",
	'ヤ': "ya", 'ユ': "yu", 'ヨ': "yo", 'ャ': "ya", 'ュ': "yu", 'ョ': "yo",
	'ラ': "ra", 'リ': "ri", 'ル': "ru", 'レ': "re", 'ロ': "ro",
	'ワ': "wa", 'ヰ': "i", 'ヱ': "e", 'ヲ': "o", 'ヴ': "vu",
	'ヵ': "ka", 'ヶ': "ke", 'ヮ': "wa",
}

// kanaDigraphs reads a letter and the small kana after it as one syllable.
var kanaDigraphs = map[string]string{
	"キャ": "kya", "キュ": "kyu", "キョ": "kyo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
	"シャ": "sha", "シュ": "shu", "ショ": "sho", "ジャ": "ja", "ジュ": "ju", "ジョ": "jo",
	"チャ": "cha", "チュ": "chu", "チョ": "cho", "ヂャ": "ja", "ヂュ": "ju", "ヂョ": "jo",
	"ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo", "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo",
	"ビャ": "bya", "ビュ": "byu", "ビョ": "byo", "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo",
	"ミャ": "mya", "ミュ": "myu", "ミョ": "myo", "リャ": "rya", "リュ": "ryu", "リョ": "ryo",
	"シェ": "she", "ジェ": "je", "チェ": "che", "ツァ": "tsa", "ツィ": "tsi", "ツェ": "tse", "ツォ": "tso",
	"ティ": "ti", "ディ": "di", "トゥ": "tu", "ドゥ": "du", "テュ": "tyu", "デュ": "dyu",
	"ファ": "fa", "フィ": "fi", "フェ": "fe", "フォ": "fo", "フュ": "fyu",
	"ウィ": "wi", "ウェ": "we", "ウォ": "wo", "イェ": "ye",
	"ヴァ": "va", "ヴィ": "vi", "ヴェ": "ve", "ヴォ": "vo", "ヴュ": "vyu",
	"クァ": "kwa", "クィ": "kwi", "クェ": "kwe", "クォ": "kwo", "グァ": "gwa",
}
