package normalize

import "strings"

// Russian names as other European languages write them. Each language
// writes Russian Cyrillic by its own spelling, and the key, built for
// English, German, Polish and Czech forms, reads several of them apart
// from the English (BGN/PCGN) form:
//
//   - Romanian (the Romanian Academy's table): ш ș, щ șc, ц ț, ч ci
//     before o, u or at a word's end and ce before a (Gorbaciov,
//     Ceaikovski), ж j, х h, so ch and gh are k and g;
//   - Spanish (the transcription Calonge set out and Fundéu and the style
//     guides follow): х j (Jrushchov, Mijaíl), г gu before e and i
//     (Gueorgui), щ sch in the press (Jruschov), stress written with an
//     acute accent;
//   - Dutch (the nl.wikipedia and Van Dale tables): ш sj, ж zj, ч tsj,
//     щ sjtsj, у oe, х ch, й and the iotated vowels j (Chroesjtsjov);
//   - Hungarian (the Academy's rules, AkH.): ч cs, ж zs, ш s, с sz,
//     the soft consonants ny, gy, ty, х h, й j (Hruscsov, Brezsnyev);
//   - Lithuanian (the State Commission's rules, VLKK): a Lithuanian case
//     ending on every name, -as, -is, -us (Putinas, Tolstojus,
//     Čaikovskis), ч č, ш š, ж ž, ц c, х ch, й j;
//   - ISO 9, the scholarly transliteration and the Latin alphabets of
//     Czech, Slovak, Croatian and Slovene: ц c, й j (Pacajkin,
//     Patsaykin; Ivancov, Ivantsov). The key reads a c before a, o, u,
//     y or a consonant as k, as English does; read against a name whose
//     word at its place writes ts, it is ts;
//   - German (the Duden transcription, as the German press and
//     de.wikipedia write Russian names): ж and ш are both sch, щ schtsch,
//     ч tsch, дж dsch, х ch, в w, й and the iotated vowels j (Breschnew,
//     Schukow, Dschugaschwili). The key reads sch as sh, tsch as ch and w
//     as v already, so the German forms of ш, ч and в meet the English
//     ones there; what it cannot read is sch for ж, English zh
//     (Breschnew, Brezhnev; Schukow, Zhukov).
//   - French (fr.wikipedia's transcription, as the French press writes
//     Russian names): ш ch, ч tch, щ chtch, ж j, у ou, х kh, -ин and -ын
//     -ine and -yne (Khrouchtchev, Joukov, Gagarine, Soljenitsyne). The
//     key reads most of it already; the reading (frenchRuReading) is for
//     what it cannot, and lets a French -ine past the Japanese mora cap
//     (frenchRuPair: Iouri Gagarine, Yuri Gagarin);
//   - ISO 9's and the scholarly marks a mark-less key loses: the soft and
//     hard signs ʹ, ʺ, ″, ë for ё, x for х (Elʹcin, Yeltsin; Xruščëv,
//     Khrushchyov), read in scholarlyRuReading.
//
// ruRenderSim reads a name written by one of these conventions back into
// the English letters (kh, sh, ch, zh, ts, y) and scores it against the
// other name, less conventionPenalty, when the other writes each of the
// digraphs the name read writes (ruDigraphs). A reading applies only where the
// name shows its convention (ruMarks: a letter or digraph the convention
// writes: ș, ț, ă, ci before o or u; j with an acute accent or before a
// consonant; sj, zj; cs, zs, sz, ny or gy before a vowel; Lithuanian
// endings on every word of a name of two words or more, or one ending
// with a Lithuanian letter), and only against a name in ASCII that shows
// an English romanization of Russian (ruEvidence: kh, zh, sh, ch or ts,
// or a word that ends as a Russian name does: -ov, -ev, -in, -yn, -sky,
// -ky, -ich, -oy, -iy). Thomas is no Lithuanian Thom: a single word
// with an ending and no Lithuanian letter is left as written, as is
// Lucas Thomas against Luc Thom, which shows no Russian name. The
// English and Portuguese press also write щ as sch (Khruschov,
// Kruschev), read shch inside a word against a name that writes shch.
// The German reading (germanRuRead) is tried only against a name that
// writes zh, and reads each sch either way, zh or sh, as the other name
// has it: German writes ж and ш alike, so Schukow is Жуков (Zhukov) and
// Шуков (Shukov), and Dschugaschwili has one of each.

