// Package segment splits text into sentences.
//
// A [Segmenter] is made for one language with [New]. [Segmenter.Sentences]
// streams the sentences of an io.Reader with their byte offsets and
// paragraph numbers, [Segmenter.SplitFunc] plugs the same splitting into a
// bufio.Scanner, and [Segmenter.SplitString] is the in-memory form. An SRX
// 2.0 rule file, loaded with [LoadSRX], can replace the built-in rules
// ([WithRules]). A Segmenter and an SRX are immutable and safe for
// concurrent use; each call keeps its own state.
//
// # Output
//
// [TextWriter] writes sentences one a line with an empty line between
// paragraphs; [JSONLWriter] and [AppendJSONL] write JSON Lines records
// ([Record]: file, text, start and end byte offsets, paragraph), so that
// every front end writes the same formats. [NewWriter] returns the [Writer]
// of a [Format], and [Segmenter.WriteSentences] copies a reader's sentences
// to it.
//
// # Paragraphs and lines
//
// A blank line (nothing but white space) ends a paragraph, and a sentence
// never crosses one. Inside a paragraph a line break is white space (wrapped
// text), except:
//   - before a list item or a bullet ("• ", "- ", "1. ", "(a) ");
//   - after a line that ends early, when the next line starts with a
//     capital, a digit or a bracket: a headline or a line-per-item block.
//     "Ends early" means the next line's first word would have fitted on it,
//     judged against the paragraph's longest line but never less than
//     minWrapWidth (50) columns, so a paragraph of two short lines still
//     has two lines. A space before the line break marks a soft wrap (as
//     PDF extraction writes it) unless the next line is indented with a
//     tab, and a line ending in a comma or a hyphen goes on. Between two
//     lines of one or two letters (maxFragment) a break goes on too: a
//     word broken one or two letters a line ("W\nA\nRN\nI\nNG"). A line
//     of at most maxItemWords (3) words without a stop, before another
//     such line or a numbered line ("2. Karl"), is an item of a
//     line-per-item block (a word list, exercise answers) and ends a
//     sentence whatever the case of the next line; so does a stop at a
//     line end before such a line ("Tennis.\nspielen"). German, which
//     capitalizes nouns, also wants a sentence-starting word ("Der",
//     "Sie") on the next line. Text without spaces between words
//     (Chinese, Japanese) wraps anywhere, so there a line ends a sentence
//     only when white space stands before the break.
//
// # Sentence ends
//
// The scanner visits only the bytes that can end a sentence (a 256-entry
// table: . ! ? ; : | line feed, the straight double quote, and the lead
// bytes of the other scripts' stops 。！？ ؟ ۔ । ॥ ። ፧ ။ ։ ។ …). At each it
// reads the whole run of final punctuation ("?!", "...", ". . .") and the
// closing quotes, brackets and footnote marks after it ("[1]", "[7][8]",
// "^[20]" as DocBook's text rendering writes them, superscript digits "¹²";
// also one set off by a space, before a space: "archive. ^[20] See" ends
// after the mark), then looks at what follows:
//
//   - stops of scripts without spaces or case (。！？ ؟ ۔ । ። ፡፡ ။ ։ ។, Greek ";")
//     end a sentence, even with no space after them, unless the sentence is
//     inside full-width brackets that close within bracketLookahead (256)
//     bytes ("（これは山です。これは山です）"; with QuotesSplit 「」 and 『』
//     are no brackets: "「戦争だった。今は良い関係だ」と述べた" is two
//     sentences), inside a title ("《再见。》这本书"), or a quotation closes
//     and the text runs on ("「こんにちは。」と言った");
//   - after the other stops, white space must follow, and then a letter or
//     a digit, past opening quotes, brackets and dashes (a ” or ’ glued to
//     a word opens a quotation, as Finnish and Swedish write them: "yksin.
//     ”Olemme"): punctuation goes on the sentence ("! ! !", ",,Das");
//   - "!" and "?" end a sentence unless a lower-case letter follows
//     ("Yahoo! in", "-- voila! -- you"), or a digit inside a bracket that
//     is still open ("[16: firma? 13:28]"; "Loved it! 10/10" ends); a
//     doubled mark ends one before a lower-case word too ("the crash??
//     tried"), and so does a mark glued to a capitalized word ("ready?Let's",
//     not in a query string); after a name spelt with "!" ("Yahoo!
//     Research", "Jeopardy!") not at all;
//   - a closing quotation after a dash ("sir--\"", "I—”") ends speech
//     broken off, and a sentence, before a capital (the scanner also stops
//     at the straight double quote for this);
//   - an ellipsis ends one before a capital; ". . ." with spaces never, nor
//     "[...]"; "word. . . . The" ends after the last dot (pySBD's golden
//     rules give the spaced ellipsis to the next sentence, but published
//     prose, the MAC literary English, keeps it with the one before);
//   - in Armenian, ":" (typed for ։) ends one before a capital or a digit,
//     and a single "." is the mijaket (a pause before an explanation), not
//     a full stop; in Hindi "|" is typed for the danda "।";
//   - a period needs something other than a lower-case letter after it, and
//     then the word before it decides: a title ("Mr.", "Gen.", "z.") never
//     ends a sentence; a number abbreviation ("No.", "Fig.", "pp.") not
//     before a digit; a final abbreviation ("Inc.", "Jr.") and
//     initials ("U.S.", "J.C.") only before a sentence starter ("The",
//     "He", "Det"; quantifiers count: "the U.S. Millions attended"); an
//     enumeration closer ("etc.", "itd.", "т.б.") before any capital,
//     except where nouns are capitalized (German: only before a starter);
//     "a.m."/"p.m." before any capital, unless at most maxTimePhrase (2)
//     words stand before it in the sentence ("At 5 a.m. Mr. Smith went");
//     a section number of two numbers or more before a short quoted
//     title with no stop or comma in it ends nothing when it stands
//     where a reference does, after a comma, a bracket or a word naming
//     a part of a document ("Developer's Reference, 5.8. "Handling
//     bugs".", "5.8. 「Handling bugs」を", "section 10.1.2. "Bugs""), not
//     after a name it versions ("Python 3.12. "It works" is");
//     a period after a closing bracket ends a sentence whatever stands
//     inside ("(10+ hrs.). Screen"), and so does a time zone ("5 p.m.
//     EST. Tickets");
//     a single letter is an initial ("Albert I. Jones", "contain v. If")
//     unless it is a capital before a starter after a lower-case word ("you
//     and I. Did") or after the capitalized word it labels ("Plan B. It"),
//     or a lower-case unit after a number ("à 14 h. Ils"), or a one-letter
//     word of the language ("сделал я.", "così è."); initials may be
//     spaced and, in Devanagari, carry vowel signs ("ए. पी. जे.");
//     a unit or currency after a number, a Roman numeral or another unit
//     ("5 млн. руб. Это", "2023 r. Rząd", "XIX в. Днес", "5,99 лв./кг.")
//     ends a sentence before any capital (before a starter in German),
//     unless the sentence so far is an opening date ("В 2020 г. Россия",
//     "GUS, w 2023 r. Polska"; Russian "г." also after a starter and a
//     preposition: "Когда в 1991 г. Москва"); month and weekday abbreviations end one
//     before a capital ("in Oct. Economists") but not before a bracket
//     ("12 mar. (ANSA)") or a month ("on Sat. June 5"); a number
//     abbreviation goes on before a lettered number ("art. L. 121-1") or a
//     Roman one ("sec. XIX", "Vol. IV");
//     abbreviations written with spaces ("т. д.", "m. in.") are looked up
//     whole; a web address ends at its last label ("www.gov.pl. Tam");
//     German street compounds ("Goethestr. 5") are abbreviations;
//     in languages with ordinals (de da pl cs sk hr) a number of up to
//     three digits is an ordinal ("am 3. Oktober", "der 2. Weltkrieg")
//     unless a starter follows ("Ich bin 25. Das ...") or a number abbreviation
//     stands before it ("o godz. 12. Zapraszamy": a cardinal) or a
//     capitalized noun or name labels it ("Platz 5. Frankreich", "ul.
//     Długiej 5. Dom"), and a score ("2-1.") or a percentage ("1%.") is
//     never one; a word of up to maxNumberAbbr (4) letters before a
//     number is an unlisted abbreviation ("Зад. 3", "str. 15") unless a
//     number stands right before it ("40 case. 12 famiglie": the noun
//     counted). Abbreviations
//     are also found after an elided article ("l'Ing.") or a missing
//     space ("Tuesday.Mr.").
//   - a period with no space after it ends a sentence only between a word of
//     two or more letters (or a number of three or more digits) and a
//     capitalized word ("world.Today", "1,000.That", and a one-letter
//     word after a lower-case word of three letters or more: "world.I
//     dag"), never in URLs, e-mail addresses or file names ("www.x.Com",
//     "1.Helado, 2.Carne"); or before a footnote number ("(type 2).10 This
//     model").
//
// # Quotations
//
// With QuotesKeep (the default) a quotation that closes in its paragraph is
// kept whole: a stop inside it ends no sentence, and the stop that closes it
// ends one only as above ("He said, "Go. Now." Then he left." is two
// sentences; ""Go. Now," he said." is one). This is the convention of
// pySBD's golden rules. QuotesSplit ends sentences inside quotations too, as
// the SRX rules of CAT tools do; the aligner uses it, and the project's gold
// segmentations of the seed article are made in it.
//
// findQuotations pairs the marks of a paragraph in one pass with a stack, the
// first time a sentence end is found in it: a mark after a space opens, one
// before a space or punctuation closes; ' between letters is an apostrophe;
// curly marks pair by kind in the English, French, German ("„…“", "»…«"),
// Polish ("„…”") and Swedish ("”…”") styles, and 「…」 『…』; an opening that never closes
// is dropped, so a missing closing quote lets the stops work as usual. A
// closing mark looks at most maxQuoteNesting (8) openings down the stack,
// which keeps a paragraph of unmatched marks linear. The quotations nest,
// so one sweep over them, in step with the scanner, tells whether a sentence
// end lies inside one (quoted). Full-width brackets and CJK quotations are
// also handled by the bracket rule above.
//
// # Lists
//
// Markers "1." "2.)" "3)" "(4)" "a." "b)" "(c)" "ii)" "(iv)", after a
// bullet or not, start an item at a line start, and inline when two of a
// kind count up by one ("1. The first item 2. The second item"); their
// periods end nothing. An inline "1." needs a capital after it ("for 1.
// above" is not a list). A marker is at most maxMarker (7) bytes. Cyrillic
// and Greek letters count as list letters ("а) суп б) хлеб"). In languages
// with ordinals an inline run "1. ... 2. ..." is a list only when it counts
// up from 1 at a line start or after a colon or a stop ("Teile: 1. Höhere
// Renten 2. Niedrigere Beiträge"); a lone "2." stays an ordinal ("die 2.
// Bundesliga").
//
// # SRX
//
// [LoadSRX] reads SRX 2.0 (and 1.0) files as LanguageTool, Okapi and OmegaT
// ship them, in UTF-8, UTF-16 (with a byte order mark or without) or the
// encoding the XML declaration names (ISO-8859-1...), read by tm/xmlenc. Each rule becomes one regular expression, (?:before)(?=after),
// compiled when the file is loaded, so a rule that cannot compile is
// reported with its line at once. The expressions run on
// github.com/dlclark/regexp2, whose .NET semantics are close to the Java
// regexes the files are written for (Unicode \w and \b, lookbehind,
// \uXXXX); Java-only syntax is translated first (\Q...\E, the (?u) flag,
// class intersection and union, \p{Punct}, escaped non-ASCII letters,
// possessive quantifiers, octal \0nnn, \v \h \R; Java's property names:
// scripts by name or ISO 15924 code (\p{IsLatin}, \p{sc=Cyrl}), Unicode
// blocks (\p{InGreek}, from the Unicode 15.0 Blocks.txt embedded beside
// the code, the version of Go's tables), binary properties
// (\p{IsAlphabetic}) and java.lang.Character's classes
// (\p{javaLowerCase}); \X, a grapheme cluster, as a character with the
// marks and joiners after it, or CR LF). A construct that cannot be
// expressed (\p{IsEmoji}, \p{javaMirrored}: Go's tables lack them; an
// unknown name; \X inside a class) or that regexp2 cannot read fails the
// file's loading, naming the file, the rule's line, both its patterns and
// the construct.
// Language maps are matched against the tag ("en-US", "en_US"), and only
// if none matches against its base language ("en"); with
// cascade="yes" the rules of every matching map apply, in order. An SRX 2.0
// header without a cascade attribute (which the standard requires) cascades,
// as OmegaT, whose default rules are written so, always does; SRX 1.0 does
// not cascade.
//
// What a file means is defined by the reference search (srxSplitSlow):
// each rule's expression is searched over the paragraph from every match
// start (so overlapping matches count), each start giving regexp2's
// preferred match, and at each position the first rule in order with a
// match ending there decides break or no break. That costs rules × text
// (0.5-1 MB/s with the shipped files). The engine that runs (srxSplit)
// gives the same breaks, byte for byte (tests compare the two on 444 KB of
// text in 12 languages and fuzz them), while looking only where a rule can
// apply:
//
//  1. From each rule's patterns, widened into Go's regexp syntax (lookaround
//     dropped, \w \d \s spelled out in Unicode, class subtraction keeping
//     the outer class, (?i) compared on lower-cased runes), it reads the runes
//     that can stand at the first and last edgeDepth (6) places of a match:
//     enough to tell "Jan. " from "Feb. " and "U.S. " from ". ". A
//     case-insensitive set is closed under lower case rune by rune, up to
//     maxFoldSet (4,096) runes; a larger one is left open.
//  2. A gate, two bitmaps of the Basic Multilingual Plane (8 KB each, built
//     once per segmenter, on first use), holds the runes that can end some
//     break rule's beforebreak or start its afterbreak. Only positions past
//     the gate and past some break rule's full edge test are looked at: in
//     prose, the few after a full stop or a space that follows punctuation.
//  3. There the rules are tried in order. A rule whose edge test passes is
//     matched with anchored regexp2 expressions: afterbreak at the position,
//     beforebreak right to left ending at it, and the whole rule from the
//     start so found, whose preferred match must end at the position, as in
//     the reference search. If it ends elsewhere (beforebreak "[.!?]\s+"
//     inside a run of spaces), the other possible starts are tried, leftwards
//     over runes the beforebreak can hold, at most maxLocalScan (256) runes;
//     past that the reference search of that one rule decides, once per
//     paragraph. So it does, without a search, beside a run of more than
//     maxLocalScan runes that a side of the rule can end with (a line of
//     spaces before "\s+"), where each search could go over the whole run.
//     The first rule that matches decides.
//
// The cost is one pass over the text plus a few short anchored matches per
// possible sentence end (at worst, when every position needs the reference
// search, that search's cost): 15-25 MB/s for the whole process with
// LanguageTool's 55 English rules, 20-55 MB/s with Okapi's 8. A rule's
// anchored forms are compiled when a segmenter first uses it (a language
// uses about 60 of LanguageTool's 1,347). The engine holds the paragraph
// (at most the 1 MiB window described below) as runes, 4 bytes a
// character, since regexp2 matches runes. The reference search keeps a
// literal prefilter: a rule whose pattern must contain a literal of at least
// minLiteral (2) characters ("Jan.", case-folded "mgr.") is skipped in a
// paragraph without it. One match is bounded by srxMatchTimeout (5 s): a
// rule with catastrophic backtracking cannot hang, and Sentences reports it
// as an SRXError naming its line (the CLI exits 2) rather than quietly
// segmenting without it. Rules whose sides are not regular expressions on
// their own, or that hold backreferences or conditionals, run only the
// reference search.
//
// # Complexity and memory
//
// Built-in splitting is linear in the input: each byte is looked at a
// constant number of times, and the words around a period are read at most
// maxWord (64) bytes far, so a megabyte without a space costs linear time.
// The run of openers and spaces before the first letter after a stop is
// read once, however many stops stand in it ("… … …"). BenchmarkAdversarial
// times paragraphs of such patterns.
// Sentences holds one paragraph at a time, and at most Options.MaxSentence
// (DefaultMaxSentence, 1 MiB) of it: a longer paragraph is handed out
// sentence by sentence, keeping the last one that may still go on (and any
// that end within lookaheadMargin, 256 bytes, of the window's end, whose end
// was judged on cut-off text), and a single "sentence" longer than the
// bound is cut at its last space (or rune boundary) before it; MaxSentence
// is capped at maxMaxSentence (512 MiB). Memory is
// therefore flat however large the input: the CLI on 100 MB holds about 6
// MB more than it starts with (26 MB of RSS, 20 MB of it the process at
// start-up; BENCHMARKS.md). SplitFunc looks ahead at most 32 KiB (half of bufio.Scanner's
// default token limit), so it works with a default Scanner.
//
// # Languages
//
// Built-in data (abbreviations by kind, sentence starters, month names,
// ordinals) exists for en fr de es it pt nl da sv fi pl cs sk hr bg ru uk kk
// hy el ar fa ur hi mr am my zh ja; [Languages] lists them. Titles common in news of
// every language ("Mr.", "Dr.", "Prof.", company suffixes) are known in
// all of them. Any other language gets the default rules, which are the
// English ones (English names and abbreviations turn up in every language's
// news); [Segmenter.Fallback] reports it.
//
// Abbreviations are matched lower-cased, except a few whose case carries
// the meaning (Greek "π.Χ." before Christ may end a sentence, "π.χ." for
// example never does). Scripts without letter case cannot tell a closed
// quotation that ends a sentence from one that a verb of saying carries on,
// so Amharic and Burmese list their quotative words ("» አሉ", "” ဟု"); a
// full stop and closing quote before one ends nothing.
package segment
