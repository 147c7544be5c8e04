package postgres_test

import (
	"context"
	"log"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres"
	"golang.org/x/text/language"
)

// A team's TM in PostgreSQL, in a schema of its own (search_path), made
// the TM by tm.New and looked up. The example needs a database server, so
// go test compiles it and does not run it; the package's tests run the
// same calls on $BITEXT_TEST_POSTGRES.
func ExampleOpen() {
	ctx := context.Background()
	s, err := postgres.Open(ctx, "postgres://bitext@db.example:5432/tm?sslmode=require&search_path=news")
	if err != nil {
		log.Fatal(err) // names the host and database, never the password
	}
	db := tm.New(s)
	defer db.Close()
	matches, err := db.Lookup(ctx, "The minister arrived in Tehran.", tm.LookupOptions{Src: language.English, Tgt: language.German})
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range matches {
		log.Println(m.Score, m.Target)
	}
}
