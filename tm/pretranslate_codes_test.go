package tm_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// A translator's TM holds tagged units (from a TMX of another CAT tool):
// pretranslating a page whose segments carry codes keeps the codes where
// the stored translation has them (as the segment's elements, whatever
// format the TM's came from), and a unit whose codes are not in the
// segment's places is no exact match.
func TestPretranslateTagsFromTheTM(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	add := func(src, srcMarkup, tgt, tgtMarkup string) {
		t.Helper()
		if _, err := db.Add(ctx, tm.Unit{Variants: []tm.Variant{
			{Lang: language.English, Text: src, Markup: srcMarkup},
			{Lang: language.French, Text: tgt, Markup: tgtMarkup},
		}}); err != nil {
			t.Fatal(err)
		}
	}
	add("Click Save to store your settings.", `Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to store your settings.`,
		"Cliquez sur Enregistrer pour conserver vos paramètres.", `Cliquez sur <bpt i="1">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept> pour conserver vos paramètres.`)
	add("Open the file to edit it.", `Open <bpt i="1">&lt;b&gt;</bpt>the file<ept i="1">&lt;/b&gt;</ept> to edit it.`,
		"Ouvrez le fichier pour le modifier.", `Ouvrez <bpt i="1">&lt;b&gt;</bpt>le fichier<ept i="1">&lt;/b&gt;</ept> pour le modifier.`)
	add("Open the file to edit it.", "", "Ouvrez ce fichier pour le modifier.", "")
	add("Press Stop now.", `Press <bpt i="1">&lt;b&gt;</bpt>Stop<ept i="1">&lt;/b&gt;</ept> now.`,
		"Appuyez maintenant sur Stop.", `Appuyez maintenant sur <bpt i="1">&lt;b&gt;</bpt>Stop<ept i="1">&lt;/b&gt;</ept>.`)

	add("Don't click Save yet.", `Don't click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> yet.`,
		"Ne cliquez pas encore sur Enregistrer.", `Ne cliquez pas encore sur <bpt i="1">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept>.`)

	// Imported from an XLIFF: <g> where the page has <b>, an <x/> for its <br>.
	add("Text in bold here.", `Text in <bpt i="1" x="1" type="bold">&lt;g id="1" ctype="bold"&gt;</bpt>bold<ept i="1">&lt;/g&gt;</ept> here.`,
		"Texte en gras ici.", `Texte en <bpt i="1" x="1" type="bold">&lt;g id="1" ctype="bold"&gt;</bpt>gras<ept i="1">&lt;/g&gt;</ept> ici.`)
	add("Line one line two.", `Line one <ph x="2" type="lb">&lt;x id="2" ctype="lb"/&gt;</ph>line two.`,
		"Ligne un ligne deux.", `Ligne un <ph x="2" type="lb">&lt;x id="2" ctype="lb"/&gt;</ph>ligne deux.`)

	page := []byte(`<p>Click <b>Save</b> to store your settings.</p>
<p>Text in <b>bold</b> here.</p>
<p>Line one <br>line two.</p>
<p>Open the <b>file</b> to edit it.</p>
<p>Press Stop now.</p>
<p>Don’t click <b>Save</b> yet.</p>`)
	var out bytes.Buffer
	if _, err := db.Pretranslate(ctx, page, &out, tm.PretranslateOptions{Src: language.English, Tgt: language.French, Name: "p.html"}); err != nil {
		t.Fatal(err)
	}
	r, err := xliff.NewReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]xliff.Unit{}
	for u, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		got[u.Source.Text] = u
	}
	for _, c := range []struct {
		src, target, state, quality string
	}{
		// The TM's codes in the TM's places, as the segment's elements.
		{"Click Save to store your settings.",
			`Cliquez sur <bpt id="1" ctype="bold">&lt;b&gt;</bpt>Enregistrer<ept id="1">&lt;/b&gt;</ept> pour conserver vos paramètres.`,
			"translated", "100"},
		// The bold stored around other words, and a plain unit: neither
		// is exact (a code inside the segment's words has no place in the
		// plain one); the plain one's target has the codes after its text.
		{"Open the file to edit it.",
			`Ouvrez ce fichier pour le modifier.<bpt id="1" ctype="bold">&lt;b&gt;</bpt><ept id="1">&lt;/b&gt;</ept>`,
			"needs-review-translation", "99"},
		// Other codes in the same places: the segment's, where the TM has them.
		{"Text in bold here.",
			`Texte en <bpt id="1" ctype="bold">&lt;b&gt;</bpt>gras<ept id="1">&lt;/b&gt;</ept> ici.`,
			"translated", "100"},
		{"Line one line two.", `Ligne un <ph id="1">&lt;br&gt;</ph>ligne deux.`, "translated", "100"},
		// A curly apostrophe for the stored straight one: the same text,
		// the codes in the same places.
		{"Don’t click Save yet.",
			`Ne cliquez pas encore sur <bpt id="1" ctype="bold">&lt;b&gt;</bpt>Enregistrer<ept id="1">&lt;/b&gt;</ept>.`,
			"translated", "100"},
		// Stored with a bold the page does not have.
		{"Press Stop now.", "Appuyez maintenant sur Stop.", "needs-review-translation", "99"},
	} {
		u, ok := got[c.src]
		if !ok || u.Target == nil {
			t.Errorf("%q: no target; units %v", c.src, got)
			continue
		}
		markup := u.Target.Markup
		if markup == "" {
			markup = xliff.EscapeText(u.Target.Text)
		}
		if markup != c.target || u.State != c.state || len(u.AltTrans) == 0 || u.AltTrans[0].MatchQuality != c.quality {
			q := ""
			if len(u.AltTrans) > 0 {
				q = u.AltTrans[0].MatchQuality
			}
			t.Errorf("%q: target %s, state %s, first match %s; want %s, %s, %s", c.src, markup, u.State, q, c.target, c.state, c.quality)
		}
	}
	if u := got["Open the file to edit it."]; len(u.AltTrans) < 2 || u.AltTrans[1].MatchQuality != "99" ||
		!strings.HasPrefix(u.AltTrans[1].Target.Text, "Ouvrez le fichier") {
		t.Errorf("the unit stored with its bold elsewhere: alt-trans %+v; want it second at 99", u.AltTrans)
	}
	if u := got["Open the file to edit it."]; len(u.Notes) != 1 || !strings.HasPrefix(u.Notes[0].Text, "codes to place") {
		t.Errorf("the codes after the target's text: notes %+v; want one saying they are to place", u.Notes)
	}
	if u := got["Click Save to store your settings."]; len(u.Notes) != 0 {
		t.Errorf("codes in their places: notes %+v; want none", u.Notes)
	}
}

