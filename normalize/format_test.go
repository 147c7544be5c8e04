package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestFormatsRoundTrip(t *testing.T) {
	entries := []Entry{
		{Canonical: "Qassem Soleimani", Variants: []string{"Qasem Soleimani", "قاسم سلیمانی"}, Kind: KindPerson},
		{Canonical: "Islamic Revolutionary Guard Corps", Variants: []string{"IRGC", "Revolution Guards"}, Kind: KindOrg, Langs: []language.Tag{language.English, language.French}},
		{Canonical: "Tehran & <Co>", Kind: KindPlace, Variants: []string{`Te"heran`}},
		// A line starting with "#" is a comment, a field starting with a
		// quotation mark a quoted field: the writers quote them. Before,
		// the "#MeToo" entry was lost between export and import.
		{Canonical: "#MeToo", Variants: []string{"#Me Too"}},
		{Canonical: `"Quoted`, Variants: []string{`"Q, x`}},
		// Spacing inside a name stays as written in every format (TBX
		// made "A  B" of "A B").
		{Canonical: "Abu  Sabiriya", Variants: []string{"Abu\u00a0Sabiriya"}, Kind: KindPerson},
	}
	for _, f := range []Format{FormatTSV, FormatCSV, FormatJSONL, FormatTBX, FormatTBX2} {
		var b bytes.Buffer
		if err := WriteEntries(&b, entries, f); err != nil {
			t.Fatalf("WriteEntries(%s): %v", f, err)
		}
		got, err := ReadEntries(bytes.NewReader(b.Bytes()), f)
		if err != nil {
			t.Fatalf("ReadEntries(%s): %v\n%s", f, err, b.String())
		}
		if !reflect.DeepEqual(got, entries) {
			t.Errorf("%s round trip = %+v; want %+v", f, got, entries)
		}
		if d := DetectFormat("", b.Bytes()); d != f && !(f == FormatTBX2 && d == FormatTBX) {
			t.Errorf("DetectFormat(%s output) = %s", f, d)
		}
	}
}

// TestReadTBXWrappedTerm: a term a tool wrapped over lines (a run of
// white space with a line break or a tab) reads as one space; a run of
// spaces stays.
func TestReadTBXWrappedTerm(t *testing.T) {
	in := "<martif type=\"TBX\"><text><body><termEntry><langSet xml:lang=\"en\">" +
		"<tig><term>\n    Qassem\n    Soleimani\n  </term></tig>" +
		"<tig><term>Qasem\t Soleimani</term></tig><tig><term> Ghasem  Soleimani </term></tig>" +
		"</langSet></termEntry></body></text></martif>"
	got, err := ReadEntries(strings.NewReader(in), FormatTBX)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{Canonical: "Qassem Soleimani", Variants: []string{"Qasem Soleimani", "Ghasem  Soleimani"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadEntries = %+q; want %+q", got, want)
	}
}

// TestTBXClients checks our TBX with real tools when they are installed:
// xmllint for well-formedness, and Translate Toolkit's TBX reader (TBX 2).
func TestTBXClients(t *testing.T) {
	entries := DefaultEntries()[:20]
	dir := t.TempDir()
	for _, f := range []Format{FormatTBX, FormatTBX2} {
		var b bytes.Buffer
		if err := WriteEntries(&b, entries, f); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "names."+string(f))
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := exec.LookPath("xmllint"); err != nil {
			t.Log("xmllint not installed (Debian libxml2-utils): well-formedness not checked")
		} else if out, err := exec.Command("xmllint", "--noout", "--nonet", path).CombinedOutput(); err != nil {
			t.Errorf("xmllint %s: %v\n%s", f, err, out)
		}
		if f != FormatTBX2 {
			continue
		}
		py := "/usr/bin/python3"
		if err := exec.Command(py, "-c", "import translate.storage.tbx").Run(); err != nil {
			t.Log("Translate Toolkit not installed (Debian python3-translate): TBX 2 not checked with it")
			continue
		}
		out, err := exec.Command(py, "-c", `import sys
from translate.storage import tbx
units = tbx.tbxfile(open(sys.argv[1], "rb")).units
print(len(units), units[0].source)`, path).CombinedOutput()
		if err != nil {
			t.Fatalf("Translate Toolkit reading our TBX 2: %v\n%s", err, out)
		}
		if want := fmt.Sprintf("%d %s\n", len(entries), entries[0].Canonical); string(out) != want {
			t.Errorf("Translate Toolkit read %q; want %q", out, want)
		}
	}
}

