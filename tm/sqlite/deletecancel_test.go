package sqlite

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/bitext/bitext/tm"
)

// lateCancel is a context cancelled once its Err has been asked after
// times: the cancel of a Ctrl-C that comes while a write runs.
type lateCancel struct {
	context.Context
	times int32
	asked atomic.Int32
}

func (c *lateCancel) Err() error {
	if c.asked.Add(1) > c.times {
		return context.Canceled
	}
	return nil
}

// TestDeleteUnitsSeesCancel: a cancel that comes while DeleteUnits runs
// (an interrupted tm delete --doc of a large document) stops it between
// units, and the write commits nothing: every unit is still there. The
// store's statements run under a context no cancel reaches, and
// DeleteUnits looked at the caller's only before its first unit, so such
// a delete went on to its end (150,000 units: more than 6 s) and was
// ended by the CLI's StopGrace, blamed on a named pipe.
func TestDeleteUnitsSeesCancel(t *testing.T) {
	s := openTemp(t)
	d := tm.New(s)
	if st, err := d.Import(ctx, seq(corpus...), tm.ImportOptions{File: "a.tmx"}); err != nil || st.Added != len(corpus) {
		t.Fatalf("Import = %+v, %v; want %d added", st, err, len(corpus))
	}
	var ids []int64
	if err := s.FilterUnits(ctx, tm.UnitFilter{Doc: "a.tmx"}, func(b []int64) { ids = append(ids, b...) }); err != nil || len(ids) != len(corpus) {
		t.Fatalf("FilterUnits = %v, %v; want %d ids", ids, err, len(corpus))
	}
	c := &lateCancel{Context: ctx, times: 1}
	err := s.Write(ctx, func(w tm.Writer) error {
		_, err := w.(tm.MaintWriter).DeleteUnits(c, ids)
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("DeleteUnits of %d units, cancelled after the first = %v; want context.Canceled", len(ids), err)
	}
	var left []int64
	if err := s.FilterUnits(ctx, tm.UnitFilter{Doc: "a.tmx"}, func(b []int64) { left = append(left, b...) }); err != nil || len(left) != len(corpus) {
		t.Errorf("after the cancelled delete: %d units of a.tmx, %v; want all %d", len(left), err, len(corpus))
	}
}
