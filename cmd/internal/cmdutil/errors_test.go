package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/bitext/bitext/tm/textio"
)

func TestExitCodeOf(t *testing.T) {
	te := &textio.Error{Name: "a.txt", Line: 1, Msg: "UTF-16 text", Hint: "convert it"}
	for _, tc := range []struct {
		err   error
		code  int
		hints []string
	}{
		{UsageErr(errors.New("--src is required"), "give --src"), ExitBadInput, []string{"give --src"}},
		{BadInputf("read %s: is a directory", "d"), ExitBadInput, nil},
		{&ExitError{Code: ExitInterrupted, Err: errors.New("stopped")}, ExitInterrupted, nil},
		{fmt.Errorf("run: %w", context.Canceled), ExitInterrupted, nil},
		{fmt.Errorf("import: %w", te), ExitBadInput, []string{"convert it"}},
		{BadInput(te, "convert it", "other"), ExitBadInput, []string{"convert it", "other"}},
		{errors.New("disk full"), ExitCheckFailed, nil},
		{ErrCheckFailed, ExitCheckFailed, nil},
	} {
		if code, hints := ExitCodeOf(tc.err), HintsOf(tc.err); code != tc.code || !reflect.DeepEqual(hints, tc.hints) {
			t.Errorf("%v: exit %d, hints %q; want %d, %q", tc.err, code, hints, tc.code, tc.hints)
		}
	}
}

func TestParseHelp(t *testing.T) {
	// A blank line between sections belongs to neither.
	h := ParseHelp("layout notes\n=== tm\nThe TM.\n\n=== tm add\nAdd a unit.\n\nMore.\n--- example\n  bitext tm add A B\n\n=== tm docs\nList.\n--- example\n  bitext tm docs\n")
	want := map[string][2]string{"tm": {"The TM.", ""}, "tm add": {"Add a unit.\n\nMore.", "  bitext tm add A B"}, "tm docs": {"List.", "  bitext tm docs"}}
	if !reflect.DeepEqual(h, want) {
		t.Errorf("ParseHelp = %q; want %q", h, want)
	}
}
