package normalize

import (
	"slices"
	"strings"
	"unicode"
)

// Japanese minimal pairs. A Japanese given name or surname in Hepburn
// romanization is a sequence of morae, each written with its own character
// (Katsue and Katsuji, Kazuaki and Kazuyuki, Kimihito and Kimito are
// different names); romanizations of one name differ only in how they write
// long vowels (Ōkōchi, Okouchi, Ohkochi) and n before a labial (Shimpei,
// Shinpei). romajiDistinct vetoes a pair when both names read as Hepburn
// morae throughout and their morae differ once those are folded, as
// pinyinDistinct does for Chinese syllables. Names that are not
// Hepburn-shaped (a letter such as l, v or c, a syllable Hepburn does not
// write: si, ti, tu, hu; a doubled voiced consonant, bb, dd, gg, jj, zz,
// which the sokuon never is: Dabbashi, Hajji) are left alone, and so are
// pairs in which neither name has a mark of Japanese: a mora only Hepburn
// writes so (shi, chi, tsu, fu, ji, a glide as in kyo or ryu), a doubled
// voiceless consonant, a macron, ou, four morae of a consonant and a
// vowel (Kazuyuki, Kimihito: European names that read as morae are
// shorter) or a woman's given name in -ko (romajiKoName: Hiroko against
// Hirooka), since many European names also read as morae (Maria, Mariya;
// Doan, Doane; Azarenko, three such morae).

// romajiMinimalPairScore is the score of a Japanese minimal pair.
const romajiMinimalPairScore = 0.8

// romajiDistinct reports whether a and b are different Japanese names
// written in Hepburn: as many words each, every word read as morae, and a
// pair of words whose folded morae differ.
func romajiDistinct(a, b string) bool {
	var p romajiPair
	if !p.words(a, b) {
		return false
	}
	distinct, marked := false, false
	for i := range p.n {
		ma, mb, ok := p.morae(i)
		if !ok {
			return false
		}
		if !slices.Equal(ma, mb) {
			distinct = true
			marked = marked || romajiInnerVowel(ma, mb)
		}
		marked = marked || romajiMarked(p.wa[i], ma) || romajiMarked(p.wb[i], mb)
	}
	return distinct && marked
}

// romajiPair reads two names as Hepburn for romajiDistinct and
// romajiKeyDistinct, on buffers of its own (a method call, not a callback,
// so that they stay on the stack: TestRomajiMoraeLowersInPlace).
type romajiPair struct {
	wa, wb [3]string // the names' words (romajiWords)
	n      int       // as many in each
	ba, bb [24]string
}

// words reads the words of a and b, and reports whether both have as many
// words, one at least, that romajiWords reads.
func (p *romajiPair) words(a, b string) bool {
	na, okA := romajiWords(&p.wa, a)
	nb, okB := romajiWords(&p.wb, b)
	p.n = na
	return okA && okB && na == nb && na > 0
}

// morae returns the morae of the names' i-th words (romajiMorae), which
// the next call overwrites, and whether both read as two morae or more.
func (p *romajiPair) morae(i int) (ma, mb []string, ok bool) {
	ma, okA := romajiMorae(p.ba[:0], p.wa[i])
	if !okA || len(ma) < 2 {
		return nil, nil, false
	}
	mb, okB := romajiMorae(p.bb[:0], p.wb[i])
	return ma, mb, okB && len(mb) >= 2
}

