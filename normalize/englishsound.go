package normalize

// English spellings of one sound. English writes most of its vowel sounds
// in several ways, and names keep the spellings their families chose: Burt
// and Bert, Greene and Green, Wight and White, Lier and Lear are each one
// spoken name (Russian writes each pair alike). The correspondences used
// here are the main ones of the published surveys of English spelling
// (Carney, A Survey of English Spelling, 1994, ch. 4; Venezky, The American
// Way of Spelling, 1999, ch. 5), as the phonics tables give them:
//
//	sound    spellings read                    (kept out: what makes them ambiguous)
//	/eɪ/     a_e, ai, ay                       (ei: vein, Keith, Heine; eigh: eight, Leigh, height;
//	                                           ae: Mae, but Michael, Caesar, Romanian Nicolae)
//	/iː/     e_e, ee, ea, ie before a cluster  (ea before d, v, th, l+consonant, or one consonant
//	         or a final l, f, k                and a vowel: head, heavy, death, health, measure;
//	                                           ie before another final letter: died, dies, Vivien)
//	/aɪ/     i_e, y_e, igh; ie ending a word of one vowel
//	/oʊ/     o_e, oa                           (ow, ou: low/cow, soul/soup; oe: Joe, but Japanese
//	                                           Daijo-e; oa before a final n: Joan, Jo-anne, Koan)
//	/uː/     u_e, final ue                     (oo, ew, ui: book/food, new/sew, build/fruit)
//	/ɔɪ/     oi, oy
//	/ɔː/     au, aw before a consonant or at the end (augh, ough: caught/laugh, though/through)
//	/ɜː/     er, ir, ur, yr before a consonant or at the end
//	/ɑː/     ar before a consonant or at the end
//	/ɔː(r)/  or before a consonant or at the end
//	/ɪə/     eer; ear and ier ending a word    (ear before a consonant: earth, beard, heart; bear,
//	                                           pear, wear, tear; ier after a vowel: Collier)
//	/eə/     air, are ending a word
//	/i/      y, ey, ie ending a word of two vowels or more (Kelsey, Kelsie, Kelsy)
//	short    a, e, i, o, u; y between consonants as i (Lynn, Linn; Smyth, Smith)
//
// The words where the main correspondence is not the sound (Carney's
// lists: great, been, come, done, love, move, give, have... in
// enExceptions) are left unread. After one consonant letter (or th; not
// s or g, whose sound it changes: base, bays; page) that follows one
// vowel letter, a final e marks that vowel long (Carney's "e-marking":
// Kate, Pete, Kite, Kyle, Hope, Luke) and is read as part of that vowel's
// spelling; it is silent, and also read as part of the vowel's spelling,
// after one consonant after a vowel digraph (Peake, Greene, Deane; after
// ai only n: Paine), after a vowel and r and a consonant (Clarke, Forde)
// and after ck (Thicke). Any other final e after a consonant leaves the
// word unread: after g, s, c, th, ch, v, z it changes the consonant's
// sound (change, chang; base, bays), and after other clusters it is
// spoken in the names of other languages (Grande, Ranke). Consonants are
// one sound however they are doubled (Lynn, Lyn), s and ss aside (ss is
// /s/, a final s often /z/); c is k before a, o, u, a consonant or at the
// end, and soft before e, i, y (its own sound: it is /s/ where s may be
// /z/: peace, peas); ck is k; the h of wh is silent (White, Wight); tch is
// its own sound (ch is also /k/ and /ʃ/: Mach, Michelle).
//
// Anything else — another pair of vowel letters (ia, uo, ou, oo, ow, ew),
// a pair before a doubled consonant (which marks a short vowel: Jo-anne),
// one vowel letter before one consonant and a vowel letter (the open
// syllable, long or short: cable, camel; coma, comma; baked, backed), a
// vowel and r before a vowel (Mary, Marry), gh but in igh, q without u, a
// final i or u, an h after a consonant but in ch, sh, th, wh, ph, a
// consonant, y and a vowel (Japanese kyo, ryo), a doubled consonant
// before another consonant (Japanese nn), a letter outside ASCII, and the
// beginnings kh, zh, dj, hs, ts, sz, cz, tz, x — leaves a word unread: it
// is a spelling English does not use, or one whose sound the tables do
// not settle.
//
// englishSoundSim holds two names of one word each the same when the
// words, of four letters or more each, read as the same sounds, spelled
// differently in one vowel and at most one consonant (Peake, Pieck: ea_e
// and ie, k and ck). A different vowel sound never merges (Bert, Bart;
// Dean, Din), nor do two words whose consonants differ. Words of three
// letters are left: there one sound shape is many names (Mae, May, Mei).
// Names of more words are left too: in running text a name of several
// words is most often made of English words, and English spelling keeps
// apart words of one sound (Sail Street and Sale Street, Peak Road and
// Peek Road, the Meat Market and Meet Market are each two places: a
// --check of such a text reported one as a misspelling of the other).
// For the same reason the reading is left out of the names a check or
// names discover finds in running text (checkSim, s.inText): a capitalised
// word there may be an ordinary English word, and "Plain" and "Plane", or
// "Hail" and "Hale", one word each, are two words, not two spellings of
// one. It reads names given as names: names match, a Matcher, Similarity.

