package tm

import (
	"bufio"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"
)

// fakeTM is a lookup whose TM holds, for each query, the match matches
// gives (none when it gives nil). Like LookupDocument it answers one query
// behind the input.
func fakeTM(matches func(q string) []Match) lookupFunc {
	return func(_ context.Context, queries iter.Seq2[string, error], _ LookupOptions) iter.Seq2[DocumentMatches, error] {
		return func(yield func(DocumentMatches, error) bool) {
			prev := ""
			have := false
			for q, err := range queries {
				if err != nil {
					yield(DocumentMatches{}, err)
					return
				}
				if have && !yield(DocumentMatches{Query: prev, Matches: matches(prev)}, nil) {
					return
				}
				prev, have = q, true
			}
			if have {
				yield(DocumentMatches{Query: prev, Matches: matches(prev)}, nil)
			}
		}
	}
}

// everyQuery matches every query exactly, its translation the query in
// capitals between brackets (a & to check the escaping).
func everyQuery(q string) []Match {
	return []Match{{Score: 100, Source: q, Target: "[& " + strings.ToUpper(strings.TrimSpace(q)) + "]", SourceLang: language.English, TargetLang: language.French}}
}

// xliffFiles are the XLIFF files of the tests: Okapi's samples, the
// reader's test files and the foreign files, Trados's among them.
func xliffFiles(t testing.TB) []string {
	var files []string
	for _, g := range []string{"xliff/testdata/*.xlf", "testdata/foreign/*.xlf", "testdata/foreign/*.xliff", "testdata/foreign/*.sdlxliff", "testdata/*.sdlxliff", "testdata/xliff_inplace/*"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("%d XLIFF files found; want the test files", len(files))
	}
	return files
}

// startTag is an edit's replaced bytes when they are a start tag: its
// name and attributes.
var startTag = regexp.MustCompile(`^<([\w.:-]+)(\s[^<>]*)?/?>$`)

// checkEdits checks that out is in with the edits applied, in order and
// without overlap, and that each only inserts, fills empty content, or
// rewrites a target's, a segment's or a unit's start tag.
// addedLang is the attribute setTarget adds to <file> or <xliff>.
var addedLang = regexp.MustCompile(` (target-language|trgLang)="[^"]*"`)

func checkEdits(t *testing.T, name string, in, out []byte, eds []edit) {
	t.Helper()
	var b bytes.Buffer
	pos := int64(0)
	for _, e := range eds {
		if e.at < pos || e.end < e.at || e.end > int64(len(in)) {
			t.Fatalf("%s: edit [%d,%d) after %d: out of order", name, e.at, e.end, pos)
		}
		b.Write(in[pos:e.at])
		b.WriteString(e.text)
		pos = e.end
		old := in[e.at:e.end]
		switch m := startTag.FindSubmatch(old); {
		case len(bytes.TrimSpace(old)) == 0:
		case m != nil:
			local := string(m[1][bytes.LastIndexByte(m[1], ':')+1:])
			switch local {
			case "target", "mrk", "segment", "seg", "trans-unit", "seg-defs":
			case "file", "xliff": // the target language the file lacked, and nothing else
				if !bytes.Equal(addedLang.ReplaceAll([]byte(e.text), nil), old) || bytes.Equal([]byte(e.text), old) {
					t.Errorf("%s: edit of <%s> %q writes %q: more than its target language", name, m[1], old, e.text)
				}
			default:
				t.Errorf("%s: edit rewrites <%s>: %q", name, m[1], old)
			}
			if !strings.HasPrefix(e.text, "<"+string(m[1])) {
				t.Errorf("%s: edit of %q writes %q: another element", name, old, e.text)
			}
		default:
			t.Errorf("%s: edit replaces %q, which is neither empty content nor a start tag", name, old)
		}
	}
	b.Write(in[pos:])
	if !bytes.Equal(b.Bytes(), out) {
		t.Errorf("%s: the output is not the input with the edits: it changed bytes outside the targets written", name)
	}
}

