// Package segment splits text into sentences.
//
// A [Segmenter] is made for one language with [New]. [Segmenter.Sentences]
// streams the sentences of an io.Reader with their byte offsets and
// paragraph numbers, [Segmenter.SplitFunc] plugs the same splitting into a
// bufio.Scanner, and [Segmenter.SplitString] is the in-memory form.
// Alternatively an SRX 2.0 rule file, loaded with [LoadSRX], replaces the
// built-in rules ([WithRules]).
//
// # Paragraphs and lines
//
// A blank line (a line of nothing but white space) ends a paragraph, and a
// sentence never crosses one. Inside a paragraph a line break is white space
// (wrapped text), except before a list item or a bullet, and after a short
// line with no final punctuation when a capital follows: a headline. "Short"
// means the next line's first word would have fitted on it, judged against
// the paragraph's longest line; German, which capitalizes nouns, also wants
// a sentence-starting word ("Der", "Sie") there.
//
// # Sentence ends
//
// The scanner visits only the bytes that can end a sentence (a 256-entry
// table: . ! ? ; line feed, and the lead bytes of the other scripts' stops
// 。！？ ؟ ۔ । ॥ ። ။ ։ …). At each it reads the whole run of final
// punctuation ("?!", "...", ". . .") and the closing quotes, brackets and
// footnote marks ("[1]") after it, then decides:
//
//   - stops of scripts without spaces or case (。！？ ؟ ۔ । ። ။ ։, Greek ";")
//     always end a sentence;
//   - "!" and "?" end one unless a lower-case letter or a digit follows
//     ("Yahoo! in", "-- voila! -- you");
//   - an ellipsis ends one before a capital; ". . ." with spaces never;
//   - a period needs white space and then something that is not a
//     lower-case letter, and then looks at the word before it: a title
//     ("Mr.", "Gen.") never ends a sentence, a number abbreviation ("No.",
//     "Fig.") not before a digit, a final abbreviation ("etc.", "Inc.",
//     "U.S.", "Jr.") only before a sentence starter ("The", "He"), "a.m."
//     and "p.m." before any capital; an initial ("E. Sloan") is not an end;
//     in languages with ordinals ("am 3. Oktober") a short number is not an
//     end unless a sentence starter follows;
//   - a period with no space after it ends a sentence only between a word of
//     two or more letters and a capitalized word ("world.Today"), never in
//     URLs, e-mail addresses or file names.
//
// Lists: markers "1." "2.)" "3)" "a." "b)" "(c)" "(iv)" "ii)" start an item
// at a line start, and inline when two of a kind count up by one ("1. The
// first 2. The second"); their periods end nothing.
//
// # Complexity and memory
//
// Splitting is linear in the input: every byte is looked at a constant
// number of times, and the word before and after a period is read at most
// maxWord (64) bytes far, so even a megabyte without a space costs linear
// time. Sentences holds one paragraph at a time, and at most
// Options.MaxSentence (1 MiB by default) of it: a longer paragraph is handed
// out sentence by sentence, keeping the last one that may still go on, and a
// single "sentence" longer than the bound is cut at its last space. Memory
// is therefore flat however large the input.
//
// # Languages
//
// Built-in data (abbreviations, sentence starters, month names, ordinals)
// exists for en fr de es it pt nl da pl sk bg ru kk hy el ar fa ur hi mr am
// my zh ja; [Languages] lists them. Any other language gets the default
// rules, which are the English ones (English names and abbreviations turn
// up in every language's news); [Segmenter.Fallback] reports it.
package segment
