package normalize

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

// Companies' legal forms as one class of words (issue 11). Sanctions
// lists and news write a company with its legal form before or after its
// name, abbreviated or written out, in the script of its country or in
// English: ПАО «Роснефть», PJSC Rosneft, Rosneft; ООО "Оазис", Oazis LLC;
// Huawei Technologies Co., Ltd., Huawei Technologies Company Limited. The
// form says how the company is registered, not which company it is, so
// dropLegalForms, first in baseStage, takes a legal form off the start or
// end of each name (and the quotes round what is left: ООО "Оазис",
// ‘Kamera Biai’ LLC), and every stage compares what is left, the name
// that must carry the match. legalFormCostStage then costs the forms:
// nothing when both names carry forms of one class (ООО, OOO, LLC and
// Limited Liability Company are one), legalFormOptionalCost when one
// name has none (as a patronym costs a person's name), legalFormOtherCost
// for two different forms (LLC, JSC: two readings of one company as often
// as two companies, so not enough to part them alone).
//
// The forms and their classes are legalforms.tsv, from ISO 20275's list
// of entity legal forms with the equivalences across languages it does
// not give written by hand (testdata/bench/legalforms_table.py). A Latin
// form of four letters or fewer is read only in capitals (AO, SA, OOO,
// TOV: "Zhang Ao", "Mazal Tov" are names), but those that are written in
// small letters too (Co, Ltd, Inc, Corp, plc, LLC, GmbH). A form written
// out as a word of its own (Company, Corporation, Limited, Incorporated)
// is read at the end only, and not off a name of one word when the other
// name has no form, but when the other is that word and the word no
// place's name (legal_form_written.go: "Oracle Corporation" and "Oracle",
// not "Kozhikode Corporation" and "Kozhikode"). Nothing is read off a name
// that would be left empty.
//
// With a form read, a company whose name adds words to the other's is
// another company of the group or another firm (Gazprom Mezhregiongaz,
// Gazprom Mezhregiongaz Sever; Almaz LLC, Almaz Invest LLC): the words
// the person-name matcher leaves out as a middle name are the name here,
// so legalFormCostStage caps such a pair at branchScore.

//go:embed legalforms.tsv
var legalFormsText string

const (
	legalFormOptionalCost = 0.02 // a form on one name only
	legalFormOtherCost    = 0.05 // two forms of different classes
	legalFormMaxWords     = 5    // public joint stock company...
)

// legalFormTable is legalforms.tsv read: each form (folded by
// foldFormWord, words joined by one space) with its class, and the sets
// of the first and last words of the forms, which a name's first or last
// word must be in before the longer forms are looked up. Built on first
// use: most commands never read a legal form.
var legalFormTable = newLazy(func() *legalFormSets {
	t := new(legalFormSets)
	t.class = map[string]string{}
	t.first, t.last = map[string]bool{}, map[string]bool{}
	var buf []byte
	for _, line := range strings.Split(legalFormsText, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		buf = buf[:0]
		words := strings.Fields(strings.NewReplacer("-", " ", ",", " ").Replace(f[0]))
		for i, w := range words {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = foldFormWord(buf, w)
		}
		form := string(buf)
		if _, ok := t.class[form]; !ok {
			t.class[form] = f[1]
		}
		t.maxLen = max(t.maxLen, len(f[0]))
		t.first[string(foldFormWord(nil, words[0]))] = true
		t.last[string(foldFormWord(nil, words[len(words)-1]))] = true
		raw := strings.Fields(f[0])
		t.maxLast = max(t.maxLast, len(raw[len(raw)-1]))
		for _, w := range [2]string{raw[len(raw)-1], strings.ToUpper(raw[len(raw)-1])} {
			h := formWordHash(w)
			t.lastBits[h/64] |= 1 << (h % 64)
			if w = strings.TrimRight(w, ".,"); len(w) >= 2 {
				e := endHash(w[len(w)-2], w[len(w)-1])
				t.endBits[e/64] |= 1 << (e % 64)
			}
		}
	}
	return t
})

