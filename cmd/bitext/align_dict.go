package main

import (
	"fmt"

	"github.com/bitext/bitext/align"
)

// openDicts opens the --dict files; one of Debian's not installed says which package installs it.
func openDicts(opts *alignOptions) ([]*align.Dict, error) {
	dicts, err := align.OpenDicts(opts.Dicts, opts.DictFormat)
	if pkg := align.MissingDebianDict(opts.Dicts); err != nil && pkg != "" {
		return nil, badInput(err, "Debian's package "+pkg+" installs it: apt-get install "+pkg)
	}
	return dicts, err
}

// orientDicts is orient(--dict files): align.OrientDicts or BatchDicts.Orient; stderr says which are reversed or left out.
func orientDicts(opts *alignOptions, dicts []*align.Dict, orient func([]*align.Dict, align.DictSides) (*align.Lexicon, []align.DictDirection, error), s align.DictSides) (*align.Lexicon, error) {
	if s.Reverse = opts.DictReverse; (s.Reverse || opts.DictFormat != align.FormatAuto) && len(dicts) == 0 {
		return nil, usageErr(fmt.Errorf("--%s needs --dict", map[bool]string{true: "dict-reverse", false: "dict-format"}[s.Reverse]))
	}
	lex, dirs, err := orient(dicts, s) // a *DictLangError is bad input
	for _, d := range dirs {
		if d.Reversed || d.Unused != "" {
			fmt.Fprintf(opts.IO.ErrOut, "bitext: dictionary %v\n", d)
		}
	}
	return lex, err
}
