package xliff_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext/bitext/tm/xliff"
)

// FuzzReader: the reader never panics, its errors are *xliff.Error on a
// line of the document, and every unit it reads is written by the Writer
// and read back the same (source, target, their markup), with Repair off
// and on: what Repair makes of unpaired codes reads back without it.
func FuzzReader(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.xlf")
	foreign, _ := filepath.Glob("../testdata/foreign/*.xlf")
	files = append(files, foreign...)
	sdl, _ := filepath.Glob("../testdata/foreign/*.sdlxliff")
	files = append(files, sdl...)
	mq, _ := filepath.Glob("../testdata/foreign/*.*xliff")
	files = append(files, mq...)
	for _, p := range files {
		data, _ := os.ReadFile(p)
		f.Add(data)
	}
	f.Add([]byte(`<xliff version="1.2"><file original="a" source-language="en"><body><trans-unit id="1"><source>a<bpt id="1">x</bpt>b<ept id="1">y</ept></source><target>c</target></trans-unit></body></file></xliff>`))
	f.Add([]byte(`<xliff version="1.2"><file original="a" source-language="en" target-language="zh"><body><trans-unit id="1"><source>a<bpt id="b1">x<sub>s</sub></bpt>b<ept id="e1">y</ept>c<bpt id="2">p</bpt><bpt id="2">q</bpt>d</source><target>c</target></trans-unit></body></file></xliff>`))
	f.Add([]byte(`<xliff version="1.2" xmlns:mq="MQXliff" xmlns:ax="AcrossXliff"><file original="a" source-language="de" target-language="en"><body><trans-unit id="1"><source>a</source><target>b</target><mq:comments><mq:comment creatoruser="u" deleted="false">x <b>y</b></mq:comment></mq:comments><ax:named-properties><ax:named-property name="Comment"><ax:named-value ax:name="Text">t</ax:named-value></ax:named-property></ax:named-properties></trans-unit></body></file></xliff>`))
	f.Add([]byte(`<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2"><doc-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><cmt-defs><cmt-def id="c"><Comments><Comment user="u">x <b>y</b></Comment></Comments></cmt-def></cmt-defs></doc-info><file original="a" source-language="en" target-language="fr"><body><trans-unit id="1"><source>a</source><target><mrk mtype="x-sdl-comment" sdl:cid="c">b</mrk></target></trans-unit></body></file></xliff>`))
	f.Add([]byte(`<xliff version="2.0" srcLang="en-US" tgtLang="de-DE"><file original="a"><unit id="1"><segment state="translated"><source>a<ph id="1"/></source><target>b<ph id="1"/></target></segment></unit></file></xliff>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, repair := range []bool{false, true} {
			fuzzRead(t, data, repair)
		}
	})
}

func fuzzRead(t *testing.T, data []byte, repair bool) {
	// An error is an *xliff.Error on a line of the document (line
	// feeds counted as bytes: an upper bound in UTF-16 too; a declared
	// encoding may have another line feed byte).
	checkErr := func(err error) {
		var xe *xliff.Error
		if !errors.As(err, &xe) {
			t.Fatalf("error %v (%T) is not an *xliff.Error", err, err)
		}
		if lines := bytes.Count(data, []byte("\n")) + 1; xe.Line < 1 || xe.Line > lines && !bytes.Contains(data, []byte("encoding")) {
			t.Fatalf("error on line %d of a %d-line document: %v", xe.Line, lines, err)
		}
	}
	r, err := xliff.NewReader(bytes.NewReader(data))
	if err != nil {
		checkErr(err)
		return
	}
	r.Repair = repair
	var us []xliff.Unit
	for u, err := range r.All() {
		if err != nil {
			checkErr(err)
			break
		}
		us = append(us, u)
	}
	if len(us) == 0 {
		return
	}
	var buf bytes.Buffer
	w, err := xliff.NewWriter(&buf, xliff.Header{SourceLang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range us {
		us[i].ID = "u" + string(rune('0'+i%10))
		if err := w.Write(&us[i]); err != nil {
			t.Fatalf("Write of a unit read: %v", err)
		}
	}
	w.Close()
	r2, err := xliff.NewReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("reading what was written: %v\n%s", err, buf.Bytes())
	}
	i := 0
	for u, err := range r2.All() {
		if err != nil {
			t.Fatalf("reading what was written: %v\n%s", err, buf.Bytes())
		}
		if u.Source.Text != us[i].Source.Text || u.Source.Markup != us[i].Source.Markup {
			t.Fatalf("source %+v read back as %+v", us[i].Source, u.Source)
		}
		if (u.Target == nil) != (us[i].Target == nil) || u.Target != nil && (u.Target.Text != us[i].Target.Text || u.Target.Markup != us[i].Target.Markup) {
			t.Fatalf("target %+v read back as %+v", us[i].Target, u.Target)
		}
		i++
	}
	if i != len(us) {
		t.Fatalf("wrote %d units, read %d", len(us), i)
	}
}

// FuzzParse: markup that parses serializes to markup that parses to the
// same text and serialization.
func FuzzParse(f *testing.F) {
	f.Add(`a <g id="1">b<x id="2"/></g> <ph id="3">&lt;br/&gt;<sub>s</sub></ph>c`)
	f.Add(`<bpt id="1" rid="r">x</bpt>y<ept id="2" rid="r">z</ept><mrk mtype="seg" mid="0">m</mrk>`)
	f.Add(`<bpt id="1" ctype="bold">{}</bpt><bpt id="2" rid="1">u</bpt>N<ept id="1">{}</ept><ept id="3" rid="1">/u</ept>`)
	f.Fuzz(func(t *testing.T, markup string) {
		text, toks, err := xliff.Parse(markup)
		if err != nil {
			return
		}
		s := xliff.Serialize(toks)
		text2, toks2, err := xliff.Parse(s)
		if err != nil {
			t.Fatalf("Parse(Serialize(Parse(%q))) = %v (%q)", markup, err, s)
		}
		if text2 != text || xliff.Serialize(toks2) != s {
			t.Fatalf("%q: text %q -> %q, markup %q -> %q", markup, text, text2, s, xliff.Serialize(toks2))
		}
	})
}
