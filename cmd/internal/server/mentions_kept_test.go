package server

import (
	"encoding/json"
	"testing"
)

// TestCheckMentionsAgreeWithRewrite: POST check and normalize of a text
// that sets a variant beside the house spelling ("Wolodymyr Selenskyj and
// Volodymyr Zelenskyy") marked that variant "rewrites": true while the
// rewrite kept it (the text speaks of the name's spellings), and the page
// said "1 variant to rewrite" over two marked. A mention rewrites exactly
// when a replacement covers it, in both routes.
func TestCheckMentionsAgreeWithRewrite(t *testing.T) {
	ts, _ := testServer(t, Options{})
	text := "Volodymyr Zelensky met Wolodymyr Selenskyj and Volodymyr Zelenskyy. " +
		"Later, a Daesh cell was reported."
	b, _ := json.Marshal(map[string]string{"text": text, "lang": "en"})
	for _, route := range []string{"check", "normalize"} {
		var resp struct {
			Text         string
			Replacements []struct {
				Offset int
				Form   string
			}
			Mentions []mentionJSON
		}
		if st := call(t, "POST", ts.URL+"/api/v1/"+route, string(b), &resp); st != 200 {
			t.Fatalf("%s: status %d", route, st)
		}
		marked := 0
		for _, m := range resp.Mentions {
			covered := false
			for _, r := range resp.Replacements {
				covered = covered || r.Offset <= m.Start && m.Start < r.Offset+len(r.Form)
			}
			if m.Rewrites != covered {
				t.Errorf("%s: mention %q (%s) rewrites %v; a replacement covers it: %v", route, m.Form, m.Rule, m.Rewrites, covered)
			}
			if m.Rewrites {
				marked++
			}
		}
		if marked != len(resp.Replacements) || len(resp.Replacements) != 2 {
			t.Errorf("%s: %d mentions marked to rewrite, %d replacements; want 2 and 2 (Volodymyr Zelensky, a Daesh)", route, marked, len(resp.Replacements))
		}
		if route == "normalize" {
			if want := "Volodymyr Zelenskyy met Wolodymyr Selenskyj and Volodymyr Zelenskyy. Later, an Islamic State cell was reported."; resp.Text != want {
				t.Errorf("normalize: %q; want %q", resp.Text, want)
			}
		}
	}
}