// romajiInnerVowel reports whether the words read as morae ma and mb are
// the same but for the vowel of one mora of a consonant and a vowel, neither
// the first mora nor the last, nor one before a bare vowel, the vowels not o
// and u (Ozaki, Ozeki; Okamoto, Okimoto; Umezawa, Umizawa). Hepburn writes
// each vowel of such a mora with its own kana, so the two are two names even
// with no other mark of Japanese. The names other conventions write with
// another vowel there are left out: a first or last vowel (Reza, Raza;
// Naimi, Nuimi; Beata, Beate; Eugenia, Eugenie), the patronymic -sen
// against -son (Danish Hansen, English Hanson), a vowel before a vowel
// (Hosein, Hosain), o against u (French ou: Sahiron, Sahirun), e against
// i in a word of fewer than three morae of a consonant and a vowel (Slavic
// and Greek: Irina, Irena) and a word that opens on the moraic n, which no
// Japanese word does (Ntaganda, Ntagenda).
func romajiInnerVowel(ma, mb []string) bool {
	if len(ma) != len(mb) || len(ma) < 3 || ma[0] == "N" {
		return false
	}
	at := -1
	for i := range ma {
		if ma[i] != mb[i] {
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	if at <= 0 || at == len(ma)-1 {
		return false
	}
	x, y := ma[at], mb[at]
	if at == len(ma)-2 && ma[at+1] == "N" && (x == "se" && y == "so" || x == "so" && y == "se") {
		return false // the patronymic -sen of Danish and Norwegian, -son of Swedish and English: Hansen, Hanson
	}
	if bareVowel(x) && bareVowel(y) {
		// A bare vowel after a, o or u: Yaoko, Yaeko; Ruako, Rueko. After
		// e or i the letters are a digraph of English and its
		// neighbours (Damian, Damien; Keane, Keene; Aneirin, Aneurin).
		if prev := ma[at-1]; !bareVowelAfter(prev[len(prev)-1]) {
			return false
		}
	} else if len(x) < 2 || len(x) != len(y) || x[:len(x)-1] != y[:len(y)-1] ||
		bareVowel(ma[at+1]) && (ma[at+1] != "i" || at+2 != len(ma)) {
		// Before a bare vowel only a word's last i, a diphthong -ai, -ei,
		// -ui, -ii (Gisai, Gisei; Emai, Emii; Orui, Orii; Mirii, Mirui):
		// a vowel before another inside the word is one name's two
		// spellings in other conventions (Hosein, Hosain; Idonea, Idonia).
		return false
	}
	switch vx, vy := x[len(x)-1], y[len(y)-1]; {
	case vx == 'o' && vy == 'u' || vx == 'u' && vy == 'o':
		return false
	case vx == 'e' && vy == 'i' || vx == 'i' && vy == 'e':
		return cvMorae(ma) >= 3 // Umezawa, Umizawa; not Irina, Irena
	}
	return true
}

// romajiKeyDistinct reports whether a and b, which the key writes alike,
// are different Japanese names written in Hepburn: every word read as
// morae, as many in both names, the morae that differ differing only in
// their vowel or in the glide y against j (romajiGlideJ: Kyoyu, Kyoju),
// and one name with a mark of Japanese stronger than
// romajiMarked's: a mora only Hepburn writes so (shi, chi, tsu, a glide
// such as ryu or kyo) or a sokuon of k, t or p (Ryūtoku, Ryōtoku; Ichijō,
// Ichijū; Ippū, Ippo), or a short o against a short u in a word's last
// mora (lastLettersOU: Roku, Roko) or inside it, the words' letters apart
// in o and u only (lettersOUOnly: Meruko, Meroko), not in the first mora
// (Osama, Usama) nor before the moraic n (French ou: Sahiron, Sahirun).
// The key writes o as u, so it joins such names
// into a score of 1. romajiMarked's other marks are left out because the
// names the key joins carry them as one name's spellings: French ou
// (Abou, Abu; Poupin, Pupin), Arabic ss and macrons (Hassan, Hasan; Abū).
func romajiKeyDistinct(a, b string) bool {
	if !romajiStrongSign(a) && !romajiStrongSign(b) && !lettersOUOnly(a, b) {
		return false // the common case, a byte scan or two
	}
	var p romajiPair
	if !p.words(a, b) {
		return false
	}
	distinct, marked := false, false
	for i := range p.n {
		ma, mb, ok := p.morae(i)
		if !ok || len(ma) != len(mb) {
			return false // as many morae: the key joins a long vowel to a short one too (Chikātsu, Chikaatsu)
		}
		for j := range ma {
			if ma[j] == mb[j] {
				continue
			}
			if x, y := ma[j], mb[j]; (len(x) != len(y) || x[:len(x)-1] != y[:len(y)-1]) && !romajiGlideJ(x, y) {
				return false // not a vowel of one onset nor yu, ju: words in another order (Honpa Jodoshu, Jodoshu Honpa)
			}
			distinct = true
			marked = marked || j == len(ma)-1 && lastLettersOU(p.wa[i], p.wb[i]) ||
				j > 0 && j < len(ma)-1 && ma[j+1] != "N" && len(ma[j]) == 2 && ma[j][1] != mb[j][1] && lettersOUOnly(p.wa[i], p.wb[i])
		}
		marked = marked || romajiStrongMark(ma) || romajiStrongMark(mb)
	}
	return distinct && marked
}

// lastLettersOU reports whether words a and b, as long as each other, end
// in o and u, for romajiKeyDistinct's mark on the last mora of two words. Hepburn writes a short o and a short
// u with their own kana, and no convention that writes a name as Hepburn
// morae writes one for the other at the end of a word: Roku and Roko,
// Sotoku and Sotoko, Akio and Akiu are two names. The key writes o as u
// for French ou and the Arabic vowels, which are inside the word, a long
// vowel (Abou, Abu: another length) or no Hepburn (Abdo, Abdu: bd).
func lastLettersOU(a, b string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	x, y := a[len(a)-1]|0x20, b[len(b)-1]|0x20
	return x == 'o' && y == 'u' || x == 'u' && y == 'o'
}

// romajiGlideJ reports whether morae x and y are the glide y and the j of
// one vowel (yu, ju): Hepburn writes ゆ and じゅ apart; the key writes j as y
// for the Slavic and German j (Dmitrijev, Dmitriyev), which are no Hepburn.
func romajiGlideJ(x, y string) bool {
	return len(x) == 2 && len(y) == 2 && x[1] == y[1] && (x[0] == 'y' && y[0] == 'j' || x[0] == 'j' && y[0] == 'y')
}

// lettersOUOnly reports whether words a and b, as long as each other,
// differ only in o against u, each a letter of its own: a short vowel in
// Hepburn, which writes お and う apart; the long vowels (ou, ō) and French
// ou (Abou, Abu) change the length. It is also romajiKeyDistinct's quick
// test on whole names.
func lettersOUOnly(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i]|0x20, b[i]|0x20
		if x != y && !(x == 'o' && y == 'u' || x == 'u' && y == 'o') {
			return false
		}
	}
	return true
}

