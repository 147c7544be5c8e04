package normalize

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// In German (MinWords 2) a name of one word is no candidate: every noun is
// capitalised, and a word alone is as likely a noun. One place tells a
// name: right after a verb of saying, where German puts the speaker
// ("„Ich schätze“, sagte Cohren", "fragte Craith"); a noun there takes an
// article ("sagte der Mann"). germanSaidSlips reads two versions of one
// story (a corpus of several sources) for a one-word name so marked that
// one version also writes a letter apart, as versionSlip and
// slipInVersion read names of two words: "Cohen" (twice, translator A)
// beside "Cohren" (sixty times, A and B), "Criath" (once) beside
// "Craith".

// saidVerbs are the verbs of saying after which German fiction and news
// write the speaker: past tense, third person.
var saidVerbs = wordSet(`sagte fragte rief antwortete meinte erwiderte flüsterte murmelte
	schrie brüllte entgegnete seufzte erklärte fuhr`)

// maxSaidSlip is the most times the slip may be written: a translator's
// slip recurs at most once or twice where the right spelling runs through
// the story.
const maxSaidSlip = 2

// germanWord is what the Discoverer keeps of a capitalised word a German
// source writes alone (noteWord).
type germanWord struct {
	count int
	srcs  []int32 // ascending
	said  bool    // seen right after a verb of saying
	noun  bool    // seen after a determiner and a lower-case word ("die breite Masse")
	seen  string  // where first seen
}

// noteSaid records word, written alone at byte s of text, for
// germanSaidSlips, with its source and whether a verb of saying stands
// right before it.
func (d *Discoverer) noteSaid(ct *candidateText, s int, word string) {
	if d.src == "" {
		return
	}
	text := ct.text
	ct.nlLine += strings.Count(text[ct.nlPos:s], "\n")
	ct.nlPos = s
	if d.saidWords == nil {
		d.saidWords = map[string]*germanWord{}
	}
	w := d.saidWords[word]
	if w == nil {
		if len(d.saidWords) >= maxNouns {
			return
		}
		w = &germanWord{seen: d.src + ":" + strconv.Itoa(d.line+ct.nlLine)}
		d.saidWords[word] = w
	}
	w.count++
	if d.src != d.lastSrc {
		d.nsrc++
		d.srcID, d.lastSrc = int32(d.nsrc), d.src
	}
	if len(w.srcs) == 0 || w.srcs[len(w.srcs)-1] != d.srcID {
		w.srcs = append(w.srcs, d.srcID)
	}
	prev, prev2 := wordsBefore(text[max(0, s-64):s])
	w.said = w.said || saidVerbs[prev]
	w.noun = w.noun || germanDeterminers[strings.ToLower(prev2)] && prev != "" && unicode.IsLower([]rune(prev)[0])
}

// wordsBefore returns the last word of text, when spaces alone follow
// it, and the word before that, when spaces alone stand between the two
// ("" else).
func wordsBefore(text string) (last, before string) {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	// wordStart is where the word that ends t starts.
	wordStart := func(t string) int {
		i := strings.LastIndexFunc(t, notLetter)
		if i < 0 {
			return 0
		}
		_, n := utf8.DecodeRuneInString(t[i:])
		return i + n
	}
	t := strings.TrimRight(text, " ")
	if len(t) == len(text) {
		return "", ""
	}
	i := wordStart(t)
	last, t = t[i:], t[:i]
	if last == "" {
		return "", ""
	}
	u := strings.TrimRight(t, " ")
	if len(u) == len(t) {
		return last, ""
	}
	return last, u[wordStart(u):]
}

// germanSaidSlips returns the clusters of two one-word spellings of one
// name in two versions of one story: the right spelling written after a
// verb of saying and in two sources or more; the slip typoMinRunes letters
// or more, a letter apart (oneInnerEdit), written maxSaidSlip times at
// most and fewer than the right one, in one source only, which the right
// one is in too, never after a determiner, nor after a determiner and a
// lower-case word (a noun: "die breite Masse"; the right one may be: "mit
// dem Cohren"), neither in lower case;
// and another source of the right one sharing minVersionShare of its
// names with the slip's (sourceContext.share). Words already in a
// cluster (taken) are left.
func (d *Discoverer) germanSaidSlips(sc *sourceContext, taken map[string]bool) []Cluster {
	if sc == nil || d.MinWords < 2 || len(d.saidWords) == 0 {
		return nil
	}
	var rights, slips []string
	for word, w := range d.saidWords {
		if taken[word] || d.lower[strings.ToLower(word)] || isAllCaps(word) || utf8.RuneCountInString(word) < typoMinRunes {
			continue
		}
		if w.said && len(w.srcs) >= 2 {
			rights = append(rights, word)
		}
		if w.count <= maxSaidSlip && len(w.srcs) == 1 && !d.nouns[word] && !w.noun {
			slips = append(slips, word)
		}
	}
	slices.Sort(rights)
	slices.Sort(slips)
	var out []Cluster
	used := map[string]bool{}
	for _, r := range rights {
		wr, fr := d.saidWords[r], strings.ToLower(r)
		for _, s := range slips {
			ws, fs := d.saidWords[s], strings.ToLower(s)
			if used[s] || s == r || ws.count >= wr.count || s[0] != r[0] || !oneInnerEdit(fs, fr) {
				continue
			}
			if _, ok := slices.BinarySearch(wr.srcs, ws.srcs[0]); !ok {
				continue
			}
			for _, y := range wr.srcs {
				if y != ws.srcs[0] && sc.share(ws.srcs[0], y, fs, fr, Key(s), Key(r)) >= minVersionShare {
					used[s] = true
					out = append(out, Cluster{Canonical: r, Confidence: SameThreshold, Variants: []FormCount{{r, wr.count, wr.seen}, {s, ws.count, ws.seen}}})
					break
				}
			}
		}
	}
	return out
}
