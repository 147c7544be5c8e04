package server

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm"
)

// goldPairs are the sentence pairs of the seed article's gold alignment
// with its French version (testdata, one bead a line).
func goldPairs(t *testing.T) (src, tgt []string) {
	t.Helper()
	read := func(name string) align.Document {
		b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return align.PresegmentedDocument(string(b))
	}
	en, fr := read("irgc-iraq.en.seg.txt"), read("irgc-iraq.fr.seg.txt")
	f, err := os.Open(filepath.Join("..", "..", "..", "testdata", "irgc-iraq.en-fr.gold.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	links, err := align.ReadLinks(f)
	if err != nil {
		t.Fatal(err)
	}
	join := func(d align.Document, idx []int) string {
		var parts []string
		for _, i := range idx {
			parts = append(parts, d.Sentences[i])
		}
		return strings.Join(parts, " ")
	}
	for _, l := range links {
		if len(l.Src) > 0 && len(l.Tgt) > 0 {
			src, tgt = append(src, join(en, l.Src)), append(tgt, join(fr, l.Tgt))
		}
	}
	return src, tgt
}

// TestTMServerCompat runs a client written as Weblate's tmserver client
// is (testdata/weblate_client.py) against this server, side by side with
// Translate Toolkit's own tmdb.translate_unit over the same TMX file: where
// both suggest something, the top suggestion must be the same.
func TestTMServerCompat(t *testing.T) {
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import translate.storage.tmdb").Run(); err != nil {
		t.Skip("Translate Toolkit is not installed (Debian: apt-get install python3-translate); CI installs it")
	}
	src, tgt := goldPairs(t)
	dir := t.TempDir()
	tmxPath := filepath.Join(dir, "irgc.tmx")
	f, err := os.Create(tmxPath)
	if err != nil {
		t.Fatal(err)
	}
	var units []tm.Unit
	for i := range src {
		units = append(units, pairUnit(language.English, language.French, src[i], tgt[i], tm.Origin{}))
	}
	if err := tm.WriteTMX(f, tm.NewHeader(language.English, "test", time.Now()), unitSeq(units)); err != nil {
		t.Fatal(err)
	}
	f.Close()

	db := newDB(t)
	in, err := os.Open(tmxPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ImportFile(context.Background(), in, "irgc.tmx", tm.ImportFileOptions{}); err != nil {
		t.Fatal(err)
	}
	in.Close()
	ts, _ := testServer(t, Options{DB: db})

	// Queries: each stored source as it is, without its last word, and
	// with its first word dropped: exact and fuzzy lookups.
	var queries []string
	for _, s := range src {
		words := strings.Fields(s)
		queries = append(queries, s, strings.Join(words[:len(words)-1], " "), strings.Join(words[1:], " "))
	}
	qPath := filepath.Join(dir, "queries.txt")
	os.WriteFile(qPath, []byte(strings.Join(queries, "\n")+"\n"), 0o644)

	cmd := exec.Command(python, filepath.Join("testdata", "weblate_client.py"), tmxPath, ts.URL+"/tmserver", qPath, "en", "fr")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("weblate_client.py: %v", err)
	}
	var both, same, oursOnly, ttkOnly int
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct {
			Query, TTK, Ours *string
			TTKQuality       *float64 `json:"ttk_quality"`
			OursQuality      *float64 `json:"ours_quality"`
			Languages        [][2]string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%v in %s", err, sc.Bytes())
		}
		switch {
		case r.Languages != nil:
			if !containsPair(r.Languages, "en", "fr") {
				t.Errorf("the server's languages %v lack en -> fr as Weblate names them", r.Languages)
			}
		case r.TTK != nil && r.Ours != nil:
			both++
			if *r.TTK == *r.Ours {
				same++
			} else {
				t.Errorf("query %q: top suggestion %q (quality %v); Translate Toolkit's %q (%v)", *r.Query, *r.Ours, *r.OursQuality, *r.TTK, *r.TTKQuality)
			}
		case r.Ours != nil:
			oursOnly++
		case r.TTK != nil:
			ttkOnly++
		}
	}
	t.Logf("%d queries: both suggest for %d (same top suggestion %d), only bitext %d, only Translate Toolkit %d", len(queries), both, same, oursOnly, ttkOnly)
	if both < len(src) {
		t.Errorf("both suggest for %d queries; want at least the %d exact ones", both, len(src))
	}
}

func containsPair(pairs [][2]string, src, tgt string) bool {
	for _, p := range pairs {
		if p[0] == src && p[1] == tgt {
			return true
		}
	}
	return false
}