func TestPretranslateXLIFFCopiesTheRest(t *testing.T) {
	filled, encoded := 0, 0
	for _, f := range xliffFiles(t) {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		opt := PretranslateOptions{Src: language.Und, Tgt: language.Und}
		if text := asUTF8(t, in); !bytes.Contains(text, []byte("target-language")) && !bytes.Contains(text, []byte("trgLang")) {
			opt.Src, opt.Tgt = language.English, language.French
		}
		var none bytes.Buffer
		var noneEds []edit
		anNone, errNone := pretranslateXLIFF(context.Background(), bytes.NewReader(in), &none, opt, fakeTM(func(string) []Match { return nil }), func(e edit) { noneEds = append(noneEds, e) })
		var out bytes.Buffer
		var eds []edit
		an, err := pretranslateXLIFF(context.Background(), bytes.NewReader(in), &out, opt, fakeTM(everyQuery), func(e edit) { eds = append(eds, e) })
		if (err == nil) != (errNone == nil) {
			t.Errorf("%s: error %v with matches, %v without", f, err, errNone)
		}
		if err != nil {
			t.Logf("%s: %v", f, err)
			if !errors.Is(err, ErrBadInput) || !regexp.MustCompile(`line \d+|UTF-8`).MatchString(err.Error()) {
				t.Errorf("%s: %v; want a bad-input error naming its line", f, err)
			}
			continue
		}
		if anNone.Filled == 0 && !bytes.Equal(addedLang.ReplaceAll(none.Bytes(), nil), addedLang.ReplaceAll(in, nil)) {
			t.Errorf("%s: with no match the output differs from the input (but for the target language)", f)
		}
		if anNone.Filled > 0 || len(noneEds) > 0 {
			// Repetitions of the file's own translated segments, the target
			// language of a file that had none.
			t.Logf("%s: %d filled from the file itself", f, anNone.Filled)
			checkEdits(t, f+" (no TM)", asUTF8(t, in), asUTF8(t, none.Bytes()), noneEds)
		}
		checkEdits(t, f, asUTF8(t, in), asUTF8(t, out.Bytes()), eds) // the edits are in the file as decoded, when it is in another encoding
		if cs := sniffCharset(bufio.NewReader(bytes.NewReader(in))); cs != nil {
			encoded++
			if b, _ := cs.enc.NewEncoder().Bytes(asUTF8(t, out.Bytes())); !bytes.Equal(b, out.Bytes()) {
				t.Errorf("%s: the output is not in %s as the input", f, cs.name)
			}
		}
		if an.Filled > 0 && len(eds) == 0 || an.Filled > an.Segments {
			t.Errorf("%s: %d of %d segments filled, %d edits", f, an.Filled, an.Segments, len(eds))
		}
		filled += an.Filled
		t.Logf("%s: %d of %d segments filled, %d edits", f, an.Filled, an.Segments, len(eds))
		// The output is XML, and the targets the reader finds in it are the
		// input's, or the matches where it had none.
		before, errIn := readTargets(in)
		after, errOut := readTargets(out.Bytes())
		if errIn != nil { // a file the reader refuses (the NEGATIVE_ ones)
			continue
		}
		if errOut != nil {
			t.Errorf("%s: the output does not read: %v", f, errOut)
		}
		for id, tg := range before {
			if !keeps(after[id], tg) {
				t.Errorf("%s: unit %s: target %q became %q", f, id, tg, after[id])
			}
		}
	}
	if filled < 40 {
		t.Errorf("%d segments filled in all the files; want the files' untranslated segments", filled)
	}
	if encoded < 3 {
		t.Errorf("%d files in UTF-16 or a single-byte encoding pretranslated; want the test files'", encoded)
	}
}

// asUTF8 is an XLIFF file's bytes in UTF-8: decoded from the encoding it
// is in (sniffCharset), or as they are.
func asUTF8(t *testing.T, data []byte) []byte {
	t.Helper()
	cs := sniffCharset(bufio.NewReader(bytes.NewReader(data)))
	if cs == nil {
		return data
	}
	b, err := cs.enc.NewDecoder().Bytes(data)
	if err != nil {
		t.Fatalf("decode %s: %v", cs.name, err)
	}
	return b
}

// keeps reports whether target after keeps the words of before in their
// order (a segmented target gets words where its empty segments were).
func keeps(after, before string) bool {
	for _, w := range strings.Fields(before) {
		i := strings.Index(after, w)
		if i < 0 {
			return false
		}
		after = after[i+len(w):]
	}
	return true
}

// readTargets reads the targets of an XLIFF file by unit (and segment).
func readTargets(data []byte) (map[string]string, error) {
	r, err := xliff.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	i := 0
	for u, err := range r.All() {
		if err != nil {
			return nil, err
		}
		i++
		if u.Target != nil {
			out[strconv.Itoa(i)+" "+u.ID] = u.Target.Text
		}
	}
	return out, nil
}

// pretranslateString pretranslates an XLIFF file given as a string.
func pretranslateString(t *testing.T, in string, matches func(string) []Match) (string, Analysis, error) {
	t.Helper()
	var out bytes.Buffer
	an, err := pretranslateXLIFF(context.Background(), strings.NewReader(in), &out, PretranslateOptions{Min: 75}, fakeTM(matches), nil)
	return out.String(), an, err
}

const xlf12Head = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>
`
const xlf12Tail = "\n</body></file></xliff>\n"

func TestPretranslateXLIFFWrites(t *testing.T) {
	tests := []struct {
		name, unit string
		match      Match
		want       string
	}{
		{"a missing target, exact", `<trans-unit id="1">
  <source>Prices rose.</source>
  <note>n</note>
</trans-unit>`, Match{Score: 100, Source: "Prices rose.", Target: "Les prix ont augmenté.", Kind: KindExact}, `<trans-unit id="1">
  <source>Prices rose.</source>
  <target state="translated" state-qualifier="exact-match">Les prix ont augmenté.</target>
  <alt-trans match-quality="100" origin="tm" extype="exact"><source xml:lang="und">Prices rose.</source><target xml:lang="und">Les prix ont augmenté.</target></alt-trans>
  <note>n</note>
