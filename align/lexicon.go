package align

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Lexicon is a bilingual word list: source words and the target words they
// may translate to. Words are kept as stems (lower case without diacritics,
// truncated to six
// characters), so that "Bergen" finds "Berg"'s entry and "montagnes" counts
// for "montagne". Only single-word entries are kept: a phrase's words do not
// translate one by one.
//
// A Lexicon is not safe for concurrent writes; Align only reads it.
type Lexicon struct {
	m map[string][]string
	// weak holds learned links seen in one training pair only (see
	// learnLexicon): the search uses them, a bead's score does not.
	weak map[string][]string
	// m1 is the Model 1 the lexicon was learned with, if learned (see
	// refine.go).
	m1 *m1Model
	// han holds the Han headwords of a Chinese dictionary (cedict.go).
	han *hanLex
	// tab holds the links instead of m (nil) for a dictionary read into
	// a table (the built-in one: readCedictTable).
	tab *dictTable
	n   int
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon { return &Lexicon{m: make(map[string][]string)} }

// Add records that source word src may translate to target word tgt. It
// reports whether the pair was kept (both single words, and new).
func (l *Lexicon) Add(src, tgt string) bool {
	s, t := lexStem(src), lexStem(tgt)
	if s == "" || t == "" {
		return false
	}
	if slices.Contains(l.m[s], t) {
		return false
	}
	l.m[s] = append(l.m[s], t)
	l.n++
	return true
}

// Len is the number of word pairs in the lexicon.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return l.n
}

// lexStem is the stem of a single word, or "" for a phrase or a non-word.
func lexStem(w string) string {
	w = strings.TrimSpace(w)
	if w == "" || strings.ContainsFunc(w, unicode.IsSpace) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(w); isCJK(r) && utf8.RuneCountInString(w) == 1 {
		return w
	}
	// A word's marks stay, as the tokenizer keeps them in a word (runeClass)
	// and foldKey keeps the spacing ones: a Devanagari word's vowel signs
	// ("पानी", water), which dropped would never meet the text's stem ("पन").
	k := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return r
		}
		return -1
	}, foldKey(w))
	if k == "" {
		return ""
	}
	return dictStem(stem(k))
}

// dictStem is the form in which a dictionary's links meet a word of stem
// st: st less a final Devanagari vowel sign, when a letter is left. Hindi
// inflects by its final vowel ("लड़का", "लड़के", "लड़कों" boy, boys;
// "करना", "करने" to do), and FreeDict's eng-hin gives the base form: its
// links meet the text's forms by the stem before it. Only the dictionary's
// links use it: the learned lexicon keeps whole stems (with them cut,
// English-Hindi news without a dictionary lost 0.003-0.020 strict F1,
// BENCHMARKS.md "English-Hindi news with Debian's FreeDict eng-hin").
func dictStem(st string) string {
	// U+093E-U+094C in UTF-8: E0 A4 BE-BF, E0 A5 80-8C.
	n := len(st)
	if n > 3 && st[n-3] == 0xe0 && (st[n-2] == 0xa4 && st[n-1] >= 0xbe || st[n-2] == 0xa5 && st[n-1] <= 0x8c) {
		return st[:n-3]
	}
	return st
}

// DictFormat names a dictionary file format.
type DictFormat string

// The dictionary formats ReadDict knows.
const (
	// FormatHunalign is hunalign's format: one "target @ source" entry a
	// line (the target-language phrase comes first).
	FormatHunalign DictFormat = "hunalign"
	// FormatTSV is one "source<TAB>target" entry a line.
	FormatTSV DictFormat = "tsv"
)

// DictError is a malformed line in a dictionary.
type DictError struct {
	Line int
	Msg  string
}