func TestReadEntriesErrors(t *testing.T) {
	for _, tc := range []struct {
		format   Format
		in, want string
	}{
		{FormatTSV, "Tehran\tplanet\tTeheran\n", "line 1: unknown kind"},
		// A name and its variant alone, the variant where the kind goes:
		// the error says which column is which.
		{FormatTSV, "Kyiv\tKiev\n", `line 1: unknown kind "kiev" (want person, org or place): the second column is the kind; a name and a variant alone are CANONICAL, an empty kind and VARIANT (Kyiv<TAB><TAB>Kiev)`},
		{FormatCSV, "Kyiv,Kiev\n", "(Kyiv,,Kiev)"},
		{FormatTSV, "canonical\tkind\n\tplace\n", "line 2: empty canonical"},
		// Without a header a fifth column was left out without a word
		// (trial48): the line is refused, naming the column.
		{FormatTSV, "Kyiv\tplace\tKiev\ten\tKiew\n", `line 1: 5 columns: a glossary without a header line has 4 at most (CANONICAL, KIND, VARIANT|VARIANT..., LANG,LANG...); column 5 holds “Kiew”: join variants with |`},
		{FormatTSV, "Kyiv\tplace\tKiev\ten\nTehran\tplace\tTeheran\t\t\tTahran\t\n", "line 2: 6 columns"},
		{FormatCSV, "Kyiv,place,Kiev,en,uk,Kiew\n", "line 1: 6 columns"},
		{FormatCSV, "A,person,B\n\"unterminated\n", "line 2"},
		{FormatJSONL, "{\"canonical\":\"X\"}\n{bad\n", "line 2: bad JSON"},
		{FormatJSONL, "{\"canonical\":\"X\"}\n{“canonical”:\"Y\"}\n", "line 2: bad JSON: invalid character '“' (U+201C) looking for beginning of object key string"},
		// A value of the wrong type names the field and what it wants,
		// not Go's types ("Go struct field jsonEntry.variants of type
		// []json.RawMessage").
		{FormatJSONL, "{\"canonical\":\"C D\",\"variants\":\"C-D\"}\n", `line 1: bad entry: "variants" must be a list of strings, not a JSON string`},
		{FormatJSONL, "{\"canonical\":\"C D\",\"langs\":\"en\"}\n", `line 1: bad entry: "langs" must be a list of BCP 47 tags`},
		{FormatJSONL, "[\"C D\"]\n", `line 1: bad entry: want an object {"canonical": ..., "variants": [...]}, found a JSON array`},
		// TMX's and XLIFF's words for the same faults (it said "bad XML").
		{FormatTBX, "<tbx><text><body>\n<conceptEntry><langSec><termSec><term>X</termSec>", "line 2: not well-formed XML: </termSec> closes <term>"},
		{FormatTBX, "<tbx><text><body>\n<conceptEntry><langSec><termSec><term>X", "line 2: unexpected end of file: the document is cut short"},
		{FormatTBX, "<html/>", "not a TBX file"},
	} {
		_, err := ReadEntries(strings.NewReader(tc.in), tc.format)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadEntries(%s, %q) = %v; want an error with %q", tc.format, tc.in, err, tc.want)
		}
	}
}

func FuzzReadEntries(f *testing.F) {
	f.Add("tsv", "canonical\tkind\tvariants\nTehran\tplace\tTeheran|Tahran\n")
	f.Add("csv", "Tehran,place,Teheran\n")
	f.Add("jsonl", `{"canonical":"A","variants":[{"form":"B","count":2}]}`)
	f.Add("tbx", `<tbx><text><body><conceptEntry><langSec xml:lang="en"><termSec><term>A</term></termSec><termSec><term>B</term></termSec></langSec></conceptEntry></body></text></tbx>`)
	f.Fuzz(func(t *testing.T, name, in string) {
		switch format := Format(name); format {
		case FormatTSV, FormatCSV, FormatJSONL, FormatTBX:
		default:
			return
		}
		es, err := ReadEntries(strings.NewReader(in), Format(name))
		if err != nil {
			return
		}
		// What was read writes and reads back the same in every format.
		for _, f2 := range []Format{FormatJSONL, FormatTBX} {
			var b bytes.Buffer
			if err := WriteEntries(&b, es, f2); err != nil {
				t.Fatal(err)
			}
			back, err := ReadEntries(&b, f2)
			if err != nil {
				t.Fatalf("re-read %s: %v\n%s", f2, err, b.String())
			}
			if len(back) != len(es) {
				t.Fatalf("%s round trip: %d entries; want %d", f2, len(back), len(es))
			}
		}
	})
}

