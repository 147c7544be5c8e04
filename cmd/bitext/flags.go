package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm/textio"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

// Typed flags: a value is parsed and checked when the flag is set, so an
// options struct holds a language.Tag or a known format rather than a string
// to check later, and a bad value is a usage error (exit 2) before any work
// starts: `invalid argument "xml" for "--format" flag: want text or jsonl`.
// Enumerated and language flags register their shell completion too.

// flagLang defines a language flag (shorthand may be ""); unset, the tag is
// language.Und.
func flagLang(cmd *cobra.Command, p *language.Tag, name, shorthand, usage string) {
	cmd.Flags().VarP(langValue{p}, name, shorthand, usage)
	cmd.RegisterFlagCompletionFunc(name, completeLangs)
}

// flagLangs defines a flag of several languages, comma-separated or
// repeated.
func flagLangs(cmd *cobra.Command, p *[]language.Tag, name, shorthand, usage string) {
	cmd.Flags().VarP(langsValue{p}, name, shorthand, usage)
	cmd.RegisterFlagCompletionFunc(name, completeLangs)
}

// flagChoice defines a flag whose value is one of names, standing for the
// value at the same index of values; *p is the default.
func flagChoice[T any](cmd *cobra.Command, p *T, name, usage string, names []string, values []T) {
	cmd.Flags().Var(choiceValue[T]{p, names, values}, name, usage)
	cmd.RegisterFlagCompletionFunc(name, completeValues(names...))
}

// flagEnum defines a flag taking one of values (strings, or a string type
// such as tm.Format); the first is the default.
func flagEnum[T ~string](cmd *cobra.Command, p *T, name, usage string, values ...T) {
	*p = values[0]
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = string(v)
	}
	flagChoice(cmd, p, name, usage, names, values)
}

// flagRange defines a number flag in [min, max]; *p is the default.
func flagRange(cmd *cobra.Command, p *float64, name, usage string, min, max float64) {
	cmd.Flags().Var(numValue[float64]{p, min, max}, name, usage)
}

// flagIntRange defines a whole-number flag in [min, max] (max math.MaxInt:
// no upper bound); *p is the default.
func flagIntRange(cmd *cobra.Command, p *int, name, usage string, min, max int) {
	cmd.Flags().Var(numValue[int]{p, min, max}, name, usage)
}

type langValue struct{ p *language.Tag }

func (v langValue) Type() string { return "LANG" }

func (v langValue) String() string {
	if *v.p == language.Und {
		return ""
	}
	return v.p.String()
}

func (v langValue) Set(s string) (err error) {
	*v.p, err = textio.ParseLang(s)
	return err
}

type langsValue struct{ p *[]language.Tag }

func (langsValue) Type() string { return "LANG,..." }

func (v langsValue) String() string {
	s := make([]string, len(*v.p))
	for i, t := range *v.p {
		s[i] = t.String()
	}
	return strings.Join(s, ",")
}

func (v langsValue) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		t, err := textio.ParseLang(strings.TrimSpace(part))
		if err != nil {
			return fmt.Errorf("%q: %w", part, err)
		}
		*v.p = append(*v.p, t)
	}
	return nil
}

type choiceValue[T any] struct {
	p      *T
	names  []string
	values []T
}

func (choiceValue[T]) Type() string { return "string" }

func (v choiceValue[T]) String() string {
	i := slices.IndexFunc(v.values, func(x T) bool { return fmt.Sprint(x) == fmt.Sprint(*v.p) })
	if i < 0 {
		return ""
	}
	return v.names[i]
}

func (v choiceValue[T]) Set(s string) error {
	i := slices.Index(v.names, s)
	if i < 0 {
		return fmt.Errorf("want %s", orList(v.names))
	}
	*v.p = v.values[i]
	return nil
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// numValue is a number from min to max.
type numValue[T int | float64] struct {
	p        *T
	min, max T
}

func (numValue[T]) Type() string { return "number" }

func (v numValue[T]) String() string { return fmt.Sprint(*v.p) }

func (v numValue[T]) Set(s string) error {
	x, err := strconv.ParseFloat(s, 64)
	n, half := T(x), 0.5
	if err != nil || math.IsNaN(x) || float64(n) != x || n < v.min || n > v.max {
		switch whole := T(half) == 0; {
		case whole && float64(v.max) == float64(math.MaxInt):
			return fmt.Errorf("want a whole number of at least %v", v.min)
		case whole:
			return fmt.Errorf("want a whole number from %v to %v", v.min, v.max)
		}
		return fmt.Errorf("want a number from %v to %v", v.min, v.max)
	}
	*v.p = n
	return nil
}
