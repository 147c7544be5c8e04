package align

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Japanese-English dictionaries. Debian's dict-freedict-jpn-eng (from
// JMdict) is a dictd database whose headwords are Japanese words: kanji
// forms (研究), kana readings (けんきゅう) and katakana loans. Japanese,
// like Chinese, is written without spaces, and the tokenizer sees one
// character at a time, so a word such as 研究 ("study") is never looked up
// as a word. A dictd database whose headwords are mostly Japanese is read
// as Chinese dictionaries are (cedict.go): its headwords become the words
// of a longest match over runs of Japanese characters (jaMatch), each word
// found is looked up whole, and its glosses are kept as CC-CEDICT's senses
// are (the content words of short senses, by their English base form), so
// that the English side meets them through latinDictWord. Which side is
// Japanese is told by japaneseScript, and the dictionary is never reversed:
// it is read from its Japanese side, source or target.
//
// Only headwords holding a kanji or a katakana letter are kept: a word in
// hiragana alone is a particle, an ending or a word usually written in
// kanji, and JMdict lists several for most (した is "below", "tongue" and
// "reed"; the text's した is the past of する). Verbs and adjectives are
// written with kana endings that inflect (食べる, 食べた; 書く, 書いた;
// 高い, 高く), so the stems their inflected forms begin with (食べ; 書か,
// 書き, 書け, 書こ, 書い; 高く, 高か, 高け, 高さ) are headwords too, with the
// glosses of the dictionary form, and the endings after them are left
// aside.

// maxJaWord is the longest Japanese word (in characters) the longest match
// tries: longer headwords are set phrases that rarely recur as written.
const maxJaWord = 8

// jaSample is how many index headwords jmdictIndex reads to tell a
// Japanese dictionary.
const jaSample = 2000

// jaSniffBytes is how much of a dictd index readDictdJaFiles reads to
// tell a Japanese dictionary (jmdictIndex): jaSample lines and more.
const jaSniffBytes = 128 << 10

// maxDictdEntry is the longest dictd entry readDictdJa reads: JMdict's
// longest are a few KB, and a length past it is a broken index.
const maxDictdEntry = 1 << 20

// readDictdJaFiles reads the dictd database base.index (open as index)
// with base.dict.dz or base.dict as a Japanese-English dictionary
// (readDictdJa) when the start of its index says it is one
// (jmdictIndex), and reports whether it did; otherwise it leaves index
// at its start for ReadDictd. With keep (nil: every entry) it reads only
// the entries of the headwords keep accepts (jaPart.keep), inflating only
// the dictzip chunks that hold them when base.dict.dz is a dictzip file
// (dictzip.go). Otherwise the entries are read from the compressed
// stream in the order of their offsets, never held all at once: JMdict's
// are 44 MB, which readDictdFiles would hold (a peak RSS of 145 MB for
// `bitext align` of one short ja-en pair, against 78 MB so).
func (l *Lexicon) readDictdJaFiles(base string, index *os.File, keep func(head []byte) bool) (bool, error) {
	head := make([]byte, jaSniffBytes)
	n, err := io.ReadFull(index, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return false, &DictFileError{base + ".index", err}
	}
	if !jmdictIndex(head[:n]) {
		_, err := index.Seek(0, io.SeekStart)
		return false, err
	}
	idx, err := readRest(index, head[:n])
	if err != nil {
		return true, &DictFileError{base + ".index", err}
	}
	name := base + ".dict.dz"
	f, err := os.Open(name)
	if err != nil {
		name = base + ".dict"
		if f, err = os.Open(name); err != nil {
			return true, err
		}
	}
	defer f.Close()
	var z *dictzip
	if keep != nil && strings.HasSuffix(name, ".dz") {
		if z, err = openDictzipFile(f, name); err != nil {
			return true, err
		}
	}
	var get jaEntries
	if z != nil {
		get = jaEntries{size: z.size, read: z.entry}
	} else {
		var r io.Reader = f
		if strings.HasSuffix(name, ".dz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				return true, &DictFileError{name, gzipCut(err)}
			}
			r = zr
		}
		get = streamEntries(r)
	}
	if err := l.readDictdJa(idx, get, keep); err != nil {
		var de *DictError
		if errors.As(err, &de) {
			return true, &DictFileError{base + ".index", err}
		}
		return true, &DictFileError{name, err}
	}
	return true, nil
}