// legalFormSets is what legalFormTable holds.
type legalFormSets struct {
	class       map[string]string
	first, last map[string]bool
	// lastBits has the formWordHash of the last words of the forms as
	// the table writes them and in capitals: the quick test a name's
	// last word passes before it is folded and looked up (with
	// capitalsStart for its first word), so that a name without a
	// form costs a hash.
	lastBits [2048 / 64]uint64
	// endBits has the endHash of the last two bytes of those words:
	// the test before lastBits, which needs the word's length
	endBits [512 / 64]uint64
	// maxLen is the length in bytes of the longest form as the table
	// writes it: wholeLegalForm's first test
	maxLen int
	// maxLast is the length in bytes of the longest last word of a
	// form (Aktiengesellschaft, ответственностью): how far back
	// legalFormMaybe looks for a name's last word
	maxLast int
}

// legalFormWritten are the forms that are also words: read at the end of
// a name only (see the file's comment).
var legalFormWritten = map[string]bool{"company": true, "corporation": true, "limited": true, "incorporated": true}

// legalFormSmall are the Latin forms of four letters or fewer that are
// read in small letters too.
var legalFormSmall = map[string]bool{"co": true, "ltd": true, "inc": true, "corp": true, "plc": true, "llc": true, "gmbh": true}

// formWordHash hashes a word as a legal form's word is written, in any
// case of its ASCII letters: its length less final dots and commas, and
// its first and last bytes (ORed with 0x20: small letters), into
// [1, 2048); 0 for an empty word.
func formWordHash(w string) uint32 {
	for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == ',') {
		w = w[:len(w)-1]
	}
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint64(n) | uint64(w[0]|0x20)<<8 | uint64(w[n-1]|0x20)<<16
	return max(1, uint32(x*0x9E3779B97F4A7C15>>(64-11))) // 0: no word
}

// legalFormMaybe is legalFormSplit's quick test, a byte scan: whether
// name's last word, no longer than the longest last word of a form
// (maxLast: Aktiengesellschaft, 18 bytes), passes lastBits, or its first
// word is an abbreviation in capitals (capitalsStart). A name with
// neither costs a test of its last two bytes and, when they end a form's
// last word (endBits), a scan of its last maxLast+1 bytes at most.
func legalFormMaybe(name string) bool {
	n := len(name)
	if n >= 3 && (name[n-1] == '.' || name[n-1] == ',') {
		n--
	}
	if e := endHash(name[n-2], name[n-1]); legalFormTable.get().endBits[e/64]&(1<<(e%64)) == 0 {
		return legalFormMaybeStart(name)
	}
	n = len(name)
	i, stop := n-1, n-1-legalFormTable.get().maxLast
	for i >= 0 && i >= stop && name[i] != ' ' {
		i--
	}
	if i >= 0 && name[i] == ' ' {
		if h := formWordHash(name[i+1:]); legalFormTable.get().lastBits[h/64]&(1<<(h%64)) != 0 && h != 0 {
			return true
		}
	}
	return legalFormMaybeStart(name)
}

// legalFormMaybeStart is legalFormMaybe's test of the first word.
func legalFormMaybeStart(name string) bool {
	n := len(name)
	if c0, c1 := name[0], name[1]; !('A' <= c0 && c0 <= 'Z' && 'A' <= c1 && c1 <= 'Z' || c0 == 0xD0 && 0x90 <= c1 && c1 <= 0xAF) {
		return false
	}
	sp := strings.IndexByte(name[:min(n, 7)], ' ')
	return sp >= 0 && capitalsStart(name[:sp])
}

// endHash hashes the last two bytes of a word, in any case of ASCII
// letters (ORed with 0x20), into [0, 512).
func endHash(a, b byte) uint32 {
	return (uint32(a|0x20)*31 + uint32(b|0x20)) & 511
}

// capitalsStart reports whether w, a name's first word, can be a legal
// form that opens a name: two to six bytes, its first two letters
// capitals (PJSC, OOO, ООО, АО): a form written out (Public Joint Stock
// Company) is read at the end of a name only.
func capitalsStart(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	if w[0] == 0xD0 { // Cyrillic А-Я are D0 90-AF
		return 0x90 <= w[1] && w[1] <= 0xAF
	}
	return 'A' <= w[0] && w[0] <= 'Z' && 'A' <= w[1] && w[1] <= 'Z'
}

