package normalize

import "strings"

// Turkish and Azerbaijani names in their Latin alphabets (Turkish 1928,
// Azerbaijani 1991): c is the sound English writes j and Arabic
// transliteration j or dj (Cemal, Celal, Cengiz, Necip, Cəfər: Jamal,
// Jalal, Jengiz, Najib, Jafar), and Azerbaijani x is the kh of English and
// Russian renderings (Xəlil, Xudu: Khalil, Khudu), and Azerbaijani ə the
// a of English renderings (Cəfər, Məmmədov, Əliyev: Jafar, Mammadov,
// Aliyev), which the key reads e. ç, ş and ğ the key folds already.
//
// turkicReading reads c as j only against a name that writes a j and no
// c: a c before e or i in any name (English and Italian read that c s or
// ch, never j, so Celia is not Jelia's spelling and the other name's j
// decides), and a c before another vowel only in a name with a letter of
// the two alphabets (ğ, ş, ı, İ, ə), since English c before a, o, u is k
// (Cody, Jody); in either case only a c that begins a word or follows a
// vowel or a letter outside ASCII (Cemal, Necip, Gücel; not the Slavic nc
// of Trenčín), not a ci before a vowel (Turkish writes the glide y there,
// Naciye, Hediye; Alicia and Lucia are English and Romance), and not in a
// name that writes j itself (Turkish j is a rare letter of loanwords:
// Jocelyn is English). It reads x as kh only in an Azerbaijani name (one with ə)
// against a name that writes kh and no x, and ə as a against a name
// without ə. nationalSim (national.go) calls it for a name with
// a c against a name with a j and no c, or for a name with ə.

// turkicLetter reports whether name has a letter only the Turkish and
// Azerbaijani alphabets use: ğ, ş, ı, İ or ə, in either case.
func turkicLetter(name string) bool {
	return strings.ContainsAny(name, "ğĞşŞıİəƏ")
}

// azeriLetter reports whether name has ə or Ə.
func azeriLetter(name string) bool {
	return strings.Contains(name, "ə") || strings.Contains(name, "Ə")
}

// turkicReading returns name read by the Turkish or Azerbaijani alphabet
// against other (see above), in lower case, or "" when it reads nothing.
func turkicReading(name, other string) string {
	// A name that writes j itself is not in the Turkish alphabet, whose j
	// is a rare letter of loanwords (Jocelyn, JoEllen).
	cj := hasLetter(name, 'c') && !hasLetter(name, 'j') && hasLetter(other, 'j') && !hasLetter(other, 'c')
	azeri := azeriLetter(name) && !azeriLetter(other)
	xkh := azeri && hasLetter(name, 'x') && !hasLetter(other, 'x') && hasPair(other, 'k', 'h')
	if !cj && !azeri {
		return ""
	}
	marked := cj && turkicLetter(name)
	var b []byte
	for i := 0; i < len(name); i++ {
		c := name[i]
		r, n := "", 1 // the reading of the n bytes at i
		switch {
		case c == 'c' || c == 'C':
			if cj && i+1 < len(name) && (i == 0 || !isLetterByte(name[i-1]) || isVowel(name[i-1]|0x20) || name[i-1] >= 0x80) {
				next := name[i+1] | 0x20
				// ci before a vowel is English or Romance (Alicia, Lucia):
				// Turkish writes the glide y there (Naciye, Hediye).
				ciV := next == 'i' && i+2 < len(name) && isVowel(name[i+2]|0x20)
				if !ciV && (next == 'e' || next == 'i' || marked && (isVowel(next) || name[i+1] >= 0x80)) {
					r = "j"
				}
			}
		case c == 'x' || c == 'X':
			if xkh {
				r = "kh"
			}
		case azeri && i+1 < len(name) && (c == 0xC9 && name[i+1] == 0x99 || c == 0xC6 && name[i+1] == 0x8F):
			r, n = "a", 2 // ə, Ə
		}
		if r != "" && b == nil {
			b = append(make([]byte, 0, len(name)+2), strings.ToLower(name[:i])...)
		}
		switch {
		case r != "":
			b = append(b, r...)
			i += n - 1
		case b != nil:
			b = append(b, lowerAt(name, i))
		}
	}
	if b == nil {
		return ""
	}
	return string(b)
}
