package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// The script tables below are written by hand for matching, not for display:
// each letter maps to the lower-case Latin letters an English-language news
// desk would most often write for it. Short vowels that a script leaves
// unwritten (Arabic, Persian, Hebrew) stay unwritten; names in those scripts
// are compared with Latin ones by consonant skeleton (see Skeleton).

// arabicTable covers U+0600..U+06FF: Arabic, and the Persian and Urdu letters.
// The context-dependent letters waw, yeh and heh are handled in appendArabic.
var arabicTable = map[rune]string{
	'ء': "", 'آ': "a", 'أ': "a", 'ؤ': "u", 'إ': "i", 'ئ': "i", 'ا': "a", 'ب': "b",
	'ة': "a", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'ى': "a", 'ٱ': "a", 'ٹ': "t", 'پ': "p", 'چ': "ch", 'ڈ': "d", 'ڑ': "r",
	'ژ': "zh", 'ک': "k", 'گ': "g", 'ں': "n", 'ھ': "h", 'ہ': "h", 'ۀ': "e", 'ۃ': "a",
	'ے': "e", 'ۓ': "e", 'ە': "e", 'ڤ': "v", 'ڨ': "g", 'ڭ': "ng",
	'ـ': "", // tatweel
	// Arabic-Indic and Persian digits.
	'٠': "0", '١': "1", '٢': "2", '٣': "3", '٤': "4", '٥': "5", '٦': "6", '٧': "7", '٨': "8", '٩': "9",
	'۰': "0", '۱': "1", '۲': "2", '۳': "3", '۴': "4", '۵': "5", '۶': "6", '۷': "7", '۸': "8", '۹': "9",
}

// cyrillicTable follows the BGN/PCGN style that English-language wire copy
// uses for Russian, with the Ukrainian letters added (Ukrainian г is h in its
// national romanization; here it follows Russian, g, and the matcher treats
// g/h as near).
var cyrillicTable = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u", 'ј': "j", 'љ': "lj",
	'њ': "nj", 'ћ': "c", 'ђ': "dj", 'џ': "dzh", 'ѕ': "dz", 'ќ': "k", 'ѓ': "g",
}

// greekTable is ELOT 743 simplified; the digraphs ου, αυ, ευ, αι, ει and
// γγ, γκ are handled in appendGreek (μπ and ντ stay mp and nt).
var greekTable = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th",
	'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p",
	'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps",
	'ω': "o",
}

// hebrewTable maps the consonants; vav and yod are handled in appendHebrew. Niqqud
// (vowel points) are combining marks and are dropped.
var hebrewTable = map[rune]string{
	'א': "", 'ב': "b", 'ג': "g", 'ד': "d", 'ה': "h", 'ז': "z", 'ח': "kh", 'ט': "t",
	'כ': "k", 'ך': "kh", 'ל': "l", 'מ': "m", 'ם': "m", 'נ': "n", 'ן': "n", 'ס': "s",
	'ע': "", 'פ': "p", 'ף': "f", 'צ': "ts", 'ץ': "ts", 'ק': "k", 'ר': "r", 'ש': "sh",
	'ת': "t",
}

// latinSpecial are Latin letters that canonical decomposition does not reduce
// to a base letter.
var latinSpecial = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ð': "d", 'þ': "th", 'ł': "l", 'đ': "d",
	'ı': "i", 'ħ': "h", 'ŋ': "ng", 'ə': "e", 'ĸ': "k", 'ŀ': "l", 'ŉ': "n", 'ſ': "s",
	'ʿ': "", 'ʾ': "", 'ʻ': "", 'ʼ': "", 'ʽ': "", 'ˈ': "",
	// Slavic, Baltic, Turkish and Romanian letters and ISO 9: the sound
	// English writes with a digraph ("Kováč", "Šukys", "Paşa", "Ŝukin").
	'č': "ch", 'š': "sh", 'ž': "zh", 'ż': "zh", 'ş': "sh", 'ș': "sh", 'ţ': "ts", 'ț': "ts",
	'ŝ': "shch", 'ć': "ch",
}