// The conventions ruMarks finds in a name.
const (
	ruRo  = 1 << iota // Romanian
	ruEs              // Spanish
	ruNl              // Dutch
	ruHu              // Hungarian
	ruLt              // Lithuanian
	ruSch             // sch inside a word, not after t: щ in the English and Portuguese press
	ruDe              // sch anywhere: ж or ш in German
	ruC               // c before a, o, u, y or a consonant but h, z, s, k: ц in ISO 9 and the Slavic Latin alphabets

	ruFr  // tch, ou, ï, or a word ending -ine or -yne after a consonant: French
	ruIso // ʹ, ʺ, ″, ë, ŝ, û or â: ISO 9 and the scholarly transliteration

	ruAcute    // an acute accent on a vowel (Spanish with a j)
	ruJ        // a j
	ruLtLetter // č, š, ž, ė, ū, ą, ę, į or ų
)

// ruAll is the conventions' marks.
const ruAll = ruRo | ruEs | ruNl | ruHu | ruLt | ruSch | ruDe | ruC | ruFr | ruIso

// ruRenderSim is the reading of the conventions above in nameReadings.
func (s *simState) ruRenderSim(a, b string, score float64) float64 {
	ma, mb := ruMarks(a), ruMarks(b)
	if (ma|mb)&ruAll == 0 {
		return score
	}
	if ma&ruAll != 0 && ruEvidence(b) {
		score = s.ruRead(a, b, ma, score)
	}
	if score < SameThreshold && mb&ruAll != 0 && ruEvidence(a) {
		score = s.ruRead(b, a, mb, score)
	}
	return score
}

// ruRead returns max(score, the similarity of name read by each
// convention of marks against other, less conventionPenalty).
func (s *simState) ruRead(name, other string, marks uint16, score float64) float64 {
	if marks&ruDe != 0 && score < SameThreshold {
		score = s.germanRuRead(name, other, score)
	}
	if marks&(ruC|ruIso) != 0 && score < SameThreshold {
		if r := scholarlyRuReading(name, other, marks&ruIso != 0); r != "" && ruDigraphs(r)&^ruDigraphs(other) == 0 {
			score = max(score, s.similarity(r, other)-conventionPenalty)
		}
	}
	for _, c := range ruConventions {
		if score >= SameThreshold {
			break
		}
		if marks&c.mark != 0 && (c.mark != ruSch || hasShch(other)) {
			if r := c.read(name); r != "" && ruDigraphs(r)&^ruDigraphs(other) == 0 {
				score = max(score, s.similarity(r, other)-conventionPenalty)
			}
		}
	}
	return score
}

// ruDigraphs returns the English digraphs for Russian letters that name
// writes, as bits: kh 1, zh 2, sh 4, ch 8, ts 16. A reading counts only
// when the other name writes each digraph the name read writes: a
// reading that makes of Lujkov Luzhkov has not read Luchkov (Лучков),
// nor has one that makes of Sjoechov Shukhov read Sukhov.
func ruDigraphs(name string) uint8 {
	var d uint8
	for i := 1; i < len(name); i++ {
		switch c, p := name[i]|0x20, name[i-1]|0x20; {
		case c == 'h' && p == 'k':
			d |= 1
		case c == 'h' && p == 'z':
			d |= 2
		case c == 'h' && p == 's':
			d |= 4
		case c == 'h' && p == 'c':
			d |= 8
		case c == 's' && p == 't':
			d |= 16
		}
	}
	return d
}

// ruConventions are the readings of ruRenderSim, each with its mark.
var ruConventions = [...]struct {
	mark uint16
	read func(name string) string
}{
	{ruRo, romanianRuReading},
	{ruEs, spanishRuReading},
	{ruNl, dutchRuReading},
	{ruHu, hungarianRuReading},
	{ruLt, lithuanianRuReading},
	{ruSch, schRuReading},
	{ruFr, frenchRuReading},
}

