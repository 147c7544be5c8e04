package tm_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"golang.org/x/text/language"
)

func ExampleDB_Lookup() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "tm")
	defer os.RemoveAll(dir)
	store, err := sqlite.Open(ctx, filepath.Join(dir, "tm.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	db := tm.New(store)
	defer db.Close()
	db.Add(ctx, tm.Unit{Variants: []tm.Variant{
		{Lang: "en", Text: "Prices rose by 12 percent in 2019."},
		{Lang: "fr", Text: "Les prix ont augmenté de 12 % en 2019."},
	}})
	matches, _ := db.Lookup(ctx, "Prices rose by 15 percent in 2019.", tm.LookupOptions{Src: language.English, Tgt: language.French})
	for _, m := range matches {
		fmt.Println(m.Score, m.Target)
		fmt.Println(m.Diff)
	}
	// Output:
	// 99 Les prix ont augmenté de 15 % en 2019.
	// Prices rose by [-12-]{+15+} percent in 2019.
}