// isArabicScript reports whether r is a letter of the Arabic script blocks.
func isArabicScript(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// isHebrewScript reports whether r is in the Hebrew block.
func isHebrewScript(r rune) bool { return r >= 0x0590 && r <= 0x05FF }

// isAbjad reports whether r is a letter of a script that leaves short vowels
// unwritten.
func isAbjad(r rune) bool { return isArabicScript(r) || isHebrewScript(r) }

// isJoiner reports whether r is a character that belongs inside a word but
// writes no sound: Arabic tatweel, zero-width joiner and non-joiner, the
// soft hyphen, combining marks.
func isJoiner(r rune) bool {
	return r == 0x200C || r == 0x200D || r == 0x0640 || r == 0x00AD || r == 0x200B || r == 0x2060 || isMn(r)
}

// isMn is unicode.Is(unicode.Mn, r), for a rune under U+0800 (Latin,
// Greek, Cyrillic, Hebrew, Arabic and more) a bit of lowMn: the table
// search cost an Arabic or Persian word's key 160 instructions a letter,
// a thirtieth of an English-Arabic process a pair (BENCHMARKS.md "(branch
// alignspeed57)").
func isMn(r rune) bool {
	if r >= 0 && r < lowMnRunes {
		return lowMn().has(r)
	}
	return unicode.Is(unicode.Mn, r)
}

// lowMnRunes bounds the runes of a lowRuneSet.
const lowMnRunes = 0x800

// lowRuneSet is a set of runes under lowMnRunes, a bit each.
type lowRuneSet [lowMnRunes / 64]uint64

// has reports whether r, under lowMnRunes, is in s.
func (s *lowRuneSet) has(r rune) bool { return s[r>>6]&(1<<(r&63)) != 0 }

// newLowRuneSet returns the runes under lowMnRunes of the tables, read
// from their 16-bit ranges (every rune under U+0800 is in those).
func newLowRuneSet(tables ...*unicode.RangeTable) *lowRuneSet {
	var set lowRuneSet
	for _, t := range tables {
		for _, rg := range t.R16 {
			for r := rune(rg.Lo); r <= rune(rg.Hi) && r < lowMnRunes; r += rune(rg.Stride) {
				set[r>>6] |= 1 << (r & 63)
			}
		}
	}
	return &set
}

// lowMn is the set of the runes of unicode.Mn under lowMnRunes, read on
// first use.
var lowMn = sync.OnceValue(func() *lowRuneSet { return newLowRuneSet(unicode.Mn) })

// isApostrophe reports whether r is an apostrophe or a letter standing for
// ayn or hamza in a Latin transliteration ("Sa'id", "Saʿīd"); inside a word it
// is dropped.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '`', '\u00B4', '\u02BC', '\u02BB', '\u02BD', '\u02BE', '\u02BF', '\u02C8', '\u05F3':
		return true
	}
	return false
}

// appendLatin appends to dst the lower-case Latin transliteration of the word
// runes of tok (a token as cut by nextToken), dropping marks and joiners.
// Letters of scripts without a table are kept, lower-cased.
func appendLatin(dst []byte, tok string) []byte { return appendLatinFa(dst, tok, 0) }

// nextLetter is the letter of tok that begins at byte i, tatweel and marks
// (isJoiner) passed over: -1 if there is none (the end of tok), -2 at ZWNJ,
// which ends a Persian word part ("خامنه‌ای").
func nextLetter(tok string, i int) rune {
	if i >= len(tok) {
		return -1
	}
	next, _ := utf8.DecodeRuneInString(tok[i:])
	if next == 0x200C {
		return -2
	}
	if isJoiner(next) {
		next = -1
		for j := i; j < len(tok); {
			c, n := utf8.DecodeRuneInString(tok[j:])
			if !isJoiner(c) {
				return c
			}
			j += n
		}
	}
	return next
}

