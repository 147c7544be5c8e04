//go:build ignore

// pronounce_table writes PREFIX.tsv (normalize/pronounce.tsv), the table of
// normalize/pronounce.go, from the CMU Pronouncing Dictionary (BSD licence,
// https://github.com/cmusphinx/cmudict, cmudict.dict).
//
// Usage:
//
//	git -C CMUDICT show HEAD:cmudict.dict | go run testdata/bench/pronounce_table.go normalize/pronounce
//
// It keeps the entries whose spelling is ASCII letters only, three or more,
// with every pronunciation the dictionary gives (word(2), word(3)...), and
// writes one line a word, sorted bytewise: the word, a tab, and its
// pronunciations separated by spaces, each one byte a phoneme (phonemeByte),
// and beside it PREFIX.idx, four bytes little-endian a number: for each
// two first letters aa, ab... zz the number of the first line whose word
// opens with them or sorts after them, the number of lines, then the offset
// of each line in PREFIX.tsv, so that normalize looks a word up by a binary search
// over the offsets and parses nothing at start-up. Stress is dropped, and an unstressed AH, IH,
// EH or UH is written as one reduced vowel '@' (the schwa American English
// makes of each); ER is one vowel, stressed or not. Pronunciations equal
// after that are written once.
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"sort"
	"strings"
)

// phonemeByte maps each ARPAbet phoneme, stress dropped, to its byte:
// consonants lower case (the five two-letter ones upper case), vowels upper
// case letters the consonants leave, and '@' the reduced vowel.
var phonemeByte = map[string]byte{
	"B": 'b', "CH": 'c', "D": 'd', "DH": 'D', "F": 'f', "G": 'g', "HH": 'h',
	"JH": 'j', "K": 'k', "L": 'l', "M": 'm', "N": 'n', "NG": 'N', "P": 'p',
	"R": 'r', "S": 's', "SH": 'S', "T": 't', "TH": 'T', "V": 'v', "W": 'w',
	"Y": 'y', "Z": 'z', "ZH": 'Z',
	"AA": 'A', "AE": 'Q', "AH": 'U', "AO": 'O', "AW": 'W', "AY": 'Y',
	"EH": 'E', "ER": 'R', "EY": 'J', "IH": 'I', "IY": 'L', "OW": 'K',
	"OY": 'X', "UH": 'H', "UW": 'V',
}

func main() {
	prons := map[string][]string{}
	sc := bufio.NewScanner(os.Stdin)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#") // a comment after the phonemes
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		word, _, _ := strings.Cut(f[0], "(") // word(2): an alternate
		if len(word) < 3 || strings.IndexFunc(word, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			continue
		}
		var b strings.Builder
		for _, p := range f[1:] {
			base := strings.TrimRight(p, "012")
			c, ok := phonemeByte[base]
			if !ok {
				fmt.Fprintf(os.Stderr, "pronounce_table: line %d: unknown phoneme %q\n", n, p)
				os.Exit(1)
			}
			if strings.HasSuffix(p, "0") && (base == "AH" || base == "IH" || base == "EH" || base == "UH") {
				c = '@'
			}
			b.WriteByte(c)
		}
		pr := b.String()
		seen := false
		for _, q := range prons[word] {
			seen = seen || q == pr
		}
		if !seen {
			prons[word] = append(prons[word], pr)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "pronounce_table:", err)
		os.Exit(1)
	}
	words := make([]string, 0, len(prons))
	for w := range prons {
		words = append(words, w)
	}
	sort.Strings(words)
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: pronounce_table PREFIX < cmudict.dict")
		os.Exit(2)
	}
	var tsv, idx bytes.Buffer
	// the buckets: for each two first letters aa..zz in order, the number
	// of the first line whose word opens with them or a later pair, then
	// the number of lines
	for i, w := 0, 0; i <= 26*26; i++ {
		for w < len(words) && int(words[w][0]-'a')*26+int(words[w][1]-'a') < i {
			w++
		}
		idx.Write(binary.LittleEndian.AppendUint32(nil, uint32(w)))
	}
	for _, w := range words {
		idx.Write(binary.LittleEndian.AppendUint32(nil, uint32(tsv.Len())))
		fmt.Fprintf(&tsv, "%s\t%s\n", w, strings.Join(prons[w], " "))
	}
	for ext, b := range map[string][]byte{".tsv": tsv.Bytes(), ".idx": idx.Bytes()} {
		if err := os.WriteFile(os.Args[1]+ext, b, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "pronounce_table:", err)
			os.Exit(1)
		}
	}
}