// englishSoundMinLen is the fewest letters a word englishSoundSim reads
// may have.
const englishSoundMinLen = 4

// englishSoundMaxLen is the most letters such a word may have (a longer
// word is left as written).
const englishSoundMaxLen = 20

// englishSoundSim returns max(score, 1 less a convention's cost) when a and
// b are one word each, two English spellings of one sound (see above);
// otherwise score.
func (s *simState) englishSoundSim(a, b string, score float64) float64 {
	if s.inText || !enWordLength(a) || !enWordLength(b) || !asciiLetters(a) || !asciiLetters(b) {
		return score // a checkSim's (see above), or not one word of ASCII letters each
	}
	if englishSoundSame(a, b) {
		return max(score, 1-conventionPenalty)
	}
	return score
}

// enWordLength reports whether w has the letters englishSoundSame reads:
// englishSoundMinLen to englishSoundMaxLen.
func enWordLength(w string) bool {
	return len(w) >= englishSoundMinLen && len(w) <= englishSoundMaxLen
}

// asciiLetters reports whether w is ASCII letters only (one word).
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return true
}

// englishSoundSame reports whether words x and y (any case) read as the
// same English sounds (enReading), spelled differently in at most
// one vowel and at most one consonant.
func englishSoundSame(x, y string) bool {
	if !enWordLength(x) || !enWordLength(y) {
		return false
	}
	if !enSkeletonsEqual(x, y) {
		return false // most pairs: another consonant
	}
	var lx, ly [englishSoundMaxLen]byte
	wx, wy := enLower(&lx, x), enLower(&ly, y)
	var rx, ry enReading
	if !rx.read(wx) || !ry.read(wy) || rx.n != ry.n {
		return false
	}
	vowels, consonants := 0, 0
	for k := 0; k < rx.n; k++ {
		if rx.sound[k] != ry.sound[k] {
			return false
		}
		if string(wx[rx.start[k]:rx.end[k]]) == string(wy[ry.start[k]:ry.end[k]]) && rx.silentE[k] == ry.silentE[k] {
			continue
		}
		if enVowelSound(rx.sound[k]) {
			vowels++
		} else {
			consonants++
		}
	}
	return vowels+consonants > 0 && vowels <= 1 && consonants <= 1 && enPlausible(wx) && enPlausible(wy)
}

// enLower writes w (ASCII letters, englishSoundMaxLen at most) in lower
// case into buf and returns it.
func enLower(buf *[englishSoundMaxLen]byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	return buf[:len(w)]
}

