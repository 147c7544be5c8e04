package normalize

import (
	"strings"
	"unicode/utf8"
)

// The long o written oh. Japan's passports (the Ministry of Foreign
// Affairs' Hepburn, by the holder's choice since 2000) and many names as
// their bearers write them spell the long ō OH: Ohno for Ōno, Satoh for
// Satō, Itoh, Kohno, Ohyama for Ōyama; the other romanizations write ō, o,
// oo or ou (Ōkōchi, Okochi, Ookouchi, Ohkochi). The key folds all of them
// (Satoh, Satou, Sato: "satu"), but the caps read the names as written:
// before y, oh reads as o and the mora hya, hyu or hyo, a mora more than
// Oyama (the Japanese minimal-pair cap: Ohyama, Oyama 0.800 on main); a
// name in -ohrin or -ohjin is a Slavic -in name a letter from -orin
// (slavicApart: Kohrin, Kourin 0.800). Hepburn writes h only before a
// vowel or y, so an oh before another consonant or at the end of a word
// is the long ō; before y it is read as ō too (o and hyo is the other
// reading, rarer in names), when both names then read as Hepburn morae
// throughout. readPassportOh writes each such oh as ō in baseStage, for
// the base score and every later stage, so that the caps weigh the names'
// morae (Ōyama against Aoyama is still a mora apart). baseStage reads only
// a pair from the conventions' floor to 1 as written: the scan of every
// pair cost 1.2% of the instructions of names match on 100,000 pairs, and
// a pair whose keys are one (Kenkoh, Kenkou: "kenku"), which the Chinese
// postal cap takes down as Hupeh and Hopeh, stays so. A name with an oh
// before a vowel (Ohashi: o and ha) or a long o before it (Ōhyama, Oohno)
// is left as written, and so is a pair that does not read as Hepburn
// (Johan, Joan).

// passportOhSign reports whether s has an o, either case, followed by a
// lower-case h that is followed by no vowel: the cheap test before
// readPassportOh. It looks only where strings.IndexByte finds an h. A name
// in capitals (OHYAMA) is left as written: the scan for an H too cost as
// much again on every pair; two names in capitals are read in their case
// first (capitals_names.go).
func passportOhSign(s string) bool {
	for off := 1; off < len(s); {
		k := strings.IndexByte(s[off:], 'h')
		if k < 0 {
			return false
		}
		i := off + k
		if s[i-1]|0x20 == 'o' && (i+1 == len(s) || !isVowel(s[i+1]|0x20)) {
			return true
		}
		off = i + 1
	}
	return false
}

// passportOh returns name with each long o written oh (an o, either case,
// after no other o or ō, then a lower-case h, then no vowel) written long
// (ō, Ō for O) or, with long false, short (o, O), and whether it wrote one. An h before
// a letter not ASCII is left: the letter is most likely a vowel with a mark
// (Kohōshi: o and hō).
func passportOh(name string, long bool) (string, bool) {
	if !passportOhSign(name) {
		return name, false
	}
	lower, upper := "o", "O"
	if long {
		lower, upper = "ō", "Ō"
	}
	var sb strings.Builder
	sb.Grow(len(name) + 4)
	wrote := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c|0x20 == 'o' && i+1 < len(name) && name[i+1] == 'h' &&
			(i+2 == len(name) || name[i+2] < utf8.RuneSelf && !isVowel(name[i+2]|0x20)) && !afterO(name[:i]) {
			if c == 'O' {
				sb.WriteString(upper)
			} else {
				sb.WriteString(lower)
			}
			i++ // the h
			wrote = true
			continue
		}
		sb.WriteByte(c)
	}
	if !wrote {
		return name, false
	}
	return sb.String(), true
}

// afterO reports whether s ends in o, O, ō or Ō: an oh after it is no
// passport long o (Oohno, Ōhyama).
func afterO(s string) bool {
	if s == "" {
		return false
	}
	if c := s[len(s)-1]; c|0x20 == 'o' {
		return true
	}
	return strings.HasSuffix(s, "ō") || strings.HasSuffix(s, "Ō")
}

// readPassportOh writes the passport oh of p's names as ō (passportOh) when
// one name has it and the other not (baseStage's test: Mohsen Rezaei and
// Mohsen Rezai, or Tohshoku and Tohsuikyo, are read as written), and
// that leaves both names reading as Hepburn morae (hepburnName), either one
// of them, its oh read as a plain o, has a mark of Japanese (romajiMarked:
// Joyashiki, Kohrin against Kourin) or the two are one key once read (Hōnin,
// Honin; Ōyama, Oyama), and the base score of the names as read
// (rescoreRead) is no lower than score, theirs as written: an oh that the
// other name has as o and h (John, Johann: Jōn, Johann 0.810) is no long
// o against it. It returns the score as read and whether it read them,
// unless the glossary has both names as written as forms of one entry.
// baseStage calls it for two names of which passportOhSign finds one.
func readPassportOh(r *stageRun, p *pairSim, score float64) (float64, bool) {
	a, okA := passportOh(p.a, false)
	b, okB := passportOh(p.b, false)
	if !okA && !okB {
		return score, false
	}
	markA, readA := hepburnName(a)
	markB, readB := hepburnName(b)
	if !readA || !readB {
		return score, false
	}
	a, _ = passportOh(p.a, true)
	b, _ = passportOh(p.b, true)
	if !markA && !markB && Key(a) != Key(b) || p.oneEntry(r.g) {
		return score, false
	}
	was := *p
	p.rereadAs(a, b)
	if read := rescoreRead(r.s, p); read >= score {
		return read, true
	}
	*p = was
	r.s.similarity(p.a, p.b) // what it leaves in s for the names as written
	return score, false
}

// rescoreRead returns the base score of p's names as read and leaves in p
// the one pair of words it finds outvoted, as baseStage does for the names
// as written: the outvoted-word cap must weigh the words as read (Ogata
// Kohrin, Ogata Korin: Kōrin and Korin are one word, not two).
func rescoreRead(s *simState, p *pairSim) float64 {
	s.outA, s.outB = "", ""
	score := s.similarity(p.a, p.b)
	p.outA, p.outB, p.outNear = "", "", false
	if score >= SameThreshold && score < 1 && s.outA != "" && len(s.ta) == len(s.tb) {
		p.outA, p.outB, p.outNear = s.outA, s.outB, s.outNear
	}
	return score
}
