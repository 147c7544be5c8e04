package normalize

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/align/langwords"
	"github.com/bitext/bitext/tm/textio"

	"golang.org/x/text/language"
)

// GlossaryOptions say which entries make the glossary in use. The zero
// value is the embedded default glossary under the user's entries, for a
// text of any language.
type GlossaryOptions struct {
	// NoDefault leaves the embedded default glossary out: only the user's
	// entries are used.
	NoDefault bool
	// Lang is the language of the text: entries limited to other languages
	// are left out (see [FilterLang]). language.Und keeps every entry.
	Lang language.Tag
}

// GlossaryEntries returns the entries of the glossary in use: the embedded
// default entries (unless opt.NoDefault) with user's entries over them (see
// [MergeEntries]), filtered by opt.Lang.
func GlossaryEntries(user []Entry, opt GlossaryOptions) []Entry {
	entries, _ := glossaryEntries(user, nil, opt)
	return entries
}

// glossaryEntries is GlossaryEntries for the user's entries whose forms'
// joined keys are keys (see joinedKeys; nil: not known); it also returns
// the joined keys of the entries it returns (nil for a default entry).
func glossaryEntries(user []Entry, keys [][]string, opt GlossaryOptions) ([]Entry, [][]string) {
	entries := user
	if !opt.NoDefault {
		entries, keys = mergeEntries(DefaultEntries(), user, keys)
	}
	if opt.Lang == language.Und {
		return entries, keys
	}
	return filterLang(entries, keys, opt.Lang)
}

// joinedKeys returns the joined key (keyBuilder.joined) of each form of
// each entry, the canonical form first, then the variants: [BuildGlossary]
// computes each once, where merging with the default entries, leaving out
// rivals and compiling each needed them. With a names list of 200,000
// entries, the keys are most of the work of compiling.
func joinedKeys(entries []Entry) [][]string {
	n := 0
	for _, e := range entries {
		n += 1 + len(e.Variants)
	}
	all := make([]string, 0, n) // one allocation for the slices of all entries
	out := make([][]string, len(entries))
	var kb keyBuilder
	for i, e := range entries {
		from := len(all)
		all = append(all, kb.joined(e.Canonical))
		for _, v := range e.Variants {
			all = append(all, kb.joined(v))
		}
		out[i] = all[from:len(all):len(all)]
	}
	return out
}

// BuildGlossary compiles the glossary in use for the user's entries (as
// loaded from the translation memory; nil for none) and opt: the one that
// normalize and the TM's variant-aware matching consult. For a text of no
// known language (opt.Lang is language.Und), the user's entries limited to
// languages that compete for a spelling (one key, other canonical forms,
// no language in common: an IATE-style termbase's French "Téhéran" and
// German "Teheran") are left out: the text's language would choose
// between them, and rewriting a German text to the French spelling is
// worse than leaving it.
func BuildGlossary(user []Entry, opt GlossaryOptions) *Glossary {
	return buildGlossary(user, joinedKeys(user), opt)
}

// buildGlossary is BuildGlossary for user entries whose forms' joined keys
// are keys (joinedKeys): GlossarySet computes them once for all languages.
func buildGlossary(user []Entry, keys [][]string, opt GlossaryOptions) *Glossary {
	if len(user) == 0 && !opt.NoDefault && opt.Lang == language.Und {
		return DefaultGlossary() // compiled once
	}
	if opt.Lang == language.Und {
		user, keys = withoutRivals(user, keys)
	}
	g := newGlossary(glossaryEntries(user, keys, opt))
	g.lang = opt.Lang
	if base, _ := opt.Lang.Base(); opt.Lang != language.Und && base.String() != "en" {
		g.noArticles = true // "a" and "an" are English: Spanish "a" is a preposition
	}
	return g
}

// A GlossarySet is the glossary in use for the user's entries, compiled
// once for each language asked for: texts in several languages (or many
// requests) share the compiled glossaries. A GlossarySet is safe for
// concurrent use.
type GlossarySet struct {
	// Unify makes For return [Glossary.Unified] glossaries: rewriting also
	// unifies the spellings of a name an input writes two ways. Set it
	// before the first call of For.
	Unify bool
	// PossessiveS makes For return [Glossary.PossessiveS] glossaries.
	// Set it before the first call of For.
	PossessiveS bool

	user      []Entry
	keys      func() [][]string // joinedKeys(user), computed once for all languages
	noDefault bool
	mu        sync.Mutex
	byLang    map[language.Tag]*Glossary
	leftOut   map[language.Tag]int // LanguageRead.LeftOut of each language read
}

