package normalize

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// The text outputs of the names tools, defined once so that every front
// end (the CLI, a server) writes the same lines.

// WriteMatch writes how alike names a and b are, as one line:
//
//	SCORE<TAB>same|different<TAB>A<TAB>B
//
// SCORE is their [Similarity] with three decimals; "same" means it is at
// least [SameThreshold].
func WriteMatch(w io.Writer, a, b string) error { return WriteMatchWith(w, nil, a, b) }

// WriteMatchWith is [WriteMatch] with the scores of m (which knows a
// glossary's aliases); a nil m knows acronyms only.
func WriteMatchWith(w io.Writer, m *Matcher, a, b string) error {
	_, err := w.Write(appendMatch(nil, m, a, b))
	return err
}

// appendMatch appends the [WriteMatchWith] line of a and b to buf. It is
// built by hand, not by fmt: on 100,000 pairs fmt's formatting was a
// twentieth of the instructions of names match and a sixth of its
// instruction-cache misses.
func appendMatch(buf []byte, m *Matcher, a, b string) []byte {
	return appendMatchLine(buf, m.Similarity(a, b), a, b)
}

// appendMatchLine is appendMatch of a and b with score s.
func appendMatchLine(buf []byte, s float64, a, b string) []byte {
	verdict := "\tdifferent\t"
	if s >= SameThreshold {
		verdict = "\tsame\t"
	}
	buf = appendScore(buf, s)
	buf = append(buf, verdict...)
	buf = append(buf, a...)
	buf = append(buf, '\t')
	buf = append(buf, b...)
	return append(buf, '\n')
}

// appendScore appends s with three decimals, as strconv.AppendFloat(buf,
// s, 'f', 3, 64) does, and for most scores in a few instructions: the
// float formatting of strconv was a tenth of the instruction-cache misses
// of 'names match -'. For s in [0.125, 1], s*1000 - n is exact in float64
// (s has 53 significant bits, 1000 is 125<<3, and the difference is under
// 2), so math.FMA tells whether s*1000 is nearer n or n+1; an exact tie,
// where strconv rounds to even, and smaller scores go to strconv.
func appendScore(buf []byte, s float64) []byte {
	if !(s >= 0.125 && s <= 1) {
		return strconv.AppendFloat(buf, s, 'f', 3, 64)
	}
	n := math.Floor(s * 1000)
	switch f := math.FMA(s, 1000, -n); {
	case f > 0.5:
		n++
	case f == 0.5:
		return strconv.AppendFloat(buf, s, 'f', 3, 64)
	}
	if n >= 1000 {
		return append(buf, "1.000"...)
	}
	d := int(n)
	return append(buf, '0', '.', byte('0'+d/100), byte('0'+d/10%10), byte('0'+d%10))
}

// maxPairLine is the longest line WriteMatches and WriteKeyLines read.
const maxPairLine = 1 << 20

// WriteMatches writes the [WriteMatch] line of each A<TAB>B pair of lines
// of r, in order. Blank lines are skipped and columns after the second (a
// label, an id) ignored. r must be UTF-8 text (a bad byte is a
// *textio.Error), with lines of up to 1 MiB; a line without a tab is a
// *[ParseError]. Errors name the input as name.
func WriteMatches(w io.Writer, r io.Reader, name string) error {
	return WriteMatchesWith(w, nil, r, name)
}

// WriteMatches writes the match line of names A and B (two names), or,
// when names is the single name "-", of each A<TAB>B line of r (named
// name), with the scores of m: what 'names match' prints.
func (m *Matcher) WriteMatches(w io.Writer, names []string, r io.Reader, name string) error {
	if len(names) == 1 && names[0] == "-" {
		return WriteMatchesWith(w, m, r, name)
	} else if len(names) != 2 {
		return fmt.Errorf("names match wants two names or -, not %d", len(names))
	}
	return WriteMatchWith(w, m, names[0], names[1])
}

