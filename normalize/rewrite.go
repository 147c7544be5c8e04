package normalize

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Replacement is one rewrite made (or, in a check, that would be made) by
// [Glossary.Rewrite].
type Replacement struct {
	Mention
	Replacement string // what the form becomes: the canonical in the text's case style
	Offset      int64  // byte offset of the form in the whole input
	Line        int    // 1-based line of the form's first byte
	Col         int    // 1-based column, in characters (a leading byte-order mark is none)
	// OtherLine and OtherCol, for rule "inconsistent", are where the other
	// spelling of the name is first written; 0 otherwise.
	OtherLine, OtherCol int
}

// Chunking constants of Rewrite.
const (
	// rewriteChunk is how much input Rewrite reads before looking for a
	// place to cut: big enough that per-chunk costs vanish.
	rewriteChunk = 256 << 10
	// maxCarry is how far back from the end of a chunk Rewrite looks for a
	// safe cut; past it, it cuts at any space (a name cannot be longer).
	maxCarry = 64 << 10
)

// Rewrite copies src to dst with every glossary variant rewritten to its
// canonical form, and calls report (if not nil) for each replacement in
// order. With a nil dst nothing is written: that is a check. Text outside
// mentions is copied byte for byte; names in URLs and e-mail addresses are
// left alone, and so are those in an HTML or XML page's markup (tags with
// their attributes, scripts, styles, comments: markupSpans) and in a Markdown
// text's code (codeSpans); an all-capitals form ("QASSIM SULEIMANI") is rewritten in
// capitals, and a canonical form starting in lower case ("al-Muhandis") is
// capitalized where the text capitalized it. Rewrite reads in chunks cut
// between sentences, so memory stays constant on any input. An error from
// report stops Rewrite and is returned.
//
// A check (nil dst) also reports, after the glossary's replacements, each
// name the input spells two ways when the glossary knows neither spelling
// (rule "inconsistent", with the place of the other spelling), in inputs of
// up to 64 MiB: the house form is unknown, so these are not rewritten
// unless the glossary is [Glossary.Unified].
func (g *Glossary) Rewrite(dst io.Writer, src io.Reader, report func(Replacement) error) error {
	if g.unify && dst != nil {
		return g.rewriteUnified(dst, src, report)
	}
	return g.rewrite(dst, src, report, dst == nil && report != nil)
}

// rewrite is Rewrite without unifying; with inconsistent, it also reports
// the input's inconsistent spellings at the end (a check).
func (g *Glossary) rewrite(dst io.Writer, src io.Reader, report func(Replacement) error, inconsistent bool) error {
	pooled := getChunkBuf()
	defer chunkBufs.Put(pooled)
	buf := (*pooled)[:0]
	var kept strings.Builder // a check's input, for inconsistent spellings
	var pos position
	var mst markupState // where the page's markup stands between chunks
	var cst codeState   // and a Markdown text's fenced code block
	m := getMatcher(g)
	defer putMatcher(m)
	eof := false
	for !eof || len(buf) > 0 {
		if !eof && len(buf) < rewriteChunk {
			n, err := io.ReadFull(src, buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if pos.offset == 0 && bytes.HasPrefix(buf, []byte("\ufeff")) {
				pos.col = -1 // a byte-order mark is no column
			}
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				eof = true
			} else if err != nil {
				return err
			}
		}
		cut := len(buf)
		if !eof {
			cut = safeCut(buf)
		}
		chunk := string(buf[:cut])
		markup, end := chunkMarkup(chunk, &mst, &cst, eof)
		cut, chunk = end, chunk[:end]
		if inconsistent && kept.Len()+len(chunk) <= maxCheckText {
			kept.WriteString(chunk)
		}
		if err := m.rewriteChunk(dst, chunk, markup, &pos, report); err != nil {
			return err
		}
		n := copy(buf, buf[cut:])
		buf = buf[:n]
		if eof && n == 0 {
			break
		}
	}
	if inconsistent && int64(kept.Len()) == pos.offset {
		rs, err := g.inconsistencies(kept.String())
		if err != nil {
			return err
		}
		for _, r := range rs {
			if err := report(r); err != nil {
				return err
			}
		}
	}
	return nil
}

// chunkMarkup returns the spans of chunk a rewrite leaves alone, and
// where the chunk ends: an HTML page's tags, scripts, styles and comments,
// read on from where the last chunk left them (mst), and a Markdown text's
// code spans and fenced blocks (cst). A tag the cut splits goes whole to
// the next chunk: the chunk ends at its "<" (end < len(chunk)), else at
// len(chunk).
func chunkMarkup(chunk string, mst *markupState, cst *codeState, eof bool) (markup [][2]int, end int) {
	end = len(chunk)
	markup, open := markupSpans(chunk, mst, eof)
	switch {
	case open > 0:
		end, chunk = open, chunk[:open]
		markup = markup[:len(markup)-1]
		*mst = markupState{} // prose before the tag
	case open == 0:
		// The tag carried whole to this chunk, and a whole chunk
		// after its "<" holds no ">" (nor "<"): no tag is that long,
		// so its "<" opened none ("a <b" in prose) and the chunk is
		// prose, as a final chunk would read it. Carried on as
		// markup, it made every chunk after it markup, their names
		// left as they were.
		markup = markup[:len(markup)-1]
		*mst = markupState{}
	}
	// Markdown's code spans and fenced blocks: code, not prose.
	return unionSpans(markup, codeSpans(chunk, cst)), end
}