// enSkeletonsEqual reports whether words x and y (any case) have one
// consonant skeleton: every letter but a, e, i, o, u, y, w and h, and g
// before h, with c and q as k and a letter the same as the one before it
// left out (Lynn, Thicke). Two words of one reading (enReading) have one
// skeleton, so a pair of two skeletons needs no reading; it compares them
// as it goes, and most pairs differ at their first consonants. It is not
// key.go's Skeleton: that one drops only the vowels and y, so it keeps w,
// h and the g of gh (White, Wight differ there), writes g as k and keeps
// c, and builds a string for each word.
func enSkeletonsEqual(x, y string) bool {
	i, j := 0, 0
	var px, py byte
	for {
		var cx, cy byte
		cx, i, px = enSkeletonNext(x, i, px)
		cy, j, py = enSkeletonNext(y, j, py)
		if cx != cy {
			return false
		}
		if cx == 0 {
			return true
		}
	}
}

// enSkeletonNext returns the next consonant of w's skeleton from i on (0
// at the end), where to go on from, and the letter to leave out next
// (prev: the skeleton letter just before, or 0 after a vowel).
func enSkeletonNext(w string, i int, prev byte) (byte, int, byte) {
	for ; i < len(w); i++ {
		c := w[i] | 0x20
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			prev = 0
			continue
		case 'w', 'h':
			continue
		case 'g':
			if i+1 < len(w) && w[i+1]|0x20 == 'h' {
				continue
			}
		case 'c', 'q':
			c = 'k'
		}
		if c != prev {
			return c, i + 1, c
		}
	}
	return 0, i, prev
}

// enPlausible reports whether w (lower case) may be an English name: it
// does not begin as enForeignStart, is no word of enExceptions and has no
// consonant, y and vowel (Japanese kyo, ryo, nyo). englishSoundSame asks
// it last, of a pair it would join.
func enPlausible(w []byte) bool {
	for _, f := range enForeignStart {
		if hasPrefix(w, f) {
			return false
		}
	}
	if enExceptionWord(w) {
		return false
	}
	for i := 2; i < len(w); i++ {
		if w[i-1] == 'y' && enVowelLetter(w, i) && !enVowelLetter(w, i-2) {
			return false
		}
	}
	return true
}

// enReading is a word read as English sounds: n units, each a sound (one
// byte: the vowel classes are upper case, see enVowelSound), the letters
// that spell it (start, end) and whether a silent final e belongs to its
// spelling.
type enReading struct {
	n          int
	sound      [englishSoundMaxLen]byte
	start, end [englishSoundMaxLen]uint8
	silentE    [englishSoundMaxLen]bool
}

// The vowel sounds of enReading, one byte each.
const (
	enLongA  = 'A' // /eɪ/ Kate, Kaine, Kay
	enLongE  = 'E' // /iː/ Pete, Peet, Peat, Piers
	enLongI  = 'I' // /aɪ/ Kite, Kyle, Wight
	enLongO  = 'O' // /oʊ/ Hope, Hoad, Joe
	enLongU  = 'U' // /uː/ Luke, Sue
	enOi     = 'Y' // /ɔɪ/ Boyd, Lloyd
	enAw     = 'C' // /ɔː/ Paul, Rawls
	enNurse  = 'R' // /ɜː/ Bert, Burt, Birt
	enStart  = 'P' // /ɑː/ Clark
	enNorth  = 'N' // /ɔː(r)/ Ford
	enNear   = 'Q' // /ɪə/ Lear, Leer, Lier
	enSquare = 'W' // /eə/ Blair, Blare
	enHappy  = 'H' // /i/ at a word's end: Kelsey, Kelsy
	enShortA = 'a'
	enShortE = 'e'
	enShortI = 'i'
	enShortO = 'o'
	enShortU = 'u'
)

// The consonant sounds of enReading written with two letters or more, one
// byte each (a digit or a sign, never a letter); every other consonant is
// its letter, a soft c (before e, i, y) is c and a hard one k.
const (
	enCh  = '1'
	enTch = '5'
	enSh  = '2'
	enTh  = '3'
	enPh  = '4'
	enSs  = '$' // ss: /s/, where s may be /z/
)

