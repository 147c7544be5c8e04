package normalize

import (
	"maps"
	"strings"
	"unicode"
)

// Romanizations of the Ukrainian and Russian forms of ukplaces.tsv, the
// tables written from the published standards.

// ukRenderings returns a Ukrainian Cyrillic place name as written and in
// Ukraine's national romanization (2010: Mykolaiv, Zaporizhzhia) and
// BGN/PCGN's for Ukrainian (1965: Mykolayiv, Khmel'nyts'kyy without the
// apostrophes).
func ukRenderings(uk string) []string {
	t := cyrTables.get()
	// BGN/PCGN writes everywhere what the national system writes at the
	// start of a word.
	return []string{uk, romanizeCyr(uk, t.ukNational, t.ukNationalStart), romanizeCyr(uk, t.ukNationalStart, t.ukNationalStart)}
}

// ruRenderings returns a Russian Cyrillic place name as written, in
// BGN/PCGN's romanization (1947: Nikolayev, Zaporozh'ye without the
// apostrophe) and in the common English practice that writes е as e
// everywhere and -ий, -ый as -y (Nikolaev, Khmelnitsky).
func ruRenderings(ru string) []string {
	common := strings.NewReplacer("ий ", "ы ", "ый ", "ы ").Replace(ru + " ")
	common = strings.TrimSuffix(common, " ")
	t := cyrTables.get()
	// The common practice writes with BGN/PCGN's table everywhere.
	return []string{ru, romanizeCyr(ru, t.ruBGN, t.ruBGNStart), romanizeCyr(common, t.ruBGN, t.ruBGN)}
}

// romanizeCyr writes s in Latin letters by table mid, and by start for a
// letter at the start of a word (and, for a table that writes Russian е
// as ye there, after a vowel or a soft or hard sign).
func romanizeCyr(s string, mid, start map[rune]string) string {
	var b strings.Builder
	atStart := true
	for _, r := range s {
		lower := r
		upper := false
		if unicode.IsUpper(r) && unicode.Is(unicode.Cyrillic, r) {
			lower = unicode.ToLower(r)
			upper = true
		}
		t := mid
		if atStart {
			t = start
		}
		v, ok := t[lower]
		if !ok {
			v = string(r)
		}
		if upper && v != "" {
			v = strings.ToUpper(v[:1]) + v[1:]
		}
		b.WriteString(v)
		// After a vowel or a soft or hard sign, BGN/PCGN writes Russian е
		// as ye (Запорожье: Zaporozhye); Ukraine's national system writes
		// є, ї, ю, я as ye, yi, yu, ya only at the start of a word.
		atStart = !ok || start['е'] == "ye" && strings.ContainsRune("аеиоуюяыэёьъ", lower)
	}
	return b.String()
}

// cyrCommon is what the Ukrainian and Russian tables share.
var cyrCommon = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'д': "d", 'ж': "zh", 'з': "z", 'к': "k",
	'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s",
	'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ь': "", '\'': "", '’': "", 'ʼ': "",
}

func cyrTable(extra map[rune]string) map[rune]string {
	t := make(map[rune]string, len(cyrCommon)+len(extra))
	maps.Copy(t, cyrCommon)
	maps.Copy(t, extra)
	return t
}

// cyrTables are the romanization tables, built on first use (speed63:
// every bitext process built them at start).
var cyrTables = newLazy(func() (t struct{ ukNational, ukNationalStart, ruBGN, ruBGNStart map[rune]string }) {
	t.ukNational = cyrTable(map[rune]string{
		'г': "h", 'ґ': "g", 'е': "e", 'є': "ie", 'и': "y", 'і': "i", 'ї': "i",
		'й': "i", 'ю': "iu", 'я': "ia",
	})
	t.ukNationalStart = cyrTable(map[rune]string{
		'г': "h", 'ґ': "g", 'е': "e", 'є': "ye", 'и': "y", 'і': "i", 'ї': "yi",
		'й': "y", 'ю': "yu", 'я': "ya",
	})
	t.ruBGN = cyrTable(map[rune]string{
		'г': "g", 'е': "e", 'ё': "e", 'и': "i", 'й': "y", 'ъ': "", 'ы': "y",
		'э': "e", 'ю': "yu", 'я': "ya",
	})
	t.ruBGNStart = cyrTable(map[rune]string{
		'г': "g", 'е': "ye", 'ё': "yo", 'и': "i", 'й': "y", 'ъ': "", 'ы': "y",
		'э': "e", 'ю': "yu", 'я': "ya",
	})
	return t
})