func (e *DictError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ReadDict adds the entries of a hunalign, TSV or CC-CEDICT (FormatCedict,
// cedict.go) dictionary read from r to
// l. Empty lines and lines starting with '#' are skipped; a line without
// the separator, invalid UTF-8 or a NUL byte is an error naming the line. Phrase entries are read and
// ignored (see Lexicon).
func (l *Lexicon) ReadDict(r io.Reader, format DictFormat) error {
	if format == FormatCedict {
		return l.readCedict(r)
	}
	var err error
	for line, text := range dictLines(r, 16*1024*1024, &err) {
		var src, tgt string
		switch format {
		case FormatHunalign:
			t, s, ok := strings.Cut(text, " @ ")
			if !ok {
				return &DictError{line, `no " @ " between target and source`}
			}
			src, tgt = s, t
		case FormatTSV:
			s, t, ok := strings.Cut(text, "\t")
			if !ok {
				return &DictError{line, "no tab between source and target"}
			}
			t, _, _ = strings.Cut(t, "\t") // extra columns (scores) are allowed
			src, tgt = s, t
		default:
			return fmt.Errorf("unknown dictionary format %q", format)
		}
		l.Add(src, tgt)
	}
	return err
}

// dictLines yields the numbered lines of a line-based dictionary, trimmed,
// without empty lines and "#" comments. It stops at a line with a NUL byte
// or invalid UTF-8 (a *DictError), or at a read error, which it stores in
// *err; a line may be maxLine bytes long.
func dictLines(r io.Reader, maxLine int, err *error) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64*1024), maxLine)
		line := 0
		for sc.Scan() {
			line++
			text := strings.TrimSpace(sc.Text())
			switch {
			case text == "" || strings.HasPrefix(text, "#"):
				continue
			case strings.IndexByte(text, 0) >= 0:
				*err = &DictError{line, "NUL byte (a binary file, not a dictionary?)"}
				return
			case !utf8.ValidString(text):
				*err = &DictError{line, "invalid UTF-8"}
				return
			}
			if !yield(line, text) {
				return
			}
		}
		*err = sc.Err()
		if errors.Is(*err, bufio.ErrTooLong) {
			// It said "bufio.Scanner: token too long", with no line.
			size := fmt.Sprintf("%d KiB", maxLine>>10)
			if maxLine%(1<<20) == 0 {
				size = fmt.Sprintf("%d MiB", maxLine>>20)
			}
			*err = &DictError{line + 1, "a line longer than " + size + " (not a dictionary?)"}
		}
	}
}

// ReadDictd adds the entries of a dictd database (as FreeDict ships them in
// Debian's dict-freedict-* packages: NAME.index and NAME.dict, the latter
// usually gzip-compressed as NAME.dict.dz, which the caller decompresses)
// to l. Each index line is "headword<TAB>offset<TAB>length" in dictd's
// base64 digits; the entry at that place in the dict data starts with the
// headword line, followed by translations, comma- or semicolon-separated,
// sometimes numbered, then possibly definitions. Translations of more
// than three words are taken for definitions and skipped.
//
// An entry that several index lines name (one entry under several
// headwords) is read again only until the index has named as many bytes
// as the data holds, then kept and read no more. Entries that overlap
// without being the same are not in a real database: ReadDictd reads
// them, but stops with a *DictError naming the index line once it has
// read more than maxDictdReread times the dict data, so a crafted index
// cannot make it read the same bytes again and again.
func (l *Lexicon) ReadDictd(index io.Reader, dict []byte) error {
	return l.readDictdKeep(index, int64(len(dict)), func(off, n int64) ([]byte, error) { return dict[off : off+n], nil }, nil)
}

// readDictdKeep is ReadDictd reading only the entries of the headwords
// keep accepts (as the index writes them: headKeys), all when keep is nil, from dict data
// of size bytes whose n bytes at off entry gives (an error of entry is
// returned as it is); every index line is checked as ReadDictd checks it.
func (l *Lexicon) readDictdKeep(index io.Reader, size int64, entry func(off, n int64) ([]byte, error), keep func(head []byte) bool) error {
	sc := bufio.NewScanner(index)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	type span struct{ off, n int64 }
	// Until the index has named more bytes than the data holds, reading
	// an entry again cost less than one reading of the data, and no
	// entry is kept: a database whose entries each have one headword
	// (FreeDict's deu-fra, eng-ces) never needs the map.
	var entries map[span][]string // the translations of each entry read since
	var read int64                // bytes read
	budget := maxDictdReread*size + maxDictdRereadSlack
	var buf []string
	line := 0
	for sc.Scan() {
		line++
		// The bytes of the line, a string made only of a headword read.
		hb, off, n, meta, err := dictdLine(sc.Bytes(), line)
		if err != nil {
			return err
		}
		if meta {
			continue
		}
		if off < 0 || n < 0 || off+n > size {
			return &DictError{line, fmt.Sprintf("entry %d+%d is past the end of the dict data (%d bytes)", off, n, size)}
		}
		if keep != nil && !keep(hb) {
			continue
		}
		head := string(hb)
		items, ok := entries[span{off, n}]
		if !ok {
			if read += n; read > budget {
				return &DictError{line, fmt.Sprintf("the index's entries overlap: by this line they add up to %d bytes, more than %d times the %d bytes of dict data (a broken or crafted index?)", read, maxDictdReread, size)}
			}
			data, err := entry(off, n)
			if err != nil {
				return err
			}
			buf = dictdItems(buf[:0], data)
			items = buf
			if read > size {
				if entries == nil {
					entries = make(map[span][]string)
				}
				entries[span{off, n}] = slices.Clone(buf)
			}
		}
		for _, item := range items {
			l.Add(head, item)
		}
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return &DictError{line + 1, "a line longer than 1 MiB (not a dictd index?)"}
	}
	return sc.Err()
}

