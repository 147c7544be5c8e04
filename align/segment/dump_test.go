package segment

import (
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var dumpCases = flag.String("dump-cases", "", "write the package's own test cases (languages, phenomena, quotations) as JSON Lines to `FILE`, for scoring peer tools")

// TestDumpCases writes the package's own cases, when asked with
// -dump-cases, in the development set's shape ({"lang","text","expected"}),
// so that testdata/bench scripts can score ICU and sentencex on them.
func TestDumpCases(t *testing.T) {
	if *dumpCases == "" {
		t.Skip("no -dump-cases FILE given")
	}
	f, err := os.Create(*dumpCases)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	type jcase struct {
		Set      string   `json:"set"`
		Lang     string   `json:"lang"`
		Text     string   `json:"text"`
		Expected []string `json:"expected"`
	}
	n := 0
	put := func(c jcase) {
		if err := enc.Encode(c); err != nil {
			t.Fatal(err)
		}
		n++
	}
	for _, c := range languageCases {
		put(jcase{"languages", c.lang, c.text, c.want})
	}
	for _, c := range phenomenaCases {
		put(jcase{"phenomena", c.lang, c.text, c.want})
	}
	for _, c := range quoteCases {
		put(jcase{"quotes", c.lang, c.text, c.keep})
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d cases written to %s", n, *dumpCases)
}
