package postgres

import (
	"testing"

	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/bitext/bitext/tm/storetest"
)

// BenchmarkDocuments lists 100 documents of 1,000 units each: "count" is
// the query of Documents before it read languages and import times, "page"
// the 50 documents a page of the Documents tab shows.
func BenchmarkDocuments(b *testing.B) {
	s := openTemp(b)
	const docs = 100
	storetest.FillDocuments(b, s, docs, 1000)
	if _, err := s.pool.Exec(ctx, analyzeTM); err != nil {
		b.Fatal(err)
	}
	b.Run("count", func(b *testing.B) {
		for b.Loop() {
			rows, err := s.query(ctx, `SELECT file, count(*) FROM unit WHERE file <> '' GROUP BY file ORDER BY file COLLATE "C"`)
			if err != nil {
				b.Fatal(err)
			}
			_, err = storekit.Documents(rows)
			rows.Close()
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	storetest.BenchDocuments(b, s, docs)
}
