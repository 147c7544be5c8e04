package tm

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// FuzzPretranslateXLIFF checks the in-place rewriter on any input: with no
// match the output is the input, byte for byte, but for the repetitions
// and fuzzy matches of its own translated segments and the target language
// of a file that had none (edits only); with a match for every
// segment it is the input with the edits made and no other change
// (checkEdits), well-formed XML, and no segment is filled twice.
func FuzzPretranslateXLIFF(f *testing.F) {
	for _, name := range xliffFiles(f) {
		if data, err := os.ReadFile(name); err == nil && len(data) < 8<<10 {
			f.Add(data)
		}
	}
	f.Add([]byte(xlf12Head + `<trans-unit id="1"><source>A <g id="1">b</g> c.</source><seg-source><mrk mtype="seg" mid="1">A <g id="1">b</g> c.</mrk></seg-source><target/></trans-unit>` + xlf12Tail))
	f.Add([]byte(strings.Replace(xlf12Head, "?>", ` encoding="ISO-8859-1"?>`, 1) + "<trans-unit id=\"1\"><source>caf\xe9</source></trans-unit>" + xlf12Tail))
	f.Add([]byte("\xff\xfe<\x00x\x00l\x00i\x00f\x00f\x00/\x00>\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		opt := PretranslateOptions{Src: language.English, Tgt: language.French, Min: 50}
		var none bytes.Buffer
		var noneEds []edit
		anNone, err := pretranslateXLIFF(context.Background(), bytes.NewReader(in), &none, opt, fakeTM(func(string) []Match { return nil }), func(e edit) { noneEds = append(noneEds, e) })
		if err != nil {
			return
		}
		if len(noneEds) == 0 && !bytes.Equal(none.Bytes(), in) {
			t.Fatalf("with no match the output differs from the input:\n%q\n%q", in, none.Bytes())
		}
		checkEdits(t, "input, no TM", asUTF8(t, in), asUTF8(t, none.Bytes()), noneEds) // edits are in the file decoded to UTF-8
		if anNone.Filled > 0 && !bytes.Contains(none.Bytes(), []byte("this file")) && !bytes.Contains(none.Bytes(), []byte("auto-propagated")) {
			t.Errorf("%d filled without a match and not from the file:\n%s", anNone.Filled, none.Bytes())
		}
		var out bytes.Buffer
		var eds []edit
		an, err := pretranslateXLIFF(context.Background(), bytes.NewReader(in), &out, opt, fakeTM(everyQuery), func(e edit) { eds = append(eds, e) })
		if err != nil {
			t.Fatalf("fails with matches (%v) and not without", err)
		}
		checkEdits(t, "input", asUTF8(t, in), asUTF8(t, out.Bytes()), eds)
		if an.Filled > an.Segments {
			t.Errorf("%d of %d segments filled", an.Filled, an.Segments)
		}
		if err := decodes(out.Bytes()); err != nil {
			t.Errorf("the output is no XML: %v\n%s", err, out.Bytes())
		}
	})
}