// enVowelSound reports whether sound c of an enReading is a vowel.
func enVowelSound(c byte) bool {
	switch c {
	case enShortA, enShortE, enShortI, enShortO, enShortU:
		return true
	}
	return 'A' <= c && c <= 'Z'
}

// enVowelLetter reports whether w[i] (lower case) is a vowel letter: a, e,
// i, o, u (isVowel), and y when no vowel letter follows it (before a vowel
// it is a consonant, as in Boyle's l-e or Maya).
func enVowelLetter(w []byte, i int) bool {
	if isVowel(w[i]) {
		return true
	}
	return w[i] == 'y' && (i+1 == len(w) || !enVowelLetter(w, i+1))
}

// enForeignStart are beginnings of words English spelling does not have.
var enForeignStart = [...]string{"kh", "zh", "dj", "hs", "ts", "sz", "cz", "tz", "x"}

// add appends a unit.
func (r *enReading) add(sound byte, start, end int) {
	r.sound[r.n], r.start[r.n], r.end[r.n] = sound, uint8(start), uint8(end)
	r.n++
}

// read reads w (lower-case ASCII letters) unit by unit; it reports false
// when w has a spelling the tables above leave out.
func (r *enReading) read(w []byte) bool {
	vowelsBefore := 0 // vowel units read so far
	for i := 0; i < len(w); {
		c := w[i]
		if c < 'a' || c > 'z' {
			return false
		}
		if enVowelLetter(w, i) {
			n, ok := r.vowel(w, i, vowelsBefore)
			if !ok {
				return false
			}
			vowelsBefore++
			i += n
			continue
		}
		n, ok := r.consonant(w, i)
		if !ok {
			return false
		}
		i += n
	}
	return vowelsBefore > 0
}

// consonant reads the consonant unit at w[i]; it returns the letters read.
func (r *enReading) consonant(w []byte, i int) (int, bool) {
	c := w[i]
	var next byte
	if i+1 < len(w) {
		next = w[i+1]
	}
	switch {
	case c == 'q':
		if next != 'u' {
			return 0, false
		}
		r.add('q', i, i+2)
		return 2, true
	case c == 't' && next == 'c' && i+2 < len(w) && w[i+2] == 'h':
		r.add(enTch, i, i+3) // tch: /tʃ/ always, ch is also /k/, /ʃ/ (Mach, Michelle)
		return 3, true
	case next == 'h':
		switch c {
		case 'c':
			r.add(enCh, i, i+2)
		case 's':
			r.add(enSh, i, i+2)
		case 't':
			r.add(enTh, i, i+2)
		case 'p':
			r.add(enPh, i, i+2)
		case 'w':
			r.add('w', i, i+2) // wh: White
		default:
			return 0, false // gh (but igh), kh, dh, bh, rh...
		}
		return 2, true
	case c == 'c' && next == 'k':
		r.add('k', i, i+2)
		return 2, true
	case c == 'c' && next == 'c':
		return 0, false // cc: k or ks
	case c == 'c':
		if next == 'e' || next == 'i' || next == 'y' {
			r.add('c', i, i+1) // soft c: its own sound (peace, peas; cite, site)
		} else {
			r.add('k', i, i+1)
		}
		return 1, true
	case next == c:
		if i+2 < len(w) && !enVowelLetter(w, i+2) {
			return 0, false // a doubled consonant before a consonant: Japanese nn
		}
		if c == 's' {
			r.add(enSs, i, i+2) // ss is /s/, s at the end often /z/: needless, needles
			return 2, true
		}
		r.add(c, i, i+2) // a doubled consonant is one
		return 2, true
	}
	r.add(c, i, i+1)
	return 1, true
}

