package main

import (
	"errors"
	"fmt"

	"github.com/bitext/bitext/align"
)

// orientDicts is the pair's lexicon from the opened --dict files
// (align.OrientDicts), saying on standard error which were read reversed.
func orientDicts(opts *alignOptions, dicts []*align.Dict, s align.DictSides) (*align.Lexicon, error) {
	if s.Reverse = opts.DictReverse; s.Reverse && len(dicts) == 0 {
		return nil, usageErr(errors.New("--dict-reverse needs --dict"))
	}
	lex, dirs, err := align.OrientDicts(dicts, s) // a *DictLangError is bad input
	for _, d := range dirs {
		if d.Reversed {
			fmt.Fprintf(opts.IO.ErrOut, "bitext: dictionary %v\n", d)
		}
	}
	return lex, err
}