// chunkBufs holds rewrite's chunk buffers (rewriteChunk+maxCarry bytes):
// normalize -w of thousands of small files allocated and cleared 320 KiB
// a file, 70% of the run's allocations.
var chunkBufs sync.Pool

// getChunkBuf returns a buffer of chunkBufs, or a new one.
func getChunkBuf() *[]byte {
	if b, ok := chunkBufs.Get().(*[]byte); ok {
		return b
	}
	b := make([]byte, 0, rewriteChunk+maxCarry)
	return &b
}

// position tracks the line and column of the start of the next chunk.
type position struct {
	offset int64
	line   int // 0-based
	col    int // 0-based, in characters
}

// advance moves p over s.
func (p *position) advance(s string) {
	p.offset += int64(len(s))
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		p.line += strings.Count(s, "\n")
		p.col = utf8.RuneCountInString(s[i+1:])
		return
	}
	p.col += utf8.RuneCountInString(s)
}

// safeCut returns where to cut buf so that no name and no URL is split: just
// after a blank line, or after the whitespace following sentence
// punctuation (not an initial's: "S. al-Sudani"), searched backwards from
// the end; failing those, after any whitespace not after an initial;
// failing that, at a character boundary.
func safeCut(buf []byte) int {
	lo := max(0, len(buf)-maxCarry)
	if i := bytes.LastIndex(buf[lo:], []byte("\n\n")); i >= 0 {
		return lo + i + 2
	}
	for i := len(buf) - 1; i > lo; i-- {
		if isSpaceByte(buf[i]) && strings.IndexByte(".,;:!?)]\"", buf[i-1]) >= 0 && !afterInitialByte(buf, i) {
			return i + 1
		}
	}
	for i := len(buf) - 1; i > lo; i-- {
		if isSpaceByte(buf[i]) && !afterInitialByte(buf, i) {
			return i + 1
		}
	}
	i := len(buf)
	for i > 0 && !utf8.RuneStart(buf[i-1]) {
		i--
	}
	if i > 0 {
		i-- // cut before the last (maybe incomplete) rune
	}
	if i == 0 {
		return len(buf)
	}
	return i
}

