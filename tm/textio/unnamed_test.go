//go:build unix

package textio

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// killedEnv, when set in the environment, makes TestWriteFileKilled the
// child it starts: it replaces the files the variable names (a list split
// by the path separator), all but the last in full (finished, as normalize
// -w finishes each file before it commits them all), the last one half,
// and waits to be killed. killedEnv+"_WAY" is the way of bothWays.
const killedEnv = "BITEXT_TEXTIO_KILLED_WRITER"

// TestWriteFileKilled: a run killed (SIGKILL: no deferred Abort, no
// signal handler) while it writes new content leaves the folder as it
// was, the original files only, unchanged, where the system makes files
// without a name (Linux's O_TMPFILE): one file (WriteFile), and a file
// finished while the next is written (normalize -w of several files). The
// named temporary files of the fallback (other systems, file systems
// without O_TMPFILE, a file finished past maxKept) are left, as before;
// StaleTempWarnings names them an hour on.
func TestWriteFileKilled(t *testing.T) {
	if targets := os.Getenv(killedEnv); targets != "" {
		killedChild(filepath.SplitList(targets), os.Getenv(killedEnv+"_WAY"))
		return
	}
	for _, c := range []struct {
		way   string
		files []string
		left  []string // temporary files left, by the file they were for
	}{
		{"unnamed", []string{"story.txt"}, nil},
		{"unnamed", []string{"a.txt", "b.txt"}, nil},
		{"named", []string{"story.txt"}, []string{"story.txt"}},
		{"named", []string{"a.txt", "b.txt"}, []string{"a.txt", "b.txt"}},
		{"named at Finish", []string{"a.txt", "b.txt"}, []string{"a.txt"}},
	} {
		t.Run(c.way+"/"+strings.Join(c.files, ","), func(t *testing.T) {
			dir := t.TempDir()
			if c.way != "named" {
				f, ok := openUnnamed(dir, "probe")
				if !ok {
					t.Skipf("this system makes no unnamed file in %s", dir)
				}
				f.Close()
			}
			var targets []string
			for _, name := range c.files {
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, []byte("old\n"), 0o640); err != nil {
					t.Fatal(err)
				}
				targets = append(targets, p)
			}
			killAtLine(t, "TestWriteFileKilled", "writing", killedEnv+"="+strings.Join(targets, string(filepath.ListSeparator)), killedEnv+"_WAY="+c.way)
			for _, p := range targets {
				if b, _ := os.ReadFile(p); string(b) != "old\n" {
					t.Errorf("after kill -9 %s holds %d bytes; want it unchanged", filepath.Base(p), len(b))
				}
			}
			entries, _ := os.ReadDir(dir)
			var left []string
			for _, e := range entries {
				if rest, ok := strings.CutPrefix(e.Name(), "."); ok {
					left = append(left, rest[:strings.LastIndex(rest, ".bitext-")])
				} else if !slices.Contains(c.files, e.Name()) {
					t.Errorf("after kill -9 the folder holds %s", e.Name())
				}
			}
			if !slices.Equal(left, c.left) {
				t.Errorf("after kill -9 temporary files of %q are left; want of %q", left, c.left)
			}
			// The next rewrite of each file removes what the kill left
			// of a file named at Finish (linked, the process gone: see
			// removeLeftovers); a file named from the start stays, for
			// StaleTempWarnings to name.
			defer func(g time.Duration) { linkGrace = g }(linkGrace)
			linkGrace = 0
			for _, p := range targets {
				if err := WriteFile(p, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "next\n"); return err }); err != nil {
					t.Fatal(err)
				}
			}
			entries, _ = os.ReadDir(dir)
			want := len(c.files)
			if c.way == "named" {
				want += len(c.left)
			}
			if len(entries) != want {
				t.Errorf("after the next rewrite of each file, the folder holds %d files; want %d", len(entries), want)
			}
		})
	}
}