</trans-unit>`},
		{"an empty target, fuzzy, codes around", `<trans-unit id="1"><source><g id="7">Prices rose!</g></source><target xml:lang="fr"/></trans-unit>`,
			Match{Score: 90, Source: "Prices rose.", Target: "Les prix <ont> augmenté."},
			`<trans-unit id="1"><source><g id="7">Prices rose!</g></source><target xml:lang="fr" state="needs-review-translation" state-qualifier="fuzzy-match"><g id="7">Les prix &lt;ont&gt; augmenté.</g></target><alt-trans match-quality="90" origin="tm" extype="fuzzy"><source xml:lang="und">Prices rose.</source><target xml:lang="und">Les prix &lt;ont&gt; augmenté.</target></alt-trans></trans-unit>`},
		{"a code inside, the match without codes: offered", `<trans-unit id="1"><source>Click <x id="1"/>Save.</source></trans-unit>`,
			Match{Score: 100, Source: "Click Save.", Target: "Cliquez sur Enregistrer."},
			`<trans-unit id="1"><source>Click <x id="1"/>Save.</source><alt-trans match-quality="99" origin="tm" extype="fuzzy"><source xml:lang="und">Click Save.</source><target xml:lang="und">Cliquez sur Enregistrer.</target></alt-trans></trans-unit>`},
		{"a code inside, the match with it: the source's element", `<trans-unit id="1"><source>Click <x id="1" ctype="x-b"/>Save.</source></trans-unit>`,
			Match{Score: 100, Source: "Click Save.", Target: "Cliquez sur Enregistrer.", SourceMarkup: `Click <ph x="9"/>Save.`, TargetMarkup: `Cliquez sur <ph x="9"/>Enregistrer.`},
			`<trans-unit id="1"><source>Click <x id="1" ctype="x-b"/>Save.</source><target state="translated" state-qualifier="exact-match">Cliquez sur <x id="1" ctype="x-b"/>Enregistrer.</target><alt-trans match-quality="100" origin="tm" extype="exact"><source xml:lang="und">Click Save.</source><target xml:lang="und">Cliquez sur Enregistrer.</target></alt-trans></trans-unit>`},
		{"a target already there", `<trans-unit id="1"><source>Prices rose.</source><target>Fait.</target></trans-unit>`,
			Match{Score: 100, Source: "Prices rose.", Target: "Les prix ont augmenté."},
			`<trans-unit id="1"><source>Prices rose.</source><target>Fait.</target></trans-unit>`},
		{"translate no", `<trans-unit translate="no" id="1"><source>Prices rose.</source></trans-unit>`,
			Match{Score: 100, Source: "Prices rose.", Target: "Les prix ont augmenté."},
			`<trans-unit translate="no" id="1"><source>Prices rose.</source></trans-unit>`},
		{"in a group translate no", `<group translate="no"><trans-unit id="1"><source>Prices rose.</source></trans-unit><trans-unit id="2" translate="yes"><source>A.</source></trans-unit></group>`,
			Match{Score: 100, Source: "A.", Target: "B."},
			`<group translate="no"><trans-unit id="1"><source>Prices rose.</source></trans-unit><trans-unit id="2" translate="yes"><source>A.</source><target state="translated" state-qualifier="exact-match">B.</target><alt-trans match-quality="100" origin="tm" extype="exact"><source xml:lang="und">A.</source><target xml:lang="und">B.</target></alt-trans></trans-unit></group>`},
		{"below min: nothing", `<trans-unit id="1"><source>Prices rose.</source></trans-unit>`,
			Match{Score: 60, Source: "Prices fell.", Target: "Les prix ont baissé."},
			`<trans-unit id="1"><source>Prices rose.</source></trans-unit>`},
		{"segments, a new target", `<trans-unit id="1"><source>A b. C d.</source><seg-source><g id="1"><mrk mtype="seg" mid="1">A b.</mrk> <mrk mtype="seg" mid="2">C d.</mrk></g></seg-source></trans-unit>`,
			Match{Score: 100, Source: "A b.", Target: "X y."},
			`<trans-unit id="1"><source>A b. C d.</source><seg-source><g id="1"><mrk mtype="seg" mid="1">A b.</mrk> <mrk mtype="seg" mid="2">C d.</mrk></g></seg-source><target state="translated" state-qualifier="leveraged-tm"><g id="1"><mrk mtype="seg" mid="1">X y.</mrk> <mrk mtype="seg" mid="2">X y.</mrk></g></target><alt-trans match-quality="100" origin="tm" extype="exact" mid="1"><source xml:lang="und">A b.</source><target xml:lang="und">X y.</target></alt-trans><alt-trans match-quality="100" origin="tm" extype="exact" mid="2"><source xml:lang="und">A b.</source><target xml:lang="und">X y.</target></alt-trans></trans-unit>`},
		{"segments, one empty", `<trans-unit id="1"><source>A b. C d.</source><seg-source><mrk mtype="seg" mid="1">A b.</mrk> <mrk mtype="seg" mid="2">C d.</mrk></seg-source><target><mrk mtype="seg" mid="1">Fait.</mrk> <mrk mtype="seg" mid="2"/></target></trans-unit>`,
			Match{Score: 100, Source: "A b.", Target: "X y."},
			`<trans-unit id="1"><source>A b. C d.</source><seg-source><mrk mtype="seg" mid="1">A b.</mrk> <mrk mtype="seg" mid="2">C d.</mrk></seg-source><target state="translated" state-qualifier="leveraged-tm"><mrk mtype="seg" mid="1">Fait.</mrk> <mrk mtype="seg" mid="2">X y.</mrk></target><alt-trans match-quality="100" origin="tm" extype="exact" mid="2"><source xml:lang="und">A b.</source><target xml:lang="und">X y.</target></alt-trans></trans-unit>`},
		{"segments, two empty, fuzzy: the target's state is the fill's", `<trans-unit id="1"><source>A b. C d.</source><seg-source><mrk mtype="seg" mid="1">A b.</mrk> <mrk mtype="seg" mid="2">C d.</mrk></seg-source><target state="translated"><mrk mtype="seg" mid="1"></mrk> <mrk mtype="seg" mid="2"/></target></trans-unit>`,
			Match{Score: 90, Source: "C e.", Target: "X y."},
			`<trans-unit id="1"><source>A b. C d.</source><seg-source><mrk mtype="seg" mid="1">A b.</mrk> <mrk mtype="seg" mid="2">C d.</mrk></seg-source><target state="needs-review-translation" state-qualifier="leveraged-tm"><mrk mtype="seg" mid="1">X y.</mrk> <mrk mtype="seg" mid="2">X y.</mrk></target><alt-trans match-quality="90" origin="tm" extype="fuzzy" mid="1"><source xml:lang="und">C e.</source><target xml:lang="und">X y.</target></alt-trans><alt-trans match-quality="90" origin="tm" extype="fuzzy" mid="2"><source xml:lang="und">C e.</source><target xml:lang="und">X y.</target></alt-trans></trans-unit>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := pretranslateString(t, xlf12Head+tt.unit+xlf12Tail, func(string) []Match { return []Match{tt.match} })
			if err != nil {
				t.Fatal(err)
			}
			if want := xlf12Head + tt.want + xlf12Tail; out != want {
				t.Errorf("pretranslate\n%s\n= %s\nwant %s", tt.unit, out, want)
			}
		})
	}
}