// A TMX or PO file given as the article is refused: read as plain text,
// every segment was a line of XML, nothing matched, exit 0. An XLIFF file,
// by its name or its first bytes, is pretranslated in place
// (PretranslateXLIFF): against an empty TM, written back as it was but for
// the target language it lacked. An XML file's root decides whatever its
// name, as tm import decides: a .txt file holding XLIFF was an article,
// each line of XML a segment.
func TestPretranslateRefusesUnitsFile(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	xlf := `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.html" source-language="en" datatype="html"><body>
<trans-unit id="1"><source>Text in <g id="1">bold</g>.</source></trans-unit></body></file></xliff>`
	tmx := `<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hi.</seg></tuv></tu></body></tmx>`
	po := "# A PO file\nmsgid \"\"\nmsgstr \"\"\n\nmsgid \"Open the file.\"\nmsgstr \"\"\n"
	for _, c := range []struct{ name, doc, want string }{
		{"memory.tmx", tmx, "(TMX)"},
		{"export", tmx, "(TMX)"},
		{"fr.po", po, "(gettext PO)"},
		{"messages", po, "(gettext PO)"},
		{"memory.txt", tmx, "(TMX)"}, // the root decides whatever the name, as tm import reads it
		{"memory.html", tmx, "(TMX)"},
	} {
		var out bytes.Buffer
		_, err := db.Pretranslate(ctx, []byte(c.doc), &out, tm.PretranslateOptions{Src: language.English, Tgt: language.French, Name: c.name})
		if !errors.Is(err, tm.ErrUnitsFile) || !errors.Is(err, tm.ErrBadInput) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Pretranslate(%s) = %v; want ErrUnitsFile %s, bad input", c.name, err, c.want)
		}
		if out.Len() > 0 {
			t.Errorf("Pretranslate(%s) wrote %d bytes", c.name, out.Len())
		}
	}
	for _, name := range []string{"okapi.xlf", "from-client", "client.txt", "client.html"} {
		var out bytes.Buffer
		an, err := db.Pretranslate(ctx, []byte(xlf), &out, tm.PretranslateOptions{Src: language.English, Tgt: language.French, Name: name})
		want := strings.Replace(xlf, `datatype="html">`, `datatype="html" target-language="fr">`, 1)
		if err != nil || out.String() != want || an.Segments != 1 {
			t.Errorf("Pretranslate(%s) = %v, %d segments, %q; want the file as it was with its target language, 1 segment", name, err, an.Segments, out.String())
		}
	}
	// An article about XLIFF, named as one, is an article.
	for name, doc := range map[string]string{
		"about.txt":  "XLIFF files hold translation units. The <xliff> element is their root.",
		"about.html": "<p>XLIFF files hold translation units. The &lt;xliff&gt; element is their root.</p>",
	} {
		var out bytes.Buffer
		if _, err := db.Pretranslate(ctx, []byte(doc), &out, tm.PretranslateOptions{Src: language.English, Tgt: language.French, Name: name}); err != nil || out.Len() == 0 {
			t.Errorf("Pretranslate(%s) = %v, %d bytes; want an XLIFF", name, err, out.Len())
		}
	}
}
