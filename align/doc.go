// Package align aligns the sentences of a text with those of its
// translation: it pairs groups of source sentences with groups of target
// sentences ("beads"), scores each pair, and flags the regions a person
// should review.
//
// It needs no model: evidence comes from sentence lengths, anchors that
// survive translation, and word translations from a dictionary, from the
// document pair itself, and from pairs aligned before.
//
// To align two texts, read each side into a Document, align them, and
// write the beads:
//
//	src, err := align.ReadDocument(ctx, enFile, align.DocumentOptions{Lang: language.English})
//	tgt, err := align.ReadDocument(ctx, frFile, align.DocumentOptions{Lang: language.French})
//	res, err := align.Align(ctx, src, tgt, align.Options{})
//	err = align.WriteJSONL(w, src, tgt, res.Beads)
//
// A front end that aligns named inputs (files, uploads) reads them as a
// Pair, which keeps their names and languages for review lines and for a
// translation memory (tm.DB.AlignPair learns from its pairs, and
// tm.DB.StorePair stores the alignment):
//
//	p, err := align.ReadPair(ctx, align.Input{File: enFile, Lang: language.English},
//		align.Input{File: frFile, Lang: language.French}, opt)
//	err = p.Align(ctx, opt) // opt.MinScore drops the beads scoring less
//	err = p.WriteReview(os.Stderr, "")
//	err = p.WriteJSONL(w)
//
// README.md in this directory maps the package for whoever changes it:
// the stages of an alignment in the order they run, the file and function
// of each, and where a feature kind, a cost or a dictionary format goes.
//
// # Documents
//
// ReadDocument (or SegmentText, for text in memory) makes a Document of
// running text, split into sentences by the segmenter of its language
// (align/segment), or of presegmented text, one sentence a line
// (PresegmentedDocument). Either way empty lines separate paragraphs.
// DocumentOptions.Quotes chooses whether sentences end inside quotations:
// segment.QuotesSplit does as CAT tools do, so that pairs stored in a
// translation memory match the segments a translator sees.
//
// # Bead formats
//
// A bead is written as a BeadRecord: WriteJSONL writes one JSON object a
// line, {"src":[0,1],"tgt":[0],"score":0.93,"src_text":"...",
// "tgt_text":"..."}, and ReadJSONL reads them back (package tm imports
// them); WriteTSV writes SRC_TEXT<TAB>TGT_TEXT<TAB>SCORE. Package tm turns
// beads into translation units (tm.AlignedUnits) and writes them as TMX
// (tm.WriteTMX), the score as the prop x-bitext-score.
//
// # Beads
//
// A bead pairs a source sentences with b target sentences: 1-1, 1-2/2-1,
// 2-2, 1-3/3-1, 2-3/3-2, 1-4/4-1, and 1-0/0-1 for a sentence with no
// counterpart. hunalign's 1-1/1-2/2-1 cover 96% of the Text+Berg beads
// and 87% of a Chinese-English set; these shapes cover about 99%. The
// search evaluates up to 12 shapes per cell.
//
// # Features
//
// Every sentence becomes a sorted list of feature IDs in one space shared
// by both languages (features.go):
//   - numbers, any script's digits read as ASCII ("1956", "۱۳۹۸"), and
//     Roman numerals from II to XXXIX as their value ("Lager 4" / "camp
//     IV");
//   - month names of ten languages as their number ("May", "mai",
//     "März", "мая", "مايو"), so that dates anchor with the day's number;
//   - URLs and e-mail addresses;
//   - punctuation classes translators keep: ? ! quotes ( : %;
//   - names: the consonant skeleton (normalize.Skeleton, which
//     transliterates) of capitalized words and of words in caseless
//     scripts, so "Soleimani", "سلیمانی" and "Сулеймани" all give "slmn"
//     (Devanagari, which normalize keeps in its letters, is spelled in
//     Latin letters first, devanagari.go: "दानिलोव" and "Danilov" "dnlv");
//     facing a caseless script, every word of five letters or more on the
//     other side counts (loanwords: "terrorism", "تروریسم");
//   - names between Chinese and a Latin script (pinyin.go): a run of one
//     to three Han characters whose toneless Pinyin spells a name of the
//     other side ("陈清扬" and "Chen Qingyang", "王二" and "Wang Er");
//     names are words capitalized inside a sentence and never written in
//     lower case, and pairs of consecutive capitalized words;
//   - loanwords between Japanese and a Latin script (katakana.go): a
//     katakana run read by the Hepburn table and a word of the other side
//     (four letters or more) whose loose consonant skeletons agree, three
//     consonants or more ("コンピュータ" and "computer", "ロンドン" and
//     "London": l as r, v as b, th as s, a final "-er" as ー, a plural s
//     left off);
//   - identical words (lower case, no diacritics) and cognates: the
//     first four letters of normalize.Key when it has at least four
//     (Simard et al. 1992);
//   - lexical links: a source word contributes the six-letter stems of
//     its translations, a target word its own stem; dictionary links
//     (kindDict) and learned links (kindLex) are separate kinds.
//
// A feature's weight is its inverse document frequency over both sides,
// ln(N/df), times a per-kind factor (kindWeight); features absent from
// either side are dropped, since they can never be shared, and so are
// those in more than about 60% of the sentences (IDF under 0.5). A
// sentence keeps its maxFeatures heaviest features.
//
// # The cost
//
// The cost of a bead of a source and b target sentences is
//
//	prior[a][b] + lenW·L(ls, lt) − matchW·M
//
// where L is Gale and Church's length cost, −ln P(|δ|) for
// δ = (lt/r − ls)/√(s²·(ls+lt/r)/2), with ls, lt the lengths in
// characters (spaces excluded), r the document pair's own ratio of
// target to source characters (so Chinese, counted in characters, does
// not collapse against English) and s² = 10 (Gale and Church
// measured 6.8 on European pairs; 10 was better on every development
// set, Chinese-English most); M is the weight of the
// features the two groups share, each counted once. A 0-1 or 1-0 bead
// costs skip per sentence, less for layout debris (skipWeight: a line of
// dots, a page number), for a run of three or more lines without final
// punctuation inside running text (captionSkips: a scan's photo
// captions), for a last line wholly in brackets (creditLine: a
// translator's credit) and for a web page's trailing list of links
// ("Read more:" and headlines: trailer), which in turn costs
// trailerMismatch in a bead whose other side is not such a list. In a
// news-sized pair a skip right after a skip on the same side costs
// skipRunShare of that (an editor drops or adds a passage), and in the
// pass after the first a sentence within gapRegionReach of one the first
// left unmatched on its side skips for gapRegionShare (gapRegionSkips:
// the rest of such a passage), and so does one beside a sentence the
// first glued into a bead sharing nothing with it, in a pair it aligned
// mostly 1-1 and whose right 1-1 beads rarely share nothing
// (gluedMembers, gluedStrong). In a news-sized bilingual pair whose
// sentences mostly share evidence near their place (explainedRate), a
// member of a bead's side of several that adds little evidence to the
// bead and makes its length fit worse costs idleCost more (idleMembers:
// a sentence one version added, glued to its neighbour's bead), and after
// the refinement a run of beads that share nothing is aligned again as a
// region, 1-1 beads and skips with each blank bead costing
// regionBlankCost more, the new reading kept only where it pairs two
// sentences the region had apart that share evidence (regionOmissions: a
// version's drop and insertion read as a diagonal of 1-1 beads); in a pair of
// versions in one language (the two sides share most of their words) a
// sentence whose words the other version lacks skips for less
// (monoSkips). A pair where one document translates only part of the
// other (a half, a middle, every other paragraph; text pasted after the
// source) takes r from its anchors instead: from the stretches between
// consecutive anchors found once on each side (anchorRatio), or, when
// one side has 1.5 times fewer paragraphs (sentences, without marks),
// from the paragraphs that hold them (paraAnchorRatio); such a pair
// skips at partialSkip of the cost with a skip-run share of
// partialSkipRun, and there a bead whose sentences share under
// partialMinSim of their features' weight scores at most partialCap.
// Any bead that ends, on a side, between a sentence left inside a bracket
// it opened and the next, which closes one it did not open (a sentence
// the splitter cut after an abbreviation: "( Sherpa-Liste Nr." / "57 )"),
// pays bracketCutCost for that side (in the first search only when it
// leaves a sentence unmatched: see brackets.go). Because every path covers every
// sentence, the search in effect maximizes the shared anchor weight among length-
// plausible paths. prior holds −ln of how rare each shape is.
//
// # Search
//
// Dynamic programming over (source position, target position) finds
// the cheapest path of beads. Up to fullLimit cells it searches the whole
// table; beyond, it merges runs of coarsen sentences into blocks,
// aligns the blocks (recursively), and searches a band of ±widen
// positions around the projected path. Wherever the best path comes
// within edgeMargin of the band's edge the band grows there (doubling)
// and the search reruns: the coarse level may drift, the fine level
// pulls back. At the coarse levels no shape is rare (block borders fall
// anywhere), so shapes cost coarsePrior per extra block, and skipping a
// block costs skip per sentence in it.
//
// Per cell, the source features of the maxBead units before it are
// marked once per row and one scan of the maxBead target units before it
// gives the match of all 12 shapes (matcher.matchCell); a shape whose
// length cost and prior already exceed the best cost found even with a
// perfect match is not scored. Time is O((n+m)·w·F) for a band of w cells
// a row (about 50) and F features a sentence (at most maxFeatures);
// memory is O((n+m)·w). Both are linear for documents of similar length
// (bandCap bounds the band's growth otherwise): 25,000 x 31,505 Bible
// verses align in about 8 s of CPU and 110 MB.
//
// # Paragraphs
//
// When both documents have paragraphs, paragraphs are aligned first as
// units, then the sentences inside each paragraph bead: no sentence bead
// crosses a paragraph bead's border. A paragraph with no counterpart (a
// web page's trailing "Read more:" line and the headlines after it, an
// editor's added note) used to be joined to a neighbour, at both stages,
// since a 2-1 or 3-1 costs less than skipping every sentence in it; the
// pair was then wrong, the paragraphs after it could shift, and --into
// stored the junk in the translation memory. Two costs prevent that:
//   - the paragraph stage charges paraMerge (2) for each paragraph break
//     inside a paragraph bead, on top of the shape's prior: translators
//     seldom join paragraphs, so it takes length and anchor evidence;
//   - the sentence stage charges paraCross (4, as much as skipping a
//     sentence) for each paragraph break inside a sentence bead, on either
//     side. A break both sides have belongs between two beads, not inside
//     one; a break one side lacks is the sign of material the other side
//     does not have. A sentence alone in its paragraph with no
//     counterpart goes 1-0 instead of being glued into a multi-sentence
//     bead; a sentence split in two across a break still pairs, since
//     pairing half of it would cost more in length.
//
// When both documents mark paragraphs the text's structure is respected
// (issue 14): a paragraph added or dropped as a whole is left unmatched
// as a whole (paraSkip: leaving a paragraph costs its first sentence's
// skip and a quarter for each further sentence, one editorial act); a
// sentence bead inside a paragraph bead that joins paragraphs pays
// paraCrossBoth (6) per break and is always reported for review; and
// checkParagraphs compares each paired paragraph with the paragraphs
// around its partner (three each way): when a neighbour shares more of
// its evidence than its partner, or the paragraphs of a joined bead match
// in another order, every sentence bead of that paragraph bead is
// reported ("paragraphs out of order or missing"), whatever its score,
// unless the neighbour shares still more with its own partner (thin
// evidence, paraThin: not reported). Two swapped paragraphs are reported
// as "paragraphs swapped": when one bead joins them in another order, or
// when each is left unmatched and is the other's best match (markSwaps).
// TestStructure edits each seed version (a paragraph added in the middle
// on either side, dropped, two swapped) and checks that no edit adds a
// wrong pair that goes unreported. A paragraph the paragraph stage left
// unmatched next to a join whose single paragraph is on its side (a
// paragraph with an added sentence looks as long as two) is aligned with
// that join sentence by sentence when that costs paraMerge less
// (paraGroups, groupedSearch).
//
// In two versions of one story in one language (monoSupport), a bead whose
// sides, or one of whose sentences, share less than a fifth of their
// words with the other side pays a skip (unrelatedCost, unrelatedMembers),
// and the refinement looks again at every many-many bead.
//
// The sentence cost applies too when only one document has paragraphs.
// Seed article, strict F1 (testdata/, running text): en-fr 0.92 to 1.00,
// en-de 0.82 to 1.00, en-fa 0.76 to 1.00, en-ar 0.78 to 0.90, en-en2
// 0.93 to 0.93. The development sets in BENCHMARKS.md have no paragraphs
// and do not move; hunalign's Steinbeck novel with its "<p>" lines read
// as paragraphs (TestSteinbeckParagraphs) goes from 0.972 to 0.969.
//
// # Dictionaries
//
// Lexicon.ReadDictFile reads a dictionary file: hunalign's "target @
// source", TSV "source<TAB>target", or a dictd database (.index with
// .dict or .dict.dz, as FreeDict ships them); FormatAuto picks dictd by
// the file name and hunalign or TSV by the first entry; LoadDicts reads
// several files into one Lexicon. Words are stored as stems and phrase
// entries are dropped (see Lexicon).
//
// A dictionary is written one way round, a pair may need it the other:
// OpenDicts reads the files as Dicts, with the languages their names give
// (FreeDict's freedict-eng-rus), and OrientDicts turns them into the
// pair's Lexicon, reversing those written the other way round (by their
// languages, else their words against the texts, else their letters);
// BatchDicts does it for each pair of a batch. bitext align --dict takes
// this path.
//
// A Chinese dictionary (CC-CEDICT's cedict_ts.u8, FormatCedict) is read
// by words (cedict.go): when exactly one side is Han, that side is cut
// into the dictionary's headwords by longest match, and those words are
// looked up whether Chinese is the source or the target (the dictionary
// is never reversed), the English side by a crude base form ("studied" ->
// "study"), Model 1 learns the Chinese side's words instead of its
// characters, and the dictionary's links count for the search but not
// for a bead's score (a dictionary lists every sense of a word). MAC dev
// zh-en: 0.799 -> 0.858 strict F1.
//
// CC-CEDICT is built in (cedict_embed.go; align/internal/cedict, a compact
// form holding only what the reader keeps): with no Options.Lexicon, a
// pair with one side in Han characters and the other in English (by the
// languages Pair.Align and Batch know, else by the texts) aligns with it
// unless Options.NoDefaultDict. Align reads, for each pair, only the
// entries the pair can spell (each character in it, each two side by
// side: it looks up nothing else); Batch, and Align given
// Options.Examples (whose sentences it cuts too), read the whole once a
// process. MAC dev zh-en by default: 0.807 -> 0.868.
//
// A Japanese-English dictd database (Debian's freedict-jpn-eng, from
// JMdict) is read the same way (jpdict.go): its common kanji and katakana
// headwords, with the stems of inflected verbs and adjectives, cut the
// Japanese side (kanji and kana) by longest match, hiragana alone is not
// looked up, and it is never reversed. It is not built in: with no
// Options.Lexicon, a pair of Japanese and English aligns with
// /usr/share/dictd/freedict-jpn-eng.index when that file is installed
// (installed.go; Pair.InstalledDict names it), unless
// Options.NoDefaultDict. News dev (WMT21) edited: ja-en 0.837 -> 0.867,
// en-ja 0.858 -> 0.921. A pair of Czech and English aligns so with
// Debian's freedict-eng-ces (/usr/share/dictd/freedict-eng-ces.index,
// read by ReadDictd, reversed for a Czech source): cs-en 0.909 -> 0.935,
// en-cs 0.910 -> 0.933. A pair of Hindi and English aligns so with
// Debian's freedict-eng-hin (reversed for a Hindi source; its links meet
// a Hindi word by its stem less a final vowel sign, dictStem): WMT24
// news en-hi, design half, with paragraph marks, a paragraph dropped
// 0.897 -> 0.905, two swapped 0.665 -> 0.686.
//
// A dictionary lacks most German compounds while it has their parts:
// with a Lexicon, a side whose language is known to be German (Pair's
// languages; German, Swiss German, Luxembourgish) has its closed
// compounds split into words of that side and of the dictionary, with
// linking -s-, -es-, -n-, -en-, -e- (Koehn and Knight 2003: the split
// whose parts' geometric mean frequency is highest, unless the word's own
// is higher), and Model 1 and the lexical features read the parts
// (compound.go). Text+Berg dev de-fr with FreeDict deu-fra: 0.927 ->
// 0.935.
//
// # Learning passes
//
// The first pass uses the given Lexicon (if any) and, when there are
// Options.Examples (pairs from a translation memory), a table learned from
// them. Then, learnPasses times (once for a pair under smallDoc
// sentences): train IBM Model 1 in both directions on the last pass's
// confident beads (first-order confidence at least learnMinConfidence) plus the
// Examples, keep the word pairs both directions rate at least
// model1MinProb, re-estimate the character ratio from the confident
// beads, and realign with the learned links as features.
//
// # Refinement
//
// A pass with a learned table looks again where it is unsure: every run of
// beads whose sides differ in size (an unmatched sentence, a 1-2) or whose
// first-order confidence (scorer.rawConfidence, not the Score) is under
// refineBelow, with one bead either side, is searched again in full with
// the bead cost less Model 1's own evidence (refine.go): the
// log-likelihood ratio of the bead's words given its other side, against
// their frequency in the document, in both directions (as in Moore 2002).
// The yes-or-no learned links of the features keep only pairs both
// directions rate highly; the probabilities say which of two neighbouring
// sentences holds a word's translation. Regions of more than
// refineMaxUnits sentences on a side are left as they are. A region's
// search also tries shapes the first search does not (3-3, 2-4, 4-2, 1-5,
// 5-1: refineTypes), and two regions that share a bead meet where the
// first one left it. There a bead's evidence is also judged sentence by
// sentence (refinesupport.go): in two versions in one language, a 2-2
// whose two 1-1 pairs each stand on their own does not count the links
// across them (between languages a document's own Model 1 is too weak to
// tell, on documents of a few dozen sentences), and a sentence of a
// multi-sentence side sharing none of its features with the other side
// costs extra.
//
// # Scores
//
// A bead's score in [0,1] says how sure the aligner is that the bead is
// exactly right (issue 14: "a translator can store without reading every
// pair"). It is a logistic model (calibrate.go) over the bead's evidence:
// the length tail probability P(|δ|), the share of its sentences'
// feature weight the two sides share and how much weight that is (in
// units of the pair's largest IDF, so a news article and a novel
// compare), its shape, how much it beats leaving its sentences unmatched
// and the best local alternative (a split, a merge with a neighbour),
// whether a neighbour is unmatched, and whether the last learning pass
// changed it. The weights were fitted on the development sets
// (TestCalibrationFit), and the probability is raised to calibGamma so
// that on every development set at least 95% of the beads scoring 0.8 or
// more are right (TestCalibration; MAC zh-en, the hardest, sets it): the
// scale is conservative, and a bead under 0.8 is often right too
// (BENCHMARKS.md has the reliability table, development sets and a
// held-out one). Beads with an empty side score 0. A bead that an
// unmatched sentence of its paragraph beside it could join for less than
// joinBelow more cost scores at most joinCap: the model, fitted on whole
// documents where such beads are rare, scored a sentence paired with the
// first of its two translations, the second left unmatched, 0.80-0.85
// (TestNextToUnmatchedDev). So does a bead that could take the nearest
// sentence of a neighbouring bead of several sentences (the second
// translation glued into the next bead) for less than joinBelow more
// (TestShiftCap).
//
// The learning passes cannot confirm a bead by its own words: a learned
// link seen in one training pair only (kindLexWeak) helps the search but
// not the score, so a wrong first-pass bead is not raised by what was
// learned from it (TestStructure checks that no wrong bead reaches 0.8
// after learning unless it did without).
//
// Runs of beads under Options.ReviewBelow (0.4 by default; ReviewNone: none), unmatched
// sentences, beads across a paragraph break, paragraph beads that
// checkParagraphs suspects and beads capped at joinCap (with the
// unmatched sentence beside them: one region) are returned as Regions to
// review, each with its Reason; Pair.WriteReview shows the first sentence of each side.
//
// # Batches
//
// Batch aligns many pairs in one process (ReadManifest and MatchFolders
// list them): each pair learns also from the beads scoring 0.8 or more of
// the pairs before it, and a news-sized pair (under smallDoc sentences)
// aligns its first pass with a lexicon learned from those, its second
// with what it learns from its own beads. tm.AlignBatch writes and stores each pair as it comes.
//
// # Evaluation
//
// ReadLinks reads gold alignments ("[0,1]:[0]") and JSON Lines, and
// rejects a sentence aligned on two lines; CheckSameDocument rejects a
// hypothesis naming sentences past the gold's end. Evaluate computes
// strict and lax precision, recall and F1 as Vecalign and Bertalign
// report them. ScoreFiles scores several documents' alignments, read from
// named Files, and sums the scores; Scores.WriteText and WriteJSONL write
// them.
package align
