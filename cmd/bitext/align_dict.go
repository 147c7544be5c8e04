package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"

	"github.com/bitext/bitext/align"
)

// openDicts opens the --dict files (align.OpenDicts); one of Debian's
// FreeDict files that is not there says which package installs it.
func openDicts(opts *alignOptions) ([]*align.Dict, error) {
	dicts, err := align.OpenDicts(opts.Dicts, opts.DictFormat)
	for _, name := range opts.Dicts {
		m := debianDict.FindStringSubmatch(name)
		if _, serr := os.Stat(name); err != nil && m != nil && errors.Is(serr, fs.ErrNotExist) && strings.Contains(err.Error(), "freedict-"+m[1]) {
			return nil, badInput(err, fmt.Sprintf("Debian's package dict-freedict-%s installs it: apt-get install dict-freedict-%[1]s", m[1]))
		}
	}
	return dicts, err
}

// debianDict is the path of a FreeDict dictionary that Debian's package
// dict-freedict-LLL-LLL installs; the group is LLL-LLL.
var debianDict = regexp.MustCompile(`^/usr/share/dictd/freedict-([a-z]{3}-[a-z]{3})\.(?:index|dict|dict\.dz)$`)

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