// WriteExplained is [Matcher.WriteMatches] with, under each match line,
// a line for each stage that gave the score ([Matcher.Explain]),
// indented by a tab:
//
//	<TAB>SCORE<TAB>STAGE: WHY; WHY
//
// for a person who asks why two names are, or are not, one.
func (m *Matcher) WriteExplained(w io.Writer, names []string, r io.Reader, name string) error {
	write := func(a, b string) error {
		score, steps := m.Explain(a, b)
		buf := appendMatchLine(nil, score, a, b)
		for _, st := range steps {
			buf = append(buf, '\t')
			buf = appendScore(buf, st.Score)
			buf = append(buf, '\t')
			buf = append(buf, st.Stage...)
			if len(st.Why) > 0 {
				buf = append(buf, ": "...)
				buf = append(buf, strings.Join(st.Why, "; ")...)
			}
			buf = append(buf, '\n')
		}
		_, err := w.Write(buf)
		return err
	}
	if len(names) == 2 {
		return write(names[0], names[1])
	} else if len(names) != 1 || names[0] != "-" {
		return fmt.Errorf("names match wants two names or -, not %d", len(names))
	}
	n := 0
	var one []pairSim
	for line, err := range textio.Lines(r, name, maxPairLine) {
		n++
		if err == nil {
			err = pairOfLine(&one, line, name, n)
		}
		if err != nil {
			return err
		}
		for _, p := range one {
			if err := write(p.a, p.b); err != nil {
				return err
			}
		}
		one = one[:0]
	}
	return nil
}

// CheckName returns an error for a NAME argument that is blank, has a
// control character (a tab or a line break in a name broke the columns
// and lines of what names match prints, and no glossary holds one), or has
// no letter or digit ("—", "."): it has no key, and would match any other
// such name with score 1. The error calls it what ("NAME argument").
func CheckName(what, name string) error {
	if strings.TrimSpace(name) != "" && strings.ContainsFunc(name, unicode.IsControl) {
		return fmt.Errorf("%s %+q holds a control character", what, name)
	}
	return checkKeyed(what, name)
}

// checkKeyed is CheckName without its test for control characters, for
// the names of names match -, each a field of a line: no tab or line
// break can be in one, and the test on every name cost 1-2% of the
// command's instructions. checkPairName gives those names the test in a
// form that costs less.
func checkKeyed(what, name string) error {
	if strings.TrimSpace(name) == "" {
		return fmt.Errorf("an empty %s", what)
	}
	if !surelyKeyed(name) && Key(name) == "" {
		return fmt.Errorf("%s %s has no letter or digit", what, textio.QuoteText(name))
	}
	return nil
}

// checkPairName is CheckName for a name of a line of names match -: a
// control character other than a tab or a line break (an escape sequence,
// "\x1b[2J" clears the terminal the line is printed to; a carriage return
// in the middle of a line hides the name before it) is refused as it is in
// a NAME argument and in POST names/match. hasControl reads the name's
// bytes where unicode.IsControl decoded its runes.
func checkPairName(name string) error {
	if hasControl(name) {
		return fmt.Errorf("name %+q holds a control character", name)
	}
	return checkKeyed("name", name)
}

// hasControl reports whether the UTF-8 text s holds a control character
// (unicode.IsControl: U+0000-U+001F, U+007F, U+0080-U+009F), reading its
// bytes (controlLead): a C1 control is 0xC2 then 0x80-0x9F, where
// U+00A0-U+00BF is 0xC2 then 0xA0-0xBF.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if controlLead[s[i]] && (s[i] != 0xc2 || i+1 < len(s) && s[i+1] < 0xa0) {
			return true
		}
	}
	return false
}

// controlLead holds the bytes that begin a control character in UTF-8:
// 0x00-0x1F, 0x7F and 0xC2 (a C1 control when 0x80-0x9F follows). One
// look-up a byte where three comparisons were: names match - 1,876 M ->
// 1,864 M instructions on 100,000 pairs (reading eight bytes at a time
// was no better: the names are short).
var controlLead = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t[0x7f], t[0xc2] = true, true
	return t
}()