// TestReadEntriesExtraColumns: a headerless line's empty trailing columns
// (a spreadsheet's) are no fields; a header's columns it does not name are
// left out, as before.
func TestReadEntriesExtraColumns(t *testing.T) {
	for _, in := range []string{
		"Kyiv\tplace\tKiev\ten\t\t \n",
		"canonical\tkind\tvariants\tlangs\tsource\nKyiv\tplace\tKiev\ten\tAP\n",
	} {
		es, err := ReadEntries(strings.NewReader(in), FormatTSV)
		if err != nil || len(es) != 1 || es[0].Canonical != "Kyiv" || len(es[0].Variants) != 1 {
			t.Errorf("ReadEntries(%q) = %+v, %v; want the entry Kyiv with its variant", in, es, err)
		}
	}
}

func TestReadEntriesSkipsBOM(t *testing.T) {
	for _, tc := range []struct {
		format Format
		in     string
	}{
		{FormatTSV, "\uFEFFQassem Soleimani\tperson\tQasim Soleimani\n"},
		{FormatCSV, "\uFEFFQassem Soleimani,person,Qasim Soleimani\n"},
		{FormatJSONL, "\uFEFF" + `{"canonical":"Qassem Soleimani","kind":"person","variants":["Qasim Soleimani"]}` + "\n"},
	} {
		es, err := ReadEntries(strings.NewReader(tc.in), tc.format)
		if err != nil || len(es) != 1 || es[0].Canonical != "Qassem Soleimani" {
			t.Errorf("ReadEntries(%+q, %s) = %+v, %v; want one entry \"Qassem Soleimani\"", tc.in, tc.format, es, err)
		}
	}
}

func TestReadEntriesRefusesHugeName(t *testing.T) {
	in := "Qassem Soleimani\tperson\tQasim Soleimani\n" + strings.Repeat("x", maxNameLen+1) + "\tperson\n"
	_, err := ReadEntries(strings.NewReader(in), FormatTSV)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || !strings.Contains(err.Error(), "a name of") {
		t.Errorf("ReadEntries(a %d-byte name on line 2) = %v; want a ParseError on line 2", maxNameLen+1, err)
	}
}

// TestReadEntriesJSONLLineOverLimit: a JSON Lines glossary with a line over
// maxGlossaryLine (1 MiB) is a ParseError naming the line (bad input, exit 2); it was
// "bufio.Scanner: token too long", without file or line, exit 1 (trial33).
func TestReadEntriesJSONLLineOverLimit(t *testing.T) {
	in := "{\"canonical\":\"X\"}\n{\"canonical\":\"" + strings.Repeat("a", maxGlossaryLine+1) + "\"}\n"
	_, err := ReadEntries(strings.NewReader(in), FormatJSONL)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || !strings.Contains(err.Error(), "a line longer than 1 MiB") {
		t.Errorf("ReadEntries(a JSON line over 1 MiB) = %v; want a ParseError on line 2 saying the line is too long", err)
	}
}

func TestReadEntriesAs(t *testing.T) {
	for _, tc := range []struct {
		name   string
		format Format
		text   string
	}{
		{"g.csv", FormatAuto, "Tehran,place,Teheran\n"},
		{"-", FormatAuto, `{"canonical":"Tehran","kind":"place","variants":["Teheran"]}` + "\n"},
		{"g.txt", FormatCSV, "Tehran,place,Teheran\n"},
	} {
		entries, err := ReadEntriesAs(strings.NewReader(tc.text), tc.name, tc.format)
		if err != nil || len(entries) != 1 || entries[0].Canonical != "Tehran" || entries[0].Kind != KindPlace {
			t.Errorf("ReadEntriesAs(%q, %q) = %+v, %v; want Tehran (place)", tc.name, tc.format, entries, err)
		}
	}
}