// ruMarks returns the conventions whose marks name shows (see above), in
// one pass over its bytes without allocating.
func ruMarks(name string) uint16 {
	var m uint16
	var prev, prev2, prev3 byte // the last three bytes, ASCII letters lowered
	words, endings := 0, 0
	wordLen := 0
	endWord := func() {
		if wordLen == 0 {
			return
		}
		words++
		if wordLen >= 5 && prev == 'e' && prev2 == 'n' && (prev3 == 'i' || prev3 == 'y') {
			m |= ruFr // Gagarine, Soljenitsyne
		}
		if wordLen >= 4 && prev == 's' && (prev2 == 'a' || prev2 == 'i' || prev2 == 'u') {
			endings++
		}
		wordLen = 0
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 0x80 {
			if i+1 < len(name) {
				switch c2 := name[i+1]; {
				case c == 0xC8 && (c2 == 0x98 || c2 == 0x99 || c2 == 0x9A || c2 == 0x9B), // ș ț
					c == 0xC4 && (c2 == 0x82 || c2 == 0x83), // ă
					c == 0xC5 && (c2 == 0xA2 || c2 == 0xA3): // ţ
					m |= ruRo
				case c == 0xC3 && (c2 == 0xA1 || c2 == 0xA9 || c2 == 0xAD || c2 == 0xB3 || c2 == 0xBA ||
					c2 == 0x81 || c2 == 0x89 || c2 == 0x8D || c2 == 0x93 || c2 == 0x9A): // á é í ó ú
					m |= ruAcute
				case c == 0xC4 && (c2 == 0x8C || c2 == 0x8D || c2 == 0x96 || c2 == 0x97 || c2 == 0x84 ||
					c2 == 0x85 || c2 == 0x98 || c2 == 0x99 || c2 == 0xAE || c2 == 0xAF), // č ė ą ę į
					c == 0xC5 && (c2 == 0xA0 || c2 == 0xA1 || c2 == 0xBD || c2 == 0xBE || c2 == 0xAA ||
						c2 == 0xAB || c2 == 0xB2 || c2 == 0xB3): // š ž ū ų
					m |= ruLtLetter
				case c == 0xC3 && (c2 == 0xAF || c2 == 0x8F): // ï
					m |= ruFr
				case c == 0xCA && (c2 == 0xB9 || c2 == 0xBA), // ʹ ʺ
					c == 0xE2 && c2 == 0x80 && i+2 < len(name) && name[i+2] == 0xB3,                                 // ″
					c == 0xC3 && (c2 == 0xAB || c2 == 0x8B || c2 == 0xBB || c2 == 0x9B || c2 == 0xA2 || c2 == 0x82), // ë û â
					c == 0xC5 && (c2 == 0x9C || c2 == 0x9D):                                                         // ŝ
					m |= ruIso
				}
			}
			if c >= 0xC0 {
				wordLen++ // a letter's first byte
			}
			prev3, prev2, prev = prev2, prev, c
			continue
		}
		c |= 0x20
		if c < 'a' || c > 'z' {
			endWord()
			prev3, prev2, prev = 0, 0, 0
			continue
		}
		wordLen++
		if c == 'h' && prev == 'c' && prev2 == 't' || c == 'u' && prev == 'o' {
			m |= ruFr // tch, ou
		}
		if c == 'h' && prev == 'c' && prev2 == 's' {
			m |= ruDe
		}
		if prev == 'c' && (c == 'a' || c == 'o' || c == 'u' || c == 'y' || isASCIIConsonant(c) && c != 'h' && c != 'z' && c != 's' && c != 'k') {
			m |= ruC
		}
		switch {
		case c == 'j':
			m |= ruJ
			if prev == 's' || prev == 'z' {
				m |= ruNl // sj, zj
			}
		case prev == 'j' && isASCIIConsonant(c) && c != 'j':
			m |= ruEs // jr: a j before a consonant
		case c == 's' && (prev == 'c' || prev == 'z'), c == 'z' && prev == 's':
			m |= ruHu // cs, zs, sz
		case prev == 'y' && (prev2 == 'n' || prev2 == 'g') && isVowel(c):
			m |= ruHu // ny, gy before a vowel
		case c == 'h' && prev == 'c' && prev2 == 's' && wordLen > 3 && (i < 3 || name[i-3]|0x20 != 't'):
			m |= ruSch // sch inside a word, not tsch
		case prev2 == 'c' && (prev == 'i' && (c == 'o' || c == 'u' || c == 'a') || prev == 'e' && c == 'a'):
			m |= ruRo // cio, ciu, cia, cea
		}
		prev3, prev2, prev = prev2, prev, c
	}
	endWord()
	if m&ruAcute != 0 && m&ruJ != 0 {
		m |= ruEs
	}
	if endings > 0 && (m&ruLtLetter != 0 || words >= 2 && endings == words) {
		m |= ruLt
	}
	return m
}

