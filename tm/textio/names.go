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

// NoTextLang returns why t, a code of the registry that names no language
// a text is in, cannot be a text's language, or nil: "zxx" (no linguistic
// content) and "mul" (several languages), with or without a script or
// region. A TM pairs a text with its translation, each in one language:
// tm add --tgt zxx stored units no lookup in a language would find.
// Private-use codes (qaa to qtz), which BCP 47 leaves to a team for a
// language or variety the registry lacks, and "mis" (a language without a
// code) are languages, and nil. "und" is the zero language.Tag, which
// callers take for none given and refuse in their own words.
func NoTextLang(t language.Tag) error {
	b, conf := t.Base()
	if conf != language.Exact {
		return nil
	}
	switch b.String() {
	case "zxx":
		return errors.New(`"zxx" means no linguistic content, which no translation is in: give the text's language, such as en, fr, de, fa, ar, zh-Hans, pt-BR`)
	case "mul":
		return errors.New(`"mul" means several languages: give the one language of the text, such as en, fr, de, fa, ar, zh-Hans, pt-BR`)
	}
	return nil
}

// FileLang is lang, unless it is language.Und; then the language the name
// of file states (story.en.txt: see LangFromName), else language.Und.
func FileLang(lang language.Tag, file string) language.Tag {
	if lang == language.Und {
		lang, _ = LangFromName(file)
	}
	return lang
}

// WithoutLang returns the first of names whose language neither lang nor
// its name gives (FileLang is language.Und), "" when every one has a
// language. When that input cannot be read (it is missing, or a directory:
// see CheckFiles) err is why, which is what is wrong first: a language
// would not help.
func WithoutLang(names []string, lang language.Tag) (name string, err error) {
	for _, n := range names {
		if FileLang(lang, n) == language.Und {
			return n, CheckFiles([]string{n})
		}
	}
	return "", nil
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
