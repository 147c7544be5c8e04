package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// English hypocoristics. News writes a person's given name in its short
// form as often as in full: Bill Clinton and William Clinton, Bob Dole and
// Robert Dole, Peggy and Margaret. The short forms are not spellings of
// the full name (no spelling rule reads Bill as William), so they come
// from a table: nicknames.tsv, pairs of a full given name and one of its
// short forms, filtered from a public list (testdata/nicknames/filter.py
// says how: spelling variants, though not front clippings (Drew, Andrew)
// nor clipped diminutives (Dave, David), and short forms that stand for
// four full names or more are left out).
//
// nicknameSim holds two names of several words the same when their first
// words are a full given name and one of its short forms, or two short
// forms of one full name (Bill, Billy), their last words (the surnames)
// are one word, and with the first words made one the names are the same
// as the matcher compares them (William Jefferson Clinton); or when one
// name's first word is a table short form of a middle name of the other
// (Frank Johnston, William Francis Johnston). The surnames
// must be one as written: a short form read from a table and a surname
// one letter off are two guesses, and the matcher already holds William
// Clinton and William Clifton the same on the letters alone. The score is SameThreshold: the pair is one name, but on the
// table's word, not on its letters, so any reading that scores it higher
// stands. A given name alone is left (Bill, William: one word is too little
// of a name to join on a table), and two full names stay apart (Bill
// Clinton, Hillary Clinton: Hillary is a full name, not a short form of
// William). In running text (a checkSim, s.inText: normalize --check,
// names discover) the rule is off: there a short form is the writer's
// style, not a misspelling of the full name, and a check must not report
// it as one.

//go:embed nicknames.tsv
var nicknamesTSV string

// nicknameGroups maps a given name (by key) to the full names (numbers)
// it belongs to: its own, when it is a full name of the table, and those
// it is a short form of. It is built on first use, by a pair that passes
// nicknameSim's quick tests or by discover, not at every start.
var nicknameGroups = sync.OnceValue(func() map[string][]int32 {
	m := map[string][]int32{}
	full := map[string]int32{}
	add := func(w string, g int32) {
		for _, h := range m[w] {
			if h == g {
				return
			}
		}
		m[w] = append(m[w], g)
	}
	for line := range strings.Lines(nicknamesTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		// full name, short form, and their keys (TestNicknamesKeys): the
		// keys are read, not computed, since Key over the table's 3,400
		// names cost 20 million instructions at every start.
		_, rest, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		_, rest, _ = strings.Cut(rest, "\t")
		f, n, ok := strings.Cut(rest, "\t")
		if !ok || f == n {
			continue
		}
		g, ok := full[f]
		if !ok {
			g = int32(len(full))
			full[f] = g
		}
		add(f, g)
		add(n, g)
	}
	return m
})

// nicknamesOf reports whether given names x and y (keys, different) are a
// full name and its short form, or two short forms of one full name.
func nicknamesOf(x, y string) bool {
	groups := nicknameGroups()
	gx := groups[x]
	if len(gx) == 0 {
		return false
	}
	for _, g := range groups[y] {
		for _, h := range gx {
			if g == h {
				return true
			}
		}
	}
	return false
}

// clippedShortForms are the keys of the short forms the table leaves out
// as ambiguous, each listed for four full names or more (nicknames.tsv's
// header, TestClippedShortForms). Which name one stands for the table
// cannot say, but a pair can: when the short form is the first letters of
// the other given name, it is that name clipped (Fred, Frederick; Chris,
// Christopher; Al, Alton), the commonest way English makes a short form.
// Filled on first use from the header.
var clippedShortForms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for line := range strings.Lines(nicknamesTSV) {
		if !strings.HasPrefix(line, "#") {
			break
		}
		if _, list, ok := strings.Cut(line, "short forms standing for 4 or more full names:"); ok {
			for _, w := range strings.Fields(strings.TrimSuffix(strings.TrimSpace(list), ".")) {
				m[Key(w)] = true
			}
		}
	}
	return m
})

