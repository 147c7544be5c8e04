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

// ExampleOpenFile imports a file as `bitext tm import` does, or a server
// receiving an upload: the format is picked by name and content, gzip is
// read through, and nothing is stored unless the whole file is good.
func ExampleOpenFile() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "tm")
	defer os.RemoveAll(dir)
	db, err := sqlite.OpenDB(ctx, filepath.Join(dir, "tm.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	upload := strings.NewReader("Good morning.\tBonjour.\nThank you.\tMerci.\n")
	units, iopt, closeFile, err := tm.OpenFile(ctx, upload, "pairs.tsv",
		tm.ReadOptions{Format: tm.FormatAuto, Src: language.English, Tgt: language.French})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer closeFile()
	st, err := db.Import(ctx, units, iopt)
	fmt.Println(st.Added, err)

	bad := strings.NewReader("Good morning.\tBonjour.\nThank you.\tMer\xffci.\n")
	units, iopt, _, _ = tm.OpenFile(ctx, bad, "bad.tsv", tm.ReadOptions{Src: language.English, Tgt: language.French})
	_, err = db.Import(ctx, units, iopt)
	fmt.Println(err)
	// Output:
	// 2 <nil>
	// read bad.tsv: line 2: invalid UTF-8 (byte 0xff)
}