func TestPretranslateXLIFFTrados(t *testing.T) {
	in := `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
<file original="a.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="fr-FR"><body>
<trans-unit id="u1">
<source>A b. C d.</source>
<seg-source><mrk mtype="seg" mid="1">A b.</mrk> <mrk mtype="seg" mid="2">C d.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Fait.</mrk> <mrk mtype="seg" mid="2"/></target>
<sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="interactive"/><sdl:seg id="2"/></sdl:seg-defs>
</trans-unit>
</body></file></xliff>`
	out, an, err := pretranslateString(t, in, func(q string) []Match {
		return []Match{{Score: 88, Source: q, Target: "X y."}}
	})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(strings.Replace(in, `<mrk mtype="seg" mid="2"/></target>`, `<mrk mtype="seg" mid="2">X y.</mrk></target>`, 1),
		`<sdl:seg id="2"/>`, `<sdl:seg id="2" conf="Draft" percent="88" origin="tm" origin-system="bitext"/>`, 1)
	if out != want || an.Filled != 1 || an.Segments != 1 {
		t.Errorf("pretranslate Trados file = %s (%d of %d filled)\nwant %s (1 of 1)", out, an.Filled, an.Segments, want)
	}
}

func TestPretranslateXLIFF2(t *testing.T) {
	in := `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
 <unit id="u1">
  <segment id="s1">
   <source><pc id="1">A b.</pc></source>
  </segment>
  <segment state="initial"><source>C d.</source><target/></segment>
  <segment><source>E <ph id="2"/>f.</source></segment>
 </unit>
</file></xliff>`
	out, an, err := pretranslateString(t, in, everyQuery)
	if err != nil {
		t.Fatal(err)
	}
	// The matches offered are the unit's <mtc:matches>, first in it, for
	// the segments with an id.
	want := `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
 <unit id="u1">
  <mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0">
    <mtc:match ref="#s1" similarity="100" type="tm" origin="tm"><source>A b.</source><target>[&amp; A B.]</target></mtc:match>
  </mtc:matches>
  <segment id="s1" state="translated">
   <source><pc id="1">A b.</pc></source>
   <target><pc id="1">[&amp; A B.]</pc></target>
  </segment>
  <segment state="translated"><source>C d.</source><target>[&amp; C D.]</target></segment>
  <segment><source>E <ph id="2"/>f.</source></segment>
 </unit>
</file></xliff>`
	if out != want || an.Filled != 2 || an.Segments != 3 {
		t.Errorf("pretranslate XLIFF 2 = %s (%d of %d filled)\nwant %s (2 of 3)", out, an.Filled, an.Segments, want)
	}
}

// TestPretranslateOpenTM2XLIFF2: OpenTM2 and translate5's t5memory write
// XLIFF 2.0 without its namespace, the target language as tgtLang; tm
// import reads such a file as XLIFF 2 (tmxwild59), and pretranslate filled
// nothing in it (its units were looked for in XLIFF 2's namespace only: 0
// segments, the file written back as it was) and asked for trgLang.
func TestPretranslateOpenTM2XLIFF2(t *testing.T) {
	in := `<xliff version="2.0" srcLang="en-US" tgtLang="fr-FR"><file original="a.dita">
<unit id="1" name="1">
 <segment state="initial"><source>A b.</source></segment>
</unit>
<unit id="2" name="2">
 <segment state="translated"><source>C d.</source><target>Déjà.</target></segment>
</unit>
</file></xliff>`
	out, an, err := pretranslateString(t, in, everyQuery)
	if err != nil {
		t.Fatal(err)
	}
	want := `<xliff version="2.0" srcLang="en-US" tgtLang="fr-FR"><file original="a.dita">
<unit id="1" name="1">
 <segment state="translated"><source>A b.</source><target>[&amp; A B.]</target></segment>
</unit>
<unit id="2" name="2">
 <segment state="translated"><source>C d.</source><target>Déjà.</target></segment>
</unit>
</file></xliff>`
	if out != want || an.Filled != 1 || an.Segments != 1 {
		t.Errorf("pretranslate OpenTM2's XLIFF 2 = %s (%d of %d filled)\nwant %s (1 of 1)", out, an.Filled, an.Segments, want)
	}
	if an.Tgt != language.MustParse("fr-FR") {
		t.Errorf("target language %v; want fr-FR, its tgtLang", an.Tgt)
	}
}

