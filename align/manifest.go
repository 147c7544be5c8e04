package align

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/textio"
)

// BatchFiles names the two files of one pair of a batch, with their
// languages.
type BatchFiles struct {
	Src, Tgt         string
	SrcLang, TgtLang language.Tag
	// Where is the pair's place for messages: "MANIFEST:LINE" from
	// ReadManifest, the source file from MatchFolders.
	Where string
}

// A ManifestError is a malformed line of a batch manifest.
type ManifestError struct {
	Name string // the manifest
	Line int    // 1-based
	Msg  string
}

func (e *ManifestError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Name, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
}

// BadInput marks the error as being about the input (exit 2).
func (e *ManifestError) BadInput() bool { return true }

// OpenManifest opens the batch manifest name ("-": stdin) as
// textio.OpenInput does; a folder is a *ManifestError saying that it is
// no manifest (`align --batch en en`, one folder twice, said "read en: is
// a directory", which left the user to guess what --batch wanted).
func OpenManifest(name string, stdin io.Reader) (io.ReadCloser, error) {
	if st, err := os.Stat(name); err == nil && st.IsDir() && name != "-" {
		return nil, &ManifestError{Name: name, Msg: "a folder, not a manifest (a file of SRC<TAB>TGT lines); two folders to align must be two different folders"}
	}
	return textio.OpenInput(name, stdin)
}

// maxManifestLine bounds a manifest's line: two paths and two languages.
const maxManifestLine = 64 << 10

// ReadManifest reads a batch manifest named name from r: one pair a
// line, SRC<TAB>TGT, or SRC<TAB>TGT<TAB>SRC_LANG<TAB>TGT_LANG; empty
// lines and lines starting with # are skipped. Relative paths are taken
// relative to the manifest's folder. A pair's languages are the line's,
// else srcLang and tgtLang unless language.Und, else from the file names
// (story.en.txt). A malformed line, a line naming a file that is not there
// (or a folder), a line longer than 64 KiB (a file that is no manifest)
// and a manifest without a pair (empty, or comments only: a batch that
// would do nothing and say nothing) are a *ManifestError. A byte order
// mark starting the manifest is skipped. A pair listed twice (the same
// two files) is an error naming both lines: aligned and stored twice it
// said "24 pairs (12 new)", and the second line is as likely a pasted line
// whose other file was meant. A first pair line whose two files are not
// there and whose fields read as column names (source, target) is said to
// look like a header, with how to skip it.
func ReadManifest(r io.Reader, name string, srcLang, tgtLang language.Tag) ([]BatchFiles, error) {
	var out []BatchFiles
	seen := map[[2]string]int{} // the pair's files -> the line that listed them first
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, maxManifestLine)
	n := 1
	for ; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			// A manifest saved as "UTF-8 with BOM" (a spreadsheet,
			// Notepad) starts with U+FEFF, which is no part of the
			// first source path.
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols, msg := manifestColumns(line, len(out) == 0, filepath.Dir(name))
		var f BatchFiles
		if msg == "" {
			f, msg = manifestPair(cols, name, n, srcLang, tgtLang)
		}
		if msg != "" {
			return nil, manifestLineErr(sc, name, n, msg)
		}
		key := [2]string{filepath.Clean(f.Src), filepath.Clean(f.Tgt)}
		if first, ok := seen[key]; ok {
			return nil, manifestLineErr(sc, name, n, fmt.Sprintf("the pair %s and %s is listed twice (lines %d and %d): delete one of the lines", f.Src, f.Tgt, first, n))
		}
		seen[key] = n
		out = append(out, f)
	}
	switch err := sc.Err(); {
	case errors.Is(err, bufio.ErrTooLong):
		return nil, &ManifestError{Name: name, Line: n, Msg: "a line longer than 64 KiB (not a manifest?)"}
	case err != nil:
		return nil, err
	case len(out) == 0:
		return nil, &ManifestError{Name: name, Msg: "no pairs to align: the manifest is empty or holds only comments and blank lines"}
	}
	return out, nil
}

// manifestLineErr is the error of line n of the manifest name, which
// sc has just read, with what is wrong with it, msg: a *ManifestError,
// but for a line cut short by a read error (r's NUL byte or invalid
// UTF-8 in it), which reaches ReadManifest as the scanner's last line:
// the read error says what is wrong with it ("found 1 column" of a NUL
// byte after the first path did not).
func manifestLineErr(sc *bufio.Scanner, name string, n int, msg string) error {
	if !sc.Scan() && sc.Err() != nil && !errors.Is(sc.Err(), bufio.ErrTooLong) {
		return sc.Err()
	}
	return &ManifestError{Name: name, Line: n, Msg: msg}
}

