package normalize

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"
	"unicode"
)

// TestGenEastSlavicNames writes eastslavic_names.tsv from the legacy
// Ukrainian-Russian table of dchaplinsky/names-translator
// (data-src/legacy_ua2ru.csv, MIT): BITEXT_GEN_EASTSLAVIC=path/to/legacy_ua2ru.csv.
// It keeps a row when it is the primary Russian form (count 2), both
// forms are one capitalized word, and Similarity does not already call
// them the same: the forms that differ in more than spelling.
func TestGenEastSlavicNames(t *testing.T) {
	src := os.Getenv("BITEXT_GEN_EASTSLAVIC")
	if src == "" {
		t.Skip("regenerates eastslavic_names.tsv: BITEXT_GEN_EASTSLAVIC=path/to/legacy_ua2ru.csv")
	}
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	conventionsOff = 1 << convEastSlavicTable // the table is what is being written
	defer func() { conventionsOff = 0 }()
	var b strings.Builder
	b.WriteString(eastSlavicHeader)
	seen := map[string]bool{}
	n := 0
	for _, r := range rows[1:] {
		uk, ru := r[0], r[1]
		if len(r) != 3 || r[2] != "2" || uk == ru || strings.ContainsAny(uk+ru, " -'’()") {
			continue
		}
		if !unicode.IsUpper([]rune(uk)[0]) || !unicode.IsUpper([]rune(ru)[0]) || Similarity(uk, ru) >= SameThreshold {
			continue
		}
		if seen[uk+"\t"+ru] {
			continue
		}
		seen[uk+"\t"+ru] = true
		b.WriteString(uk + "\t" + ru + "\t" + strings.Join(eastSlavicKeys(uk, ru), "\t") + "\n")
		n++
	}
	if err := os.WriteFile("eastslavic_names.tsv", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pairs written", n)
}

const eastSlavicHeader = `# Ukrainian and Russian forms of one name that differ in more than spelling
# (Микола/Николай, Євген/Евгений, Опанасович/Афанасьевич), one pair a line:
# Ukrainian<TAB>Russian<TAB>key of each (and of the Ukrainian form with г
# read h, when it has a г; computed by Key when the file was written).
# Selected from data-src/legacy_ua2ru.csv of
# github.com/dchaplinsky/names-translator (commit 73dc7d4, MIT licence,
# Copyright (c) 2018 Dmitry Chaplinsky) by TestGenEastSlavicNames: the primary
# Russian form of a one-word name that Similarity does not match already.
`

// eastSlavicKeys returns the keys stored with a pair of eastslavic_names.tsv:
// the key of each form, and of the Ukrainian form with г read h when it
// has a г.
func eastSlavicKeys(uk, ru string) []string {
	keys := []string{Key(uk), Key(ru)}
	if strings.ContainsRune(uk, 'г') {
		keys = append(keys, Key(strings.ReplaceAll(uk, "г", "h")))
	}
	return keys
}
