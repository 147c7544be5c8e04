package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A party's name with its leader's name after a dash. Lists and parties
// named for the man or woman who leads them are written with and without
// that name: We are family — Boris Kollar is We Are Family, Sme Rodina —
// Boris Kollár is Sme Rodina, Balgarski Zemedelski Naroden Suyuz – "Nikola
// Petkov" the Balgarski Zemedelski Naroden Sayuz. What follows a dash is
// more often another party's word, though: a split (Indonesian Democratic
// Party – Struggle), a faction (Union of Democratic Forces – Centre,
// Forum for the Restoration of Democracy – Kenya), the alliance's other
// member (Georgian Dream – Democratic Georgia, Hungarian Democratic Forum;
// Democratic Left Alliance – Labour Union): Party Facts' look-alikes are
// full of them. So the part after the dash is read as a leader's name only
// when it has the form of one: two words, each capitalised, of letters
// only, none a connector, a head noun, a word the organisation tables
// translate (Democratic, United, Patriotic...), a country or a country's
// adjective; a single word (Kenya, Struggle, Dove) is never read so. The
// part before the dash must score as the other name (similarityWith), and
// the other name must have no dash part of its own (the Independent List
// -- Ivan Grubisic is not the Independent List of Milan Bandic).

// dashSeparators are the dashes, spaced, that set a subtitle apart; a
// hyphen without spaces joins words (Alsace-Lorraine, Bosnian-Herzegovinian).
var dashSeparators = [...]string{" -- ", " - ", " – ", " — ", "--", " —", "— ", " –", "– "}

// lastDash returns the parts of s before and after its last spaced dash.
func lastDash(s string) (head, tail string, ok bool) {
	at, width := -1, 0
	for _, d := range dashSeparators {
		if i := strings.LastIndex(s, d); i > at {
			at, width = i, len(d)
		}
	}
	if at <= 0 {
		return "", "", false
	}
	return strings.TrimSpace(s[:at]), strings.TrimSpace(s[at+width:]), true
}

// mayHaveDash is the quick test of leaderSubtitle and ownWordSubtitle
// (org_oneword.go), a scan of bytes: names match
// asks it of every pair below SameThreshold. It reports whether s has a
// hyphen beside a space or another hyphen, or an en or em dash.
func mayHaveDash(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			if i > 0 && s[i-1] == ' ' || i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '-') {
				return true
			}
		case 0xe2: // – is e2 80 93, — e2 80 94
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
				return true
			}
		}
	}
	return false
}

// leaderSubtitle reports whether one of a and b is the other followed by
// a dash and a leader's name (leaderName).
func leaderSubtitle(a, b string, g *Glossary) bool {
	dash := mayHaveDash(a) || mayHaveDash(b)
	if !dash && !mayHaveCapHyphenLeader(a, b) {
		return false
	}
	for _, x := range [2][2]string{{a, b}, {b, a}} {
		long, short := x[0], x[1]
		var head, tail string
		var ok bool
		if dash {
			head, tail, ok = lastDash(long)
		} else {
			head, tail, ok = capHyphen(long, short) // org_leader_hyphen.go
		}
		if !ok || !leaderName(tail) {
			continue
		}
		if _, _, other := lastDash(short); dash && other {
			continue
		}
		if similarityWith(head, short, g) >= SameThreshold {
			return true
		}
	}
	return false
}

// leaderName reports whether s, its quotes left out, has the form of a
// person's name and no word of an organisation's name (see above), nor a
// compass point first: West Africa is a region, a branch's place.
func leaderName(s string) bool {
	s = strings.Trim(s, "\"“”„«» ")
	words := strings.Fields(s)
	if len(words) != 2 || infoOf(Key(words[0])).direction {
		return false // a compass point and a name are a region: West Africa (org_branch_place.go)
	}
	for _, w := range words {
		if !leaderWord(w) {
			return false
		}
	}
	return true
}