// killAtLine runs the test binary's test name as a child process with env
// added to its environment, reads the first line it writes, kills it
// (SIGKILL) and waits for it; it fails t unless that line was want. It
// returns the child's process id.
func killAtLine(t *testing.T, name, want string, env ...string) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+name+"$")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	cmd.Process.Kill() // SIGKILL
	cmd.Wait()
	if line != want+"\n" {
		t.Fatalf("the child said %q (%v); want %s", line, err, want)
	}
	return cmd.Process.Pid
}

// killedChild is the child of TestWriteFileKilled.
func killedChild(targets []string, way string) {
	unnamed = way != "named"
	if way == "named at Finish" {
		maxKept = func() int64 { return 0 }
	}
	for i, target := range targets {
		a, err := CreateAtomic(target, 0o644)
		if err != nil {
			panic(err)
		}
		a.WriteString(strings.Repeat("new text\n", 100_000))
		if i < len(targets)-1 {
			if err := a.Finish(); err != nil {
				panic(err)
			}
			continue
		}
		os.Stdout.WriteString("writing\n")
		time.Sleep(time.Hour) // killed here
	}
}

// bothWays runs test with files made without a name first, where the
// system allows it; with such files named at Finish (past maxKept); and
// with named files, the fallback of other systems. No file is left
// counted in keptOpen after it.
func bothWays(t *testing.T, name string, test func(t *testing.T)) {
	t.Run(name+"/unnamed", test)
	t.Run(name+"/named at Finish", func(t *testing.T) {
		defer func(m func() int64) { maxKept = m }(maxKept)
		maxKept = func() int64 { return 0 }
		test(t)
	})
	t.Run(name+"/named", func(t *testing.T) {
		defer func(u bool) { unnamed = u }(unnamed)
		unnamed = false
		test(t)
	})
	if n := keptOpen.Load(); n != 0 {
		t.Errorf("%s: %d files still counted as kept open", name, n)
	}
}

// TestAtomicFileBothWays: writing, keeping the mode, Finish, Commit and
// Abort, and a failed write, as the other tests check them, with an
// unnamed file and with the named fallback.
func TestAtomicFileBothWays(t *testing.T) {
	bothWays(t, "WriteFile", TestWriteFile)
	bothWays(t, "AtomicFileFinish", TestAtomicFileFinish)
	bothWays(t, "WriteFileLinksAndStreams", TestWriteFileLinksAndStreams)
	bothWays(t, "AtomicFileWriteError", TestAtomicFileWriteError)
	bothWays(t, "WriteFileKeepsMode", TestWriteFileKeepsMode)
	bothWays(t, "AtomicFileKept", TestAtomicFileKept)
}

// TestAtomicFileLinkRefused: a file system that makes an unnamed file but
// will not link it (EPERM here) gets a named copy at Commit: the file is
// written, keeps its mode, and nothing is left beside it.
func TestAtomicFileLinkRefused(t *testing.T) {
	defer func(l func(*os.File, string) error) { link = l }(link)
	link = func(_ *os.File, name string) error { return &fs.PathError{Op: "link", Path: name, Err: syscall.EPERM} }
	bothWays(t, "WriteFile", TestWriteFile)
	bothWays(t, "WriteFileKeepsMode", TestWriteFileKeepsMode)
	bothWays(t, "AtomicFileKept", TestAtomicFileKept)
	bothWays(t, "AtomicFileFinish", TestAtomicFileFinish)
}