// appendLatinFa is appendLatin where fa tells whether Arabic-script letters
// are read the Persian and Urdu way (1), the Arabic way (-1), or as tok's own
// letters say (0; see isPersianSpelling). A name decides for all its words:
// "رضا" alone has no Persian letter, "سعید رضا" has.
func appendLatinFa(dst []byte, tok string, fa int8) []byte {
	var prev rune // previous letter of tok, before transliteration
	for i := 0; i < len(tok); {
		r, size := rune(tok[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(tok[i:])
		}
		i += size
		if r < utf8.RuneSelf {
			switch {
			case 'A' <= r && r <= 'Z':
				dst = append(dst, byte(r+'a'-'A'))
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
				dst = append(dst, byte(r))
			}
			prev = r
			continue
		}
		if isDevanagari(r) { // devanagari.go: a run of the script at once
			j := i
			for j < len(tok) {
				c, n := utf8.DecodeRuneInString(tok[j:])
				if !isDevanagari(c) {
					break
				}
				j += n
			}
			dst = appendDevanagari(dst, tok[i-size:j], true)
			i, prev = j, r
			continue
		}
		next := nextLetter(tok, i)
		if r >= 0x0600 && r <= 0x06FF {
			if fa == 0 {
				fa = -1
				if isPersianSpelling(tok) {
					fa = 1
				}
			}
			if fa > 0 && r == 'و' && (prev == 'ا' || prev == 'آ') && i-size > 2 && next > 0 {
				// Persian: waw between a long a that does not begin the
				// word and another letter is the consonant v, a long a
				// being never followed by the vowel u ("میداود" Meydavud,
				// "کاووس" Kavus). After an initial alef, waw is the vowel
				// that alef carries ("اورمیه" Urmia); at the end of a word
				// it is the o or u of a foreign name ("ماو" Mao). Arabic
				// spellings of foreign names write au so ("كلاوديو"
				// Claudio), so a name read the Arabic way keeps u.
				dst = append(dst, 'v')
				prev = r
				continue
			}
			if r == 'ه' && (tok[i:] == "ای" || tok[i:] == "اي") {
				// A compound written without ZWNJ ("خامنهای"): the heh
				// ends a word part as it does before ZWNJ.
				next = -2
			}
			if fa > 0 {
				if z, ok := persianZ[r]; ok {
					dst = append(dst, z)
					prev = r
					continue
				}
			}
		}
		dst = appendLatinRune(dst, r, prev, next)
		if r == 0x200C {
			prev = 0 // a new word part starts after ZWNJ
		} else if !isJoiner(r) {
			prev = r
		}
	}
	return dst
}

// persianZ are the Arabic letters that Persian and Urdu read as z or s
// ("رضا" is Reza, not Reda; "ثروت" is Sarvat).
var persianZ = map[rune]byte{'ض': 'z', 'ظ': 'z', 'ذ': 'z', 'ث': 's'}

// isPersianSpelling reports whether word w has a letter that Persian and
// Urdu write and Arabic does not (Farsi yeh and keheh, pe, che, zhe, gaf),
// which marks the word as read the Persian way.
func isPersianSpelling(w string) bool {
	for _, r := range w {
		switch r {
		case 'ی', 'ک', 'پ', 'چ', 'ژ', 'گ':
			return true
		}
	}
	return false
}

// appendLatinRune transliterates one non-ASCII rune r, given the letters
// before and after it in its word (0 or -1 at the word's edges).
func appendLatinRune(dst []byte, r, prev, next rune) []byte {
	switch {
	case r >= 0xC0 && r < 0x250:
		return append(dst, latinBase[r-0xC0]...)
	case r >= 0x1E00 && r < 0x1F00:
		return append(dst, latinExtAdditional[r-0x1E00]...)
	case isJoiner(r) || isApostrophe(r):
		return dst
	case r >= 0x0600 && r <= 0x06FF:
		return appendArabic(dst, r, prev, next)
	case r >= 0xFB50 && r <= 0xFEFF:
		// Presentation forms: fold to the basic letters first.
		for _, c := range norm.NFKC.String(string(r)) {
			if c >= 0x0600 && c <= 0x06FF {
				dst = appendArabic(dst, c, prev, next)
			}
		}
		return dst
	case r >= 0x0400 && r <= 0x04FF:
		l := unicode.ToLower(r)
		if l == 'ї' && prev != 0 {
			// Ukrainian yi is i inside a word, as the national
			// romanization and English copy write it ("Київ", "Kyiv").
			return append(dst, 'i')
		}
		if s, ok := cyrillicTable[l]; ok {
			return append(dst, s...)
		}
	case isHan(r):
		return appendPinyin(dst, r)
	case r >= 0x0370 && r <= 0x03FF:
		return appendGreek(dst, r, prev, next)
	case isHebrewScript(r):
		return appendHebrew(dst, r, prev, next)
	}
	l := unicode.ToLower(r)
	if out, ok := appendCaucasus(dst, l, unicode.ToLower(prev), unicode.ToLower(next)); ok {
		return out
	}
	if s, ok := latinSpecial[l]; ok {
		return append(dst, s...)
	}
	// Compatibility forms: fullwidth letters, ligatures, circled and
	// superscript letters read as the letters they stand for ("Ｔｅｈｒａｎ").
	if !norm.NFKC.IsNormalString(string(r)) {
		if k := norm.NFKC.String(string(r)); k != string(r) {
			return appendLatin(dst, k)
		}
	}
	if unicode.IsLetter(l) || unicode.IsDigit(l) {
		return utf8.AppendRune(dst, l)
	}
	return dst
}

// arabicVowelLetter reports whether r is alef or one of its forms.
func arabicVowelLetter(r rune) bool {
	switch r {
	case 'ا', 'آ', 'أ', 'إ', 'ى', 'ٱ':
		return true
	}
	return false
}

func appendArabic(dst []byte, r, prev, next rune) []byte {
	atStart := prev == 0
	atEnd := next < 0
	switch r {
	case 'و':
		// Waw: consonant v at the start of a word or between vowels; the
		// long vowel u (or o) elsewhere.
		if atStart || arabicVowelLetter(prev) && (arabicVowelLetter(next) || next == 'ی' || next == 'ي') {
			return append(dst, 'v')
		}
		return append(dst, 'u')
	case 'ي', 'ی', 'ې', 'ۍ', 'ێ':
		// Yeh: consonant y at the start of a word or before a long vowel;
		// the vowel i elsewhere (Persian final yeh is i: "Soleimani").
		if atStart || !atEnd && (arabicVowelLetter(next) || next == 'و') {
			return append(dst, 'y')
		}
		return append(dst, 'i')
	case 'ه':
		// A final heh after a consonant is the silent e of Persian
		// ("Zadeh"); after alef it is h ("Allah").
		if atEnd && prev != 0 && !arabicVowelLetter(prev) && prev != 'ل' {
			if next == -2 {
				return append(dst, 'e') // before ZWNJ: "خامنه‌ای"
			}
			return append(dst, 'e', 'h')
		}
		return append(dst, 'h')
	}
	if s, ok := arabicTable[r]; ok {
		return append(dst, s...)
	}
	if r >= 0x064B && r <= 0x065F || r == 0x0670 {
		return dst // harakat and superscript alef
	}
	if unicode.IsDigit(r) || unicode.IsLetter(r) {
		return utf8.AppendRune(dst, r)
	}
	return dst
}

// isHan reports whether r is a Han ideograph (CJK Unified Ideographs and
// their extensions, compatibility ideographs, the ideographic zero).
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0x20000 && r <= 0x323AF || r == 0x3007
}

