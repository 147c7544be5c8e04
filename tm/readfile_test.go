package tm_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

func TestOpenFile(t *testing.T) {
	const tmxDoc = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>` +
		`<tu><tuv xml:lang="en"><seg>Thank you.</seg></tuv><tuv xml:lang="fr"><seg>Merci.</seg></tuv></tu></body></tmx>`
	en, fr := language.English, language.French
	for _, tc := range []struct {
		desc, name, data string
		opt              tm.ReadOptions
		units            int
		seq              bool
		err              string // in the error of OpenFile or of the units
	}{
		{"tmx by name", "a.tmx", tmxDoc, tm.ReadOptions{}, 1, false, ""},
		{"tmx by content", "upload", tmxDoc, tm.ReadOptions{Format: tm.FormatAuto}, 1, false, ""},
		{"gzip tsv", "pairs.tsv.gz", tm.Gzipped("a\tb\nc\td\n"), tm.ReadOptions{Src: en, Tgt: fr}, 2, true, ""},
		{"jsonl", "x.jsonl", `{"src_text":"a","tgt_text":"b"}` + "\n", tm.ReadOptions{Src: en, Tgt: fr}, 1, true, ""},
		{"tsv without languages", "p.tsv", "a\tb\n", tm.ReadOptions{}, 0, false, "tsv input needs the source and target languages"},
		{"zip", "p.zip", "PK\x03\x04rest", tm.ReadOptions{}, 0, false, "zip archive"},
		// Another TM, to merge: it said "binary data (a NUL byte)" (trial33).
		{"sqlite", "other.db", "SQLite format 3\x00\x10\x00\x02\x02", tm.ReadOptions{}, 0, false, "a SQLite database (another translation memory?), not a TMX, XLIFF, TSV or JSON Lines file: merge a bitext TM into this one with bitext tm copy --from FILE --to TM"},
		{"invalid UTF-8 tsv", "bad.tsv", "a\tb\nc\xff\td\n", tm.ReadOptions{Src: en, Tgt: fr}, 1, true, "read bad.tsv: line 2: invalid UTF-8"},
		{"broken tsv", "cols.tsv", "a\tb\tc\td\n", tm.ReadOptions{Src: en, Tgt: fr}, 0, true, "line 1: want SOURCE<TAB>TARGET"},
		{"broken tmx", "t.tmx", "hello", tm.ReadOptions{}, 0, false, "not a TMX document"},
		// Content that is no format at all is said to be what it is, not
		// TSV wanting languages.
		// Empty or blank input is no units, with or without the languages
		// (it was an error without them: "empty: no TMX, ... data").
		{"empty upload", "upload", "", tm.ReadOptions{}, 0, false, ""},
		{"blank upload", "upload", " \n\n", tm.ReadOptions{}, 0, false, ""},
		{"empty gzip upload", "upload", tm.Gzipped(""), tm.ReadOptions{}, 0, false, ""},
		{"binary upload", "upload", "ab\ncd\x00\x01\x02", tm.ReadOptions{}, 0, false, "line 2: not text: binary data (a NUL byte at byte 6), not a TMX, XLIFF, TSV or JSON Lines file"},
		{"undecodable upload", "data.bin", "\xff\x95abc", tm.ReadOptions{}, 0, false, "line 1: not text: binary data (invalid UTF-8 (0xff) at byte 1), not a TMX, XLIFF, TSV or JSON Lines file"},
		// Random bytes named as an XML format were refused with the bytes
		// quoted by the XML reader ("invalid character entity &N\x90..."):
		// they are said to be binary, where, and what the name promised.
		{"binary tmx", "rnd.tmx", "<?xml version=\"1.0\"?>\n<tmx\x00\x93\x01", tm.ReadOptions{}, 0, false, "line 2: not text: binary data (a NUL byte at byte 27), not a TMX file"},
		{"binary xlf", "rnd.xlf", "\x97B\x9b \xe9\xdbG", tm.ReadOptions{}, 0, false, "line 1: not text: binary data (invalid UTF-8 (0x97) at byte 1), not an XLIFF file"},
		{"binary termbase", "rnd.tbx", "ab\x00", tm.ReadOptions{}, 0, false, "line 1: not text: binary data (a NUL byte at byte 3), not a TBX termbase"},
		{"binary tsv given src and tgt", "rnd.tsv", "\x01\x97\x9b", tm.ReadOptions{Src: en, Tgt: fr}, 0, false, "line 1: not text: binary data (invalid UTF-8 (0x97) at byte 2), not a TSV file"},
		// Text in Latin-1 is said to be text that is not UTF-8, with the
		// command that converts it, not "binary data" (faults36).
		{"latin-1 upload", "upload", "Caf\xe9 au lait.\tCaf\xe9 cr\xe8me.\n", tm.ReadOptions{}, 0, false, "line 1: invalid UTF-8 (byte 0xe9): text in another encoding (Latin-1 or Windows-1252?), not UTF-8: convert it first (iconv -f WINDOWS-1252 -t UTF-8)"},
		{"broken gzip data", "upload", "\x1f\x8b\x08\x00garbage", tm.ReadOptions{}, 0, false, "broken gzip data"},
		// The name's .gz is read when the data is no gzip: it said "tsv
		// input needs the source and target languages" (trial48).
		{"not gzip data", "bad.tmx.gz", "abc\n", tm.ReadOptions{}, 0, false, `not gzip data, though the name ends in .gz (it starts "abc\n")`},
		{"not gzip data given src and tgt", "pairs.TSV.GZ", "a\tb\n", tm.ReadOptions{Src: en, Tgt: fr}, 0, false, "not gzip data"},
		// --src and --tgt that are not the file's pair: 0 units read,
		// exit 0 (trial48); refused now, naming the file's languages.
		{"xliff of another pair", "enfr.xlf", `<xliff version="1.2"><file source-language="en" target-language="fr"><body>` +
			`<trans-unit id="1"><source>Thank you.</source><target>Merci.</target></trans-unit>` +
			`<trans-unit id="2"><source>Yes.</source><target>Oui.</target></trans-unit></body></file></xliff>`,
			tm.ReadOptions{Src: language.German, Tgt: language.Japanese}, 0, false, "none of its 2 units is in both de and ja (its languages: en, fr): give --src and --tgt of the file's pair"},
		{"tmx of another script", "zh.tmx", `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Thank you.</seg></tuv><tuv xml:lang="zh-CN"><seg>谢谢。</seg></tuv></tu></body></tmx>`,
			tm.ReadOptions{Src: en, Tgt: language.MustParse("zh-TW")}, 0, false, "its one unit is not in both en and zh-TW (its languages: en, zh-CN)"},
		{"tmx of the pair and others", "mixed.tmx", `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Thank you.</seg></tuv><tuv xml:lang="de"><seg>Danke.</seg></tuv></tu>` + "\n" + tmxDoc[strings.Index(tmxDoc, "<tu>"):],
			tm.ReadOptions{Src: en, Tgt: fr}, 1, false, ""},
		{"empty tsv given src and tgt", "upload", "", tm.ReadOptions{Src: en, Tgt: fr}, 0, true, ""},
		// Formats translators keep beside their TMs are named, not read as
		// TSV ("line 1: found 1 fields") or TMX ("root element <martif>"),
		// even with --src and --tgt: a PO line with a tab would have been
		// stored as a pair.
		{"tbx by name", "terms.tbx", `<?xml version="1.0"?><martif type="TBX"/>`, tm.ReadOptions{}, 0, false, "a TBX termbase"},
		{"tbx by content", "upload", "\ufeff<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n<!-- x -->\n<martif type=\"TBX\">", tm.ReadOptions{}, 0, false, "a TBX termbase"},
		{"tbx v3 by content", "upload", `<?xml version="1.0"?><tbx type="TBX-Basic">`, tm.ReadOptions{}, 0, false, "a TBX termbase"},
		// A gettext PO file is read (it was refused, to be converted
		// with po2xliff): by its name or its first lines, its target
		// language from the header, --tgt or the file's name.
		{"po by name", "fr.po", "msgid \"a\"\nmsgstr \"b\"\n", tm.ReadOptions{Src: en, Tgt: fr}, 1, false, ""},
		{"po by content", "upload", "# French\n#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n\"x\ty\"\n", tm.ReadOptions{Src: en, Tgt: fr}, 0, false, ""},
		{"po header language", "upload", "msgid \"\"\nmsgstr \"Language: de\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n", tm.ReadOptions{}, 1, false, ""},
		{"po without languages", "messages.po", "msgid \"a\"\nmsgstr \"b\"\n", tm.ReadOptions{}, 0, false, "line 1: no target language"},
		{"broken po", "fr.po", "msgid \"a\"\nmsgstr \"b\n", tm.ReadOptions{}, 0, false, "line 2: a string without its closing quote"},
		{"csv", "pairs.csv", "source,target\nHello,Bonjour\n", tm.ReadOptions{Src: en, Tgt: fr}, 0, false, "a CSV file (comma-separated)"},
		{"tab-separated csv", "pairs.csv", "Hello\tBonjour\n", tm.ReadOptions{Src: en, Tgt: fr}, 1, true, ""},
		{"tsv mentioning msgid", "upload", "msgid\tidentifiant\n", tm.ReadOptions{Src: en, Tgt: fr}, 1, true, ""},
		// UTF-16 text that is not XML (Excel's "Unicode Text" TSV) is said
		// to be UTF-16, not read as a TMX ("text before the root element");
		// a UTF-16 TMX under any name is still read.
		{"utf-16 tsv", "pairs.txt", "\xff\xfeH\x00i\x00\t\x00S\x00a\x00l\x00u\x00t\x00\n\x00", tm.ReadOptions{}, 0, false, "UTF-16 text, not TMX or XLIFF"},
		{"utf-16 be tsv", "upload", "\xfe\xff\x00H\x00i\x00\t\x00S\x00a\x00l\x00u\x00t\x00\n", tm.ReadOptions{Src: en, Tgt: fr}, 0, false, "convert it first (iconv -f UTF-16 -t UTF-8)"},
		{"utf-16 tmx", "upload", "\xff\xfe<\x00t\x00m\x00x\x00", tm.ReadOptions{}, 0, false, "line 1: "},
		{"tmx named so", "upload", `<?xml version="1.0"?><!-- <martif> --><tmx version="1.4"><header srclang="en"/><body/></tmx>`, tm.ReadOptions{}, 0, false, ""},
	} {
		units, iopt, closeF, err := tm.OpenFile(context.Background(), strings.NewReader(tc.data), tc.name, tc.opt)
		n := 0
		if err == nil {
			if iopt.Sequential != tc.seq || iopt.File != tc.name {
				t.Errorf("OpenFile(%s): options %+v; want File %q, Sequential %v", tc.desc, iopt, tc.name, tc.seq)
			}
			for _, e := range units {
				if e != nil {
					err = e
					break
				}
				n++
			}
			closeF()
		}
		if n != tc.units || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("OpenFile(%s) = %d units, %v; want %d, %q", tc.desc, n, err, tc.units, tc.err)
		}
		if err != nil && !errors.Is(err, tm.ErrBadInput) {
			t.Errorf("OpenFile(%s): %v does not wrap ErrBadInput", tc.desc, err)
		}
		if strings.Contains(tc.desc, "UTF-8") {
			var xe *textio.Error
			if !errors.As(err, &xe) || xe.Line != 2 {
				t.Errorf("OpenFile(%s): %#v; want a *textio.Error at line 2", tc.desc, err)
			}
		}
		if (strings.Contains(tc.desc, "tbx") || tc.desc == "csv") && !errors.Is(err, tm.ErrNotTMFormat) {
			t.Errorf("OpenFile(%s): %v; want ErrNotTMFormat", tc.desc, err)
		}
		if strings.Contains(tc.desc, "without languages") && !errors.Is(err, tm.ErrNeedLangs) {
			t.Errorf("OpenFile(%s): %v; want ErrNeedLangs", tc.desc, err)
		}
	}
}

// TestOpenFileCancel: once the context is done, the units end with its
// error, not a complaint about the input.
func TestOpenFileCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	data := strings.Repeat("Good morning.\tBonjour.\n", 100000)
	units, _, closeF, err := tm.OpenFile(ctx, strings.NewReader(data), "big.tsv", tm.ReadOptions{Src: language.English, Tgt: language.French})
	if err != nil {
		t.Fatal(err)
	}
	defer closeF()
	n := 0
	for _, err = range units {
		if err != nil {
			break
		}
		if n++; n == 10 {
			cancel()
		}
	}
	if !errors.Is(err, context.Canceled) || errors.Is(err, tm.ErrBadInput) || n >= 100000 {
		t.Fatalf("after cancel: %d units, %v; want context.Canceled soon", n, err)
	}
}

// TestImportFile: one call reads and imports a file, with progress; a file
// with an error stores nothing of it.
func TestImportFile(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.OpenDB(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var data strings.Builder
	for i := range 20001 {
		fmt.Fprintf(&data, "Good morning %d.\tBonjour %d.\n", i, i)
	}
	var progress []int
	opt := tm.ImportFileOptions{ReadOptions: tm.ReadOptions{Src: language.English, Tgt: language.French},
		Progress: func(n int) { progress = append(progress, n) }}
	st, err := db.ImportFile(ctx, strings.NewReader(tm.Gzipped(data.String())), "dir/pairs.tsv.gz", opt)
	if err != nil || st != (tm.ImportStats{Read: 20001, Added: 20001}) || len(progress) != 2 || progress[1] != 20000 {
		t.Fatalf("ImportFile = %+v, %v, progress %v; want 20001 units added, progress at 10000 and 20000", st, err, progress)
	}
	st, err = db.ImportFile(ctx, strings.NewReader("New one.\tNouveau.\nGood morning 1.\n"), "bad.tsv", tm.ImportFileOptions{ReadOptions: opt.ReadOptions})
	if !errors.Is(err, tm.ErrBadInput) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("ImportFile(bad.tsv) = %+v, %v; want ErrBadInput at line 2", st, err)
	}
	s, err := db.Stats(ctx)
	if err != nil || s.Units != 20001 || s.Imports != 1 {
		t.Errorf("stats after a good and a bad file: %+v, %v; want 20001 units from 1 import", s, err)
	}
	if _, err := db.ImportFile(ctx, strings.NewReader("a\tb\n"), "p.tsv", tm.ImportFileOptions{}); !errors.Is(err, tm.ErrNeedLangs) {
		t.Errorf("ImportFile of TSV without languages: %v; want ErrNeedLangs", err)
	}
}

// TestImportRefusesNonFiniteScore: a score of "inf" or "NaN" in a TSV file
// is bad input at its line (it was stored, and every JSON Lines lookup that
// matched the unit then failed: JSON has no infinity); in a TMX prop,
// which FromTMX reads leniently, it is no score.
func TestImportRefusesNonFiniteScore(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.OpenDB(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	opt := tm.ImportFileOptions{ReadOptions: tm.ReadOptions{Src: language.English, Tgt: language.French}}
	for _, score := range []string{"inf", "-Inf", "NaN", "+infinity"} {
		data := "Good morning.\tBonjour.\t0.5\nThe weather was fine.\tIl faisait beau.\t" + score + "\n"
		if _, err := db.ImportFile(ctx, strings.NewReader(data), "s.tsv", opt); !errors.Is(err, tm.ErrBadInput) || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("ImportFile(score %q) = %v; want ErrBadInput at line 2", score, err)
		}
	}
	const doc = `<tmx version="1.4"><header srclang="en"/><body><tu><prop type="x-bitext-score">inf</prop>` +
		`<tuv xml:lang="en"><seg>The weather was fine.</seg></tuv><tuv xml:lang="fr"><seg>Il faisait beau.</seg></tuv></tu></body></tmx>`
	if _, err := db.ImportFile(ctx, strings.NewReader(doc), "s.tmx", tm.ImportFileOptions{}); err != nil {
		t.Fatal(err)
	}
	ms, err := db.Lookup(ctx, "The weather was fine.", tm.LookupOptions{Src: language.English, Tgt: language.French})
	if err != nil || len(ms) != 1 || ms[0].Origin.Score != 0 {
		t.Fatalf("Lookup = %+v, %v; want one match without a score", ms, err)
	}
	var b bytes.Buffer
	rw, _ := tm.NewResultWriter(&b, tm.FormatJSONL)
	if err := rw.Matches("The weather was fine.", ms); err != nil {
		t.Errorf("writing the match as JSON Lines: %v", err)
	}
}