// afterInitialByte reports whether the space buf[i] follows an initial or
// the last letter of an abbreviation with dots ("Mohammed S. al-Sudani",
// "the U.S. Army"): a name may go on after it, and a cut there would also
// make the abbreviation look like the end of its sentence.
func afterInitialByte(buf []byte, i int) bool {
	if i < 2 || buf[i-1] != '.' || !('A' <= buf[i-2] && buf[i-2] <= 'Z') {
		return false
	}
	return i == 2 || buf[i-3] == '.' || isSpaceByte(buf[i-3]) || strings.IndexByte("(\"'[-", buf[i-3]) >= 0
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// rewriteChunk rewrites one chunk, which is text cut at a safe place,
// leaving alone the names in markup (the chunk's markupSpans): each
// mention's replacement (replacementOf) with what it changes around it
// (withNeighbours) is written and reported.
func (m *matcher) rewriteChunk(dst io.Writer, text string, markup [][2]int, pos *position, report func(Replacement) error) error {
	last := 0
	var rerr error
	scan, blanked := blankSpaceEntities(text) // "Qassim&nbsp;Sulaymani": one name
	m.find(scan, func(mt Mention) bool {
		if !mt.Rewrites() || inSpans(markup, mt.Start) {
			return true
		}
		if blanked {
			mt.Form = text[mt.Start:mt.End] // the entity as written
		}
		repl, ok := m.replacementOf(text, mt)
		if !ok {
			return true
		}
		mt, repl, before := m.withNeighbours(text, last, mt, repl)
		if dst != nil {
			if _, err := io.WriteString(dst, before); err != nil {
				rerr = err
				return false
			}
			if _, err := io.WriteString(dst, repl); err != nil {
				rerr = err
				return false
			}
		}
		pos.advance(before)
		if report != nil {
			r := Replacement{Mention: mt, Replacement: repl, Offset: pos.offset, Line: pos.line + 1, Col: pos.col + 1}
			if err := report(r); err != nil {
				rerr = err
				return false
			}
		}
		pos.advance(mt.Form)
		last = mt.End
		return true
	})
	if rerr != nil {
		return rerr
	}
	if dst != nil {
		if _, err := io.WriteString(dst, text[last:]); err != nil {
			return err
		}
	}
	pos.advance(text[last:])
	return nil
}

// replacementOf returns the replacement of mention mt of text, in the
// case and spacing of the form, or false when the form stays as written:
// an alias the text glosses or sets beside its name, an affiliate's
// acronym, a form the replacement would not change (or only drop its
// vowel marks from), a number the sentence agrees with, a fixed
// expression.
func (m *matcher) replacementOf(text string, mt Mention) (string, bool) {
	sameName := func(name string) bool {
		e, ok := m.g.Lookup(name)
		return ok && e.Canonical == mt.Canonical
	}
	if glossedAlias(text[:mt.Start], text[mt.End:], sameName) {
		return "", false
	}
	acr := m.capsForm
	if acr && affiliateSuffix(text[mt.End:]) {
		return "", false // "ISIS-K", "ISIL-WA": another organisation's acronym
	}
	// Where a sentence or title starts matters only to an acronym's
	// replacement that starts in lower case: reading it costs.
	where := acr && startsUpper(mt.Form) && !startsUpper(mt.Canonical)
	repl := keepSpacing(mt.Form, caseStyle(mt.Form, mt.Canonical, acr, positionStyle(text, mt.Start, mt.End, where)))
	if repl == mt.Form || vowelledForm(mt.Form, repl) ||
		apposedAlias(text[:mt.Start], text[mt.End:], mt.Form, mt.Canonical, mt.Rule == RuleVariant || mt.Rule == RuleAlias, sameName) ||
		numberClash(text[:mt.Start], mt.Form, repl, text[mt.End:]) {
		return "", false
	}
	if m.g.fixedEntry[mt.Entry] && fixedExpression(text, mt) {
		return "", false
	}
	return repl, true
}

// withNeighbours returns mention mt of text and its replacement repl with
// what the replacement changes around it: a sentence's period the form
// ended in, a possessive, the article before it; and the text from last
// to the mention's start.
func (m *matcher) withNeighbours(text string, last int, mt Mention, repl string) (Mention, string, string) {
	if strings.HasSuffix(mt.Form, ".") && !strings.HasSuffix(repl, ".") && (endsSentence(text[mt.End:]) || m.g.personNext(text[mt.End:])) {
		repl += "." // "in the U.S." -> "in the US." : the sentence keeps its period
	} else if sharesStop(repl, mt.Form, text[mt.End:]) {
		mt.End++ // the report says "US." -> "U.S.", as the text changes
		mt.Form = text[mt.Start:mt.End]
	} else if !m.g.noArticles {
		if n, suffix := possessive(text, mt, repl, m.g.possessiveS); n > 0 {
			mt.End += n // the report says "ISIS'" -> "Islamic State's"
			mt.Form = text[mt.Start:mt.End]
			repl += suffix
		}
	}
	before := text[last:mt.Start]
	if !m.g.noArticles {
		// "a Daesh cell" -> "an Islamic State cell": the article is part
		// of the replacement, and of the report ("a Daesh" -> "an Islamic
		// State"), so that the report rebuilds the output.
		if fixed := fixArticle(before, mt.Form, repl); fixed != before {
			a := articleStart(before, fixed)
			repl = fixed[a:] + repl
			before = before[:a]
			mt.Start = last + a
			mt.Form = text[mt.Start:mt.End]
		}
	}
	return mt, repl, before
}

// vowelledForm reports whether form is repl written with vowel marks: the
// Arabic harakat or Hebrew points, or Arabic tatweel, that repl leaves
// out ("قَاسِم سُلَيْمَانِي" of "قاسم سليماني"). It is the house spelling
// already; a vocalized text keeps its vowels (an editor would not have
// one name in it lose them). A variant is still rewritten to the house
// form as the glossary writes it.
func vowelledForm(form, repl string) bool {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == 0x0640 || isAbjad(r) && unicode.Is(unicode.Mn, r) {
				return -1
			}
			return r
		}, s)
	}
	return len(form) > len(repl) && strip(form) == repl
}

// sharesStop reports whether the replacement repl of form, followed in the
// text by after, takes the sentence's period as its own: a replacement
// that ends in a period (an abbreviation: US -> U.S.) at the end of a
// sentence is written as an editor writes it, "to the U.S." and not "to
// the U.S..". An ellipsis after it is left as it is.
func sharesStop(repl, form, after string) bool {
	return strings.HasSuffix(repl, ".") && !strings.HasSuffix(form, ".") &&
		strings.HasPrefix(after, ".") && !strings.HasPrefix(after, "..")
}

