package normalize

import (
	"iter"
	"strings"
)

// Arabic names in the French transcription. French copy (AFP, the Maghreb
// press, the civil registers of colonial Algeria, whose spellings de Slane
// and Gabeau's Vocabulaire destiné à fixer la transcription en français
// des noms de personnes et de lieux usités chez les indigènes de
// l'Algérie, 1868, set down) writes an Arabic name with French letters for
// its sounds: ch for shin (Chérif, Achraf, Hichem: Sharif, Ashraf,
// Hisham), c before e or i for sin (Hocine: Husayn), a mute e after a
// final n that follows a vowel, so that French does not read a nasal vowel
// (Hassane, Lamine, Slimane: Hassan, Lamin, Sliman), the article l' joined
// to the word it precedes (Lamine, Larbi: al-Amin, al-Arabi), the article
// of X al-Din joined as -eddine (Salaheddine, Zineddine: Salah al-Din,
// Zayn al-Din), ben joined to the name it precedes (Bendjedid: bin
// Jadid), gu before e or i for the hard g, the jīm of Egyptian names
// (Meguid, Naguib, Guirguis: Majid, Najib, Girgis), and è for the
// diphthong ay in Chad's spellings (Hissène, Issène: Hissein, Husayn). The
// key folds the rest of the convention (ou for u and w, dj for j, e for a
// short a, the doubled s between vowels).
//
// maghrebReading reads a name so written in the English and scholarly
// convention, each rule only against a name that writes the other
// convention's letters there: ch as sh only against a name with sh, in a
// name that writes no sh itself (Shichang: Pinyin) and not after s, t, y
// or r (the German sch and tsch, the French tch, the Slavic -ych, the
// English -rch); c as s only against a name with an s and no c, and not a
// word's first c nor a final -ce (Cervera, Alice: Spanish and English
// write those too); the mute e left
// out only against a name with a word ending in n, the joined l' as al-
// only against a name whose article comes before a word of that first
// letter, -eddine as ed-Din only against a name with a word din, ben
// apart only against a name with bin, ben or ibn, gu before e or i as g
// only against a name that writes no gu, and a final -ène or -ene after a
// consonant and three letters or more as -ein only against a name with a
// word ending in -ein, -ayn, -ain or -eyn (Tunisian copy writes -ène for a
// long a as well, Othmène: Othman, which no -an calls for); a word the other name
// writes as is stays as written (Chérif Kouachi, Sharif Kouachi: the
// surname of a French register is the English press's too). The reading is compared
// letter by letter as any name is, so two different names stay two
// (Hocine, Hassan: hosin against hassan), and the Pinyin veto still keeps
// Chen and Shen apart. maghrebMarks is the cheap test that comes first:
// one pass over the name's bytes that finds none of these marks in most
// names; a name of more than four words (an organisation's) is not read.

// maghrebSim returns max(score, the similarity of one name read by the
// French transcription of Arabic against the other as written, less a
// convention's cost).
func (s *simState) maghrebSim(a, b string, score float64) float64 {
	return s.readAgainst(a, b, score, maghrebReading)
}

// maghrebOther is what the other name writes that calls for each rule.
type maghrebOther struct {
	sh, s, noC, din, bin bool
	noGu, endsEin        bool     // no gu; a word ending in -ein, -ayn, -ain, -eyn
	calls                uint8    // the marks (mkCh...) the other name calls for
	endsVN               uint8    // the long vowels (vowelA...) of its words' final -n
	ends                 [26]bool // a word ends in this letter
	afterArticle         [26]bool // a word after al/el/ul begins with this letter
}

