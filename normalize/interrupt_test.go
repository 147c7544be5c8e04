package normalize

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRewriteInterrupted: an interrupt while a file is read stops the work
// on it (before, a single large file was read and rewritten to the end,
// and `normalize -w` replaced it after Ctrl-C with exit 0): in place,
// nothing changes and no temporary file stays; to a stream, the error
// names the input. Both wrap context.Canceled.
func TestRewriteInterrupted(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "story.txt")
	story := strings.Repeat("Teheran said so.\n", 50000)
	os.WriteFile(name, []byte(story), 0o644)
	noReport := func(string, Replacement) error { t.Error("a replacement reported after an interrupt"); return nil }

	// The glossary is asked for just before the file is read: the
	// interrupt comes then.
	ctx, cancel := context.WithCancel(context.Background())
	gl := func(string) *Glossary { cancel(); return DefaultGlossary() }
	err := RewriteFiles(ctx, []string{name}, gl, noReport)
	if !errors.Is(err, context.Canceled) || err.Error() != "read "+name+": interrupted" {
		t.Errorf("RewriteFiles, interrupted: %v; want \"read %s: interrupted\" wrapping context.Canceled", err, name)
	}
	if b, _ := os.ReadFile(name); string(b) != story {
		t.Errorf("RewriteFiles, interrupted: the file changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("RewriteFiles, interrupted: left %d files in the folder; want the story only", len(entries))
	}

	ctx, cancel = context.WithCancel(context.Background())
	gl = func(string) *Glossary { cancel(); return DefaultGlossary() }
	var out strings.Builder
	err = RewriteStreams(ctx, &out, []string{name}, nil, gl, noReport)
	if !errors.Is(err, context.Canceled) || err.Error() != "read "+name+": interrupted" {
		t.Errorf("RewriteStreams, interrupted: %v; want \"read %s: interrupted\" wrapping context.Canceled", err, name)
	}
	if out.Len() > 0 {
		t.Errorf("RewriteStreams, interrupted before the first read: wrote %d bytes", out.Len())
	}
}
