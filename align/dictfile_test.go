package align

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeDictFiles writes the dictionary files of the tests into a temporary
// directory: text dictionaries and a dictd database with and without
// compression.
func writeDictFiles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	dict := "00-database-info\nA test\nberg /bɛrk/ <noun, masc>\nmontagne, mont\nhaus /haʊs/\n1. maison\n2. foyer (famille)\n"
	off := strings.Index(dict, "berg /")
	mid := strings.Index(dict, "haus /")
	index := "00databaseinfo\tA\tR\nberg\t" + b64(off) + "\t" + b64(mid-off) + "\nhaus\t" + b64(mid) + "\t" + b64(len(dict)-mid) + "\n"
	var dz bytes.Buffer
	zw := gzip.NewWriter(&dz)
	zw.Write([]byte(dict))
	zw.Close()
	for name, text := range map[string]string{
		"de-fr.hunalign":  "# comment\n\nmaison @ haus\nmontagne @ berg\n",
		"de-fr.tsv":       "haus\tmaison\t0.9\nberg\tmontagne\n",
		"empty.txt":       "",
		"bad.tsv":         "haus\tmaison\nberg montagne\n",
		"bad.hunalign":    "maison @ haus\nmontagne berg\n",
		"plain.index":     index,
		"plain.dict":      dict,
		"gz.index":        index,
		"gz.dict.dz":      dz.String(),
		"badgz.index":     index,
		"badgz.dict.dz":   "this is certainly not a gzip stream",
		"cutgz.index":     index,
		"cutgz.dict.dz":   dz.String()[:dz.Len()/2], // a copy not finished
		"cuthead.index":   index,
		"cuthead.dict.dz": dz.String()[:6],
		"badidx.index":    "berg\tA\tzzzz\n",
		"badidx.dict":     dict,
		"noidx.dict":      dict,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadDictFile(t *testing.T) {
	dir := writeDictFiles(t)
	for _, tc := range []struct {
		name   string
		format DictFormat
		want   map[string][]string // source stem -> target stems
	}{
		{"de-fr.hunalign", FormatAuto, map[string][]string{"haus": {"maison"}, "berg": {"montag"}}},
		{"de-fr.hunalign", FormatHunalign, map[string][]string{"haus": {"maison"}}},
		{"de-fr.tsv", FormatAuto, map[string][]string{"haus": {"maison"}, "berg": {"montag"}}},
		{"de-fr.tsv", FormatTSV, map[string][]string{"berg": {"montag"}}},
		{"empty.txt", FormatAuto, map[string][]string{}},
		{"plain.index", FormatAuto, map[string][]string{"berg": {"montag", "mont"}, "haus": {"maison", "foyer"}}},
		{"plain.dict", FormatAuto, map[string][]string{"haus": {"maison", "foyer"}}},
		{"gz.dict.dz", FormatAuto, map[string][]string{"berg": {"montag", "mont"}}},
		{"gz", FormatDictd, map[string][]string{"haus": {"maison", "foyer"}}},
	} {
		l := NewLexicon()
		if err := l.ReadDictFile(filepath.Join(dir, tc.name), tc.format); err != nil {
			t.Errorf("ReadDictFile(%s, %s) = %v; want no error", tc.name, tc.format, err)
			continue
		}
		for src, want := range tc.want {
			if got := l.m[src]; !slices.Equal(got, want) {
				t.Errorf("ReadDictFile(%s, %s): lexicon[%q] = %q; want %q", tc.name, tc.format, src, got, want)
			}
		}
		if len(tc.want) == 0 && l.Len() != 0 {
			t.Errorf("ReadDictFile(%s, %s): %d pairs; want none", tc.name, tc.format, l.Len())
		}
	}
}

func TestReadDictFileErrors(t *testing.T) {
	dir := writeDictFiles(t)
	for _, tc := range []struct {
		name     string
		format   DictFormat
		notExist bool   // an *fs.PathError for a missing file
		path     string // else a *DictFileError naming this file
		msg      string // and saying this
	}{
		{"missing.tsv", FormatAuto, true, "", ""},
		{"missing.index", FormatAuto, true, "", ""},
		{"noidx.dict", FormatAuto, true, "", ""},
		{"bad.tsv", FormatAuto, false, "bad.tsv", "line 2: no tab"},
		{"bad.hunalign", FormatAuto, false, "bad.hunalign", `line 2: no " @ "`},
		{"de-fr.hunalign", FormatTSV, false, "de-fr.hunalign", "line 3: no tab"},
		{"badgz.index", FormatAuto, false, "badgz.dict.dz", "gzip"},
		{"cutgz.index", FormatAuto, false, "cutgz.dict.dz", "the file is cut short"},
		{"cuthead.index", FormatAuto, false, "cuthead.dict.dz", "the file is cut short"},
		{"badidx.index", FormatAuto, false, "badidx.index", "line 1"},
	} {
		err := NewLexicon().ReadDictFile(filepath.Join(dir, tc.name), tc.format)
		var de *DictFileError
		switch {
		case tc.notExist:
			if !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("ReadDictFile(%s, %s) = %v; want a file-not-found error", tc.name, tc.format, err)
			}
		case !errors.As(err, &de) || filepath.Base(de.Path) != tc.path || !strings.Contains(de.Err.Error(), tc.msg):
			t.Errorf("ReadDictFile(%s, %s) = %v; want a *DictFileError naming %s with %q", tc.name, tc.format, err, tc.path, tc.msg)
		}
	}
	if err := NewLexicon().ReadDictFile(filepath.Join(dir, "de-fr.tsv"), "xml"); err == nil || !strings.Contains(err.Error(), "unknown dictionary format") {
		t.Errorf(`ReadDictFile(de-fr.tsv, "xml") = %v; want an unknown-format error`, err)
	}
}

