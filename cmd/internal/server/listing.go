package server

import (
	"net/http"
	"slices"
	"strings"

	"github.com/bitext/bitext/normalize"
)

// maxList is the most items a page of a list route (GET glossary, GET
// documents) holds.
const maxList = 1000

// listQuery is what a list route's query asks for: the items that match q
// (all when q is empty), offset of them skipped, at most limit (all when
// limit is 0, the answer of the routes before they had pages).
type listQuery struct {
	q             string
	limit, offset int
}

// parseListQuery reads q, limit (or max, pageSize) and offset; a bad
// value is a 400.
func parseListQuery(r *http.Request) (listQuery, error) {
	var lq listQuery
	lq.q = strings.TrimSpace(r.URL.Query().Get("q"))
	if err := checkChars("q", lq.q); err != nil {
		return lq, err
	}
	var err error
	if lq.limit, err = pageSize(r, 0, 1, maxList); err != nil {
		return lq, err
	}
	if lq.offset, err = queryInt(r, "offset", 0, 0, 1<<30); err != nil {
		return lq, err
	}
	return lq, nil
}

// listPage is a page of a list and what the answer says of the rest.
type listPage[T any] struct {
	items []T
	total int  // the items that match, on every page
	more  bool // items that match follow this page
}

// pageOf filters items by match and cuts the page lq asks for.
func pageOf[T any](items []T, lq listQuery, match func(T) bool) listPage[T] {
	var kept []T
	for _, it := range items {
		if match(it) {
			kept = append(kept, it)
		}
	}
	p := listPage[T]{total: len(kept), items: []T{}}
	if lq.offset >= len(kept) {
		return p
	}
	end := len(kept)
	if lq.limit > 0 && lq.offset+lq.limit < end {
		end, p.more = lq.offset+lq.limit, true
	}
	p.items = kept[lq.offset:end]
	return p
}

// textMatcher matches a text that holds q ignoring case; byKey also
// matches a name each of whose words' name keys (see normalize.Key:
// spelling, diacritics and script folded) holds the key of one of q's
// words, so that "sulaymani" finds "Qasem Soleimani" and "mūsavī" finds
// "Abdolrahim Mousavi". Words are keyed apart: a whole name's key joins
// its words and folds across them ("Abdolrahim Mousavi" is
// "abdalrahimusavi"). An empty q matches everything.
func textMatcher(q string, byKey bool) func(string) bool {
	if q == "" {
		return func(string) bool { return true }
	}
	lower := strings.ToLower(q)
	var keys []string
	if byKey {
		keys = wordKeys(q)
	}
	return func(s string) bool {
		if strings.Contains(strings.ToLower(s), lower) {
			return true
		}
		if len(keys) == 0 {
			return false
		}
		have := wordKeys(s)
		for _, k := range keys {
			if !slices.ContainsFunc(have, func(h string) bool { return strings.Contains(h, k) }) {
				return false
			}
		}
		return true
	}
}

// wordKeys are the name keys of the words of s, those that have one.
func wordKeys(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if k := normalize.Key(w); k != "" {
			out = append(out, k)
		}
	}
	return out
}