// appendPinyin appends the Hanyu Pinyin of Han character r without tone
// marks ("习" -> "xi"): the first (most common) reading of the Unihan-based
// table of github.com/mozillazg/go-pinyin (MIT; its data is mozillazg's
// pinyin-data, MIT, from Unicode's Unihan database). Names are matched by
// their usual reading; a surname with a reading of its own (单 Shan, 曾 Zeng)
// may get the common one. A character the table lacks is kept as it is.
func appendPinyin(dst []byte, r rune) []byte {
	p, ok := PinyinReadings(r)
	if !ok {
		return utf8.AppendRune(dst, r)
	}
	if i := strings.IndexByte(p, ','); i >= 0 {
		p = p[:i]
	}
	// The readings carry tone marks on Latin vowels (ā, ǚ): fold them as
	// any Latin letter with diacritics.
	return appendLatin(dst, p)
}

func appendGreek(dst []byte, r, prev, next rune) []byte {
	l := unicode.ToLower(r)
	// Precomposed letters with tonos or dialytika: take the base letter.
	if d := []rune(norm.NFD.String(string(l))); len(d) > 0 {
		l = d[0]
	}
	lp, ln := unicode.ToLower(prev), unicode.ToLower(next)
	switch {
	case l == 'υ' && (lp == 'ο' || lp == 'α' || lp == 'ε'):
		if lp == 'ο' {
			return append(dst, 'u') // ου
		}
		return append(dst, 'v') // αυ, ευ
	case l == 'ι' && (lp == 'α' || lp == 'ε'):
		return append(dst, 'i')
	case l == 'γ' && (ln == 'γ' || ln == 'κ' || ln == 'ξ' || ln == 'χ'):
		return append(dst, 'n')
	}
	if s, ok := greekTable[l]; ok {
		return append(dst, s...)
	}
	if unicode.IsLetter(l) {
		return utf8.AppendRune(dst, l)
	}
	return dst
}