// clippedOf reports whether given names x and y (keys, different) are one
// of clippedShortForms, of three letters or more, and a longer name it
// begins, three letters longer or more, that does not read as Japanese
// morae. One letter more is a diminutive (Johnny, John: juhni, juhn;
// Teddy, Ted) or a spelling, two more as often a name of its own (Samir,
// Sam; Ronan, Ron), not a clipped full name; a key of two letters begins
// too many names (Jo, ju: Julia, Juan). A Japanese given name is a
// compound of its own (Ken, Kentarō, Ken'ichi: three names), not an
// English name clipped.
func clippedOf(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < 3 || len(y) < len(x)+3 || !strings.HasPrefix(y, x) || !clippedShortForms()[x] {
		return false
	}
	var buf [24]string
	_, japanese := romajiMorae(buf[:0], y)
	return !japanese
}

// nicknameSim returns max(score, SameThreshold) when the prepared names
// (s.ta, s.tb) are of several words each, their last words (the surnames)
// are one, their first words are nicknamesOf each other or a clipped
// short form and its full name (clippedOf), and with those
// words made one they score the same (wordsScore: a middle name or initial
// one name has may be left out); otherwise score. Names found in running text are
// left (see above).
func (s *simState) nicknameSim(score float64) float64 {
	if s.inText || len(s.ta) < 2 || len(s.tb) < 2 || s.ta[0] == s.tb[0] || s.abjA || s.abjB {
		return score
	}
	x, y := s.ta[0], s.tb[0]
	if s.ta[len(s.ta)-1] != s.tb[len(s.tb)-1] {
		return score
	}
	if nicknamesOf(x, y) || clippedOf(x, y) {
		if s.nicknameSame(s.tb, 0, x) {
			return max(score, SameThreshold)
		}
		return score
	}
	// A person known by a middle name's short form: Frank Johnston,
	// William Francis Johnston; Bill Mumy, Charles William Mumy. The
	// matcher already holds William Johnston and William Francis Johnston
	// one name (a first name one side leaves out), so the short form of
	// the middle name is tried in its place; by the table only (not
	// clippedOf: a clipped middle name is too weak a sign).
	for _, p := range [2][2][]string{{s.ta, s.tb}, {s.tb, s.ta}} {
		short, long := p[0], p[1]
		for i := 1; i < len(long)-1; i++ {
			if long[i] != short[0] && nicknamesOf(short[0], long[i]) && s.nicknameSame(long, i, short[0]) {
				return max(score, SameThreshold)
			}
		}
	}
	return score
}

// nicknameSame reports whether the prepared names score the same
// (wordsScore) with word i of toks (s.ta or s.tb) read as w.
func (s *simState) nicknameSame(toks []string, i int, w string) bool {
	old := toks[i]
	toks[i] = w
	same := s.wordsScore() >= SameThreshold
	toks[i] = old
	return same
}

// nicknameStyle reports whether names a and b, as written, are of several
// words, with one last word (the surname) and first words that are
// nicknamesOf each other (by key): a person's given name in full and in a
// short form. In running text that is the writer's style, and nicknameSim
// is off there; but a short form whose letters are close to the full
// name's (Steve, Steven) is the same on the letters alone,
// and normalize --check reported "Steven Mnuchin" -> "Steve Mnuchin" as
// a misspelling. capsStage holds such a pair apart in running text.
//
// Both given names must be written as the table writes them: keys join
// more than the table's names ("Loice" has the key of "Louise", "Luis" that
// of "Lois"), and a misspelt name ("Luice Frois", "Loice Frois" for Luis
// Frois) is a slip to report, not a short form.
func nicknameStyle(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wb) < 2 || wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	written := nicknamesWritten()
	if !written[strings.ToLower(wa[0])] || !written[strings.ToLower(wb[0])] {
		return false
	}
	x, y := Key(wa[0]), Key(wb[0])
	return x != y && nicknamesOf(x, y)
}

// nicknamesWritten is the set of the table's given names as written (in
// lower case), for nicknameStyle; built on first use.
var nicknamesWritten = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for line := range strings.Lines(nicknamesTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) == 3 {
			m[f[0]], m[f[1]] = true, true
		}
	}
	return m
})
