package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/bitext/bitext/align/segment"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

// segmentOptions are the flags of bitext segment.
type segmentOptions struct {
	Lang   string
	Rules  string
	Format string
	Quotes string
	Files  []string
}

func newSegmentCmd(ios *IOStreams, _ *globalOptions) *cobra.Command {
	opts := &segmentOptions{}
	cmd := &cobra.Command{
		Use:   "segment [FILE...] --lang L [--rules FILE.srx] [--format text|jsonl] [--quotes keep|split]",
		Short: "Split text into sentences",
		Long: `Segment splits text into sentences, one paragraph after another.

Paragraphs are separated by blank lines and a sentence never crosses one;
a line break inside a paragraph (wrapped text) is not a sentence end.
The built-in rules know abbreviations, initials, numbers, ordinals, lists,
quotes, ellipses, URLs and the sentence-final punctuation of many scripts
for en fr de es it pt nl da pl sk bg ru kk hy el ar fa ur hi mr am my zh ja;
other languages get default rules (and a warning). --rules runs an SRX 2.0
rule file instead (as shipped by LanguageTool, Okapi, OmegaT).

Quotations (--quotes): with keep (the default, the convention of pySBD's
golden rules) the stops inside a quotation that closes in its paragraph do
not end the sentence: 'He said, "Go. Now." Then he left.' is two sentences.
With split, every stop inside a quotation ends a sentence, as the SRX rules
of CAT tools do, so that the segments match those a translator sees in
OmegaT or Trados (three sentences above). A quotation that never closes
holds nothing back. SRX rules (--rules) decide for themselves.

Output formats:
  text   one sentence per line, an empty line between paragraphs; line
         breaks inside a sentence become single spaces
  jsonl  {"text":"...","start":B,"end":B,"para":N} per sentence; start and
         end are byte offsets into the input file, so input[start:end] is
         the sentence as it stood; with several files, offsets and
         paragraph numbers count within each file

Input must be UTF-8 text: invalid UTF-8 or a NUL byte stops with exit 2,
naming the file and line. A "sentence" longer than 1 MiB (binary junk, a
file with no punctuation) is cut at a space before 1 MiB, so memory stays
bounded on any input.`,
		Example: `  bitext segment --lang en article.txt
  bitext segment --lang de --format jsonl story.de.txt
  cat story.fa.txt | bitext segment --lang fa
  bitext segment --lang en --quotes split article.txt
  bitext segment --lang en --rules languagetool_segment.srx article.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = inputNames(args)
			return segmentRun(ios, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Lang, "lang", "l", "", "language of the text (BCP 47 `tag`, e.g. en, de, fa)")
	cmd.Flags().StringVar(&opts.Rules, "rules", "", "SRX 2.0 rule `FILE` to use instead of the built-in rules")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output `format`: text or jsonl")
	cmd.Flags().StringVar(&opts.Quotes, "quotes", "keep", "`MODE` for stops inside a closed quotation: keep it whole (golden rules) or split (CAT tools)")
	return cmd
}

func segmentRun(ios *IOStreams, opts *segmentOptions) error {
	if opts.Format != "text" && opts.Format != "jsonl" {
		return usageErr(fmt.Errorf("--format %q: want text or jsonl", opts.Format))
	}
	quotes, err := parseQuotes(opts.Quotes)
	if err != nil {
		return err
	}
	tag, err := parseLang("lang", opts.Lang)
	unknownLang := false
	if err != nil {
		// A well-formed tag of a language x/text does not know ("xx",
		// "qaa") gets the default rules, like any language without data.
		var ve interface{ Subtag() string }
		if _, perr := language.Parse(opts.Lang); opts.Lang == "" || !errors.As(perr, &ve) {
			return err
		}
		tag, unknownLang = language.Und, true
	}
	segOpts := []segment.Option{segment.WithQuotes(quotes)}
	if opts.Rules != "" {
		srx, err := loadSRXFile(opts.Rules)
		if err != nil {
			return err
		}
		segOpts = append(segOpts, segment.WithRules(srx))
	}
	seg, err := segment.New(tag, segOpts...)
	if err != nil {
		return usageErr(err)
	}
	switch {
	case unknownLang:
		fmt.Fprintf(ios.ErrOut, "bitext: warning: unknown language %q; using the default rules\n", opts.Lang)
	case seg.Fallback() && opts.Rules != "":
		fmt.Fprintf(ios.ErrOut, "bitext: warning: no rules in %s for language %q; using the built-in rules\n", opts.Rules, opts.Lang)
	case seg.Fallback():
		fmt.Fprintf(ios.ErrOut, "bitext: warning: no built-in segmentation rules for language %q; using the default rules\n", opts.Lang)
	}
	out := bufio.NewWriterSize(ios.Out, 64<<10)
	w := &sentenceWriter{out: out, jsonl: opts.Format == "jsonl", first: true}
	for _, name := range opts.Files {
		if err := w.segmentFile(ios, seg, name); err != nil {
			out.Flush()
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// parseQuotes reads a --quotes value.
func parseQuotes(v string) (segment.QuoteMode, error) {
	switch v {
	case "keep":
		return segment.QuotesKeep, nil
	case "split":
		return segment.QuotesSplit, nil
	}
	return 0, usageErr(fmt.Errorf("--quotes %q: want keep or split", v))
}

// sentenceWriter writes sentences in the text or jsonl format.
type sentenceWriter struct {
	out      *bufio.Writer
	jsonl    bool
	first    bool // nothing written yet
	lastPara int  // paragraph of the last sentence of the current file
	buf      []byte
}

// segmentFile segments one named input and writes its sentences; in text
// format an empty line goes between paragraphs and between files.
func (w *sentenceWriter) segmentFile(ios *IOStreams, seg *segment.Segmenter, name string) error {
	in, err := openInput(ios, name)
	if err != nil {
		return err
	}
	defer in.Close()
	w.lastPara = -1
	for s, err := range seg.Sentences(in) {
		if err != nil {
			if se := (*segment.SRXError)(nil); errors.As(err, &se) {
				return badInputf("%s: %v", displayName(name), err)
			}
			return err
		}
		b := w.buf[:0]
		if w.jsonl {
			b = append(b, `{"text":`...)
			b = appendJSONString(b, s.Text)
			b = append(b, `,"start":`...)
			b = strconv.AppendInt(b, int64(s.Start), 10)
			b = append(b, `,"end":`...)
			b = strconv.AppendInt(b, int64(s.End), 10)
			b = append(b, `,"para":`...)
			b = strconv.AppendInt(b, int64(s.Para), 10)
			b = append(b, "}\n"...)
		} else {
			if !w.first && s.Para != w.lastPara {
				b = append(b, '\n')
			}
			b = append(b, s.Text...)
			b = append(b, '\n')
		}
		w.buf, w.first, w.lastPara = b, false, s.Para
		if _, err := w.out.Write(b); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	return nil
}

// loadSRXFile reads an SRX rule file; any problem with it is bad input.
func loadSRXFile(name string) (*segment.SRX, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, openError(name, err)
	}
	defer f.Close()
	srx, err := segment.LoadSRX(bufio.NewReader(f), name)
	if err != nil {
		return nil, badInput(err)
	}
	return srx, nil
}

// appendJSONString appends s as a JSON string. s is valid UTF-8 (the input
// reader checks it); U+2028 and U+2029 are escaped for JavaScript readers.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != '\u2028' && r != '\u2029' && r != utf8.RuneError {
				i += size
				continue
			}
			b = append(b, s[start:i]...)
			if r == utf8.RuneError && size == 1 {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, `\u202`...)
				b = append(b, hex[r&0xF])
			}
			i += size
			start = i
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
