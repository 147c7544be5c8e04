package normalize

import (
	"maps"
	"os"
	"testing"
)

// ukJudgedLabels are the judgements testdata/uklist/judged.tsv may give a
// pair of class: a variant class's pair is one name (variant), another name
// (noise), a short form or a part of the other (partial), a masculine and a
// feminine form (gender); a look-alike is two names (different) or one name
// mis-paired (noise).
func ukJudgedLabels(class string) []string {
	if devLookalike(class) {
		return []string{"different", "noise", "unsure"}
	}
	return []string{"variant", "noise", "partial", "gender", "unsure"}
}

// ukJudgedFiles are our readings of testdata/uklist/checkset.tsv:
// judged.tsv, a seeded sample (branch ukjudge55), and judged_held.tsv, the
// rest of the held-out half's uklist-person pairs and all its uklist-org
// pairs (branch ukall56).
var ukJudgedFiles = []string{"testdata/uklist/judged.tsv", "testdata/uklist/judged_held.tsv"}

// ukJudgedSample is how many pairs of each half and class ukJudgedFiles
// read together: judged.tsv's sample (testdata/bench/uklist_judged_sample.py
// draws it: 300 of each half's uklist-person pairs and 100 look-alikes of
// both halves together) and judged_held.tsv's 568 held-out uklist-person
// pairs and 94 uklist-org ones, so that every held-out pair of those two
// classes is judged.
var ukJudgedSample = map[string]int{
	"design uklist-person":    300,
	"held uklist-person":      868,
	"held uklist-org":         94,
	"lookalike-uklist-person": 100,
}

// ukJudgedFloor: names match on the design pairs of judged.tsv judged clean
// (recall of the variants, false merges of the look-alikes judged
// different), measured when set (branch ukjudge55 on main d838a469: 272 of
// 295 variants, 0.922; 0 of 75 look-alikes).
var ukJudgedFloor = map[string]float64{
	"uklist-person":           0.90,
	"lookalike-uklist-person": 0,
}

// TestUKListJudged scores names match on ukJudgedFiles, our reading of
// the UK Sanctions List check set (a seeded sample of it, and the rest of
// the held-out half's persons and organisations, each made before any
// score of it was seen; see the files' headers), twice: on the judged pairs
// as checkset.tsv labels them, and on the pairs judged clean alone
// (variant; different for the look-alikes), beside the dev table's
// baselines. The files must judge only pairs of checkset.tsv, each once,
// as many of each part as ukJudgedSample says. Without BITEXT_HELDOUT it
// scores the design pairs and holds the clean ones to ukJudgedFloor, and
// logs the clean pairs names match gets wrong; with BITEXT_HELDOUT=1 it
// scores the held-out pairs instead (once, at the end of a piece of work:
// every uklist-person and uklist-org pair of the half, and the sampled
// look-alikes), with the count of each judgement and how many names match
// joins.
func TestUKListJudged(t *testing.T) {
	held := os.Getenv("BITEXT_HELDOUT") != ""
	judged := readJudgements(t, ukJudgedLabels, true, ukJudgedFiles...)
	sample := map[string]int{}
	var tl judgedTally // the pairs of the half scored, with their judgements
	for _, p := range readHalfFile(t, "testdata/uklist/checkset.tsv") {
		k := [3]string{p.class, p.a, p.b}
		j, ok := judged[k]
		if !ok {
			continue
		}
		delete(judged, k) // a pair checkset.tsv held twice would be missed below
		part := p.class
		if !devLookalike(p.class) {
			part = map[bool]string{false: "design ", true: "held "}[p.held] + p.class
		}
		sample[part]++
		if p.held == held {
			tl.add(p, j)
		}
	}
	for k := range judged {
		t.Errorf("%v judge %s %q / %q, no pair of checkset.tsv (or twice)", ukJudgedFiles, k[0], k[1], k[2])
	}
	if !maps.Equal(sample, ukJudgedSample) {
		t.Errorf("%v: pairs by part %v, want %v", ukJudgedFiles, sample, ukJudgedSample)
	}
	if t.Failed() {
		return
	}
	tl.log(t, map[bool]string{false: "design part", true: "held-out part"}[held], "variant; different", ukJudgedLabels)
	if !held {
		checkDevFloors(t, "ukJudgedFloor", tl.clean, ukJudgedFloor, 1)
	}
}