// NewGlossarySet returns the set of glossaries for the user's entries (nil
// for none); noDefault leaves the embedded default glossary out (see
// [GlossaryOptions]).
func NewGlossarySet(user []Entry, noDefault bool) *GlossarySet {
	return &GlossarySet{
		user:      user,
		keys:      sync.OnceValue(func() [][]string { return joinedKeys(user) }),
		noDefault: noDefault,
		byLang:    map[language.Tag]*Glossary{},
		leftOut:   map[language.Tag]int{},
	}
}

// For returns the glossary for texts in lang (language.Und: any language),
// as [BuildGlossary] makes it.
func (s *GlossarySet) For(lang language.Tag) *Glossary {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.byLang[lang]
	if !ok {
		g = buildGlossary(s.user, s.keys(), GlossaryOptions{NoDefault: s.noDefault, Lang: lang})
		if s.Unify {
			g = g.Unified()
		}
		if s.PossessiveS {
			g = g.PossessiveS()
		}
		s.byLang[lang] = g
	}
	return g
}

// A LanguageRead is the language [GlossarySet.ForText] read a text as,
// and how many entries of the glossary in use it left out for being
// limited to other languages. The zero value: nothing read, nothing left
// out.
type LanguageRead struct {
	Lang    language.Tag // language.Und: not read
	Name    string       // the language's English name ("French")
	LeftOut int          // the entries left out
	// ReadAs, when set, is the language the text reads as where Lang is
	// the one its file name states, which the glossary is for
	// ([GlossarySet.ChooserByText]): an English article named story.fr.txt.
	ReadAs, ReadName string
}

// ForText returns the glossary for a text in lang, as [GlossarySet.For]
// does, but for a text of no stated language (lang language.Und) reads its
// language from head, the text's first bytes (langwords.Read: the share of
// its words that are each language's function words, of its first 1,000
// words), and returns the glossary for the language read, with a
// LanguageRead that says so when that leaves entries out. A head of 8 to
// 49 words is read only by strong evidence (function words and letters of
// one language, no English function word: a French brief is read, an
// English caption quoting French is not). A head too short (fewer than 8
// words), too mixed or too weak to tell gets For(language.Und), every
// entry, as before, and a zero LanguageRead: a one-line English headline
// is still rewritten. So does an English text when no entry is
// limited to another language (the English default glossary), for which
// the glossary for English would be the same: an English article is
// rewritten as it was.
func (s *GlossarySet) ForText(lang language.Tag, head []byte) (*Glossary, LanguageRead) {
	if lang != language.Und {
		return s.For(lang), LanguageRead{}
	}
	r := langwords.Read(string(head))
	if r.Lang == "" {
		return s.For(language.Und), LanguageRead{}
	}
	lang = language.Make(r.Lang)
	n := s.leftOutFor(lang)
	switch {
	case n == 0 && r.Lang == "en": // the same entries and rules: the glossary of today, compiled once (DefaultGlossary)
		return s.For(language.Und), LanguageRead{}
	case n == 0: // nothing to say of the entries, but "a" is no English article (noArticles), nouns may be capitalized...
		return s.For(lang), LanguageRead{}
	}
	return s.For(lang), LanguageRead{Lang: lang, Name: langwords.Name(r.Lang), LeftOut: n}
}

// leftOutFor is countLeftOut(lang), counted once for each language.
func (s *GlossarySet) leftOutFor(lang language.Tag) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, ok := s.leftOut[lang]
	if !ok {
		n = s.countLeftOut(lang)
		s.leftOut[lang] = n
	}
	return n
}

// namedOtherwise returns the LanguageRead of a text whose file name states
// named and whose head reads (langwords.Read) as a language neither named
// nor close to it (langwords.Close: Danish and Norwegian) nor one a reader
// of named understands as named (language.Comprehends, High at least:
// Norwegian, no, and its Nynorsk, nn, read as Bokmål, nb, the one
// Norwegian list): the glossary stays the one for named, but the report
// says the text reads otherwise, since an English article named
// story.fr.txt lost every English entry without a word. The zero
// LanguageRead when the head reads as named, or as nothing.
func (s *GlossarySet) namedOtherwise(named language.Tag, head []byte) LanguageRead {
	r := langwords.Read(string(head))
	base, _ := named.Base()
	if r.Lang == "" || r.Lang == base.String() || langwords.Close(r.Lang, base.String()) || language.Comprehends(named, language.Make(r.Lang)) >= language.High {
		return LanguageRead{}
	}
	name := cmp.Or(langwords.Name(base.String()), named.String())
	return LanguageRead{Lang: named, Name: name, LeftOut: s.leftOutFor(named), ReadAs: r.Lang, ReadName: langwords.Name(r.Lang)}
}