// manifestColumns returns the tab-separated columns of a manifest's
// line, two or four, or what is wrong with it (msg): another number of
// columns (spaces for tabs said), or, for the first pair line (first),
// column names for a header (looksLikeHeader, its files looked for in
// dir).
func manifestColumns(line string, first bool, dir string) (cols []string, msg string) {
	cols = strings.Split(line, "\t")
	if len(cols) != 2 && len(cols) != 4 {
		hint := ""
		if n := len(strings.Fields(line)); len(cols) == 1 && (n == 2 || n == 4) {
			hint = " (columns are separated by tabs, not spaces)"
		}
		return nil, fmt.Sprintf("want SRC<TAB>TGT or SRC<TAB>TGT<TAB>SRC_LANG<TAB>TGT_LANG, found %s%s", textio.Count(len(cols), "column", "columns"), hint)
	}
	if first && looksLikeHeader(cols, dir) {
		return nil, fmt.Sprintf("%q looks like a header line (column names), not a pair of files: delete it, or start it with # to make it a comment", strings.Join(cols, "\t"))
	}
	return cols, ""
}

// manifestPair returns the pair of files that cols, the columns of line
// n of the manifest name, list: its paths relative to the manifest's
// folder, its languages the line's, else srcLang and tgtLang unless
// language.Und, else from the file names; or what is wrong with the
// line (msg): an empty path or a bad language, a file that is not
// there, the manifest itself, a language neither given nor in a name.
func manifestPair(cols []string, name string, n int, srcLang, tgtLang language.Tag) (f BatchFiles, msg string) {
	f = BatchFiles{Src: cols[0], Tgt: cols[1], SrcLang: srcLang, TgtLang: tgtLang, Where: fmt.Sprintf("%s:%d", name, n)}
	for i, c := range []*string{&f.Src, &f.Tgt} {
		if *c == "" {
			return f, fmt.Sprintf("column %d: empty path", i+1)
		}
		if !filepath.IsAbs(*c) {
			*c = filepath.Join(filepath.Dir(name), *c)
		}
	}
	if len(cols) == 4 {
		for i, l := range []*language.Tag{&f.SrcLang, &f.TgtLang} {
			t, err := textio.ParseLang(cols[2+i])
			if err == nil {
				err = textio.NoTextLang(t)
			}
			if err != nil {
				return f, fmt.Sprintf("column %d: %v", 3+i, err)
			}
			*l = t
		}
	}
	// A file that is not there stops the batch before it starts,
	// not after the pairs before it were aligned and stored; it is
	// named before a language its name lacks, which renaming a file
	// that is not there would not give.
	if err := textio.CheckFiles([]string{f.Src, f.Tgt}); err != nil {
		return f, fmt.Sprintf("%v", err)
	}
	// The manifest as a pair's file was aligned as a text, exit 0.
	if self, ok := textio.SameFile(name, f.Src, f.Tgt); ok && name != "-" {
		return f, fmt.Sprintf("%s is this manifest: a line names the two files of a pair to align", self)
	}
	return f, f.langsFromNames()
}

// looksLikeHeader reports whether a manifest line's columns read as column
// names rather than a pair: its first two fields both name no file in dir
// (nor as given) and are words without a dot or a path separator
// ("source", "Target file", "src_lang"), as a spreadsheet's first row.
func looksLikeHeader(cols []string, dir string) bool {
	for _, c := range cols[:2] {
		if c == "" || strings.ContainsAny(c, "./\\") {
			return false
		}
		for _, r := range c {
			if !unicode.IsLetter(r) && r != ' ' && r != '_' && r != '-' {
				return false
			}
		}
		if _, err := os.Stat(filepath.Join(dir, c)); err == nil {
			return false
		}
		if _, err := os.Stat(c); err == nil {
			return false
		}
	}
	return true
}

// MatchFolders pairs each file of srcDir (or symbolic link to a file) with
// the file of the same name in tgtDir, else with the file whose name is
// its name in another language (story.en.txt with story.fr.txt: see
// langTwin), and so in the folders inside them (en/2024/a.txt with
// fr/2024/a.txt; hidden ones, such as .git, and links to folders left
// out), in name order; unmatched says, one worded line each, which files
// of srcDir have none ("PATH: nothing of that name ... in TGTDIR;
// skipped") and which entries are no file to align ("warning: PATH: a
// named pipe (FIFO), not a file to align; skipped": a FIFO, a link to a
// folder or to nothing, a loop of links). Languages are srcLang and tgtLang unless language.Und, else from
// the file names; a file without one is an error.
func MatchFolders(srcDir, tgtDir string, srcLang, tgtLang language.Tag) (pairs []BatchFiles, unmatched []string, err error) {
	if _, err := os.ReadDir(srcDir); err != nil {
		return nil, nil, err
	}
	// A target that is no folder (a file, a typo) is said as such, not
	// as each source file "unmatched" and then no pairs.
	if _, err := os.ReadDir(tgtDir); err != nil {
		return nil, nil, err
	}
	m := folderMatch{srcLang: srcLang, tgtLang: tgtLang}
	if err := m.match(srcDir, tgtDir); err != nil {
		return nil, nil, err
	}
	if len(m.pairs) == 0 {
		return nil, m.unmatched, fmt.Errorf("no pairs to align: no file of %s has a file of the same name (or of its name in another language) in %s", srcDir, tgtDir)
	}
	return m.pairs, m.unmatched, nil
}