// ruEvidence reports whether name, in ASCII, shows an English
// romanization of a Russian name: kh, zh, sh, ch or ts, or a word that
// ends in -ov, -ev, -in, -yn, -ky, -ich, -oy or -iy.
func ruEvidence(name string) bool { return ruEvidenceOf(name, true) }

// ruEvidenceOf is ruEvidence, reading the digraphs kh, zh, sh, ch and ts
// as evidence only when digraphs is set (ruEnding).
func ruEvidenceOf(name string, digraphs bool) bool {
	var prev, prev2 byte
	for i := 0; i <= len(name); i++ {
		var c byte
		if i < len(name) {
			c = name[i]
			if c >= 0x80 {
				return false
			}
			c |= 0x20
		}
		if c < 'a' || c > 'z' {
			switch {
			case prev == 'v' && (prev2 == 'o' || prev2 == 'e'),
				prev == 'n' && (prev2 == 'i' || prev2 == 'y'),
				prev == 'y' && (prev2 == 'k' || prev2 == 'o' || prev2 == 'i'),
				prev == 'h' && prev2 == 'c':
				return true
			}
			prev2, prev = 0, 0
			continue
		}
		if digraphs && (c == 'h' && (prev == 'k' || prev == 'z' || prev == 's' || prev == 'c') || c == 's' && prev == 't') {
			return true
		}
		prev2, prev = prev, c
	}
	return false
}

// ruEnding reports whether name, in ASCII, has a word that ends as a
// Russian name does (-ov, -ev, -in, -yn, -ky, -ich, -oy, -iy), the
// evidence of ruEvidence without the digraphs, which Japanese romaji write
// too (Shinohe).
func ruEnding(name string) bool { return ruEvidenceOf(name, false) }

// The letters of each convention read as the English romanization
// writes them. A strings.Replacer tries its pairs in the order given at
// each place, so a digraph comes before its letters.
var (
	romanianRu = strings.NewReplacer(
		"ș", "sh", "ş", "sh", "ț", "ts", "ţ", "ts", "ă", "a", "â", "y", "î", "y",
		"cea", "cha", "cia", "cha", "cio", "cho", "ciu", "chu", "ce", "che", "ci", "chi",
		"ch", "k", "gh", "g", "h", "kh", "j", "zh")
	spanishRu = strings.NewReplacer(
		"j", "kh", "sch", "shch", "gue", "ge", "gui", "gi", "á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u")
	dutchRu = strings.NewReplacer(
		"tsj", "ch", "sj", "sh", "zj", "zh", "oe", "u", "ch", "kh", "j", "y")
	hungarianRu = strings.NewReplacer(
		"cs", "ch", "zs", "zh", "sz", "s", "s", "sh", "gy", "d", "ny", "n", "ty", "t", "ly", "l",
		"kij", "ky", "j", "y", "h", "kh", "á", "a", "é", "e", "ó", "o", "ú", "u", "í", "i")
	lithuanianRu = strings.NewReplacer(
		"č", "ch", "š", "sh", "ž", "zh", "ch", "kh", "c", "ts", "j", "y", "y", "i",
		"ė", "e", "ū", "u", "ą", "a", "ę", "e", "į", "i", "ų", "u")
)

// romanianRuReading returns name read by the Romanian rules, in lower
// case: a ci that ends a word is ch (Ilici, Ilyich; Șostakovici).
func romanianRuReading(name string) string {
	return readWords(name, func(w string) string {
		r := romanianRu.Replace(w)
		if strings.HasSuffix(w, "ci") {
			r = r[:len(r)-1]
		}
		return r
	})
}

// spanishRuReading returns name read by the Spanish rules, in lower case.
func spanishRuReading(name string) string {
	return readWords(name, spanishRu.Replace)
}

// dutchRuReading returns name read by the Dutch rules, in lower case.
func dutchRuReading(name string) string {
	return readWords(name, dutchRu.Replace)
}

// hungarianRuReading returns name read by the Hungarian rules, in lower
// case.
func hungarianRuReading(name string) string {
	return readWords(name, hungarianRu.Replace)
}

