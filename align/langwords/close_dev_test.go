package langwords

import (
	"os"
	"testing"
)

// TestCloseDev measures, on the UD development texts of the close pairs
// da/nb and ru/bg/uk, how the words of one list that the other lacks
// tell them apart (BITEXT_READDEV=1).
func TestCloseDev(t *testing.T) {
	if os.Getenv("BITEXT_READDEV") == "" {
		t.Skip("BITEXT_READDEV not set")
	}
	for _, f := range []string{"da", "ru", "bg", "uk", "sk"} {
		for _, size := range []int{50, 150, 1000} {
			hist := map[string]int{}
			for _, text := range windows(t, "../../align/segment/testdata/ud/"+f+".dev.txt", size, 400) {
				r := Read(text)
				e := exclusiveCounts(text)
				k := r.Lang
				if k == "" {
					k = "?"
				}
				hist[k+" by excl "+closeByExclusive(r, e)]++
			}
			t.Logf("%s %d: %v", f, size, hist)
		}
	}
}
