package normalize

import (
	"strings"
	"unicode/utf8"
)

// Devanagari writes every consonant a name has (branch hilook56): its
// consonant letters are one sound each, a nasal before a consonant is a
// sign, and a consonant said twice is written twice. A Hindi reader
// hears another name in a consonant written or left out ("रिजुता" Rita,
// "अलीजा" Alia, "शरान्य" Sharani) or in one consonant for another
// ("करालिका" Kamalika, "अनंत" Anand). The vowels are another matter (a
// Latin spelling writes Hindi's long and short vowels and its schwa as
// it likes, and devanagari_read.go reads them); the consonants are not.
// So a Devanagari name and a Latin one are the same only when the Latin
// consonants spell the Devanagari ones one for one, in the ways Latin
// spellings of Indian names write them (devaConsonantsApart):
//
//   - a consonant by its Hunterian letters, its aspiration left out or
//     added (भ b, त th: "प्रीति" Preethi, "अरविंद" Aravindh), a retroflex
//     as the dental (Latin has one t, d, n), श and ष as s ("श्री" Sri), फ
//     as f, व as w or as the b of Bengali and Odia names ("देबाशिस"
//     Devashish), ज as z (the nukta left out), ड़ and ढ़ as r or d, क्ष as x
//     ("लक्ष्मी" Laxmi), ज्ञ as gy, gn, jn or dny (and the ज of ज्य and ज्न,
//     ज्ञ miswritten, as g: "यज्नेश" Yagnesh), ृ and ऋ as r. Not voicing (त d, ग k: "अनंत"
//     Anand is another name than "आनंद"), nor a stop for an affricate or
//     a sibilant (च sh, श ch), nor one place for another (म p, र m);
//   - a य or व that closes a syllable, the second half of a diphthong, as
//     i or o ("जय" Jai, "रायमा" Raima, "राव" Rao);
//   - what Devanagari writes that a Latin spelling may leave out: a
//     nasal vowel (the candrabindu, an anusvara not before a consonant:
//     "अन्गामुथूं" Angamuthu; before one it is a consonant, "प्रियंका"
//     Priyanka, not Priyaka), the visarga, the second of a doubled consonant (द्ध
//     d), the य glide after i or e where the Latin name has the two
//     vowels ("प्रिया" Pria), the य of an English u said yu ("ट्यूनीशिया"
//     Tunisia, "न्यू" New);
//   - what a Latin spelling writes that Devanagari has not: a vowel, but
//     the i or e of a glide before another vowel, which Devanagari writes
//     as an i or e too ("सोनिया" Sonia; not "सोना"); a doubled letter
//     ("अमर" Ammar is a matter of length); an h after a word's last vowel
//     (Amlah); a y said as a vowel (Lily, Maitry) or as the glide before
//     i or e ("सईदा" Sayeeda), or the y of ay and ey for ऐ and ए (Ayesha,
//     Veydant); the w of ow (Gowri);
//   - English spellings of foreign names: a soft g in -gia, -gium, ti, si
//     and ci said sh before a vowel ("बेल्जियम" Belgium, "क्रोएशिया"
//     Croatia), an i for the glide ("गुयाना" Guiana). A Latin name the
//     pronouncing dictionary has is read by its sounds too
//     (devaEnglishSound: "जर्मनी" Germany, "साइप्रस" Cyprus).

// devaConsonantsApartScore is the score a Devanagari name and a Latin
// one whose consonants disagree are capped to: two names, a letter's
// length apart, as endingScore's.
const devaConsonantsApartScore = endingScore

// devaUnit is one consonant of a Devanagari name: the letter (ज्ञ is
// devaJnya, the nasal signs devaNasal, ृ and ऋ 'र', a vowel i or e
// devaFront) and whether a Latin spelling may leave it out.
type devaUnit struct {
	r        rune
	optional bool
	glide    bool   // a य after i or e, which a Latin spelling leaves out between two vowels
	yu       bool   // a य before u, the yod an English u says (ट्यूनीशिया Tunisia)
	alt      string // one spelling more: a coda's vowel (जय Jai, राव Rao), ज्य's and ज्न's g (ज्ञ written so)
}

const (
	devaJnya  rune = -2 // ज्ञ
	devaNasal rune = -3 // anusvara, candrabindu
	devaHiss  rune = -4 // visarga
	devaFront rune = -5 // a vowel i or e, which a Latin glide's i or e needs
)