// TestReadEntriesAsErrors: errors name the file, and a byte that is not
// text is reported as such, not as what the parser made of it.
func TestReadEntriesAsErrors(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"g.tsv", "Tehran\tplace\tTeheran\nMars\tplanet\n", `read g.tsv: line 2: unknown kind "planet"`},
		{"<stdin>", "{\"canonical\":\"Tehran\"}\n{\"canonical\":\n", "read <stdin>: line 2: bad JSON"},
		{"g.jsonl", "{\"canonical\":\"Teh\xffran\"}\n", "read g.jsonl: line 1: invalid UTF-8 (byte 0xff)"},
		{"g.tsv", "\xff\xfeT\x00", "read g.tsv: line 1: UTF-16 text"},
	} {
		_, err := ReadEntriesAs(strings.NewReader(tc.text), tc.name, FormatAuto)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ReadEntriesAs(%q, %+q): %v; want %q", tc.name, tc.text, err, tc.want)
		}
	}
}

func TestReadEntriesLangs(t *testing.T) {
	es, err := ReadEntries(strings.NewReader("Tehran\tplace\tTeheran\tEN_gb fa\n"), FormatTSV)
	want := []language.Tag{language.BritishEnglish, language.Persian}
	if err != nil || len(es) != 1 || !reflect.DeepEqual(es[0].Langs, want) {
		t.Fatalf("ReadEntries(langs \"EN_gb fa\") = %+v, %v; want languages %v", es, err, want)
	}
	var b bytes.Buffer
	if err := WriteEntries(&b, es, ""); err != nil || !strings.HasSuffix(b.String(), "\ten-GB fa\n") {
		t.Errorf("WriteEntries(zero format) = %q, %v; want TSV with langs \"en-GB fa\"", b.String(), err)
	}
	_, err = ReadEntries(strings.NewReader("Tehran\tplace\tTeheran\ten persian!\n"), FormatTSV)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 1 || !strings.Contains(err.Error(), `language "persian!" is not BCP 47`) {
		t.Errorf("ReadEntries(langs \"en persian!\") = %v; want a ParseError on line 1 naming the language", err)
	}
}