// surelyKeyed reports whether name has a key without computing it: it has
// a letter or digit that is never left out of a key (keyedRune).
// Computing the key of every name of `names match -` to check it doubled
// the work of the whole command.
func surelyKeyed(name string) bool {
	for _, c := range name {
		if keyedRune(c) {
			return true
		}
	}
	return false
}

// keyedRune reports whether c, wherever it stands in a name, leaves
// something in the name's key: ASCII letters and digits but s (the
// possessive "'s" is dropped whole), the letters of Latin-1 and Latin
// Extended-A but the ligature ĳ and ŧ, Greek, Russian Cyrillic but the hard
// and soft signs, Hebrew but alef and ayin, Arabic but ain and the tatweel
// (hamza before the alefs is outside the range), Han and Hangul. Each was
// found so by keying it alone and in random names of the scripts
// (TestSurelyKeyed); any other name's key is computed.
func keyedRune(c rune) bool {
	switch {
	case c < 0x80:
		l := c | 0x20
		return l >= 'a' && l <= 'z' && l != 's' || isASCIIDigit(byte(c))
	case c <= 0x17F:
		return c >= 0xC0 && c != 0xD7 && c != 0xF7 && c != 'ĳ' && c != 'Ĳ' && c != 'ŧ' && c != 'Ŧ'
	case 0x391 <= c && c <= 0x3C9:
		return c != 0x3A2
	case 0x410 <= c && c <= 0x44F:
		return c != 'ъ' && c != 'ь' && c != 'Ъ' && c != 'Ь'
	case 0x5D0 <= c && c <= 0x5EA:
		return c != 'א' && c != 'ע'
	case 0x622 <= c && c <= 0x64A:
		return c != 'ع' && c != 0x640 && (c < 0x63B || c > 0x63F)
	}
	return 0x4E00 <= c && c <= 0x9FFF || 0xAC00 <= c && c <= 0xD7A3
}

// matchBatch is how many pairs WriteMatchesWith scores at a time, a
// stage of the matcher over all of them before the next (stages.go). User
// CPU falls as it grows (BENCHMARKS.md: 1,024 to 8,192 pairs -7% on
// `names match -`); the batch and its names take about 1 MB (the heap
// peaks at 7 MB against 4 MB at 1,024).
const matchBatch = 8192