// vowel reads the vowel unit at w[i]; it returns the letters read,
// counting a silent final e it takes into the unit's spelling.
func (r *enReading) vowel(w []byte, i, vowelsBefore int) (int, bool) {
	rest, p := w[i:], enPlace{w, i}
	c := rest[0]
	if hasPrefix(rest, "igh") {
		r.add(enLongI, i, i+3) // Wight, Knight
		return 3, true
	}
	if p.at(1) == 'w' && (p.end(2) || !enVowelLetter(w, i+2)) {
		if c != 'a' {
			return 0, false // ow, ew: low, cow; new, sew
		}
		r.add(enAw, i, i+2) // Rawls, Lawson
		return 2, true
	}
	if i+1 < len(w) && enVowelLetter(w, i+1) {
		return r.vowelPair(w, i, vowelsBefore)
	}
	// one vowel letter
	if c == 'y' && i > 0 && i+1 < len(w) {
		c = 'i' // Lynn, Smyth
	}
	if p.at(1) == 'r' && p.at(2) != 'r' { // a short vowel before rr (Harry, Kerry) is read below
		return r.vowelBeforeR(w, i, c)
	}
	if p.end(1) {
		return r.finalVowel(w, i, c, vowelsBefore)
	}
	// e-marking: one consonant letter (or th) and a final e
	finalE := i + 2 // where that e stands
	if p.at(1) == 't' && p.at(2) == 'h' {
		finalE = i + 3
	}
	if finalE+1 == len(w) && w[finalE] == 'e' && !enVowelLetter(w, i+1) {
		switch p.at(1) {
		case 'w', 'x', 'y', 'h', 's', 'g':
			// no e-marking: w and y after a vowel are a digraph's (aw,
			// ay), x is two consonants (axe), h after a vowel is silent,
			// and s and g change their sound before e (base, bays; page)
		default:
			r.add(enLongVowel(c), i, i+1)
			r.silentE[r.n-1] = true
			return 1, true // the consonant next; the e is read as taken
		}
	}
	// one consonant letter (or a digraph) and a vowel: the open syllable,
	// long or short (cable, camel; Daly, Sally; coma, comma)
	cons := i + 1 // the consonant after the vowel (its last letter, a digraph's h)
	if cons+1 < len(w) && w[cons+1] == 'h' && (w[cons] == 't' || w[cons] == 'c' || w[cons] == 's' || w[cons] == 'p') {
		cons++
	}
	if cons+1 < len(w) && w[cons] != 'x' && !enVowelLetter(w, cons) && enVowelLetter(w, cons+1) {
		return 0, false
	}
	r.add(enShortVowel(c), i, i+1)
	return 1, true
}

// vowelBeforeR reads vowel letter c at w[i] before one r: with the r, the
// vowels of start, north and nurse before a consonant or at the end, and
// of square before a final e (Clare); before another vowel its sound is
// not settled (Mary; here, there; fire).
func (r *enReading) vowelBeforeR(w []byte, i int, c byte) (int, bool) {
	p := enPlace{w, i}
	switch {
	case p.end(2) || !enVowelLetter(w, i+2):
		var sound byte
		switch c {
		case 'a':
			sound = enStart
		case 'o':
			sound = enNorth
		default:
			sound = enNurse
		}
		r.add(sound, i, i+2)
		return 2, true
	case c == 'a' && p.at(2) == 'e' && p.end(3):
		r.add(enSquare, i, i+2) // Clare, Blare
		r.silentE[r.n-1] = true
		return 3, true
	default:
		return 0, false // Mary, Marry; here, there; fire
	}
}

// finalVowel reads vowel letter c, the last letter of w at i: a final y
// (happy, or the long i of a word of one vowel), e (short alone, else
// silent), o (long) and a; a final i or u is not English.
func (r *enReading) finalVowel(w []byte, i int, c byte, vowelsBefore int) (int, bool) {
	switch c {
	case 'i', 'u':
		return 0, false // Landi, Tanaku: not English
	case 'y':
		if vowelsBefore > 0 {
			r.add(enHappy, i, i+1)
		} else {
			r.add(enLongI, i, i+1) // a word of one vowel: Wynd's y is not final
		}
		return 1, true
	case 'e':
		if vowelsBefore == 0 {
			r.add(enShortE, i, i+1)
			return 1, true
		}
		return 1, r.silentFinalE(w)
	case 'o':
		r.add(enLongO, i, i+1)
		return 1, true
	}
	r.add(enShortA, i, i+1)
	return 1, true
}

