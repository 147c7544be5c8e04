package cmdutil

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPeekInput: the first bytes of standard input are seen and still read
// after; a regular file's are read; a missing file or a directory gives
// nil.
func TestPeekInput(t *testing.T) {
	var in io.Reader = strings.NewReader("<xliff version=\"2.0\"/> and the rest")
	if got := string(PeekInput("-", &in, 6)); got != "<xliff" {
		t.Errorf("PeekInput(-) = %q; want <xliff", got)
	}
	if got := string(PeekInput("-", &in, 3)); got != "<xl" {
		t.Errorf("PeekInput(-) again = %q; want <xl", got)
	}
	if all, err := io.ReadAll(in); err != nil || string(all) != "<xliff version=\"2.0\"/> and the rest" {
		t.Errorf("standard input after the peek = %q, %v; want all of it", all, err)
	}
	dir := t.TempDir()
	name := filepath.Join(dir, "client.data")
	if err := os.WriteFile(name, []byte("<?xml?><xliff/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := string(PeekInput(name, &in, 7)); got != "<?xml?>" {
		t.Errorf("PeekInput(file) = %q; want <?xml?>", got)
	}
	if got := string(PeekInput(name, &in, 100)); got != "<?xml?><xliff/>" {
		t.Errorf("PeekInput(short file) = %q; want all of it", got)
	}
	for _, n := range []string{dir, filepath.Join(dir, "missing")} {
		if got := PeekInput(n, &in, 10); got != nil {
			t.Errorf("PeekInput(%s) = %q; want nil", n, got)
		}
	}
}
