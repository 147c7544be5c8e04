package normalize

// vowelHiatus reports whether the word in which two names differ, three
// letters or more in the shorter name (Isao, Iso; four before branch
// names44: a syllable is one however short the word), is the other word
// with one vowel added beside a vowel, the two read as two syllables by every spelling
// convention (Masanao, Masano; Mario, Maro; Cherniak, Chernik): a vowel in
// hiatus is a syllable of its own, a Japanese mora, the -i- of a Latin or
// Romance ending, so the longer word is another name, where the edit
// distance sees one inserted letter. Korean and Japanese, which write a
// foreign name by its syllables, keep such pairs apart (Yasunao, Yasuno:
// ヤスナオ, ヤスノ). The added vowel must be the second letter or later (a
// first one is initialDistinct's) and no copy of its neighbour (a long
// vowel: Saadi, Sadi), and it must make with the one vowel beside it (a
// run of two vowels: in Daour, Dour, a stands before French ou, a w) a
// pair that no convention writes for one sound: a-o, i-a, i-o, i-u, u-a and
// u-i. The others are spellings of one vowel or a diphthong: the umlauts ae, oe
// and ue (Mueller, Muller), ou for u (Fouad, Fuad) and the Japanese long o,
// ei and ai (Hussein, Husein), eu (Reuben, Ruben), au, ie and ea, Korean eo
// for ㅓ (Hyeon, Hyon), Italian uo (Buonarroti, Bonarroti), English oa for
// a long o (Hoare, Hore) and German and Dutch oi for one (Voigt, Vogt). A u
// after g or q (Guido) and an i after c or g before a, o or u (Giulia) are
// written for the consonant's sound, not a syllable, as is an i after the
// French and Italian gn (Pignion, Pignon). Two vowels before a final s or
// n are not read: the Latin and Greek endings -ius, -ios, -ion, -ian, -aos,
// whose added vowel the vernacular forms of one name drop (Cornelius,
// Cornelis; Antonius, Antonis; Simion, Simon; Nikolaos, Nikolas).
func (w *wordApart) vowelHiatus() bool {
	x, y := w.words()
	if len(x) < len(y) {
		x, y = y, x
	}
	n := len(y)
	if n < 3 || len(x) != n+1 {
		return false
	}
	i := 0
	for i < n && x[i] == y[i] {
		i++
	}
	c := x[i]
	if i == 0 || !isVowel(c) || string(x[i+1:]) != string(y[i:]) || x[i-1] == c {
		return false
	}
	prev, next := x[i-1], byte(0)
	if i+1 < len(x) {
		next = x[i+1]
	}
	if next == c {
		return false
	}
	if c == 'u' && (prev == 'g' || prev == 'q') || prev == 'u' && i >= 2 && (x[i-2] == 'g' || x[i-2] == 'q') {
		return false // a u written for g's or q's sound: Guido
	}
	if c == 'i' && (prev == 'c' || prev == 'g') && (next == 'a' || next == 'o' || next == 'u') {
		return false // Italian ci, gi before a back vowel: Giulia
	}
	if c == 'i' && prev == 'n' && i >= 2 && x[i-2] == 'g' {
		return false // the palatal gn: Pignion, Pignon
	}
	// the added vowel and one vowel beside it, a run of two: a vowel
	// beside French ou is read with it (Daour, Dour: ou is w)
	j, k := i, i+1
	for j > 0 && isVowel(x[j-1]) {
		j--
	}
	for k < len(x) && isVowel(x[k]) {
		k++
	}
	if k-j != 2 {
		return false
	}
	if k == len(x)-1 && (x[k] == 's' || x[k] == 'n') {
		return false // a Latin or Greek ending: Cornelius, Cornelis; Simion, Simon; Nikolaos, Nikolas
	}
	return hiatusPair(x[j], x[j+1])
}

// hiatusPair reports whether vowels p and q, in this order, are two
// syllables in every spelling convention the matcher reads: a-o, i-a,
// i-o, i-u, u-a, u-i (vowelHiatus).
func hiatusPair(p, q byte) bool {
	switch string([]byte{p, q}) {
	case "ao", "ia", "io", "iu", "ua", "ui":
		return true
	}
	return false
}
