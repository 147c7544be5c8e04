package segment

import (
	"context"
	"io/fs"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/text/language"
)

type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// TestWriteSentencesErrorOnce: a file's write error is returned as it is
// ("write /dev/stdout: ..."), not as "write: write /dev/stdout: ...".
func TestWriteSentencesErrorOnce(t *testing.T) {
	s, err := New(language.English)
	if err != nil {
		t.Fatal(err)
	}
	err = s.WriteSentences(context.Background(), NewTextWriter(fullWriter{}), strings.NewReader("One. Two.\n"))
	if want := "write /dev/stdout: no space left on device"; err == nil || err.Error() != want {
		t.Errorf("WriteSentences to a full stdout: %v; want %q", err, want)
	}
}