// folderMatch is what MatchFolders has found so far.
type folderMatch struct {
	srcLang, tgtLang language.Tag
	pairs            []BatchFiles
	unmatched        []string
}

// match pairs the files of srcDir with those of tgtDir, and the files of
// the folders inside srcDir with those of tgtDir's folders of the same
// names. A folder inside was left out without a word: an archive kept by
// year paired only the files at its top.
func (m *folderMatch) match(srcDir, tgtDir string) error {
	entries, err := os.ReadDir(srcDir)
	if err != nil {
		return err
	}
	targets, _ := os.ReadDir(tgtDir) // none: every file of srcDir is unmatched
	for _, e := range entries {
		src := filepath.Join(srcDir, e.Name())
		if e.IsDir() {
			if !strings.HasPrefix(e.Name(), ".") {
				if err := m.match(src, filepath.Join(tgtDir, e.Name())); err != nil {
					return err
				}
			}
			continue
		}
		if why := notAFile(src, e); why != "" { // was skipped without a word
			m.unmatched = append(m.unmatched, fmt.Sprintf("warning: %s: %s, not a file to align; skipped", src, why))
			continue
		}
		f := BatchFiles{Src: src, Tgt: filepath.Join(tgtDir, e.Name()), SrcLang: m.srcLang, TgtLang: m.tgtLang}
		f.Where = f.Src
		if st, err := os.Stat(f.Tgt); err != nil || st.IsDir() {
			twin := langTwin(e.Name(), targets, m.srcLang, m.tgtLang)
			if twin == "" {
				m.unmatched = append(m.unmatched, fmt.Sprintf("%s: nothing of that name (or of its name in another language) in %s; skipped", f.Src, tgtDir))
				continue
			}
			f.Tgt = filepath.Join(tgtDir, twin)
		}
		if msg := f.langsFromNames(); msg != "" {
			return fmt.Errorf("%s", msg)
		}
		m.pairs = append(m.pairs, f)
	}
	return nil
}

// langTwin returns the name among targets that is name with its language
// part another language: en/story.en.txt's fr/story.fr.txt, the way align
// reads languages from names. With tgtLang given (not language.Und) the
// part must be that language (nameIsLang); without, the name must be the
// only one. With srcLang given, name's part must be srcLang (notes.de.txt
// among English files is no English story). "" when no
// name, or more than one, fits, or name has no language part. Folders of
// files named by their language paired nothing, and without --src and
// --tgt a file paired with one of its own name could not have two
// languages.
func langTwin(name string, targets []fs.DirEntry, srcLang, tgtLang language.Tag) string {
	parts := strings.Split(name, ".")
	at, nameLang := textio.LangPart(parts)
	if at < 0 || srcLang != language.Und && !nameIsLang(nameLang, srcLang) {
		return ""
	}
	var found []string
	for _, e := range targets {
		q := strings.Split(e.Name(), ".")
		if len(q) != len(parts) || e.IsDir() || !slices.Equal(q[:at], parts[:at]) || !slices.Equal(q[at+1:], parts[at+1:]) {
			continue
		}
		i, t := textio.LangPart(q)
		if i != at || t == nameLang || tgtLang != language.Und && !nameIsLang(t, tgtLang) {
			continue
		}
		found = append(found, e.Name())
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// nameIsLang reports whether a name's language a is the language b asked
// for: the same language subtag, and the same tag when both are more.
func nameIsLang(a, b language.Tag) bool {
	ba, _ := a.Base()
	bb, _ := b.Base()
	if ba != bb {
		return false
	}
	if a.String() == ba.String() || b.String() == bb.String() {
		return true
	}
	return a == b
}

// linksToFile reports whether the folder entry e, at path, is a symbolic
// link to a regular file (a corpus linked into a working folder), which
// pairs as the file does; a link to a folder or to nothing does not.
// notAFile says why the entry e at path is no file to align ("" when it
// is one, or a link to one): a named pipe, a device or socket, a link
// to a folder, a link to nothing or a loop of links.
func notAFile(path string, e fs.DirEntry) string {
	switch t := e.Type(); {
	case t.IsRegular(), linksToFile(path, e):
		return ""
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case t&fs.ModeSymlink == 0:
		return "a device or socket"
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return "a symbolic link to a folder (not followed)"
	} else if err != nil {
		return fmt.Sprintf("a symbolic link that leads to no file (%v)", errors.Unwrap(err))
	}
	return "a symbolic link to a named pipe, device or socket"
}

func linksToFile(path string, e fs.DirEntry) bool {
	if e.Type()&fs.ModeSymlink == 0 {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// langsFromNames fills in the languages still unknown from the file
// names, or says which one it cannot.
func (f *BatchFiles) langsFromNames() string {
	for _, x := range []struct {
		lang *language.Tag
		name string
	}{{&f.SrcLang, f.Src}, {&f.TgtLang, f.Tgt}} {
		if *x.lang != language.Und {
			continue
		}
		t, ok := textio.LangFromName(x.name)
		if !ok {
			return fmt.Sprintf("no language for %s: give one, or name the file like story.en.txt", x.name)
		}
		*x.lang = t
	}
	return ""
}
