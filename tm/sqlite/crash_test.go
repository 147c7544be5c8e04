package sqlite

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestKillDuringImport kills (SIGKILL) a process in the middle of a large
// import: what an earlier import committed must all be there, nothing of
// the killed one, and the database must pass SQLite's integrity check.
func TestKillDuringImport(t *testing.T) {
	if path := os.Getenv("BITEXT_TM_CRASH_DB"); path != "" {
		crashHelper(path)
		return
	}
	path := filepath.Join(t.TempDir(), "tm.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringImport$")
	cmd.Env = append(os.Environ(), "BITEXT_TM_CRASH_DB="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The kill comes once the endless import has handed over 10,000 units,
	// dozens of batches that it stores as it reads (a fixed 300 ms after it
	// began could pass, on a loaded machine, with nothing of it written).
	sc := bufio.NewScanner(out)
	ready := false
	for sc.Scan() {
		if strings.Contains(sc.Text(), "storing") {
			ready = true
			break
		}
	}
	if !ready {
		cmd.Wait()
		t.Fatal("helper did not get into its second import")
	}
	cmd.Process.Kill()
	cmd.Wait()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after kill -9: %v", err)
	}
	d := tm.New(s)
	defer d.Close()
	var check string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v; want ok", check, err)
	}
	st, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Units != len(corpus) || st.Imports != 1 {
		t.Errorf("after kill -9: %d units in %d imports; want the %d committed units in 1", st.Units, st.Imports, len(corpus))
	}
	if ms, _ := d.Lookup(ctx, corpus[3].Variants[0].Text, tm.LookupOptions{Src: language.English, Tgt: language.French}); len(ms) == 0 || ms[0].Score < 100 {
		t.Errorf("committed unit not found after kill -9: %+v", ms)
	}
}

// crashHelper commits one import, then starts an endless one and says
// "storing" when it has handed over 10,000 units of it.
func crashHelper(path string) {
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	d := tm.New(s)
	if _, err := d.Import(ctx, seq(corpus...), tm.ImportOptions{}); err != nil {
		fmt.Println("import:", err)
		os.Exit(1)
	}
	endless := func(yield func(tm.Unit, error) bool) {
		for i := 0; ; i++ {
			if i == 10000 {
				fmt.Println("storing")
			}
			if !yield(pair(fmt.Sprintf("Endless sentence number %d of the crash test.", i), "Phrase."), nil) {
				return
			}
		}
	}
	d.Import(ctx, endless, tm.ImportOptions{})
	os.Exit(0)
}
