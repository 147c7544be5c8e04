package textio_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
)

// TestIsBadInput: the libraries' errors about the user's input are marked,
// wrapped or not, across packages; the machine's failures, a cancelled
// context and plain errors are not.
func TestIsBadInput(t *testing.T) {
	bad := []error{
		&textio.Error{Name: "a.txt", Line: 3, Msg: "invalid UTF-8"}, textio.ErrPlace, textio.ErrOpen,
		&tmx.Error{Line: 2, Msg: "no body"}, &tm.LineError{Line: 4, Msg: "one column"},
		tm.ErrBadInput, tm.ErrBadUnit, tm.ErrNotTM, tm.ErrNewerSchema, tm.ErrReadOnly,
		&normalize.ParseError{}, normalize.ErrNotRegular, &segment.SRXError{},
		&align.DictFileError{Path: "d.tsv", Err: errors.New("line 1: no tab")}, &align.RecordError{Line: 1, Msg: "x"},
		&align.GroupsError{}, textio.NewBadInput("a new kind"),
	}
	for _, err := range bad {
		if !textio.IsBadInput(err) {
			t.Errorf("%T %v: not bad input", err, err)
		}
		if w := fmt.Errorf("import x.tmx: %w", err); !textio.IsBadInput(w) {
			t.Errorf("wrapped %T: not bad input", err)
		}
		if j := errors.Join(errors.New("first"), err); !textio.IsBadInput(j) {
			t.Errorf("joined %T: not bad input", err)
		}
	}
	for _, err := range []error{nil, errors.New("disk full"), context.Canceled, tm.ErrBusy, tm.ErrUnavailable,
		fs.ErrPermission, fmt.Errorf("write: %w", fs.ErrClosed)} {
		if textio.IsBadInput(err) {
			t.Errorf("%v: bad input; want not", err)
		}
	}
	if a, b := textio.NewBadInput("x"), textio.NewBadInput("x"); errors.Is(a, b) {
		t.Error("two NewBadInput sentinels are the same error")
	}
}