// enLongVowel is the long sound of vowel letter c, marked by a final e
// (Kate, Pete, Kite, Kyle, Hope, Luke).
func enLongVowel(c byte) byte {
	switch c {
	case 'a':
		return enLongA
	case 'e':
		return enLongE
	case 'i', 'y':
		return enLongI
	case 'o':
		return enLongO
	}
	return enLongU
}

// enShortVowel is the short sound of vowel letter c (y between consonants
// is i: Lynn, Smyth).
func enShortVowel(c byte) byte {
	switch c {
	case 'a':
		return enShortA
	case 'e':
		return enShortE
	case 'i', 'y':
		return enShortI
	case 'o':
		return enShortO
	}
	return enShortU
}

// vowelPair reads the vowel unit at w[i], a vowel letter followed by
// another: a digraph of the tables (with r: ear, eer, ier, air) or
// nothing.
func (r *enReading) vowelPair(w []byte, i, vowelsBefore int) (int, bool) {
	rest, p := w[i:], enPlace{w, i}
	switch {
	case hasPrefix(rest, "ear"):
		if !p.end(3) || i > 0 && (w[i-1] == 'b' || w[i-1] == 'p' || w[i-1] == 'w' || w[i-1] == 't') {
			return 0, false
		}
		r.add(enNear, i, i+3)
		return 3, true
	case hasPrefix(rest, "eer"), hasPrefix(rest, "air"):
		if !p.end(3) && enVowelLetter(w, i+3) {
			return 0, false // r before a vowel: the vowel's sound is not settled
		}
		sound := byte(enNear) // Leer
		if rest[0] == 'a' {
			sound = enSquare // Blair
		}
		r.add(sound, i, i+3)
		return 3, true
	case hasPrefix(rest, "ier") && p.end(3):
		if vowelsBefore > 0 {
			return 0, false // Collier, Napier: two syllables
		}
		r.add(enNear, i, i+3)
		return 3, true
	}
	if !p.end(2) && enVowelLetter(w, i+2) {
		return 0, false // three vowel letters
	}
	if !p.end(2) && p.at(2) == 'r' {
		return 0, false // a digraph before r: beard, hour, Moore
	}
	if i+3 < len(w) && w[i+2] == w[i+3] {
		return 0, false // a doubled consonant marks a short vowel: Jo-anne, Le-anne
	}
	sound, ok := enDigraphSound(w, i, vowelsBefore)
	if !ok {
		return 0, false
	}
	r.add(sound, i, i+2)
	return 2, true
}

// enDigraphSound returns the sound of the two vowel letters at w[i] (no
// r and no third vowel letter after them; vowelsBefore: the vowel units
// before them in the word), or false when the digraph's sound is not
// settled there (head, Andrea, key) or the tables have none (oo, ou, ew).
func enDigraphSound(w []byte, i, vowelsBefore int) (byte, bool) {
	rest, p := w[i:], enPlace{w, i}
	var sound byte
	switch string(rest[:2]) {
	case "ee":
		sound = enLongE
	case "ea":
		if p.end(2) {
			return 0, false // Andrea
		}
		switch p.at(2) {
		case 'd', 'v':
			return 0, false // head, heavy
		case 't':
			if p.at(3) == 'h' {
				return 0, false // death, breath
			}
		case 'l':
			if !p.end(3) && !enVowelLetter(w, i+3) {
				return 0, false // health, wealth
			}
		}
		if i+4 < len(w) && !enVowelLetter(w, i+2) && enVowelLetter(w, i+3) {
			return 0, false // ea before one consonant and a vowel: reader, measure, heaven
		}
		sound = enLongE
	case "ie":
		switch {
		case p.end(2) && vowelsBefore > 0:
			sound = enHappy // Kelsie
		case p.end(2):
			sound = enLongI // Nye, Tie
		case i+3 == len(w) && p.at(2) != 'l' && p.at(2) != 'f' && p.at(2) != 'k':
			return 0, false // died, dies, Vivien, Jien: an inflection, French, two syllables
		default:
			sound = enLongE // field, Pierce, Niel
		}
	case "ai":
		if p.end(2) {
			return 0, false // Bai, Nai
		}
		sound = enLongA
	case "ay":
		sound = enLongA
	case "ey":
		if !p.end(2) || vowelsBefore == 0 {
			return 0, false // key, grey
		}
		sound = enHappy
	case "oa":
		if p.at(2) == 'n' && p.end(3) {
			return 0, false // Joan, Joanne; Japanese -an: Koan, Shoan
		}
		sound = enLongO
	case "oi", "oy":
		sound = enOi
	case "au":
		if hasPrefix(rest, "augh") {
			return 0, false
		}
		sound = enAw
	case "ue":
		if !p.end(2) {
			return 0, false
		}
		sound = enLongU
	default:
		return 0, false // oo, ou, ow, ew, ui, ei, eu, ia, uo...
	}
	return sound, true
}

