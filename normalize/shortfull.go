package normalize

// A person's press form against the full name (branch shortfull, issue
// 11). tokenScore charges each word of the longer name left unmatched;
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
