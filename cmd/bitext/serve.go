package main

import (
	"context"
	"fmt"
	"net"

	"github.com/spf13/cobra"

	"github.com/bitext/bitext/cmd/internal/server"
	"github.com/bitext/bitext/tm"
)

// serveOptions are the options of `bitext serve`.
type serveOptions struct {
	IO        *IOStreams
	OpenTM    openTMFunc
	Addr      string // --addr HOST:PORT
	TokenFile string // --token-file: the bearer token write routes need
	ReadOnly  bool   // --read-only
}

func newServeCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	opts := &serveOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve the TM over HTTP (tmserver API, JSON API) and the review page",
		Long: `Serve the translation memory over HTTP until interrupted: Translate Toolkit's
tmserver API under /tmserver/ (Weblate, Virtaal), bitext's JSON API under
/api/v1/ (described at /api/v1/openapi.json), and at / a page to search the
TM, review alignments and names. It listens on the loopback interface; an
--addr beyond it needs --token-file, whose token every write must carry
(Authorization: Bearer). SIGTERM or Ctrl-C drains the requests in flight,
closes the TM and exits 0.`,
		Example: `  bitext serve --db team.db
  bitext serve --addr 0.0.0.0:8080 --token-file /etc/bitext/token --read-only`,
		Args: wantArgs(func(n int) bool { return n == 0 }, "serve takes no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error { return runServe(cmd.Context(), opts) },
	}
	cmd.Flags().StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	cmd.Flags().StringVar(&opts.TokenFile, "token-file", "", "`FILE` holding the bearer token that write routes need")
	cmd.Flags().BoolVar(&opts.ReadOnly, "read-only", false, "refuse every write (the TM must exist)")
	return cmd
}

func runServe(ctx context.Context, opts *serveOptions) error {
	token, err := server.LoadToken(opts.TokenFile)
	if err != nil {
		return badInput(err)
	}
	if err := server.CheckAddr(opts.Addr, token != ""); err != nil {
		return usageErr(err)
	}
	access := map[bool]tmAccess{false: tmCreate, true: tmMustExist}[opts.ReadOnly]
	return withTM(ctx, opts.OpenTM, access, func(db *tm.DB) error {
		h, err := server.New(server.Options{DB: db, ReadOnly: opts.ReadOnly, Token: token,
			LoopbackHosts: server.IsLoopback(opts.Addr), Version: version})
		if err != nil {
			return err
		}
		return server.ListenAndServe(ctx, opts.Addr, h, func(a net.Addr) {
			fmt.Fprintf(opts.IO.ErrOut, "bitext: serving %s on http://%s/\n", db.Path(), a)
		})
	})
}
