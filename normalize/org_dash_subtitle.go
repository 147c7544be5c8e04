package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A party's subtitle after a dash, read where the look-alikes cannot be.
// What follows a dash is as often another party (Indonesian Democratic
// Party – Struggle, Democratic Left Alliance – Labour Union, Our Ukraine –
// People's Self-Defense Bloc: org_leader.go's comment) as the party's own
// subtitle, and Party Facts' look-alikes hold every shape of it. Two
// shapes no look-alike has:
//
//   - the subtitle names the party by a word of its own name and a head
//     noun (Slovak Democratic and Christian Union – Democratic Party;
//     Slovenska demokraticka a krestanska unia - Demokraticka strana), or
//     as an electoral list (Broad Convergence for the Salvation of Angola
//     – Electoral Coalition): restatedSubtitle. Another party after the
//     dash has a word of its own (Labour Union, United Front, Struggle).
//   - two names with one part before the dash and subtitles one head
//     noun apart (FIDESZ-Hungarian Civic Union, Fidesz – Hungarian Civic
//     Alliance; National Council for the Defense of Democracy – Front /
//     Forces for the Defense of Democracy): headSwappedSubtitle. The
//     factions of one party differ in a word of their own after the dash
//     (Forum for the Restoration of Democracy – Kenya, – Asili; Union of
//     Democratic Forces – Centre, – Liberal; Zimbabwe African National
//     Union – Patriotic Front, – Ndonga), and those subtitles are one word
//     or differ in more than a head noun.

// subtitleDash returns s's parts before and after its first dash: an en
// or em dash (spaced or not) or a hyphen with a space beside it or
// doubled (dashSeparators), spaced true; when s has none of those, a
// hyphen after a letter with a capital after it (FIDESZ-Hungarian), spaced
// false: such a hyphen also joins a word's parts (Pan-Malaysian Islamic
// Front and Pan-Malaysian Islamic Party are two parties), so a rule asks
// for one spaced dash in the pair. ok is false when s has no dash or a
// part is empty.
func subtitleDash(s string) (head, tail string, spaced, ok bool) {
	at, width := -1, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			if i > 0 && s[i-1] == ' ' || i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '-') {
				at, width = i, 1
			}
		case 0xe2: // – is e2 80 93, — e2 80 94
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
				at, width = i, 3
			}
		}
		if at >= 0 {
			break
		}
	}
	spaced = at >= 0
	if at < 0 {
		for i := 1; i+1 < len(s); i++ {
			if s[i] != '-' || s[i-1] == ' ' {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsUpper(r) {
				at, width = i, 1
				break
			}
		}
	}
	if at <= 0 {
		return "", "", false, false
	}
	head = strings.TrimSpace(s[:at])
	tail = strings.TrimLeft(s[at+width:], "-–— ")
	tail = strings.TrimSpace(tail)
	return head, tail, spaced, head != "" && tail != ""
}

// dashSubtitle is o23 in orgRules: restatedSubtitle or
// headSwappedSubtitle, behind quick tests of bytes (names match asks it
// of every pair below SameThreshold): both rules ask the longer name for
// a dash (a hyphen, or an en or em dash's first byte: IndexByte, faster
// than mayHaveDash's loop on the many names without one), and one of the
// two for a spaced dash (mayHaveDash, org_leader.go).
func dashSubtitle(a, b string, g *Glossary) bool {
	long := b
	if len(a) > len(b) {
		long = a
	}
	if strings.IndexByte(long, '-') < 0 && strings.IndexByte(long, 0xe2) < 0 {
		return false
	}
	return (mayHaveDash(a) || mayHaveDash(b)) && (restatedSubtitle(a, b, g) || headSwappedSubtitle(a, b))
}

// restatedSubtitle reports whether one of a and b is the other, by the
// letters (similarityWith), with a spaced dash and a subtitle of two words after
// it (connectors aside): a head noun of parties (politicalHeads or its
// translation: strana, Párt) and a word whose stem is a word of the name
// before the dash, or "electoral" (see above).
func restatedSubtitle(a, b string, g *Glossary) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap tests first: the longer name has a dash and is longer by
	// a subtitle of two words; the shorter has no dash of its own.
	if len(b) < len(a)+8 || !mayHaveDash(b) {
		return false
	}
	head, tail, spaced, ok := subtitleDash(b)
	if !ok || !spaced {
		return false
	}
	if _, _, _, other := subtitleDash(a); other {
		return false
	}
	words := orgKeyWords(tail)
	if len(words) != 2 {
		return false
	}
	heads := politicalHeads.get()
	var own string
	switch {
	case isHeadKey(heads, words[1]) && !isHeadKey(heads, words[0]):
		own = words[0]
	case isHeadKey(heads, words[0]) && !isHeadKey(heads, words[1]):
		own = words[1] // Partido do Trabalho: the head noun first
	default:
		return false
	}
	restated := stemsMeet(own, Key("electoral"))
	for _, e := range orgWordIndex().byForeign[own] {
		restated = restated || e.english == "electoral"
	}
	for _, k := range orgKeyWords(head) {
		if restated {
			break
		}
		restated = !isHeadKey(orgBagHeads.get(), k) && stemsMeet(k, own)
	}
	return restated && similarityWith(head, a, g) >= SameThreshold
}

// headSwappedSubtitle reports whether a and b both have a part before a
// dash (one of the two dashes spaced: subtitleDash), one by the letters (case and marks aside), and subtitles after it
// of two words or more (connectors aside) that differ in one word only,
// a head noun in each (orgBagHeads: Union, Alliance; Front, Forces).
func headSwappedSubtitle(a, b string) bool {
	ha, ta, sa, oka := subtitleDash(a)
	hb, tb, sb, okb := subtitleDash(b)
	if !oka || !okb || !sa && !sb || !strings.EqualFold(withoutMarks(ha), withoutMarks(hb)) {
		return false
	}
	wa, wb := orgKeyWords(ta), orgKeyWords(tb)
	if len(wa) < 2 || len(wa) != len(wb) {
		return false
	}
	differ := -1
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		if differ >= 0 {
			return false
		}
		differ = i
	}
	heads := orgBagHeads.get()
	return differ >= 0 && isHeadKey(heads, wa[differ]) && isHeadKey(heads, wb[differ])
}