// readRest returns head, the start of f, and the rest of f after it,
// read into one buffer made to f's size (io.ReadAll would double its
// buffer up to it: freedict-jpn-eng's index is 9 MB).
func readRest(f *os.File, head []byte) ([]byte, error) {
	buf := head
	if st, err := f.Stat(); err == nil && st.Size() > int64(len(head)) && st.Size() <= maxGzipHint {
		buf = make([]byte, len(head), st.Size()+bytes.MinRead)
		copy(buf, head)
	}
	b := bytes.NewBuffer(buf)
	_, err := b.ReadFrom(f)
	return b.Bytes(), err
}

// jaEntries reads a dictd database's entries for readDictdJa: read
// returns the n bytes of the uncompressed data at off, asked in the
// order of their offsets, never overlapping; size is the data's size, or
// -1 when not known before it is read (a stream).
type jaEntries struct {
	size int64
	read func(off, n int64) ([]byte, error)
}

// streamEntries reads entries from r, the uncompressed data as a stream:
// each read skips to its offset.
func streamEntries(r io.Reader) jaEntries {
	var (
		pos int64
		buf []byte
	)
	return jaEntries{size: -1, read: func(off, n int64) ([]byte, error) {
		if _, err := io.CopyN(io.Discard, r, off-pos); err != nil {
			return nil, err
		}
		buf = slices.Grow(buf[:0], int(n))[:n]
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, err
		}
		pos = off + n
		return buf, nil
	}}
}

// jmdictIndex reports whether most of the first jaSample headwords of a
// dictd index (its own "00database" entries aside) are Japanese: written
// in kanji and kana, with some kana among them (a Chinese dictionary has
// none).
func jmdictIndex(idx []byte) bool {
	n, ja, kana := 0, 0, 0
	for line := range bytes.Lines(idx) {
		head, _, _ := bytes.Cut(line, []byte{'\t'})
		if dictdMeta(head) || len(head) == 0 {
			continue
		}
		if n++; n > jaSample {
			break
		}
		j, k := true, false
		for _, r := range string(head) {
			switch {
			case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
				k = true
			case !jaLetter(r):
				j = false
			}
		}
		if j {
			ja++
		}
		if k {
			kana++
		}
	}
	return n > 0 && 2*ja > n && kana > 0
}

// jaLetter reports whether r is written in Japanese words: a kanji, a
// kana letter, the iteration mark 々 or the long-vowel mark ー.
func jaLetter(r rune) bool {
	return r == 'ー' || unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// jaLookedUp reports whether the Japanese word w is looked up in the
// dictionary: it holds a kanji or a katakana letter (a word in hiragana
// alone is mostly a particle or an ending).
func jaLookedUp(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool {
		return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r)
	})
}

// readDictdJa reads a Japanese-English dictd database (JMdict as FreeDict
// writes it): each headword the index lists that holds a kanji or a
// katakana letter, of at most maxJaWord characters, in an entry marked
// as a common word (jaCommon), is linked to the
// English base forms of the content words of its entry's short glosses
// (senseWords, senseBase), and so are the stems of its inflected forms
// (jaInflected). An entry is "forms line", then part-of-speech lines in
// brackets, gloss lines ("study, research, investigation"), numbered
// senses ("2. to lose (e.g. a match), to forfeit") and notes. With keep
// (nil: all) only the headwords keep accepts are read; the entries the
// others alone point to are passed over unread, but as the whole is read
// (an entry overlapping the one before is left out, one past the end of
// data is an error), so that the part holds what the whole holds of them.
//
// The entries are read with get, in the order of their offsets; an index
// line whose entry lies past the end of the data is a *DictError naming
// it, an error reading the data is returned as it is.
func (l *Lexicon) readDictdJa(idx []byte, get jaEntries, keep func(head []byte) bool) error {
	l.han = &hanLex{words: make(map[string]bool), ja: true}
	l.han.keyed = true
	l.han.once.Do(func() {}) // keyed by Japanese words, not counted
	refs, err := jaIndexRefs(idx, get.size, keep)
	if err != nil {
		return err
	}
	return l.addJaEntries(refs, get)
}

