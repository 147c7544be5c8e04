package tm_test

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"
	"golang.org/x/text/transform"
)

// TestForeignCorpus imports each file of testdata/foreign (TMX, XLIFF, TBX,
// PO and CSV files written by Okapi, OmegaT, Translate Toolkit, Heartsome,
// Maxprograms' tools and the TMX specification; see its README.md) into a
// fresh TM as counts.tsv says, and checks the units read, added and left
// out, or the error. A file read is exported as TMX (DTD-valid, when
// xmllint is installed) and imported again into another TM: the same units
// and segments. Every file of the directory has a line.
func TestForeignCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "foreign")
	f, err := os.Open(filepath.Join(dir, "counts.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seen := map[string]bool{}
	var exports []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			t.Fatalf("counts.tsv:%d: %d fields, want 6", n, len(c))
		}
		seen[c[0]] = true
		var want [3]int
		for i := range want {
			if want[i], err = strconv.Atoi(c[2+i]); err != nil {
				t.Fatalf("counts.tsv:%d: %v", n, err)
			}
		}
		var opt tm.ReadOptions
		for _, o := range strings.Split(c[1], ",") {
			switch k, v, _ := strings.Cut(o, "="); k {
			case "-":
			case "repair":
				opt.Repair = true
				opt.Warn = func(*tmx.Error) {}
			case "src":
				opt.Src = language.MustParse(v)
			case "tgt":
				opt.Tgt = language.MustParse(v)
			case "nametgt": // as ImportFiles does: the language of the file's name
				opt.NameTgt, _ = textio.LangFromName(c[0])
			default:
				t.Fatalf("counts.tsv:%d: option %q", n, o)
			}
		}
		name := c[0] + " " + c[1]
		data, err := os.ReadFile(filepath.Join(dir, c[0]))
		if err != nil {
			t.Fatal(err)
		}
		d := openTemp(t)
		st, err := d.ImportFile(ctx, bytes.NewReader(data), c[0], tm.ImportFileOptions{ReadOptions: opt})
		if c[5] != "-" {
			if !errors.Is(err, tm.ErrBadInput) || !strings.Contains(err.Error(), c[5]) {
				t.Errorf("%s: error %v; want bad input saying %q", name, err, c[5])
			}
			if s, _ := d.Stats(ctx); s.Units != 0 {
				t.Errorf("%s: refused, yet %d units stored", name, s.Units)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := [3]int{st.Read, st.Added, st.Skipped.Total()}; got != want {
			t.Errorf("%s: read, added, left out %v; want %v", name, got, want)
		}
		// The summary adds up: every unit of the file is added, merged
		// or left out with its reason.
		if st.Read != st.Added+st.Merged {
			t.Errorf("%s: %d read, yet %d added and %d merged", name, st.Read, st.Added, st.Merged)
		}
		count := fileUnits
		if strings.HasSuffix(c[0], ".po") {
			count = poUnits
		}
		if n, ok := count(data); !ok {
			t.Errorf("%s: encoding/xml does not parse it: no count to compare", name)
		} else if st.Read+st.Skipped.Total() != n {
			t.Errorf("%s: %d units in the file; %d read + %d left out%s", name, n, st.Read, st.Skipped.Total(), st.Skipped)
		}
		if st.Added == 0 {
			continue
		}
		out := exportTMX(t, d)
		path := filepath.Join(t.TempDir(), c[0]+".tmx")
		os.WriteFile(path, out, 0o644)
		exports = append(exports, path)
		d2 := openTemp(t)
		st2, err := d2.ImportFile(ctx, bytes.NewReader(out), "export.tmx", tm.ImportFileOptions{})
		if err != nil {
			t.Errorf("%s: its export read back: %v", name, err)
			continue
		}
		s1, _ := d.Stats(ctx)
		s2, _ := d2.Stats(ctx)
		if st2.Added != st.Added || s1.Units != s2.Units || s1.Variants != s2.Variants {
			t.Errorf("%s: export read back as %d units, %d segments; stored %d, %d", name, s2.Units, s2.Variants, s1.Units, s1.Variants)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	files, _ := os.ReadDir(dir)
	for _, e := range files {
		if n := e.Name(); !seen[n] && n != "counts.tsv" && n != "README.md" {
			t.Errorf("%s has no line in counts.tsv", n)
		}
	}
	t.Run("dtd", func(t *testing.T) {
		xmllint, err := exec.LookPath("xmllint")
		if err != nil {
			t.Skip("xmllint not installed (Debian libxml2-utils): DTD validation of the exports skipped")
		}
		args := slices.Concat([]string{"--noout", "--nonet", "--dtdvalid", "tmx/testdata/tmx14.dtd"}, exports)
		if msg, err := exec.Command(xmllint, args...).CombinedOutput(); err != nil {
			t.Errorf("xmllint --dtdvalid: %v\n%s", err, msg)
		}
	})
}

// exportTMX writes the whole TM as TMX, as bitext tm export does.
func exportTMX(t *testing.T, d *tm.DB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := d.Export(ctx, &buf, tm.ExportOptions{ToolVersion: "test"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fileUnits counts the units of a TMX or XLIFF file with encoding/xml, apart
// from the readers of bitext: TMX <tu>, XLIFF 1.2 <trans-unit> (each
// sentence of one whose <seg-source> and target are cut by <mrk
// mtype="seg">, wherever they sit: inside <g> too), XLIFF 2 <segment>. ok
// is false for a file it cannot parse.
// poUnits counts the units of a PO file apart from its reader, by its
// lines: a msgid or msgid_plural at the start of a line is one (obsolete
// entries start with #~), but the header (a first msgid "" without a
// msgctxt before it).
func poUnits(data []byte) (n int, ok bool) {
	first, ctx := true, false
	for line := range strings.Lines(string(data)) {
		switch {
		case strings.HasPrefix(line, "msgctxt "):
			ctx = true
		case strings.HasPrefix(line, "msgid_plural "):
			n++
		case strings.HasPrefix(line, "msgid "):
			if !(first && !ctx && strings.TrimSpace(line) == `msgid ""` && !nextIsString(data, line)) {
				n++
			}
			first, ctx = false, false
		}
	}
	return n, true
}

// nextIsString is a stand-in: a header's msgid is "" on one line, and a
// long msgid that starts with "" continues on the next; PO files written
// by gettext's tools put a msgid's continuation only after msgid "", so a
// first msgid "" whose msgstr follows at once is the header.
func nextIsString(data []byte, line string) bool {
	i := bytes.Index(data, []byte(line))
	rest := data[i+len(line):]
	return bytes.HasPrefix(rest, []byte(`"`))
}

func fileUnits(data []byte) (n int, ok bool) {
	var r io.Reader = transform.NewReader(bytes.NewReader(data), unicode.BOMOverride(transform.Nop))
	bom := len(data) > 1 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
	switch { // UTF-16 without a byte order mark: known by its "<"
	case bytes.HasPrefix(data, []byte("<\x00")):
		r, bom = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder().Reader(bytes.NewReader(data)), true
	case bytes.HasPrefix(data, []byte("\x00<")):
		r, bom = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder().Reader(bytes.NewReader(data)), true
	}
	dec := xml.NewDecoder(r)
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if bom && strings.HasPrefix(strings.ToLower(label), "utf-16") {
			return in, nil // decoded from its byte order mark
		}
		e, err := htmlindex.Get(label)
		if err != nil {
			return nil, err
		}
		return e.NewDecoder().Reader(in), nil
	}
	// The depth of the open <seg-source> and <target> (0: none), and of
	// the element read.
	var segSource, target, depth int
	sentences, cut := 0, false // of the current trans-unit: sentences of its seg-source, a target cut too
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return n, true
		}
		if err != nil {
			return 0, false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "tu", "segment":
				n++
			case "trans-unit":
				sentences, cut = 0, false
			case "seg-source":
				segSource = depth
			case "target":
				target = depth
			case "mrk":
				for _, a := range t.Attr {
					if a.Name.Local == "mtype" && a.Value == "seg" {
						if segSource > 0 && depth > segSource {
							sentences++
						}
						cut = cut || target > 0 && depth > target
					}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "trans-unit":
				if cut && sentences > 0 {
					n += sentences
				} else {
					n++
				}
			case "seg-source":
				segSource = 0
			case "target":
				target = 0
			}
			depth--
		}
	}
}

// TestReviewDatesTMXValid: a unit three reviewers confirmed is exported
// with a date prop each (tm.PropReviewedOn), and the TMX stays valid for
// the TMX 1.4 DTD (when xmllint is installed).
func TestReviewDatesTMXValid(t *testing.T) {
	d := openTemp(t)
	for i, by := range []string{"Ann", "Bo", "Cy"} {
		u := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "It rained."}, {Lang: language.French, Text: "Il a plu."}},
			Origin: tm.Origin{File: tm.ReviewedFile}, CreatedBy: by, Created: time.Date(2026, 12, 1+i, 9, 0, 0, 0, time.UTC),
			Props: []tm.Prop{{Type: tm.PropReviewed, Text: by}}}
		if _, err := d.Import(ctx, seq(u), tm.ImportOptions{File: tm.ReviewedFile, Sequential: true, By: by}); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := d.Export(ctx, &b, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<prop type="x-bitext-reviewed-on">20261201T090000Z Ann</prop>`,
		`<prop type="x-bitext-reviewed-on">20261202T090000Z Bo</prop>`, `<prop type="x-bitext-reviewed-on">20261203T090000Z Cy</prop>`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("TMX export lacks %s:\n%s", want, b.String())
		}
	}
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian libxml2-utils): DTD validation skipped")
	}
	out := filepath.Join(t.TempDir(), "out.tmx")
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(xmllint, "--noout", "--nonet", "--dtdvalid", "tmx/testdata/tmx14.dtd", out).CombinedOutput(); err != nil {
		t.Errorf("xmllint --dtdvalid: %v\n%s", err, msg)
	}
}
