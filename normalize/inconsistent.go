package normalize

import (
	"errors"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/width"

	"github.com/bitext/bitext/tm/textio"
)

// RuleInconsistent is the rule of a check's report of a name spelt two ways
// in one input when the glossary knows neither spelling ("Thabit Mohammad
// Saeed Reza" and "Thabit Mohammad Saeedreza"): the house form is unknown,
// so Rewrite reports it in a check and never rewrites it.
const RuleInconsistent = "inconsistent"

// maxCheckText is the most input a check keeps to look for inconsistent
// spellings; past it, only glossary names are reported.
const maxCheckText = 64 << 20

// inconsistencies returns, for text (a whole input, which may start with a
// byte-order mark), one Replacement for each mention of a spelling that the
// Discoverer (for g's language) clusters with another, more frequent
// spelling of the same name, when the glossary has neither: Form is the
// rarer spelling as written, Replacement the more frequent in its case
// style, Canonical the more frequent, and OtherLine/OtherCol the first
// place the more frequent one is written. They are found as a Unified
// Rewrite finds what it rewrites, so that a check reports what --unify
// changes (a name broken over two lines too), and come in text order.
func (g *Glossary) inconsistencies(text string) ([]Replacement, error) {
	u, other := g.unifiedFor(text)
	if u == nil {
		return nil, nil
	}
	var out []Replacement
	err := u.rewrite(nil, strings.NewReader(text), placeOther(u, other, func(r Replacement) error {
		if r.Rule == RuleInconsistent {
			out = append(out, r)
		}
		return nil
	}), false)
	return out, err
}

// placeOther returns report with each inconsistent spelling's OtherLine
// and OtherCol set to where the text first writes its canonical: other[i]
// for the i-th entry unifiedFor added to u.
func placeOther(u *Glossary, other [][2]int, report func(Replacement) error) func(Replacement) error {
	return func(r Replacement) error {
		if r.Rule == RuleInconsistent {
			o := other[r.Entry-u.discovered]
			r.OtherLine, r.OtherCol = o[0], o[1]
		}
		return report(r)
	}
}

// unifiedFor returns g with an entry added for each name text spells two
// ways, outside an HTML page's markup (proseOnly), when g knows neither
// spelling (the more frequent spelling canonical,
// the rarer ones variants), and, for each added entry in order, the line
// and column where text first writes its canonical; nil if there is none.
func (g *Glossary) unifiedFor(text string) (*Glossary, [][2]int) {
	page := text
	text = proseOnly(text)        // names in a page's markup are no spellings of the text's
	d := NewDiscovererFor(g.lang) // one German noun is no name
	d.noRelated = true            // only spellings are inconsistencies
	d.typos = true                // one text: "Zatov" once among nine "Zotov" is a typo
	d.capsNoName = inCapitals(text)
	d.Add(text)
	var found []Entry
	var canon []string
	nounsCapitalized := CapitalizesNouns(g.lang)
	cases := caseEndingsFor(g.lang)
	var written map[string]bool
	if cases != nil {
		written = map[string]bool{}
	}
	for _, c := range d.Clusters(SameThreshold) {
		if len(c.Variants) < 2 {
			continue
		}
		if written != nil {
			for _, v := range c.Variants {
				written[v.Form] = true
			}
		}
		if _, known := g.Lookup(c.Canonical); known || shortWord(c.Canonical) {
			continue // the glossary's rewrite reports these
		}
		e := Entry{Canonical: c.Canonical}
		// In a language that capitalizes every noun, a German
		// Discoverer takes names of two words or more; one word
		// comes only from an opener folded off ("In Bayern", "Die
		// Bauern", "Eine Autofahrerin"), and one noun against another
		// ("Bayern", "Bauern") is no name spelt two ways.
		oneNoun := nounsCapitalized && len(splitName(c.Canonical)) == 1
		for _, v := range c.spellings() { // no title added or deleted
			if oneNoun && len(splitName(v)) == 1 || farWords(v, c.Canonical) || letterLabelApart(v, c.Canonical) || calendarApart(v, c.Canonical) ||
				headNounApart(text, v, c.Canonical) || pinyinNamesApart(v, c.Canonical) || verbApart(d, g.lang, v, c.Canonical) {
				continue
			}
			if cases != nil && cases.oneName(v, c.Canonical) {
				continue // "Украине", "Украины": one name in two cases
			}
			if _, known := g.Lookup(v); !known && !shortWord(v) && !d.pluralOf(v, c.Canonical) {
				e.Variants = append(e.Variants, v)
			}
		}
		if len(e.Variants) == 0 {
			continue
		}
		found = append(found, e)
		canon = append(canon, c.Canonical)
	}
	// A canonical the text never writes as a word of its own is left out.
	var add []Entry
	var at []int
	script, _ := g.lang.Script()
	nonLatin := g.lang != language.Und && script.String() != "Latn"
	for i, first := range firstWords(text, canon) {
		if first < 0 {
			continue
		}
		if nonLatin && scriptOf(canon[i]) == "latin" && onlyInLatinPhrases(text, canon[i], first) {
			// "Defense Express" in a Russian text: another language's
			// name, which "Экспресс" does not spell.
			found[i].Variants = slices.DeleteFunc(found[i].Variants, func(v string) bool { return scriptOf(v) != "latin" })
			if len(found[i].Variants) == 0 {
				continue
			}
		}
		add = append(add, found[i])
		at = append(at, first)
	}
	add, at = g.addSurnameSlips(d, text, add, at)
	other := lineCols(page, at) // the page's own lines and columns
	if len(add) == 0 {
		return nil, nil
	}
	u := NewGlossary(append(slices.Clone(g.entries), add...))
	u.noArticles, u.possessiveS, u.lang, u.discovered, u.fromInput = g.noArticles, g.possessiveS, g.lang, len(g.entries), true
	u.cases, u.written = cases, written
	if base, _ := g.lang.Base(); g.lang == language.Und || base.String() == "en" {
		u.english = true // "a Tramp": a noun (articleNoun)
	}
	u.nonLatin = nonLatin // Russian, Chinese: a Latin phrase in them is another language's
	return u, other
}

