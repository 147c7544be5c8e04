package normalize

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/bitext/bitext/tm/textio"
)

func TestDiscover(t *testing.T) {
	d := NewDiscoverer()
	for _, f := range []string{"../testdata/irgc-iraq.en.txt", "../testdata/irgc-iraq.en2.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Skipf("test data: %v", err)
		}
		d.Add(string(b))
	}
	got := map[string]Cluster{}
	for _, c := range d.Clusters(SameThreshold) {
		for _, v := range c.Variants {
			got[v.Form] = c
		}
	}
	for _, tc := range []struct{ a, b string }{
		{"Thabit Mohammad Saeed Reza", "Thabit Mohammad Saeedreza"},
		{"Qasim Soleimani", "Qassem Suleimani"},
		{"Abu Mahdi Al-Muhandis", "Abu Mahdi al-Muhandis"},
	} {
		ca, oka := got[tc.a]
		cb, okb := got[tc.b]
		if tc.b == "Abu Mahdi al-Muhandis" {
			// One spelling in two cases: no cluster of spellings (a
			// cluster of one, shown for its related forms, may hold it).
			if oka && len(ca.Variants) > 1 || okb && len(cb.Variants) > 1 {
				t.Errorf("Clusters: %q and %q differ only in case but form a cluster", tc.a, tc.b)
			}
			continue
		}
		if !oka || !okb || ca.Canonical != cb.Canonical {
			t.Errorf("Clusters: %q and %q are not in one cluster (%v, %v)", tc.a, tc.b, ca, cb)
		}
	}
	for _, form := range []string{"Iran", "Iraq", "Americans", "Putting"} {
		if c, ok := got[form]; ok {
			t.Errorf("Clusters: %q is in cluster %+v; want it in none", form, c)
		}
	}
}

// BenchmarkDiscover feeds many distinct names: blocking must keep linking
// near linear.
func BenchmarkDiscover(b *testing.B) {
	var sb strings.Builder
	given := []string{"Mohammad", "Ali", "Hossein", "Hassan", "Reza", "Mahmoud", "Ahmad", "Abbas"}
	for i := range 20000 {
		fmt.Fprintf(&sb, "Yesterday %s Karimzadeh%d met %s Rahimi%d. ", given[i%8], i, given[(i+3)%8], i/3)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := NewDiscoverer()
		d.Add(text)
		d.Clusters(SameThreshold)
	}
}

func TestDiscoverDropsDescriptors(t *testing.T) {
	d := NewDiscoverer()
	d.Add("Ukrainian President Volodymyr Zelensky met Iraqi Prime Minister Mohammed Shia al-Sudani and Defence Minister Thabit Saeedreza.")
	for _, want := range []string{"Volodymyr Zelensky", "Mohammed Shia al-Sudani", "Thabit Saeedreza"} {
		if d.counts[want] != 1 {
			t.Errorf("candidate %q counted %d times, want 1 (candidates %v)", want, d.counts[want], d.counts)
		}
	}
	for form := range d.counts {
		if strings.Contains(form, "President") || strings.Contains(form, "Minister") || strings.Contains(form, "Ukrainian") {
			t.Errorf("candidate %q keeps a descriptor", form)
		}
	}
}

func TestDiscoverSentenceInitialCapital(t *testing.T) {
	d := NewDiscoverer()
	d.Add("Al-Sudani spoke first. Al-Sudani said more. Then Iraq's premier al-Sudani left. Mohammed al-Sudani and Mohammed Al-Sudani met.")
	for _, c := range d.Clusters(0.5) {
		for _, v := range c.Variants {
			if strings.EqualFold(v.Form, "al-Sudani") && v.Form != "al-Sudani" {
				t.Errorf("cluster %+v: want al-Sudani, the form written inside a sentence", c)
			}
		}
	}
	if d.initial["Al-Sudani"] != 2 || d.initial["al-Sudani"] != 0 {
		t.Errorf("sentence-initial counts %v", d.initial)
	}
}