// foldFormWord appends w to buf in small letters without its dots and
// commas, hyphens read as spaces: ASCII and the Cyrillic capitals А-Я.
func foldFormWord(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.' || c == ',':
			continue
		case c == '-':
			c = ' '
		case 'A' <= c && c <= 'Z':
			c |= 0x20
		case c == 0xD0 && i+1 < len(w) && 0x90 <= w[i+1] && w[i+1] <= 0xAF: // А-Я
			d := w[i+1] + 0x20
			if d > 0xBF {
				buf = append(buf, 0xD1, d-0x40) // Р-Я: р-я are D1 80-8F
			} else {
				buf = append(buf, 0xD0, d)
			}
			i++
			continue
		}
		buf = append(buf, c)
	}
	return buf
}

// formCaseOK reports whether w (a form's word as written, folded f) is
// written as a legal form is: a Latin form of four letters or fewer in
// capitals unless legalFormSmall has it.
func formCaseOK(w, f string) bool {
	if len(f) > 4 || w == "" || w[0] >= 0x80 || legalFormSmall[f] {
		return true
	}
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// legalFormSplit returns the name less a legal form at its end or start
// (the end tried first, its longest form), without the quotes round it
// (unquote), the form's class and the form as legalFormTable has it
// (folded; two forms at the end, Co. Inc, are both read, their classes
// and forms joined by a space); "", "", "" when the name has no form, or
// nothing else. A form that opens a name is an abbreviation in capitals
// (capitalsStart); one written out is read at the end only.
func legalFormSplit(name string) (core, class, form string) {
	if len(name) < 4 {
		return "", "", ""
	}
	if !legalFormMaybe(name) {
		return "", "", "" // the quick test: no form's last word, no abbreviation first
	}
	if core, class, form, found := legalFormAtEnd(name); found {
		return core, class, form
	}
	return legalFormAtStart(name)
}

// legalFormAtEnd is legalFormSplit's reading of the name's last words, its
// longest form, and found true when they are a form (core "" when they are
// all of the name).
func legalFormAtEnd(name string) (core, class, form string, found bool) {
	var at [legalFormMaxWords]int // the byte offset of each word, last first
	var buf [64]byte
	n, end := 0, len(strings.TrimRight(name, " "))
	for n < legalFormMaxWords {
		i := strings.LastIndexByte(name[:end], ' ')
		if i < 0 {
			break
		}
		at[n] = i + 1
		n++
		end = len(strings.TrimRight(name[:i], " "))
	}
	if n > 0 {
		wordAt := func(j int) string {
			w := name[at[j]:]
			if k := strings.IndexByte(w, ' '); k >= 0 {
				w = w[:k]
			}
			return w
		}
		if last := foldFormWord(buf[:0], wordAt(0)); len(last) > 0 && legalFormTable.get().last[string(last)] {
			cut := 0
			for k := 1; k <= n; k++ {
				b := buf[:0]
				for j := k - 1; j >= 0; j-- {
					b = foldFormWord(b, wordAt(j))
					if j > 0 {
						b = append(b, ' ')
					}
				}
				if c, ok := legalFormTable.get().class[string(b)]; ok && (k > 1 || formCaseOK(wordAt(0), string(b))) {
					class, form, cut = c, string(b), at[k-1]
				}
			}
			if class != "" {
				core = strings.TrimRight(name[:cut], " ,")
				if core == "" {
					return "", "", "", true
				}
				if c, k, f := legalFormSplit(core); k != "" && c != "" && !legalFormWritten[strings.ToLower(core[strings.LastIndexByte(core, ' ')+1:])] {
					core, class, form = c, k+" "+class, f+" "+form // two forms: Standard Oil Co. Inc; not Azimut Hotels Company LLC
				} else {
					core = unquote(core)
				}
				return core, class, form, true
			}
		}
	}
	return "", "", "", false
}

// legalFormAtStart is legalFormSplit's reading of the name's first words,
// left to right, after an abbreviation in capitals.
func legalFormAtStart(name string) (core, class, form string) {
	var buf [64]byte
	if fs := strings.IndexByte(name, ' '); fs < 0 || !capitalsStart(name[:fs]) {
		return "", "", ""
	}
	b, cut, rest, form := buf[:0], 0, name, ""
	for k := 1; k <= legalFormMaxWords; k++ {
		w, after, ok := strings.Cut(rest, " ")
		if !ok {
			break
		}
		if k > 1 {
			b = append(b, ' ')
		}
		b = foldFormWord(b, w)
		if k == 1 && (len(b) == 0 || !legalFormTable.get().first[string(b)]) {
			return "", "", ""
		}
		if c, ok := legalFormTable.get().class[string(b)]; ok && !legalFormWritten[string(b)] && (k > 1 || formCaseOK(w, string(b))) {
			class, form, cut = c, string(b), len(name)-len(after)
		}
		rest = after
	}
	if class == "" || strings.TrimSpace(name[cut:]) == "" {
		return "", "", ""
	}
	return unquote(strings.TrimLeft(name[cut:], " ")), class, form
}

// wholeLegalForm returns the class of name and its form as legalFormTable
// has it (folded) when all of name is one legal form (LLC, OOO, Limited
// Liability Company, ПАО; a Latin abbreviation of four letters or fewer
// in capitals unless legalFormSmall has it, as legalFormSplit reads it),
// else "", "". legalFormSplit reads nothing off such a name, which would
// be left empty; dropLegalForms reads two of one class as one form, once
// wholeLegalFormMaybe passes both.
func wholeLegalForm(name string) (class, form string) {
	var buf [256]byte
	b, words, rest := buf[:0], 0, name
	for rest != "" {
		w, after, _ := strings.Cut(rest, " ")
		if rest = after; w == "" {
			continue
		}
		if words++; words > 1 {
			b = append(b, ' ')
		}
		b = foldFormWord(b, w)
	}
	c, ok := legalFormTable.get().class[string(b)]
	if !ok || words == 1 && !formCaseOK(strings.TrimSpace(name), string(b)) {
		return "", ""
	}
	return c, string(b)
}

// wholeLegalFormMaybe is wholeLegalForm's quick test, legalFormMaybe's
// tests of a name's end: whether name is no longer than the table's forms
// (with room for spaces and dots), and its last two letters pass endBits
// and its last word lastBits. 7% of the names of 100,000 pairs pass, and
// a pair is looked up only when both its names do.
func wholeLegalFormMaybe(name string) bool {
	if len(name) < 2 || len(name) > 2*legalFormTable.get().maxLen {
		return false // no form is shorter than AG or AO
	}
	n := len(name)
	if name[n-1] == '.' || name[n-1] == ',' {
		if n--; n < 2 {
			return false
		}
	}
	if e := endHash(name[n-2], name[n-1]); legalFormTable.get().endBits[e/64]&(1<<(e%64)) == 0 {
		return false
	}
	h := formWordHash(name[strings.LastIndexByte(name, ' ')+1:])
	return h != 0 && legalFormTable.get().lastBits[h/64]&(1<<(h%64)) != 0
}

// bareForm reports whether form may be read off core only when the other
// name has a form too: core is one word, and form is written out as a
// word (legalFormWritten) or Co. (a Company: Voltrana Co.), or core is a
// head noun of organisations (Bank AG).
func bareForm(core, form string) bool {
	return !strings.Contains(core, " ") && (legalFormWritten[form] || form == "co" || oneHeadNoun(core))
}

// oneHeadNoun reports whether core is one word that is a head noun of
// organisations (orgHeads, orgTableHeads): Bank AG is not Bank.
func oneHeadNoun(core string) bool {
	return !strings.Contains(core, " ") && (infoOf(Key(core)).orgHead || orgTableHeads[strings.ToLower(core)])
}

// unquote returns s without quotation marks: «», “”„, ‘ and ASCII
// double quotes anywhere, ’ and ' at a word's start or end only (an
// apostrophe inside a word stays: McDonald’s, O'Neill).
func unquote(s string) string {
	if !strings.ContainsAny(s, "\"'«»“”„‘’") {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch r {
		case '"', '«', '»', '“', '”', '„', '‘':
			continue
		case '\'', '’':
			if i == 0 || i == len(rs)-1 || rs[i-1] == ' ' || rs[i+1] == ' ' {
				continue
			}
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// dropLegalForms replaces p's names by their names less a legal form
// (legalFormSplit) when either has one, and leaves in p the cost of the
// forms for legalFormCostStage. A written-out form or Co. off a name of
// one word, or a form off a head noun, is read only when the other name
// has a form too, or is that word (writtenFormWord). baseStage calls it
// first, so every stage compares the names without their forms.
func dropLegalForms(r *stageRun, p *pairSim) {
	// Two names that are each a legal form alone, of one class (LLC,
	// OOO; ПАО, PJSC; LLC, Limited Liability Company): no company's
	// name, but one form, as two forms of one class cost nothing on two
	// names: 1, and no stage after (baseStage stops). They were read as
	// letters: LLC / OOO 0.000, LLC / Limited Liability Company 0.900
	// (by its initials).
	if wholeLegalFormMaybe(p.a) && wholeLegalFormMaybe(p.b) {
		if k, _ := wholeLegalForm(p.a); k != "" {
			if k2, _ := wholeLegalForm(p.b); k2 == k {
				p.score, p.final = 1, true
				return
			}
		}
	}
	ca, ka, fa := legalFormSplit(p.a)
	cb, kb, fb := legalFormSplit(p.b)
	if ka == "" && kb == "" {
		return
	}
	// a company of one word and that word with its form written out
	// (legal_form_written.go): Enron Corporation, Enron
	written := kb == "" && writtenFormWord(ca, fa, p.b) || ka == "" && writtenFormWord(cb, fb, p.a)
	if !written && (kb == "" && bareForm(ca, fa) || ka == "" && bareForm(cb, fb)) {
		return // Kozhikode Corporation, Kozhikode
	}
	if !written && (formAcronym(p.a) || formAcronym(p.b)) {
		return // BCSL, Bangladesh Cable Shilpa Limited: the form has its letter
	}
	if ka != "" && utf8.RuneCountInString(ca) < 2 || kb != "" && utf8.RuneCountInString(cb) < 2 {
		return // A Public Limited Company: a letter is no name
	}
	if p.oneEntry(r.g) {
		return // baseStage finds them one entry
	}
	if ka == "" {
		ca = unquote(p.a)
	}
	if kb == "" {
		cb = unquote(p.b)
	}
	if (ka == "" || kb == "") && addsWords(ca, cb) {
		// a form on one name, whose rest adds words to the other's:
		// the names as written decide (Kitakinki Tango Railway
		// Corporation, Kitakinki Tango Railway Miyazu Line; TCL
		// Electronics, TCL Electronics Holdings Limited)
		return
	}
	if ka != "" && kb == "" && formWordIn(p.a, p.b) || kb != "" && ka == "" && formWordIn(p.b, p.a) {
		return // Development Finance Corporation, Development Finance Corporation Belize
	}
	switch {
	case ka == kb:
		p.legalCost = 0
		// one class: one of the two forms stays a word of both, as one
		// word, the longer (or the Latin), so that it weighs as the
		// matched word of the names as written does (Uttar Pradesh State
		// Industrial Development Corporation, Up State Industrial
		// Development Corporation)
		tok := strings.ReplaceAll(fa, " ", "")
		if t := strings.ReplaceAll(fb, " ", ""); len(t) > len(tok) && t[0] < 0x80 || tok[0] >= 0x80 {
			// the longer, or the Latin: a Cyrillic form is longer in
			// bytes (ООО, LLC), and taken from b it made the Latin
			// name Cyrillic too, so that the pair read otherwise
			// either way round
			tok = t
		}
		ca, cb = ca+" "+tok, cb+" "+tok
	case ka == "" || kb == "":
		p.legalCost = legalFormOptionalCost
	default:
		p.legalCost = legalFormOtherCost
	}
	p.rereadAs(ca, cb)
	p.legal, p.legalBoth = true, ka != "" && kb != ""
}

// formWordIn reports whether the first or last word of name, when it
// can be a legal form's, is a word of other too (in any case): the word
// is then part of both names (Development Finance Corporation,
// Development Finance Corporation Belize), not a form one of them adds.
func formWordIn(name, other string) bool {
	var buf [32]byte
	first, last := outerWords(name)
	for _, w := range [2]string{first, last} {
		f := foldFormWord(buf[:0], w)
		if !legalFormTable.get().first[string(f)] && !legalFormTable.get().last[string(f)] {
			continue
		}
		w = strings.Trim(w, ".,")
		for _, o := range strings.Fields(other) {
			if strings.EqualFold(strings.Trim(o, ".,"), w) {
				return true
			}
		}
	}
	return false
}

// formAcronym reports whether name is one word of two to six capitals
// (and digits): an acronym, whose letters may spell the legal form too.
func formAcronym(name string) bool {
	if len(name) < 2 || len(name) > 6 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '&') {
			return false
		}
	}
	return true
}

// legalFormCostStage: the cost of the legal forms dropLegalForms took off
// p's names, and the cap of a company's name against a longer one that
// has all its words (addsWords) when both carry a form: another company
// of the group (Almaz LLC, Almaz Invest LLC). With a form on one name only
// the words added are as often the rest of the registered name (Everbright
// Water, China Everbright Water Limited), and the matcher's other rules
// read them.
func legalFormCostStage(r *stageRun, p *pairSim) {
	if !p.legal {
		return
	}
	a, b := p.a, p.b
	if p.legalCost == 0 && p.legalBoth {
		// the class's word dropLegalForms added to both; a name that is
		// that word alone (a shared title dropped before it: Emperor
		// LLC) has nothing else
		a, b = a[:max(0, strings.LastIndexByte(a, ' '))], b[:max(0, strings.LastIndexByte(b, ' '))]
	}
	if p.legalBoth && p.score > branchScore && addsWords(a, b) {
		p.score = branchScore
		r.note("capped: one company's name adds words to the other's (a branch, a subsidiary)")
	}
	p.score = r.moved(p.score, max(0, p.score-p.legalCost), "the cost of a legal form on one name only, or of two of different classes")
}

// addsWords reports whether one of a and b has more words than the other
// (cut at spaces and hyphens; words of one letter, "the" and "and" not
// counted: Life Company, A Life Company; two letters or more spaced
// apart are one word, as their abbreviation written together: Sun Middle
// East F Z Company, Sun Middle East FZ Co; an ampersand is written for
// "and", Harriman & Co., Harriman and Company) and begins or ends with
// the other's words, by key: words added before or after (Almaz Invest,
// Firm Otdykh), not inside (North Montgomery Community School
// Corporation).
func addsWords(a, b string) bool {
	split := func(s string) []string {
		ws := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
		out := ws[:0]
		for i := 0; i < len(ws); i++ {
			w := ws[i]
			if j := spacedLetters(ws[i:]); j > 1 { // F Z, FZ: one word (orgs54)
				w, i = strings.Join(ws[i:i+j], ""), i+j-1
			}
			if utf8.RuneCountInString(w) > 1 && !strings.EqualFold(w, "the") && !strings.EqualFold(w, "and") {
				out = append(out, w)
			}
		}
		return out
	}
	wa, wb := split(a), split(b)
	if len(wa) == len(wb) {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false // nothing of the shorter's left to add to (D and B, Ди Энд Би)
	}
	run := func(ws []string) bool { // wa, word for word
		for i, x := range wa {
			if Key(x) != Key(ws[i]) {
				return false
			}
		}
		return true
	}
	return run(wb[:len(wa)]) || run(wb[len(wb)-len(wa):])
}

// spacedLetters returns how many of ws, from the first, are single
// capital letters written apart (F Z, a free zone's FZ): 0 or 1 when
// there is no such run.
func spacedLetters(ws []string) int {
	n := 0
	for n < len(ws) && len(ws[n]) == 1 && isASCIIUpper(ws[n][0]) {
		n++
	}
	return n
}