func TestPretranslateXLIFFBadInput(t *testing.T) {
	tests := []struct {
		name, in string
		opt      PretranslateOptions
		want     string
	}{
		// The words of tm import's reader for the same fault (trial56: "line
		// 4: element <source> closed by </trans-unit>", "unexpected EOF").
		{"malformed", xlf12Head + "<trans-unit id=\"1\"><source>x</trans-unit>" + xlf12Tail, PretranslateOptions{}, `line 4: not well-formed XML: </trans-unit> closes <source>`},
		{"cut short", xlf12Head + "<trans-unit id=\"1\"><source>x", PretranslateOptions{}, `line 4: unexpected end of file: the document is cut short`},
		// A file without line breaks: the column too (trial56).
		{"one line", strings.ReplaceAll(xlf12Head, "\n", "") + unitsOnOneLine(100) + `<trans-unit id="x"><source>x</trans-unit>` + strings.TrimSpace(xlf12Tail), PretranslateOptions{}, `line 1, column 6497: not well-formed XML: </trans-unit> closes <source>`},
		{"no id", xlf12Head + "\n<trans-unit><source>x</source></trans-unit>" + xlf12Tail, PretranslateOptions{}, `line 5: <trans-unit> without its id`},
		{"another target language", xlf12Head + xlf12Tail, PretranslateOptions{Src: language.English, Tgt: language.German}, `line 3: target-language="fr", and --tgt says de`},
		{"no target language", strings.Replace(xlf12Head, ` target-language="fr"`, "", 1) + xlf12Tail, PretranslateOptions{}, `line 3: the file has no target-language: give --tgt`},
		{"UTF-16", strings.Replace(xlf12Head, `?>`, ` encoding="UTF-16"?>`, 1) + xlf12Tail, PretranslateOptions{}, `not in UTF-8`},
		{"not XLIFF", `<tmx version="1.4"><body/></tmx>`, PretranslateOptions{}, `line 1: the root element is <tmx>`},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		tt.opt.Name = "messages.xlf"
		_, err := pretranslateXLIFF(context.Background(), strings.NewReader(tt.in), &out, tt.opt, fakeTM(everyQuery), nil)
		if err == nil || !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v; want a bad-input error saying %q", tt.name, err, tt.want)
		}
	}
}

// unitsOnOneLine is n trans-units without a line break between them.
func unitsOnOneLine(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<trans-unit id="u%d"><source>Sentence %d.</source></trans-unit>`, i, i)
	}
	return b.String()
}

// A file without target-language named as Symfony and Angular name them
// is in the language of its name, as tm import reads it.
func TestPretranslateXLIFFLanguageOfName(t *testing.T) {
	in := strings.Replace(xlf12Head, ` target-language="fr"`, "", 1) + `<trans-unit id="1"><source>A.</source></trans-unit>` + xlf12Tail
	an, err := pretranslateXLIFF(context.Background(), strings.NewReader(in), io.Discard, PretranslateOptions{Name: "messages.ru.xlf"}, fakeTM(everyQuery), nil)
	if err != nil || an.Tgt != language.Russian || an.Src != language.English || an.Filled != 1 {
		t.Errorf("messages.ru.xlf: %v, %s to %s, %d filled; want en to ru, 1 filled", err, an.Src, an.Tgt, an.Filled)
	}
	_, err = pretranslateXLIFF(context.Background(), strings.NewReader(in), io.Discard, PretranslateOptions{Name: "messages.en.xlf"}, fakeTM(everyQuery), nil)
	if err == nil || !strings.Contains(err.Error(), "no target-language") {
		t.Errorf("messages.en.xlf (the source language): %v; want no target-language", err)
	}
}

// decodes reports whether data is well-formed XML.
func decodes(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	if cs := sniffCharset(bufio.NewReader(bytes.NewReader(data))); cs != nil {
		d = xml.NewDecoder(cs.enc.NewDecoder().Reader(bytes.NewReader(data)))
		d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	}
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// BenchmarkPretranslateXLIFF measures the in-place rewriter alone (a TM
// that answers at once, matching every segment): a file of 2,000 units,
// half of them segmented in two (seg-source), a note on every fifth and
// a target on every tenth.
func BenchmarkPretranslateXLIFF(b *testing.B) {
	var f strings.Builder
	f.WriteString(xlf12Head)
	for i := range 2000 {
		fmt.Fprintf(&f, "<trans-unit id=\"u%d\">\n  <source>Sentence %d of the file, with <g id=\"1\">some</g> words. And a second one.</source>\n", i, i)
		if i%2 == 0 {
			fmt.Fprintf(&f, "  <seg-source><mrk mtype=\"seg\" mid=\"1\">Sentence %d of the file, with <g id=\"1\">some</g> words.</mrk> <mrk mtype=\"seg\" mid=\"2\">And a second one.</mrk></seg-source>\n", i)
		}
		if i%10 == 0 {
			f.WriteString("  <target>Fait.</target>\n")
		}
		if i%5 == 0 {
			f.WriteString("  <note>A note &amp; more.</note>\n")
		}
		f.WriteString("</trans-unit>\n")
	}
	f.WriteString(xlf12Tail)
	in := []byte(f.String())
	lookup := fakeTM(everyQuery)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pretranslateXLIFF(context.Background(), bytes.NewReader(in), io.Discard, PretranslateOptions{}, lookup, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPretranslateXLIFFWhiteSpace(t *testing.T) {
	for _, c := range []struct{ source, target, want string }{
		{`<![CDATA[  Prices rose.]]>`, "Les prix.", `<target state="translated" state-qualifier="exact-match">Les prix.</target>`},
		{`  Prices rose. `, " Les prix. ", `<target state="translated" state-qualifier="exact-match">  Les prix. </target>`},
		{`Prices rose.`, " Les prix.\n", `<target state="translated" state-qualifier="exact-match"> Les prix.
</target>`}, // the stored translation's own
		{`<x id="1"/> Prices rose.`, " Les prix.", `<target state="translated" state-qualifier="exact-match"><x id="1"/> Les prix.</target>`},
		{`&#32;Prices &amp; rose.`, "Les prix.", `<target state="translated" state-qualifier="exact-match">Les prix.</target>`}, // a character reference is text
	} {
		in := xlf12Head + `<trans-unit id="1"><source>` + c.source + `</source></trans-unit>` + xlf12Tail
		out, _, err := pretranslateString(t, in, func(string) []Match { return []Match{{Score: 100, Source: "x", Target: c.target}} })
		if err != nil || !strings.Contains(out, "</source>"+c.want+"<alt-trans") {
			t.Errorf("source %s, match %q: %v\n%s\nwant %s", c.source, c.target, err, out, c.want)
		}
	}
}

