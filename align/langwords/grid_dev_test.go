package langwords

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadGrid scores Read's thresholds on the texts of TestReadDev (50-
// and 150-word windows): right/unknown/wrong and the English windows read
// as another language, for each minimum share, ratio and close ratio.
// Run with BITEXT_READDEV=1 (BITEXT_CSCAT: the checksweep texts).
func TestReadGrid(t *testing.T) {
	if os.Getenv("BITEXT_READDEV") == "" {
		t.Skip("BITEXT_READDEV not set")
	}
	type item struct {
		lang string
		r    Reading
		size int
	}
	var items []item
	ud, _ := filepath.Glob("../../align/segment/testdata/ud/*.dev.txt")
	en := []string{"../../testdata/irgc-iraq.en.txt", "../../testdata/irgc-iraq.en2.txt"}
	if d := os.Getenv("BITEXT_CSCAT"); d != "" {
		cs, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		en = append(en, cs...)
	}
	sizes := []int{50, 150, 1000}
	for _, size := range sizes {
		for _, f := range ud {
			l := strings.TrimSuffix(filepath.Base(f), ".dev.txt")
			if Index(l) < 0 {
				continue
			}
			for _, x := range windows(t, f, size, 400) {
				items = append(items, item{l, Read(x), size})
			}
		}
		for _, f := range en {
			for _, x := range windows(t, f, size, 1000) {
				items = append(items, item{"en", Read(x), size})
			}
		}
	}
	for _, minShare := range []float64{0.12, 0.15} {
		for _, ratio := range []float64{1.5, 1.8, 2} {
			for _, closeRatio := range []float64{1.2, 1.3, 1.5, 1.8} {
				var s string
				for _, size := range sizes {
					var r, u, w, enw, closeW int
					for _, it := range items {
						if it.size != size {
							continue
						}
						closeShare := 0.0
						if Close(it.r.Lead, it.r.Next) {
							closeShare = it.r.NextShare
						}
						got := ""
						if it.r.LeadShare >= minShare && it.r.LeadShare >= ratio*it.r.OtherShare && it.r.LeadShare >= closeRatio*closeShare {
							got = it.r.Lead
						}
						switch {
						case got == it.lang:
							r++
						case got == "":
							u++
						default:
							w++
							if it.lang == "en" {
								enw++
							}
							if Close(got, it.lang) {
								closeW++
							}
						}
					}
					s += fmt.Sprintf("  %d: %d/%d/%d en %d close %d", size, r, u, w, enw, closeW)
				}
				t.Logf("share %.2f ratio %.1f close %.1f%s", minShare, ratio, closeRatio, s)
			}
		}
	}
}
