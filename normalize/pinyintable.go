package normalize

import (
	_ "embed" // the Pinyin table
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./internal/genpinyin -o pinyin_table.txt

// pinyinTableText is go-pinyin's table of Han readings (see
// internal/genpinyin): Go builds a package's map literal at every program
// start, 5 ms for go-pinyin's, so the data is embedded as text instead and
// read on first use.
//
//go:embed pinyin_table.txt
var pinyinTableText string

// pinyinTable is pinyinTableText read: Han character -> its readings.
var pinyinTable = sync.OnceValue(pinyinTableFromText)

func pinyinTableFromText() map[rune]string {
	m := make(map[rune]string, 42000)
	for line := range strings.Lines(pinyinTableText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		code, readings, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		c, err := strconv.ParseUint(code, 16, 32)
		if !ok || err != nil {
			panic("normalize: bad line in pinyin_table.txt: " + line) // the file is generated
		}
		m[rune(c)] = readings
	}
	return m
}

// PinyinReadings returns the Hanyu Pinyin readings of the Han character r
// with their tone marks, the most common first, separated by commas
// ("行" -> "xíng,háng,..."), from the Unihan-based table of
// github.com/mozillazg/go-pinyin; ok is false for a character the table
// lacks. The table is read on the first call (a few milliseconds).
func PinyinReadings(r rune) (readings string, ok bool) {
	readings, ok = pinyinTable()[r]
	return readings, ok
}

// PinyinSyllable returns the first (most common) reading of the Han
// character r without tone marks, ü written u as names are in English
// ("习" -> "xi"), or "" for a character the table lacks.
func PinyinSyllable(r rune) string {
	p, ok := PinyinReadings(r)
	if !ok {
		return ""
	}
	if i := strings.IndexByte(p, ','); i >= 0 {
		p = p[:i]
	}
	return strings.Map(func(c rune) rune {
		if t := toneless(c); t >= 0 {
			return t
		}
		return -1 // dropped
	}, p)
}