// jaRef is an index line readDictdJa reads: its entry's offset and size,
// the line's number, and its headword, "" when keep refuses it (the line
// still places its entry, as the whole reads it).
type jaRef struct {
	off, n int64
	line   int
	head   string
}

// jaIndexRefs returns the lines of the dictd index idx that readDictdJa
// reads, in the order of their entries' offsets (stable), for data of
// size bytes (-1: not known). A part (keep set) of a database whose
// entries neither overlap nor lie past the end of its data (cleanSpans)
// needs only its own headwords' lines; else every headword's line is,
// as the whole reads it, for the part to leave out what the whole does.
func jaIndexRefs(idx []byte, size int64, keep func(head []byte) bool) ([]jaRef, error) {
	var refs []jaRef
	clean := false
	if keep != nil && size >= 0 {
		var err error
		if refs, clean, err = jaPartRefs(idx, size, keep); err != nil {
			return nil, err
		}
	}
	if !clean {
		refs = refs[:0]
		err := eachDictdLine(idx, func(h []byte, off, n int64, line int) {
			if !jaHead(string(h)) {
				return
			}
			head := ""
			if keep == nil || keep(h) {
				head = string(h)
			}
			refs = append(refs, jaRef{off, n, line, head})
		})
		if err != nil {
			return nil, err
		}
	}
	slices.SortStableFunc(refs, func(a, b jaRef) int { return cmp.Compare(a.off, b.off) })
	return refs, nil
}

// jaPartRefs returns the lines of idx whose headwords keep accepts and
// readDictdJa reads (jaHead), and whether the entries of all its lines
// are clean (cleanSpans) in data of size bytes: when they are, so are
// these lines'.
func jaPartRefs(idx []byte, size int64, keep func(head []byte) bool) (refs []jaRef, clean bool, err error) {
	spans := make([]uint64, 0, bytes.Count(idx, []byte{'\n'})+1) // each entry's offset<<spanBits | size
	err = eachDictdLine(idx, func(h []byte, off, n int64, line int) {
		spans = append(spans, uint64(off)<<spanBits|uint64(n))
		if off >= 1<<(64-spanBits) {
			spans = append(spans, 1<<64-1) // no entry lies there: not clean
		}
		if keep(h) && jaHead(string(h)) {
			refs = append(refs, jaRef{off, n, line, string(h)})
		}
	})
	if err != nil {
		return nil, false, err
	}
	return refs, cleanSpans(spans, size), nil
}

// eachDictdLine calls f with the headword, entry offset and size, and
// number of each line of the dictd index idx for readDictdJa, its own
// "00database" lines aside; a line that is not
// "headword<TAB>offset<TAB>length" (more fields ignored), or names an
// entry longer than maxDictdEntry, stops it with a *DictError.
func eachDictdLine(idx []byte, f func(head []byte, off, n int64, line int)) error {
	line := 0
	for ln := range bytes.Lines(idx) {
		line++
		h, off, size, meta, err := dictdLine(bytes.TrimRight(ln, "\r\n"), line)
		if err != nil {
			return err
		}
		if meta {
			continue
		}
		if size > maxDictdEntry {
			return &DictError{line, fmt.Sprintf("an entry of %d bytes (at most %d)", size, maxDictdEntry)}
		}
		f(h, off, size, line)
	}
	return nil
}