func TestLoadDicts(t *testing.T) {
	dir := writeDictFiles(t)
	p := func(name string) string { return filepath.Join(dir, name) }
	if lex, err := LoadDicts(nil, FormatAuto); lex != nil || err != nil {
		t.Errorf("LoadDicts(no files) = %v, %v; want nil, nil", lex, err)
	}
	for _, format := range []DictFormat{"", FormatAuto} {
		lex, err := LoadDicts([]string{p("de-fr.hunalign"), p("gz.index")}, format)
		if err != nil {
			t.Fatal(err)
		}
		if got := lex.m["haus"]; !slices.Contains(got, "foyer") || !slices.Contains(got, "maison") {
			t.Errorf("LoadDicts(%q): haus -> %q; want the entries of both files", format, got)
		}
	}
	var pe *fs.PathError
	if _, err := LoadDicts([]string{p("de-fr.tsv"), p("missing.tsv")}, FormatTSV); !errors.As(err, &pe) || pe.Path != p("missing.tsv") {
		t.Errorf("LoadDicts(missing file) error %v; want a *fs.PathError naming it", err)
	}
	var de *DictFileError
	if _, err := LoadDicts([]string{p("bad.tsv")}, FormatTSV); !errors.As(err, &de) || de.Path != p("bad.tsv") {
		t.Errorf("LoadDicts(bad file) error %v; want a *DictFileError naming it", err)
	}
	if _, err := LoadDicts([]string{p("de-fr.tsv")}, "xml"); err == nil || !strings.Contains(err.Error(), `"xml"`) {
		t.Errorf("LoadDicts(format xml) error %v; want one naming the format", err)
	}
}

func TestParseDictFormat(t *testing.T) {
	for _, f := range DictFormats {
		if got, err := ParseDictFormat(string(f)); got != f || err != nil {
			t.Errorf("ParseDictFormat(%q) = %q, %v", f, got, err)
		}
	}
	if got, err := ParseDictFormat(""); got != FormatAuto || err != nil {
		t.Errorf(`ParseDictFormat("") = %q, %v; want auto`, got, err)
	}
	if _, err := ParseDictFormat("xml"); err == nil {
		t.Errorf(`ParseDictFormat("xml") = nil error`)
	}
}

// TestReadDictFileStreams: a dictionary that never ends (/dev/zero,
// /dev/urandom) was read whole before any check (os.ReadFile), until the
// runtime ran out of memory; it is read as a stream now, and refused at
// its first line once past the line bound. A pipe stands for the device.
func TestReadDictFileStreams(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	written := make(chan int)
	go func() {
		buf := make([]byte, 64<<10)
		n := 0
		for n < 64<<20 {
			m, err := w.Write(buf)
			n += m
			if err != nil {
				break
			}
		}
		w.Close()
		written <- n
	}()
	name := fmt.Sprintf("/dev/fd/%d", r.Fd())
	err = NewLexicon().ReadDictFile(name, FormatAuto)
	r.Close()
	n := <-written
	var de *DictFileError
	if !errors.As(err, &de) || n > 24<<20 {
		t.Errorf("ReadDictFile(64 MiB of NUL bytes) = %v after %d bytes; want a *DictFileError after at most 24 MiB", err, n)
	}
}