// countLeftOut returns how many entries of the glossary in use are limited
// to languages other than lang. When neither the user's entries nor the
// default ones have such an entry (an English text, the English default
// glossary, user entries of every language) it says 0 without merging
// them: merging 5,000 user entries took 0.1 s of 1.9 (100 MB, user CPU).
func (s *GlossarySet) countLeftOut(lang language.Tag) int {
	elsewhere := func(entries []Entry) bool {
		kept, _ := filterLang(entries, nil, lang)
		return len(kept) < len(entries)
	}
	if !elsewhere(s.user) && (s.noDefault || !elsewhere(DefaultEntries())) {
		return 0
	}
	all, keys := glossaryEntries(s.user, s.keys(), GlossaryOptions{NoDefault: s.noDefault})
	kept, _ := filterLang(all, keys, lang)
	return len(all) - len(kept)
}

// ChooserByText returns the GlossaryChooser of `bitext normalize`: an
// input's glossary is s's for lang, else for the language its name states
// (textio.FileLang: story.fr.txt), else for the one read from its head
// ([GlossarySet.ForText]); the notice of a language read, or of a text
// that reads as another language than its name states, is written to rw
// ([ReportWriter.WriteLanguage]) with the input named as name names it. An
// error writing a notice is left to rw's writer to keep (a bufio.Writer
// returns it from Flush).
func (s *GlossarySet) ChooserByText(lang language.Tag, rw *ReportWriter, name func(file string) string) GlossaryChooser {
	return func(file string, head []byte) *Glossary {
		named := textio.FileLang(lang, file)
		g, read := s.ForText(named, head)
		if lang == language.Und && named != language.Und {
			read = s.namedOtherwise(named, head)
		}
		_ = rw.WriteLanguage(name(file), read) // an error stays with rw's writer
		return g
	}
}

// CapitalizesNouns reports whether lang writes every noun with a capital
// letter (German, Luxembourgish, Swiss German), so that one capitalized word
// is no evidence of a name.
func CapitalizesNouns(lang language.Tag) bool {
	base, _ := lang.Base()
	switch base.String() {
	case "de", "lb", "gsw":
		return true
	}
	return false
}

// NewDiscovererFor returns an empty Discoverer for a corpus in lang: in a
// language that capitalizes every noun ([CapitalizesNouns]) only names of
// two or more words are candidates (MinWords 2). language.Und is any
// language.
func NewDiscovererFor(lang language.Tag) *Discoverer {
	d := NewDiscoverer()
	d.openers = openersFor(lang)
	d.declines = declinesNames(lang)
	d.nounClass = nounClassLang(lang)
	if CapitalizesNouns(lang) {
		d.MinWords = 2
	}
	return d
}

// NewDiscovererReading is [NewDiscovererFor](lang), and, when lang is
// language.Und (none given), a Discoverer that reads each source's
// language ([Discoverer.ReadLanguage]) and calls notice with a line that
// says so for each source read as a language other than English:
// "story.txt: read as German (de) (--lang sets the language)". English
// and a text not read say nothing: discovery goes on as before.
func NewDiscovererReading(lang language.Tag, notice func(line string)) *Discoverer {
	d := NewDiscovererFor(lang)
	if lang == language.Und {
		d.ReadLanguage = func(source string, r LanguageRead) {
			if r.Lang != language.Und && r.Lang != language.English {
				notice(fmt.Sprintf("%s: read as %s (%s) (--lang sets the language)", source, r.Name, r.Lang))
			}
		}
	}
	return d
}

// discoverPiece is the most text AddReader hands to Add at once: a
// paragraph, or the piece of a longer line that ends at its last space.
const discoverPiece = 1 << 20

