package dial_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bitext/bitext/tm/dial"
)

// What each Access makes of a location where no TM is yet: MustExist
// refuses it, IfExists gives no TM and no error, Create makes one.
func ExampleOpen() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "dial")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	loc := filepath.Join(dir, "tm.db")

	_, _, err = dial.Open(ctx, loc, dial.MustExist)
	fmt.Println("MustExist:", errors.Is(err, dial.ErrNoTM))

	db, _, err := dial.Open(ctx, loc, dial.IfExists)
	fmt.Println("IfExists:", db == nil, err)

	db, created, err := dial.Open(ctx, loc, dial.Create)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	fmt.Println("Create: created", created)
	// Output:
	// MustExist: true
	// IfExists: true <nil>
	// Create: created true
}
