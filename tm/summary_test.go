package tm_test

import (
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestImportSummaryAddsUp: every unit of a file is read or left out with
// its reason, so that a translator comparing the file's unit count with
// the import's summary sees where each went. Before, a unit with an
// empty source was neither, an XLIFF 1.2 <group translate="no"> was not
// inherited by its trans-units (they were read as translations: the spec
// says the group's translate applies to its content), the trans-units of
// a <bin-unit> were not counted, a sentence of a segmented trans-unit
// that its target lacks was dropped uncounted, and the units --src and
// --tgt left out of a TMX were not said. The minimal files follow the XLIFF 1.2 and 2.0
// specifications and TMX 1.4b.
func TestImportSummaryAddsUp(t *testing.T) {
	xliff12 := `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.html" source-language="en" target-language="fr" datatype="html"><body>
<group id="g1" translate="no">
 <trans-unit id="1"><source>Logo text.</source><target>Texte du logo.</target></trans-unit>
 <group id="g2">
  <trans-unit id="2"><source>Nested twice.</source><target>Imbriqué.</target></trans-unit>
 </group>
 <group id="g3" translate="yes">
  <trans-unit id="3"><source>Translate me.</source><target state="translated">Traduisez-moi.</target><alt-trans match-quality="80"><source>Translate it.</source><target>Traduisez-le.</target></alt-trans></trans-unit>
 </group>
 <trans-unit id="4" translate="yes"><source>Its own yes.</source><target state="translated">Son propre oui.</target></trans-unit>
</group>
<trans-unit id="5"><source>After the group.</source><target state="translated">Après le groupe.</target></trans-unit>
<trans-unit id="6"><source></source><target>Vide.</target></trans-unit>
<trans-unit id="7"><source><x id="1"/></source><target><x id="1"/></target></trans-unit>
<trans-unit id="8"><source>No target.</source></trans-unit>
<trans-unit id="9"><source>One. Two.</source><seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source><target state="translated"><mrk mtype="seg" mid="1">Un.</mrk></target></trans-unit>
<bin-unit id="b" mime-type="image/png"><bin-source><external-file href="a.png"/></bin-source>
 <trans-unit id="b1"><source>Image caption.</source><target state="translated">Légende.</target></trans-unit>
</bin-unit>
</body></file></xliff>`
	xliff2 := `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.0" srcLang="en" trgLang="fr">
<file id="f1">
 <unit id="u1">
  <mtc:matches>
   <mtc:match ref="#s1" similarity="80" type="tm"><source>The minister arrives.</source><target>Le ministre arrive.</target></mtc:match>
   <mtc:match ref="#s1" type="mt"><source>The minister arrived.</source><target>Le ministre est arrivé.</target></mtc:match>
  </mtc:matches>
  <segment id="s1"><source>The minister arrived.</source></segment>
 </unit>
 <unit id="u2"><segment><source>Done.</source><target>Fait.</target></segment></unit>
 <unit id="u3"><segment><source/><target>Vide.</target></segment></unit>
 <group id="g" translate="no"><unit id="u4"><segment><source>Brand.</source><target>Marque.</target></segment></unit></group>
</file></xliff>`
	tmx := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>One language only.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Empty target.</seg></tuv><tuv xml:lang="fr"><seg></seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="de"><seg>Hallo.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Good.</seg></tuv><tuv xml:lang="fr"><seg>Bien.</seg></tuv></tu>
</body></tmx>`
	en, fr := language.English, language.French
	for _, tt := range []struct {
		name, doc string
		src, tgt  language.Tag
		read      int
		skipped   tm.Skipped
		summary   string
	}{
		{"a.xlf", xliff12, language.Und, language.Und, 5,
			tm.Skipped{Untranslated: 2, NotToTranslate: 2, EmptySource: 2, Candidates: 1},
			", 6 left out (0 unconfirmed, 2 untranslated, 2 not to translate, 2 empty source); 1 match candidate (alt-trans, mtc:match) not imported"},
		{"b.xlf", xliff2, language.Und, language.Und, 1,
			tm.Skipped{Untranslated: 1, NotToTranslate: 1, EmptySource: 1, Candidates: 2},
			", 3 left out (0 unconfirmed, 1 untranslated, 1 not to translate, 1 empty source); 2 match candidates (alt-trans, mtc:match) not imported"},
		// A TMX is stored as it is (a unit of one language, a segment
		// empty): only --src and --tgt leave units out.
		{"c.tmx", tmx, language.Und, language.Und, 4, tm.Skipped{}, ""},
		{"c.tmx", tmx, en, fr, 2, tm.Skipped{OtherLangs: 2}, ", 2 left out (0 unconfirmed, 0 untranslated, 2 without both languages)"},
	} {
		d := openTemp(t)
		st, err := d.ImportFile(ctx, strings.NewReader(tt.doc), tt.name, tm.ImportFileOptions{ReadOptions: tm.ReadOptions{Src: tt.src, Tgt: tt.tgt}})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if st.Read != tt.read || st.Skipped != tt.skipped || st.Added+st.Merged != st.Read {
			t.Errorf("%s %v: %+v; want %d read and %+v", tt.name, tt.src, st, tt.read, tt.skipped)
		}
		if got := st.Skipped.String(); got != tt.summary {
			t.Errorf("%s %v: summary %q; want %q", tt.name, tt.src, got, tt.summary)
		}
		if n, ok := fileUnits([]byte(tt.doc)); !ok || st.Read+st.Skipped.Total() != n {
			t.Errorf("%s %v: %d units in the file; %d read, %d left out", tt.name, tt.src, n, st.Read, st.Skipped.Total())
		}
	}
	// Neither the units not to translate nor the matches are translations.
	d := openTemp(t)
	for _, doc := range []string{xliff12, xliff2} {
		if _, err := d.ImportFile(ctx, strings.NewReader(doc), "a.xlf", tm.ImportFileOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for q, want := range map[string]string{"Logo text.": "", "Nested twice.": "", "Brand.": "", "The minister arrived.": "",
		"Translate me.": "Traduisez-moi.", "Image caption.": "Légende.", "Done.": "Fait.", "One.": "Un.", "Two.": ""} {
		ms, err := d.Lookup(ctx, q, tm.LookupOptions{Src: en, Tgt: fr, Min: tm.DefaultMin, Max: tm.DefaultMax})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case want == "" && len(ms) > 0 && ms[0].Score >= 100:
			t.Errorf("%q has the exact match %q; want none", q, ms[0].Target)
		case want != "" && (len(ms) == 0 || ms[0].Target != want):
			t.Errorf("%q matches %+v; want %q", q, ms, want)
		}
	}
}
