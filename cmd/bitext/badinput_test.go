package main

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3"
)

// tmHeader starts a TMX 1.4 document with one English-French unit open.
const tmHeader = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" segtype="sentence" adminlang="en" ` +
	`datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>`

// badInputFiles writes the hostile inputs of TestBadInput into dir.
func badInputFiles(t *testing.T, dir string) {
	t.Helper()
	files := map[string]string{
		"invalid.tsv":      "ok\tbien\nx\xff\ty\n",
		"nul.tsv":          "ok\tbien\na\x00b\tc\n",
		"cols.tsv":         "ok\tbien\na\tb\tc\td\n",
		"score.tsv":        "ok\tbien\na\tb\thigh\n",
		"bad.jsonl":        `{"src_text":"a","tgt_text":"b"}` + "\n{bad\n",
		"invalid.jsonl":    `{"src_text":"a","tgt_text":"b"}` + "\n{\"src_text\":\"a\xff\",\"tgt_text\":\"b\"}\n",
		"surrogate.jsonl":  `{"src_text":"a","tgt_text":"b"}` + "\n" + `{"src_text":"a \ud83d","tgt_text":"b"}` + "\n",
		"notxml.tmx":       "hello, world\n",
		"truncated.tmx":    tmHeader + "\n<tu><tuv xml:lang=\"en\"><seg>Hello</seg></tuv><tuv xml:lang=\"fr\"><seg>Bon",
		"noseg.tmx":        tmHeader + "\n<tu><tuv xml:lang=\"en\"></tuv><tuv xml:lang=\"fr\"><seg>Bon</seg></tuv></tu></body></tmx>",
		"huge.tsv":         "a\tb\n" + strings.Repeat("x", 3<<20) + "\ty\n",
		"invalid.txt":      "Qasim Soleimani\nsaid \xff.\n",
		"story.txt":        "Qasim Soleimani met.\n",
		"utf16.tsv":        "\xff\xfeH\x00i\x00\t\x00S\x00a\x00l\x00u\x00t\x00\n\x00",
		"utf16le.txt":      "Q\x00a\x00s\x00i\x00m\x00\n\x00",
		"text.db":          "some notes, not a database\n",
		"broken.csv":       "canonical,kind,variants\n\"Qassem Soleimani,person,Qasim\n",
		"openquote.csv":    "Qassem Soleimani,person,\"Qasim Soleimani\nHossein Salami,person,Hosein Salami\nMohammad Bagheri,person,Mohammed Bagheri\n",
		"openquote.gl.tsv": "Qassem Soleimani\tperson\tQasim Soleimani\n\"Hajji\" Salami\tperson\tHosein Salami\nMohammad Bagheri\tperson\tMohammed Bagheri\n",
		"broken.jsonl":     `{"canonical":"Qassem Soleimani","kind":"person"}` + "\n{bad\n",
		"broken.tbx":       `<?xml version="1.0"?><martif type="TBX"><text><body><termEntry>`,
		"notglossary.tbx":  "hello\n",
		"good.gl.tsv":      "Qassem Soleimani\tperson\tQasim Soleimani\n",
		"kind.tsv":         "Qassem Soleimani\tperson\tQasim Soleimani\nIRGC\tthing\tSepah\n",
		"hugename.gl.tsv":  "Qassem Soleimani\tperson\n" + strings.Repeat("Qasim ", 1000) + "\tperson\n",
		"mark.gl.tsv":      "Alexey Danilov\tperson\tAleksei Danilov\nMaria Zakharova\tperson\tमारिया ज़खारोवा|\u093fमारिया\n",
		"invalid.tbx":      `<?xml version="1.0"?><martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>Qa` + "\xff" + `sim</term></tig></langSet></termEntry></body></text></martif>`,
		"invalid.gl.tsv":   "Qassem Soleimani\tperson\tQasim \xff\n",
		"two\nlines.txt":   "Qasim Soleimani\nsaid \xff.\n",
		"l'été.txt":        "Qasim Soleimani\nsaid caf\xe9 au lait.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat("Good morning.\tBonjour.\n", 20000)))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "truncated.tsv.gz"), gz.Bytes()[:gz.Len()/2], 0o644)
	// A TMX and an XLIFF file written without line breaks, as some tools
	// write them: 200 good units, then a bad one, all on line 1.
	var tus, units strings.Builder
	for i := range 200 {
		fmt.Fprintf(&tus, `<tu><tuv xml:lang="en"><seg>Sentence %d.</seg></tuv><tuv xml:lang="fr"><seg>Phrase %d.</seg></tuv></tu>`, i, i)
		fmt.Fprintf(&units, `<trans-unit id="%d"><source>Sentence %d.</source><target state="translated">Phrase %d.</target></trans-unit>`, i, i, i)
	}
	os.WriteFile(filepath.Join(dir, "oneline.tmx"), []byte(tmHeader[:strings.LastIndex(tmHeader, "<body>")+6]+tus.String()+`<tu><tuv><seg>Bad.</seg></tuv></tu></body></tmx>`), 0o644)
	os.WriteFile(filepath.Join(dir, "oneline.xlf"), []byte(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>`+
		units.String()+`<trans-unit id="x"><source>Bad.</source><target>Mauvais.</targt></trans-unit></body></file></xliff>`), 0o644)
	os.WriteFile(filepath.Join(dir, "archive.zip"), []byte("PK\x03\x04\x14\x00rest of a zip"), 0o644)
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	// A loop of symbolic links (faults43).
	os.Symlink("loop2", filepath.Join(dir, "loop1"))
	os.Symlink("loop1", filepath.Join(dir, "loop2"))
	// A SQLite file of another application.
	other, err := sql.Open("sqlite3", filepath.Join(dir, "places.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Exec("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)"); err != nil {
		t.Fatal(err)
	}
	other.Close()
}

// tmCounts is what a failed command must leave as it was.
func tmCounts(t *testing.T, db string) string {
	t.Helper()
	out, stderr, code := runBitext(t, "", "--db", db, "tm", "stats", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("tm stats: exit %d: %s", code, stderr)
	}
	var s struct {
		Units, Segments, Imports int
		Langs                    map[string]int
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(s)
	names, _, _ := runBitext(t, "", "--db", db, "names", "export", "--format", "jsonl")
	return string(b) + "\n" + names
}

// TestBadInput throws hostile input at the tm, normalize and names commands:
// each must exit 2 with "bitext: error:" naming the file, the line where
// there is one, and what is wrong, and change nothing: the TM keeps its
// units and glossary, and no input file is touched.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	badInputFiles(t, dir)
	db := filepath.Join(dir, "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	if _, stderr, code := runBitext(t, "", "--db", db, "names", "import", filepath.Join(dir, "kind.tsv")); code != 2 {
		t.Fatalf("names import with a bad kind: exit %d: %s; want 2", code, stderr)
	}
	f := func(name string) string { return filepath.Join(dir, name) }
	// A TM cut short (a copy interrupted, a disk full).
	if b, err := os.ReadFile(db); err != nil {
		t.Fatal(err)
	} else if err := os.WriteFile(f("cut.db"), b[:len(b)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	snapshot := func() map[string][]byte {
		m := map[string][]byte{}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if b, err := os.ReadFile(f(e.Name())); err == nil && !strings.HasPrefix(e.Name(), "tm.db") {
				m[e.Name()] = b
			}
		}
		return m
	}
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		want  []string // in the error message
	}{
		// tm import
		{"import missing file", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("missing.tsv")}, []string{"missing.tsv", "no such file"}},
		{"import a directory", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("folder")}, []string{"folder", "is a directory"}},
		{"import invalid UTF-8 TSV", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("invalid.tsv")}, []string{"invalid.tsv", "line 2", "invalid UTF-8"}},
		{"import NUL bytes", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("nul.tsv")}, []string{"nul.tsv", "line 2", "NUL byte"}},
		{"import TSV wrong column count", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("cols.tsv")}, []string{"cols.tsv", "line 2", "found 4 fields"}},
		{"import TSV bad score", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("score.tsv")}, []string{"score.tsv", "line 2", "not a number"}},
		{"import huge line", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("huge.tsv")}, []string{"huge.tsv", "line 2", "longer than 2 MiB"}},
		{"import JSONL bad line", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("bad.jsonl")}, []string{"bad.jsonl", "line 2", "not a JSON object"}},
		{"import JSONL invalid UTF-8", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("invalid.jsonl")}, []string{"invalid.jsonl", "line 2", "invalid UTF-8"}},
		{"import JSONL half a surrogate pair", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("surrogate.jsonl")}, []string{"surrogate.jsonl", "line 2", `surrogate pair alone (\ud83d)`}},
		{"import TMX not XML", "", []string{"tm", "import", f("notxml.tmx")}, []string{"notxml.tmx", "line 1", "not a TMX document"}},
		{"import TMX truncated", "", []string{"tm", "import", f("truncated.tmx")}, []string{"truncated.tmx", "line 2", "end of file"}},
		{"import TMX tu without seg", "", []string{"tm", "import", f("noseg.tmx")}, []string{"noseg.tmx", "line 2", "without <seg>"}},
		// A file without line breaks is line 1 throughout: the error gives
		// the column too (trial56).
		{"import TMX on one line", "", []string{"tm", "import", f("oneline.tmx")}, []string{"oneline.tmx: line 1, column 20963: <tuv> without xml:lang", ": <tuv> without xml:lang"}},
		{"import XLIFF on one line", "", []string{"tm", "import", f("oneline.xlf")}, []string{"oneline.xlf: line 1, column 22089: not well-formed XML: </targt> closes <target>", ": not well-formed XML: </targt> closes <target>"}},
		{"import TSV from stdin without langs", "a\tb\n", []string{"tm", "import", "--format", "tsv"}, []string{"<stdin>", "--src and --tgt"}},
		{"import ill-formed --src", "", []string{"tm", "import", "--src", "xx-!!", "--tgt", "fr", f("cols.tsv")}, []string{`"xx-!!" for "--src"`, "BCP 47"}},
		{"import empty --src", "", []string{"tm", "import", "--src", "", "--tgt", "fr", f("cols.tsv")}, []string{`"" for "--src"`, "BCP 47"}},
		{"import unknown --format", "", []string{"tm", "import", "--format", "xls", f("cols.tsv")}, []string{`"xls" for "--format"`, "want auto, tmx, tsv, jsonl, xliff or po"}},
		{"import truncated gzip", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("truncated.tsv.gz")}, []string{"truncated.tsv.gz", "broken gzip data"}},
		{"import a zip archive", "", []string{"tm", "import", f("archive.zip")}, []string{"archive.zip", "zip archive", "unzip"}},
		{"import UTF-16 TSV", "", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("utf16.tsv")}, []string{"utf16.tsv", "line 1", "UTF-16", "iconv"}},
		// tm add, lookup, concordance, export
		{"add missing TARGET", "", []string{"tm", "add", "--src", "en", "--tgt", "fr", "Hello"}, []string{"wrong number of arguments for tm add: 1 given (\"Hello\")", "usage: bitext tm add --src LANG --tgt LANG SOURCE TARGET"}},
		{"add missing --src", "", []string{"tm", "add", "Hello", "Bonjour"}, []string{"--src is required"}},
		{"add invalid UTF-8", "", []string{"tm", "add", "--src", "en", "--tgt", "fr", "a\xffb", "c"}, []string{"SOURCE", "invalid UTF-8"}},
		{"add empty segment", "", []string{"tm", "add", "--src", "en", "--tgt", "fr", "Hello", " "}, []string{"TARGET is empty"}},
		{"lookup invalid UTF-8 argument", "", []string{"tm", "lookup", "--src", "en", "--tgt", "fr", "a\xff"}, []string{"TEXT", "invalid UTF-8"}},
		{"lookup invalid UTF-8 stdin", "Good morning.\nbad \xff\n", []string{"tm", "lookup", "--src", "en", "--tgt", "fr", "-"}, []string{"<stdin>", "line 2", "invalid UTF-8"}},
		{"lookup huge stdin line", strings.Repeat("x", 2<<20), []string{"tm", "lookup", "--src", "en", "--tgt", "fr", "-"}, []string{"<stdin>", "longer than 1 MiB"}},
		{"lookup without --tgt", "", []string{"tm", "lookup", "--src", "en", "Hello"}, []string{"--tgt is required"}},
		{"concordance bad --src", "", []string{"tm", "concordance", "--src", "xx-!!", "morning"}, []string{`"xx-!!" for "--src"`}},
		{"concordance bad --lang (the old name)", "", []string{"tm", "concordance", "--lang", "xx-!!", "morning"}, []string{`"xx-!!" for "--lang"`}},
		{"concordance without --src", "", []string{"tm", "concordance", "morning"}, []string{"--src is required"}},
		{"concordance punctuation only", "", []string{"tm", "concordance", "--src", "en", "!!!"}, []string{"no words to search"}},
		{"concordance emoji only, quoted as typed", "", []string{"tm", "concordance", "--src", "en", "\U0001f469\u200d\U0001f469\u200d\U0001f467"}, []string{"“\U0001f469\u200d\U0001f469\u200d\U0001f467”", "no words to search"}},
		{"concordance invalid UTF-8", "", []string{"tm", "concordance", "--src", "en", "\xff"}, []string{"TERM", "invalid UTF-8"}},
		{"lookup a line too long after a good one", "Good morning.\n" + strings.Repeat("x", 2<<20), []string{"tm", "lookup", "--src", "en", "--tgt", "fr", "-"}, []string{"<stdin>", "line 2", "longer than 1 MiB"}},
		{"add same --src and --tgt", "", []string{"tm", "add", "--src", "en", "--tgt", "en", "a", "b"}, []string{"both en"}},
		{"import same --src and --tgt", "", []string{"tm", "import", "--src", "fr", "--tgt", "fr", f("cols.tsv")}, []string{"both fr"}},
		{"export -o a directory", "", []string{"tm", "export", "-o", f("folder")}, []string{"folder", "is a directory"}},
		{"export -o in a missing folder", "", []string{"tm", "export", "-o", f("nowhere/x.tmx")}, []string{"x.tmx", "no such directory"}},
		{"export -o the TM itself", "", []string{"tm", "export", "-o", "TMDB"}, []string{"translation memory itself"}},
		{"export -o the TM's WAL", "", []string{"tm", "export", "-o", "TMDB-wal"}, []string{"translation memory itself"}},
		{"names export -o the TM itself", "", []string{"names", "export", "-o", "TMDB"}, []string{"translation memory itself"}},
		// tm pretranslate -o the TM replaced it with the XLIFF; -o its
		// input replaced the article, or the translator's XLIFF (trial33).
		{"pretranslate -o the TM itself", "", []string{"tm", "pretranslate", "--src", "en", "--tgt", "fr", f("story.txt"), "-o", "TMDB"}, []string{"translation memory itself"}},
		{"pretranslate -o its article", "", []string{"tm", "pretranslate", "--src", "en", "--tgt", "fr", f("story.txt"), "-o", f("./story.txt")}, []string{"story.txt", "that is the input"}},
		{"pretranslate --back -o its XLIFF", "", []string{"tm", "pretranslate", "--back", f("story.txt"), "-o", f("story.txt")}, []string{"story.txt", "that is the input"}},
		{"names export -o a directory", "", []string{"names", "export", "-o", f("folder")}, []string{"folder", "is a directory"}},
		{"export tsv without langs", "", []string{"tm", "export", "--format", "tsv"}, []string{"--src is required: a TSV or XLIFF export holds one language pair", "a TMX export holds them all", "bitext: hint: `bitext tm stats` lists the TM's languages"}},
		{"export xliff without --tgt", "", []string{"tm", "export", "--format", "xliff", "--src", "en"}, []string{"--tgt is required: a TSV or XLIFF export holds one language pair", "bitext: hint: `bitext tm stats` lists the TM's languages"}},
		// --db that is not a TM
		{"--db a directory", "", []string{"--db", f("folder"), "tm", "stats"}, []string{"folder", "is a directory"}},
		{"--db a text file", "", []string{"--db", f("text.db"), "tm", "stats"}, []string{"text.db", "not a SQLite database"}},
		{"--db a TM cut short", "", []string{"--db", f("cut.db"), "tm", "stats"}, []string{"cut.db", "damaged", "bitext: hint: nothing was written; restore it from a backup", "tm export", ".recover"}},
		// names discover --accept read the whole corpus (here a file that
		// is not there) before it opened the TM and found it damaged.
		{"names discover --accept with a damaged TM", "", []string{"--db", f("cut.db"), "names", "discover", "--accept", f("missing.txt")}, []string{"cut.db", "damaged"}},
		{"--db a TM cut short (lookup)", "", []string{"--db", f("cut.db"), "tm", "lookup", "--src", "en", "--tgt", "fr", "Good morning."}, []string{"cut.db", "damaged"}},
		{"--db another application's SQLite", "", []string{"--db", f("places.sqlite"), "tm", "add", "--src", "en", "--tgt", "fr", "a", "b"}, []string{"places.sqlite", "other tables"}},
		{"lookup in a TM that does not exist", "", []string{"--db", f("typo.db"), "tm", "lookup", "--src", "en", "--tgt", "fr", "Hello"}, []string{"typo.db", "no translation memory there"}},
		{"stats of a TM that does not exist", "", []string{"--db", f("typo.db"), "tm", "stats"}, []string{"typo.db", "no translation memory there"}},
		{"export of a TM that does not exist", "", []string{"--db", f("typo.db"), "tm", "export"}, []string{"typo.db", "no translation memory there"}},
		// A path that leads to no file as --db was exit 1 ("open loop1:
		// stat loop1: ..."), where the same path as an input file is exit 2
		// (faults43).
		{"--db a loop of symbolic links", "", []string{"--db", f("loop1"), "tm", "stats"}, []string{"open " + f("loop1") + ": too many levels of symbolic links", "--db FILE"}},
		{"--db a file taken for a folder", "", []string{"--db", f("story.txt/tm.db"), "tm", "add", "--src", "en", "--tgt", "fr", "a", "b"}, []string{"open " + f("story.txt/tm.db") + ": not a directory"}},
		{"--db through a loop (names list)", "", []string{"--db", f("loop1/tm.db"), "names", "list"}, []string{"loop1/tm.db: too many levels of symbolic links"}},
		{"tm copy --from a loop", "", []string{"tm", "copy", "--from", f("loop1"), "--to", f("copy.db")}, []string{"open " + f("loop1") + ": too many levels"}},
		// An empty path given explicitly (a shell variable not set) was
		// read as the flag left out: standard output, the built-in rules,
		// the default TM, a server without tokens (faults43). --doc "" is
		// no filter on purpose (TestAuditSilentAnswers).
		{"-o empty", "", []string{"tm", "export", "-o", ""}, []string{"-o/--output: empty path", "leave -o/--output out to write to standard output"}},
		{"--rules empty", "", []string{"segment", "-l", "en", "--rules", "", f("story.txt")}, []string{"--rules: empty path", "built-in rules"}},
		{"--db empty", "", []string{"--db", "", "tm", "stats"}, []string{"--db: empty path"}},
		{"--token-file empty", "", []string{"serve", "--token-file="}, []string{"--token-file: empty path", "serve without tokens"}},
		{"--src-groups empty", "", []string{"align", "score", "--src-groups", "", f("story.txt"), f("story.txt")}, []string{"--src-groups: empty path"}},
		{"--db a directory (normalize)", "", []string{"--db", f("folder"), "normalize", f("story.txt")}, []string{"folder", "is a directory"}},
		{"--db a directory (names import)", "", []string{"--db", f("folder"), "names", "import", f("good.gl.tsv")}, []string{"folder", "is a directory"}},
		// normalize
		{"normalize missing file", "", []string{"normalize", f("missing.txt")}, []string{"missing.txt", "no such file"}},
		{"normalize a directory", "", []string{"normalize", f("folder")}, []string{"folder", "is a directory"}},
		{"normalize invalid UTF-8", "", []string{"normalize", f("invalid.txt")}, []string{"invalid.txt", "line 2", "invalid UTF-8"}},
		{"normalize -w invalid UTF-8", "", []string{"normalize", "-w", f("invalid.txt")}, []string{"invalid.txt", "line 2", "invalid UTF-8"}},
		{"normalize UTF-16 text", "", []string{"normalize", f("utf16.tsv")}, []string{"utf16.tsv", "UTF-16", "iconv"}},
		{"normalize UTF-16 text without BOM", "", []string{"normalize", f("utf16le.txt")}, []string{"utf16le.txt", "line 1", "NUL byte"}},
		{"normalize -w NUL bytes", "", []string{"normalize", "-w", f("nul.tsv")}, []string{"nul.tsv", "line 2", "NUL byte"}},
		{"normalize -w stdin", "Qasim Soleimani\n", []string{"normalize", "-w"}, []string{"-w", "standard input cannot be rewritten"}},
		{"normalize -w -", "Qasim Soleimani\n", []string{"normalize", "-w", "-"}, []string{"-w", "standard input cannot be rewritten"}},
		{"normalize -w /dev/stdin", "Qasim Soleimani\n", []string{"normalize", "-w", "/dev/stdin"}, []string{"-w", "/dev/stdin is a stream"}},
		{"normalize ill-formed --lang", "", []string{"normalize", "--lang", "xx-!!", f("story.txt")}, []string{`invalid argument "xx-!!" for "-l, --lang" flag`}},
		{"normalize -w a good file and a bad one", "", []string{"normalize", "-w", f("story.txt"), f("invalid.txt")}, []string{"invalid.txt", "line 2", "invalid UTF-8"}},
		{"normalize with a TM that does not exist", "", []string{"--db", f("typo.db"), "normalize", f("story.txt")}, []string{"typo.db", "no translation memory there"}},
		{"names list of a TM that does not exist", "", []string{"--db", f("typo.db"), "names", "list"}, []string{"typo.db", "no translation memory there"}},
		{"names export of a TM that does not exist", "", []string{"--db", f("typo.db"), "names", "export"}, []string{"typo.db", "no translation memory there"}},
		{"names remove from a TM that does not exist", "", []string{"--db", f("typo.db"), "names", "remove", "X"}, []string{"typo.db", "no translation memory there"}},
		// names
		{"names import missing file", "", []string{"names", "import", f("missing.tsv")}, []string{"missing.tsv", "no such file"}},
		{"names import a directory", "", []string{"names", "import", f("folder")}, []string{"folder", "is a directory"}},
		{"names import broken CSV", "", []string{"names", "import", f("broken.csv")}, []string{"broken.csv", "line"}},
		// A quote left open was reported at the end of the file, where the
		// CSV reader gave up ("line 3", later "line 502"), and in a TSV
		// glossary as a field that "holds a control character" (trial56).
		{"names import CSV with a quote left open", "", []string{"names", "import", f("openquote.csv")}, []string{"openquote.csv: line 1: a quoted field opens on this line and does not close before line 3"}},
		{"names import TSV with a field that starts with a quote", "", []string{"names", "import", f("openquote.gl.tsv")}, []string{"openquote.gl.tsv: line 2: a field that starts with \" is a quoted one, and this one runs on over tabs or lines to line 3"}},
		// A URL of another database was taken for a file path: a TM was
		// made in a folder named "mysql:" (trial56).
		{"--db a MySQL URL", "", []string{"--db", "mysql://u:s3cret@host/tm", "tm", "add", "--src", "en", "--tgt", "fr", "a", "b"}, []string{"open mysql://u:xxxxx@host/tm: a URL, but not a postgres:// one"}},
		{"--db a sqlite:// URL", "", []string{"--db", "sqlite:///" + f("url.db"), "tm", "import", "--src", "en", "--tgt", "fr", f("invalid.tsv")}, []string{"not a postgres:// one"}},
		{"names import broken JSONL", "", []string{"names", "import", f("broken.jsonl")}, []string{"broken.jsonl", "line 2", "JSON"}},
		{"names import truncated TBX", "", []string{"names", "import", f("broken.tbx")}, []string{"broken.tbx", "line 1", "unexpected end of file: the document is cut short"}},
		{"names import not TBX", "", []string{"names", "import", f("notglossary.tbx")}, []string{"notglossary.tbx", "not a TBX"}},
		{"names import bad kind", "", []string{"names", "import", f("kind.tsv")}, []string{"kind.tsv", "line 2", `"thing"`}},
		{"names import invalid UTF-8", "", []string{"names", "import", "--format", "tsv", f("invalid.gl.tsv")}, []string{"invalid.gl.tsv", "line 1", "invalid UTF-8"}},
		{"names import UTF-16", "", []string{"names", "import", f("utf16.tsv")}, []string{"utf16.tsv", "UTF-16"}},
		{"names import NUL bytes", "", []string{"names", "import", "--format", "tsv", f("nul.tsv")}, []string{"nul.tsv", "line 2", "NUL byte"}},
		{"names import a huge name", "", []string{"names", "import", f("hugename.gl.tsv")}, []string{"hugename.gl.tsv", "line 2", "a name of", "at most 1024"}},
		{"names import a stray combining mark", "", []string{"names", "import", f("mark.gl.tsv")}, []string{"mark.gl.tsv", "line 2", "combining mark, U+093F, with no letter before it"}},
		{"names add a stray combining mark", "", []string{"names", "add", "Alexey Danilov", "\u093fअलेक्सी दानिलोव"}, []string{"glossary spelling", "combining mark, U+093F"}},
		{"names import invalid UTF-8 in TBX", "", []string{"names", "import", f("invalid.tbx")}, []string{"invalid.tbx", "line 1", "invalid UTF-8"}},
		{"names import unknown format", "", []string{"names", "import", "--format", "xls", f("kind.tsv")}, []string{`"xls"`}},
		{"names key invalid UTF-8 stdin", "Qasim\n\xff\n", []string{"names", "key", "-"}, []string{"<stdin>", "line 2", "invalid UTF-8"}},
		{"names match invalid UTF-8 stdin", "Qasim\tQassem\nx\xff\ty\n", []string{"names", "match", "-"}, []string{"<stdin>", "line 2", "invalid UTF-8"}},
		{"names match no tab", "Qasim\tQassem\nQasim\n", []string{"names", "match", "-"}, []string{"<stdin>", "line 2", "no tab"}},
		{"names match empty name", "", []string{"names", "match", "", "Qassem"}, []string{"empty NAME"}},
		// A tab or a line break in a name broke the output's columns and lines
		// ("1.000\tsame\tAli\nKhan\t..."); any control character in an argument is refused (trial38).
		{"names match a tab in an argument", "", []string{"names", "match", "Ali\tKhan", "Ali Khan"}, []string{"NAME argument", "control character"}},
		{"names match a line break in an argument", "", []string{"names", "match", "Ali\nKhan", "Ali Khan"}, []string{"NAME argument", "control character"}},
		{"names match invalid UTF-8 argument", "", []string{"names", "match", "\xff", "Qassem"}, []string{"NAME", "invalid UTF-8"}},
		{"names key empty name", "", []string{"names", "key", " "}, []string{"empty NAME"}},
		{"names key huge stdin line", strings.Repeat("x", 2<<20), []string{"names", "key", "-"}, []string{"<stdin>", "line 1", "a line longer than 1 MiB"}},
		{"names discover invalid UTF-8", "", []string{"names", "discover", f("invalid.txt")}, []string{"invalid.txt", "line 2", "invalid UTF-8"}},
		// A name with a line break broke the error in two lines, the second
		// without "bitext: error:"; a hint's iconv command named a file with
		// a space or a quote unquoted (faults43).
		{"segment a file name with a line break", "", []string{"segment", "-l", "en", f("two\nlines.txt")}, []string{`two\nlines.txt: line 2: invalid UTF-8`}},
		{"segment a file name with a quote", "", []string{"segment", "-l", "fr", f("l'été.txt")}, []string{`iconv -f WINDOWS-1252 -t UTF-8 '` + strings.ReplaceAll(f("l'été.txt"), "'", `'\''`) + "'"}},
	} {
		before, files := tmCounts(t, db), snapshot()
		args := tc.args
		if args[0] != "--db" {
			args = append([]string{"--db", db}, args...)
		}
		for i, a := range args {
			args[i] = strings.Replace(a, "TMDB", db, 1)
		}
		_, stderr, code := runBitext(t, tc.stdin, args...)
		if code != exitBadInput || !strings.HasPrefix(stderr, "bitext: error: ") {
			t.Errorf("%s: exit %d, stderr %q; want exit 2 and \"bitext: error: ...\"", tc.name, code, stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr %q; want it to name %q", tc.name, stderr, w)
			}
		}
		if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
			t.Errorf("%s: a stack trace: %s", tc.name, stderr)
		}
		if after := tmCounts(t, db); after != before {
			t.Errorf("%s: the TM changed:\n%s\nwant\n%s", tc.name, after, before)
		}
		for name, b := range snapshot() {
			if old, ok := files[name]; ok && !bytes.Equal(old, b) {
				t.Errorf("%s: %s changed", tc.name, name)
			}
		}
		if _, err := os.Stat(f("typo.db")); err == nil {
			t.Errorf("%s: a read-only command created a TM", tc.name)
		}
		if _, err := os.Stat(f("places.sqlite-wal")); err == nil {
			t.Errorf("%s: another application's SQLite file got a WAL", tc.name)
		}
	}
}

// permissionsTM starts a test of file permissions: as root (which bypasses
// them) it runs the test named name again as nobody (runAsNobody) and
// returns ok false; otherwise f names files in a new folder and db is a
// TM there holding one unit.
func permissionsTM(t *testing.T, name string) (f func(string) string, db string, ok bool) {
	t.Helper()
	if os.Geteuid() == 0 {
		runAsNobody(t, name)
		return nil, "", false
	}
	dir := t.TempDir()
	f = func(name string) string { return filepath.Join(dir, name) }
	db = f("tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	return f, db, true
}

// TestBadInputPermissions checks unreadable inputs, a read-only TM, a TM
// in a read-only folder (read as it is, written to never) and normalize
// -w in a read-only folder. Root bypasses file permissions, so as root it
// runs itself as nobody (runAsNobody).
func TestBadInputPermissions(t *testing.T) {
	f, db, ok := permissionsTM(t, "TestBadInputPermissions")
	if !ok {
		return
	}
	os.WriteFile(f("unreadable.tsv"), []byte("a\tb\n"), 0o000)
	os.WriteFile(f("ok.tsv"), []byte("a\tb\n"), 0o644)
	os.WriteFile(f("ok.gl.tsv"), []byte("Qassem Soleimani\tperson\tQasim Soleimani\n"), 0o644)
	os.WriteFile(f("story.en.txt"), []byte("The talks ended on Friday. The minister left.\n"), 0o644)
	os.WriteFile(f("story.fr.txt"), []byte("Les pourparlers ont pris fin vendredi. Le ministre est parti.\n"), 0o644)
	os.WriteFile(f("pairs.tsv"), []byte("story.en.txt\tstory.fr.txt\n"), 0o644)
	os.Mkdir(f("ro"), 0o755)
	story := "Qasim Soleimani met.\n"
	os.WriteFile(f("ro/story.txt"), []byte(story), 0o644)
	// A TM closed cleanly, in a folder that is then made read-only: SQLite
	// cannot make the -shm file a WAL reader needs.
	if _, stderr, code := runBitext(t, "", "--db", f("ro/tm.db"), "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	roBefore := tmCounts(t, f("ro/tm.db"))
	// A TM of schema 3 (an older bitext's, before the index unit_file),
	// made read-only: read as it is, not refused as needing a migration.
	if _, stderr, code := runBitext(t, "", "--db", f("old.db"), "tm", "import", "--src", "en", "--tgt", "fr", f("ok.tsv")); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	old, err := sql.Open("sqlite3", f("old.db"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec("DROP INDEX unit_file; DELETE FROM bitext_migrations WHERE version > 3; PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	old.Close()
	os.Chmod(f("old.db"), 0o444)
	for _, args := range [][]string{{"tm", "lookup", "--src", "en", "--tgt", "fr", "a"}, {"tm", "docs"}} {
		if out, stderr, code := runBitext(t, "", append([]string{"--db", f("old.db")}, args...)...); code != 0 || out == "" {
			t.Errorf("%s with a read-only TM of schema 3: exit %d, stdout %q, stderr %q; want it read", args, code, out, stderr)
		}
	}
	os.Chmod(f("ro"), 0o555)
	for _, args := range [][]string{
		{"tm", "stats"},
		{"tm", "lookup", "--src", "en", "--tgt", "fr", "Good morning."},
		{"tm", "export"},
		{"names", "list"},
		{"normalize", f("ok.tsv")},
	} {
		out, stderr, code := runBitext(t, "", append([]string{"--db", f("ro/tm.db")}, args...)...)
		if code != 0 || out == "" {
			t.Errorf("%s with a TM in a read-only folder: exit %d, stdout %q, stderr %q; want it read", args, code, out, stderr)
		}
	}
	t.Cleanup(func() { os.Chmod(f("ro"), 0o755) })
	// A TM this user may not read: SQLite's "unable to open database
	// file: permission denied" was exit 1 (faults36).
	if _, stderr, code := runBitext(t, "", "--db", f("noread.db"), "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	os.Chmod(f("noread.db"), 0o000)
	before := tmCounts(t, db)
	os.Chmod(db, 0o444)
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"import unreadable file", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("unreadable.tsv")}, []string{"unreadable.tsv", "permission denied"}},
		{"normalize unreadable file", []string{"normalize", f("unreadable.tsv")}, []string{"unreadable.tsv", "permission denied"}},
		{"tm add to a read-only TM", []string{"tm", "add", "--src", "en", "--tgt", "fr", "a", "b"}, []string{"tm.db", "read-only"}},
		{"tm import to a read-only TM", []string{"tm", "import", "--src", "en", "--tgt", "fr", f("ok.tsv")}, []string{"tm.db", "read-only"}},
		{"names import to a read-only TM", []string{"names", "import", f("ok.gl.tsv")}, []string{"tm.db", "read-only"}},
		// align --into found the TM read-only only once every pair was
		// aligned (the review lines written, a batch's hours spent).
		{"align --into a read-only TM", []string{"align", "--into", f("story.en.txt"), f("story.fr.txt")}, []string{"tm.db", "read-only", "before aligning"}},
		{"align --batch --into a read-only TM", []string{"align", "--batch", "--into", f("pairs.tsv")}, []string{"tm.db", "read-only", "before aligning"}},
		{"align --batch --into a TM in a read-only folder", []string{"--db", f("ro/tm.db"), "align", "--batch", "--into", f("pairs.tsv")}, []string{"tm.db", "read-only", "before aligning"}},
		// A new TM in a folder this user may not write: the pair was
		// aligned, then "create ro/new.db: permission denied".
		{"align --into a new TM in a read-only folder", []string{"--db", f("ro/new.db"), "align", "--into", f("story.en.txt"), f("story.fr.txt")}, []string{"new.db", "may not make a new file in the folder"}},
		{"normalize -w in a read-only folder", []string{"normalize", "-w", f("ro/story.txt")}, []string{"story.txt", "not writable", "unchanged"}},
		{"tm add to a TM in a read-only folder", []string{"--db", f("ro/tm.db"), "tm", "add", "--src", "en", "--tgt", "fr", "a", "b"}, []string{"tm.db", "read-only"}},
		{"tm import to a TM in a read-only folder", []string{"--db", f("ro/tm.db"), "tm", "import", "--src", "en", "--tgt", "fr", f("ok.tsv")}, []string{"tm.db", "read-only"}},
		{"names add to a TM in a read-only folder", []string{"--db", f("ro/tm.db"), "names", "add", "Qassem Soleimani", "Qasim Soleimani"}, []string{"tm.db", "read-only"}},
		{"an unreadable TM", []string{"--db", f("noread.db"), "tm", "stats"}, []string{"noread.db", "permission denied"}},
		{"an unreadable TM, names", []string{"--db", f("noread.db"), "names", "list"}, []string{"noread.db", "permission denied"}},
		// It said "create ro/new.db: open ro/new.db: permission denied",
		// the name twice (trial58).
		{"--db in a read-only folder", []string{"--db", f("ro/new.db"), "tm", "add", "--src", "en", "--tgt", "fr", "a", "b"}, []string{"new.db", "permission denied", "may not make a new file in the folder " + f("ro")}},
		{"--db in a new folder in a read-only folder", []string{"--db", f("ro/sub/new.db"), "names", "add", "Qassem Soleimani", "Qasim Soleimani"}, []string{"sub/new.db", "permission denied", "may not make a new file in the folder " + f("ro")}},
	} {
		args := tc.args
		if args[0] != "--db" {
			args = append([]string{"--db", db}, args...)
		}
		_, stderr, code := runBitext(t, "", args...)
		if code != exitBadInput || !strings.HasPrefix(stderr, "bitext: error: ") {
			t.Errorf("%s: exit %d, stderr %q; want exit 2 and \"bitext: error: ...\"", tc.name, code, stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr %q; want it to name %q", tc.name, stderr, w)
			}
		}
		// "import unreadable.tsv: open unreadable.tsv: permission denied"
		// named the file twice too.
		if first, _, _ := strings.Cut(stderr, "\n"); (strings.HasSuffix(tc.want[0], "new.db") || tc.want[0] == "unreadable.tsv") && strings.Count(first, tc.want[0]) != 1 {
			t.Errorf("%s: error %q; want it to name %q once", tc.name, first, tc.want[0])
		}
	}
	if after := tmCounts(t, db); after != before {
		t.Errorf("the read-only TM changed:\n%s\nwant\n%s", after, before)
	}
	if after := tmCounts(t, f("ro/tm.db")); after != roBefore {
		t.Errorf("the TM in a read-only folder changed:\n%s\nwant\n%s", after, roBefore)
	}
	if b, _ := os.ReadFile(f("ro/story.txt")); string(b) != story {
		t.Errorf("normalize -w in a read-only folder changed the file to %q", b)
	}
}

// TestImportGzip checks that a gzip-compressed TMX or TSV imports as it is.
func TestImportGzip(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"pairs.tsv.gz": "Good morning.\tBonjour.\n",
		"memory.tmx.gz": `<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>` +
			`<tu><tuv xml:lang="en"><seg>Thank you.</seg></tuv><tuv xml:lang="fr"><seg>Merci.</seg></tuv></tu></body></tmx>`,
	} {
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(text))
		zw.Close()
		os.WriteFile(filepath.Join(dir, name), gz.Bytes(), 0o644)
	}
	db := filepath.Join(dir, "tm.db")
	_, stderr, code := runBitext(t, "", "--db", db, "tm", "import", "--src", "en", "--tgt", "fr", filepath.Join(dir, "pairs.tsv.gz"), filepath.Join(dir, "memory.tmx.gz"))
	if code != 0 {
		t.Fatalf("tm import of gzip files: exit %d: %s", code, stderr)
	}
	for q, want := range map[string]string{"Good morning.": "Bonjour.", "Thank you.": "Merci."} {
		out, _, _ := runBitext(t, "", "--db", db, "tm", "lookup", "--src", "en", "--tgt", "fr", q)
		if !strings.HasPrefix(out, "100\t"+want+"\n") {
			t.Errorf("lookup %q after a gzip import = %q; want 100 %s", q, out, want)
		}
	}
}

// TestNewerSchemaHint: a TM a newer bitext wrote is refused (exit 2,
// nothing written) with a hint that says what to do about it: install
// that bitext, not "point --db at a bitext translation memory", which it
// is (trial29).
func TestNewerSchemaHint(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new tm ü.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	s, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Exec("INSERT INTO bitext_migrations(version, name) VALUES (99, '0099_future.sql'); PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, args := range [][]string{
		{"tm", "stats"},
		{"tm", "lookup", "--src", "en", "--tgt", "fr", "Hello."},
		{"tm", "add", "--src", "en", "--tgt", "fr", "Bye.", "Au revoir."},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"--db", db}, args...)...)
		if code != 2 || !strings.Contains(stderr, "written by a newer bitext: schema version 99") ||
			!strings.Contains(stderr, "hint: nothing was read or written; install the newer bitext") {
			t.Errorf("%s on a TM of schema 99: exit %d, stderr %q; want exit 2 naming the schema and saying to install the newer bitext", args, code, stderr)
		}
	}
}

// TestOutputFilePermissions: -o names a file that may not be written (mode
// 0444) is refused, exit 2, the file unchanged, as the shell's > refuses
// it (it was replaced through its writable folder); a file replaced keeps
// its permissions (a 0600 export became 0644, readable by all); a folder
// that makes no new files (/proc) is not called missing (trial33). As
// root it runs itself as nobody (runAsNobody).
func TestOutputFilePermissions(t *testing.T) {
	f, db, ok := permissionsTM(t, "TestOutputFilePermissions")
	if !ok {
		return
	}
	os.WriteFile(f("ro.tmx"), []byte("kept\n"), 0o444)
	os.Chmod(f("ro.tmx"), 0o444)
	_, stderr, code := runBitext(t, "", "--db", db, "tm", "export", "-o", f("ro.tmx"))
	if b, _ := os.ReadFile(f("ro.tmx")); code != 2 || !strings.Contains(stderr, "ro.tmx") || !strings.Contains(stderr, "read-only") || string(b) != "kept\n" {
		t.Errorf("tm export -o a read-only file: exit %d, stderr %q, file %q; want exit 2 saying it is read-only, the file unchanged", code, stderr, b)
	}
	os.WriteFile(f("private.tmx"), []byte("old\n"), 0o600)
	os.Chmod(f("private.tmx"), 0o600)
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "export", "-o", f("private.tmx")); code != 0 {
		t.Fatalf("tm export -o private.tmx: exit %d: %s", code, stderr)
	}
	if st, err := os.Stat(f("private.tmx")); err != nil || st.Mode().Perm() != 0o600 || st.Size() < 100 {
		t.Errorf("tm export -o a 0600 file: %v, %v; want it replaced, still 0600", st.Mode(), err)
	}
	if st, err := os.Stat("/proc"); err == nil && st.IsDir() {
		_, stderr, code := runBitext(t, "", "--db", db, "names", "export", "-o", "/proc/bitext-test")
		if code != 2 || strings.Contains(stderr, "no such directory") || !strings.Contains(stderr, "/proc") {
			t.Errorf("names export -o /proc/bitext-test: exit %d, stderr %q; want exit 2, /proc not called missing", code, stderr)
		}
	}
}

// TestTextGivenAsFile: bitext segment "The minister arrived. He left."
// said "open ...: no such file" and nothing else (trial48). A name that
// is no file and has white space in it is taken for text given where a
// file goes: the error is the same, exit 2, with a hint that text goes on
// standard input. A missing name without a space gets no such hint.
func TestTextGivenAsFile(t *testing.T) {
	const text = "The minister arrived. He left."
	for _, args := range [][]string{
		{"segment", text},
		{"segment", "--lang", "en", text},
		{"normalize", text},
	} {
		_, stderr, code := runBitext(t, "", args...)
		want := "bitext: error: open " + text + ": no such file\nbitext: hint: bitext " + args[0] + " reads files, or text on standard input: echo 'The text.' | bitext " + args[0] + "\n"
		if code != 2 || stderr != want {
			t.Errorf("bitext %q: exit %d, stderr %q; want exit 2, %q", args, code, stderr, want)
		}
	}
	if _, stderr, code := runBitext(t, "", "segment", "--lang", "en", "story.txt"); code != 2 || strings.Contains(stderr, "hint") {
		t.Errorf("bitext segment story.txt (missing): exit %d, %q; want exit 2 without a hint", code, stderr)
	}
	if out, _, code := runBitext(t, text+"\n", "segment", "--lang", "en"); code != 0 || out != "The minister arrived.\nHe left.\n" {
		t.Errorf("bitext segment of standard input: exit %d, %q", code, out)
	}
}

// TestLongFieldErrors: an error about a field of a file that is no such
// file (a text on one line, a misplaced column) quotes the field's start,
// not all of it: each is exit 2, names the file and line, and stays under
// a few hundred bytes (they were the 1-10 MB of the field).
func TestLongFieldErrors(t *testing.T) {
	dir := t.TempDir()
	p := func(name, text string) string {
		f := filepath.Join(dir, name)
		os.WriteFile(f, []byte(text), 0o644)
		return f
	}
	long := strings.Repeat("word ", 2<<20)
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"align", "score", p("text.txt", long+"\n"), p("gold.txt", "[0]:[0]\n")}, []string{"text.txt", "line 1", `"word word`, "want [SRC,...]:[TGT,...]"}},
		{[]string{"tm", "import", "--src", "en", "--tgt", "fr", p("score.tsv", "a\tb\t"+strings.Repeat("9", 1<<20)+"\n")}, []string{"score.tsv", "line 1", "is not a number"}},
		{[]string{"names", "import", p("kind.tsv", "Qassem Soleimani\t"+strings.Repeat("k", 1<<19)+"\tQasim Soleimani\n")}, []string{"kind.tsv", "line 1", "unknown kind"}},
	} {
		args := append([]string{"--db", filepath.Join(dir, "tm.db")}, tc.args...)
		_, stderr, code := runBitext(t, "", args...)
		if code != exitBadInput || len(stderr) > 500 {
			t.Errorf("bitext %s: exit %d, %d bytes on stderr (%.200s...); want exit 2 and a short message", tc.args[0], code, len(stderr), stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("bitext %s: %.300q; want it to say %q", tc.args[0], stderr, w)
			}
		}
	}
}

// TestGlossaryLineBounded: a glossary line past 1 MiB (a 62 MB file of
// one line: not a glossary) is refused as soon as that much of it is read,
// naming the file and the line, in each line-based format; the whole line
// was read and split first (543 MB for 62 MB). The glossary is unchanged.
func TestGlossaryLineBounded(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "names", "add", "Zorro", "El Zorro"); code != 0 {
		t.Fatalf("names add: exit %d: %s", code, stderr)
	}
	long := strings.Repeat("The minister arrived in Baghdad on Monday. ", 3<<20/43)
	for _, tc := range []struct{ name, text string }{
		{"big.tsv", "Kyiv\tplace\tKiev\n" + long + "\n"},
		{"big.csv", "canonical,kind,variants\nKyiv,place,Kiev\n" + long},
		{"big.jsonl", `{"canonical":"Kyiv","variants":["Kiev"]}` + "\n" + `{"canonical":"` + long + `"}` + "\n"},
	} {
		f := filepath.Join(dir, tc.name)
		os.WriteFile(f, []byte(tc.text), 0o644)
		_, stderr, code := runBitext(t, "", "--db", db, "names", "import", f)
		line := 2
		if strings.HasSuffix(tc.name, ".csv") {
			line = 3
		}
		if want := fmt.Sprintf("%s: line %d: a line longer than 1 MiB", tc.name, line); code != exitBadInput || !strings.Contains(stderr, want) {
			t.Errorf("names import %s: exit %d, %.300q; want exit 2 and %q", tc.name, code, stderr, want)
		}
	}
	if out, _, _ := runBitext(t, "", "--db", db, "names", "export"); strings.Contains(out, "Kyiv") || !strings.Contains(out, "Zorro") {
		t.Errorf("the glossary after the refused imports:\n%s", out)
	}
}

// TestAuditSilentAnswers: commands that answered a mistake with nothing
// and exit 0 (an empty query; a --doc that names no stored document,
// typed wrong) say what is wrong, exit 2, and write nothing.
func TestAuditSilentAnswers(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	out := filepath.Join(dir, "out.tmx")
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"tm", "lookup", "--src", "en", "--tgt", "fr", ""}, []string{"TEXT is empty"}},
		{[]string{"tm", "lookup", "--src", "en", "--tgt", "fr", "   "}, []string{"TEXT is empty"}},
		{[]string{"tm", "lookup", "--src", "en", "--tgt", "fr", "--doc", "typo.tmx", "Good morning."}, []string{"typo.tmx", "no such document"}},
		{[]string{"tm", "export", "--doc", "typo.tmx", "-o", out}, []string{"typo.tmx", "no such document"}},
	} {
		stdout, stderr, code := runBitext(t, "", append([]string{"--db", db}, tc.args...)...)
		if code != exitBadInput || stdout != "" {
			t.Errorf("bitext %q: exit %d, stdout %q; want exit 2 and nothing", tc.args, code, stdout)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("bitext %q: stderr %q; want it to say %q", tc.args, stderr, w)
			}
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("tm export --doc typo.tmx -o %s wrote the file", out)
	}
	// A document that is stored still filters.
	if stdout, stderr, code := runBitext(t, "", "--db", db, "tm", "lookup", "--src", "en", "--tgt", "fr", "--doc", "", "Good morning."); code != 0 || !strings.Contains(stdout, "Bonjour.") {
		t.Errorf("tm lookup --doc \"\": exit %d, %q, %q; want the match (no filter)", code, stdout, stderr)
	}
}
