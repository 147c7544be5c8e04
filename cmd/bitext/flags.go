package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

// Typed flags: each value is parsed and checked when the flag is set, so an
// options struct holds a language.Tag or a known format rather than a string
// to check later, and a bad value is a usage error (exit 2) before any work
// starts: `invalid argument "xml" for "--format" flag: want text or jsonl`.
// Enumerated and language flags register their shell completion too.

// langValue is a BCP 47 language tag; unset, it is language.Und.
type langValue struct{ p *language.Tag }

func (v langValue) String() string {
	if *v.p == language.Und {
		return ""
	}
	return v.p.String()
}

func (v langValue) Set(s string) error {
	t, err := parseTag(s)
	if err == nil {
		*v.p = t
	}
	return err
}

func (langValue) Type() string { return "LANG" }

// parseTag parses a BCP 47 tag, refusing ill-formed ones and well-formed
// ones naming no known language ("xx"), which are typing mistakes.
func parseTag(s string) (language.Tag, error) {
	t, err := language.Parse(s)
	var unknown interface{ Subtag() string }
	switch {
	case errors.As(err, &unknown):
		return language.Und, fmt.Errorf("well-formed but unknown language; use a registered tag such as en, fr, de, fa, ar, zh-Hans, pt-BR")
	case err != nil || s == "":
		return language.Und, fmt.Errorf("not a BCP 47 language tag; use one such as en, fr, de, fa, ar, zh-Hans, pt-BR")
	}
	return t, nil
}

// flagLang defines a language flag (shorthand may be "").
func flagLang(cmd *cobra.Command, p *language.Tag, name, shorthand, usage string) {
	cmd.Flags().VarP(langValue{p}, name, shorthand, usage)
	cmd.RegisterFlagCompletionFunc(name, completeLangs)
}

// langsValue is a list of language tags, comma-separated or repeated.
type langsValue struct{ p *[]language.Tag }

func (v langsValue) String() string {
	s := make([]string, len(*v.p))
	for i, t := range *v.p {
		s[i] = t.String()
	}
	return strings.Join(s, ",")
}

func (v langsValue) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		t, err := parseTag(strings.TrimSpace(part))
		if err != nil {
			return fmt.Errorf("%q: %w", part, err)
		}
		*v.p = append(*v.p, t)
	}
	return nil
}

func (langsValue) Type() string { return "LANG,..." }

// flagLangs defines a flag of several languages.
func flagLangs(cmd *cobra.Command, p *[]language.Tag, name, shorthand, usage string) {
	cmd.Flags().VarP(langsValue{p}, name, shorthand, usage)
	cmd.RegisterFlagCompletionFunc(name, completeLangs)
}

// choiceValue is one of a fixed list of names, each standing for a value
// of type T (a format name, a quote mode).
type choiceValue[T any] struct {
	p      *T
	names  []string
	values []T
}

func (v choiceValue[T]) String() string {
	for i, x := range v.values {
		if fmt.Sprint(x) == fmt.Sprint(*v.p) {
			return v.names[i]
		}
	}
	return ""
}

func (v choiceValue[T]) Set(s string) error {
	i := slices.Index(v.names, s)
	if i < 0 {
		return fmt.Errorf("want %s", orList(v.names))
	}
	*v.p = v.values[i]
	return nil
}

func (v choiceValue[T]) Type() string { return "string" }

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// flagChoice defines a flag whose value is one of names, standing for the
// value at the same index of values; *p is left as the caller set it (the
// default).
func flagChoice[T any](cmd *cobra.Command, p *T, name, usage string, names []string, values []T) {
	cmd.Flags().Var(choiceValue[T]{p, names, values}, name, usage)
	cmd.RegisterFlagCompletionFunc(name, completeValues(names...))
}

// flagEnum defines a string flag taking one of values; the first is the
// default.
func flagEnum(cmd *cobra.Command, p *string, name, usage string, values ...string) {
	*p = values[0]
	flagChoice(cmd, p, name, usage, values, values)
}

// rangeValue is a number from min to max.
type rangeValue struct {
	p        *float64
	min, max float64
}

func (v rangeValue) String() string { return strconv.FormatFloat(*v.p, 'g', -1, 64) }

func (v rangeValue) Set(s string) error {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || x < v.min || x > v.max {
		return fmt.Errorf("want a number from %g to %g", v.min, v.max)
	}
	*v.p = x
	return nil
}

func (rangeValue) Type() string { return "float" }

// flagRange defines a number flag that must lie in [min, max]; *p is the
// default.
func flagRange(cmd *cobra.Command, p *float64, name, usage string, min, max float64) {
	cmd.Flags().Var(rangeValue{p, min, max}, name, usage)
}

// intRangeValue is a whole number from min to max.
type intRangeValue struct {
	p        *int
	min, max int
}

func (v intRangeValue) String() string { return strconv.Itoa(*v.p) }

func (v intRangeValue) Set(s string) error {
	x, err := strconv.Atoi(s)
	if err != nil || x < v.min || x > v.max {
		if v.max == math.MaxInt {
			return fmt.Errorf("want a whole number of at least %d", v.min)
		}
		return fmt.Errorf("want a whole number from %d to %d", v.min, v.max)
	}
	*v.p = x
	return nil
}

func (intRangeValue) Type() string { return "int" }

// flagIntRange defines a whole-number flag in [min, max] (max math.MaxInt:
// no upper bound); *p is the default.
func flagIntRange(cmd *cobra.Command, p *int, name, usage string, min, max int) {
	cmd.Flags().Var(intRangeValue{p, min, max}, name, usage)
}