func TestReadEntriesDetects(t *testing.T) {
	for _, f := range []Format{"", FormatAuto} {
		es, err := ReadEntries(strings.NewReader(`{"canonical":"Tehran","variants":["Teheran"]}`+"\n"), f)
		if err != nil || len(es) != 1 || es[0].Canonical != "Tehran" {
			t.Errorf("ReadEntries(JSON Lines, %q) = %+v, %v; want Tehran", f, es, err)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		if got, err := ParseFormat(string(f)); got != f || err != nil {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if got, err := ParseFormat(""); got != FormatAuto || err != nil {
		t.Errorf("ParseFormat(\"\") = %q, %v; want auto", got, err)
	}
	if _, err := ParseFormat("xml"); err == nil || strings.Contains(err.Error(), "--") {
		t.Errorf("ParseFormat(xml) = %v; want an error naming no flag", err)
	}
}

func TestFilterLang(t *testing.T) {
	es := []Entry{{Canonical: "A"}, {Canonical: "B", Langs: []language.Tag{language.BritishEnglish}},
		{Canonical: "C", Langs: []language.Tag{language.French, language.German}}}
	names := func(es []Entry) string {
		var s []string
		for _, e := range es {
			s = append(s, e.Canonical)
		}
		return strings.Join(s, " ")
	}
	for _, tc := range []struct {
		lang language.Tag
		want string
	}{
		{language.Und, "A B C"},
		{language.English, "A B"},
		{language.AmericanEnglish, "A B"},
		{language.German, "A C"},
		{language.Persian, "A"},
	} {
		if got := names(FilterLang(es, tc.lang)); got != tc.want {
			t.Errorf("FilterLang(%v) = %q; want %q", tc.lang, got, tc.want)
		}
	}
}

// TestReadTBXLanguages: the terms of a concept in several languages are
// translations, not variants. Before, every term of a multilingual concept
// became a variant of the first preferred term, and normalize rewrote
// French "Union européenne" to "European Union".
func TestReadTBXLanguages(t *testing.T) {
	const in = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="1">
 <descrip type="subjectField">politics</descrip>
 <langSet xml:lang="en"><tig><term>European Union</term><termNote type="partOfSpeech">noun</termNote></tig>
  <tig><term>EU</term><termNote type="termType">acronym</termNote><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet>
 <langSet xml:lang="fr"><tig><term>Union européenne</term></tig></langSet>
 <langSet xml:lang="de"><tig><term>Europäische Union</term></tig></langSet>
</termEntry>
<termEntry id="2">
 <langSet xml:lang="en-GB"><tig><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  <tig><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
 <langSet xml:lang="fr"><tig><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
  <tig><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
 <langSet xml:lang="es"><tig><term>Kíev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
</termEntry>
<termEntry id="3">
 <langSet xml:lang="en"><tig><term>Tehran</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
 <langSet xml:lang="fa"><tig><term>تهران</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
</termEntry>
</body></text></martif>`
	got, err := ReadEntries(strings.NewReader(in), FormatTBX)
	if err != nil {
		t.Fatal(err)
	}
	tags := func(s ...string) []language.Tag {
		var out []language.Tag
		for _, x := range s {
			out = append(out, language.MustParse(x))
		}
		return out
	}
	want := []Entry{
		{Canonical: "European Union", Variants: []string{"EU"}, Langs: tags("en")},
		{Canonical: "Union européenne", Langs: tags("fr")},
		{Canonical: "Europäische Union", Langs: tags("de")},
		// A language without a preferred term of its own deprecates its
		// terms in favour of the concept's.
		{Canonical: "Kyiv", Variants: []string{"Kiev", "Kíev"}, Langs: tags("en-GB", "fr", "es")},
		// One language heads the concept (as in the files bitext writes):
		// one entry, for every language.
		{Canonical: "Tehran", Variants: []string{"تهران"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadEntries = %+v\nwant %+v", got, want)
	}
}

// TestReadEntriesExcelCSV reads CSV as Excel writes it where the comma is
// the decimal separator: semicolons, a byte order mark, CRLF, a header
// row, a quoted field over two lines. Before, each line was one name
// ("Tehran;place;Teheran"), the header row too.
func TestReadEntriesExcelCSV(t *testing.T) {
	const in = "\uFEFFcanonical;kind;variants;langs\r\n" +
		"Qassem Soleimani;person;Qasem Soleimani|Ghasem Soleimani;en\r\n" +
		"\"Tehran\";place;\"Teheran|\r\nTahran\";\r\n"
	want := []Entry{
		{Canonical: "Qassem Soleimani", Kind: KindPerson, Variants: []string{"Qasem Soleimani", "Ghasem Soleimani"}, Langs: []language.Tag{language.English}},
		{Canonical: "Tehran", Kind: KindPlace, Variants: []string{"Teheran", "Tahran"}},
	}
	for _, f := range []Format{FormatCSV, FormatAuto} {
		got, err := ReadEntries(strings.NewReader(in), f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("ReadEntries(%s) = %+v\nwant %+v", f, got, want)
		}
	}
	// A comma in the first line keeps commas; a semicolon in a quoted
	// field is no separator.
	got, err := ReadEntries(strings.NewReader("\"A;B\",org\nC;D,place\n"), FormatCSV)
	if err != nil || len(got) != 2 || got[0].Canonical != "A;B" || got[1].Canonical != "C;D" {
		t.Errorf("ReadEntries(commas) = %+v, %v", got, err)
	}
}

// TestReadTBXNormativeAuthorization: TBX 2 tools write a term's status as
// normativeAuthorization, and some without TBX-Basic's -admn-sts suffix.
// Before, such a status was not read: the first term, here the deprecated
// one, became the canonical form and the preferred term was rewritten to it.
func TestReadTBXNormativeAuthorization(t *testing.T) {
	const in = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1"><langSet xml:lang="en">
 <ntig><termGrp><term>Kiev</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></termGrp></ntig>
 <ntig><termGrp><term>Kyiv</term><termNote type="normativeAuthorization">preferredTerm</termNote></termGrp></ntig>
</langSet></termEntry>
<termEntry id="t2"><langSet xml:lang="en">
 <tig><term>Bombay</term><termNote type="administrativeStatus">deprecatedTerm</termNote></tig>
 <tig><term>Mumbai</term><termNote type="administrativeStatus">Preferred</termNote></tig>
</langSet></termEntry>
</body></text></martif>`
	got, err := ReadEntries(strings.NewReader(in), FormatTBX)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{Canonical: "Kyiv", Variants: []string{"Kiev"}}, {Canonical: "Mumbai", Variants: []string{"Bombay"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadEntries = %+v; want %+v", got, want)
	}
}

// TestReadTBXErrorLine: an error in a concept entry names the entry's
// line. Before, it named the last line the XML decoder had read ahead
// (4 KB on), a hundred lines below the entry in this file.
func TestReadTBXErrorLine(t *testing.T) {
	var b strings.Builder
	b.WriteString("<martif type=\"TBX\"><text><body>\n")
	for i := range 200 {
		fmt.Fprintf(&b, "<termEntry id=\"t%d\"><langSet xml:lang=\"en\">\n<tig><term>Name%d</term></tig>\n</langSet></termEntry>\n", i, i)
	}
	line := strings.Count(b.String(), "\n") + 1
	b.WriteString("<termEntry id=\"bad\"><langSet xml:lang=\"en\">\n<tig><term>...</term></tig>\n</langSet></termEntry>\n")
	for i := range 200 {
		fmt.Fprintf(&b, "<termEntry id=\"u%d\"><langSet xml:lang=\"en\">\n<tig><term>Other%d</term></tig>\n</langSet></termEntry>\n", i, i)
	}
	b.WriteString("</body></text></martif>\n")
	_, err := ReadEntries(strings.NewReader(b.String()), FormatTBX)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != line {
		t.Errorf("ReadEntries = %v; want a *ParseError at line %d", err, line)
	}
}

// TestReadEntriesMergesLangs: a canonical form given twice keeps the
// languages of both lines. Before, the later replaced the earlier: the
// entry below applied to French alone.
func TestReadEntriesMergesLangs(t *testing.T) {
	got, err := ReadEntries(strings.NewReader("Tehran\tplace\tTeheran\ten\nTehran\tplace\tTéhéran\tfr\nKyiv\t\tKiev\ten\nKyiv\t\tKiew\t\n"), FormatTSV)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Canonical: "Tehran", Kind: KindPlace, Variants: []string{"Teheran", "Téhéran"}, Langs: []language.Tag{language.English, language.French}},
		{Canonical: "Kyiv", Variants: []string{"Kiev", "Kiew"}}, // a line for every language
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadEntries = %+v; want %+v", got, want)
	}
}

// TestDetectFormatTxt: a .txt glossary is told by its content. Before, it
// was TSV whatever it held, and CSV saved as .txt read as one name a line,
// its header row too ("canonical,kind,variants").
func TestDetectFormatTxt(t *testing.T) {
	for _, tc := range []struct {
		head string
		want Format
	}{
		{"canonical,kind,variants\nTehran,place,Teheran\n", FormatCSV},
		{"canonical;kind\nTehran;place\n", FormatCSV},
		{"Tehran\tplace\tTeheran\n", FormatTSV},
		{"Tehran\n", FormatTSV},
	} {
		if got := DetectFormat("names.txt", []byte(tc.head)); got != tc.want {
			t.Errorf("DetectFormat(names.txt, %q) = %s; want %s", tc.head, got, tc.want)
		}
	}
	es, err := ReadEntriesAs(strings.NewReader("canonical,kind,variants\nTehran,place,Teheran|Tahran\n"), "g.txt", FormatAuto)
	if err != nil || len(es) != 1 || es[0].Canonical != "Tehran" || len(es[0].Variants) != 2 {
		t.Errorf("ReadEntriesAs(g.txt) = %+v, %v", es, err)
	}
}

// TestReadTBXEncodings: TBX is XML, read in the encodings XML allows:
// UTF-16 with a byte order mark (as MultiTerm exports), named by the file
// or found by its first bytes, and an encoding the declaration names.
// Before, only UTF-8 was read ("not UTF-8", "invalid UTF-8 (byte 0xe9)").
func TestReadTBXEncodings(t *testing.T) {
	doc := "<martif type=\"TBX\"><text><body><termEntry><langSet xml:lang=\"fr\"><tig><term>Téhéran</term></tig><tig><term>Teheran</term></tig></langSet></termEntry></body></text></martif>\n"
	u16 := []byte{0xFF, 0xFE}
	for _, r := range "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + doc {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	latin1 := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n")
	for _, r := range doc {
		latin1 = append(latin1, byte(r))
	}
	want := []Entry{{Canonical: "Téhéran", Variants: []string{"Teheran"}}}
	for _, tc := range []struct {
		name string
		in   []byte
	}{{"u16.tbx", u16}, {"-", u16}, {"latin1.tbx", latin1}} {
		got, err := ReadEntriesAs(bytes.NewReader(tc.in), tc.name, FormatAuto)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ReadEntriesAs(%s) = %+v, %v; want %+v", tc.name, got, err, want)
		}
	}
}

