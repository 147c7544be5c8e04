package segment

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/xmlenc"
	"github.com/dlclark/regexp2"
	"golang.org/x/text/language"
)

// SRX is a parsed SRX 2.0 (or 1.0) rule set: named language rules, each an
// ordered list of break and no-break rules, and a language map choosing the
// rules for a language. An SRX is immutable once loaded and may be shared.
type SRX struct {
	name    string
	cascade bool
	rules   map[string][]srxRule // by languagerulename
	maps    []srxMap
}

// srxRule is one <rule>: where beforebreak ends and afterbreak starts, the
// text breaks (or, for a no-break rule, must not break).
type srxRule struct {
	brk           bool
	before, after string          // the patterns as the file writes them
	re            *regexp2.Regexp // (?:before)(?=after); the break is where a match ends
	line          int
	file          string // the SRX file's name, for errors
	// lit is a string every match contains (lower-cased if fold): a
	// paragraph without it skips the rule. Empty when none is known.
	lit  string
	fold bool
	lazy *srxLazy // the engine's compiled forms, shared by copies of the rule
}

type srxMap struct {
	pattern  *regexp2.Regexp
	rulename string
	line     int
}

// srxMatchTimeout bounds one regular-expression search, so that a rule with
// catastrophic backtracking cannot hang: the search gives up and the
// segmenter reports the rule (Sentences) or skips it there (SplitString).
// It is generous: a search may scan a whole (up to 1 MiB) paragraph. It is
// a variable only so that tests can shorten it.
var srxMatchTimeout = 5 * time.Second

// SRXError is an error in an SRX file, with the line it is on.
type SRXError struct {
	File string
	Line int
	Err  error
}

// BadInput is true: the SRX file is malformed (see textio.IsBadInput in package bitext/tm/textio).
func (e *SRXError) BadInput() bool { return true }

func (e *SRXError) Error() string {
	return fmt.Sprintf("srx %s: line %d: %v", e.File, e.Line, e.Err)
}

func (e *SRXError) Unwrap() error { return e.Err }

// ErrSRXStdin is the error of LoadSRXFile for the name "-": standard
// input holds the text to segment, and rules are read from a file.
var ErrSRXStdin = textio.NewBadInput("an SRX file is read by its name, not from standard input (which holds the text)")

// LoadSRXFile reads the SRX rule file name (see [LoadSRX]); an error
// opening it is the *fs.PathError of os.Open, or one saying that name is
// a directory or "-" (ErrSRXStdin).
func LoadSRXFile(name string) (*SRX, error) {
	if name == "-" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: ErrSRXStdin}
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.EISDIR}
	}
	return LoadSRX(bufio.NewReader(f), name)
}

// maxSRXTextRun bounds the text between two tags of an SRX file (a
// rule's pattern is a few hundred bytes): without a bound, a file with no
// markup at all (/dev/zero) was read whole into memory until it ran out.
const maxSRXTextRun = 1 << 20

// maxSRXRules bounds the rules of an SRX file. A rule file holds tens to
// a few thousand (Okapi's default 10 a language, OmegaT's some 300 in all),
// and each compiled rule takes some 10 KB: a file of 100,000 generated
// rules (9 MB) took 1.2 GB and 19 s to load, one of 50 MB would have run
// the machine out of memory.
const maxSRXRules = 20000