// maghrebOtherOf scans other once.
func maghrebOtherOf(other string) maghrebOther {
	o := maghrebOther{noC: true, noGu: !hasPair(other, 'g', 'u')}
	prevArticle := false
	for start, end := range letterRuns(other) {
		w := other[start:end]
		for i := 0; i < len(w); i++ {
			c := w[i] | 0x20
			if c == 'c' {
				o.noC = false
			}
			if c == 's' {
				o.s = true
				if i+1 < len(w) && w[i+1]|0x20 == 'h' {
					o.sh = true
				}
			}
		}
		f, l := w[0]|0x20, w[len(w)-1]|0x20
		if prevArticle && 'a' <= f && f <= 'z' {
			o.afterArticle[f-'a'] = true
		}
		if 'a' <= l && l <= 'z' {
			o.ends[l-'a'] = true
		}
		if l == 'n' {
			o.endsVN |= longVowelN(w)
			o.endsEin = o.endsEin || endsEin(w)
		}
		prevArticle = len(w) == 2 && (f == 'a' || f == 'e' || f == 'u') && (l == 'l' || l == 'd')
		if prevArticle {
			o.calls |= mkL
		}
		switch {
		case strings.EqualFold(w, "din") || strings.EqualFold(w, "deen") || strings.EqualFold(w, "dine"):
			o.din = true
		case strings.EqualFold(w, "bin") || strings.EqualFold(w, "ben") || strings.EqualFold(w, "ibn"):
			o.bin = true
		}
	}
	if o.sh {
		o.calls |= mkCh
	}
	if o.noC && o.s {
		o.calls |= mkC
	}
	if o.endsVN != 0 {
		o.calls |= mkNe
	}
	if o.din {
		o.calls |= mkDin
	}
	if o.bin {
		o.calls |= mkBen
	}
	if o.noGu {
		o.calls |= mkGu
	}
	if o.endsEin {
		o.calls |= mkEne
	}
	return o
}

// letterRuns yields the [start, end) byte ranges of the runs of letters
// (ASCII letters and any byte of a multi-byte character: Chérif is one)
// of s.
func letterRuns(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(s); {
			for i < len(s) && !isLetterByte(s[i]) {
				i++
			}
			start := i
			for i < len(s) && isLetterByte(s[i]) {
				i++
			}
			if start < i && !yield(start, i) {
				return
			}
		}
	}
}

// readWords returns name in lower case with each of its words (letterRuns)
// replaced by read(word), or "" when read returns every word as it is: the
// loop of the readings that read a name word by word.
func readWords(name string, read func(word string) string) string {
	w := strings.ToLower(name)
	var b []byte
	changed := false
	last := 0 // the end of the last word read
	for start, end := range letterRuns(w) {
		word := w[start:end]
		if r := read(word); r != word {
			b = append(append(b, w[last:start]...), r...)
			last = end
			changed = true
		}
	}
	if !changed {
		return ""
	}
	return string(append(b, w[last:]...))
}

// maghrebReading returns name read by the French transcription of Arabic
// against other (see above), in lower case, or "" when no rule applies.
func maghrebReading(name, other string) string {
	marks := maghrebMarks(name)
	if marks == 0 {
		return ""
	}
	o := maghrebOtherOf(other)
	if marks&o.calls == 0 {
		return ""
	}
	if marks&mkCh == 0 {
		o.sh = false // the name writes sh: its ch is not read
	}
	return readWords(name, func(w string) string {
		if wordIn(other, w) {
			return w // Chérif Kouachi, Sharif Kouachi: the surname is written alike
		}
		return maghrebWord(w, &o)
	})
}

// wordIn reports whether name has the word w (lower case) among its
// letterRuns, case folded: a word both names write alike is no
// transcription of one in the other's convention, so maghrebReading leaves
// it as written (its ch read as sh would part Kouachi from itself).
func wordIn(name, w string) bool {
	for start, end := range letterRuns(name) {
		if end-start == len(w) && strings.EqualFold(name[start:end], w) {
			return true
		}
	}
	return false
}

// notShinCh reports whether the ch at byte i of a word that begins at
// start follows s, t, y or r: the German sch and tsch, the French tch for
// the Russian ch, the Slavic -ych, the English -rch, which are no Arabic
// shin. An r and ch before a vowel is the French transcription's r and
// shin (Barcha, Harchaoui: maghreb_rch.go), not English -rch.
func notShinCh(w string, start, i int) bool {
	if i == start {
		return false
	}
	p := w[i-1] | 0x20
	return p == 's' || p == 't' || p == 'y' || p == 'r' && !rChVowel(w, i)
}

