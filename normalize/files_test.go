package normalize

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/bitext/bitext/tm/textio"
)

func TestRewriteFiles(t *testing.T) {
	dir := t.TempDir()
	f := func(name string) string { return filepath.Join(dir, name) }
	story, clean := "Teheran said so.\n", "Nothing here.\n"
	write := func() {
		os.WriteFile(f("a.txt"), []byte(story), 0o640)
		os.WriteFile(f("b.txt"), []byte(clean), 0o644)
		os.WriteFile(f("bad.txt"), []byte("Teheran\nbad \xff\n"), 0o644)
	}
	write()
	os.Symlink("a.txt", f("link.txt"))
	os.Mkdir(f("folder"), 0o755)
	gl := func(string) *Glossary { return DefaultGlossary() }
	var reported []string
	report := func(file string, r Replacement) error {
		reported = append(reported, fmt.Sprintf("%s:%d:%d %s", filepath.Base(file), r.Line, r.Col, r.Replacement))
		return nil
	}
	// A bad file anywhere: nothing changes, nothing is reported, nothing left behind.
	for _, tc := range []struct {
		bad   string
		check func(error) bool
	}{
		{f("bad.txt"), func(err error) bool { var e *textio.Error; return errors.As(err, &e) && e.Line == 2 }},
		{f("missing.txt"), func(err error) bool {
			var pe *fs.PathError
			return errors.As(err, &pe) && pe.Op == "open" && pe.Path == f("missing.txt") && errors.Is(err, fs.ErrNotExist)
		}},
		{f("folder"), func(err error) bool { return errors.Is(err, ErrNotRegular) && strings.Contains(err.Error(), "folder") }},
	} {
		reported = nil
		err := RewriteFiles(context.Background(), []string{f("a.txt"), f("b.txt"), tc.bad}, gl, report)
		if !tc.check(err) {
			t.Errorf("RewriteFiles a b %s: error %v", filepath.Base(tc.bad), err)
		}
		if b, _ := os.ReadFile(f("a.txt")); string(b) != story || len(reported) > 0 {
			t.Errorf("RewriteFiles a b %s: a.txt is %q, reported %q; want it unchanged, nothing reported", filepath.Base(tc.bad), b, reported)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 5 {
			t.Errorf("RewriteFiles left files behind: %v", entries)
		}
	}
	// All good: rewritten (through the link, keeping the mode), reported;
	// b.txt is not touched.
	reported = nil
	st, _ := os.Stat(f("b.txt"))
	if err := RewriteFiles(context.Background(), []string{f("link.txt"), f("b.txt")}, gl, report); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(f("a.txt")); string(b) != "Tehran said so.\n" {
		t.Errorf("a.txt is %q", b)
	}
	if fi, _ := os.Lstat(f("link.txt")); fi.Mode()&fs.ModeSymlink == 0 {
		t.Error("link.txt is no longer a link")
	}
	if fi, _ := os.Stat(f("a.txt")); fi.Mode().Perm() != 0o640 {
		t.Errorf("a.txt has mode %v; want 0640", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(f("b.txt")); !fi.ModTime().Equal(st.ModTime()) {
		t.Error("b.txt, with nothing to rewrite, was rewritten")
	}
	if strings.Join(reported, ";") != "link.txt:1:1 Tehran" {
		t.Errorf("reported %q", reported)
	}
	// A file named twice (or through a link too) is rewritten and
	// reported once, under the first name.
	write()
	reported = nil
	if err := RewriteFiles(context.Background(), []string{f("a.txt"), f("link.txt"), f("a.txt")}, gl, report); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(f("a.txt")); string(b) != "Tehran said so.\n" || strings.Join(reported, ";") != "a.txt:1:1 Tehran" {
		t.Errorf("RewriteFiles a link a: a.txt is %q, reported %q; want it rewritten, reported once", b, reported)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	write()
	if err := RewriteFiles(ctx, []string{f("a.txt")}, gl, report); !errors.Is(err, context.Canceled) {
		t.Errorf("RewriteFiles cancelled: %v", err)
	}
}

// TestRewriteFilesManyFiles: rewriting more files than the process may hold
// open at once works, since each rewritten file is closed before the next is
// opened. The test runs itself again in a child with a limit of 64 open
// files and rewrites 200.
func TestRewriteFilesManyFiles(t *testing.T) {
	const n = 200
	if dir := os.Getenv("BITEXT_REWRITE_MANY"); dir != "" {
		lim := syscall.Rlimit{Cur: 64, Max: 64}
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
			t.Skipf("setrlimit: %v", err)
		}
		var files []string
		for i := range n {
			files = append(files, filepath.Join(dir, fmt.Sprintf("%03d.txt", i)))
		}
		gl := func(string) *Glossary { return DefaultGlossary() }
		if err := RewriteFiles(context.Background(), files, gl, func(string, Replacement) error { return nil }); err != nil {
			t.Fatal(err)
		}
		return
	}
	dir := t.TempDir()
	for i := range n {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte("Teheran said so.\n"), 0o644)
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestRewriteFilesManyFiles$")
	cmd.Env = append(os.Environ(), "BITEXT_REWRITE_MANY="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("rewriting %d files with 64 open files allowed: %v\n%s", n, err, out)
	}
	for i := range n {
		if b, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i))); string(b) != "Tehran said so.\n" {
			t.Fatalf("file %d holds %q; want it rewritten", i, b)
		}
	}
}