// TestPretranslateXLIFF2Codes: an XLIFF 2 segment with codes inside its
// text is filled with its own <pc>, <ph/>, <sc/> and <ec/> where the
// match's translation has its codes; not when the codes differ in number
// or would close before they open.
func TestPretranslateXLIFF2Codes(t *testing.T) {
	head := `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u1"><segment><source>`
	tail := `</source></segment></unit></file></xliff>`
	tests := []struct {
		name, source, markup, target, want string // want "": not filled
	}{
		{"pc", `Click <pc id="1" type="fmt">Save</pc> now.`, `Cliquez <bpt i="1">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept> maintenant.`, "Cliquez Enregistrer maintenant.",
			`Cliquez <pc id="1" type="fmt">Enregistrer</pc> maintenant.`},
		{"ph, moved", `Press <ph id="1" equiv="Enter"/> to go on &amp; on.`, `Pour continuer, <ph x="1"/> appuyez.`, "Pour continuer, appuyez.",
			`Pour continuer, <ph id="1" equiv="Enter"/> appuyez.`},
		{"sc and ec", `A <sc id="1"/>b c<ec startRef="1"/> d.`, `W <bpt i="1">{</bpt>x y<ept i="1">}</ept> z.`, "W x y z.",
			`W <sc id="1"/>x y<ec startRef="1"/> z.`},
		{"the translation without the codes", `Click <pc id="1">Save</pc> now.`, ``, "Cliquez Enregistrer maintenant.", ""},
		{"one code less", `Click <pc id="1">Save</pc> <ph id="2"/> now.`, `Cliquez <bpt i="1">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept> maintenant.`, "Cliquez Enregistrer maintenant.", ""},
		{"an end before its start", `A <sc id="1"/>b c<ec startRef="1"/> d.`, `W <ept i="1">}</ept>x y<bpt i="1">{</bpt> z.`, "W x y z.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := head + tt.source + tail
			out, an := pretranslateChecked(t, in, func(q string) []Match {
				return []Match{{Score: 100, Source: q, Target: tt.target, TargetMarkup: tt.markup}}
			})
			want := in
			if tt.want != "" {
				want = strings.Replace(in, "<segment>", `<segment state="translated">`, 1)
				want = strings.Replace(want, "</source>", "</source><target>"+tt.want+"</target>", 1)
			}
			if out != want || (an.Filled == 1) != (tt.want != "") {
				t.Errorf("pretranslate %s\n= %s (%d filled)\nwant %s", tt.source, out, an.Filled, want)
			}
		})
	}
}

// TestIsClientXLIFF: an <xliff> root decides, after a byte order mark, the
// XML declaration and comments, whatever the name (.txt, .html, .tmx,
// standard input), as tm import's DetectFormat; a <tmx> root is no XLIFF
// whatever the name; otherwise an extension of XLIFF does.
func TestIsClientXLIFF(t *testing.T) {
	decl := "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- the client's -->\n<!DOCTYPE xliff>\n"
	for _, c := range []struct {
		name, head string
		want       bool
	}{
		{"a.xlf", "anything", true},
		{"a.sdlxliff", "", true},
		{"-", decl + `<xliff version="1.2">`, true},
		{"-", `<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0">`, true},
		{"client.data", "\n  <xliff\n version=\"2.0\">", true},
		{"-", "Prices rose.\n<xliff> is the client's format.", false},
		{"-", "<html><body><pre>&lt;xliff&gt; <xliff/></pre>", false},
		{"-", "<xliffs>", false},
		{"-", "<!-- a comment that does not end <xliff>", false},
		{"-", "<xli", false},
		{"-", "", false},
		{"a.txt", decl + "<xliff>", true}, // tm import reads it as XLIFF by its root
		{"a.html", "<xliff>", true},
		{"a.txt", "Prices rose.\n<xliff> is the client's format.", false},
		{"a.txt", "<tmx>", false},
		{"a.tmx", "<xliff>", true}, // an XML file's root decides between XLIFF and TMX
		{"a.xlf", "<tmx>", false},
		{"client.data", decl + "<!--\n" + strings.Repeat("Licensed under the Apache License, Version 2.0.\n", 40) + "-->\n<xliff version=\"1.2\">", true}, // a prolog past 1 KB
	} {
		if got := IsClientXLIFF(c.name, []byte(c.head)); got != c.want {
			t.Errorf("IsClientXLIFF(%q, %q) = %v; want %v", c.name, c.head, got, c.want)
		}
	}
	// In UTF-16, with a byte order mark or without, on standard input.
	for _, enc := range []encoding.Encoding{unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)} {
		head, _ := enc.NewEncoder().Bytes([]byte(strings.TrimPrefix(decl, "\ufeff") + `<xliff version="1.2">`))
		if !IsClientXLIFF("-", head) || !IsClientXLIFF("-", head[:len(head)-1]) {
			t.Errorf("IsClientXLIFF(-, % x) = false; want true (UTF-16)", head[:8])
		}
		if head, _ := enc.NewEncoder().Bytes([]byte("Prices rose.\n<xliff> is the client's format.")); IsClientXLIFF("-", head) {
			t.Errorf("IsClientXLIFF(-, an article in UTF-16) = true; want false")
		}
	}
}

