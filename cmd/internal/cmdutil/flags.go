// Package cmdutil holds the command-line machinery of bitext's commands
// that is not about any one command (as cli/cli's pkg/cmdutil): typed flag
// values, parsed and checked when the flag is set, so that an options
// struct holds a language.Tag or a known format rather than a string to
// check later, and a bad value is a usage error before any work starts:
// `invalid argument "xml" for "--format" flag: want text or jsonl`.
// Enumerated and language flags register their shell completion too.
package cmdutil

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm/textio"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/text/language"
)

// CompleteValues offers values for a flag in shell completion:
// cmd.RegisterFlagCompletionFunc("format", CompleteValues("text", "jsonl")).
func CompleteValues(values ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
}

// CommonLangs are the language tags shell completion offers for language
// flags: those with built-in segmentation rules. Any BCP 47 tag is taken.
var CommonLangs = []string{"en", "fr", "de", "es", "it", "pt", "nl", "da", "pl", "sk", "bg", "ru", "kk",
	"hy", "el", "ar", "fa", "ur", "hi", "mr", "am", "my", "zh", "ja"}

// CompleteLangs offers CommonLangs for a language flag.
var CompleteLangs = CompleteValues(CommonLangs...)

// Lang defines a language flag (shorthand may be ""); unset, the tag is
// language.Und.
func Lang(cmd *cobra.Command, p *language.Tag, name, shorthand, usage string) {
	cmd.Flags().VarP(langValue{p}, name, shorthand, usage)
	cmd.RegisterFlagCompletionFunc(name, CompleteLangs)
}

// Langs defines a flag of several languages, comma-separated or
// repeated.
func Langs(cmd *cobra.Command, p *[]language.Tag, name, shorthand, usage string) {
	cmd.Flags().VarP(langsValue{p}, name, shorthand, usage)
	cmd.RegisterFlagCompletionFunc(name, CompleteLangs)
}

// Choice defines a flag whose value is one of names, standing for the
// value at the same index of values; *p is the default.
func Choice[T any](cmd *cobra.Command, p *T, name, usage string, names []string, values []T) {
	cmd.Flags().Var(choiceValue[T]{p, names, values}, name, usage)
	cmd.RegisterFlagCompletionFunc(name, CompleteValues(names...))
}

// Enum defines a flag taking one of values (strings, or a string type
// such as tm.Format); the first is the default.
func Enum[T ~string](cmd *cobra.Command, p *T, name, usage string, values ...T) {
	*p = values[0]
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = string(v)
	}
	Choice(cmd, p, name, usage, names, values)
}

// Range defines a number flag in [min, max]; *p is the default. With
// zeroAs, a 0 given on the command line is stored as zeroAs[0]: for an
// option of a library whose 0 means "the default" (align.Options'
// ReviewBelow: --review-below 0 is align.ReviewNone, else it silently
// meant 0.4).
func Range(cmd *cobra.Command, p *float64, name, usage string, min, max float64, zeroAs ...float64) {
	if len(zeroAs) > 0 {
		cmd.Flags().Var(zeroAsValue{numValue[float64]{p, min, max}, zeroAs[0]}, name, usage)
		return
	}
	cmd.Flags().Var(numValue[float64]{p, min, max}, name, usage)
}

// zeroAsValue is a numValue that stores a 0 as zero (and shows zero as 0).
type zeroAsValue struct {
	numValue[float64]
	zero float64
}

func (v zeroAsValue) String() string {
	if *v.p == v.zero {
		return "0"
	}
	return v.numValue.String()
}

func (v zeroAsValue) Set(s string) error {
	if err := v.numValue.Set(s); err != nil {
		return err
	}
	if *v.p == 0 {
		*v.p = v.zero
	}
	return nil
}

// IntRange defines a whole-number flag in [min, max] (max math.MaxInt:
// no upper bound); *p is the default.
func IntRange(cmd *cobra.Command, p *int, name, usage string, min, max int) {
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
	*v.p, err = parseFlagLang(s)
	return err
}

// errUndetermined: "und" parses to the zero language, which a flag takes
// for none given: tm add --tgt und said "--tgt is required".
var errUndetermined = errors.New(`"und" is the undetermined language, which no text is in: give the text's language, such as en, fr, de, fa, ar, zh-Hans, pt-BR`)

// parseFlagLang is textio.ParseLang refusing "und" (errUndetermined),
// "zxx" and "mul" (textio.NoTextLang).
func parseFlagLang(s string) (language.Tag, error) {
	t, err := textio.ParseLang(s)
	if err == nil && t == language.Und {
		return t, errUndetermined
	}
	if err == nil {
		if err := textio.NoTextLang(t); err != nil {
			return language.Und, err
		}
	}
	return t, err
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
		t, err := parseFlagLang(strings.TrimSpace(part))
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

// notPaths are the flags RefuseEmptyPaths may be given that name no file:
// their empty value is no "empty path".
var notPaths = map[string]bool{"cors-origin": true}

// refuseWithout refuses a flag given whose usage starts "with --OTHER:"
// when --OTHER is not given (or is false): `names discover --dry-run` and
// `--kind person` without --accept were taken and did nothing, as if the
// dry run had found nothing to store. It is bad usage naming both flags.
func refuseWithout(cmd *cobra.Command) error {
	var err error
	cmd.Flags().Visit(func(f *pflag.Flag) {
		rest, ok := strings.CutPrefix(f.Usage, "with --")
		other, _, colon := strings.Cut(rest, ":")
		if !ok || !colon || err != nil {
			return
		}
		if o := cmd.Flags().Lookup(other); o != nil && (!o.Changed || o.Value.String() == "false") {
			err = UsageErr(fmt.Errorf("--%s works only with --%s: add --%s, or leave --%s out", f.Name, other, other, f.Name))
		}
	})
	return err
}

// RefuseEmptyPaths makes each flag of root's commands named in hints (a
// flag's name, without dashes, to what leaving it out does) refuse an
// empty value given: `-o "$OUT"` with OUT unset wrote to standard output,
// `--rules "$SRX"` segmented with the built-in rules, `--token-file "$F"` served
// without tokens, as if the flag were left out (pflag reads "" as a
// value). It is bad usage (exit 2) naming the flag, before the command
// runs. It also refuses a flag given without the flag its usage says it
// goes "with" (refuseWithout). It sets root's PersistentPreRunE, which no
// subcommand overrides.
func RefuseEmptyPaths(root *cobra.Command, hints map[string]string) {
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if err := refuseWithout(cmd); err != nil {
			return err
		}
		for _, name := range slices.Sorted(maps.Keys(hints)) {
			if f := cmd.Flags().Lookup(name); f != nil && f.Changed && strings.TrimSpace(f.Value.String()) == "" {
				flag := "--" + name
				if f.Shorthand != "" {
					flag = "-" + f.Shorthand + "/" + flag
				}
				what, path := "empty path", "path"
				if notPaths[name] {
					what, path = "empty value", "value"
				}
				if f.Value.String() != "" { // --db " " made a TM file named " "
					what = fmt.Sprintf("%s %q of spaces only", path, f.Value.String())
				}
				return UsageErr(fmt.Errorf("%s: %s (a shell variable not set?)", flag, what), "leave "+flag+" out "+hints[name])
			}
		}
		return nil
	}
}