// possessive returns, for an English possessive just after mention mt of
// text, how many bytes after mt the replacement repl takes in and what it
// writes for them: the ending agrees with repl as AP writes it, only an
// apostrophe after a final s ("ISIS' leader" -> "Islamic State's leader",
// "Ansar Allah's drones" -> "Houthis' drones"); with sStyle, as Reuters
// and the Guardian write it, a singular name ending in s takes "'s" too
// ("Hamas's"), and only a plural one (pluralName) the apostrophe alone.
// It returns 0 when the ending needs no change, and for an apostrophe
// that closes a quotation ("he called them 'ISIS' and left").
func possessive(text string, mt Mention, repl string, sStyle bool) (int, string) {
	after := text[mt.End:]
	apos := ""
	for _, a := range []string{"'", "’"} {
		if strings.HasPrefix(after, a) {
			apos = a
		}
	}
	if apos == "" {
		return 0, ""
	}
	endsS := func(s string) bool { return strings.HasSuffix(s, "s") || strings.HasSuffix(s, "S") }
	// An acronym's final S is a letter, no plural ending: "US's".
	replEndsS := strings.HasSuffix(repl, "s") || strings.HasSuffix(repl, "S") && capsName(repl)
	// Does repl take the apostrophe alone?
	aposOnly := replEndsS && (!sStyle || pluralName(repl))
	rest := after[len(apos):]
	next, _ := utf8.DecodeRuneInString(rest)
	switch {
	case next == 's' || next == 'S':
		if r, _ := utf8.DecodeRuneInString(rest[1:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0, ""
		}
		if aposOnly && !endsS(mt.Form) {
			return len(apos) + 1, apos // "Hashd al-Shaabi's" -> "Popular Mobilization Forces'"
		}
	case unicode.IsLetter(next) || unicode.IsDigit(next):
		// An apostrophe inside a word.
	default:
		if endsS(mt.Form) && !aposOnly && (!replEndsS || sStyle) && !openSingleQuote(text[:mt.Start]) {
			if capsName(repl) {
				return len(apos), apos + "S" // a heading in capitals
			}
			return len(apos), apos + "s"
		}
	}
	return 0, ""
}

// pluralName reports whether the name name, which ends in s, is a plural
// ("Popular Mobilization Forces", "Houthis"), which takes the apostrophe
// alone in every house style: its last word ends in "es" or is one of the
// plural nouns that end names. Other names ending in s ("Hamas", "Mahmoud
// Abbas", "Khan Younis") are read as singular.
func pluralName(name string) bool {
	last := strings.ToLower(name[strings.LastIndexAny(name, " -")+1:])
	return strings.HasSuffix(last, "es") || pluralNouns[last]
}

// pluralNouns are plural nouns ending in s (not "es") that end the names
// of groups, places and bodies.
var pluralNouns = map[string]bool{
	"houthis": true, "kurds": true, "rebels": true, "guards": true, "units": true, "nations": true,
	"states": true, "islands": true, "corps": true, "arabs": true, "saudis": true, "martyrs": true,
}

// openSingleQuote reports whether the last line of before has a single
// quotation mark ('...' or ‘...’) opened and not closed: an apostrophe
// after a name there may close it.
func openSingleQuote(before string) bool {
	before = before[strings.LastIndexByte(before, '\n')+1:]
	open := 0
	prev := ' '
	for i, r := range before {
		if r == '\'' || r == '‘' || r == '’' {
			next, _ := utf8.DecodeRuneInString(before[i+utf8.RuneLen(r):])
			switch {
			case r == '‘' || !unicode.IsLetter(prev) && !unicode.IsDigit(prev):
				open++
			case open > 0 && !unicode.IsLetter(next):
				open--
			}
		}
		prev = r
	}
	return open > 0
}

// affiliateSuffix reports whether after, the text after an acronym, joins
// it to more capitals with a hyphen or dash ("-K" of "ISIS-K", "-WA" of
// "ISIL-WA"): the acronym of another organisation, left as written.
func affiliateSuffix(after string) bool {
	var rest string
	switch {
	case strings.HasPrefix(after, "-"):
		rest = after[1:]
	case strings.HasPrefix(after, "–"):
		rest = after[len("–"):]
	default:
		return false
	}
	n := 0
	for n < len(rest) && 'A' <= rest[n] && rest[n] <= 'Z' {
		n++
	}
	if n == 0 || n > 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[n:])
	return !unicode.IsLetter(r)
}

// endsSentence reports whether a period just before after (the last dot of
// initials: "the U.S.") also ends a sentence: after is the end of the text
// or of a line, a closing quotation mark before either or before a space,
// or a space and a word that starts English sentences and not names ("the
// U.S. Then", not "the U.S. Army").
func endsSentence(after string) bool {
	after = strings.TrimLeft(after, "\"”’»")
	rest := strings.TrimLeft(after, " \t")
	if rest == "" || rest[0] == '\n' || rest[0] == '\r' {
		return true
	}
	if len(rest) == len(after) {
		return false // "U.S.-led", "U.N.)"
	}
	w := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = rest[:i]
	}
	return startsUpper(w) && sentenceStarters.get()[strings.ToLower(w)]
}

// personNext reports whether after, the text after an abbreviation's
// period, goes on with a space and the name of a person the glossary
// knows ("the U.S. Qassem Soleimani was"): an abbreviation of a country
// or body is not followed by a person's name inside its sentence (one
// writes "U.S. envoy" or "U.S. President" before it), so the period ends
// the sentence. Other capitalized words ("the U.S. Army") are read as
// inside it, as before.
func (g *Glossary) personNext(after string) bool {
	rest := strings.TrimLeft(after, " \t")
	if len(rest) == len(after) || !startsUpper(rest) {
		return false
	}
	if i := strings.IndexAny(rest, "\n.;:!?"); i >= 0 {
		rest = rest[:i]
	}
	for mt := range g.Find(rest) {
		return mt.Start == 0 && g.entries[mt.Entry].Kind == KindPerson
	}
	return false
}