func TestDiscoverTieHouseStyle(t *testing.T) {
	d := NewDiscoverer()
	d.Add("The Islamic Revolution Guard Corps met. The Islamic Revolutionary Guard Corps left.")
	cs := d.Clusters(SameThreshold)
	if len(cs) != 1 || cs[0].Canonical != "Islamic Revolutionary Guard Corps" {
		t.Errorf("clusters %+v: want the default glossary's spelling to win the tie", cs)
	}
}

// TestDiscoverFS reads a folder and reports where each spelling was first
// seen, file:line, across pieces cut at blank lines; hidden files are
// skipped and a file that is not UTF-8 is an error naming file and line.
func TestDiscoverFS(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":         {Data: []byte("Intro line.\n\nsaid Thabit Mohammad Saeed Reza today.\nAnd again Thabit Mohammad Saeed Reza.\n")},
		"sub/b.txt":     {Data: []byte("One.\nTwo.\n\nThree.\nThe man, Thabit Mohammad Saeedreza, left.\n")},
		".hidden/c.txt": {Data: []byte("Thabit Mohammad Saeedreza\n")},
	}
	d := NewDiscoverer()
	if err := d.AddFS(context.Background(), fsys, "news"); err != nil {
		t.Fatal(err)
	}
	cl := d.Clusters(SameThreshold)
	if len(cl) != 1 {
		t.Fatalf("Clusters = %+v; want one cluster", cl)
	}
	want := []FormCount{{"Thabit Mohammad Saeed Reza", 2, "news/a.txt:3"}, {"Thabit Mohammad Saeedreza", 1, "news/sub/b.txt:5"}}
	if !slices.Equal(cl[0].Variants, want) {
		t.Errorf("Variants = %+v; want %+v", cl[0].Variants, want)
	}

	fsys["sub/d.txt"] = &fstest.MapFile{Data: []byte("ok\nbad \xff byte\n")}
	err := NewDiscoverer().AddFS(context.Background(), fsys, "news")
	var te *textio.Error
	if !errors.As(err, &te) || te.Name != "news/sub/d.txt" || te.Line != 2 {
		t.Errorf("AddFS with a bad file = %v; want a *textio.Error for news/sub/d.txt line 2", err)
	}
}