// pluralOf reports whether forms a and b, of two words or more, are one
// phrase in the singular and the plural, the plural ending (-s, -es, -ies
// for -y) on its last word, written as the same letters otherwise
// ("Public License", "Public Licenses"; "Firewall policy",
// "FIREWALL-POLICIES"; "Cloud NetApp Volume Quota Rule", "... QuotaRules"),
// and the text writes the last word of one of them in lower case: a common
// noun, which a heading capitalises, not a name spelt two ways. A name
// whose last word only ends so ("John Robert", "John Roberts": the text
// never writes "roberts") and a one-word form stay spellings.
func (d *Discoverer) pluralOf(a, b string) bool {
	wa, wb := splitName(a), splitName(b)
	if max(len(wa), len(wb)) < 2 || len(wa) == 0 || len(wb) == 0 {
		return false
	}
	ka, kb := letterKey(a), letterKey(b)
	if len(ka) < len(kb) {
		ka, kb = kb, ka
	}
	rest, ok := strings.CutPrefix(ka, kb)
	if !(ok && (rest == "s" || rest == "es")) {
		stem, y := strings.CutSuffix(kb, "y")
		if !y || ka != stem+"ies" {
			return false
		}
	}
	return d.lower[strings.ToLower(wa[len(wa)-1])] || d.lower[strings.ToLower(wb[len(wb)-1])]
}

// letterKey returns the letters and digits of form in lower case, without
// the spaces, hyphens and other characters between them.
func letterKey(form string) string { return lettersIn(form, unicode.ToLower) }

// inCapitals reports whether text is written in capitals: fewer than one
// in capsLower of its letters that have a case is in lower case (a wire in
// capitals with an address or a "McDONALD" in it). There every word is
// capitalised, so none is a name by its capital, and the words a text
// writes in lower case, which tell a name from a word elsewhere, are not
// there to tell: a check of a text in capitals reported "SPECIFIES" as a
// spelling of "SPECIFY" and "LOOKED" of "LOCKED", and took minutes to
// compare every phrase with every other. A text in mixed case is checked
// whole, headlines in capitals and all.
func inCapitals(text string) bool {
	lower, upper := 0, 0
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				lower++
			case 'A' <= c && c <= 'Z':
				upper++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		}
		i += n
	}
	return lower*capsLower < lower+upper
}

// capsLower: a text in which fewer than one letter in capsLower (of
// those with a case) is in lower case is in capitals (inCapitals).
const capsLower = 20

// shortWord reports whether form is one word shorter than spellingMinLen:
// like a word that merely folds like a glossary name, it is more likely an
// ordinary word ("Ger", "Eger"; "I've", "IV A") than a spelling.
func shortWord(form string) bool {
	return !strings.ContainsAny(form, " -") && utf8.RuneCountInString(form) < spellingMinLen
}

// Unified returns a copy of g whose Rewrite (with a writer) also rewrites
// each name the input spells two ways when g knows neither spelling: the
// rarer spelling becomes the more frequent one, reported under rule
// "inconsistent" — what a check reports under that rule. An editor asks for
// it (normalize --unify), since the house form of such a name is not known.
// Such a Rewrite reads its whole input before writing anything; an input
// longer than 64 MiB is an error ([ErrUnifyTooLong]) and nothing is written.
func (g *Glossary) Unified() *Glossary {
	c := *g
	c.unify = true
	return &c
}