// romajiStrongSign is romajiKeyDistinct's quick test: name has one of the
// spellings its strong marks need (a consonant, y and a, u or o; sh or ch
// and a vowel; tsu; a doubled k, t or p; a letter past ASCII may be ū or
// ō) and no l, v, q or x, which no
// Hepburn writes. A byte scan: most names the key joins are Western and
// fail here (Christopher: ch before r; Thomas: th).
func romajiStrongSign(name string) bool {
	sign := false
	for i := 0; i < len(name); i++ {
		c := name[i] | 0x20
		switch c {
		case 'l', 'v', 'q', 'x':
			return false
		case 'y':
			sign = sign || i > 0 && strings.IndexByte("kgnhbpmr", name[i-1]|0x20) >= 0 && i+1 < len(name) && (strings.IndexByte("auo", name[i+1]|0x20) >= 0 || name[i+1] >= 0x80)
		case 'h':
			sign = sign || i > 0 && (name[i-1]|0x20 == 's' || name[i-1]|0x20 == 'c') && i+1 < len(name) && (isVowel(name[i+1]|0x20) || name[i+1] >= 0x80)
		case 't':
			sign = sign || i+2 < len(name) && name[i+1]|0x20 == 's' && name[i+2]|0x20 == 'u'
			fallthrough
		case 'k', 'p':
			sign = sign || i+1 < len(name) && (name[i+1]|0x20 == c || c == 't' && name[i+1]|0x20 == 'c')
		}
	}
	return sign
}

// romajiStrongMark reports whether morae has a mora of three letters (shi,
// chi, tsu, a glide) or a sokuon before k, t, p or ch.
func romajiStrongMark(morae []string) bool {
	for i, m := range morae {
		if len(m) == 3 {
			return true
		}
		if m == "Q" && i+1 < len(morae) {
			if c := morae[i+1][0]; c == 'k' || c == 't' || c == 'p' || c == 'c' {
				return true
			}
		}
	}
	return false
}

// romajiWords puts the words of name, cut at spaces and hyphens, in w and
// returns how many; ok is false when there are more than three (no
// allocation: romajiDistinct runs for most pairs that get that far).
func romajiWords(w *[3]string, name string) (n int, ok bool) {
	start := -1
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != ' ' && name[i] != '-' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n == len(w) {
				return n, false
			}
			w[n] = name[start:i]
			n++
			start = -1
		}
	}
	return n, true
}

// romajiMarked reports whether a word read as morae has a mark of Japanese
// (see romajiDistinct).
func romajiMarked(word string, morae []string) bool {
	if strings.ContainsAny(word, "ōūŌŪ") || hasPair(word, 'o', 'u') {
		return true
	}
	if cvMorae(morae) >= 4 || romajiKoName(morae) {
		return true
	}
	for _, m := range morae {
		// shi, chi, tsu and the glides (kyo, ryu, sha) are three letters.
		if m == "Q" || len(m) == 3 || m == "ji" || m == "ja" || m == "ju" || m == "jo" || m == "fu" {
			return true
		}
	}
	return false
}