func appendHebrew(dst []byte, r, prev, next rune) []byte {
	if next == '\'' || next == '\u05F3' || next == '\u2019' {
		// Geresh marks the sounds Hebrew letters lack: ג' is j ("George"),
		// ז' is zh (French j: "Jacques"), צ' is ch ("Richard"), ת' is th.
		switch r {
		case 'ג':
			return append(dst, 'j')
		case 'ז':
			return append(dst, 'z', 'h')
		case 'צ', 'ץ':
			return append(dst, 'c', 'h')
		case 'ת':
			return append(dst, 't', 'h')
		}
	}
	switch r {
	case 'כ':
		if prev != 0 {
			// Kaf without dagesh, inside a word, is kh: "Zecharia"
			// (זכריה); the k of foreign names is written qof.
			return append(dst, 'k', 'h')
		}
	case 'ה':
		if prev != 0 && next < 0 {
			// Final he is a vowel letter: "Yehuda", "Lina" (לינה).
			return append(dst, 'a')
		}
	case 'ו':
		if prev == 0 || next == 'ו' {
			return append(dst, 'v')
		}
		if prev == 'ו' {
			return dst
		}
		return append(dst, 'u')
	case 'י':
		if prev == 0 || next == 'י' {
			return append(dst, 'y')
		}
		if prev == 'י' {
			return dst
		}
		return append(dst, 'i')
	}
	if s, ok := hebrewTable[r]; ok {
		return append(dst, s...)
	}
	return dst
}

// Transliterator is a transform.Transformer that writes text in Latin
// letters: words of other scripts are transliterated with the package's
// tables, Latin letters lose their diacritics, everything is lower-cased, and
// characters that are not part of words pass through unchanged. It is what
// [Key] applies first; it is stateless and may be shared.
var Transliterator transform.SpanningTransformer = translitTransformer{}

type translitTransformer struct{}

func (translitTransformer) Reset() {}

// Span reports the prefix of src that is already plain lower-case ASCII.
func (translitTransformer) Span(src []byte, atEOF bool) (int, error) {
	for i, c := range src {
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '\'' || c == '`' {
			return i, transform.ErrEndOfSpan
		}
	}
	return len(src), nil
}

// Transform transliterates whole words: a word that may continue past the end
// of src is held back until more input comes (ErrShortSrc), because some
// letters depend on their neighbours.
func (translitTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		// Find the next word or the next run of non-word characters.
		start := nSrc
		r, size := utf8.DecodeRune(src[start:])
		if r == utf8.RuneError && size == 1 && !atEOF && !utf8.FullRune(src[start:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		end := start + size
		if isWordRune(r) {
			for end < len(src) {
				r2, s2 := utf8.DecodeRune(src[end:])
				if r2 == utf8.RuneError && s2 == 1 && !atEOF && !utf8.FullRune(src[end:]) {
					return nDst, nSrc, transform.ErrShortSrc
				}
				if !isWordRune(r2) {
					break
				}
				end += s2
			}
			if end == len(src) && !atEOF {
				if start == 0 && len(src) >= maxWordHold {
					// A giant "word": transliterate what we have.
				} else {
					return nDst, nSrc, transform.ErrShortSrc
				}
			}
			out := appendLatin(nil, string(src[start:end]))
			if nDst+len(out) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], out)
			nSrc = end
			continue
		}
		if nDst+size > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[start:end])
		nSrc = end
	}
	return nDst, nSrc, nil
}

// maxWordHold is the longest word Transliterator holds back waiting for its
// end; longer runs are transliterated in pieces (no real word is this long).
const maxWordHold = 256

// isWordRune reports whether r can be part of a word: letters, digits,
// combining marks, joiners and apostrophes.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\''
	}
	if r < lowMnRunes {
		// A letter, digit or mark from lowWord: the table search of
		// unicode.IsLetter was 1.5% of an English-Arabic process a
		// pair's instructions (BENCHMARKS.md "(branch alignspeed57)").
		return lowWord().has(r) || isJoiner(r) || isApostrophe(r)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || isJoiner(r) || isApostrophe(r)
}

// lowWord is the set of the runes under lowMnRunes that are letters,
// decimal digits or marks (unicode.IsLetter, unicode.IsDigit,
// unicode.Is(unicode.M, r)), read on first use.
var lowWord = sync.OnceValue(func() *lowRuneSet { return newLowRuneSet(unicode.L, unicode.Nd, unicode.M) })
