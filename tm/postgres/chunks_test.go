package postgres

import (
	"slices"
	"testing"
)

// TestInterleavedChunks: chunks of concurrent writers whose id ranges
// interleave still come out as one increasing list, each id once, through
// Postings and PostingsOf.
func TestInterleavedChunks(t *testing.T) {
	s := openTemp(t)
	chunks := [][]int64{{1, 2, 3, 200, 201}, {4, 5, 150}, {100, 101, 300}, {400, 401}}
	var want []int64
	for _, c := range chunks {
		if _, err := s.pool.Exec(ctx, "INSERT INTO posting(key, first, n, ids) VALUES (7, $1, $2, $3)", c[0], len(c), encodeChunk(c)); err != nil {
			t.Fatal(err)
		}
		want = append(want, c...)
	}
	slices.Sort(want)
	var got []int64
	if err := s.Postings(ctx, 7, func(ids []int64) {
		if len(got) > 0 && ids[0] <= got[len(got)-1] {
			t.Errorf("Postings handed %v after %v", ids, got)
		}
		got = append(got, ids...)
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Postings = %v; want %v", got, want)
	}
	got = nil
	if err := s.PostingsOf(ctx, []int64{99, 7}, func(i int, ids []int64) {
		if i != 1 {
			t.Errorf("PostingsOf handed list %d; only list 1 (key 7) has ids", i)
		}
		got = append(got, ids...)
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("PostingsOf = %v; want %v", got, want)
	}
}
