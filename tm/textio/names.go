package textio

import (
	"errors"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
)

// ParseLang parses a BCP 47 language tag as a person types it (a flag, a
// form field), refusing ill-formed tags and well-formed ones naming no
// known language ("xx"), which are typing mistakes. The error says which,
// and what a good tag looks like.
func ParseLang(s string) (language.Tag, error) {
	t, err := language.Parse(s)
	var unknown interface{ Subtag() string }
	switch {
	case errors.As(err, &unknown):
		return language.Und, errors.New("well-formed but unknown language; use a registered tag such as en, fr, de, fa, ar, zh-Hans, pt-BR")
	case err != nil || s == "":
		return language.Und, errors.New("not a BCP 47 language tag; use one such as en, fr, de, fa, ar, zh-Hans, pt-BR")
	}
	return t, nil
}

// IsStream reports whether name is "-" (standard input), a standard stream
// or another open descriptor (/dev/stdin, /dev/fd/0, /proc/self/fd/1): a
// rewrite in place of it would rewrite whatever file the shell redirected,
// or fail on a pipe.
func IsStream(name string) bool {
	clean := filepath.Clean(name)
	return name == "-" || clean == "/dev/stdin" || clean == "/dev/stdout" || clean == "/dev/stderr" || strings.HasPrefix(clean, "/dev/fd/") ||
		strings.HasPrefix(clean, "/proc/self/fd/") || strings.HasPrefix(clean, "/proc/thread-self/fd/")
}