// LoadSRX parses an SRX rule file. name is the file's name for error
// messages, which give the line of the failing element. Every rule is
// compiled here: the rules are Java/ICU regular expressions, run with
// .NET-style semantics (github.com/dlclark/regexp2: Unicode \w and \b,
// lookbehind), after translating what differs (see translateJavaRegex).
func LoadSRX(r io.Reader, name string) (*SRX, error) {
	// UTF-8 (a byte order mark dropped), UTF-16 (with a byte order mark or
	// without) or the encoding the XML declaration names (ISO-8859-1...).
	br := bufio.NewReaderSize(r, textio.HeadSize)
	if head, _ := br.Peek(textio.HeadSize); textio.Binary(head) != nil {
		// Random bytes named .srx were refused with the bytes quoted.
		be := textio.Binary(head)
		return nil, &SRXError{File: name, Line: be.Line, Err: errors.New(be.What() + ", not an SRX file")}
	}
	src, err := xmlenc.NewReader(br)
	if err != nil {
		return nil, &SRXError{File: name, Line: 1, Err: fmt.Errorf("read: %v", err)}
	}
	l := &srxLoader{x: &SRX{name: name, rules: map[string][]srxRule{}}, dec: xml.NewDecoder(xmlenc.LimitTextRuns(src, maxSRXTextRun, " (not an SRX file?)"))}
	l.dec.CharsetReader = xmlenc.CharsetReader
	for {
		tok, err := l.dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, l.readError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			err = l.start(t)
		case xml.CharData:
			if l.field != nil {
				l.field.Write(t)
			}
		case xml.EndElement:
			err = l.end(t)
		}
		if err != nil {
			return nil, err
		}
	}
	return l.finish()
}

// srxLoader is LoadSRX's state while it reads the file's elements in order.
type srxLoader struct {
	x        *SRX
	dec      *xml.Decoder
	sawRoot  bool
	version  string // the <srx> version attribute
	sawCasc  bool   // the header says cascade yes or no
	curRules string // the languagerulename of the languagerule being read
	inRules  bool
	cur      *srxRule // the rule being read, until its end tag
	before   strings.Builder
	after    strings.Builder
	field    *strings.Builder // before or after while inside beforebreak or afterbreak
	ruleLine int
	nRules   int // the rules read so far, up to maxSRXRules
}

// fail is an error at the given line of the file.
func (l *srxLoader) fail(line int, format string, args ...any) error {
	return &SRXError{File: l.x.name, Line: line, Err: fmt.Errorf(format, args...)}
}

// line is the line the decoder has read to.
func (l *srxLoader) line() int { n, _ := l.dec.InputPos(); return n }

// readError is the error for a token the decoder could not read: malformed
// XML at its line, or a read error.
func (l *srxLoader) readError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return l.fail(se.Line, "%s", textio.XMLSyntaxMsg(se)) // as TMX, XLIFF and TBX say it
	}
	return l.fail(l.line(), "read: %v", err)
}

// start reads an element's start tag: the root, the header's cascade, a
// languagerule or rule opening, where a rule's patterns begin, and a
// languagemap (compiled here).
func (l *srxLoader) start(t xml.StartElement) error {
	if !l.sawRoot && t.Name.Local != "srx" {
		return l.fail(l.line(), "not an SRX file: root element <%s>, want <srx>", t.Name.Local)
	}
	switch t.Name.Local {
	case "srx":
		l.sawRoot = true
		l.version = attr(t, "version")
	case "header":
		switch c, ok := attrOK(t, "cascade"); {
		case !ok:
		case c == "yes" || c == "no":
			l.x.cascade, l.sawCasc = c == "yes", true
		default:
			return l.fail(l.line(), "header cascade=%q: want \"yes\" or \"no\"", c)
		}
	case "languagerule":
		l.curRules = attr(t, "languagerulename")
		if l.curRules == "" {
			return l.fail(l.line(), "languagerule without languagerulename")
		}
		l.inRules = true
		if _, dup := l.x.rules[l.curRules]; !dup {
			l.x.rules[l.curRules] = nil
		}
	case "rule":
		if !l.inRules {
			return l.fail(l.line(), "rule outside a languagerule")
		}
		if b, ok := attrOK(t, "break"); ok && b != "yes" && b != "no" {
			// "No" or "false" must not silently mean a break.
			return l.fail(l.line(), "rule break=%q: want \"yes\" or \"no\"", b)
		}
		l.cur = &srxRule{brk: attr(t, "break") != "no", file: l.x.name}
		l.ruleLine = l.line()
		l.before.Reset()
		l.after.Reset()
	case "beforebreak":
		l.field = &l.before
	case "afterbreak":
		l.field = &l.after
	case "languagemap":
		pat, rn := attr(t, "languagepattern"), attr(t, "languagerulename")
		re, err := compileJava("^(?:"+pat+")$", regexp2.IgnoreCase)
		if err != nil {
			return l.fail(l.line(), "languagemap pattern %s: %s", asWritten(pat), regexError(err))
		}
		l.x.maps = append(l.x.maps, srxMap{pattern: re, rulename: rn, line: l.line()})
	}
	return nil
}