// lithuanianRuReading returns name read by the Lithuanian rules, in lower
// case: each word without its case ending (-as, -us, -ius after a
// consonant, -is; -skis and -kis are -sky and -ky: Čaikovskis, Gorkis),
// then its letters.
func lithuanianRuReading(name string) string {
	return readWords(name, func(w string) string {
		n := len(w)
		switch {
		case n >= 6 && strings.HasSuffix(w, "kis"):
			w = w[:n-2] + "y"
		case n >= 6 && strings.HasSuffix(w, "ius") && !isVowel(w[n-4]):
			w = w[:n-3]
		case n >= 5 && (strings.HasSuffix(w, "as") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")):
			w = w[:n-2]
		}
		return lithuanianRu.Replace(w)
	})
}

// schRuReading returns name with each sch inside a word read shch, in
// lower case: the press's щ (Khruschov, Kruschev; Khrushchev). It is
// tried only against a name that writes shch, and not for an sch that
// begins a word (German Schukin is Шукин, not Щукин) or follows t
// (German tsch is ч).
func schRuReading(name string) string {
	return readWords(name, func(w string) string {
		if len(w) < 4 {
			return w
		}
		return w[:1] + schRu.Replace(w[1:])
	})
}

// schRu reads sch as shch but after t.
var schRu = strings.NewReplacer("tsch", "tsch", "sch", "shch")

// hasShch reports whether name writes shch, in either case.
func hasShch(name string) bool {
	for i := 3; i < len(name); i++ {
		if name[i]|0x20 == 'h' && name[i-1]|0x20 == 'c' && name[i-2]|0x20 == 'h' && name[i-3]|0x20 == 's' {
			return true
		}
	}
	return false
}

// germanRuMaxSch bounds the sch of a name germanRuRead reads either way
// (a name with k of them has 2^k readings); German forms of Russian names
// have one or two (Schaposchnikow).
const germanRuMaxSch = 3

// germanRuRead returns max(score, the similarity of name, a Russian name
// in the German transcription, read back into the English letters against
// other, less conventionPenalty). other must write zh, the one letter of
// English's the key cannot find in German (ж, which German writes sch as
// it writes ш); each sch that is not part of tsch or schtsch is read zh
// or sh, every way, and a reading counts when it has a zh (from an sch or
// a dsch) and other writes each English digraph it writes (ruDigraphs).
func (s *simState) germanRuRead(name, other string, score float64) float64 {
	if !hasZh(other) {
		return score
	}
	w := strings.ToLower(name)
	n := strings.Count(w, "sch") - strings.Count(w, "tsch") - strings.Count(w, "schtsch") - strings.Count(w, "dsch") // the sch read either way
	if n > germanRuMaxSch {
		return score
	}
	od := ruDigraphs(other)
	for mask := 0; mask < 1<<max(n, 0); mask++ {
		r, zh := germanRuReading(w, mask)
		if !zh || ruDigraphs(r)&^od != 0 {
			continue
		}
		score = max(score, s.similarity(r, other)-conventionPenalty)
		if score >= SameThreshold {
			break
		}
	}
	return score
}

// germanRuReading returns w, a name in lower case in the German
// transcription of Russian, in English letters: schtsch shch, dsch dzh,
// tsch ch, ch kh, j y, and the i-th other sch zh when bit i of mask is
// set and sh when it is not; and whether the reading wrote a zh.
func germanRuReading(w string, mask int) (string, bool) {
	b := make([]byte, 0, len(w)+4)
	k, zh := 0, false
	for i := 0; i < len(w); {
		switch rest := w[i:]; {
		case strings.HasPrefix(rest, "schtsch"):
			b, i = append(b, "shch"...), i+7
		case strings.HasPrefix(rest, "dsch"):
			b, i, zh = append(b, "dzh"...), i+4, true
		case strings.HasPrefix(rest, "tsch"):
			b, i = append(b, "ch"...), i+4
		case strings.HasPrefix(rest, "sch"):
			if mask&(1<<k) != 0 {
				b, zh = append(b, "zh"...), true
			} else {
				b = append(b, "sh"...)
			}
			i += 3
			k++
		case strings.HasPrefix(rest, "ch"):
			b, i = append(b, "kh"...), i+2
		case rest[0] == 'j':
			b, i = append(b, 'y'), i+1
		default:
			b, i = append(b, w[i]), i+1
		}
	}
	return string(b), zh
}

// hasZh reports whether name writes zh, in either case.
func hasZh(name string) bool {
	for i := 1; i < len(name); i++ {
		if name[i]|0x20 == 'h' && name[i-1]|0x20 == 'z' {
			return true
		}
	}
	return false
}

// scholarlyRuReading returns name read by ISO 9 and the Slavic Latin
// alphabets against other, in lower case: in each word of name whose word
// at its place in other writes ts, a c that is not part of ch, cz, cs or
// ck is ts and j is y; "" when the names have not as many words or no
// word is read. Word by word, so that an English c elsewhere in a name
// (Council) is not read for a ts of another word (Universalists). When iso
// is set (the name writes one of ISO 9's marks, ruIso), each word also
// loses its soft and hard signs (ʹ, ʺ, ″: Elʹcin, Yeltsin), writes ë as yo
// where the other's word writes yo or io (Pëtr, Pyotr: a key without the
// diaeresis reads Petr) and the scholarly x as kh where the other's word
// writes kh (Xruščëv, Khrushchyov: the key reads x as ks).
func scholarlyRuReading(name, other string, iso bool) string {
	words, others := strings.Fields(strings.ToLower(name)), strings.Fields(strings.ToLower(other))
	if len(words) != len(others) {
		return ""
	}
	read := false
	for i, w := range words {
		o := others[i]
		ts := strings.Contains(o, "ts") && strings.IndexByte(w, 'c') >= 0
		if !ts && !iso {
			continue
		}
		yo := iso && (strings.Contains(o, "yo") || strings.Contains(o, "io"))
		kh := iso && strings.Contains(o, "kh")
		b := make([]byte, 0, len(w)+4)
		for k := 0; k < len(w); k++ {
			switch c := w[k]; {
			case ts && c == 'c' && (k+1 == len(w) || !strings.ContainsRune("hzsk", rune(w[k+1]))):
				b = append(b, "ts"...)
			case ts && c == 'j':
				b = append(b, 'y')
			case kh && c == 'x':
				b = append(b, "kh"...)
			case iso && c == 0xCA && k+1 < len(w) && (w[k+1] == 0xB9 || w[k+1] == 0xBA): // ʹ ʺ
				k++
			case iso && c == 0xE2 && k+2 < len(w) && w[k+1] == 0x80 && w[k+2] == 0xB3: // ″
				k += 2
			case yo && c == 0xC3 && k+1 < len(w) && w[k+1] == 0xAB: // ë
				b, k = append(b, "yo"...), k+1
			default:
				b = append(b, c)
			}
		}
		if string(b) != w {
			words[i], read = string(b), true
		}
	}
	if !read {
		return ""
	}
	return strings.Join(words, " ")
}

// frenchRuReading returns name read by the French transcription of
// Russian (fr.wikipedia's "Transcription du russe en français", as the
// French press and fr.wikipedia write Russian names), in lower case: chtch
// shch, tch ch, ch sh, ou u, j zh, ï i, gue and gui ge and gi, and a word's
// -ine or -yne after a consonant -in or -yn (Gagarine, Soljenitsyne), its
// -off and -eff -ov and -ev (Prokofieff). ch and j are read so only against
// a name that writes sh and zh (ruDigraphs), and the reading applies only
// to a name that shows the French mark (ruFr): an English Chukov is not
// read as a French Шуков.
func frenchRuReading(name string) string {
	return readWords(name, func(w string) string {
		n := len(w)
		switch {
		case n >= 5 && (strings.HasSuffix(w, "ine") || strings.HasSuffix(w, "yne")) && !isVowel(w[n-4]):
			w = w[:n-1]
		case n >= 5 && (strings.HasSuffix(w, "off") || strings.HasSuffix(w, "eff")):
			w = w[:n-2] + "v"
		}
		return frenchRu.Replace(w)
	})
}

// frenchRu is the letters of frenchRuReading, digraphs first.
var frenchRu = strings.NewReplacer(
	"chtch", "shch", "tch", "ch", "ch", "sh", "kh", "kh", "ou", "u", "j", "zh", "ï", "i",
	"gue", "ge", "gui", "gi")

// frenchRuPair reports whether a or b, a Russian name in the French
// transcription (ruFr), reads as the other, an English romanization
// with a word that ends as a Russian name does (ruEnding), at
// SameThreshold or more. The look-alike caps consult it: Gagarine and
// Gagarin, Iouri and Yuri read as Japanese morae apart; Shinoue and
// Shinohe, whose other name shows only an sh, stay so.
func (s *simState) frenchRuPair(a, b string) bool {
	for range 2 {
		if ruMarks(a)&ruFr != 0 && ruEnding(b) {
			if r := frenchRuReading(a); r != "" && ruDigraphs(r)&^ruDigraphs(b) == 0 && s.similarity(r, b)-conventionPenalty >= SameThreshold {
				return true
			}
		}
		a, b = b, a
	}
	return false
}