// TestReadTBXMin: TBX-Min files, written for this test after the dialect's
// examples (see testdata/README.md). The TBX-Min of 2013 (<TBX>, langGroup,
// termGroup, termStatus) was "not a TBX file"; TBX v3's TBX-Min in DCT
// style writes the status as an element, which went unseen: the
// deprecated term listed first became the canonical form.
func TestReadTBXMin(t *testing.T) {
	const min2013 = `<?xml version="1.0" encoding="UTF-8"?>
<TBX dialect="TBX-Min" xml:lang="en">
  <header><id>bitext sample</id><languages source="en" target="de"/></header>
  <body>
    <conceptEntry id="c1">
      <subjectField>places</subjectField>
      <langGroup xml:lang="en">
        <termGroup><term>Kiev</term><termStatus>notRecommended</termStatus></termGroup>
        <termGroup><term>Kyiv</term><partOfSpeech>noun</partOfSpeech><termStatus>preferred</termStatus></termGroup>
      </langGroup>
      <langGroup xml:lang="de">
        <termGroup><term>Kyjiw</term><partOfSpeech>noun</partOfSpeech></termGroup>
      </langGroup>
    </conceptEntry>
  </body>
</TBX>`
	const dct = `<?xml version="1.0" encoding="utf-8"?>
<tbx type="TBX-Min" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0" xmlns:min="http://www.tbxinfo.net/ns/dct/min">
  <tbxHeader><fileDesc><sourceDesc><p>bitext sample</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="en">
        <termSec><term>Odessa</term><min:administrativeStatus>deprecated</min:administrativeStatus></termSec>
        <termSec><term>Odesa</term><min:partOfSpeech>noun</min:partOfSpeech><min:administrativeStatus>preferred</min:administrativeStatus></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`
	dca := strings.NewReplacer(`style="dct"`, `style="dca"`, `<min:administrativeStatus>`, `<termNote type="administrativeStatus">`,
		`</min:administrativeStatus>`, `</termNote>`, `<min:partOfSpeech>noun</min:partOfSpeech>`, "").Replace(dct)
	for _, tc := range []struct {
		name, in string
		want     []Entry
	}{
		{"TBX-Min 2013", min2013, []Entry{
			{Canonical: "Kyiv", Variants: []string{"Kiev"}, Langs: []language.Tag{language.English}},
			{Canonical: "Kyjiw", Langs: []language.Tag{language.German}},
		}},
		{"TBX-Min DCT", dct, []Entry{{Canonical: "Odesa", Variants: []string{"Odessa"}}}},
		{"TBX-Min DCA", dca, []Entry{{Canonical: "Odesa", Variants: []string{"Odessa"}}}},
	} {
		for _, f := range []Format{FormatTBX, FormatAuto} {
			got, err := ReadEntries(strings.NewReader(tc.in), f)
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%s (format %q): ReadEntries = %+v, %v; want %+v", tc.name, f, got, err, tc.want)
			}
		}
	}
}

