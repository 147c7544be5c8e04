package tm

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

func TestFromTMXLanguages(t *testing.T) {
	tu := func(src string, langs ...string) tmx.TU {
		var x tmx.TU
		if src != "" {
			x.Attrs = []tmx.Attr{{Name: "srclang", Value: src}}
		}
		for _, l := range langs {
			x.Variants = append(x.Variants, tmx.TUV{Lang: l, Text: "t"})
		}
		return x
	}
	tests := []struct {
		in      tmx.TU
		src     language.Tag
		langs   []language.Tag
		wantErr string // "" for none
	}{
		{tu("EN_us", "EN_us", " fr-ca "), language.AmericanEnglish, []language.Tag{language.AmericanEnglish, language.MustParse("fr-CA")}, ""},
		{tu("*all*", "en", "fr"), language.Und, []language.Tag{language.English, language.French}, ""},
		{tu("", "de"), language.Und, []language.Tag{language.German}, ""},
		{tu("", "en", "english!"), language.Und, nil, `bad unit: language code "english!" is not BCP 47`},
		{tu("", "en", ""), language.Und, nil, "bad unit: empty language code"},
		{tu("x!", "en"), language.Und, nil, `bad unit: source language: language code "x!" is not BCP 47`},
	}
	for _, tt := range tests {
		u, err := FromTMX(tt.in)
		if tt.wantErr != "" {
			if !errors.Is(err, ErrBadUnit) || err.Error() != tt.wantErr {
				t.Errorf("FromTMX(%+v) error = %v; want %q (ErrBadUnit)", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("FromTMX(%+v) error = %v", tt.in, err)
			continue
		}
		var langs []language.Tag
		for _, v := range u.Variants {
			langs = append(langs, v.Lang)
		}
		if u.SrcLang != tt.src || !reflect.DeepEqual(langs, tt.langs) {
			t.Errorf("FromTMX(%+v) = srclang %v, languages %v; want %v, %v", tt.in, u.SrcLang, langs, tt.src, tt.langs)
		}
	}
}

func TestReadTMXBadLanguage(t *testing.T) {
	// The TMX reader refuses a bad code itself (FromTMX refuses those of
	// a tmx.TU made otherwise), naming it; the error ends the sequence.
	doc := `<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>
<tu srclang="en!"><tuv xml:lang="en"><seg>c</seg></tuv><tuv xml:lang="fr"><seg>d</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>e</seg></tuv><tuv xml:lang="fr"><seg>f</seg></tuv></tu>
</body></tmx>`
	r, err := tmx.NewReader(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	var errs []error
	for _, err := range ReadTMX(r) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		n++
	}
	if n != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), `"en!" is not BCP 47`) {
		t.Errorf("ReadTMX = %d units, errors %v; want 1 unit, then an error naming \"en!\"", n, errs)
	}
}

func TestTMXRoundTrip(t *testing.T) {
	u := Unit{ID: "7", SrcLang: language.English, Created: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC),
		Variants: []Variant{{Lang: language.English, Text: "a"}, {Lang: language.MustParse("pt-BR"), Text: "b"}},
		Origin:   Origin{File: "f.tmx", Score: 0.5}, Prev: "p"}
	for _, src := range []language.Tag{language.English, language.Und} {
		u.SrcLang = src
		tu := ToTMX(&u)
		got, err := FromTMX(tu)
		if err != nil || !reflect.DeepEqual(got, u) {
			t.Errorf("FromTMX(ToTMX(%+v)) = %+v, %v; want it back", u, got, err)
		}
		if want := map[bool]string{true: "", false: src.String()}[src == language.Und]; tmx.Get(tu.Attrs, "srclang") != want {
			t.Errorf("ToTMX(SrcLang %v) srclang = %q; want %q", src, tmx.Get(tu.Attrs, "srclang"), want)
		}
	}
}

func TestPrepareRefusesUnd(t *testing.T) {
	var p preparer
	u := pair("a", "b")
	u.Variants[1].Lang = language.Und
	if _, err := p.prepare(u); !errors.Is(err, ErrBadUnit) || !strings.Contains(err.Error(), "without a language") {
		t.Errorf("prepare(a variant in language.Und) = %v; want ErrBadUnit saying it has no language", err)
	}
	u = pair("a", "b")
	u.SrcLang = language.Und
	if _, err := p.prepare(u); err != nil {
		t.Errorf("prepare(SrcLang language.Und) = %v; want it taken (the source is not known)", err)
	}
}

func TestLangCache(t *testing.T) {
	codes := []string{"en", "fr", "de", "hu", "fa", "ar", "ru", "zh-Hant", "ja", "pt-BR", "es", "it", "nl", "sv", "EN_us", "he"}
	var c langCache
	for round := range 2 { // the second round reads what the first remembered
		for _, code := range codes {
			want, _ := parseLang(code)
			got, err := c.parse(code)
			if err != nil || got != want {
				t.Errorf("round %d: parse(%q) = %v, %v; want %v", round, code, got, err, want)
			}
			if s := c.text(got); s != want.String() {
				t.Errorf("round %d: text(%v) = %q; want %q", round, got, s, want.String())
			}
		}
	}
	if _, err := c.parse("x!"); err == nil {
		t.Errorf("parse(x!) = nil error")
	}
	if s := c.text(language.Und); s != "" {
		t.Errorf("text(Und) = %q; want \"\"", s)
	}
}
