package tm

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// pretranslateChecked pretranslates in with the lookup's matches and
// checks that the output is the input with the edits made.
func pretranslateChecked(t *testing.T, in string, matches func(string) []Match) (string, Analysis) {
	t.Helper()
	var out bytes.Buffer
	var eds []edit
	an, err := pretranslateXLIFF(context.Background(), strings.NewReader(in), &out, PretranslateOptions{Min: 75}, fakeTM(matches), func(e edit) { eds = append(eds, e) })
	if err != nil {
		t.Fatal(err)
	}
	checkEdits(t, "pretranslate", []byte(in), out.Bytes(), eds)
	return out.String(), an
}

func bandOf(an Analysis, band string) int {
	for _, b := range an.Bands {
		if b.Band == band {
			return b.Segments
		}
	}
	return -1
}

// TestPretranslateXLIFFRepetitions: a segment whose source is an earlier
// translated segment's is filled from it before the TM (100, 101 when the
// segments before are the same too), and counted a repetition; a target
// not translated (needs-translation) answers nothing; the file's targets
// are fuzzy matches of the segments after them, not before.
func TestPretranslateXLIFFRepetitions(t *testing.T) {
	in := xlf12Head + `<trans-unit id="0"><source>The prices rose sharply in July.</source></trans-unit>
<trans-unit id="00"><source>The prices rose sharply in May.</source><target>Les prix ont bondi en mai.</target></trans-unit>
<trans-unit id="1"><source>Prices rose.</source><target>Les prix ont augmenté.</target></trans-unit>
<trans-unit id="2"><source>Rates rose.</source><target state="final">Les taux ont augmenté.</target></trans-unit>
<trans-unit id="3"><source>Prices fell.</source><target state="needs-translation">Brouillon.</target></trans-unit>
<trans-unit id="4"><source>Prices  rose.</source></trans-unit>
<trans-unit id="5"><source>Rates rose.</source><target/></trans-unit>
<trans-unit id="6"><source>Prices fell.</source></trans-unit>
<trans-unit id="7"><source>The prices rose sharply in June.</source></trans-unit>` + xlf12Tail
	tmMatches := func(q string) []Match {
		if strings.HasPrefix(q, "Prices") && !strings.Contains(q, "today") {
			return []Match{{Score: 100, Source: q, Target: "TM " + q, Kind: KindExact}}
		}
		return nil
	}
	out, an := pretranslateChecked(t, in, tmMatches)
	for _, want := range []string{
		`<trans-unit id="0"><source>The prices rose sharply in July.</source></trans-unit>`, // the file's targets come after it
		`<source>Prices  rose.</source><target state="translated" state-qualifier="leveraged-inherited">Les prix ont augmenté.</target><alt-trans match-quality="100" origin="this file" extype="exact"><source xml:lang="en">Prices rose.</source><target xml:lang="fr">Les prix ont augmenté.</target></alt-trans><alt-trans match-quality="100" origin="tm"`,
		`<source>Rates rose.</source><target state="translated" state-qualifier="leveraged-inherited">Les taux ont augmenté.</target><alt-trans match-quality="101" origin="this file" extype="context">`,
		`<source>Prices fell.</source><target state="translated" state-qualifier="exact-match">TM Prices fell.</target>`,
		`<source>The prices rose sharply in June.</source><target state="needs-review-translation" state-qualifier="fuzzy-match">Les prix ont bondi en mai.</target><alt-trans match-quality="83" origin="this file" extype="fuzzy"><source xml:lang="en">The prices rose sharply in May.</source>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the output has no %s\n%s", want, out)
		}
	}
	if strings.Contains(out, "Brouillon.</target><alt") || strings.Count(out, "Brouillon") != 1 {
		t.Errorf("a target needing translation was used:\n%s", out)
	}
	if an.Filled != 4 || bandOf(an, BandRepetition) != 1 || bandOf(an, BandContext) != 1 || bandOf(an, Band100) != 1 {
		t.Errorf("analysis %+v; want 4 filled, 1 repetition, 1 context, 1 exact", an)
	}
}

// TestPretranslateXLIFFRepetitionStates: which targets count as translated
// in each format, a repetition filled from those only.
func TestPretranslateXLIFFRepetitionStates(t *testing.T) {
	sdl := func(conf string) string {
		return `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
<file original="a.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="fr-FR"><body>
<trans-unit id="u1"><source>A b.</source><seg-source><mrk mtype="seg" mid="1">A b.</mrk></seg-source><target><mrk mtype="seg" mid="1">X y.</mrk></target>
<sdl:seg-defs><sdl:seg id="1"` + conf + ` origin="interactive"/></sdl:seg-defs></trans-unit>
<trans-unit id="u2"><source>A b.</source><seg-source><mrk mtype="seg" mid="2">A b.</mrk></seg-source><target><mrk mtype="seg" mid="2"/></target>
<sdl:seg-defs><sdl:seg id="2"/></sdl:seg-defs></trans-unit>
</body></file></xliff>`
	}
	mq := func(status string) string {
		return `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>
<trans-unit id="1" mq:status="` + status + `"><source>A b.</source><target>X y.</target></trans-unit>
<trans-unit id="2" mq:status="NotStarted"><source>A b.</source><target/></trans-unit>
</body></file></xliff>`
	}
	v2 := func(state string) string {
		return `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="u1"><segment` + state + `><source>Click <ph id="1"/> here.</source><target>Cliquez <ph id="1"/> ici.</target></segment></unit>
<unit id="u2"><segment><source>Click <ph id="1"/> here.</source></segment></unit>
</file></xliff>`
	}
	tests := []struct {
		name, in, want string // want: the filled target's text, "" for none
	}{
		{"1.2 no state", xlf12Head + `<trans-unit id="1"><source>A b.</source><target>X y.</target></trans-unit><trans-unit id="2"><source>A b.</source></trans-unit>` + xlf12Tail, "X y."},
		{"1.2 signed-off", xlf12Head + `<trans-unit id="1"><source>A b.</source><target state="signed-off">X y.</target></trans-unit><trans-unit id="2"><source>A b.</source></trans-unit>` + xlf12Tail, "X y."},
		{"1.2 needs-review-translation", xlf12Head + `<trans-unit id="1"><source>A b.</source><target state="needs-review-translation">X y.</target></trans-unit><trans-unit id="2"><source>A b.</source></trans-unit>` + xlf12Tail, ""},
		{"1.2 new", xlf12Head + `<trans-unit id="1"><source>A b.</source><target state="new">X y.</target></trans-unit><trans-unit id="2"><source>A b.</source></trans-unit>` + xlf12Tail, ""},
		{"SDLXLIFF Translated", sdl(` conf="Translated"`), "X y."},
		{"SDLXLIFF ApprovedSignOff", sdl(` conf="ApprovedSignOff"`), "X y."},
		{"SDLXLIFF Draft", sdl(` conf="Draft"`), ""},
		{"SDLXLIFF RejectedTranslation", sdl(` conf="RejectedTranslation"`), ""},
		{"SDLXLIFF no conf", sdl(""), ""},
		{"memoQ ManuallyConfirmed", mq("ManuallyConfirmed"), "X y."},
		{"memoQ Proofread", mq("Proofread"), "X y."},
		{"memoQ Pretranslated", mq("Pretranslated"), ""},
		{"memoQ Editing", mq("Editing"), ""},
		{"XLIFF 2 translated, a code inside", v2(` state="translated"`), "Cliquez <ph id=\"1\"/> ici."},
		{"XLIFF 2 final", v2(` state="final"`), "Cliquez <ph id=\"1\"/> ici."},
		{"XLIFF 2 no state (initial)", v2(""), ""},
		{"XLIFF 2 initial", v2(` state="initial"`), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, an := pretranslateChecked(t, tt.in, func(string) []Match { return nil })
			switch {
			case tt.want == "" && (an.Filled != 0 || out != tt.in):
				t.Errorf("filled %d from a target not translated:\n%s", an.Filled, out)
			case tt.want != "" && an.Filled != 1:
				t.Errorf("filled %d; want the repetition:\n%s", an.Filled, out)
			case tt.want != "" && strings.Count(out, ">"+tt.want+"</") < 2:
				t.Errorf("the repetition's target is not %q:\n%s", tt.want, out)
			case strings.Contains(tt.name, "SDLXLIFF") && tt.want != "" && !strings.Contains(out, `<sdl:seg id="2" conf="Translated" percent="100" origin="auto-propagated" origin-system="bitext"/>`):
				t.Errorf("the Trados segment does not say auto-propagated:\n%s", out)
			case strings.Contains(tt.name, "memoQ") && tt.want != "" && !strings.Contains(out, `mq:status="Pretranslated" mq:percent="100"`):
				t.Errorf("the memoQ unit does not say Pretranslated:\n%s", out)
			}
		})
	}
}
