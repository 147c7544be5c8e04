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