// dictdLine reads b, line number line of a dictd index (its line end
// cut): "headword<TAB>offset<TAB>length", more fields ignored. It
// returns the headword and its entry's offset and length, or meta for
// one of the database's own lines (dictdMeta), whose numbers are not
// read; a line not so is a *DictError.
func dictdLine(b []byte, line int) (head []byte, off, n int64, meta bool, err error) {
	head, rest, ok1 := bytes.Cut(b, []byte{'\t'})
	o, nb, ok2 := bytes.Cut(rest, []byte{'\t'})
	if nb, _, _ = bytes.Cut(nb, []byte{'\t'}); !ok1 || !ok2 {
		return nil, 0, 0, false, &DictError{line, "want headword<TAB>offset<TAB>length"}
	}
	if dictdMeta(head) {
		return head, 0, 0, true, nil
	}
	off, ok1 = dictdNumber(o)
	n, ok2 = dictdNumber(nb)
	if !ok1 || !ok2 {
		return nil, 0, 0, false, &DictError{line, "bad base64 offset or length"}
	}
	return head, off, n, false, nil
}

// dictdMeta reports whether head is the headword of one of a dictd
// database's own entries (00databaseinfo, 00-database-url...).
func dictdMeta(head []byte) bool {
	return bytes.HasPrefix(head, []byte("00database")) || bytes.HasPrefix(head, []byte("00-database"))
}

// addJaEntries reads the entries of refs (in the order of their offsets)
// with get and links each headword to its entry's glosses (addJaHead).
// An entry several lines name is read once, for the first line with a
// headword, and placed by the first line naming it (its size, its line
// in errors); a line whose entry overlaps the entry before is left out
// (a broken index), one past the end of the data is a *DictError.
func (l *Lexicon) addJaEntries(refs []jaRef, get jaEntries) error {
	bases := make(map[string]string) // senseBase of each gloss word met
	var (
		pos   int64 // end of the last entry
		at    = jaRef{off: -1}
		read  bool     // whether it was read
		words []string // its glosses
		parts string   // its part-of-speech lines
	)
	for _, r := range refs {
		if r.off != at.off {
			if r.off < pos { // overlaps the entry before: a broken index
				continue
			}
			if get.size >= 0 && r.off+r.n > get.size {
				return &DictError{r.line, "entry past the end of the dict data"}
			}
			pos, at, read = r.off+r.n, r, false
			words, parts = nil, ""
		}
		if r.head == "" {
			continue
		}
		if !read {
			read = true
			buf, err := get.read(at.off, at.n)
			if err != nil {
				return pastEnd(at.line, err)
			}
			words, parts = jaEntryGlosses(buf, bases)
		}
		l.addJaHead(r.head, parts, words)
	}
	return nil
}

// jaEntryGlosses returns the English base forms of the glosses of a
// JMdict entry marked as a common word (none for another: jaCommon) and
// its part-of-speech lines (jaGlosses), bases holding the base form of
// each gloss word met before.
func jaEntryGlosses(entry []byte, bases map[string]string) (words []string, parts string) {
	if !jaCommon(entry) {
		return nil, ""
	}
	words, parts = jaGlosses(entry)
	for i, w := range words {
		b, ok := bases[w]
		if !ok {
			b = senseBase(w)
			bases[w] = b
		}
		words[i] = b
	}
	return words, parts
}

// addJaHead links the headword head and the stems of its inflected
// forms by its entry's part-of-speech lines parts (jaInflected) to the
// English words of its entry, and makes those of two characters or more
// words of the longest match; a headword whose entry has no words is
// left out.
func (l *Lexicon) addJaHead(head, parts string, words []string) {
	if len(words) == 0 {
		return
	}
	for _, f := range append([]string{head}, jaInflected(head, parts)...) {
		if utf8.RuneCountInString(f) >= 2 {
			l.han.words[f] = true
		}
		for _, w := range words {
			if w != "" {
				l.addJa(f, w)
			}
		}
	}
}

