package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"golang.org/x/text/language"
)

// A new TM file opened with OpenDB (the store and the tm.DB over it), a
// unit stored, and the TM's counts.
func ExampleOpenDB() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "sqlite")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "tm.db")
	fmt.Println("missing:", sqlite.Missing(path))

	db, err := sqlite.OpenDB(ctx, path) // created with its folder when missing
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	_, err = db.Add(ctx, tm.Unit{Variants: []tm.Variant{
		{Lang: language.English, Text: "The minister arrived in Tehran."},
		{Lang: language.German, Text: "Der Minister traf in Teheran ein."},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	st, err := db.Stats(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("units:", st.Units, "variants:", st.Variants)
	// Output:
	// missing: true
	// units: 1 variants: 2
}