// enPlace is a place in a word: the letters of w from i on.
type enPlace struct {
	w []byte
	i int
}

// at returns the letter k after the place, 0 past the word's end.
func (p enPlace) at(k int) byte {
	if p.i+k < len(p.w) {
		return p.w[p.i+k]
	}
	return 0
}

// end reports whether the word ends k letters after the place.
func (p enPlace) end(k int) bool { return p.i+k == len(p.w) }

// enExceptionWord reports whether w is or begins with one of enExceptions.
func enExceptionWord(w []byte) bool {
	for _, x := range enExceptions {
		if hasPrefix(w, x) {
			return true
		}
	}
	return false
}

// enExceptions are words (and the beginnings of their inflections) where
// the tables' main correspondence is not the sound (Carney's lists): ea
// is /eɪ/ in great, break, steak and /e/ in sweat, threat; ee is /ɪ/ in
// been; o_e is /ʌ/ or /uː/ in come, some, done, none, one, gone, love,
// dove, glove, shove, above, move, prove, lose, whose; i_e is /ɪ/ in give,
// live; a_e is /æ/ in have; and the Irish Sean is /ʃɔːn/.
var enExceptions = [...]string{
	"great", "break", "steak", "sweat", "threat", "been",
	"come", "some", "done", "none", "one", "gone", "love", "dove", "glove", "shove", "above",
	"move", "prove", "lose", "whose", "give", "live", "have", "sean",
}

// silentFinalE reads a final e after a consonant: it is taken into the
// spelling of the vowel before when e-marking took it already (Kate), or
// when it follows one consonant after a vowel digraph (Peake, Greene,
// Haile), r and a consonant (Clarke, Forde) or ck (Thicke). It reports
// false for any other final e, and for one after a consonant whose sound
// the e may change: g, s, c, th, ch, v, z (change, chang; base, bays;
// bathe, bath) or after another cluster (Forte is English's forte but
// Italian's too; Grande, Ranke, Belle).
func (r *enReading) silentFinalE(w []byte) bool {
	if r.n < 2 {
		return false
	}
	last := r.n - 1
	if enVowelSound(r.sound[last]) {
		return false
	}
	if enVowelSound(r.sound[last-1]) && r.silentE[last-1] {
		return true // e-marking: Kate
	}
	switch r.sound[last] {
	case 'g', 's', enSs, 'c', enTh, enCh, 'v', 'z', 'j':
		return false
	}
	v := last - 1
	if !enVowelSound(r.sound[v]) {
		return false
	}
	ck := w[r.start[last]] == 'c' && r.end[last]-r.start[last] == 2 // Thicke
	vs := string(w[r.start[v]:r.end[v]])
	switch {
	case ck:
	case len(vs) < 2:
		return false // one vowel letter and one consonant: e-marking's, not silent
	case vs == "oa":
		return false // English writes oa or o_e, not both: Japanese Yoake, Toake
	case vs == "ai" && r.sound[last] != 'n':
		return false // Paine, Blaine; Japanese Daime
	}
	r.silentE[v] = true
	return true
}
