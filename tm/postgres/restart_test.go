package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"golang.org/x/text/language"
)

// TestServerRestart: the database stops under a TM in use and starts
// again. While it is down, reads and writes fail with tm.ErrUnavailable
// naming the server, and a write leaves nothing half-written; once it is
// back, the same Store works again without being reopened.
func TestServerRestart(t *testing.T) {
	c := pgtest.NewCluster(t)
	s, err := Open(ctx, c.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := tm.New(s)
	seq := func(n, from int) func(func(tm.Unit, error) bool) {
		return func(yield func(tm.Unit, error) bool) {
			for i := from; i < from+n; i++ {
				if !yield(pairUnit(fmt.Sprintf("Sentence %d was translated.", i), fmt.Sprintf("La phrase %d a été traduite.", i)), nil) {
					return
				}
			}
		}
	}
	if _, err := d.Import(ctx, seq(500, 0), tm.ImportOptions{File: "first"}); err != nil {
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	lookup := func() error {
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		ms, err := d.Lookup(ctx, "Sentence 7 was translated.", opt)
		if err == nil && (len(ms) == 0 || ms[0].Score != 100) {
			err = fmt.Errorf("no exact match: %+v", ms)
		}
		return err
	}
	if err := lookup(); err != nil {
		t.Fatal(err)
	}

	c.Stop()
	err = lookup()
	if !errors.Is(err, tm.ErrUnavailable) || !strings.Contains(err.Error(), fmt.Sprint(c.Port)) {
		t.Errorf("lookup with the server down: %v; want tm.ErrUnavailable naming port %d", err, c.Port)
	}
	_, err = d.Import(ctx, seq(500, 500), tm.ImportOptions{File: "second"})
	if !errors.Is(err, tm.ErrUnavailable) {
		t.Errorf("import with the server down: %v; want tm.ErrUnavailable", err)
	}

	c.Start()
	// The pool drops dead connections and dials again; the deadline only
	// ends a hang (a try itself may take up to 10 s).
	var lerr error
	for end := time.Now().Add(60 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if lerr = lookup(); lerr == nil {
			break
		}
	}
	if lerr != nil {
		t.Fatalf("lookup after the restart: %v", lerr)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Units != 500 || st.Imports != 1 {
		t.Errorf("after the restart: %+v, %v; want the first import's 500 units and nothing of the failed one", st, err)
	}
	if st, err := d.Import(ctx, seq(500, 500), tm.ImportOptions{File: "second"}); err != nil || st.Added != 500 {
		t.Errorf("import after the restart: %+v, %v", st, err)
	}
}