// maxDictdReread and maxDictdRereadSlack bound the bytes ReadDictd reads:
// three times the dict data, plus 64 KiB for a tiny database: once while
// it keeps no entry, then each distinct entry once more at most.
// FreeDict's entries never overlap (deu-fra, eng-ces and jpn-eng add up to
// exactly their data once each entry named again is left out), so a real
// database stays well under it.
const (
	maxDictdReread      = 3
	maxDictdRereadSlack = 64 << 10
)

// dictdItems appends to items the translations of one dictd entry: the
// items of the line after the headword line and of the numbered senses
// after it, cleaned, of one to three words.
func dictdItems(items []string, entry []byte) []string {
	// Skip the headword line.
	i := bytes.IndexByte(entry, '\n')
	if i < 0 {
		return items
	}
	for k, ln := range strings.Split(string(entry[i+1:]), "\n") {
		// The first line lists translations; later lines do when
		// they open a numbered sense ("2. mine"); other lines are
		// definitions in the source language.
		ln = strings.TrimSpace(ln)
		rest, numbered := cutSenseNumber(ln)
		if k > 0 && !numbered {
			continue
		}
		for _, item := range splitDictdItems(rest) {
			item = cleanDictdItem(item)
			if item == "" || len(strings.Fields(item)) > 3 {
				continue
			}
			items = append(items, item)
		}
	}
	return items
}

// cutSenseNumber removes a leading sense number ("2. mine" -> "mine") and
// reports whether there was one followed by text.
func cutSenseNumber(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '.' {
		return s, false
	}
	rest := strings.TrimSpace(s[i+1:])
	return rest, rest != ""
}

// splitDictdItems splits a line of translations at its commas and
// semicolons outside brackets: a note may hold one ("<v, trans>", "(male
// [zool., orn.])" in FreeDict's eng-deu) and is one note, which
// cleanDictdItem then drops whole.
func splitDictdItems(s string) []string {
	var items []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(', '[', '<', '{':
			depth++
		case ')', ']', '>', '}':
			depth = max(0, depth-1)
		case ',', ';':
			if depth == 0 {
				items = append(items, s[start:i])
				start = i + 1
			}
		}
	}
	return append(items, s[start:])
}

// cleanDictdItem strips numbering ("1.", "2."), bracketed notes and
// part-of-speech tags from one translation, and reads a tilde joining two
// words as a space: FreeDict's eng-hin writes a gloss of several words so
// ("कल्पना~करना", to imagine), which glued would be one word no text
// holds; a phrase, it is then left out as a phrase (Lexicon.Add).
func cleanDictdItem(s string) string {
	var b strings.Builder
	depth := 0
	prev := ' '
	for i, r := range s {
		if r == '~' && isWordRune(prev) {
			if next, _ := utf8.DecodeRuneInString(s[i+1:]); isWordRune(next) {
				r = ' '
			}
		}
		prev = r
		switch r {
		case '(', '[', '<', '{':
			depth++
			continue
		case ')', ']', '>', '}':
			depth = max(0, depth-1)
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	var words []string
	for _, w := range strings.Fields(b.String()) {
		if strings.TrimRight(w, "0123456789.") == "" { // "1." or "2"
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// isWordRune reports whether r is a letter or a mark.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// dictdNumber decodes dictd's base64 numbers (most significant digit
// first), and reports whether s is one.
func dictdNumber(s []byte) (int64, bool) {
	if len(s) == 0 || len(s) > 10 {
		return 0, false
	}
	var v int64
	for _, c := range s {
		var d byte // the digit of c in A-Z a-z 0-9 + /
		switch {
		case 'A' <= c && c <= 'Z':
			d = c - 'A'
		case 'a' <= c && c <= 'z':
			d = c - 'a' + 26
		case '0' <= c && c <= '9':
			d = c - '0' + 52
		case c == '+':
			d = 62
		case c == '/':
			d = 63
		default:
			return 0, false
		}
		v = v*64 + int64(d)
	}
	return v, true
}