// maghrebCE reports whether the c at byte i of name, in a word that begins
// at start, is the French c for s: before e or i, not the word's first
// letter (Cervera) nor in a final -ce (Alice, Maurice), which English
// writes too.
func maghrebCE(name string, start, i int) bool {
	if i == start || i+1 >= len(name) {
		return false
	}
	n := name[i+1] | 0x20
	if n != 'e' && n != 'i' {
		return false
	}
	return n == 'i' || i+2 < len(name) && isLetterByte(name[i+2])
}

// The marks of the French transcription that maghrebMarks finds in a name.
const (
	mkCh  = 1 << iota // ch
	mkC               // c before e or i
	mkNe              // a word ending in a vowel and ne
	mkL               // a word beginning with l and a vowel
	mkBen             // a word beginning with ben and a consonant
	mkDin             // a word ending in -edine, -eddin(e)
	mkGu              // gu before e or i
	mkEne             // a word ending in a consonant and -ène or -ene
)

// maghrebClass sorts the bytes for maghrebMarks: 1 for a byte that is no
// letter (a word ends), 2 for a letter that may make a mark, 0 for the
// other letters.
var maghrebClass = func() (t [256]uint8) {
	for i := range t {
		if !isLetterByte(byte(i)) {
			t[i] = 1
		}
	}
	for _, c := range "cCeEnNlLbBgG" {
		t[c] = 2
	}
	return t
}()

// maghrebMarks is the cheap test that name may be French-transcribed: one
// pass over its bytes, without allocating, that returns the marks it has.
func maghrebMarks(name string) uint8 {
	var m uint8
	start := 0 // where the word at i began
	words := 1
	for i := 0; i < len(name); i++ {
		switch maghrebClass[name[i]] {
		case 0:
			continue
		case 1:
			if name[i] == ' ' {
				words++
			}
			start = i + 1
			continue
		}
		c := name[i] | 0x20
		end := i+1 == len(name) || !isLetterByte(name[i+1])
		switch c {
		case 'c':
			if i+1 < len(name) && name[i+1]|0x20 == 'h' && !notShinCh(name, start, i) {
				m |= mkCh
			}
			if maghrebCE(name, start, i) { // false at the end of name
				m |= mkC
			}
		case 'e':
			if end && i-start >= 4 && name[i-1]|0x20 == 'n' && isVowel(name[i-2]|0x20) {
				m |= mkNe
			}
			if end && i-start >= 7 && name[i-1]|0x20 == 'n' && name[i-2]|0x20 == 'i' && name[i-3]|0x20 == 'd' {
				m |= mkDin // -edine, -eddine
			}
		case 'n':
			if end && i-start >= 7 && name[i-1]|0x20 == 'i' && name[i-2]|0x20 == 'd' && name[i-3]|0x20 == 'd' && name[i-4]|0x20 == 'e' {
				m |= mkDin // -eddin
			}
		case 'l':
			if i == start && i+3 < len(name) && isVowel(name[i+1]|0x20) {
				m |= mkL
			}
		case 'b':
			if i == start && i+6 < len(name) && name[i+1]|0x20 == 'e' && name[i+2]|0x20 == 'n' {
				m |= mkBen
			}
		case 'g':
			if frenchGu(name, i) {
				m |= mkGu
			}
		}
		if c == 'e' && end && eneStem(name[start:i+1]) > 0 {
			m |= mkEne
		}
	}
	if words > maghrebMaxWords {
		return 0 // an organisation's name
	}
	// A name that writes sh is not in the French transcription, whose ch
	// would be another sound (Shichang, Malashkevich), nor is its final
	// -ne the French mute e (Shane, Shyann: two English names).
	if m&(mkCh|mkNe) != 0 && hasPair(name, 's', 'h') {
		m &^= mkCh | mkNe
	}
	return m
}

// maghrebMaxWords is the most words of a name maghrebReading reads; a
// person's name in news copy has fewer.
const maghrebMaxWords = 4