// AddReader adds the text of r (see [Discoverer.Add]), read in pieces cut at
// blank lines, or, in a line longer than a MiB (a file with no line
// breaks), at a space: memory stays constant however big the corpus. An
// HTML or XML page's markup (tags, scripts, styles, comments: see
// markupSpans) is no text: its names are links, file names, titles and
// code, and are not counted (as normalize leaves them alone); a script or
// comment is followed from piece to piece, and a tag a piece's cut splits
// is read whole in the next. It stops when ctx is done, between pieces,
// with ctx's error; an error from r is returned as it is, after the text
// before it has been added.
func (d *Discoverer) AddReader(ctx context.Context, r io.Reader) error {
	d.line = 1
	br := bufio.NewReaderSize(r, 64<<10)
	var para bytes.Buffer
	var mst markupState // where a page's markup stands between pieces
	carried := false    // para starts with a tag the last piece's cut split
	// add adds text, then sets para to the tag it carries, if any, and rest.
	add := func(text string, rest []byte, final bool) {
		markup, open := markupSpans(text, &mst, final)
		if carried && open == 0 {
			// A tag carried over that this piece does not close either
			// (blank lines inside it): its "<" opened no tag, as in a
			// final piece.
			mst = markupState{}
			markup, open = markupSpans(text, &mst, true)
		}
		carried = false
		if open > 0 {
			text, rest = text[:open], append([]byte(text[open:]), rest...)
			markup = markup[:len(markup)-1]
			mst, carried = markupState{}, true // prose before the tag
		}
		d.addPiece(blankMarkup(text, markup))
		para.Reset()
		para.Write(rest)
	}
	for {
		line, err := br.ReadSlice('\n')
		para.Write(line)
		if err == bufio.ErrBufferFull {
			if para.Len() > discoverPiece {
				if cerr := ctx.Err(); cerr != nil {
					return cerr
				}
				b := para.Bytes()
				cut := pieceCut(b)
				add(string(b[:cut]), append([]byte(nil), b[cut:]...), false)
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 || para.Len() > discoverPiece || err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			add(para.String(), nil, err != nil)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// pieceCut returns where to cut b, a piece of a line too long to add
// whole: after the last space between two words that do not start with a
// capital letter (a name of capitalized words, or one with a particle
// inside, "Mohammed bin Salman", is not cut), in the piece's second half;
// else after its last space (a script without capitals); else at its end.
// Cut at its last space, the piece split a name as often as not: of
// 90,000 mentions on one line, 89,998 were counted.
func pieceCut(b []byte) int {
	for i := len(b) - 1; i > len(b)/2; i-- {
		if b[i] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRune(b[i+1:])
		j := bytes.LastIndexAny(b[:i], " \t\r\n") + 1
		prev, _ := utf8.DecodeRune(b[j:i])
		if j < i && next != utf8.RuneError && !unicode.IsUpper(next) && !unicode.IsUpper(prev) && !unicode.IsSpace(next) {
			return i + 1
		}
	}
	if cut := bytes.LastIndexAny(b, " \t\r") + 1; cut > 0 {
		return cut
	}
	return len(b)
}

// addPiece adds text that starts on line d.line, and moves d.line past it.
func (d *Discoverer) addPiece(text string) {
	d.Add(text)
	d.line += strings.Count(text, "\n")
}

// AddSource is [Discoverer.AddReader] for text named name (a file name):
// each spelling found also records where it was first seen, "name:LINE",
// which the clusters report ([FormCount].Seen). With ReadLanguage set it
// reads the text's language first (see [Discoverer.ReadLanguage]).
func (d *Discoverer) AddSource(ctx context.Context, r io.Reader, name string) error {
	if d.seen == nil {
		d.seen = map[string]string{}
	}
	d.src = name
	defer func() { d.src = "" }()
	if d.Caseless != nil && d.ReadLanguage == nil {
		br := bufio.NewReaderSize(r, HeadSize)
		head, _ := br.Peek(HeadSize) // an error comes again when AddReader reads on
		if script := caselessScript(head); script != "" {
			d.Caseless(caselessNote(name, script))
		}
		r = br
	}
	if d.ReadLanguage != nil {
		br := bufio.NewReaderSize(r, HeadSize)
		head, _ := br.Peek(HeadSize) // an error other than a short text comes again when AddReader reads on
		if script := caselessScript(head); script != "" && d.Caseless != nil {
			d.Caseless(caselessNote(name, script))
		}
		lang := language.Und
		code := langwords.Read(string(head)).Lang
		if code != "" {
			lang = language.Make(code)
		}
		d.ReadLanguage(name, LanguageRead{Lang: lang, Name: langwords.Name(code)})
		r = br
		if lang != language.Und && lang != language.English {
			openers, minWords := d.openers, d.MinWords
			defer func() { d.openers, d.MinWords = openers, minWords }()
			d.openers = openersFor(lang)
			if CapitalizesNouns(lang) {
				d.MinWords = max(d.MinWords, 2)
			}
			d.declines = max(d.declines, declinesNames(lang))
			d.nounClass = d.nounClass || nounClassLang(lang)
		}
	}
	return d.AddReader(ctx, r)
}

// binarySniff is how much of a file AddFS reads to tell binary data.
const binarySniff = 8 << 10

// AddFS adds every regular file under the folder fsys (see
// [Discoverer.AddSource]), and every symbolic link to one, in lexical
// order, skipping files and folders whose names start with a dot; links
// to folders are not followed. A file is named prefix/PATH in the places
// the clusters report. A binary file (a NUL byte in its first
// binarySniff bytes, as a photo or a database has; not UTF-16 text with its
// byte order mark) is left out and told to d.Skipped. A file that is not
// UTF-8 text stops the walk with a *textio.Error naming it and the line;
// one that cannot be opened, with the *fs.PathError naming it as
// prefix/PATH. The files before it stay added. A folder with no text file
// (empty, or only hidden or binary files) is bad input naming it: names
// discover FOLDER printed nothing and exited 0, as if the corpus held no
// names.
func (d *Discoverer) AddFS(ctx context.Context, fsys fs.FS, prefix string) error {
	added := 0
	err := d.addFS(ctx, fsys, prefix, &added)
	if err == nil && added == 0 {
		name := cmp.Or(prefix, ".")
		err = textio.NewBadInput(fmt.Sprintf("read %s: no text file in the folder (hidden files and binary ones are left out)", name))
	}
	return err
}

// addFS is AddFS's walk, counting the files added in *added.
func (d *Discoverer) addFS(ctx context.Context, fsys fs.FS, prefix string, added *int) error {
	// A path error names its file inside fsys: the user named the folder
	// prefix, and is told prefix/sub, not sub.
	named := func(err error) error {
		var pe *fs.PathError
		if errors.As(err, &pe) && prefix != "" {
			return &fs.PathError{Op: pe.Op, Path: path.Join(prefix, pe.Path), Err: pe.Err}
		}
		return err
	}
	return fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return named(err)
		}
		if p != "." && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !e.Type().IsRegular() {
			// A link to a file is read as the file (a corpus linked
			// into a working folder); a link to a folder is not
			// followed (one back up would walk for ever), and one
			// to nothing, a named pipe, a device are left out, with a
			// warning (Skipped): they were left out without a word.
			st, err := fs.Stat(fsys, p)
			if e.Type()&fs.ModeSymlink == 0 || err != nil || !st.Mode().IsRegular() {
				if d.Skipped != nil && !e.IsDir() {
					d.Skipped(path.Join(prefix, p), notText(e.Type(), st, err))
				}
				return nil
			}
		}
		f, err := fsys.Open(p)
		if err != nil {
			return named(err)
		}
		defer f.Close()
		name := path.Join(prefix, p)
		br := bufio.NewReaderSize(f, binarySniff)
		head, _ := br.Peek(binarySniff)
		if i := bytes.IndexByte(head, 0); i >= 0 && !bytes.HasPrefix(head, []byte{0xff, 0xfe}) && !bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
			if d.Skipped != nil {
				d.Skipped(name, fmt.Sprintf("binary data (a NUL byte on line %d), not text", 1+bytes.Count(head[:i], []byte("\n"))))
			}
			return nil
		}
		*added++
		return d.AddSource(ctx, textio.NewReader(br, name), name)
	})
}