// sentenceStarters are English words that start sentences and are not the
// next word of a name (an abbreviation's period before them ends its
// sentence).
var sentenceStarters = newLazy(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a after also an and as at before but by during for from he her his
		however i if in it its many meanwhile more most no not on one or our she since so some such that
		the their then there these they this those thus to under we what when where which while who yet you`) {
		m[w] = true
	}
	return m
})

// keepSpacing gives repl the whitespace of form between words when both
// have as many gaps: a name broken over two lines stays broken, a no-break
// space stays one and a double space two ("Qasim\nSoleimani" ->
// "Qassem\nSoleimani"), and so does a space written as an HTML entity
// ("Qassim&nbsp;Sulaymani" -> "Qassem&nbsp;Soleimani"); a line break after a hyphen stays too
// (keepHyphenBreaks, keepSoftBreaks), so that the text keeps its lines.
func keepSpacing(form, repl string) string {
	if singleSpaced(form) {
		return repl
	}
	if out, ok := keepHyphenBreaks(form, repl); ok {
		return out
	}
	gaps := func(s string) [][2]int {
		var out [][2]int
		start := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if n := spaceEntityLen(s[i:]); n > 0 {
				size, r = n, ' ' // "Qassim&nbsp;Sulaymani": the entity is the gap
			}
			if unicode.IsSpace(r) {
				if start < 0 {
					start = i
				}
				i += size
				continue
			}
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
			i += size
		}
		return out
	}
	fg, rg := gaps(form), gaps(repl)
	if len(fg) != len(rg) {
		if out, ok := keepSoftBreaks(form, repl); ok {
			return out
		}
		return repl
	}
	var b strings.Builder
	last := 0
	for i, g := range rg {
		b.WriteString(repl[last:g[0]])
		b.WriteString(form[fg[i][0]:fg[i][1]])
		last = g[1]
	}
	b.WriteString(repl[last:])
	return b.String()
}

// keepHyphenBreaks is keepSpacing for a form broken over lines after a
// hyphen ("Abu Mehdi al-\nMohandis"): when form and repl have as many
// hyphens, each break stays after the same hyphen of repl ("Abu Mahdi
// al-\nMuhandis"), and the other gaps are kept as keepSpacing keeps them.
// ok is false when form has no such break or the hyphens differ.
func keepHyphenBreaks(form, repl string) (string, bool) {
	if !strings.Contains(form, "-") || strings.Count(form, "-") != strings.Count(repl, "-") {
		return "", false
	}
	type brk struct {
		hyphen int // the break follows the hyphen-th hyphen (from 1)
		ws     string
	}
	var breaks []brk
	var stripped strings.Builder
	n := 0
	for i := 0; i < len(form); {
		c := form[i]
		stripped.WriteByte(c)
		i++
		if c != '-' {
			continue
		}
		n++
		j := i
		for j < len(form) && isSpaceByte(form[j]) {
			j++
		}
		if strings.ContainsAny(form[i:j], "\r\n") {
			breaks = append(breaks, brk{n, form[i:j]})
			i = j
		}
	}
	if len(breaks) == 0 {
		return "", false
	}
	out := keepSpacing(stripped.String(), repl)
	var b strings.Builder
	n = 0
	for i := 0; i < len(out); i++ {
		b.WriteByte(out[i])
		if out[i] == '-' {
			n++
			if len(breaks) > 0 && breaks[0].hyphen == n {
				b.WriteString(breaks[0].ws)
				breaks = breaks[1:]
			}
		}
	}
	return b.String(), true
}

// singleSpaced reports whether every gap between the words of form is one
// space (U+0020); an "&" may open a space entity (spaceEntityLen).
func singleSpaced(form string) bool {
	prev := rune(0)
	for _, r := range form {
		if r != ' ' && unicode.IsSpace(r) || r == ' ' && prev == ' ' || r == '&' {
			return false
		}
		prev = r
	}
	return true
}

// keepSoftBreaks is keepSpacing for a form with a word hyphenated at the
// end of a line ("Qasim Solei-\nmani") whose repl has no hyphen there
// ("Qassem Soleimani"): the break is kept in the same word of repl, after
// as many letters ("Qassem Solei-\nmani"), so that the text keeps its
// lines (and a file of one sentence a line its sentences); a break at the
// edge of a word becomes the gap next to it. ok is false when form has no
// break after a hyphen between letters.
func keepSoftBreaks(form, repl string) (string, bool) {
	type brk struct {
		word, at int // the break is after rune at of word (both from 0) of the form without it
		ws       string
	}
	var breaks []brk
	var joined strings.Builder
	word, at := 0, 0
	for i := 0; i < len(form); {
		r, size := utf8.DecodeRuneInString(form[i:])
		if r == '-' && at > 0 {
			j := i + 1
			for j < len(form) && isSpaceByte(form[j]) {
				j++
			}
			next, _ := utf8.DecodeRuneInString(form[j:])
			if strings.ContainsAny(form[i+1:j], "\r\n") && unicode.IsLetter(next) {
				breaks = append(breaks, brk{word, at, form[i+1 : j]})
				i = j
				continue
			}
		}
		joined.WriteString(form[i : i+size])
		i += size
		switch {
		case unicode.IsSpace(r) && at > 0:
			word, at = word+1, 0
		case !unicode.IsSpace(r):
			at++
		}
	}
	if len(breaks) == 0 {
		return "", false
	}
	out := keepSpacing(joined.String(), repl)
	for k := len(breaks) - 1; k >= 0; k-- { // from the end: earlier offsets stay good
		out = insertBreak(out, breaks[k].word, breaks[k].at, breaks[k].ws)
	}
	return out, true
}

// insertBreak puts "-"+ws after rune at of word w of s (the last word when
// s has fewer); at a word's edge ws replaces the gap next to it instead.
func insertBreak(s string, w, at int, ws string) string {
	type span struct{ start, end int }
	var words []span
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				words = append(words, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, span{start, len(s)})
	}
	if len(words) == 0 {
		return s + ws
	}
	w = min(w, len(words)-1)
	sp := words[w]
	n := utf8.RuneCountInString(s[sp.start:sp.end])
	switch {
	case at >= n && w+1 < len(words): // the gap after the word
		return s[:sp.end] + ws + s[words[w+1].start:]
	case at >= n:
		return s + ws
	}
	i := sp.start
	for range at {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "-" + ws + s[i:]
}

// The case style of a mention's position (see positionStyle).
const (
	inSentence     = iota
	atSentence     // first word of a sentence
	inCapsHeading  // a line written in capitals ("ISIS CLAIMS ATTACK")
	inTitleHeading // a line in title case ("Mali Says AQIM Behind Attack")
)

// positionStyle returns the case style of the place of text[start:end]:
// inCapsHeading when the other words of its line are written in capitals
// (two or more of them, letters only counted), atSentence when it starts a
// sentence, inTitleHeading when its line is in title case, else
// inSentence; unless where is true, it does not look for the last two and
// says inSentence.
//
// It reads the line no further than styleReach bytes either side of the
// mention (to a word's edge): a line's style is that of the words around
// the mention, and a text written on one long line would otherwise be read
// again at each mention.
func positionStyle(text string, start, end int, where bool) int {
	before, after := lineAround(text, start, end)
	if !hasLowerBackward(before) && !hasLower(after) && capsWords(before)+capsWords(after) >= 2 {
		return inCapsHeading
	}
	if !where {
		return inSentence
	}
	if sentenceStart(text, start) {
		return atSentence
	}
	if titleWords(before, true)+titleWords(after, false) >= 3 {
		return inTitleHeading
	}
	return inSentence
}

// styleReach is how far positionStyle reads a mention's line, each side.
const styleReach = 512

// lineAround returns the text of text[start:end]'s line before and after
// it, each cut to the words within styleReach bytes of it.
func lineAround(text string, start, end int) (before, after string) {
	lo := max(0, start-styleReach)
	before = text[lo:start]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	} else if lo > 0 {
		before = before[strings.IndexAny(before, " \t")+1:] // no part of a word
	}
	hi := min(len(text), end+styleReach)
	after = text[end:hi]
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		after = after[:i]
	} else if hi < len(text) {
		after = after[:max(0, strings.LastIndexAny(after, " \t"))]
	}
	return before, after
}

// titleWords returns how many words of s of four letters or more start
// with a capital, or -1000 once one starts in lower case: a line in title
// case ("Mali Says AQIM Behind Attack") has three or more such words and no
// other. It reads s from its end when backward is true, from its start
// otherwise, so that in running text it stops at the nearest long word.
func titleWords(s string, backward bool) int {
	n := 0
	for len(s) > 0 {
		var w string
		if backward {
			i := strings.LastIndexAny(s, " \t") + 1
			w, s = s[i:], s[:max(0, i-1)]
		} else {
			i := strings.IndexAny(s, " \t")
			if i < 0 {
				i = len(s)
			}
			w, s = s[:i], s[min(len(s), i+1):]
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return -1000
		}
		n++
	}
	return n
}

// hasLower reports whether s has a lower-case letter, looking from its
// start; hasLowerBackward looks from its end. In running text the nearest
// word has one, so either stops soon.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func hasLowerBackward(s string) bool {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLower(r) {
			return true
		}
		i -= n
	}
	return false
}

// capsWords returns how many words of s have two or more letters, all
// capitals, or -1000 if a word has a lower-case letter: a line with one
// word in lower case is no heading in capitals.
func capsWords(s string) int {
	n, letters, lower := 0, 0, false
	end := func() {
		if letters >= 2 {
			n++
		}
		letters = 0
	}
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r), r == '\'', r == '’', r == '-':
		default:
			end()
		}
	}
	end()
	if lower {
		return -1000
	}
	return n
}

// caseStyle returns canonical in the case style of form and its position
// (see positionStyle): in capitals if form is written in capitals (and is
// no acronym) or stands in a heading in capitals; with its first letter
// capitalized if form's is and canonical's is not, except that an
// acronym's capital says nothing outside a sentence start or a heading in
// title case ("ISIS" -> "al-Qaeda" inside a sentence, "Al-Qaeda" at its
// start).
func caseStyle(form, canonical string, acronymForm bool, pos int) string {
	if pos == inCapsHeading && !isAllCaps(canonical) {
		return strings.ToUpper(canonical)
	}
	// A form of several words only one of which has letters is an acronym
	// with a number ("UNSCR 2231"), not a name in capitals.
	if isAllCaps(form) && !acronymForm && !isAllCaps(canonical) && utf8.RuneCountInString(form) > 3 &&
		(capsWords(form) >= 2 || !strings.ContainsFunc(strings.TrimSpace(form), unicode.IsSpace)) {
		return strings.ToUpper(canonical)
	}
	if startsUpper(form) && !startsUpper(canonical) && (!acronymForm || pos == atSentence || pos == inTitleHeading) {
		for i, r := range canonical {
			if unicode.IsLetter(r) {
				return canonical[:i] + string(unicode.ToUpper(r)) + canonical[i+utf8.RuneLen(r):]
			}
		}
	}
	return canonical
}

// fixedExpressions are phrases that keep a name's old spelling whatever the
// house style: (word before, name, word after), "" for any; the name is
// compared by key.
var fixedExpressions = [][3]string{
	{"chicken", "kiev", ""}, {"chicken", "kyiv", ""}, {"", "peking", "duck"}, {"", "peking", "opera"},
	{"", "bombay", "duck"}, {"", "bombay", "mix"}, {"", "kiev", "cake"}, {"", "peking", "university"},
	// Old names of renamed places kept by institutions, products, dishes
	// and history (branch renamed). "of Calcutta" and "of Madras" are kept
	// whole: the University of Calcutta and of Madras, Mother Teresa of
	// Calcutta; "the streets of Calcutta" stays too, a missed rewrite rather
	// than a wrong one.
	{"", "bombay", "stock"}, {"", "bombay", "high"}, {"", "bombay", "sapphire"}, {"iit", "bombay", ""},
	{"", "bombay", "presidency"}, {"", "bombay", "dyeing"}, {"", "bombay", "talkies"},
	{"", "peking", "man"}, {"", "peking", "union"},
	{"", "calcutta", "cup"}, {"", "calcutta", "high"}, {"", "calcutta", "university"}, {"of", "calcutta", ""},
	{"", "madras", "curry"}, {"", "madras", "high"}, {"iit", "madras", ""}, {"of", "madras", ""},
	{"", "madras", "presidency"}, {"", "madras", "regiment"}, {"", "madras", "plaid"}, {"", "madras", "check"},
	{"", "madras", "cotton"}, {"", "madras", "shirt"}, {"", "madras", "shorts"}, {"", "madras", "jacket"},
	{"", "burma", "road"}, {"", "burma", "star"}, {"", "burma", "railway"}, {"", "burma", "campaign"},
	{"", "rangoon", "river"},
	{"", "ceylon", "tea"}, {"", "ceylon", "cinnamon"},
	// Chinese places' postal names kept by history and trade (branch postal).
	{"", "mukden", "incident"}, {"", "mukden", "palace"}, {"of", "mukden", ""},
	{"", "amoy", "gardens"}, {"", "amoy", "soy"}, {"", "amoy", "sauce"}, {"", "amoy", "food"},
}

// fixedKeys are the name keys of fixedExpressions, and fixedKeyOf the key
// of each fixed expression's name.
var fixedKeys, fixedKeyOf = func() (map[string]bool, []string) {
	m := map[string]bool{}
	var of []string
	var kb keyBuilder
	for _, fx := range fixedExpressions {
		k := kb.joined(fx[1])
		m[k] = true
		of = append(of, k)
	}
	return m, of
}()

// fixedExpression reports whether mention mt of text is the name inside a
// fixed expression ("chicken Kiev", "Peking duck"), which is never
// rewritten.
func fixedExpression(text string, mt Mention) bool {
	var kb keyBuilder
	k := kb.joined(mt.Form)
	if !fixedKeys[k] {
		return false
	}
	for i, fx := range fixedExpressions {
		if fixedKeyOf[i] != k {
			continue
		}
		if fx[0] != "" && !strings.EqualFold(lastWord(text[:mt.Start]), fx[0]) {
			continue
		}
		if fx[2] != "" && !strings.EqualFold(firstWord(text[mt.End:]), fx[2]) {
			continue
		}
		return true
	}
	return false
}

// lastWord returns the word that ends s before trailing spaces.
func lastWord(s string) string {
	s = strings.TrimRight(s, " \t\n")
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

// firstWord returns the word that begins s after leading spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \t\n")
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// outerWords returns the first and the last word of name cut at single
// spaces (both name itself when it has no space): the words a legal form
// (legalform_class.go) or a Korean surname (koreancustom.go) stands in.
func outerWords(name string) (first, last string) {
	first, last = name, name
	if i := strings.IndexByte(name, ' '); i >= 0 {
		first = name[:i]
	}
	if j := strings.LastIndexByte(name, ' '); j >= 0 {
		last = name[j+1:]
	}
	return first, last
}

// capsName reports whether s is a name written in capitals, as in a
// heading ("ISLAMIC STATE"), rather than an acronym (ISIS): capitals and
// more than four letters.
func capsName(s string) bool {
	return isAllCaps(s) && utf8.RuneCountInString(s) > 4
}

// articleStart returns where the article fixArticle changed starts in
// before (fixed is fixArticle's result): at the start of the word in which
// the two first differ.
func articleStart(before, fixed string) int {
	i := 0
	for i < len(before) && i < len(fixed) && before[i] == fixed[i] {
		i++
	}
	for i > 0 && (before[i-1]|0x20 >= 'a' && before[i-1]|0x20 <= 'z') {
		i--
	}
	return i
}

// fixArticle returns before (the text before a replaced name) with an
// English indefinite article just before the name agreeing with the
// replacement: "a Daesh cell" -> "an Islamic State cell".
func fixArticle(before, form, repl string) string {
	// An opening quotation mark, bracket, emphasis mark or inline tag may
	// stand between ("a ‘Daesh’ cell", "a (Daesh) cell", "a <b>Daesh</b>").
	if q := trimArticleOpeners(before); len(q) < len(before) {
		return fixArticle(q, form, repl) + before[len(q):]
	}
	var art string
	switch {
	case strings.HasSuffix(before, "a "), strings.HasSuffix(before, "A "):
		art = before[len(before)-2 : len(before)-1]
	case strings.HasSuffix(before, "an "), strings.HasSuffix(before, "An "):
		art = before[len(before)-3 : len(before)-1]
	default:
		return before
	}
	head := before[:len(before)-len(art)-1]
	if r, _ := utf8.DecodeLastRuneInString(head); head != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return before // "Kenya Daesh": no article
	}
	if vowelSound(form) == vowelSound(repl) && sameOnset(form, repl) && !(len(art) == 1 && alwaysVowel(repl)) {
		return before // the writer's choice stands: "a Uighur" -> "a Uyghur"
	}
	want := "a"
	if vowelSound(repl) {
		want = "an"
	}
	switch {
	case art == "AN", art == "A" && isAllCaps(form) && capsName(repl):
		want = strings.ToUpper(want) // a heading in capitals: "A DAESH CELL" -> "AN ISLAMIC STATE CELL"
	case art[0] == 'A':
		want = strings.ToUpper(want[:1]) + want[1:]
	}
	return head + want + " "
}

// sameOnset reports whether form and repl start alike, so that the
// writer's article before form says how repl is read too: the same first
// letter, and both read as words or both as acronyms (as vowelSound reads
// them). "Uighur" and "Uyghur" do ("a Uighur" is the writer's "you" and
// stays "a Uyghur"); "ISIL" and "Islamic State" do not, and neither do
// "Usama" and "Osama": there the replacement's own first sound decides
// ("a ISIL-inspired man" -> "an Islamic State-inspired man"; the writer's
// "a" agreed with no reading of ISIL).
func sameOnset(form, repl string) bool {
	if form == "" || repl == "" {
		return false
	}
	f, _ := utf8.DecodeRuneInString(form)
	r, _ := utf8.DecodeRuneInString(repl)
	return unicode.ToLower(f) == unicode.ToLower(r) && acronymRead(form) == acronymRead(repl)
}

// alwaysVowel reports whether name, read as a word, starts with A or I,
// which no English word reads with a consonant sound: "a" before it is a
// slip, not the writer's reading ("a Isis bride").
func alwaysVowel(name string) bool {
	return name != "" && !acronymRead(name) && strings.IndexByte("AaIi", name[0]) >= 0
}

// acronymRead reports whether vowelSound reads name as an acronym, by the
// names of its letters.
func acronymRead(name string) bool { return isAllCaps(name) && len(name) <= 6 }

// vowelSound reports whether an English speaker starts name with a vowel
// sound: a vowel letter (not "Eu", "Uni", "One"), or an acronym's letter
// whose name does ("FBI", "MI6").
func vowelSound(name string) bool {
	if name == "" {
		return false
	}
	if acronymRead(name) {
		return strings.IndexByte("AEFHILMNORSX", name[0]) >= 0
	}
	l := strings.ToLower(name)
	for _, p := range []string{"eu", "uni", "one", "once", "ukr", "usa", "ute"} {
		if strings.HasPrefix(l, p) {
			return false
		}
	}
	return isVowel(l[0])
}