// maghrebWord reads one lower-case word w against what o says of the other
// name.
func maghrebWord(w string, o *maghrebOther) string {
	// ben joined to the name it precedes: Bendjedid, ben Djedid.
	if o.bin && len(w) >= 7 && strings.HasPrefix(w, "ben") && !isVowel(w[3]) {
		return "ben " + maghrebWord(w[3:], o)
	}
	// the article l' joined: Lamine, al-Amine; Larbi, al-Arbi.
	if len(w) >= 4 && w[0] == 'l' && isVowel(w[1]) && 'a' <= w[1] && w[1] <= 'z' && o.afterArticle[w[1]-'a'] {
		return "al-" + maghrebWord(w[1:], o)
	}
	// X al-Din joined: Salaheddine, Salah ed-Din; Azzedine.
	if o.din {
		for _, suf := range [...]string{"eddine", "eddin", "edine"} {
			if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) {
				return maghrebWord(w[:len(w)-len(suf)], o) + " ed-din"
			}
		}
	}
	// -ène for the diphthong ay: Hissène, Hissein (Husayn).
	if o.endsEin {
		if n := eneStem(w); n > 0 {
			w = w[:n] + "ein"
		}
	}
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'u' && o.noGu && i > 0 && frenchGu(w, i-1): // Meguid: Megid
			if b == nil {
				b = append(make([]byte, 0, len(w)), w[:i]...)
			}
		case c == 'c' && (o.sh && i+1 < len(w) && w[i+1] == 'h' && !notShinCh(w, 0, i) || // ch: sh
			o.noC && o.s && maghrebCE(w, 0, i)): // Hocine: Hosine
			if b == nil {
				b = append(make([]byte, 0, len(w)), w[:i]...)
			}
			b = append(b, 's')
		default:
			if b != nil {
				b = append(b, c)
			}
		}
	}
	if b != nil {
		w = string(b)
	}
	// the mute e after a final n that follows a vowel, written so that the
	// n is not read as a French nasal vowel: Hassane, Hassan; Hocine. Only
	// after the Arabic long vowels (-ane, -ine, -oune) and against a word
	// that ends in the same vowel and n: English feminine -ene (Marlene,
	// Marlon) and -ine against -on (Davine, Davion) are other names.
	if n := len(w); n >= 5 && strings.HasSuffix(w, "ne") && muteEVowel(w[:n-2])&o.endsVN != 0 {
		return w[:n-1]
	}
	return w
}

// The Arabic long vowels before a final n, as maghrebWord matches the
// French -ane, -ine, -oune against the English and scholarly -an, -in,
// -un.
const (
	vowelA = 1 << iota // ā: a
	vowelI             // ī: i, and ay (Husayn) or ee (Ameen)
	vowelU             // ū: ou in French, u or oo in English
)

// muteEVowel returns the long vowel that ends stem, the French word before
// its -ne: a, i, or ou (Slimane, Hocine, Haroune); 0 for another ending
// (-ene, -one, -une, which French does not write for an Arabic long vowel).
func muteEVowel(stem string) uint8 {
	n := len(stem)
	switch stem[n-1] {
	case 'a':
		return vowelA
	case 'i':
		return vowelI
	case 'u':
		if n >= 2 && stem[n-2] == 'o' {
			return vowelU
		}
	}
	return 0
}

// longVowelN returns the long vowel before the final n (or nn) of word w:
// a (Sliman, Hassan), i or y (Lamin, Husayn), ee (Yaseen), u, ou or oo
// (Harun, Haroun, Haroon); 0 for another (Marlon, Alan's -en form Allen).
func longVowelN(w string) uint8 {
	n := len(w)
	for n > 0 && w[n-1]|0x20 == 'n' {
		n--
	}
	if n == 0 {
		return 0
	}
	switch w[n-1] | 0x20 {
	case 'a':
		return vowelA
	case 'i', 'y':
		return vowelI
	case 'e':
		if n >= 2 && w[n-2]|0x20 == 'e' {
			return vowelI
		}
	case 'u':
		return vowelU
	case 'o':
		if n >= 2 && w[n-2]|0x20 == 'o' {
			return vowelU
		}
	}
	return 0
}