// romajiOnsets are the onsets of Hepburn morae and the vowels each takes.
var romajiOnsets = map[string]string{
	"": "aiueo", "k": "aiueo", "g": "aiueo", "s": "aueo", "sh": "aiueo", "z": "aueo", "j": "aiueo",
	"t": "aeo", "ch": "aiueo", "ts": "u", "d": "aeo", "n": "aiueo", "h": "aieo", "f": "u",
	"b": "aiueo", "p": "aiueo", "m": "aiueo", "y": "auo", "r": "aiueo", "w": "ao",
	"ky": "auo", "gy": "auo", "ny": "auo", "hy": "auo", "by": "auo", "py": "auo", "my": "auo", "ry": "auo",
}

// romajiMora holds each mora of romajiOnsets (an onset and one of its
// vowels) as a string of its own, so that romajiMorae appends it without
// allocating one for each mora it reads.
var romajiMora = newLazy(func() map[string]string {
	m := map[string]string{}
	for onset, vowels := range romajiOnsets {
		for i := range len(vowels) {
			m[onset+vowels[i:i+1]] = onset + vowels[i:i+1]
		}
	}
	return m
})

// romajiMorae appends to out the morae of word in Hepburn, long vowels
// folded (ō, ou, oo are o; ū, uu are u) and the moraic n written "N",
// and reports whether the whole word reads so. It lowers word a rune at a
// time (strings.ToLower would copy it) into a buffer on the stack.
func romajiMorae(out []string, word string) ([]string, bool) {
	var buf [32]byte
	w := buf[:0]
	for _, r := range word {
		switch r = unicode.ToLower(r); r {
		case 'ō', 'ô':
			r = 'o'
		case 'ū', 'û':
			r = 'u'
		case 'ā', 'â':
			r = 'a'
		}
		if r < 'a' || r > 'z' {
			return nil, false
		}
		w = append(w, byte(r))
	}
	for i := 0; i < len(w); {
		if len(out) == cap(out) && cap(out) >= 24 {
			return nil, false
		}
		c := w[i]
		// Moraic n: before a consonant other than y, or at the end; m
		// before a labial.
		if (c == 'n' || c == 'm' && i+1 < len(w) && (w[i+1] == 'b' || w[i+1] == 'p' || w[i+1] == 'm')) &&
			(i+1 == len(w) || !isVowel(w[i+1]) && w[i+1] != 'y') {
			out = append(out, "N")
			i++
			continue
		}
		// Sokuon: a doubled voiceless consonant (kk, ss, tt, pp; cc in
		// the wāpuro cch), or t before ch. A Japanese name doubles no
		// other (bb, dd, gg, jj, zz, rr, hh: only loanwords do), so a word
		// that does is no Hepburn (Dabbashi, Hajji).
		if i+1 < len(w) && !isVowel(c) && c != 'n' && (w[i+1] == c || c == 't' && w[i+1] == 'c') {
			if !sokuonConsonant[c] {
				return nil, false
			}
			out = append(out, "Q")
			i++
			continue
		}
		j := i
		for j < len(w) && !isVowel(w[j]) {
			j++
		}
		if j == len(w) || j-i > 2 {
			return nil, false
		}
		vowels, ok := romajiOnsets[string(w[i:j])]
		if !ok || strings.IndexByte(vowels, w[j]) < 0 {
			return nil, false
		}
		m, ok := romajiMora.get()[string(w[i:j+1])]
		if !ok {
			m = string(w[i : j+1]) // not reached: an onset and one of its vowels
		}
		// Long vowels: ou, oo and uu are one long vowel.
		if j == i && len(out) > 0 {
			last := out[len(out)-1]
			if lv := last[len(last)-1]; (c == 'u' || c == 'o') && lv == 'o' || c == 'u' && lv == 'u' {
				i = j + 1
				continue
			}
		}
		out = append(out, m)
		i = j + 1
	}
	return out, true
}

// sokuonConsonant marks the consonants a Hepburn sokuon doubles: the
// voiceless k, s, t, p (sh, ch and ts begin with s, c and t).
var sokuonConsonant = [256]bool{'k': true, 's': true, 't': true, 'p': true, 'c': true}

// bareVowel reports whether mora m is a vowel alone (a, i, u, e, o; not
// the moraic n N nor the sokuon Q).
func bareVowel(m string) bool {
	return len(m) == 1 && isVowel(m[0])
}

// bareVowelAfter reports whether a bare vowel after vowel v is a mora of
// its own in every convention that writes the name so: after a, o or u
// (Yaoko, Ruako); ea, ee, ei, ie and io are English and Romance digraphs.
func bareVowelAfter(v byte) bool {
	return v == 'a' || v == 'o' || v == 'u'
}

// cvMorae counts the morae of a consonant and a vowel (ki, zu; not a, N
// or Q).
func cvMorae(morae []string) int {
	n := 0
	for _, m := range morae {
		if len(m) >= 2 {
			n++
		}
	}
	return n
}
