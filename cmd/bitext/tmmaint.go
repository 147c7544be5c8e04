package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/spf13/cobra"
)

// The TM's maintenance: tm delete, tm edit, tm docs, and the filter flags
// of lookup and export (help in help.txt).

func newTMMaintCmds(ios *IOStreams, g *globalOptions) []*cobra.Command {
	return []*cobra.Command{newTMDeleteCmd(ios, g, nil), newTMEditCmd(ios, g, nil), newTMDocsCmd(ios, g, nil), newTMCompactCmd(ios, g, nil)}
}

type tmCompactOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc
}

func newTMCompactCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmCompactOptions) error) *cobra.Command {
	opts := &tmCompactOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	return command("tm compact", &cobra.Command{Use: "compact", Short: "Give back what deleted units left: their index words, the file's free space (SQLite)", Args: cobra.NoArgs},
		opts, nil, runF, func(ctx context.Context, opts *tmCompactOptions) error {
			return withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) error {
				st, err := db.Compact(ctx)
				return done(err, opts.IO, "compacted %s: %d index words (%d before), %d bytes (%d before)", db.Path(), st.WordsAfter, st.WordsBefore, st.BytesAfter, st.BytesBefore)
			})
		})
}

// tmFilter binds --doc, --origin and --since.
type tmFilter struct{ f tm.UnitFilter }

func (f *tmFilter) bind(cmd *cobra.Command, verb string) {
	cmd.Flags().StringVar(&f.f.Doc, "doc", "", verb+" only the units of `FILE` (as tm docs lists it)")
	flagChoice(cmd, &f.f.Origin, "origin", verb+" only units of `ORIGIN`: aligned, imported or added", tm.OriginKinds, tm.OriginKinds)
	cmd.Flags().Var(sinceValue{&f.f.Since}, "since", verb+" only units created or changed since `DATE` (2026-12-01, or with a time)")
}

// sinceValue is a date flag: 2026-12-01, 2026-12-01T15:04:05Z or a TMX date.
type sinceValue struct{ p *time.Time }

func (sinceValue) Type() string { return "DATE" }

func (v sinceValue) String() string {
	if v.p.IsZero() {
		return ""
	}
	return v.p.Format(time.RFC3339)
}

func (v sinceValue) Set(s string) error {
	t, err := tm.ParseSince(s)
	if err == nil {
		*v.p = t
	}
	return err
}

// tmPenalty binds lookup's --aligned-penalty.
func tmPenalty(cmd *cobra.Command, p *tm.Penalties) {
	*p = tm.DefaultPenalties
	flagIntRange(cmd, &p.Aligned, "aligned-penalty", "rank aligned pairs `N` points below their score", 0, math.MaxInt)
}

// tmUser is who changes the TM, for creation and change ids: by, else
// tm.CurrentUser ($USER, $LOGNAME, the account).
func tmUser(by string) string {
	if by != "" {
		return by
	}
	return tm.CurrentUser()
}

// tmNotFound marks an error about a unit or document not stored as bad input.
func tmNotFound(err error) error {
	if errors.Is(err, tm.ErrNoSuchDocument) {
		return badInput(err, "bitext tm docs lists the documents by the names --doc takes")
	}
	if errors.Is(err, tm.ErrNoUnit) {
		return badInput(err, "tm lookup, tm concordance (--format jsonl: \"id\") and tm docs show what is stored")
	}
	return err
}

// parseIDs reads unit ids (12 or #12).
func parseIDs(args []string) ([]int64, error) {
	ids := make([]int64, len(args))
	for i, a := range args {
		id, err := strconv.ParseInt(strings.TrimPrefix(a, "#"), 10, 64)
		if err != nil || id <= 0 {
			return nil, usageErr(fmt.Errorf("unit id %q: want a positive whole number, as lookup shows it (#12 or 12)", a))
		}
		ids[i] = id
	}
	return ids, nil
}

type tmDeleteOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc
	IDs    []int64
	Doc    string
}

func newTMDeleteCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmDeleteOptions) error) *cobra.Command {
	opts := &tmDeleteOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := command("tm delete", &cobra.Command{Use: "delete ID... | --doc FILE", Short: "Delete units by id, or every unit of a document"},
		opts, func(args []string) (err error) {
			if (len(args) == 0) == (opts.Doc == "") {
				return usageErr(errors.New("give unit ids, or --doc FILE (not both)"))
			}
			opts.IDs, err = parseIDs(args)
			return err
		}, runF, runTMDelete)
	cmd.Flags().StringVar(&opts.Doc, "doc", "", "delete every unit of `FILE`")
	return cmd
}

func runTMDelete(ctx context.Context, opts *tmDeleteOptions) error {
	return withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) (err error) {
		n := 0
		if opts.Doc != "" {
			n, err = db.DeleteDocument(ctx, opts.Doc)
		} else {
			n, err = db.DeleteUnits(ctx, opts.IDs...)
		}
		return done(tmNotFound(err), opts.IO, "deleted %s", count(n, "unit", "units"))
	})
}

type tmEditOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc
	ID     int64
	Edit   tm.UnitEdit
}

func newTMEditCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmEditOptions) error) *cobra.Command {
	opts := &tmEditOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var by string
	var cmd *cobra.Command
	cmd = command("tm edit", &cobra.Command{Use: "edit ID --tgt TEXT [--lang LANG] [--by NAME]", Short: "Correct the translation of a unit",
		Args: wantArgs(func(n int) bool { return n == 1 }, `tm edit takes one unit id, the new text in --tgt and its language in --lang: tm edit 12 --tgt "Le texte corrigé." (--lang fr)`)},
		opts, func(args []string) error {
			ids, err := parseIDs(args)
			switch {
			case err != nil:
				return err
			case !cmd.Flags().Changed("tgt"):
				return usageErr(errors.New("--tgt is required"))
			case strings.TrimSpace(opts.Edit.Text) == "":
				return usageErr(errors.New("--tgt is empty"))
			}
			opts.ID, opts.Edit.By, opts.Edit.NotATag = ids[0], tmUser(by), !cmd.Flags().Changed("lang")
			return textio.CheckArg("--tgt", opts.Edit.Text)
		}, runF, runTMEdit)
	cmd.Flags().StringVar(&opts.Edit.Text, "tgt", "", "the new `TEXT`")
	flagLang(cmd, &opts.Edit.Lang, "lang", "", "the `LANG` of the variant to change (default: the translation)")
	cmd.Flags().StringVar(&by, "by", "", "`NAME` of who edits: the change id (default $USER)")
	return cmd
}

func runTMEdit(ctx context.Context, opts *tmEditOptions) error {
	return withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) error {
		changed, err := db.EditUnitIfChanged(ctx, opts.ID, opts.Edit) // the stored text writes nothing, as the server's PATCH
		if errors.Is(err, tm.ErrTagAsText) {
			err = badInput(err, fmt.Sprintf(`tm edit takes the new text in --tgt and the language in --lang: tm edit %d --tgt "the new text"; with --lang, --tgt %s is taken as the text`, opts.ID, strings.TrimSpace(opts.Edit.Text)))
		}
		return done(tmNotFound(err), opts.IO, map[bool]string{true: "edited unit %d", false: "unit %d unchanged"}[changed], opts.ID)
	})
}

type tmDocsOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc
	Format tm.Format
}

func newTMDocsCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmDocsOptions) error) *cobra.Command {
	opts := &tmDocsOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := command("tm docs", &cobra.Command{Use: "docs [--format FORMAT]", Short: "List the documents stored, with their units", Args: cobra.NoArgs},
		opts, nil, runF, runTMDocs)
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: text or jsonl", tm.FormatText, tm.FormatJSONL)
	return cmd
}

func runTMDocs(ctx context.Context, opts *tmDocsOptions) error {
	return tmResults(ctx, opts.OpenTM, opts.IO, opts.Format, func(db *tm.DB, rw *tm.ResultWriter) error {
		docs, err := db.Documents(ctx)
		for _, d := range docs {
			if err = rw.Document(d); err != nil {
				break
			}
		}
		return err
	})
}
