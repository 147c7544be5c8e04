package postgres

import (
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/storetest"
)

// A document's units are found through the index unit_file, not a scan
// of the units (which read every unit of a large TM for each page of the
// Documents tab and each page of a document's units).
func TestDocumentQueriesUseIndex(t *testing.T) {
	s := openTemp(t)
	storetest.FillDocuments(t, s, 50, 200)
	if _, err := s.pool.Exec(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"SELECT id FROM unit WHERE file = 'doc007.txt' ORDER BY id",
		"SELECT DISTINCT u.file, v.lang FROM unit u JOIN variant v ON v.unit_id = u.id WHERE u.file = ANY('{doc007.txt,doc008.txt}')",
	} {
		rows, err := s.pool.Query(ctx, "EXPLAIN "+q)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, line)
		}
		rows.Close()
		if p := strings.Join(plan, "\n"); !strings.Contains(p, "unit_file") {
			t.Errorf("plan of %s:\n%s\nwant the index unit_file", q, p)
		}
	}
}
