package textio

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/language"
)

func TestLangFromName(t *testing.T) {
	for name, want := range map[string]string{
		"story.en.txt": "en", "dir.fr/a.fr.seg.txt": "fr", "b.zh-Hans.txt": "zh-Hans", "x.pt-BR.txt": "pt-BR",
		"story.txt": "", "en.txt": "", "a.seg.txt": "", "-": "", "a.xx.txt": "",
		// The locale spelling of gettext and Java (it asked for --src).
		"c.pt_BR.txt": "pt-BR", "messages.zh_CN.seg.txt": "zh-CN", "a.seg_x.txt": "",
	} {
		got, ok := LangFromName(name)
		if (want == "") == ok || (ok && got != language.MustParse(want)) {
			t.Errorf("LangFromName(%q) = %v, %v; want %q", name, got, ok, want)
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.txt")
	os.WriteFile(name, []byte("old"), 0o600)
	boom := errors.New("boom")
	if err := WriteFile(name, 0o644, func(w io.Writer) error { io.WriteString(w, "half"); return boom }); !errors.Is(err, boom) {
		t.Fatalf("WriteFile with a failing writer: %v; want boom", err)
	}
	if b, _ := os.ReadFile(name); string(b) != "old" {
		t.Errorf("after a failed write the file holds %q; want the old content", b)
	}
	if err := WriteFile(name, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(name); string(b) != "new" {
		t.Errorf("after a write the file holds %q; want new", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the folder; want no temporary file left", len(entries))
	}
	for _, bad := range []string{dir, filepath.Join(dir, "missing", "x.txt")} {
		if err := WriteFile(bad, 0o644, func(io.Writer) error { return nil }); !errors.Is(err, ErrPlace) {
			t.Errorf("WriteFile(%s): %v; want ErrPlace", bad, err)
		}
	}
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.txt")
	os.WriteFile(name, []byte("text"), 0o644)
	f, err := Open(name)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	for path, want := range map[string]string{
		filepath.Join(dir, "missing.txt"): "open " + filepath.Join(dir, "missing.txt") + ": no such file",
		dir:                               "read " + dir + ": is a directory",
		name + "/x":                       "open " + name + "/x: not a directory",
	} {
		if f, err := Open(path); err == nil || err.Error() != want {
			t.Errorf("Open(%s) = %v, %v; want %q", path, f, err, want)
		}
	}
}

func TestSameFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	os.WriteFile(db, nil, 0o644)
	os.Symlink(db, filepath.Join(dir, "link.db"))
	t.Chdir(dir)
	for name, want := range map[string]string{
		db: db, "tm.db": db, "link.db": db, // the same file
		"./tm.db-wal": db + "-wal", // the same name, not there now
		"other.db":    "",
	} {
		got, ok := SameFile(name, db, db+"-wal")
		if got != want || ok != (want != "") {
			t.Errorf("SameFile(%s) = %q, %v; want %q", name, got, ok, want)
		}
	}
	// No name (standard output) is no file, and an empty path matches nothing.
	if got, ok := SameFile("", "", db); ok {
		t.Errorf(`SameFile("", "", db) = %q, true; want false`, got)
	}
	if got, ok := SameFile("other.db", ""); ok {
		t.Errorf(`SameFile("other.db", "") = %q, true; want false`, got)
	}
}

func TestIsTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) || IsTerminal(io.Discard) {
		t.Error("IsTerminal(a file or io.Discard) = true; want false")
	}
	// /dev/null is a character device, no terminal: `bitext segment <
	// /dev/null` said it read a terminal (faults43).
	if null, err := os.Open(os.DevNull); err == nil {
		defer null.Close()
		if IsTerminal(null) {
			t.Errorf("IsTerminal(%s) = true; want false", os.DevNull)
		}
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !IsTerminal(tty) {
			t.Error("IsTerminal(/dev/tty) = false; want true")
		}
	}
}

// TestAtomicFileFinish: Finish closes the temporary file (a caller replacing
// thousands of files holds no descriptor per file) and Commit still puts it
// in place; Abort after Finish leaves nothing behind.
func TestAtomicFileFinish(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("old"), 0o644)
	fa, err := CreateAtomic(a, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(fa, "new")
	if err := fa.Finish(); err != nil {
		t.Fatal(err)
	}
	if _, err := fa.Write([]byte("x")); err == nil {
		t.Error("Write after Finish: no error; want the file closed")
	}
	if got, _ := os.ReadFile(a); string(got) != "old" {
		t.Errorf("after Finish the target holds %q; want it unchanged until Commit", got)
	}
	if err := fa.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(a); string(got) != "new" {
		t.Errorf("after Commit the target holds %q; want new", got)
	}
	fb, err := CreateAtomic(b, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(fb, "draft")
	fb.Finish()
	fb.Abort()
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files after Abort; want only a.txt", len(entries))
	}
}

// WriteFile through a symbolic link writes the file it points to and keeps
// the link; a name that is no regular file (-o /dev/stdout, /dev/null, a
// named pipe) is written to as it is, never replaced by a regular file.
func TestWriteFileLinksAndStreams(t *testing.T) {
	dir := t.TempDir()
	target, link := filepath.Join(dir, "memory.tmx"), filepath.Join(dir, "link.tmx")
	os.WriteFile(target, []byte("old"), 0o644)
	os.Symlink("memory.tmx", link)
	write := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	if err := WriteFile(link, 0o644, write("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("WriteFile(link): the link was replaced (%v)", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Errorf("WriteFile(link): its target holds %q; want %q", b, "new")
	}

	fifo, stdout := filepath.Join(dir, "pipe"), filepath.Join(dir, "stdout")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	os.Symlink(fifo, stdout) // as /dev/stdout -> /proc/self/fd/1 -> a pipe
	for _, name := range []string{fifo, stdout} {
		got := make(chan string, 1)
		go func() {
			f, err := os.Open(fifo)
			if err != nil {
				got <- err.Error()
				return
			}
			b, _ := io.ReadAll(f)
			f.Close() // before the next writer opens the pipe, or it writes to this reader
			got <- string(b)
		}()
		if err := WriteFile(name, 0o644, write("streamed")); err != nil {
			t.Errorf("WriteFile(%s): %v", filepath.Base(name), err)
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
			t.Fatalf("WriteFile(%s) replaced the named pipe (%v)", filepath.Base(name), err)
		}
		select {
		case s := <-got:
			if s != "streamed" {
				t.Errorf("WriteFile(%s): the pipe's reader got %q; want %q", filepath.Base(name), s, "streamed")
			}
		case <-time.After(30 * time.Second): // only ends a hang
			t.Fatalf("WriteFile(%s): nothing came through the pipe in 30 s", filepath.Base(name))
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 4 {
		t.Errorf("WriteFile left files behind: %v", entries)
	}
}

// TestAtomicFileWriteError: a failed write to the new content (a full
// disk; here the file closed under it) names the target and says it is
// unchanged, not the temporary file beside it, through a buffer too.
func TestAtomicFileWriteError(t *testing.T) {
	target := filepath.Join(t.TempDir(), "story.txt")
	for _, write := range []func(*AtomicFile) error{
		func(a *AtomicFile) error { _, err := a.Write([]byte("x")); return err },
		func(a *AtomicFile) error { _, err := io.WriteString(a, "x"); return err },
		func(a *AtomicFile) error { _, err := io.Copy(a, strings.NewReader("x")); return err },
		func(a *AtomicFile) error {
			w := bufio.NewWriterSize(a, 16)
			w.WriteString(strings.Repeat("x", 100))
			return w.Flush()
		},
	} {
		a, err := CreateAtomic(target, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		a.File.Close()
		err = write(a)
		a.Abort()
		if err == nil || !strings.Contains(err.Error(), "write "+target+": ") || !strings.Contains(err.Error(), "unchanged") || strings.Contains(err.Error(), ".bitext-") {
			t.Errorf("a failed write: %v; want it to name %s, say it is unchanged, and not name the temporary file", err, target)
		}
	}
}

// TestStaleTempWarnings: a temporary file that a killed normalize -w left
// beside its file (".NAME.bitext-DIGITS", as large as the file) is named
// by a later run on that file when it was last written over an hour ago;
// a newer one (a run still writing it), one of another file, and a name
// that only looks like one are not, and nothing is removed.
func TestStaleTempWarnings(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * time.Hour)
	write := func(name string, mtime time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("text"), 0o644); err != nil {
			t.Fatal(err)
		}
		if !mtime.IsZero() {
			if err := os.Chtimes(p, mtime, mtime); err != nil {
				t.Fatal(err)
			}
		}
		return p
	}
	story := write("story.txt", time.Time{})
	stale := write(".story.txt.bitext-2623348751", old)
	write(".story.txt.bitext-77", time.Time{}) // being written
	write(".story.txt.bitext-12ab", old)       // not CreateAtomic's name
	write(".other.txt.bitext-2623348751", old) // another file's
	write(".story.txt.bitext-", old)           // no digits
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink("story.txt", link); err != nil {
		t.Fatal(err)
	}
	got := StaleTempWarnings([]string{story, link})
	if len(got) != 1 || !strings.HasPrefix(got[0], stale+" is a temporary file that an interrupted bitext left beside "+story+" (4 bytes, last written ") {
		t.Errorf("StaleTempWarnings = %q; want one warning naming %s", got, stale)
	}
	if _, err := os.Stat(stale); err != nil {
		t.Errorf("the stale temporary file was removed: %v", err)
	}
	if got := StaleTempWarnings([]string{filepath.Join(dir, "other.txt"), filepath.Join(dir, "missing.txt")}); len(got) != 1 {
		t.Errorf("StaleTempWarnings(other.txt, missing.txt) = %q; want other.txt's one", got)
	}
}

// TestStaleTempWarningsReadsFolderOnce: files of one folder read it once;
// before, it was read for each file, and normalize -w of 3,000 small files
// in one folder spent most of its time there.
func TestStaleTempWarningsReadsFolderOnce(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 5 {
		p := filepath.Join(dir, fmt.Sprintf("f%d.txt", i))
		if err := os.WriteFile(p, []byte("text"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	old := time.Now().Add(-2 * time.Hour)
	stale := filepath.Join(dir, ".f3.txt.bitext-42")
	if err := os.WriteFile(stale, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(stale, old, old)
	reads := 0
	defer func(f func(string) ([]string, error)) { readDir = f }(readDir)
	list := readDir
	readDir = func(d string) ([]string, error) { reads++; return list(d) }
	got := StaleTempWarnings(files)
	if reads != 1 || len(got) != 1 || !strings.HasPrefix(got[0], stale+" is a temporary file that an interrupted bitext left beside "+files[3]+" ") {
		t.Errorf("StaleTempWarnings of 5 files of one folder: %d reads of it, %q; want 1 read and the warning of %s", reads, got, stale)
	}
	// Their rewrites (normalize -w after its warnings), which look for
	// the linked files a kill left (removeLeftovers), read it no more.
	for _, f := range files {
		if err := WriteFile(f, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
			t.Fatal(err)
		}
	}
	if reads != 1 {
		t.Errorf("StaleTempWarnings and the rewrites of 5 files of one folder: %d reads of it; want 1", reads)
	}
}