// TestReadTBXNoMarkup: `names import --format tbx /dev/zero` read until
// memory ran out; a TBX without markup is refused after a bounded read.
func TestReadTBXNoMarkup(t *testing.T) {
	for _, b := range []byte{0, 'a'} {
		r := bytes.NewReader(bytes.Repeat([]byte{b}, 64<<20))
		if _, err := ReadEntries(r, FormatTBX); err == nil || 64<<20-r.Len() > 4<<20 {
			t.Errorf("ReadEntries(64 MiB of %q, tbx): %d bytes read, error %v; want an error after at most 4 MiB", b, 64<<20-r.Len(), err)
		}
	}
}

// countingReader counts the bytes read from r.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestReadEntriesLineBounded: ReadEntries, the reader of a glossary with no
// name (a library's caller, a body), refuses a line past 1 MiB of a TSV,
// CSV or JSON Lines glossary as ReadEntriesAs does, naming the line, once
// about that much of it is read: it read a 64 MiB line whole (the CSV
// reader holds it many times over) before a name was found too long.
func TestReadEntriesLineBounded(t *testing.T) {
	const long = 64 << 20
	for _, tc := range []struct {
		format      Format
		first, rest string
		line        int
	}{
		{FormatTSV, "Kyiv\tplace\tKiev\nKharkiv\tplace\t", "\n", 2},
		{FormatCSV, "canonical,kind,variants\nKyiv,place,Kiev\nKharkiv,place,", "\n", 3},
		{FormatAuto, "Kyiv,place,Kiev\nKharkiv,place,", "\n", 2},
		{FormatJSONL, `{"canonical":"Kyiv"}` + "\n" + `{"canonical":"`, "\"}\n", 2},
	} {
		in := &countingReader{r: io.MultiReader(strings.NewReader(tc.first),
			io.LimitReader(repeatByte('a'), long), strings.NewReader(tc.rest))}
		_, err := ReadEntries(in, tc.format)
		if want := fmt.Sprintf("line %d: a line longer than 1 MiB", tc.line); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadEntries(%s, a 64 MiB line %d) = %v; want %q", tc.format, tc.line, err, want)
		}
		if in.n > 4<<20 {
			t.Errorf("ReadEntries(%s, a 64 MiB line %d) read %d bytes; want at most 4 MiB", tc.format, tc.line, in.n)
		}
	}
}