// TestWriteFileKeepsMode: a file replaced keeps its permissions, a new one
// gets perm (not the 0600 its temporary file was made with).
func TestWriteFileKeepsMode(t *testing.T) {
	dir := t.TempDir()
	old, fresh := filepath.Join(dir, "old.txt"), filepath.Join(dir, "new.txt")
	if err := os.WriteFile(old, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(old, 0o640); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]os.FileMode{old: 0o640, fresh: 0o644} {
		if err := WriteFile(name, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }); err != nil {
			t.Fatal(err)
		}
		if st, err := os.Stat(name); err != nil || st.Mode().Perm() != want {
			t.Errorf("WriteFile(%s): mode %v (%v); want %v", filepath.Base(name), st.Mode().Perm(), err, want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files in the folder; want no temporary file left", len(entries))
	}
}

// TestAtomicFileKept: of files finished together (normalize -w), those
// Finish keeps open unnamed are at most maxKept; the others are named,
// and all are committed or aborted alike.
func TestAtomicFileKept(t *testing.T) {
	defer func(m func() int64) { maxKept = m }(maxKept)
	limit := min(maxKept(), 2)
	maxKept = func() int64 { return limit }
	dir := t.TempDir()
	var files []*AtomicFile
	for i := range 4 {
		f, err := CreateAtomic(filepath.Join(dir, string(rune('a'+i))+".txt"), 0o644)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(f, "new\n")
		if err := f.Finish(); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if n := keptOpen.Load(); n > limit {
		t.Errorf("%d files kept open; want at most %d", n, limit)
	}
	if entries, _ := os.ReadDir(dir); unnamed && limit > 0 && len(entries) != 4-int(limit) {
		t.Errorf("after Finish of 4 files, %d kept unnamed: %d named; want %d", limit, len(entries), 4-limit)
	}
	files[3].Abort()
	for _, f := range files[:3] {
		if err := f.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"a.txt", "b.txt", "c.txt"}) {
		t.Errorf("after 3 commits and an abort the folder holds %q; want a.txt, b.txt, c.txt", names)
	}
}

// linkedEnv, when set in the environment, makes TestLinkedKilled the
// child it starts: it replaces the file the variable names and waits to
// be killed between the link of Commit and its rename.
const linkedEnv = "BITEXT_TEXTIO_LINKED_KILLED"

// TestLinkedKilled: a run killed between the link that names its new
// content (".NAME.bitext-pidPID-DIGITS") and the rename over the target
// leaves that name beside the target, as large as the file; the next
// rewrite of the target removes it, once the process is gone and the
// name older than linkGrace. It leaves a young one (a run on another
// machine may be about to rename it), one whose process runs, another
// file's, and a file named from the start (".NAME.bitext-DIGITS", a long
// write perhaps going on).
func TestLinkedKilled(t *testing.T) {
	if target := os.Getenv(linkedEnv); target != "" {
		linked = func() {
			os.Stdout.WriteString("linked\n")
			time.Sleep(time.Hour) // killed here
		}
		WriteFile(target, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err })
		return
	}
	dir := t.TempDir()
	if f, ok := openUnnamed(dir, "probe"); !ok {
		t.Skipf("this system makes no unnamed file in %s", dir)
	} else {
		f.Close()
	}
	story := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(story, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pid := killAtLine(t, "TestLinkedKilled", "linked", linkedEnv+"="+story)
	left, _ := filepath.Glob(filepath.Join(dir, ".story.txt.bitext-pid"+strconv.Itoa(pid)+"-*"))
	if len(left) != 1 {
		t.Fatalf("after kill -9 between link and rename: %q left; want the child's linked file", left)
	}
	if b, _ := os.ReadFile(story); string(b) != "old\n" {
		t.Errorf("after kill -9 story.txt holds %q; want it unchanged", b)
	}
	others := []string{
		".story.txt.bitext-pid" + strconv.Itoa(os.Getpid()) + "-5", // its process runs
		".other.txt.bitext-pid" + strconv.Itoa(pid) + "-6",
		".story.txt.bitext-77",
	}
	for _, n := range others {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	rewrite := func(text string) {
		t.Helper()
		// Each rewrite as the next run's: the folder read afresh.
		folders.Lock()
		folders.byDir = nil
		folders.Unlock()
		if err := WriteFile(story, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, text); return err }); err != nil {
			t.Fatal(err)
		}
	}
	rewrite("young\n")
	if _, err := os.Stat(left[0]); err != nil {
		t.Errorf("a linked file named just now was removed: %v", err)
	}
	defer func(g time.Duration) { linkGrace = g }(linkGrace)
	linkGrace = 0
	rewrite("newer\n")
	if _, err := os.Stat(left[0]); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the next rewrite of story.txt left %s (%v); want it removed", filepath.Base(left[0]), err)
	}
	for _, n := range others {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("the rewrite removed %s: %v", n, err)
		}
	}
	if b, _ := os.ReadFile(story); string(b) != "newer\n" {
		t.Errorf("story.txt holds %q; want the rewrite's", b)
	}
}
