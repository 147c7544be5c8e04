package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A person's press form against the full name (branch shortfull, issue
// 11). leftOutPenalties charges each word of the longer name left unmatched;
// where the shorter name keeps the first and last words of the longer
// (a Western given name and surname, "Georg Hegel" for "Georg Wilhelm
// Friedrich Hegel"; an Arabic given and family name, "Ayman al-Zawahiri"
// for "Ayman Muhammad Rabi al-Zawahiri"), or keeps the first words of an
// Arabic chain that ends in a family name or nisba ("Saddam Hussein" for
// "Saddam Hussein Abd al-Majid al-Tikriti": the given and father's
// names, as the press writes them), only the first word left out costs a
// whole word: the middle names, or the forebears' names of the chain
// (nasab), are one part of the name that the press form drops, however
// many words it has. Each word of the shorter name must be one with its
// word of the longer (the worst pair at SameThreshold or more); a surname
// that differs, or given names without the surname, keep the whole cost.
//
// The shorter name may also keep the last words of the longer, a given
// name and the surname after given names it leaves out ("Alexander
// Leksell" for "Eric Fredrik Alexander Leksell", "Julian Lennon" for "John
// Charles Julian Lennon"): a person given several names goes by any one of
// them (the Rufname of German and Scandinavian custom, the middle name in
// use of English), so the given names before it are one part of the name
// as the middle names are. The surname decides: the shorter name's last
// word must be the longer's. It is read only where the longer name's
// words before it are written as given names (givenNamesBefore): an
// entity's or party's name that ends in another's ("Virgin Islands of the
// United States", "Georgian Dream - Democratic Georgia") keeps the whole
// cost of each word.
//
// The rule is off in running text (a checkSim, s.inText: normalize
// --check, names discover), as nicknameSim is: a text that names a person
// in full and then by the press form writes one name two ways on purpose,
// and there most names of several words are no persons' (Hankyu Line,
// Hankyu Takarazuka Main Line: the words left out are what tells two
// railway lines apart). It is off, too, for a name with an organisation's
// head noun (Hankyu Group, Hankyu Hanshin Toho Group).

// familyArticleLast reports whether name, as written, ends in a word that
// has the Arabic article: "al-Tikriti", "el-Bakh", "Al Thani", "ad-Din"
// (the article assimilated to the word's first letter); a cheap byte scan
// of the name's last two words.
func familyArticleLast(name string) bool {
	end := len(name)
	for end > 0 && name[end-1] == ' ' {
		end--
	}
	i := end - 1 // the separator before the last word
	for i >= 0 && name[i] != ' ' && name[i] != '-' {
		i--
	}
	if i < 2 || i+1 >= end {
		return false
	}
	// the two letters before the separator are the article's, and a word
	// begins with them
	if i > 2 && name[i-3] != ' ' && name[i-3] != '-' {
		return false
	}
	a, l, c := name[i-2]|0x20, name[i-1]|0x20, name[i+1]|0x20
	return (a == 'a' || a == 'e') && (l == 'l' || l == c && isSunLetter(c))
}

// givenSlot reports whether word i of a name of n words is in the slot of
// a person's given name: the first word, written with a capital, of a
// name of three words or more (shortfull2). There "Ann", "Ed" or "As"
// before a word that begins with its consonant ("Ann Noreen Widdecombe",
// "Ed Dale Smith") is the given name, not the Arabic article assimilated
// to a sun letter (an-Nur, ad-Din), which comes before the word it
// belongs to inside a name (Abdul Rahman ad-Dakhil) or opens a two-word
// one, a place's as the gazetteers write it (An Najaf, Ar Raqqah) or a
// family name's (as-Sadr). A first word in small letters is no given
// name: running text's "as Seii Taishogun" (the English "as" before a
// name; the Kyoto sweep) keeps the reading it had.
func givenSlot(i, n int, capital bool) bool { return i == 0 && n >= 3 && capital }