// PossessiveS returns g writing the possessive of a singular name ending
// in s that it rewrites as Reuters and the Guardian do, "'s" ("Hamas's
// leader", "Khan Younis's mayor"), not as AP does, an apostrophe alone
// ("Hamas' leader"); plural names ("Houthis' drones") take the apostrophe
// alone in both. A name the input writes in house spelling is left as it
// is, possessive and all.
func (g *Glossary) PossessiveS() *Glossary {
	c := *g
	c.possessiveS = true
	return &c
}

// ErrUnifyTooLong is the error of a [Glossary.Unified] Rewrite of an input
// longer than it keeps (64 MiB).
var ErrUnifyTooLong = errors.New("input too long to unify spellings (over 64 MiB)")

// rewriteUnified is Rewrite for a Unified glossary: the input's
// inconsistent spellings become entries of a glossary made for this input.
func (g *Glossary) rewriteUnified(dst io.Writer, src io.Reader, report func(Replacement) error) error {
	b, err := io.ReadAll(io.LimitReader(src, maxCheckText+1))
	if err != nil {
		return err
	}
	if len(b) > maxCheckText {
		return ErrUnifyTooLong
	}
	text := string(b)
	u, other := g.unifiedFor(text)
	if u == nil {
		c := *g
		c.unify = false
		u = &c
	}
	rep := report
	if report != nil && other != nil {
		rep = placeOther(u, other, report)
	}
	return u.rewrite(dst, strings.NewReader(text), rep, false)
}

// onlyInLatinPhrases reports whether every place text writes form (a
// Latin name, first written at byte first) has a word in Latin letters
// right before or after it, only spaces between: in a text of another
// script the name is then part of a phrase of another language ("Defense
// Express"), the mirror of latinPhrase.
func onlyInLatinPhrases(text, form string, first int) bool {
	for at := first; at >= 0; at = findWord(text, form, at+len(form)) {
		if !latinNeighbour(text, at, at+len(form)) {
			return false
		}
	}
	return true
}

