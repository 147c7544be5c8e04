package sqlite

import (
	"fmt"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestReplaceUnitPreparedOnce: the statements of ReplaceUnit (the unit's
// row, its langs, its variants, its posting lists) are prepared once a
// write, as the write's other statements are, not parsed again for each
// unit: a review stored again rewrites every unit it merges into
// (tmreview58 measured the parse at 294 M instructions of 16.7 G).
func TestReplaceUnitPreparedOnce(t *testing.T) {
	s := openTemp(t)
	db := tm.New(s)
	var us []tm.Unit
	for i := range 3 {
		us = append(us, pair(fmt.Sprintf("Replaced sentence number %d.", i), fmt.Sprintf("Phrase remplacée %d.", i)))
	}
	if _, err := db.Import(ctx, seq(us...), tm.ImportOptions{File: "r.tmx"}); err != nil {
		t.Fatal(err)
	}
	err := s.Write(ctx, func(tw tm.Writer) error {
		w := tw.(*writer)
		var after []int
		for id := int64(1); id <= 3; id++ {
			su, err := w.Unit(ctx, id)
			if err != nil {
				return err
			}
			r := tm.UnitRecord{Hash: int64(100 + id), Unit: su.Unit, Langs: []string{"en", "fr"}, Bases: []string{"en", "fr"},
				Keys: []int64{id * 10, id*10 + 1}, Words: [][]int64{{7, 8}, {9}}}
			r.SrcLangText = "en"
			before := len(w.stmts)
			if err := w.ReplaceUnit(ctx, id, r); err != nil {
				return err
			}
			after = append(after, len(w.stmts)-before)
		}
		if after[0] < 4 || after[1] != 0 || after[2] != 0 {
			t.Errorf("statements prepared by three ReplaceUnit calls = %v; want 4 or more by the first (row, langs, variants, postings), none by the others", after)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	if err := s.Postings(ctx, 9, func(ids []int64) { got = append(got, ids...) }); err != nil || len(got) != 3 {
		t.Errorf("Postings(9) = %v, %v; want the three units", got, err)
	}
}