// WriteMatchesWith is [WriteMatches] with the scores of m. It reads a
// batch of pairs, scores them together and writes their lines, so a bad
// line is reported after the lines of the pairs before it.
func WriteMatchesWith(w io.Writer, m *Matcher, r io.Reader, name string) error {
	s := simPool.Get().(*simState)
	defer simPool.Put(s)
	// The names of the pairs repeat (one name against its variants), and
	// preparing them (folding, words, glossary entry) was 40% of the
	// command: s.memo keeps each name prepared (simmemo.go) for this call
	// alone, as m's glossary stays the same through it.
	s.memo, s.memoCap, s.memoHits, s.memoMisses = map[string]preparedName{}, maxPreparedMatch, 0, 0
	batch := s.batch[:0] // grows to matchBatch pairs, no more than the input has
	defer func() {
		clear(batch[:cap(batch)]) // a pooled state keeps no name
		s.batch = batch[:0]
		s.memo, s.memoCap, s.memoHits, s.memoMisses = nil, 0, 0, 0
	}()
	var buf []byte
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		m.similarities(s, batch)
		for i := range batch {
			p := &batch[i]
			a, b := p.names()
			buf = appendMatchLine(buf[:0], p.score, a, b)
			if _, err := w.Write(buf); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	n := 0
	for line, err := range textio.Lines(r, name, maxPairLine) {
		n++
		if err == nil {
			err = pairOfLine(&batch, line, name, n)
		}
		if err != nil {
			if ferr := flush(); ferr != nil {
				return ferr
			}
			return err
		}
		if len(batch) == matchBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// pairOfLine appends the pair of line n of input name (A<TAB>B) to batch,
// or returns why it is no pair; a blank line adds nothing.
func pairOfLine(batch *[]pairSim, line, name string, n int) error {
	a, rest, ok := strings.Cut(line, "\t")
	if strings.TrimSpace(line) == "" {
		return nil
	} else if !ok {
		return &ParseError{Name: name, Line: n, Msg: "want A<TAB>B, found no tab"}
	}
	b, _, _ := strings.Cut(rest, "\t")
	for _, s := range []string{a, b} {
		if err := checkPairName(s); err != nil {
			return &ParseError{Name: name, Line: n, Msg: err.Error()}
		}
	}
	*batch = append(*batch, pairSim{a: a, b: b})
	return nil
}

// WriteKeys writes key(name) for each name, one a line; key is [Key] or
// [Skeleton].
func WriteKeys(w io.Writer, key func(string) string, names ...string) error {
	for _, name := range names {
		if _, err := fmt.Fprintln(w, key(name)); err != nil {
			return err
		}
	}
	return nil
}

// WriteKeyLines writes the [WriteKeys] line of each line of r, which is read
// as [WriteMatches] reads its pairs.
func WriteKeyLines(w io.Writer, key func(string) string, r io.Reader, name string) error {
	for line, err := range textio.Lines(r, name, maxPairLine) {
		if err != nil {
			return err
		} else if err := WriteKeys(w, key, line); err != nil {
			return err
		}
	}
	return nil
}

// WriteClusters writes clusters as JSON Lines, one [ClusterRecord] a line,
// which [ReadEntries] reads back (format jsonl).
func WriteClusters(w io.Writer, clusters []Cluster) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, c := range clusters {
		if err := enc.Encode(c.Record()); err != nil {
			return err
		}
	}
	return nil
}

// ClusterEntries returns clusters as glossary entries (see [Cluster.Entry])
// of kind, limited to texts in lang unless lang is language.Und. A cluster
// of one spelling (shown for its related forms) makes no entry.
func ClusterEntries(clusters []Cluster, kind Kind, lang language.Tag) []Entry {
	entries := make([]Entry, 0, len(clusters))
	for _, c := range clusters {
		if len(c.Variants) < 2 {
			continue
		}
		e := c.Entry()
		e.Kind = kind
		if lang != language.Und {
			e.Langs = []language.Tag{lang}
		}
		entries = append(entries, e)
	}
	return entries
}

// LoneClusters returns the canonical forms of the clusters of one spelling,
// which [ClusterEntries] makes no entry of (they are shown for their
// related forms, which are no spellings of them), so that a caller that
// stores clusters can say what it left out.
func LoneClusters(clusters []Cluster) []string {
	var out []string
	for _, c := range clusters {
		if len(c.Variants) < 2 {
			out = append(out, c.Canonical)
		}
	}
	return out
}

// FormatText is the listing [WriteGlossary] writes for people, one entry a
// line, saying where each comes from:
//
//	CANONICAL (KIND, default|user[, only LANG LANG...]): VARIANT, VARIANT, ...
//
// KIND is "-" when not known; "only" lists the languages of an entry
// limited to them (the texts of other languages are not rewritten). It is no file format: ReadEntries does not
// read it.
const FormatText Format = "text"

// WriteGlossary writes the glossary in use for the user's entries and opt
// (see [GlossaryEntries]) in format: [FormatText], or a file format of
// [WriteEntries].
func WriteGlossary(w io.Writer, user []Entry, opt GlossaryOptions, format Format) error {
	entries := GlossaryEntries(user, opt)
	if format != FormatText {
		return WriteEntries(w, entries, format)
	}
	isUser := map[string]bool{}
	for _, e := range user {
		isUser[e.Canonical] = true
	}
	bw := bufio.NewWriter(w)
	for _, e := range entries {
		from := "default"
		if isUser[e.Canonical] {
			from = "user"
		}
		if len(e.Langs) > 0 {
			from += ", only"
			for _, l := range e.Langs {
				from += " " + l.String()
			}
		}
		fmt.Fprintf(bw, "%s (%s, %s)", e.Canonical, cmp.Or(string(e.Kind), "-"), from)
		if len(e.Variants) > 0 { // an entry left with no variant ends at its bracket
			fmt.Fprintf(bw, ": %s", strings.Join(e.Variants, ", "))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