// ReadArticle gives a client's XLIFF file in UTF-16 or a single-byte
// encoding as it is (PretranslateXLIFF writes it back in it), and refuses
// an article in them as before.
func TestReadArticleEncodings(t *testing.T) {
	dir := t.TempDir()
	xlf, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(xlf12Head + xlf12Tail))
	latin := []byte(strings.Replace(xlf12Head, `?>`, ` encoding="ISO-8859-1"?>`, 1) + "<!-- caf\xe9 -->" + xlf12Tail)
	article, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Prices rose.\n"))
	for _, c := range []struct {
		name string
		data []byte
		ok   bool
	}{
		{"client.xlf", xlf, true},
		{"client.data", xlf, true},
		{"client.xlf", latin, true},
		{"story.txt", article, false},
		{"story.txt", []byte("caf\xe9\n"), false},
	} {
		path := filepath.Join(dir, c.name)
		if err := os.WriteFile(path, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadArticle(path, nil)
		if c.ok && (err != nil || !bytes.Equal(got, c.data)) {
			t.Errorf("ReadArticle(%s, % x...) = %d bytes, %v; want the bytes as they are", c.name, c.data[:4], len(got), err)
		}
		if !c.ok && (err == nil || !strings.Contains(err.Error(), "UTF")) {
			t.Errorf("ReadArticle(%s, % x...) error %v; want it refused (not UTF-8)", c.name, c.data[:4], err)
		}
		// From standard input too.
		if got, err := ReadArticle("-", bytes.NewReader(c.data)); c.ok != (err == nil) || c.ok && !bytes.Equal(got, c.data) {
			t.Errorf("ReadArticle(-, % x...) = %d bytes, %v; want ok %v", c.data[:4], len(got), err, c.ok)
		}
	}
}

// TestPretranslateXLIFFAddsTargetLanguage: a file without a target
// language, filled in the language of --tgt or of its name, says it
// (XLIFF 1.2 <file target-language>, XLIFF 2 <xliff trgLang>): a CAT tool
// asked for it. A file that names its own is left as it was.
func TestPretranslateXLIFFAddsTargetLanguage(t *testing.T) {
	tmx := fakeTM(func(q string) []Match {
		return []Match{{Source: q, Target: "fr:" + q, Score: 100, SourceLang: language.English, TargetLang: language.French}}
	})
	for _, c := range []struct {
		name, in, want string
		tgt            language.Tag
	}{
		{"a.xlf", `<xliff version="1.2"><file original="a" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>A b.</source></trans-unit></body></file></xliff>`,
			`<file original="a" source-language="en" datatype="plaintext" target-language="fr">`, language.French},
		{"messages.fr.xlf", `<xliff version="1.2"><file original="a" source-language="en" datatype="plaintext"/><file original="b" source-language="en"><body><trans-unit id="1"><source>A b.</source></trans-unit></body></file></xliff>`,
			`<file original="a" source-language="en" datatype="plaintext" target-language="fr"/><file original="b" source-language="en" target-language="fr">`, language.Und},
		{"a.xlf", `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="1"><segment id="s"><source>A b.</source></segment></unit></file></xliff>`,
			`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">`, language.French},
		{"a.xlf", `<xliff version="1.2"><file original="a" source-language="en" target-language="fr-CA" datatype="plaintext"><body><trans-unit id="1"><source>A b.</source></trans-unit></body></file></xliff>`,
			`<file original="a" source-language="en" target-language="fr-CA" datatype="plaintext">`, language.French},
	} {
		var out bytes.Buffer
		var eds []edit
		opt := PretranslateOptions{Tgt: c.tgt, Min: 50, Name: c.name}
		if _, err := pretranslateXLIFF(context.Background(), strings.NewReader(c.in), &out, opt, tmx, func(e edit) { eds = append(eds, e) }); err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		if !strings.Contains(out.String(), c.want) || !strings.Contains(out.String(), ">fr:A b.</target>") {
			t.Errorf("pretranslate %s (--tgt %v):\n%s\nwant %s and the target filled", c.name, c.tgt, out.String(), c.want)
		}
		checkEdits(t, c.in, []byte(c.in), out.Bytes(), eds)
	}
}