// end reads an element's end tag: a rule's end compiles it (endRule).
func (l *srxLoader) end(t xml.EndElement) error {
	switch t.Name.Local {
	case "beforebreak", "afterbreak":
		l.field = nil
	case "rule":
		if l.cur == nil {
			break
		}
		if err := l.endRule(); err != nil {
			return err
		}
	case "languagerule":
		l.inRules = false
	}
	return nil
}

// endRule compiles the rule just read, with the literal every match
// contains, and adds it to its languagerule.
func (l *srxLoader) endRule() error {
	before, after, cur := l.before.String(), l.after.String(), l.cur
	if l.nRules++; l.nRules > maxSRXRules {
		return l.fail(l.ruleLine, "more than %d rules: a rule file holds tens to a few thousand, and each takes memory once compiled (a file generated by mistake?)", maxSRXRules)
	}
	pat := rulePattern(before, after)
	if pat == "" {
		return l.fail(l.ruleLine, "rule with neither beforebreak nor afterbreak")
	}
	re, err := compileJava(pat, regexp2.None)
	if err != nil {
		return l.fail(l.ruleLine, "rule cannot compile: beforebreak %s, afterbreak %s: %s", asWritten(before), asWritten(after), regexError(err))
	}
	cur.re = re
	cur.line = l.ruleLine
	cur.before, cur.after = before, after
	cur.lazy = &srxLazy{}
	cur.lit, cur.fold = requiredLiteral(translateJavaRegex(before))
	if lit, fold := requiredLiteral(translateJavaRegex(after)); len(lit) > len(cur.lit) {
		cur.lit, cur.fold = lit, fold
	}
	l.x.rules[l.curRules] = append(l.x.rules[l.curRules], *cur)
	l.cur = nil
	return nil
}

// finish checks the file as a whole once read: it had an <srx> root and a
// language map, every map names a defined languagerule; and it settles
// cascading for a file that does not say.
func (l *srxLoader) finish() (*SRX, error) {
	x := l.x
	if !l.sawRoot {
		return nil, l.fail(1, "not an SRX file (no <srx> element)")
	}
	if !l.sawCasc && l.version != "1.0" {
		// SRX 2.0 requires the attribute; a file without it is one
		// written for tools that cascade unless told not to: OmegaT
		// always cascades, and its default rules (no cascade attribute)
		// keep their break rules in a language map ".*" after each
		// language's exceptions. SRX 1.0 has no cascading.
		x.cascade = true
	}
	for _, m := range x.maps {
		if _, ok := x.rules[m.rulename]; !ok {
			return nil, l.fail(m.line, "languagemap names languagerule %q, which is not defined", m.rulename)
		}
	}
	if len(x.maps) == 0 {
		return nil, l.fail(l.line(), "no languagemap: no rules apply to any language")
	}
	return x, nil
}

// asWritten quotes a pattern for an error as the SRX file writes it: in
// backquotes, so that its backslashes are not doubled, unless it holds a
// backquote or a character that does not print.
func asWritten(p string) string {
	if strings.ContainsRune(p, '`') || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsPrint(r) && r != ' ' }) >= 0 {
		return strconv.Quote(p)
	}
	return "`" + p + "`"
}

// regexError is a regexp2 error without the expression it quotes at its
// end, which is the rule after translation (translateJavaRegex), not as
// the file writes it; the error names the rule as written.
func regexError(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, " in `"); i > 0 && strings.HasSuffix(msg, "`") {
		msg = msg[:i]
	}
	return msg
}

// rulePattern is a rule as one expression, (?:before)(?=after), matching
// where the text before a break and the text after it are as the rule says;
// "" if both are empty.
func rulePattern(before, after string) string {
	pat := ""
	if before != "" {
		pat += "(?:" + before + ")"
	}
	if after != "" {
		pat += "(?=" + after + ")"
	}
	return pat
}