// devaUnitLatin lists the Latin spellings of each consonant, the longest
// first.
func devaUnitLatin(r rune) []string {
	switch r {
	case 'क':
		return []string{"kh", "ck", "k", "c", "q"}
	case 'ख':
		return []string{"kh", "k"}
	case 'ग':
		return []string{"gh", "g"}
	case 'घ':
		return []string{"gh", "g"}
	case 'ङ', 'ञ', 'ण', 'न':
		return []string{"n"}
	case 'च':
		return []string{"chh", "ch", "c"}
	case 'छ':
		return []string{"chh", "cch", "ch", "c"}
	case 'ज':
		return []string{"jh", "j", "z"}
	case 'झ':
		return []string{"jh", "j", "z"}
	case 'ट', 'त', 'ठ', 'थ':
		return []string{"th", "t"}
	case 'ड', 'द', 'ढ', 'ध':
		return []string{"dh", "d"}
	case 'प':
		return []string{"p"}
	case 'फ':
		return []string{"ph", "f", "p"}
	case 'ब', 'भ':
		return []string{"bh", "b", "v"}
	case 'म':
		return []string{"m"}
	case 'य', '\u095F':
		return []string{"y"}
	case 'र':
		return []string{"r"}
	case 'ल', 'ळ':
		return []string{"l"}
	case 'व':
		return []string{"v", "w", "bh", "b"}
	case 'श', 'ष':
		return []string{"sch", "sh", "s"}
	case 'स':
		return []string{"sh", "s", "c"}
	case 'ह':
		return []string{"h"}
	case '\u0958': // क़
		return []string{"q", "k"}
	case '\u0959': // ख़
		return []string{"kh", "k", "h"}
	case '\u095A': // ग़
		return []string{"gh", "g"}
	case '\u095B': // ज़
		return []string{"z", "j", "s"}
	case '\u095C', '\u095D': // ड़, ढ़
		return []string{"rh", "r", "dh", "d"}
	case '\u095E': // फ़
		return []string{"ph", "f"}
	case devaJnya:
		return []string{"dny", "gny", "jny", "gy", "gn", "jn", "ny"}
	case devaNasal:
		return []string{"ng", "n", "m"}
	case devaHiss:
		return []string{"h"}
	case devaFront:
		return []string{"i", "e"}
	}
	return nil
}

// devaNuktaLetter is the letter of U+0958-U+095F a consonant and the
// nukta make, or r.
func devaNuktaLetter(r rune) rune {
	switch r {
	case 'क':
		return '\u0958'
	case 'ख':
		return '\u0959'
	case 'ग':
		return '\u095A'
	case 'ज':
		return '\u095B'
	case 'ड':
		return '\u095C'
	case 'ढ':
		return '\u095D'
	case 'फ':
		return '\u095E'
	case 'य':
		return '\u095F'
	}
	return r
}

// devaAspirated returns the unaspirated letter of an aspirate, or r.
func devaAspirated(r rune) rune {
	switch r {
	case 'ख':
		return 'क'
	case 'घ':
		return 'ग'
	case 'छ':
		return 'च'
	case 'झ':
		return 'ज'
	case 'ठ':
		return 'ट'
	case 'ढ':
		return 'ड'
	case 'थ':
		return 'त'
	case 'ध':
		return 'द'
	case 'फ':
		return 'प'
	case 'भ':
		return 'ब'
	}
	return r
}

// devaVowelSign reports whether r is a vowel letter or sign.
func devaVowelSign(r rune) bool {
	_, ok := devaVowels[r]
	return ok
}

