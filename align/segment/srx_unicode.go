package segment

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The Unicode Character Database files behind Java's block and script
// names in SRX rules, of the Unicode version of Go's tables (15.0.0):
// Blocks.txt whole, and the script lines of PropertyValueAliases.txt.

//go:embed unicode/Blocks.txt
var blocksTxt string

//go:embed unicode/ScriptAliases.txt
var scriptAliasesTxt string

// A unicodeBlock is a range of code points named in Blocks.txt.
type unicodeBlock struct{ lo, hi rune }

// blockKey is how Java compares block names: in any case, with or without
// spaces and underscores (java.lang.Character.UnicodeBlock.forName takes
// "Basic Latin", "BasicLatin" and "BASIC_LATIN"); hyphens are dropped too
// ("Latin-1 Supplement" is LATIN_1_SUPPLEMENT).
func blockKey(name string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '_' || r == '-' {
			return -1
		}
		return unicode.ToLower(r)
	}, name)
}

// javaBlockAliases are the names of Java's UnicodeBlock constants that are
// not those of Unicode's blocks (blockKey of both).
var javaBlockAliases = map[string]string{
	"greek":                    "greekandcoptic",
	"cyrillicsupplementary":    "cyrillicsupplement",
	"combiningmarksforsymbols": "combiningdiacriticalmarksforsymbols",
}

// unicodeBlocks are the blocks of Blocks.txt by blockKey.
var unicodeBlocks = sync.OnceValue(func() map[string]unicodeBlock {
	out := map[string]unicodeBlock{}
	sc := bufio.NewScanner(strings.NewReader(blocksTxt))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		rng, name, ok := strings.Cut(line, ";")
		lo, hi, ok2 := strings.Cut(strings.TrimSpace(rng), "..")
		if !ok || !ok2 {
			continue
		}
		l, err1 := strconv.ParseUint(lo, 16, 32)
		h, err2 := strconv.ParseUint(hi, 16, 32)
		if err1 != nil || err2 != nil {
			continue
		}
		out[blockKey(name)] = unicodeBlock{rune(l), rune(h)}
	}
	return out
})

// javaBlock returns the Unicode block name (\p{InGreek}, \p{block=Basic
// Latin}) as class contents, with its complement.
func javaBlock(name string) (javaProp, error) {
	k := blockKey(name)
	if a, ok := javaBlockAliases[k]; ok {
		k = a
	}
	b, ok := unicodeBlocks()[k]
	if !ok {
		return javaProp{}, fmt.Errorf("no Unicode block %q", name)
	}
	jp := javaProp{body: fmt.Sprintf(`\x{%X}-\x{%X}`, b.lo, b.hi)}
	if b.lo > 0 {
		jp.complement = fmt.Sprintf(`\x{0}-\x{%X}`, b.lo-1)
	}
	if b.hi < unicode.MaxRune {
		jp.complement += fmt.Sprintf(`\x{%X}-\x{%X}`, b.hi+1, unicode.MaxRune)
	}
	return jp, nil
}

// scriptAliases maps the ISO 15924 codes and other aliases of scripts
// (Cyrl, Qaai), in lower case, to their names in Go's unicode.Scripts.
var scriptAliases = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(scriptAliasesTxt))
	for sc.Scan() {
		f := strings.Split(sc.Text(), ";")
		if len(f) < 3 || strings.TrimSpace(f[0]) != "sc" {
			continue
		}
		long := strings.TrimSpace(f[2])
		for _, a := range append([]string{f[1]}, f[3:]...) {
			out[strings.ToLower(strings.TrimSpace(a))] = long
		}
	}
	return out
})

// javaScript returns the name in Go's unicode.Scripts of the script that
// Java's name for it means (UnicodeScript.forName: the name or an alias,
// in any case, "Old Italic" or "OLD_ITALIC"), "" if none.
func javaScript(name string) string {
	n := strings.ReplaceAll(strings.TrimSpace(name), " ", "_")
	if long, ok := scriptAliases()[strings.ToLower(n)]; ok {
		n = long
	}
	for s := range unicode.Scripts {
		if strings.EqualFold(s, n) {
			return s
		}
	}
	return ""
}
