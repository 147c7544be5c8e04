package tm_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// exportForClients builds a TM from the sample TMX files (inline tags,
// props, notes, many languages) and the corpus, and exports it.
func exportForClients(t *testing.T, src, tgt language.Tag) string {
	t.Helper()
	d := openTemp(t)
	for f, r := range sampleTMX(t) {
		h := r.Header()
		if _, err := d.Import(ctx, tm.ReadTMX(r), tm.ImportOptions{File: filepath.Base(f), Header: &h}); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	importCorpus(t, d)
	out := filepath.Join(t.TempDir(), "bitext.tmx")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := d.ExportHeader(ctx, src, "test")
	w, _ := tmx.NewWriter(f, h)
	for u, err := range d.Units(ctx, tm.ExportOptions{Src: src, Tgt: tgt}) {
		if err != nil {
			t.Fatal(err)
		}
		tu := tm.ToTMX(&u)
		if err := w.Write(&tu); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return out
}

func TestExportValidatesAgainstDTD(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian libxml2-utils): DTD validation skipped")
	}
	out := exportForClients(t, language.Und, language.Und)
	cmd := exec.Command(xmllint, "--noout", "--nonet", "--dtdvalid", "tmx/testdata/tmx14.dtd", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("xmllint --dtdvalid: %v\n%s", err, msg)
	}
}

func TestExportReadByTranslateToolkit(t *testing.T) {
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "from translate.storage import tmx").Run(); err != nil {
		t.Skip("Translate Toolkit not installed (Debian python3-translate): skipped")
	}
	out := exportForClients(t, language.English, language.French)
	script := `import json, sys
from translate.storage import tmx
f = tmx.tmxfile(open(sys.argv[1], "rb"), "en", "fr")
print(json.dumps([[u.source, u.target] for u in f.units]))`
	msg, err := exec.Command(py, "-c", script, out).Output()
	if err != nil {
		t.Fatalf("Translate Toolkit: %v\n%s", err, msg)
	}
	var got [][2]string
	if err := json.Unmarshal(msg, &got); err != nil {
		t.Fatalf("Translate Toolkit output %q: %v", msg, err)
	}
	want := map[[2]string]bool{}
	for _, u := range corpus {
		want[[2]string{u.Variants[0].Text, u.Variants[1].Text}] = true
	}
	for _, p := range got {
		delete(want, p)
	}
	if len(want) > 0 {
		t.Errorf("Translate Toolkit did not read %d corpus units, e.g. %q (read %d units)", len(want), firstKey(want), len(got))
	}
}

func firstKey(m map[[2]string]bool) [2]string {
	for k := range m {
		return k
	}
	return [2]string{}
}

// omegatProject makes an OmegaT project (source, target, tm/auto, ...)
// in a temporary folder for OmegaT's console translation, the source in
// srcLang as OmegaT names it ("EN", "EN-US") and French the target,
// segmenting the source into sentences if sentences is set. It skips the
// test without OmegaT (Debian omegat) and java, or with -short.
func omegatProject(t *testing.T, srcLang string, sentences bool) string {
	t.Helper()
	if _, err := exec.LookPath("java"); err != nil {
		t.Skip("OmegaT not installed (Debian omegat): skipped")
	}
	if _, err := os.Stat(omegatJar); err != nil {
		t.Skip("OmegaT not installed (Debian omegat): skipped")
	}
	if testing.Short() {
		t.Skip("OmegaT takes seconds to start: skipped with -short")
	}
	proj := t.TempDir()
	for _, d := range []string{"source", "target", "tm/auto", "omegat", "glossary", "dictionary"} {
		os.MkdirAll(filepath.Join(proj, d), 0o755)
	}
	os.WriteFile(filepath.Join(proj, "omegat.project"), []byte(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat><project version="1.0">
<source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file><dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>`+srcLang+`</source_lang><target_lang>FR</target_lang>
<source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok><target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
<sentence_seg>`+strconv.FormatBool(sentences)+`</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>
`), 0o644)
	return proj
}

// omegatJar is where Debian's omegat package puts OmegaT.
const omegatJar = "/usr/share/omegat/OmegaT.jar"

// runOmegaT translates the project proj with OmegaT's console mode, which
// writes the target folder.
func runOmegaT(t *testing.T, proj string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "java", "-Djava.awt.headless=true", "-jar", omegatJar, proj,
		"--mode=console-translate", "--disable-project-locking", "--no-team")
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("OmegaT: %v\n%s", err, msg)
	}
}

// TestExportUsedByOmegaT runs OmegaT's console translation on a project
// whose tm/auto holds our export: the sentences we stored must come out
// translated (OmegaT inserts exact matches from tm/auto).
func TestExportUsedByOmegaT(t *testing.T) {
	proj := omegatProject(t, "EN-US", true)
	var doc strings.Builder
	for _, u := range corpus {
		doc.WriteString(u.Variants[0].Text + "\n\n")
	}
	doc.WriteString("This sentence is not in the memory.\n")
	os.WriteFile(filepath.Join(proj, "source", "doc.txt"), []byte(doc.String()), 0o644)
	out := exportForClients(t, language.English, language.French)
	data, _ := os.ReadFile(out)
	os.WriteFile(filepath.Join(proj, "tm", "auto", "bitext.tmx"), data, 0o644)
	runOmegaT(t, proj)
	got, err := os.ReadFile(filepath.Join(proj, "target", "doc.txt"))
	if err != nil {
		t.Fatalf("OmegaT wrote no translation: %v", err)
	}
	for _, u := range corpus {
		if !strings.Contains(string(got), u.Variants[1].Text) {
			t.Errorf("OmegaT did not use the exact match for %q; target document:\n%s", u.Variants[0].Text, got)
		}
	}
	if !strings.Contains(string(got), "This sentence is not in the memory.") {
		t.Errorf("OmegaT target lacks the untranslated sentence:\n%s", got)
	}
}