// surnameSlot reports whether word k of words, after kept words (those
// prepare kept before it), is in the slot of a person's surname: the last
// word after a given name, or the word before a generation's suffix
// (shortfull2). A title comes before the name it qualifies (President
// Putin, Ayatollah Khomeini, Mullah Omar), so a title word that ends a
// name of two words or more is the surname: Stephen King, Elias Mollah,
// Adel Imam, Erik Prince, Martin Luther King Jr. A name that is a title
// alone, or titles alone, keeps the reading as a title; "the", dropped
// with the titles (Congo, the Democratic Republic of the), is no surname.
func surnameSlot(k int, words []string, kept int) bool {
	n := len(words)
	if kept == 0 || k < n-2 || words[k] == "the" {
		return false
	}
	return k == n-1 || generationSuffix(words[n-1])
}

// generationSuffix reports whether the folded word w is the suffix that
// tells a son from his father of one name: Jr., Sr., II, III (folded "i"),
// IV.
func generationSuffix(w string) bool {
	switch w {
	case "jr", "sr", "i", "iv", "juniur", "seniur":
		return true
	}
	return false
}

// initialsApartScore caps the similarity of two names whose middle
// initials differ (initialsApart): two persons.
const initialsApartScore = 0.8

// initialsApart reports whether two persons' names that both write middle
// initials tell two persons apart by them (shortfull2): the longer name b
// has a middle initial that no word of the shorter a matches (George H. W.
// Bush, the father; George W. Bush, the son; J. R. R. Tolkien, J. R.
// Tolkien), or a middle initial of a is paired with one of b of another
// letter. A form that writes middle initials writes all of them, so one
// left out is another name, where a middle name spelled out may be left
// out by the press (shortfull.go). An initial against a spelled-out
// middle name is no difference (John F. Kennedy, John Fitzgerald Kennedy;
// George H. Walker Bush, George H. W. Bush). usedB tells which words of b
// are paired, pairOf the word of b paired with each word of a; a has the
// fewer words (pairWords). A middle word is neither the first nor the
// last.
func initialsApart(a, b []string, usedB []bool, pairOf []int8) bool {
	mid := false // a has a middle initial
	for i := 1; i < len(a)-1; i++ {
		if len(a[i]) != 1 {
			continue
		}
		mid = true
		j := int(pairOf[i])
		if j > 0 && j < len(b)-1 && len(b[j]) == 1 && b[j] != a[i] {
			return true // George H. Bush, George W. Bush
		}
	}
	if !mid || len(b) == len(a) {
		return false
	}
	for j := 1; j < len(b)-1; j++ {
		if !usedB[j] && len(b[j]) == 1 {
			return true
		}
	}
	return false
}

// usedLast reports whether the matched words of the longer name, used,
// are its last n words: the shorter name of n words is its tail.
func usedLast(used []bool, n int) bool {
	for j := len(used) - n; j < len(used); j++ {
		if !used[j] {
			return false
		}
	}
	return true
}

// givenNamesBefore reports whether the longer name long, as written, reads
// as a person's given names before the words of short (shortfull.go):
// every word of long, cut at spaces, begins with a capital, as given names
// are written, or is a word in small letters that short has too (the
// surname's particle: Garnet de la Hunt, Oskar von Kirchner), and none is
// a dash, which joins two names into one ("Georgian Dream - Democratic
// Georgia"); and short does not end in a plural noun that ends the names
// of places and bodies (pluralNouns, rewrite.go: "United States Virgin
// Islands", "Virgin Islands"). A word in small letters that short lacks,
// or has with a capital, is a word of an entity's name ("Virgin Islands
// of the United States", "Estado de São Paulo", "Euro-Populars for San
// Marino", "For San Marino"). It allocates nothing.
func givenNamesBefore(long, short string) bool {
	for long != "" {
		i := strings.IndexByte(long, ' ')
		if i < 0 {
			i = len(long)
		}
		w := long[:i]
		long = strings.TrimLeft(long[i:], " ")
		if w == "" {
			continue
		}
		switch w {
		case "-", "--", "–", "—":
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !hasWordAsWritten(short, w) {
			return false
		}
	}
	last := short[strings.LastIndexAny(short, " -")+1:]
	return !pluralNouns[strings.ToLower(last)]
}

// hasWordAsWritten reports whether name has w as a word, cut at spaces,
// in the same case.
func hasWordAsWritten(name, w string) bool {
	for name != "" {
		i := strings.IndexByte(name, ' ')
		if i < 0 {
			i = len(name)
		}
		if name[:i] == w {
			return true
		}
		name = strings.TrimLeft(name[i:], " ")
	}
	return false
}