// repeatByte is an endless reader of one byte.
type repeatByte byte

func (b repeatByte) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

// TestReadEntriesUnclosedQuote: a quotation mark that opens a field and
// never closes makes the field run on over the lines after it. The error
// names the line where the field opened, not the end of the file where the
// CSV reader gave up (trial56: "line 502" for a quote missing on line 2),
// and a TSV field that ran on over tabs and lines is called that, not "holds
// a control character".
func TestReadEntriesUnclosedQuote(t *testing.T) {
	var rest strings.Builder
	for i := range 40 {
		fmt.Fprintf(&rest, "Name%d Person,person,Nm%d Person,en\n", i, i)
	}
	for _, tc := range []struct {
		format   Format
		in, want string
	}{
		{FormatCSV, "Bob Smith,person,Bobby Smith,en\nCarl Jung,person,\"Karl Jung,en\n" + rest.String(),
			`line 2: a quoted field opens on this line and does not close before line 42 (a closing " missing?)`},
		{FormatCSV, "Bob Smith,person,Bobby Smith,en\nCarl Jung,person,\"Karl\" Jung,en\n",
			`line 2: column 23: a quoted field goes on after its closing quotation mark: quote the whole field, and double each " inside it ("")`},
		{FormatCSV, "Bob Smith,person,Bobby Smith,en\nCarl Jung,person,Karl \"K\" Jung,en\n",
			`line 2: column 23: a " inside a field that does not start with one: quote the whole field, and double each " inside it ("")`},
		{FormatTSV, "Bob Smith\tperson\tBobby Smith\ten\n\"The Rock\" Johnson\tperson\tDwayne Johnson\ten\nDan Brown\tperson\tDann Brown\ten\n",
			"line 2: a field that starts with \" is a quoted one, and this one runs on over tabs or lines to line 3: for a name that starts with a quotation mark, quote the whole field and double each \" in it (\"\"\"The Rock\"\" Johnson\")"},
	} {
		_, err := ReadEntries(strings.NewReader(tc.in), tc.format)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ReadEntries(%s, %.60q...) = %v;\nwant %s", tc.format, tc.in, err, tc.want)
		}
	}
}

// TestReadTBXLongLine: in a TBX file written without line breaks, an
// error also gives the column, as tm import's TMX and XLIFF errors do
// (trial56); on a short line the line alone, as before.
func TestReadTBXLongLine(t *testing.T) {
	head := `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>`
	var b strings.Builder
	b.WriteString(head)
	for i := range 50 {
		fmt.Fprintf(&b, `<conceptEntry id="c%d"><langSec xml:lang="en"><termSec><term>Name%d Person</term></termSec></langSec></conceptEntry>`, i, i)
	}
	good := b.String()
	bad := `<conceptEntry id="bad"><langSec xml:lang="en"><termSec><term>Bob & Smith</term></termSec></langSec></conceptEntry></body></text></tbx>`
	_, err := ReadEntries(strings.NewReader(good+bad), FormatTBX)
	if want := fmt.Sprintf("line 1, column %d: not well-formed XML: invalid character entity & (no semicolon)", len(good)+strings.Index(bad, "&")+1); err == nil || err.Error() != want {
		t.Errorf("one-line TBX with a bad entity: %v; want %s", err, want)
	}
	sentence := `<conceptEntry id="s"><langSec xml:lang="en"><termSec><term>Ali Khan</term></termSec><termSec><term>—</term></termSec></langSec></conceptEntry></body></text></tbx>`
	_, err = ReadEntries(strings.NewReader(good+sentence), FormatTBX)
	if want := fmt.Sprintf("line 1, column %d: ", len(good)+len(`<conceptEntry id="s">`)); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("one-line TBX with a sentence for a term: %v; want it to start %q", err, want)
	}
	_, err = ReadEntries(strings.NewReader(head+"\n"+bad), FormatTBX)
	if want := "line 2: not well-formed XML: invalid character entity & (no semicolon)"; err == nil || err.Error() != want {
		t.Errorf("TBX with a bad entity on a short line: %v; want %s", err, want)
	}
}