// A list named for its leader with "with". Italian and Greek lists add
// their leader's name to the party's after "with" (con, me): The Other
// Europe with Tsipras, Civic Choice with Monti for Italy. leaderWith reads
// the longer name as the shorter (two words or more), " with ", and one
// to four words the first of which has the form of a surname: capitalised
// letters, three or more, that no organisation table, head noun,
// connector, country or country's adjective knows (leaderWord), nor a
// word of a doctrine (with Socialists: an ally).

// leaderWith reports whether one of a and b is the other with " with "
// and a leader's name after it, as the comment above says.
func leaderWith(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	tail, ok := strings.CutPrefix(b, a)
	if !ok || strings.IndexByte(a, ' ') < 0 {
		return false
	}
	tail, ok = strings.CutPrefix(tail, " with ")
	words := strings.Fields(tail)
	if !ok || len(words) < 1 || len(words) > 4 || !leaderWord(words[0]) {
		return false
	}
	lw := strings.ToLower(words[0])
	return !strings.HasSuffix(lw, "ist") && !strings.HasSuffix(lw, "ists") && !strings.HasSuffix(lw, "ism") // with Socialists: allies
}

// leaderWord reports whether w has the form of a surname and is no word
// of an organisation's name (leaderName's test of each word).
func leaderWord(w string) bool {
	first := true
	for _, r := range w {
		if !unicode.IsLetter(r) || first && !unicode.IsUpper(r) {
			return false
		}
		first = false
	}
	return len([]rune(w)) >= 3 && !knownOrgWord(w)
}

// knownOrgWord reports whether w is a word the organisation tables know,
// and so no leader's name nor a party's own word (ownPartyWord): a
// connector, a head noun (orgBagHeads, politicalHeads), a word the tables
// translate or give as a translation, a country or a country's adjective.
func knownOrgWord(w string) bool {
	ow := orgWordIndex()
	lw, k := strings.ToLower(w), Key(w)
	return ow.anyConn[lw] || orgStemConnectors.get()[k] || orgBagHeads.get()[k] || politicalHeads.get()[k] ||
		len(ow.byEnglish[lw]) > 0 || len(ow.byForeign[k]) > 0 || isCountryName(w) || isCountryAdjective(w)
}

// A native name in sentence case with its leader's name after it, without
// a dash: Czech and Slovene lists put the leader's name in the genitive
// after the list's (Úsvit přímé demokracie Tomia Okamury, Dawn of Direct
// Democracy of Tomio Okamura; Državljanska lista Gregorja Viranta).
// leaderAppended reads the longer name as the shorter, by the letters
// (similarityWith), and two words of a leader's name's form (leaderName).
// Two capitalised words after a person's name are more of his names (José
// María, José María Aznar López), so the shorter name must read as an
// organisation's in its own language: a word after its first, of four
// letters or more, in small letters and no connector (lista, přímé), which
// people's names do not have.

// leaderAppended reports whether one of a and b is the other, in sentence
// case, with a leader's name of two words after it (see above).
func leaderAppended(a, b string, g *Glossary) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap tests first (every pair below SameThreshold): the longer
	// opens with the shorter's first two letters and has two words more.
	if len(a) < 2 || len(b) < len(a)+6 || !strings.EqualFold(a[:2], b[:2]) {
		return false
	}
	n := strings.Count(a, " ")
	if n < 1 || strings.Count(b, " ") != n+2 || !sentenceCaseName(a) {
		return false
	}
	i := strings.LastIndexByte(b, ' ')
	i = strings.LastIndexByte(b[:i], ' ')
	return leaderName(b[i+1:]) && similarityWith(b[:i], a, g) >= SameThreshold
}

// sentenceCaseName reports whether a word of s after its first has four
// letters or more, the first in small letters, and is no connector of the
// organisation tables (lista, přímé; not della, von).
func sentenceCaseName(s string) bool {
	_, rest, _ := strings.Cut(s, " ")
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && utf8.RuneCountInString(w) >= 4 && !orgWordIndex().anyConn[w] {
			return true
		}
	}
	return false
}
