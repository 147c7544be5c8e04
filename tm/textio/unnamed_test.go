//go:build unix

package textio

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// killedEnv, when set in the environment, makes TestWriteFileKilled the
// child it starts: a WriteFile over the file it names that stops half-way
// and waits to be killed.
const killedEnv = "BITEXT_TEXTIO_KILLED_WRITER"

// TestWriteFileKilled: a run killed (SIGKILL: no deferred Abort, no
// signal handler) while WriteFile writes the new content leaves the
// folder as it was, the original file only, unchanged, where the system
// makes files without a name (Linux's O_TMPFILE). The named temporary
// file of the fallback (other systems, file systems without O_TMPFILE) is
// left, as before; StaleTempWarnings names it an hour on.
func TestWriteFileKilled(t *testing.T) {
	if target := os.Getenv(killedEnv); target != "" {
		unnamed = os.Getenv(killedEnv+"_NAMED") == ""
		WriteFile(target, 0o644, func(w io.Writer) error {
			w.Write([]byte(strings.Repeat("new text\n", 100_000))) // past the buffer: on disk
			os.Stdout.WriteString("writing\n")
			time.Sleep(time.Hour) // killed here
			return nil
		})
		return
	}
	for _, named := range []bool{false, true} {
		t.Run(map[bool]string{false: "unnamed", true: "named"}[named], func(t *testing.T) {
			dir := t.TempDir()
			if !named {
				f, ok := openUnnamed(dir, "probe")
				if !ok {
					t.Skipf("this system makes no unnamed file in %s", dir)
				}
				f.Close()
			}
			target := filepath.Join(dir, "story.txt")
			if err := os.WriteFile(target, []byte("old\n"), 0o640); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestWriteFileKilled$")
			cmd.Env = append(os.Environ(), killedEnv+"="+target)
			if named {
				cmd.Env = append(cmd.Env, killedEnv+"_NAMED=1")
			}
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
			if line != "writing\n" {
				t.Fatalf("the child said %q (%v); want writing", line, err)
			}
			entries, _ := os.ReadDir(dir)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if b, _ := os.ReadFile(target); string(b) != "old\n" {
				t.Errorf("after kill -9 the file holds %d bytes; want it unchanged", len(b))
			}
			switch {
			case !named && len(names) != 1:
				t.Errorf("after kill -9 the folder holds %q; want only story.txt", names)
			case named && (len(names) != 2 || !strings.HasPrefix(names[0], ".story.txt.bitext-")):
				t.Errorf("after kill -9 of the named fallback the folder holds %q; want its temporary file and story.txt", names)
			}
		})
	}
}

// bothWays runs test with files made without a name first, where the
// system allows it, and as a named file, the fallback of other systems.
func bothWays(t *testing.T, name string, test func(t *testing.T)) {
	t.Run(name+"/unnamed", test)
	t.Run(name+"/named", func(t *testing.T) {
		defer func(u bool) { unnamed = u }(unnamed)
		unnamed = false
		test(t)
	})
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
