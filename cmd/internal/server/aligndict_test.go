package server

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
)

// TestAPIAlignNoDefaultDict: /api/v1/align aligns a Chinese-English pair
// with the built-in dictionary unless the request says no_default_dict,
// as the library does with and without Options.NoDefaultDict; the two
// differ on a pair whose first two English sentences are swapped (the
// dictionary lowers the wrong pairs' scores).
func TestAPIAlignNoDefaultDict(t *testing.T) {
	zh := []string{"他们研究了这个问题很多年。", "我们喜欢一起听音乐唱歌。", "今天的天气非常好很暖和。", "我的朋友明天去北京旅行。"}
	en := []string{"We like to listen to music and sing together.", "They studied this problem for many years.", "Today the weather is very good and warm.", "My friend travels to Beijing tomorrow."}
	ts, _ := testServer(t, Options{})
	type result struct{ Beads []align.BeadRecord }
	ask := func(extra string) result {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"src": "zh", "tgt": "en", "presegmented": true,
			"src_text": strings.Join(zh, "\n"), "tgt_text": strings.Join(en, "\n")})
		var r result
		if st := call(t, "POST", ts.URL+"/api/v1/align", strings.TrimSuffix(string(body), "}")+extra+"}", &r); st != 200 {
			t.Fatalf("align%s: status %d", extra, st)
		}
		return r
	}
	lib := func(off bool) []float64 {
		p := &align.Pair{Src: align.Document{Sentences: zh}, Tgt: align.Document{Sentences: en}, SrcLang: language.Chinese, TgtLang: language.English}
		if err := p.Align(context.Background(), align.PairOptions{Align: align.Options{ReviewBelow: align.DefaultReviewBelow, MaxExamples: 20000, NoDefaultDict: off}}); err != nil {
			t.Fatal(err)
		}
		var out []float64
		for _, b := range p.Beads {
			out = append(out, b.Score)
		}
		return out
	}
	scores := func(r result) []float64 {
		var out []float64
		for _, b := range r.Beads {
			out = append(out, b.Score)
		}
		return out
	}
	def, off, offFalse := ask(""), ask(`,"no_default_dict":true`), ask(`,"no_default_dict":false`)
	if got, want := scores(def), lib(false); !slices.Equal(got, want) {
		t.Errorf("default: scores %v; want the library's with the dictionary %v", got, want)
	}
	if got, want := scores(off), lib(true); !slices.Equal(got, want) {
		t.Errorf("no_default_dict: scores %v; want the library's without it %v", got, want)
	}
	if got, want := scores(offFalse), scores(def); !slices.Equal(got, want) {
		t.Errorf("no_default_dict false: scores %v; want the default's %v", got, want)
	}
	if len(def.Beads) < 2 || len(off.Beads) < 2 {
		t.Fatalf("beads: %+v and %+v", def.Beads, off.Beads)
	}
	for k := range 2 {
		if def.Beads[k].Score > off.Beads[k].Score-0.05 {
			t.Errorf("wrong pair %d: score %.3f with the dictionary, %.3f with no_default_dict; want it lower with", k, def.Beads[k].Score, off.Beads[k].Score)
		}
	}
}