// withoutRivals returns entries without those limited to languages that
// share a key (of their canonical forms or variants) with an entry of
// another canonical form and no language in common (see BuildGlossary).
// Conflicts lets no other entries share a key. keys are the joined keys
// of entries' forms (joinedKeys), and the second result those of the
// entries returned.
func withoutRivals(entries []Entry, keys [][]string) ([]Entry, [][]string) {
	type claim struct {
		entry int
		canon string
	}
	byKey := map[string][]claim{}
	for i, e := range entries {
		if len(e.Langs) == 0 {
			continue
		}
		for _, jk := range keys[i] {
			if k := refoldKey(jk); k != "" {
				byKey[k] = append(byKey[k], claim{i, strings.TrimSpace(e.Canonical)})
			}
		}
	}
	rival := map[int]bool{}
	for _, cs := range byKey {
		for _, a := range cs {
			for _, b := range cs {
				if a.canon != b.canon && !langsOverlap(entries[a.entry].Langs, entries[b.entry].Langs) {
					rival[a.entry] = true
				}
			}
		}
	}
	if len(rival) == 0 {
		return entries, keys
	}
	out := make([]Entry, 0, len(entries)-len(rival))
	outKeys := make([][]string, 0, len(entries)-len(rival))
	for i, e := range entries {
		if !rival[i] {
			out = append(out, e)
			outKeys = append(outKeys, keys[i])
		}
	}
	return out, outKeys
}

