package tm_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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
		{Lang: language.English, Text: "Prices rose by 12 percent in 2019."},
		{Lang: language.French, Text: "Les prix ont augmenté de 12 % en 2019."},
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

// This example imports a small TMX file into a new SQLite TM and looks up
// a sentence that differs from a stored one by a word.
func ExampleDB_Import() {
	const file = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="example" creationtoolversion="1" segtype="sentence" o-tmf="none"
  adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="en"><seg>The minister arrived in Tehran on Monday.</seg></tuv>
    <tuv xml:lang="fr"><seg>Le ministre est arrivé à Téhéran lundi.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>The weather was fine.</seg></tuv>
    <tuv xml:lang="fr"><seg>Il faisait beau.</seg></tuv></tu>
</body>
</tmx>`
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "tm")
	defer os.RemoveAll(dir)

	// Open (here: create) a SQLite TM and make a DB of it; db.Close
	// closes the store.
	store, err := sqlite.Open(ctx, filepath.Join(dir, "tm.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	db := tm.New(store)
	defer db.Close()

	// Read the TMX and import it in one transaction.
	units, opt, err := tm.OpenImport(strings.NewReader(file), tm.ReadOptions{Format: tm.FormatTMX})
	if err != nil {
		fmt.Println(err)
		return
	}
	opt.File = "example.tmx"
	st, err := db.Import(ctx, units, opt)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("added", st.Added)

	matches, err := db.Lookup(ctx, "The minister arrived in Baghdad on Monday.",
		tm.LookupOptions{Src: language.English, Tgt: language.French})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range matches {
		fmt.Printf("%d%% %s\n%s\n", m.Score, m.Target, m.Diff)
	}
	// Output:
	// added 2
	// 85% Le ministre est arrivé à Téhéran lundi.
	// The minister arrived in [-Tehran-]{+Baghdad+} on Monday.
}
