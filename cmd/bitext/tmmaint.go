package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/spf13/cobra"
)

// The TM's maintenance: tm delete, tm edit, tm docs, and the filter flags
// of lookup and export.

func newTMMaintCmds(ios *IOStreams, g *globalOptions) []*cobra.Command {
	return []*cobra.Command{newTMDeleteCmd(ios, g, nil), newTMEditCmd(ios, g, nil), newTMDocsCmd(ios, g, nil)}
}

// tmFilter binds --doc, --origin and --since.
type tmFilter struct{ f tm.UnitFilter }

func (f *tmFilter) bind(cmd *cobra.Command, verb string) {
	cmd.Flags().StringVar(&f.f.Doc, "doc", "", verb+" only the units of `FILE` (as tm docs lists it)")
	origins := []string{tm.OriginAligned, tm.OriginImported, tm.OriginAdded}
	flagChoice(cmd, &f.f.Origin, "origin", verb+" only units of `ORIGIN`: aligned, imported or added", origins, origins)
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
	for _, layout := range []string{time.DateOnly, time.RFC3339, "20060102T150405Z"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			*v.p = t
			return nil
		}
	}
	return fmt.Errorf("want a date such as 2026-12-01 or 2026-12-01T15:04:05Z")
}

// tmUser is who changes the TM, for change ids: --by, else $USER.
func tmUser(by string) string {
	if by != "" {
		return by
	}
	return os.Getenv("USER")
}

// tmNotFound marks the errors about a unit or document that is not stored
// as bad input.
func tmNotFound(err error) error {
	if errors.Is(err, tm.ErrNoUnit) || errors.Is(err, tm.ErrNoDocument) {
		return badInput(err, "tm lookup, tm concordance (--format jsonl: \"id\") and tm docs show what is stored")
	}
	return err
}

// parseIDs reads unit ids.
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
	cmd := &cobra.Command{
		Use:   "delete ID... | --doc FILE",
		Short: "Delete units by id, or every unit of a document",
		Long: `Delete the units with the ids given (as tm lookup and tm concordance show
them: #12 or 12), or with --doc every unit imported from FILE (as tm docs
lists it), in one transaction: if an id is not in the TM, nothing is deleted.
A deleted unit's id is never given to another unit.`,
		Example: `  bitext tm delete 12 15
  bitext tm delete --doc old-memory.tmx`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if (len(args) == 0) == (opts.Doc == "") {
				return usageErr(errors.New("give unit ids, or --doc FILE (not both)"))
			}
			var err error
			if opts.IDs, err = parseIDs(args); err != nil {
				return err
			}
			return runOr(cmd.Context(), opts, runF, runTMDelete)
		},
	}
	cmd.Flags().StringVar(&opts.Doc, "doc", "", "delete every unit of `FILE`")
	return cmd
}

func runTMDelete(ctx context.Context, opts *tmDeleteOptions) error {
	return withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) error {
		var n int
		var err error
		if opts.Doc != "" {
			n, err = db.DeleteDocument(ctx, opts.Doc)
		} else {
			n, err = db.DeleteUnits(ctx, opts.IDs...)
		}
		return done(tmNotFound(err), opts.IO, "deleted %d units", n)
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
	cmd := &cobra.Command{
		Use:   "edit ID --tgt TEXT [--lang LANG] [--by NAME]",
		Short: "Correct the translation of a unit",
		Long: `Replace the translation of the unit ID (as tm lookup shows it) with TEXT,
keeping the unit's id, source, context and metadata; its change date becomes
now and its change id --by (else $USER), which tm export writes as changedate
and changeid. An edited aligned pair is confirmed: lookups no longer penalize
it as aligned. --lang picks the variant of a unit with more than two
languages (or the source, to correct that).`,
		Example: `  bitext tm edit 12 --tgt "Le ministre est arrivé lundi."
  bitext tm edit 12 --lang en --tgt "The minister arrived on Monday." --by anna`,
		Args: wantArgs(func(n int) bool { return n == 1 }, "give one unit id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ids, err := parseIDs(args)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("tgt") {
				return usageErr(errors.New("--tgt is required"))
			}
			if err := tmCheckArg("--tgt", opts.Edit.Text); err != nil {
				return err
			}
			if strings.TrimSpace(opts.Edit.Text) == "" {
				return usageErr(errors.New("--tgt is empty"))
			}
			opts.ID, opts.Edit.By = ids[0], tmUser(by)
			return runOr(cmd.Context(), opts, runF, runTMEdit)
		},
	}
	cmd.Flags().StringVar(&opts.Edit.Text, "tgt", "", "the new `TEXT`")
	flagLang(cmd, &opts.Edit.Lang, "lang", "", "the `LANG` of the variant to change (default: the translation)")
	cmd.Flags().StringVar(&by, "by", "", "`NAME` of who edits: the change id (default $USER)")
	return cmd
}

func runTMEdit(ctx context.Context, opts *tmEditOptions) error {
	return withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) error {
		return done(tmNotFound(db.EditUnit(ctx, opts.ID, opts.Edit)), opts.IO, "edited unit %d", opts.ID)
	})
}

type tmDocsOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc
	Format tm.Format
}

func newTMDocsCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmDocsOptions) error) *cobra.Command {
	opts := &tmDocsOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := &cobra.Command{
		Use:   "docs [--format FORMAT]",
		Short: "List the documents stored, with their units",
		Long: `List the files the TM's units came from (imported files, aligned source
documents), one a line: UNITS<TAB>FILE; jsonl: {"doc","units"}. tm delete
--doc removes one; lookup and export --doc keep only its units.`,
		Example: `  bitext tm docs`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOr(cmd.Context(), opts, runF, runTMDocs)
		},
	}
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: text or jsonl", tm.FormatText, tm.FormatJSONL)
	return cmd
}

func runTMDocs(ctx context.Context, opts *tmDocsOptions) error {
	return withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) error {
		docs, err := db.Documents(ctx)
		if err != nil {
			return err
		}
		out := bufio.NewWriter(opts.IO.Out)
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		for _, d := range docs {
			if opts.Format == tm.FormatJSONL {
				enc.Encode(struct {
					Doc   string `json:"doc"`
					Units int    `json:"units"`
				}{d.Name, d.Units})
			} else {
				fmt.Fprintf(out, "%d\t%s\n", d.Units, d.Name)
			}
		}
		return flushErr(out)
	})
}

// tmPenalty binds lookup's --aligned-penalty.
func tmPenalty(cmd *cobra.Command, p *tm.Penalties) {
	*p = tm.DefaultPenalties
	flagIntRange(cmd, &p.Aligned, "aligned-penalty", "lower the score of aligned pairs by `N` points", 0, math.MaxInt)
}
