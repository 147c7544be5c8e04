package normalize

import "strings"

// Hebrew names with tz for tsadi. The popular romanization of Hebrew
// (Israeli passports, the press) writes tsadi tz and chet or khaf ch
// (Yitzchak, Tzachi), the scholarly ones h or kh (Yitzhak, Yitskhak); the
// key reads tzch as the German tsch (ich), far from tzh. Ashkenazi
// pronunciation, which Yiddish-speaking families kept in their spelling,
// says qamats o (Yitzchok, Avrohom: Yitzchak, Avraham).
//
// hebrewTzReading reads, in the Hebrew tz words of a name (hebrewTzWord: tz
// first, or before h or ch, which German never writes: Katz, Moritz,
// Nietzsche's tzsch), the ch after tz as h, and o as a, only against a
// name that writes such a word itself and no tzch (for the ch) or no o in
// those words (for the o). nationalSim (national.go) calls it for a name
// with tz against a name with tz.
func hebrewTzReading(name, other string) string {
	o := strings.ToLower(other)
	otherCh, otherO, otherTz := false, false, false
	for start, end := range letterRuns(o) {
		w := o[start:end]
		if !hebrewTzWord(w) {
			continue
		}
		otherTz = true
		otherCh = otherCh || strings.Contains(w, "tzch")
		otherO = otherO || strings.IndexByte(w, 'o') >= 0
	}
	if !otherTz {
		return ""
	}
	return readWords(name, func(word string) string {
		if !hebrewTzWord(word) {
			return word
		}
		if !otherCh {
			word = strings.ReplaceAll(word, "tzch", "tzh") // Yitzchak: Yitzhak
		}
		if !otherO {
			word = strings.ReplaceAll(word, "o", "a") // Yitzchok: Yitzchak
		}
		return word
	})
}

// hebrewTzWord reports whether lower-case word w writes tz as Hebrew
// romanization does and German does not: first, or before h or ch
// (Tzipi, Yitzhak, Yitzchak).
func hebrewTzWord(w string) bool {
	return strings.HasPrefix(w, "tz") || strings.Contains(w, "tzh") || strings.Contains(w, "tzch")
}
