package sqlite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
)

// TestCorrupt damages a TM file (cut short, or pages overwritten) and
// checks that opening or reading it fails with tm.ErrCorrupt naming the
// file, a bad-input error (exit 2 in the command), not SQLite's bare
// "database disk image is malformed".
func TestCorrupt(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	s, err := Open(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	var units []tm.Unit
	for i := range 400 {
		src := strings.Repeat("The minister arrived in Baghdad on Monday number ", 1+i%5) + string(rune('a'+i%26))
		units = append(units, tm.Unit{SrcLang: language.English, Variants: []tm.Variant{
			{Lang: language.English, Text: src + " " + strings.Repeat("x", i)}, {Lang: language.French, Text: "Le ministre " + src}}})
	}
	if _, err := db.Import(ctx, func(yield func(tm.Unit, error) bool) {
		for _, u := range units {
			if !yield(u, nil) {
				return
			}
		}
	}, tm.ImportOptions{File: "seed"}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	cut := data[:len(data)/2]
	garbled := append([]byte(nil), data...)
	for i := 2 * page; i < len(garbled); i++ {
		garbled[i] = byte(i*7 + 3)
	}
	for name, b := range map[string][]byte{"cut.db": cut, "garbled.db": garbled} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		err := func() error {
			s, err := Open(ctx, path)
			if err != nil {
				return err
			}
			defer s.Close()
			if _, err := s.Stats(ctx); err != nil {
				return err
			}
			for _, err := range s.Scan(ctx) {
				if err != nil {
					return err
				}
			}
			return nil
		}()
		if !errors.Is(err, tm.ErrCorrupt) || !textio.IsBadInput(err) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: %v; want tm.ErrCorrupt naming the file", name, err)
		}
	}
}
