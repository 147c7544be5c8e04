package tm_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"

	"golang.org/x/text/language"
)

func TestExport(t *testing.T) {
	d := openTemp(t)
	u := pair("Tab\there", "Line\nbreak")
	if _, err := d.Import(ctx, seq(u, pair("Hello.", "Bonjour.")), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	enfr := func(f tm.Format) tm.ExportOptions {
		return tm.ExportOptions{Format: f, Src: language.English, Tgt: language.French, ToolVersion: "9.9"}
	}
	tmxDoc := []string{"<tmx version=\"1.4\">", "<seg>Hello.</seg>", "<seg>Bonjour.</seg>", "</tmx>"}
	tests := []struct {
		name    string
		opt     tm.ExportOptions
		want    []string
		wantErr error // nil: no error; errAny: any
	}{
		{"tsv", enfr(tm.FormatTSV), []string{"Tab here\tLine break\n", "Hello.\tBonjour.\n"}, nil},
		{"tmx", enfr(tm.FormatTMX), append(tmxDoc, "creationtoolversion=\"9.9\"", `srclang="en"`), nil},
		{"zero value: TMX of all languages", tm.ExportOptions{}, append(tmxDoc, `srclang="*all*"`), nil},
		{"tsv without languages", tm.ExportOptions{Format: tm.FormatTSV}, nil, tm.ErrNeedPair},
		{"jsonl", enfr(tm.FormatJSONL), nil, errAny},
		{"csv", enfr("csv"), nil, errAny},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		err := d.Export(ctx, &b, tt.opt)
		if (err != nil) != (tt.wantErr != nil) || tt.wantErr != errAny && !errors.Is(err, tt.wantErr) {
			t.Errorf("Export(%s) error = %v; want %v", tt.name, err, tt.wantErr)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("Export(%s) = %q; want it to contain %q", tt.name, b.String(), w)
			}
		}
	}
}

// errAny stands for any error in a table of wanted errors.
var errAny = errors.New("any error")

// TestExportPairSourceFirst: an export of a language pair writes each
// unit's source variant first and its target second, whatever order the
// unit was stored in: Translate Toolkit takes a <tu>'s first two <tuv> as
// source and target, and read a French-first unit backwards and a unit
// with two English variants as English to English. A unit's srclang
// names a variant exported.
func TestExportPairSourceFirst(t *testing.T) {
	d := openTemp(t)
	v := func(tag, text string) tm.Variant { return tm.Variant{Lang: language.MustParse(tag), Text: text} }
	units := []tm.Unit{
		{Variants: []tm.Variant{v("fr-CA", "Du texte."), v("en-US", "Some text.")}},
		{Variants: []tm.Variant{v("en-US", "Color."), v("en-GB", "Colour."), v("sr", "Boja."), v("fr", "Couleur.")}},
		{SrcLang: language.German, Variants: []tm.Variant{v("de", "Hallo."), v("fr", "Salut."), v("en-GB", "Hello.")}},
	}
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := d.Export(ctx, &b, tm.ExportOptions{Src: language.English, Tgt: language.French}); err != nil {
		t.Fatal(err)
	}
	r, err := tmx.NewReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for tu, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		// A tu's srclang names one of its variants: the German source
		// of the third unit is not exported.
		if src := tmx.Get(tu.Attrs, "srclang"); src != "" && src != tu.Variants[0].Lang {
			t.Errorf("<tu srclang=%q> whose first variant is %s", src, tu.Variants[0].Lang)
		}
		var texts []string
		for _, tuv := range tu.Variants {
			texts = append(texts, tuv.Text)
		}
		got = append(got, texts)
	}
	want := [][]string{{"Some text.", "Du texte."}, {"Color.", "Couleur.", "Colour."}, {"Hello.", "Salut."}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("exported variants %q; want %q", got, want)
	}
}