// A GlossaryCache keeps the glossaries compiled for the user's entries it
// was last given, for a server that reads the entries for each request:
// compiling a names list of 200,000 entries takes a second, comparing the
// entries read with those kept some milliseconds. Entries that differ in
// anything (an entry, a variant, a kind, a language, the order) are
// compiled anew, so a glossary write by this process or any other is seen
// by the next request. The zero GlossaryCache is ready; it is safe for
// concurrent use.
type GlossaryCache struct {
	mu   sync.Mutex
	user []Entry
	sets [2]*GlossarySet // by noDefault
}

// Set returns the GlossarySet of user and noDefault (see [NewGlossarySet]):
// the one it returned before when user has the same entries as then.
// The caller must not change user afterwards.
func (c *GlossaryCache) Set(user []Entry, noDefault bool) *GlossarySet {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !slices.EqualFunc(c.user, user, sameEntry) {
		c.user, c.sets = user, [2]*GlossarySet{}
	}
	i := 0
	if noDefault {
		i = 1
	}
	if c.sets[i] == nil {
		c.sets[i] = NewGlossarySet(c.user, noDefault)
	}
	return c.sets[i]
}

// sameEntry reports whether a and b are the same entry, field for field.
func sameEntry(a, b Entry) bool {
	return a.Canonical == b.Canonical && a.Kind == b.Kind && slices.Equal(a.Variants, b.Variants) && slices.Equal(a.Langs, b.Langs)
}

// caselessNote is the line [Discoverer.Caseless] is told of source,
// whose text is mostly in script.
func caselessNote(source, script string) string {
	return fmt.Sprintf("%s: most of its text is in %s script, which has no capital letters: discover finds names as runs of capitalized words, so none in that script", source, script)
}

// caselessScripts are the scripts without capital letters that news is
// written in, for caselessScript to name.
var caselessScripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}, {"Devanagari", unicode.Devanagari},
	{"Bengali", unicode.Bengali}, {"Gurmukhi", unicode.Gurmukhi}, {"Gujarati", unicode.Gujarati},
	{"Tamil", unicode.Tamil}, {"Telugu", unicode.Telugu}, {"Kannada", unicode.Kannada},
	{"Malayalam", unicode.Malayalam}, {"Sinhala", unicode.Sinhala}, {"Thai", unicode.Thai},
	{"Lao", unicode.Lao}, {"Khmer", unicode.Khmer}, {"Myanmar", unicode.Myanmar},
	{"Tibetan", unicode.Tibetan}, {"Ethiopic", unicode.Ethiopic}, {"Hangul", unicode.Hangul},
	{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
}

// caselessScript returns the name of the script (one of caselessScripts)
// of most of the letters of text when most of its letters have no case
// (Devanagari, Arabic, Chinese and Japanese, ...), else "". Japanese's mix is named
// by its most frequent script.
func caselessScript(text []byte) string {
	cased, caseless := 0, 0
	counts := make([]int, len(caselessScripts))
	for len(text) > 0 {
		r, n := utf8.DecodeRune(text)
		text = text[n:]
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				cased++
			}
		case unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r):
			cased++
		case unicode.IsLetter(r):
			caseless++
			for i, s := range caselessScripts {
				if unicode.Is(s.table, r) {
					counts[i]++
					break
				}
			}
		}
	}
	if caseless <= cased {
		return ""
	}
	best := 0
	for i, c := range counts {
		if c > counts[best] {
			best = i
		}
	}
	if counts[best] == 0 {
		return "" // a script caselessScripts does not name
	}
	return caselessScripts[best].name
}

// notText says why a folder's entry of type t, whose target (a link's) is
// st or err, is no file to read: a named pipe, a device or socket, a link
// to a folder (not followed), to nothing or a loop of links.
func notText(t fs.FileMode, st fs.FileInfo, err error) string {
	switch {
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO), not a file"
	case t&fs.ModeSymlink == 0:
		return "a device or socket, not a file"
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Sprintf("a symbolic link that leads to no file (%v)", err)
	case st.IsDir():
		return "a symbolic link to a folder (not followed)"
	}
	return "a symbolic link to a named pipe, device or socket"
}
