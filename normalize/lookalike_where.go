package normalize

// Look-alikes told apart by where the one letter they differ in stands
// (issue 11, branch lookalike3): a letter that no spelling convention
// alternates at that place in a word makes another name, however near the
// two letters are elsewhere. Each rule reads the one word in which two names
// differ (wordApart) and asks that it differ in one letter only.

// oneLetterApart returns the place at which the differing words of w, of one
// length, differ, or -1 when they differ in more letters than one or have
// other lengths.
func (w *wordApart) oneLetterApart() int {
	x, y := w.words()
	if len(x) != len(y) {
		return -1
	}
	at := -1
	for i := range x {
		if x[i] != y[i] {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// liquidCluster reports whether the word in which two names differ has l in
// one name where the other has r, next to a consonant, inside the word
// (Kirchdorf, Kilchdorf; Blackburn, Brackburn). The conventions that write
// l and r for one sound are those of Japanese, whose Hepburn romanisation
// writes every ら-row syllable with r, and Korean, whose ㄹ is r before a
// vowel and l before a consonant or at a syllable's end: a Japanese syllable
// has no consonant cluster, and Korean writes ㄹ next to a consonant as l in
// every romanisation (Ulsan, Cholla), so a liquid in a cluster is written as
// the language has it. h, w and y are left out as neighbours (written for a
// vowel's onset or length: Portuguese lh, Greek rh), and so are nasals and
// liquids, whose Korean assimilation nasalLiquid reads.
func (w *wordApart) liquidCluster() bool {
	at := w.oneLetterApart()
	x, y := w.words()
	if at <= 0 || at >= len(x)-1 || len(x) < 5 {
		return false
	}
	if c, d := min(x[at], y[at]), max(x[at], y[at]); c != 'l' || d != 'r' {
		return false
	}
	cluster := func(c byte) bool {
		return !isVowel(c) && c != 'h' && c != 'w' && c != 'y' && c != 'n' && c != 'm' && c != 'l' && c != 'r'
	}
	return cluster(x[at-1]) || cluster(x[at+1])
}

// stopVoicing reports whether the word in which two names differ has a
// voiceless stop (k, t, p) in one name where the other has its voiced
// partner (g, d, b), between two vowels (Okada, Ogada; Sakata, Sagata) or
// after a vowel and before l or r, in a cluster (Kaplan, Kablan). The
// conventions that write one stop both ways do it at the start of a word or
// a syllable, not between the vowels of one: Wade-Giles against Pinyin and
// McCune-Reischauer against the Revised Romanisation write a syllable's
// first stop voiceless or voiced (Pak, Bak; Peking, Beijing; such names are
// written in syllables, with hyphens or spaces, and initialAlternates reads
// their first letter), Turkish and German write a final stop voiceless
// (Mehmet, Mehmed), and the Arabic digraphs th, dh, kh, gh have h after the
// stop. Between vowels Hepburn, the Korean romanisations and the Latin
// alphabets of Europe and Africa write the stop as it is spoken, so the
// voiced and the voiceless one are two names (Japanese Takeda, Tageda);
// Chinese, Korean and Japanese have no stop before a liquid to write.
// Western Armenian's voicing (Hagop, Hakob) turns every stop of a name,
// usually two or more; a name with one of them is left to this rule.
func (w *wordApart) stopVoicing() bool {
	at := w.oneLetterApart()
	x, y := w.words()
	if at <= 0 || at >= len(x)-1 || len(x) < 5 {
		return false
	}
	c, d := min(x[at], y[at]), max(x[at], y[at])
	if !(c == 'g' && d == 'k' || c == 'd' && d == 't' || c == 'b' && d == 'p') {
		return false
	}
	return isVowel(x[at-1]) && (isVowel(x[at+1]) || x[at+1] == 'l' || x[at+1] == 'r')
}

// consonantInserted reports whether the word in which two names differ has,
// in one name, a consonant more than in the other, between a consonant and a
// vowel inside the word (Kalintovka, Kalinovka; Santriago, Santiago): the
// consonant opens a syllable of its own; or between two vowels, where it is
// none of the letters spellings write for a hiatus (Lezonardo, Leonardo:
// below). The conventions that write a
// consonant letter in one spelling and none in the other write h for
// aspiration or a digraph (Sirpur, Shirpur; Khasan, Hasan), a glide (y, w,
// j: Marija, Maria), a doubled letter (Mohammed, Mohamed), a silent or
// affricate letter before another consonant (Schmidt, Schmid; Thompson,
// Thomson; tch, dzh, ck), a nasal before a consonant (Greek nt, mp;
// Portuguese and Hindi nasal vowels; Bantu Ntaganda) or a final letter: none
// puts a consonant between a consonant and the vowel after it. A hiatus is
// written with a glide (Maria, Marija), h (Noah), an apostrophe for hamza or
// ʿayn (not a letter: not read here), g for Turkish ğ (Doğan, Doan) or v
// (Slavic spellings): the rule leaves those consonants between vowels alone.
// After a consonant, the digraphs of Latin alphabets are conventions too:
// the second letter of Polish sz, cz, rz, dz (Kaszuba, Kasuba), of
// Hungarian cs and zs, of Belarusian dz for Russian d (Radzivon, Radivon)
// and of Hepburn's tsu against Kunrei's tu (Matsumoto, Matumoto). The
// words may differ besides in i against y, which the romanisations of one
// Cyrillic и or й write either way (Matveychenko, Mateichenko: Матвейченко,
// Матейченко; branch names44): the consonant stays another name's.
func (w *wordApart) consonantInserted() bool {
	x, y := w.words()
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x) != len(y)+1 || len(y) < 4 {
		return false
	}
	i := 0
	for i < len(y) && sameIY(x[i:i+1], y[i:i+1]) {
		i++
	}
	if i == 0 || i >= len(y) || !sameIY(x[i+1:], y[i:]) {
		return false
	}
	c, p, n := x[i], x[i-1], x[i+1]
	if isVowel(c) || c == 'h' || c == 'y' || c == 'w' || c == 'j' || c == p || c == n || !isVowel(n) {
		return false
	}
	if c == 'z' && (p == 's' || p == 'c' || p == 'r' || p == 'd') || c == 's' && (p == 't' || p == 'c' || p == 'z') {
		return false // digraphs: Polish sz, cz, rz, dz; Hungarian cs, zs; Hepburn tsu
	}
	if isVowel(p) {
		return c != 'g' && c != 'v' // a hiatus: Turkish ğ written g or not, Slavic v
	}
	return p != 'y' && p != 'w' && p != 'h'
}

// oeDigraph reports whether the word in which two names differ has oe in
// one name where the other has ee or ie, the names otherwise one (Groenveld,
// Greenveld; Boekel, Beekel). Dutch, Afrikaans and old Indonesian write oe
// for the vowel of "boek" (u), ee and ie for two others; German's oe is ö,
// which other spellings write o or e alone, never ee or ie. No convention
// writes one of these vowels with another's digraph.
func (w *wordApart) oeDigraph() bool {
	at := w.oneLetterApart()
	x, y := w.words()
	if at < 0 || at+1 >= len(x) || x[at+1] != 'e' {
		return false
	}
	c, d := min(x[at], y[at]), max(x[at], y[at])
	return d == 'o' && (c == 'e' || c == 'i')
}

// clusterVowel reports whether the word in which two names differ starts
// with one cluster of two or more consonants in both names, followed in
// each by one vowel letter and a consonant, and the vowel is another
// (Kratzmann, Kritzmann; Studer, Stader). A Germanic name stresses its first
// syllable, and a cluster before the vowel is no sound of Arabic, Hebrew,
// Persian, Japanese or Chinese, whose romanisations write vowels in several
// ways: the vowel after it is the name's own, the one a katakana or Cyrillic
// spelling keeps. The pairs that a convention writes for one another there
// are left to the other rules: e and i (Slavic and Romance: Gregory,
// Grigory), a and e (German ä written a or e: Kramer, Kremer; English er
// for /ɑː/: Clerk, Clark), i and u (Yiddish i for German ü: Grinberg,
// Grünberg), o and a (Belarusian akanye: Branislau, Bronislav), o and u
// (Polish ó: Król, Krul), o and e (Yiddish e for German ö), i and o
// (Ukrainian і for the o of Russian in a closed syllable: Lviv, Lvov). A first
// consonant with h after it is one sound (sh, ch, kh, th: Shandor), a
// vowel before y, w or h a diphthong or a long vowel.
func (w *wordApart) clusterVowel() bool {
	x, y := w.words()
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] && !isVowel(x[p]) && x[p] != 'y' {
		p++
	}
	if p < 2 || x[1] == 'h' || p+1 >= len(x) || p+1 >= len(y) {
		return false
	}
	c, d := min(x[p], y[p]), max(x[p], y[p])
	if c == d || !isVowel(c) || !isVowel(d) || clusterVowelAlike(c, d) {
		return false
	}
	after := func(e byte) bool { return !isVowel(e) && e != 'y' && e != 'w' && e != 'h' }
	return after(x[p+1]) && after(y[p+1])
}

// clusterVowelAlike reports whether vowels c < d are a pair clusterVowel
// leaves to the other rules: e i, a e, i u, a o, o u, e o, i o.
func clusterVowelAlike(c, d byte) bool {
	switch uint16(c)<<8 | uint16(d) {
	case 'e'<<8 | 'i', 'a'<<8 | 'e', 'i'<<8 | 'u', 'a'<<8 | 'o', 'o'<<8 | 'u', 'e'<<8 | 'o', 'i'<<8 | 'o':
		return true
	}
	return false
}

// innerAI reports whether the word in which two names differ has a in one
// name where the other has i, between two consonants, in a syllable that is
// neither the word's first nor its last (Armadale, Armidale; Salami,
// Salimi). A vowel there is the name's own: the conventions that write a
// and i for one vowel do so where an abjad leaves the short vowel
// unwritten, in the first syllable (Masri, Misri; Zindani, Zandani) and the
// last (Khalaf, Khalif; Fazal, Fazil), and Persian and Arabic write the
// long a and i of a middle syllable with two letters (سلامی, سلیمی). h, w
// and y are no consonants here (a vowel's onset or length: Ibrahim), nor
// are the letters beside another vowel (Pearce, Peirce). Nor is the case
// vowel of an Arabic compound, which spellings write a, i or u: before the
// article's doubled sun letter (Nuraddin, Nuriddin; Nasrallah, Nasrillah)
// and after Abd (Somali Abdirahman, Abdarahman); a vowel before any
// doubled consonant is left with it (Pallappatti, Pallippatti).
func (w *wordApart) innerAI() bool {
	at := w.oneLetterApart()
	x, y := w.words()
	if at < 2 || at > len(x)-3 {
		return false
	}
	if c, d := min(x[at], y[at]), max(x[at], y[at]); c != 'a' || d != 'i' {
		return false
	}
	consonant := func(c byte) bool { return !isVowelY(c) && c != 'h' && c != 'w' }
	if !consonant(x[at-1]) || !consonant(x[at+1]) {
		return false
	}
	if x[at+1] == x[at+2] || at == 3 && hasPrefix(x, "abd") {
		return false // an Arabic compound's case vowel: Nuraddin, Nuriddin; Nasrallah, Nasrillah; Abdarahman, Abdirahman
	}
	before, after := false, false
	for _, c := range x[:at-1] {
		before = before || isVowelY(c)
	}
	for _, c := range x[at+2:] {
		after = after || isVowelY(c)
	}
	return before && after
}