// spanBits is the bits of an entry's size in readDictdJa's spans: sizes
// are at most maxDictdEntry.
const spanBits = 21

// cleanSpans sorts spans (an entry's offset<<spanBits | size each) and
// reports whether no entry overlaps another or ends past size, entries
// at the same offset being of the same size.
func cleanSpans(spans []uint64, size int64) bool {
	slices.Sort(spans)
	const mask = 1<<spanBits - 1
	prev := uint64(0)
	for i, s := range spans {
		off, n := s>>spanBits, s&mask
		if int64(off+n) > size || int64(off) < 0 {
			return false
		}
		if i > 0 {
			po, pn := prev>>spanBits, prev&mask
			if off == po && n != pn || off != po && po+pn > off {
				return false
			}
		}
		prev = s
	}
	return true
}

// pastEnd is the error of index line line, whose entry could not be read
// from the data: a *DictError when the data ends before it, else err.
func pastEnd(line int, err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return &DictError{line, "entry past the end of the dict data"}
	}
	return err
}

// jaHead reports whether head is a headword readDictdJa keeps: Japanese
// letters only, at most maxJaWord of them, a kanji or katakana among them.
func jaHead(head string) bool {
	n := 0
	for _, r := range head {
		if !jaLetter(r) {
			return false
		}
		n++
	}
	return n > 0 && n <= maxJaWord && jaLookedUp(head)
}

// addJa links the Japanese word h (as written: the longest match finds it
// so) to the English stem t.
func (l *Lexicon) addJa(h, t string) {
	for _, x := range l.m[h] {
		if x == t {
			return
		}
	}
	l.m[h] = append(l.m[h], t)
	l.n++
}

// jaGlosses returns the content words of the short glosses of a JMdict
// entry (its first line, the forms, left out) and its part-of-speech
// lines, joined.
func jaGlosses(entry []byte) (words []string, pos string) {
	_, body, ok := bytes.Cut(entry, []byte{'\n'})
	if !ok {
		return nil, ""
	}
	var ps strings.Builder
	for ln := range strings.Lines(string(body)) {
		ln = strings.TrimSpace(ln)
		ln, _ = cutSenseNumber(ln)
		if strings.HasPrefix(ln, "(") {
			ps.WriteString(ln)
		}
		if strings.HasPrefix(ln, "Note:") {
			continue
		}
		ln = cleanDictdItem(ln) // notes in brackets, cross-references in braces
		for item := range strings.FieldsFuncSeq(ln, func(r rune) bool { return r == ',' || r == ';' }) {
			words = append(words, senseWords(item)...)
		}
	}
	return words, ps.String()
}

// godanRows maps the final kana of a Godan verb to the kana its inflected
// stems end in: the a, i, e and o rows and the sound the past (-た, -て)
// is made with (書く: 書か, 書き, 書け, 書こ, 書い).
var godanRows = map[rune]string{
	'う': "わいえおっ", 'く': "かきけこい", 'ぐ': "がぎげごい", 'す': "さしせそ",
	'つ': "たちてとっ", 'ぬ': "なにねのん", 'ぶ': "ばびべぼん", 'む': "まみめもん",
	'る': "らりれろっ",
}

// jaInflected returns the stems of the inflected forms of the headword
// head, a verb or adjective in kanji with a kana ending, by its entry's
// parts of speech pos: an Ichidan verb without its る (食べる: 食べ), a Godan
// verb with its last kana in each row (godanRows), an adjective's い turned
// to く, か, け, さ (高い: 高く, 高か). A headword without a kanji, or none
// of these, has none.
func jaInflected(head, pos string) []string {
	if !strings.ContainsFunc(head, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return nil
	}
	last, size := utf8.DecodeLastRuneInString(head)
	stem := head[:len(head)-size]
	if stem == "" {
		return nil
	}
	var out []string
	if last == 'る' && strings.Contains(pos, "Ichidan verb") {
		out = append(out, stem)
	}
	if rows, ok := godanRows[last]; ok && strings.Contains(pos, "Godan verb") {
		for _, r := range rows {
			out = append(out, stem+string(r))
		}
	}
	if last == 'い' && strings.Contains(pos, "adjective (keiyoushi)") {
		for _, r := range "くかけさ" {
			out = append(out, stem+string(r))
		}
	}
	return out
}

