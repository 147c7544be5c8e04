package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/bitext/bitext/align/segment"
	"github.com/spf13/cobra"
)

// segmentOptions are the flags of bitext segment.
type segmentOptions struct {
	Lang   string
	Rules  string
	Format string
	Files  []string
}

func newSegmentCmd(ios *IOStreams, _ *globalOptions) *cobra.Command {
	opts := &segmentOptions{}
	cmd := &cobra.Command{
		Use:   "segment [FILE...] --lang L [--rules FILE.srx] [--format text|jsonl]",
		Short: "Split text into sentences",
		Long: `Segment splits text into sentences, one paragraph after another.

Paragraphs are separated by blank lines and a sentence never crosses one;
a line break inside a paragraph (wrapped text) is not a sentence end.
The built-in rules know abbreviations, initials, numbers, ordinals, lists,
quotes, ellipses, URLs and the sentence-final punctuation of many scripts
for en fr de es it pt nl da pl sk bg ru kk hy el ar fa ur hi mr am my zh ja;
other languages get default rules (and a warning). --rules runs an SRX 2.0
rule file instead (as shipped by LanguageTool, Okapi, OmegaT).

Output formats:
  text   one sentence per line, an empty line between paragraphs; line
         breaks inside a sentence become single spaces
  jsonl  {"text":"...","start":B,"end":B,"para":N} per sentence; start and
         end are byte offsets into the input file

Input must be UTF-8 text: invalid UTF-8 or a NUL byte stops with exit 2,
naming the file and line. A "sentence" longer than 1 MiB (binary junk, a
file with no punctuation) is cut at a space before 1 MiB, so memory stays
bounded on any input.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = inputNames(args)
			return segmentRun(ios, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Lang, "lang", "l", "", "language of the text (BCP 47 `tag`, e.g. en, de, fa)")
	cmd.Flags().StringVar(&opts.Rules, "rules", "", "SRX 2.0 rule `FILE` to use instead of the built-in rules")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output `format`: text or jsonl")
	return cmd
}

func segmentRun(ios *IOStreams, opts *segmentOptions) error {
	if opts.Format != "text" && opts.Format != "jsonl" {
		return usageErr(fmt.Errorf("--format %q: want text or jsonl", opts.Format))
	}
	tag, err := parseLang("lang", opts.Lang)
	if err != nil {
		return err
	}
	var segOpts []segment.Option
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
	if seg.Fallback() {
		if opts.Rules != "" {
			fmt.Fprintf(ios.ErrOut, "bitext: warning: no rules in %s for language %q; using the built-in rules\n", opts.Rules, opts.Lang)
		} else {
			fmt.Fprintf(ios.ErrOut, "bitext: warning: no built-in segmentation rules for language %q; using the default rules\n", opts.Lang)
		}
	}
	out := bufio.NewWriterSize(ios.Out, 64<<10)
	var buf []byte
	first := true
	for _, name := range opts.Files {
		in, err := openInput(ios, name)
		if err != nil {
			out.Flush()
			return err
		}
		lastPara := -1
		for s, err := range seg.Sentences(&nulChecker{r: in, name: displayName(name), line: 1}) {
			if err != nil {
				in.Close()
				out.Flush()
				return err
			}
			buf = buf[:0]
			switch opts.Format {
			case "text":
				if !first && s.Para != lastPara {
					buf = append(buf, '\n')
				}
				buf = append(buf, s.Text...)
				buf = append(buf, '\n')
			case "jsonl":
				buf = append(buf, `{"text":`...)
				buf = appendJSONString(buf, s.Text)
				buf = append(buf, `,"start":`...)
				buf = strconv.AppendInt(buf, int64(s.Start), 10)
				buf = append(buf, `,"end":`...)
				buf = strconv.AppendInt(buf, int64(s.End), 10)
				buf = append(buf, `,"para":`...)
				buf = strconv.AppendInt(buf, int64(s.Para), 10)
				buf = append(buf, "}\n"...)
			}
			first = false
			lastPara = s.Para
			if _, err := out.Write(buf); err != nil {
				in.Close()
				return fmt.Errorf("write: %w", err)
			}
		}
		in.Close()
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
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

// nulChecker passes bytes through and fails at the first NUL byte, naming
// the file and line: text with NUL bytes is binary, not prose.
type nulChecker struct {
	r    io.Reader
	name string
	line int
	err  error
}

func (c *nulChecker) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.r.Read(p)
	if i := bytes.IndexByte(p[:n], 0); i >= 0 {
		c.line += bytes.Count(p[:i], []byte{'\n'})
		c.err = badInputf("read %s: line %d: NUL byte (binary input?)", c.name, c.line)
		return i, c.err
	}
	c.line += bytes.Count(p[:n], []byte{'\n'})
	return n, err
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