// TestRewriteFilesChangedMeanwhile: a file another program writes after
// RewriteFiles has read it (an editor saving it while the other files are
// read) is not overwritten by its rewrite: the run fails naming the file,
// no file changes, no temporary file is left. Before, the rename put the
// rewrite of the old text over the editor's save.
func TestRewriteFilesChangedMeanwhile(t *testing.T) {
	const story, other = "Teheran said so.\n", "Kiev said so.\n"
	for _, tc := range []struct {
		name string
		edit func(path string) error // the other program's write
	}{
		{"appended", func(p string) error {
			f, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
			if err != nil {
				return err
			}
			_, err = f.WriteString("An editor's line.\n")
			return errors.Join(err, f.Close())
		}},
		{"written in place, same size", func(p string) error { return os.WriteFile(p, []byte("Teheran said no.\n"), 0o644) }},
		{"replaced by a rename, same size", func(p string) error {
			if err := os.WriteFile(p+".new", []byte("Teheran said no.\n"), 0o644); err != nil {
				return err
			}
			return os.Rename(p+".new", p)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
			os.WriteFile(a, []byte(story), 0o644)
			os.WriteFile(b, []byte(other), 0o644)
			// The chooser runs as each file begins to be read: when b.txt
			// is, a.txt has been read and rewritten into its temporary file.
			choose := func(file string, _ []byte) *Glossary {
				if file == b {
					if err := tc.edit(a); err != nil {
						t.Fatal(err)
					}
				}
				return DefaultGlossary()
			}
			reported := 0
			err := RewriteFilesByText(context.Background(), []string{a, b}, choose, func(string, Replacement) error { reported++; return nil })
			edited, _ := os.ReadFile(a)
			if !errors.Is(err, ErrChanged) || !strings.Contains(fmt.Sprint(err), a) {
				t.Errorf("RewriteFiles a b, a written meanwhile: error %v; want ErrChanged naming %s", err, a)
			}
			if strings.Contains(string(edited), "Tehran") || reported > 0 {
				t.Errorf("a.txt is %q, %d reported; want the other program's text, nothing reported", edited, reported)
			}
			if got, _ := os.ReadFile(b); string(got) != other {
				t.Errorf("b.txt is %q; want it unchanged (all or none)", got)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 2 {
				t.Errorf("RewriteFiles left files behind: %v", entries)
			}
		})
	}
}