// TestDiscoverFSBinary: a folder's binary files (a JPEG, a SQLite
// database: a NUL byte near the start) are left out and told to Skipped,
// and the walk goes on (it stopped at the first); a text file with a
// stray NUL after the first 8 KiB and UTF-16 text stay errors.
func TestDiscoverFSBinary(t *testing.T) {
	fsys := fstest.MapFS{
		"a.jpg":   {Data: []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")},
		"b.txt":   {Data: []byte("The man, Thabit Mohammad Saeedreza, left.\n")},
		"c.db":    {Data: []byte("SQLite format 3\x00\x10\x00")},
		"d.txt":   {Data: []byte("And again Thabit Mohammad Saeed Reza.\n")},
		"sub/e.x": {Data: []byte("line\nline\n\x00")},
	}
	var skipped []string
	d := NewDiscoverer()
	d.Skipped = func(name, why string) { skipped = append(skipped, name+": "+why) }
	if err := d.AddFS(context.Background(), fsys, "news"); err != nil {
		t.Fatalf("AddFS with binary files: %v; want them skipped", err)
	}
	want := []string{"news/a.jpg: binary data (a NUL byte on line 1), not text", "news/c.db: binary data (a NUL byte on line 1), not text", "news/sub/e.x: binary data (a NUL byte on line 3), not text"}
	if !slices.Equal(skipped, want) {
		t.Errorf("skipped %q; want %q", skipped, want)
	}
	if cl := d.Clusters(SameThreshold); len(cl) != 1 || len(cl[0].Variants) != 2 {
		t.Errorf("Clusters = %+v; want the two text files' spellings in one", cl)
	}
	// Without Skipped the files are left out all the same.
	if err := NewDiscoverer().AddFS(context.Background(), fsys, "news"); err != nil {
		t.Errorf("AddFS without Skipped: %v", err)
	}
	for name, data := range map[string]string{
		"late.txt":  strings.Repeat("Some text here.\n", 600) + "\x00",
		"utf16.txt": "\xff\xfeH\x00i\x00\n\x00",
	} {
		err := NewDiscoverer().AddFS(context.Background(), fstest.MapFS{name: {Data: []byte(data)}}, "news")
		var te *textio.Error
		if !errors.As(err, &te) || te.Name != "news/"+name {
			t.Errorf("AddFS of %s = %v; want a *textio.Error naming it", name, err)
		}
	}
}

// TestDiscoverSentenceOpener: an ordinary word that opens a sentence before
// a name ("Again", seen in lower case elsewhere) is no part of the name.
func TestDiscoverSentenceOpener(t *testing.T) {
	d := NewDiscoverer()
	d.Add("He came again. Again Thabit Mohammad Saeedreza spoke. Later we met Thabit Mohammad Saeed Reza and Thabit Mohammad Saeed Reza.")
	cl := d.Clusters(SameThreshold)
	if len(cl) != 1 || len(cl[0].Variants) != 2 || cl[0].Variants[1].Form != "Thabit Mohammad Saeedreza" {
		t.Errorf("Clusters = %+v; want Thabit Mohammad Saeed Reza with Thabit Mohammad Saeedreza", cl)
	}
}

// TestClusterEntryLeavesLongerMentions: a cluster discovered in a corpus of
// several languages holds "Selon Thabet Mohammed Saïd Reza" (French
// "according to") and "Verteidigungsminister Thabet Mohammed Said Reza"
// beside the spellings; names discover --accept stored them as variants,
// and normalize then deleted the "Selon" of the French article. A form
// that is another form of the cluster with words before or after it is
// left out of the entry.
func TestClusterEntryLeavesLongerMentions(t *testing.T) {
	c := Cluster{Canonical: "Thabit Mohammad Saeed Reza"}
	for _, f := range []string{"Thabit Mohammad Saeed Reza", "Thabit Mohammad Saeedreza", "Thabet Mohammed Saïd Reza",
		"Selon Thabet Mohammed Saïd Reza", "Verteidigungsminister Thabet Mohammed Said Reza", "Thabet Mohammed Said Reza"} {
		c.Variants = append(c.Variants, FormCount{Form: f, Count: 1})
	}
	e := c.Entry()
	want := []string{"Thabit Mohammad Saeedreza", "Thabet Mohammed Saïd Reza", "Thabet Mohammed Said Reza"}
	if !slices.Equal(e.Variants, want) {
		t.Fatalf("Entry().Variants = %q, want %q", e.Variants, want)
	}
	g := NewGlossary([]Entry{e})
	var out strings.Builder
	in := "Selon Thabet Mohammed Saïd Reza, les Gardiens de la révolution"
	if err := g.Rewrite(&out, strings.NewReader(in), nil); err != nil {
		t.Fatal(err)
	}
	if want := "Selon Thabit Mohammad Saeed Reza, les Gardiens de la révolution"; out.String() != want {
		t.Errorf("Rewrite(%q) = %q, want %q", in, out.String(), want)
	}
	// A canonical with a word more keeps the bare name out too.
	c = Cluster{Canonical: "Verteidigungsminister Thabet Mohammed Said Reza", Variants: []FormCount{
		{Form: "Verteidigungsminister Thabet Mohammed Said Reza"}, {Form: "Thabet Mohammed Said Reza"}, {Form: "Verteidigungsminister Thabet Mohammed Saeed Reza"}}}
	if got := c.Entry().Variants; !slices.Equal(got, []string{"Verteidigungsminister Thabet Mohammed Saeed Reza"}) {
		t.Errorf("Entry().Variants = %q", got)
	}
}

// TestDiscoverAcronymsApart: acronyms and key names are read letter by
// letter, so one letter apart they are two names (Debian Reference 2.100
// clustered CPU/GPU, ISP/ESP, GiB/KiB, DRAM/DRM, RAID/Red and, by their
// sound-alike key, Ctrl-C/Ctrl-Q/Ctrl-X, and names discover --accept would
// have made normalize rewrite GPU to CPU); the same letters in another
// case or with dots are still one.
func TestDiscoverAcronymsApart(t *testing.T) {
	d := NewDiscoverer()
	d.Add("The CPU and the GPU share 4 GiB, not 4 KiB. Press Ctrl-C, Ctrl-Q or Ctrl-X. The ESP is not the ISP. DRAM is not DRM. RAID is not Red Hat.")
	d.Add("The CPU and the GPU share 4 GiB. Press Ctrl-C. The ESP and the ISP. DRAM and DRM. RAID and Red.")
	d.Add("The N.A.T.O. summit and the NATO summit. The N.A.T.O. leaders.")
	var us bool
	for _, c := range d.Clusters(0.5) {
		var forms []string
		for _, v := range c.Variants {
			forms = append(forms, v.Form)
		}
		if slices.Contains(forms, "N.A.T.O.") && slices.Contains(forms, "NATO") {
			us = true
			continue
		}
		if len(forms) > 1 {
			t.Errorf("cluster %q: acronyms a letter apart joined", forms)
		}
	}
	if !us {
		t.Errorf("N.A.T.O. and NATO not one cluster: %+v", d.Clusters(0.5))
	}
}

// refusingFS refuses to open the names in no, as a folder or file the
// user may not read does.
type refusingFS struct {
	fs.FS
	no map[string]bool
}

func (f refusingFS) Open(name string) (fs.File, error) {
	if f.no[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.FS.Open(name)
}

// TestAddFSErrorNamesPath: a file or folder of the tree that cannot be
// read is named with the prefix, as the user named the folder ("open
// news/sub: permission denied"), where it was named inside the tree
// ("open sub: ..."), which the user cannot find.
func TestAddFSErrorNamesPath(t *testing.T) {
	tree := fstest.MapFS{
		"a.txt":     {Data: []byte("Thabit Mohammad Saeedreza.\n")},
		"sub/b.txt": {Data: []byte("Thabit Mohammad Saeed Reza.\n")},
	}
	for _, bad := range []string{"a.txt", "sub", "sub/b.txt"} {
		err := NewDiscoverer().AddFS(context.Background(), refusingFS{tree, map[string]bool{bad: true}}, "news")
		var pe *fs.PathError
		if !errors.As(err, &pe) || pe.Path != "news/"+bad || !errors.Is(err, fs.ErrPermission) {
			t.Errorf("AddFS with %s unreadable: %v; want a path error naming news/%s", bad, err, bad)
		}
	}
}

// TestDiscoverTownOnRiver: a preposition in lower case between hyphens
// inside a town's name ("Rostov-on-Don", "Stratford-upon-Avon",
// "Frankfurt-am-Main") is part of the name, and two versions spelling
// the town a letter apart are one name; "on" as a word, or before a word
// in lower case ("Rostov-on-sea"), still ends the run.
func TestDiscoverTownOnRiver(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // forms that must be counted
		not  []string // forms that must not
	}{
		{"Flights from Yerevan to Rostov-on-Don resumed.", []string{"Rostov-on-Don"}, []string{"Rostov"}},
		{"He was born in Stratford-upon-Avon and died in Frankfurt-am-Main.", []string{"Stratford-upon-Avon", "Frankfurt-am-Main"}, []string{"Stratford", "Frankfurt"}},
		{"Rostov on Monday, Rostov-on-sea on Tuesday.", []string{"Rostov"}, []string{"Rostov on Monday", "Rostov-on"}},
	} {
		checkCounted(t, tc.in, tc.want, tc.not)
	}
	got := discoverSources(t, "Putin met Shoigu in Yerevan. 306 Russians flew home on Yerevan – Rostov-on-Don flights, TASS said.\n",
		"Putin met Shoigu in Yerevan. 306 Russians flew home from Yerevan to Roston-on-Don, TASS said.\n")
	if want := "Roston-on-Don | Rostov-on-Don"; !slices.Contains(got, want) {
		t.Errorf("clusters %q; want %q among them", got, want)
	}
}
