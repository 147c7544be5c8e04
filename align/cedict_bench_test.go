package align

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// BenchmarkCedictHeap reads the built-in dictionary and reports the live
// heap it holds afterwards (live-MB, after a collection) beside the time
// and allocations of reading it.
func BenchmarkCedictHeap(b *testing.B) {
	benchLiveHeap(b, func() any { return loadCedict(nil) })
}

// benchLiveHeap runs load in b's loop and reports the live heap what it
// returns holds (live-MB, between two collections) beside the time and
// allocations of load.
func benchLiveHeap(b *testing.B, load func() any) {
	b.ReportAllocs()
	var live float64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		l := load()
		runtime.GC()
		runtime.ReadMemStats(&after)
		live = float64(after.HeapAlloc-before.HeapAlloc) / 1e6
		runtime.KeepAlive(l)
	}
	b.ReportMetric(live, "live-MB")
}

// BenchmarkAlignZhEn aligns the first MAC development novel (zh -> en)
// with the built-in dictionary (read before the timing), and without
// it; it needs ../shared/data/align.
func BenchmarkAlignZhEn(b *testing.B) {
	dir := filepath.Join(sharedAlign, "mac_dev_zh-en", "docs", "001")
	read := func(name string) []string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Skipf("no MAC development set (%v)", err)
		}
		return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	}
	zh, en := read("src.txt"), read("tgt.txt")
	defaultCedict()
	for _, tc := range []struct {
		name string
		opt  Options
	}{{"default", Options{}}, {"no-default-dict", Options{NoDefaultDict: true}}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Align(context.Background(), Document{Sentences: zh}, Document{Sentences: en}, tc.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCedictLookup looks up words of a Bible pair (English stems,
// Chinese words, hits and misses) in the built-in dictionary read into
// maps (as a --dict file is) and into its table (as it is built in).
func BenchmarkCedictLookup(b *testing.B) {
	open := NewLexicon()
	if err := open.readCedictLite(bytes.NewReader(embeddedCedict(b))); err != nil {
		b.Fatal(err)
	}
	tab := defaultCedict()
	qs := []string{"the", "lord", "god", "said", "unto", "moses", "研究", "结构", "音乐", "我们", "他", "说", "耶和华", "以色列人", "的", "了"}
	b.Run("map", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, q := range qs {
				for _, t := range open.m[q] {
					n += len(t)
				}
				if open.han.words[q] {
					n++
				}
			}
		}
	})
	b.Run("table", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, q := range qs {
				tab.eachTranslation(q, func(t string) { n += len(t) })
				if tab.han.has(q) {
					n++
				}
			}
		}
	})
}

// BenchmarkCedictPart reads the part of the built-in dictionary the Bible
// en-zh pair can use (cedictFor, what Align reads for a pair) and reports
// the live heap it holds afterwards; it needs ../shared/data/align.
func BenchmarkCedictPart(b *testing.B) {
	dir := filepath.Join(sharedAlign, "bible_en-zh")
	var sides [2][]string
	for k, name := range []string{"src.txt", "tgt.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Skipf("no Bible set (%v)", err)
		}
		sides[k] = strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	}
	benchLiveHeap(b, func() any { return cedictFor(sides[0], sides[1]) })
}
