package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Abbreviated words of a name. Style manuals abbreviate the words of an
// organisation's name in two ways (US GPO Style Manual, ch. 9; New Hart's
// Rules, ch. 10): a truncation or a contraction marked by a full point or
// an apostrophe (Dept., Univ., Assn., Mt., Int'l, Gov't), which keeps the
// word's first letter and some of its letters in order; and the
// contractions British style writes without a point, which keep the first
// and last letters (Dept, Govt, Natl, Intl, St, Mt, Bros), with the few
// initialisms of one word that dictionaries give (TB, tuberculosis; TV,
// television). Two names of as many words that are the same once such a
// word is read as the word of the other name at its place are the same: US
// Dept. of State, US Department of State; Novosibirsk TB Research
// Institute, Novosibirsk Tuberculosis Research Institute. An abbreviation
// only ever stands for the one word at its place, and the rest must match
// by the matcher without this rule, so a different name keeps apart (St.
// John Ambulance, Saint James Ambulance). A single letter with a point is
// an initial, not this rule's.

// pointlessAbbrevs are the abbreviations written without a point, by
// lower-cased form, with the words they stand for; with a point too, as
// Co. for Company, a truncation of two letters.
var pointlessAbbrevs = map[string][]string{
	"dept": {"department"}, "dpt": {"department"}, "govt": {"government"},
	"natl": {"national"}, "intl": {"international"}, "assn": {"association"},
	"assoc": {"association", "associates"}, "st": {"saint", "street"},
	"mt": {"mount", "mountain"}, "ft": {"fort"}, "bros": {"brothers"},
	"mgmt": {"management"}, "bldg": {"building"}, "mfg": {"manufacturing"},
	"ctr": {"center", "centre"}, "cttee": {"committee"}, "cmte": {"committee"},
	"univ": {"university"}, "hq": {"headquarters"}, "tb": {"tuberculosis"},
	"tv": {"television"}, "co": {"company"},
}

// pointlessStarts has a bit for each first two letters (lower case) of a
// form of pointlessAbbrevs, by its length (2 to 5): abbrevMark looks a
// word up only when it has.
var pointlessStarts = func() (set [4][26*26/64 + 1]uint64) {
	for k := range pointlessAbbrevs {
		i := int(k[0]-'a')*26 + int(k[1]-'a')
		set[len(k)-2][i/64] |= 1 << (i % 64)
	}
	return set
}()

// abbrevMark reports, cheaply, whether s may hold an abbreviated word: a
// point or an apostrophe, or a capitalised word of two to five letters
// that pointlessAbbrevs lists.
func abbrevMark(s string) bool {
	if strings.IndexByte(s, '.') >= 0 || strings.IndexByte(s, '\'') >= 0 {
		return true
	}
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], ' ')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if n := end - start; n >= 2 && n <= 5 && 'A' <= s[start] && s[start] <= 'Z' {
			if c := s[start+1] | 0x20; 'a' <= c && c <= 'z' {
				if k := int(s[start]|0x20-'a')*26 + int(c-'a'); pointlessStarts[n-2][k/64]&(1<<(k%64)) != 0 {
					var buf [5]byte
					for j := range n {
						buf[j] = s[start+j] | 0x20
					}
					if _, ok := pointlessAbbrevs[string(buf[:n])]; ok {
						return true
					}
				}
			}
		}
		start = end + 1
	}
	return false
}

// abbreviationVariant reports whether short and long, a name two letters
// or more longer, are one name but for words one of them abbreviates (the
// rest by the matcher without this rule). An abbreviation shortens its
// name: only the shorter is read for one.
func abbreviationVariant(short, long string, g *Glossary) bool {
	if !abbrevMark(short) || strings.Count(short, " ") != strings.Count(long, " ") {
		return false
	}
	a, b := short, long
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) != len(fb) || len(fa) < 2 {
		return false
	}
	changed := false
	for i := range fa {
		switch {
		case strings.EqualFold(fa[i], fb[i]):
		case abbreviates(fa[i], fb[i]):
			fa[i], changed = fb[i], true
		case abbreviates(fb[i], fa[i]):
			fb[i], changed = fa[i], true
		}
	}
	return changed && similarityWith(strings.Join(fa, " "), strings.Join(fb, " "), g) >= SameThreshold
}

// abbreviates reports whether abbr is an abbreviation of the word w: with
// a final point, two letters or more, w's beginning (a truncation of three
// letters or more: Univ.) or w's first letter, some of its letters in order and its last letter (a
// contraction: Dept., Mt.); with an apostrophe inside, a contraction
// (Int'l, Gov't); without either, an abbreviation of pointlessAbbrevs that
// stands for w (with a point too: Co.).
func abbreviates(abbr, w string) bool {
	w = strings.TrimRight(w, ",;:")
	r, _ := utf8.DecodeRuneInString(abbr)
	if !unicode.IsUpper(r) {
		return false
	}
	point := strings.HasSuffix(abbr, ".")
	body := strings.TrimSuffix(abbr, ".")
	apos := strings.IndexByte(body, '\'') > 0
	for _, full := range pointlessAbbrevs[strings.ToLower(body)] {
		if strings.EqualFold(full, w) {
			return true
		}
	}
	if !point && !apos {
		return false
	}
	letters := []rune(strings.ToLower(strings.ReplaceAll(body, "'", "")))
	word := []rune(strings.ToLower(w))
	if len(letters) < 2 || len(word) <= len(letters) || letters[0] != word[0] {
		return false
	}
	for _, c := range letters {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	// A truncation keeps the word's beginning, three letters or more
	// (Univ., Gen.); a contraction its last letter (Dept., Int'l, St.), so
	// that St. is Saint or Street, not Stanley.
	if trunc := len(letters) >= 3 && strings.HasPrefix(string(word), string(letters)); !trunc || apos {
		if letters[len(letters)-1] != word[len(word)-1] {
			return false
		}
	}
	j := 1
	for _, c := range letters[1:] {
		for j < len(word) && word[j] != c {
			j++
		}
		if j == len(word) {
			return false
		}
		j++
	}
	return true
}