// devaUnits appends to dst the consonants of a Devanagari name (and its
// vowels i and e, which a Latin glide's i or e needs: devaFront), and
// reports whether it has ऐ or ए (a Latin ay's or ey's y is their vowel).
func devaUnits(dst []devaUnit, name string) ([]devaUnit, bool) {
	ay := false
	prev := rune(-1) // the last rune read, nukta and virama aside
	joined := false  // the last consonant had a virama
	for i := 0; i < len(name); {
		r, n := utf8.DecodeRuneInString(name[i:])
		i += n
		next, _ := utf8.DecodeRuneInString(name[i:])
		if next == '\u093C' {
			next, _ = utf8.DecodeRuneInString(name[i+len("\u093C"):])
		}
		switch {
		case r == '\u093C': // nukta
			if k := len(dst) - 1; k >= 0 {
				dst[k].r = devaNuktaLetter(dst[k].r)
			}
			continue
		case r == '\u094D': // virama
			joined = len(dst) > 0
			continue
		case r == 'ज' && strings.HasPrefix(name[i:], "\u094Dञ"):
			i += len("\u094Dञ")
			dst = append(dst, devaUnit{r: devaJnya})
		case devaConsonants[r] != "":
			u := devaUnit{r: r}
			if joined && len(dst) > 0 && devaAspirated(dst[len(dst)-1].r) == devaAspirated(r) {
				u.optional = true // the second of a doubled consonant (द्ध dh)
			}
			afterVowel := prev >= 0 && (devaVowelSign(prev) || devaConsonants[prev] != "" && !joined)
			coda := afterVowel && !devaVowelSign(next) && next != '\u093C'
			switch {
			case r == 'य' && (prev == 'ि' || prev == 'ी' || prev == 'े' || prev == 'इ' || prev == 'ई' || prev == 'ए'):
				u.glide = true // प्रिया Pria
			case r == 'य' && (next == 'ू' || next == 'ु'):
				u.yu = true
			case r == 'य' && coda:
				u.alt = "i" // जय Jai, रायमा Raima
			case r == 'व' && coda:
				u.alt = "o" // राव Rao
			case r == 'ज' && (strings.HasPrefix(name[i:], "\u094Dय") || strings.HasPrefix(name[i:], "\u094Dन")):
				u.alt = "g" // ज्ञ written ज्य, ज्न: यज्नेश Yagnesh
			}
			dst = append(dst, u)
		case r == '\u0901':
			dst = append(dst, devaUnit{r: devaNasal, optional: true})
		case r == '\u0902':
			// before a consonant a nasal consonant, which a Latin
			// spelling writes (प्रियंका Priyanka, not Priyaka); else a
			// nasal vowel, which it may not
			dst = append(dst, devaUnit{r: devaNasal, optional: devaConsonants[next] == ""})
		case r == '\u0903':
			dst = append(dst, devaUnit{r: devaHiss, optional: true})
		case r == 'ृ' || r == 'ऋ':
			dst = append(dst, devaUnit{r: 'र'})
		case r == 'ऐ' || r == 'ै' || r == 'ए' || r == 'े':
			ay = true
			dst = append(dst, devaUnit{r: devaFront, optional: true})
		case r == 'इ' || r == 'ई' || r == 'ि' || r == 'ी':
			dst = append(dst, devaUnit{r: devaFront, optional: true})
		}
		joined = false
		prev = r
	}
	return dst, ay
}

// isLatinVowel reports whether c, a lower-case letter, is a vowel letter.
func isLatinVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// latinSkips reports whether the letter at j of lat, a lower-case Latin
// name's letters, is one a Latin spelling writes that Devanagari has not
// (the file's comment): a vowel but the i or e of a glide, a doubled
// letter, a word's last h after a vowel, a y said as a vowel, the w of
// ow. ay tells that the Devanagari name has ऐ or ए.
func latinSkips(lat string, j int, ay bool) bool {
	c := lat[j]
	prev, next := byte(0), byte(0)
	if j > 0 {
		prev = lat[j-1]
	}
	if j+1 < len(lat) {
		next = lat[j+1]
	}
	switch {
	case c == 'i' || c == 'e':
		return prev == 0 || prev == ' ' || isLatinVowel(prev) || !(next == 'a' || next == 'o' || next == 'u')
	case isLatinVowel(c):
		return true
	case c == prev:
		return true
	case c == 'h':
		return isLatinVowel(prev) && (next == 0 || next == ' ')
	case c == 'y':
		if !isLatinVowel(prev) {
			return !isLatinVowel(next) // a vowel: Lily, Maitry
		}
		// a glide between two vowels Devanagari writes as two (रिया
		// Riya, सईदा Sayeeda), or ay for ऐ (ऐषा Ayesha)
		return next == 'i' || next == 'e' || ay && (prev == 'a' || prev == 'e') || prev == 'e' && (next == 0 || next == ' ')
	case c == 'w':
		return prev == 'o'
	}
	return false
}