// maghrebChOnly reports whether a and b are one name in the French and the
// English transcription of Arabic as the Pinyin and Japanese minimal pairs
// of capsStage see it: word for word, each word that differs is written
// with ch in one name where the other writes sh, and alike otherwise
// (Hachemi, Hashemi). Pinyin and Hepburn part ch from sh, but such a word
// is no Chinese name when Pinyin spells it in three syllables or more, or
// not at all (hmuet.go's bound: a Chinese given name has two), and no
// Japanese name when its pair is romaji and each ch comes before e (native
// Japanese has no che: Hepburn writes it in loanwords only). Chen and
// Shen, Chaoyang and Shaoyang, Chizuko and Shizuko stay two.
func maghrebChOnly(a, b string) bool {
	if len(a) != len(b) || !hasPair(a, 'c', 'h') && !hasPair(b, 'c', 'h') {
		return false // ch and sh are of one length
	}
	split := func(r rune) bool { return r == ' ' || r == '-' }
	wa, wb := strings.FieldsFunc(a, split), strings.FieldsFunc(b, split)
	if len(wa) != len(wb) {
		return false
	}
	japanese := romajiDistinct(a, b)
	found := false
	for i := range wa {
		x, y := strings.ToLower(wa[i]), strings.ToLower(wb[i])
		if x == y {
			continue
		}
		if !hasPair(x, 'c', 'h') {
			x, y = y, x
		}
		if !chReadsSh(x, y, japanese) {
			return false
		}
		if sy := segmentPinyin(x, pinyinSyllables()); sy != nil && len(sy) < 3 {
			return false // Chen, Shen; Chaoyang, Shaoyang
		}
		found = true
	}
	return found
}

// chReadsSh reports whether word y is word x with each of the ch that x
// writes where y writes sh read as shin (not after s, t, y or r:
// notShinCh), the two otherwise alike; with japanese, each such ch comes
// before e.
func chReadsSh(x, y string, japanese bool) bool {
	if len(x) != len(y) {
		return false
	}
	read := false
	for i := 0; i < len(x); i++ {
		if x[i] == y[i] {
			continue
		}
		if x[i] != 'c' || y[i] != 's' || i+1 >= len(x) || x[i+1] != 'h' || y[i+1] != 'h' || notShinCh(x, 0, i) {
			return false
		}
		if japanese && (i+2 >= len(x) || x[i+2] != 'e') {
			return false // Chizuko, Shizuko: the Japanese chi and shi
		}
		read = true
	}
	return read
}

// frenchGu reports whether name has at byte i the French gu before e or i,
// whose u only keeps the g hard (Naguib, Meguid, Guirguis: Najib, Majid,
// Girgis in the Egyptian g): g, u, then e, é or i and another letter (a
// final -gue is English and French: Teague, Montague).
func frenchGu(name string, i int) bool {
	if i+2 >= len(name) || name[i]|0x20 != 'g' || name[i+1]|0x20 != 'u' {
		return false
	}
	next := i + 3 // after the vowel
	switch n := name[i+2] | 0x20; {
	case n == 'e' || n == 'i':
	case name[i+2] == 0xc3 && i+3 < len(name) && (name[i+3] == 0xa9 || name[i+3] == 0xa8): // é, è
		next++
	default:
		return false
	}
	return next < len(name) && isLetterByte(name[next]) // not the English -gue of Teague
}

// eneStem returns the length of word w before its final -ène or -ene,
// when that follows a consonant, three letters or more (Hissène, Issène,
// Hissene: the French è for the diphthong ay of Husayn, Zayn), or 0.
// Irene and René stay as written.
func eneStem(w string) int {
	n := len(w)
	var stem int
	switch {
	case n >= 4 && strings.EqualFold(w[n-3:], "ene"):
		stem = n - 3
	case n >= 5 && w[n-4:n-2] == "\u00e8" && w[n-2]|0x20 == 'n' && w[n-1]|0x20 == 'e':
		stem = n - 4
	default:
		return 0
	}
	if stem < 3 || isVowel(w[stem-1]|0x20) || !isLetterByte(w[stem-1]) || w[stem-1] >= 0x80 {
		return 0
	}
	return stem
}

// endsEin reports whether word w ends in -ein, -ayn, -ain or -eyn, the
// diphthong ay before a final n.
func endsEin(w string) bool {
	n := len(w)
	if n < 4 {
		return false
	}
	v, y := w[n-3]|0x20, w[n-2]|0x20
	return (v == 'a' || v == 'e') && (y == 'i' || y == 'y') && w[n-1]|0x20 == 'n'
}