// latinNeighbour reports whether the word before byte start of text or
// the one after byte end, with one or more spaces between, starts (or
// ends) with a Latin letter.
func latinNeighbour(text string, start, end int) bool {
	b := strings.TrimRight(text[:start], " \u00A0")
	if len(b) < start {
		if r, _ := utf8.DecodeLastRuneInString(b); unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	a := strings.TrimLeft(text[end:], " \u00A0")
	if len(a) < len(text)-end {
		if r, _ := utf8.DecodeRuneInString(a); unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// findWord returns the byte offset of the first occurrence of form in text
// at or after from that is not part of a longer word, or -1.
func findWord(text, form string, from int) int {
	for from <= len(text) {
		i := strings.Index(text[from:], form)
		if i < 0 {
			return -1
		}
		at := from + i
		end := at + len(form)
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (at == 0 || !isWordRune(before)) && (end == len(text) || !isWordRune(after)) {
			return at
		}
		from = at + 1
	}
	return -1
}

// firstWords returns findWord(text, form, 0) for each of forms, in one
// pass over text instead of one search from the start for each form (a
// check of a long text has thousands). A form that starts with a word
// character can only be found where a word starts; it is looked up there
// by its first word (its letters up to the first other character), so
// each place of text is read once. Other forms are searched for one by
// one.
func firstWords(text string, forms []string) []int {
	out := make([]int, len(forms))
	byLead := map[string][]int{}
	left := 0
	for i, f := range forms {
		out[i] = -1
		r, _ := utf8.DecodeRuneInString(f)
		if f == "" || !isWordRune(r) {
			out[i] = findWord(text, f, 0)
			continue
		}
		lead := f[:leadingWordEnd(f, 0)]
		byLead[lead] = append(byLead[lead], i)
		left++
	}
	for at := 0; at < len(text) && left > 0; {
		r, n := utf8.DecodeRuneInString(text[at:])
		if !isWordRune(r) {
			at += n
			continue
		}
		// A word starts at at: the place after it is no word character.
		end := leadingWordEnd(text, at)
		for _, i := range byLead[text[at:end]] {
			f := forms[i]
			if out[i] >= 0 || !strings.HasPrefix(text[at:], f) {
				continue
			}
			after, _ := utf8.DecodeRuneInString(text[at+len(f):])
			if at+len(f) == len(text) || !isWordRune(after) {
				out[i] = at
				left--
			}
		}
		at = end
	}
	return out
}

// leadingWordEnd returns the end of the run of word characters that
// starts at byte offset at of s.
func leadingWordEnd(s string, at int) int {
	for at < len(s) {
		r, n := utf8.DecodeRuneInString(s[at:])
		if !isWordRune(r) {
			break
		}
		at += n
	}
	return at
}

// lineCols returns textio.LineCol(text, at) for each of offsets (none negative),
// reading text once up to the last of them rather than from its start for
// each: on a text of one long line, counting each column from the start
// of the line took time in the number of offsets times the line's length.
func lineCols(text string, offsets []int) [][2]int {
	order := make([]int, len(offsets))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })
	out := make([][2]int, len(offsets))
	pos, line, col := 0, 1, 1
	if strings.HasPrefix(text, "\ufeff") {
		pos = len("\ufeff") // a byte-order mark is no column
	}
	for _, i := range order {
		at := offsets[i]
		if at < pos {
			out[i][0], out[i][1] = textio.LineCol(text, at)
			continue
		}
		seg := text[pos:at]
		if j := strings.LastIndexByte(seg, '\n'); j >= 0 {
			line += strings.Count(seg, "\n")
			col = utf8.RuneCountInString(seg[j+1:]) + 1
		} else {
			col += utf8.RuneCountInString(seg)
		}
		pos = at
		out[i] = [2]int{line, col}
	}
	return out
}

// farWordEdits is the fewest letters (replaced, added or left out) that
// set two one-word names apart as two names (farWords).
const farWordEdits = 4

// farWords reports whether a and b are one word each that farWordEdits
// letters or more set apart (compared in lower case, full-width letters
// as their ASCII ones): two names whose letters and sounds score as one
// (Greece, Garissa; Yosuke, Uesugi; Анголы, Англией), where a slip or a
// transliteration of one word changes a letter or a few (Zotov, Zatov;
// Gaddafi, Qadhafi). In a check of one text, where a spelling is a typo
// or a writer's variant, such a pair was never one name in the running
// text read (the Kyoto sweep's 120 pairs so far apart, all two names).
func farWords(a, b string) bool {
	if len(splitName(a)) != 1 || len(splitName(b)) != 1 {
		return false
	}
	ra, rb := []rune(strings.ToLower(width.Fold.String(a))), []rune(strings.ToLower(width.Fold.String(b)))
	if len(ra) == 0 || len(rb) == 0 || !sameScript(ra[0], rb[0]) {
		return false // "Твиттер", "Twitter": letters of two scripts are not counted so
	}
	if d := len(ra) - len(rb); d >= farWordEdits || -d >= farWordEdits {
		return true
	}
	return editDistance(ra, rb) >= farWordEdits
}

// calendarApart reports whether one of forms a and b is an English month
// or day (calendarWords), which English writes with a capital, and the
// other no spelling of it: a name a letter or two apart ("Sunday",
// "Sendai"; "Sunday", "Sino-Day"). The month's or day's spelling in
// another language, or a slip of it, starts with its first three letters
// ("Novembre", "Octobre", "Decembre" in an English text) and is still
// compared.
func calendarApart(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if !calendarWords[la] && !calendarWords[lb] {
		return false
	}
	ka, kb := []rune(letterKey(la)), []rune(letterKey(lb))
	return len(ka) < 3 || len(kb) < 3 || string(ka[:3]) != string(kb[:3])
}

// letterLabelApart reports whether one of forms a and b is one word and
// the other two, the second a single letter: a name with its label ("Serie
// A", "Group B", "Plan C") is no spelling of one word whose letters come
// near it ("Syria"). The one word that writes the name's first word
// ("SystemV", "System V") and a name of two words whose letter shortens a
// word of the other ("Nagoya D", "Nagoya Dome") are compared as before.
func letterLabelApart(a, b string) bool {
	wa, wb := splitName(a), splitName(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	return len(wa) == 1 && len(wb) == 2 && utf8.RuneCountInString(wb[1]) == 1 &&
		!strings.HasPrefix(letterKey(wa[0]), letterKey(wb[0]))
}

// sameScript reports whether letters a and b are of one script (Latin,
// Cyrillic, Greek, Arabic, Hebrew or Han).
func sameScript(a, b rune) bool {
	for _, t := range [...]*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Arabic, unicode.Hebrew, unicode.Han} {
		if unicode.Is(t, a) {
			return unicode.Is(t, b)
		}
	}
	return false
}

// editDistance returns the fewest letters replaced, added or left out
// that make a into b (Levenshtein's distance).
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, sub)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// proseOnly is text with the markup of an HTML or XML page in it
// (markupSpans: tags, scripts, styles, comments) blanked out
// (blankMarkup), so that offsets, lines and columns stay those of text: a
// check read the names of links, classes and scripts as spellings of the
// text's names. Text without markup is returned as it is.
func proseOnly(text string) string {
	spans, _ := markupSpans(text, new(markupState), true)
	return blankMarkup(text, spans)
}