// jaMatch calls f with the pieces of s in order: each run of Japanese
// letters (jaLetter) cut by forward maximal matching (at each place the
// longest of words' headwords, at most maxJaWord characters, or one
// character), with han true for a piece the dictionary is asked about
// (jaLookedUp), and everything else, the rest of the text and pieces in
// hiragana alone, with han false.
func jaMatch(s string, words *hanLex, f func(piece string, han bool)) {
	last := 0 // end of what f has seen
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !jaLetter(r) {
			i += size
			continue
		}
		// ends[k] is the end of k Japanese letters from i.
		var ends [maxJaWord + 1]int
		ends[1] = i + size
		n := 1
		for n < maxJaWord {
			r, size := utf8.DecodeRuneInString(s[ends[n]:])
			if size == 0 || !jaLetter(r) {
				break
			}
			ends[n+1] = ends[n] + size
			n++
		}
		k := n
		for ; k > 1 && !words.has(s[i:ends[k]]); k-- {
		}
		w := s[i:ends[k]]
		if jaLookedUp(w) {
			if last < i {
				f(s[last:i], false)
			}
			f(w, true)
			last = ends[k]
		}
		i = ends[k]
	}
	if last < len(s) {
		f(s[last:], false)
	}
}

// script reports whether most letters of sents are in the script of h's
// headwords: Han (hanScript) for a Chinese dictionary, kanji and kana
// (japaneseScript) for a Japanese one.
func (h *hanLex) script(sents []string) bool {
	if h.ja {
		return japaneseScript(sents)
	}
	return hanScript(sents)
}

// jaCommon reports whether a JMdict entry is marked as a common word: its
// forms line carries a priority tag ([news1], [ichi1], [spec1], [gai1] and
// their second levels). The common entries (205,000 word pairs, against
// 629,000 from all 173,000 entries) serve as well as all of them: on the
// news development set, ja-en edited 0.869 with them, 0.866 with all,
// en-ja 0.919 both, at half the cpu of reading the dictionary (0.65 s
// against 1.35 s; peak RSS 158 MB against 245 MB when the whole data was
// held, before readDictdJaFiles streamed it).
func jaCommon(entry []byte) bool {
	first, _, _ := bytes.Cut(entry, []byte{'\n'})
	for _, tag := range []string{"[news", "[ichi", "[spec", "[gai"} {
		if bytes.Contains(first, []byte(tag)) {
			return true
		}
	}
	return false
}

// maxGzipHint is the largest uncompressed size readGzipSized believes a
// gzip trailer about.
const maxGzipHint = 1 << 30

// readGzipSized reads all of zr, the gzip stream of the file f, into a
// buffer made to the size the stream's trailer gives (ISIZE, the size mod
// 2^32, read once the start of the stream is read), where io.ReadAll
// would double its buffer up to it: Debian's freedict-jpn-eng.dict.dz is
// 44 MB uncompressed, and reading it so peaked at 64 MB more.
func readGzipSized(f *os.File, zr io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	if st, err := f.Stat(); err == nil && st.Size() >= 8 {
		var tail [4]byte
		if _, err := f.ReadAt(tail[:], st.Size()-4); err == nil {
			n := int64(binary.LittleEndian.Uint32(tail[:]))
			if n > 0 && n <= maxGzipHint {
				buf.Grow(int(n) + bytes.MinRead)
			}
		}
	}
	_, err := buf.ReadFrom(zr)
	return buf.Bytes(), err
}