// devaLatinAgree reports whether the consonants of lat, a Latin name in
// lower-case letters and spaces, spell units, a Devanagari name's, one
// for one as the file's comment says; ay as latinSkips's.
func devaLatinAgree(units []devaUnit, lat string, ay bool) bool {
	// reach[i*(m+1)+j]: units[:i] spelled by lat[:j]
	m := len(lat)
	var buf [512]bool
	var reach []bool
	if size := (len(units) + 1) * (m + 1); size <= len(buf) {
		reach = buf[:size]
	} else {
		reach = make([]bool, size)
	}
	reach[0] = true
	for i := 0; i <= len(units); i++ {
		for j := 0; j <= m; j++ {
			if !reach[i*(m+1)+j] {
				continue
			}
			if j < m && (lat[j] == ' ' || latinSkips(lat, j, ay)) {
				reach[i*(m+1)+j+1] = true
			}
			if i == len(units) {
				continue
			}
			u := units[i]
			if u.optional || u.glide && (j > 0 && j < m && (lat[j-1] == 'i' || lat[j-1] == 'e') && isLatinVowel(lat[j]) && lat[j] != lat[j-1]) {
				reach[(i+1)*(m+1)+j] = true
			}
			if u.yu && j < m && lat[j] == 'u' {
				reach[(i+1)*(m+1)+j] = true
			}
			if u.alt != "" && strings.HasPrefix(lat[j:], u.alt) {
				reach[(i+1)*(m+1)+j+len(u.alt)] = true
			}
			for _, s := range devaUnitLatin(u.r) {
				if strings.HasPrefix(lat[j:], s) {
					reach[(i+1)*(m+1)+j+len(s)] = true
				}
			}
			switch {
			case u.r == 'ज' && j+2 < m && lat[j] == 'g' && (lat[j+1] == 'e' || lat[j+1] == 'i') && isLatinVowel(lat[j+2]):
				reach[(i+1)*(m+1)+j+1] = true // English's soft g of -gia, -gium (बेल्जियम Belgium)
			case (u.r == 'श' || u.r == 'ष' || u.r == 'स') && j+2 < m && (lat[j] == 't' || lat[j] == 's' || lat[j] == 'c') && lat[j+1] == 'i' && (lat[j+2] == 'a' || lat[j+2] == 'o' || lat[j+2] == 'u'):
				reach[(i+1)*(m+1)+j+2] = true // English's ti, si, ci said sh before a vowel (क्रोएशिया Croatia)
			case u.r == 'य' && j+1 < m && lat[j] == 'i' && (lat[j+1] == 'a' || lat[j+1] == 'o' || lat[j+1] == 'u'):
				reach[(i+1)*(m+1)+j+1] = true // the glide written i (गुयाना Guiana)
			case u.r == 'य' && strings.HasPrefix(lat[j:], "ew"):
				reach[(i+1)*(m+1)+j+2] = true // English's ew, said yu (न्यू New)
			}
			// क्ष, क्स as x (लक्ष्मी Laxmi)
			if u.r == 'क' && i+1 < len(units) && j < m && lat[j] == 'x' {
				switch units[i+1].r {
				case 'ष', 'श', 'स':
					reach[(i+2)*(m+1)+j+1] = true
				}
			}
		}
	}
	return reach[len(reach)-1]
}

// latinLetters returns name in lower-case ASCII letters, its words one
// space apart, or false when it has a letter outside ASCII's.
func latinLetters(name string) (string, bool) {
	b := make([]byte, 0, len(name))
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 0x80:
			return "", false
		case len(b) > 0 && b[len(b)-1] != ' ':
			b = append(b, ' ')
		}
	}
	return strings.TrimSuffix(string(b), " "), true
}

// devaConsonantsApart reports whether a and b, a name in Devanagari and
// one in Latin letters, have consonants that make two names: the Latin
// consonants spell the Devanagari ones neither as letters nor, for an
// English name, by their sounds.
func devaConsonantsApart(a, b string) bool {
	deva, other, ok := devaAgainst(a, b)
	if !ok {
		return false
	}
	for _, r := range deva {
		if r >= 0x80 && !isDevanagari(r) || r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') {
			return false // another script, or Latin letters too
		}
	}
	lat, latin := latinLetters(other)
	if !latin || lat == "" {
		return false
	}
	var ub [24]devaUnit
	units, ay := devaUnits(ub[:0], deva)
	if len(units) == 0 || devaLatinAgree(units, lat, ay) {
		return false
	}
	if e := devaEnglishSound(other); e != "" {
		if le, ok := latinLetters(e); ok && devaLatinAgree(units, le, ay) {
			return false
		}
	}
	return true
}
