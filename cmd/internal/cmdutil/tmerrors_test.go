package cmdutil

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestTMErrNamesItsFlag: each hint names the flag that named the TM, and
// only --db's speak of $BITEXT_DB.
func TestTMErrNamesItsFlag(t *testing.T) {
	for _, base := range []error{tm.ErrNotTM, tm.ErrNewerSchema, tm.ErrReadOnly, tm.ErrUnavailable} {
		err := fmt.Errorf("open notes.txt: %w", base)
		for _, flag := range []string{"", "--to", "--from"} {
			got := TMErr(err, flag)
			hints := strings.Join(HintsOf(got), "\n")
			want := flag
			if flag == "" {
				want = "--db"
			}
			if ExitCodeOf(got) != ExitBadInput || !errors.Is(got, base) || !strings.Contains(hints, want+" ") && !strings.Contains(hints, want+";") {
				t.Errorf("TMErr(%v, %q): exit %d, hints %q; want exit 2 and %s named", err, flag, ExitCodeOf(got), hints, want)
			}
			if flag != "" && (strings.Contains(hints, "--db") || strings.Contains(hints, "BITEXT_DB")) {
				t.Errorf("TMErr(%v, %q): hints %q name --db", err, flag, hints)
			}
		}
	}
	if err := errors.New("other"); TMErr(err, "--to") != err || TMErr(nil, "") != nil {
		t.Error("TMErr changed an error that is none of a TM's")
	}
}

// hintErr is an error that says what to do (a Hint), as a PostgreSQL
// store's refused write does.
type hintErr struct{ error }

func (hintErr) Hint() string { return "GRANT INSERT ... TO writer" }

func (e hintErr) Unwrap() error { return e.error }

// TestTMErrKeepsItsHint: a read-only error that says what to do (a
// PostgreSQL role refused a write: the GRANT that lets it) keeps that one
// hint, exit 2; it was told to "use a TM file you may write" besides.
func TestTMErrKeepsItsHint(t *testing.T) {
	err := hintErr{fmt.Errorf("postgres://writer@db/tm: %w for this user (permission denied for table unit)", tm.ErrReadOnly)}
	got := TMErr(err, "")
	if hints := HintsOf(got); ExitCodeOf(got) != ExitBadInput || len(hints) != 1 || hints[0] != "GRANT INSERT ... TO writer" {
		t.Errorf("TMErr(%v): exit %d, hints %q; want exit 2 and its own hint alone", err, ExitCodeOf(got), hints)
	}
}

// TestTMErrReadOnlyNamesTheFolder: a read-only SQLite TM's hint names the
// folder as well as the file: a TM file this user may write in a folder
// they may not is read-only too (SQLite writes its -wal and -shm beside
// it), and tm add there was told only to "use a TM file you may write".
func TestTMErrReadOnlyNamesTheFolder(t *testing.T) {
	err := fmt.Errorf("write tm.db: %w (attempt to write a readonly database)", tm.ErrReadOnly)
	got := TMErr(err, "")
	if hints := strings.Join(HintsOf(got), "\n"); ExitCodeOf(got) != ExitBadInput || !strings.Contains(hints, "in a folder you may write") {
		t.Errorf("TMErr(%v): exit %d, hints %q; want exit 2 and a hint naming the folder", err, ExitCodeOf(got), hints)
	}
}