func attr(t xml.StartElement, name string) string {
	v, _ := attrOK(t, name)
	return v
}

// attrOK returns the value of attribute name and whether t has it.
func attrOK(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// compileJava compiles the Java regular expression pat (see translateJava);
// a construct it cannot express is an error naming it.
func compileJava(pat string, opt regexp2.RegexOptions) (*regexp2.Regexp, error) {
	tr, err := translateJava(pat)
	if err != nil {
		return nil, err
	}
	re, err := regexp2.Compile(tr, opt)
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = srxMatchTimeout
	return re, nil
}

// javaSpaceClass spells out, by escape letter, Java's vertical (\v \V, and
// \R a line break) and horizontal (\h \H) white space, for a class.
var javaSpaceClass = map[byte]string{
	'v': `\n\x0B\f\r\x85\u2028\u2029`, 'V': `\n\x0B\f\r\x85\u2028\u2029`, 'R': `\n\x0B\f\r\x85\u2028\u2029`,
	'h': ` \t\xA0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000`, 'H': ` \t\xA0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000`,
}

// unionWithNegated, compiled on first use, matches a Java class holding a negated nested class.
var unionWithNegated = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\[((?:\\.|[^\[\]\\^])(?:\\.|[^\[\]\\])*)\[\^((?:\\.|[^\[\]\\])*)\]\]`)
})

// rulesFor returns the rules that apply to tag, in order: with cascade, the
// rules of every matching language map; otherwise those of the first. A
// map matches the tag as written ("en-US", or as a Java locale, "en_US");
// only when none does are the maps tried with the base language alone
// ("en"), so that a map for "en-US" wins over an earlier one for "en", as
// in the Java tools. Hebrew, Indonesian and Yiddish also go by the codes
// Java wrote for them (javaLegacy). ok is false when no map matched.
func (x *SRX) rulesFor(tag language.Tag) (rules []srxRule, ok bool) {
	full := tag.String()
	base, conf := tag.Base()
	names, bases := []string{full, strings.ReplaceAll(full, "-", "_")}, []string{base.String()}
	if old, legacy := javaLegacy[base.String()]; legacy {
		j := old + strings.TrimPrefix(full, base.String())
		names, bases = append(names, j, strings.ReplaceAll(j, "-", "_")), append(bases, old)
	}
	rules, ok = x.rulesMatching(names...)
	if !ok && conf != language.No && base.String() != full {
		rules, ok = x.rulesMatching(bases...)
	}
	return rules, ok
}

// javaLegacy are the codes java.util.Locale gave Hebrew, Indonesian and
// Yiddish before Java 17 ("iw_IL"): SRX files written for Java tools name
// them so in their language patterns.
var javaLegacy = map[string]string{"he": "iw", "id": "in", "yi": "ji"}

// rulesMatching returns the rules of the maps whose pattern matches one of
// names (with cascade every such map, otherwise the first).
func (x *SRX) rulesMatching(names ...string) (rules []srxRule, ok bool) {
	for _, m := range x.maps {
		matched := false
		for _, n := range names {
			if yes, _ := m.pattern.MatchString(n); yes {
				matched = true
				break
			}
		}
		if !matched {
			continue
		}
		ok = true
		rules = append(rules, x.rules[m.rulename]...)
		if !x.cascade {
			break
		}
	}
	return rules, ok
}

// srxSplitSlow is the reference engine, which srxSplit must agree with
// byte for byte: each rule is one regexp2 search over the paragraph for
// matches of (?:before)(?=after), from every match start, so the cost is
// rules × paragraph length; at each position the first rule (in order)
// with a match ending there decides break or no break.
func (s *Segmenter) srxSplitSlow(ps *paraSplitter, p []byte, dst []span) []span {
	runes := []rune(string(p))
	// byteAt[i] is the byte offset of rune i.
	byteAt := make([]int, len(runes)+1)
	off := 0
	for i := range runes {
		byteAt[i] = off
		_, size := utf8.DecodeRune(p[off:])
		off += size
	}
	byteAt[len(runes)] = off
	decided := map[int]bool{} // rune position -> break?
	var lower string
	for _, rule := range s.srx {
		if !rule.mayOccurIn(string(p), &lower) {
			continue
		}
		for pos := range rule.ruleEnds(runes, &ps.err) {
			if _, seen := decided[pos]; !seen {
				decided[pos] = rule.brk
			}
		}
	}
	ps.reset(p)
	for pos, brk := range decided {
		if brk {
			ps.cuts = append(ps.cuts, byteAt[pos])
		}
	}
	return ps.spans(dst)
}

// mayOccurIn reports whether the rule's required literal, if any, is in
// text; *lower caches the lower-cased text for case-insensitive literals.
func (r *srxRule) mayOccurIn(text string, lower *string) bool {
	if r.lit == "" {
		return true
	}
	if r.fold {
		if *lower == "" {
			*lower = strings.ToLower(text)
		}
		text = *lower
	}
	return strings.Contains(text, r.lit)
}

// ruleEnds yields the positions, inside the text, where the rule's
// reference search finds a match ending. Every match start counts, not
// only non-overlapping matches: a rule may match inside another match of
// the same rule ("z. B."); from each start the match is regexp2's
// preferred one. A search that fails (times out) ends the rule's search
// and sets *fail, if not set yet, to an error naming the rule's line.
func (r *srxRule) ruleEnds(runes []rune, fail *error) iter.Seq[int] {
	return func(yield func(int) bool) {
		m, err := r.re.FindRunesMatchStartingAt(runes, 0)
		defer func() { r.noteFailure(err, fail) }()
		for m != nil && err == nil {
			if pos := m.Index + m.Length; pos > 0 && pos < len(runes) {
				if !yield(pos) {
					return
				}
			}
			if m.Index+1 > len(runes) {
				break
			}
			m, err = r.re.FindRunesMatchStartingAt(runes, m.Index+1)
		}
	}
}

// noteFailure sets *fail, if err is the first failure, to an SRXError
// naming the rule: a regexp2 search only fails when it runs longer than
// srxMatchTimeout, on a rule that backtracks catastrophically.
func (r *srxRule) noteFailure(err error, fail *error) {
	if err != nil && *fail == nil {
		// err's message quotes the whole paragraph: leave it out.
		*fail = &SRXError{File: r.file, Line: r.line, Err: fmt.Errorf("rule gave up after %v on one paragraph (catastrophic backtracking?)", srxMatchTimeout)}
	}
}

// minLiteral is the shortest required literal worth a prefilter: a single
// character ("." or a space) is in almost every paragraph.
const minLiteral = 2

// requiredLiteral returns a string that every match of the (translated)
// pattern contains, read with Go's regexp/syntax from the pattern's widened
// form (widenForRE2, which matches at least what the pattern matches, so
// what it requires the pattern requires): the longest run of literal
// characters that the pattern concatenates at its top level. It returns ""
// when the pattern cannot be widened or holds no such run. fold reports a
// case-insensitive literal, returned lower-cased.
func requiredLiteral(pat string) (lit string, fold bool) {
	wide, patFold, ok := widenForRE2(pat)
	if !ok {
		return "", false
	}
	re, err := syntax.Parse(wide, syntax.Perl)
	if err != nil {
		return "", false
	}
	re = re.Simplify()
	for re.Op == syntax.OpCapture && len(re.Sub) == 1 {
		re = re.Sub[0]
	}
	var subs []*syntax.Regexp
	switch re.Op {
	case syntax.OpLiteral:
		subs = []*syntax.Regexp{re}
	case syntax.OpConcat:
		subs = re.Sub
	default:
		return "", false
	}
	for _, sub := range subs {
		for sub.Op == syntax.OpCapture && len(sub.Sub) == 1 {
			sub = sub.Sub[0]
		}
		if sub.Op != syntax.OpLiteral || len(sub.Rune) < minLiteral || len(sub.Rune) <= len([]rune(lit)) {
			continue
		}
		fold = patFold || sub.Flags&syntax.FoldCase != 0
		lit = string(sub.Rune)
		if fold {
			lit = strings.ToLower(lit)
		}
	}
	return lit, fold
}