// TestPretranslateXLIFFEncodings: a client's file in UTF-16 (with its byte
// order mark or without) or in a single-byte encoding its declaration
// names comes back in that encoding, with that mark and declaration, the
// target filled; a target the encoding cannot write is refused, naming
// the unit and the character, and nothing is written.
func TestPretranslateXLIFFEncodings(t *testing.T) {
	unit := `<trans-unit id="u1"><source>The café opens.</source></trans-unit>`
	file := func(label string) string {
		return strings.Replace(xlf12Head, `?>`, ` encoding="`+label+`"?>`, 1) + unit + xlf12Tail
	}
	filled := func(in, target string) string {
		return strings.Replace(in, `</source>`, `</source><target state="translated" state-qualifier="exact-match">`+target+`</target><alt-trans match-quality="100" origin="tm" extype="exact"><source xml:lang="und">The café opens.</source><target xml:lang="und">`+target+`</target></alt-trans>`, 1)
	}
	utf16 := func(order unicode.Endianness, bom unicode.BOMPolicy) encoding.Encoding {
		return unicode.UTF16(order, bom)
	}
	for _, c := range []struct {
		name, label, target string
		enc                 encoding.Encoding
		prefix              []byte // the output's first bytes
	}{
		{"UTF-16LE with a BOM", "UTF-16", "Le café ouvre. 東京", utf16(unicode.LittleEndian, unicode.ExpectBOM), []byte{0xFF, 0xFE, '<', 0}},
		{"UTF-16BE with a BOM", "UTF-16", "Le café ouvre.", utf16(unicode.BigEndian, unicode.ExpectBOM), []byte{0xFE, 0xFF, 0, '<'}},
		{"UTF-16LE without", "UTF-16LE", "Le café ouvre.", utf16(unicode.LittleEndian, unicode.IgnoreBOM), []byte{'<', 0, '?', 0}},
		{"ISO-8859-1", "ISO-8859-1", "Le café ouvre.", charmap.ISO8859_1, []byte(`<?xml version="1.0" encoding="ISO-8859-1"?>`)},
		{"windows-1252", "windows-1252", "Le cœur du café ouvre.", charmap.Windows1252, []byte(`<?xml version="1.0" encoding="windows-1252"?>`)},
		{"ISO-8859-15", "ISO-8859-15", "Le café coûte 3 €.", charmap.ISO8859_15, []byte(`<?xml version="1.0" encoding="ISO-8859-15"?>`)},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := c.enc.NewEncoder().Bytes([]byte(file(c.label)))
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			an, err := pretranslateXLIFF(context.Background(), bytes.NewReader(in), &out, PretranslateOptions{}, fakeTM(func(q string) []Match {
				return []Match{{Score: 100, Source: q, Target: c.target, Kind: KindExact}}
			}), nil)
			if err != nil || an.Filled != 1 {
				t.Fatalf("pretranslate: %+v, %v; want 1 filled", an, err)
			}
			if !bytes.HasPrefix(out.Bytes(), c.prefix) {
				t.Errorf("output starts % x; want % x (the byte order mark and declaration as read)", out.Bytes()[:min(8, out.Len())], c.prefix)
			}
			want, err := c.enc.NewEncoder().Bytes([]byte(filled(file(c.label), c.target)))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				got, _ := c.enc.NewDecoder().Bytes(out.Bytes())
				t.Errorf("output, decoded:\n%s\nwant, in %s:\n%s", got, c.label, filled(file(c.label), c.target))
			}
		})
	}
	// A target the encoding cannot write: refused, nothing written.
	for _, c := range []struct{ label, target, char string }{
		{"ISO-8859-1", "Le cœur ouvre.", "U+0153"},
		{"windows-1252", "Кафе.", "U+041A"},
		{"US-ASCII", "Le café ouvre.", "U+00E9"},
	} {
		in := []byte(strings.Replace(file(c.label), "café", "cafe", -1))
		var out bytes.Buffer
		_, err := pretranslateXLIFF(context.Background(), bytes.NewReader(in), &out, PretranslateOptions{}, fakeTM(func(q string) []Match {
			return []Match{{Score: 100, Source: q, Target: c.target, Kind: KindExact}}
		}), nil)
		if err == nil || !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), `unit "u1"`) || !strings.Contains(err.Error(), c.char) || !strings.Contains(err.Error(), c.label) {
			t.Errorf("%s, target %q: error %v; want a bad-input error naming unit u1, %s and %s", c.label, c.target, err, c.char, c.label)
		}
		if out.Len() != 0 {
			t.Errorf("%s, target %q: %d bytes written; want none", c.label, c.target, out.Len())
		}
	}
	// Bytes that do not decode (a UTF-16 surrogate alone, a byte
	// windows-1252 does not define) would not come back as read: refused.
	lone, _ := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewEncoder().Bytes([]byte(file("UTF-16")))
	lone = bytes.Replace(lone, []byte{'<', 0, '/', 0, 'b', 0}, []byte{0x00, 0xD8, '<', 0, '/', 0, 'b', 0}, 1)
	for name, in := range map[string][]byte{"UTF-16": lone, "windows-1252": []byte(strings.Replace(file("windows-1252"), "</body>", "\x81</body>", 1))} {
		var out bytes.Buffer
		_, err := pretranslateXLIFF(context.Background(), bytes.NewReader(in), &out, PretranslateOptions{}, fakeTM(everyQuery), nil)
		if err == nil || !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), "cannot be written back") || out.Len() != 0 {
			t.Errorf("%s with bytes that do not decode: %d bytes written, error %v; want none and a bad-input error", name, out.Len(), err)
		}
	}
	// An encoding of several bytes a character is refused as before.
	in := []byte(file("Shift_JIS"))
	if _, err := pretranslateXLIFF(context.Background(), bytes.NewReader(in), io.Discard, PretranslateOptions{}, fakeTM(everyQuery), nil); err == nil || !strings.Contains(err.Error(), "Shift_JIS") {
		t.Errorf("Shift_JIS: error %v; want it refused, named", err)
	}
}
