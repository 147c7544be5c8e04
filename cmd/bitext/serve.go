package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	"github.com/spf13/cobra"

	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/bitext/bitext/cmd/internal/server"
	"github.com/bitext/bitext/tm"
)

type serveOptions struct {
	IO                                                            *IOStreams
	OpenTM                                                        openTMFunc
	Addr, TokenFile, ReadTokenFile, CORSOrigin                    string
	ReadOnly, Create, NoAccessLog, PublicReads, TrustForwardedFor bool
	Hosts                                                         []string
	RequestTimeout, ExportWait                                    time.Duration
	MaxExports                                                    int
}

func newServeCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	opts := &serveOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var cmd *cobra.Command
	cmd = command("serve", &cobra.Command{Use: "serve [flags]", Short: "Serve the TM over HTTP (tmserver API, JSON API) and the review page",
		Args: wantArgs(func(n int) bool { return n == 0 }, "serve takes no arguments")}, opts, func([]string) error {
		// pflag reads --host '' as no name at all: kept as an empty
		// one, which Options.Check refuses.
		if cmd.Flags().Changed("host") && len(opts.Hosts) == 0 {
			opts.Hosts = []string{""}
		}
		return nil
	}, nil, runServe)
	cmd.Flags().StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	cmd.Flags().StringVar(&opts.TokenFile, "token-file", "", "`FILE` of bearer tokens (one a line, mode 600) that may read and write; with it every request needs a token")
	cmd.Flags().StringVar(&opts.ReadTokenFile, "read-token-file", "", "`FILE` of bearer tokens (one a line, mode 600) that may only read")
	cmd.Flags().BoolVar(&opts.PublicReads, "public-reads", false, "with --token-file, let reads in without a token (only writes need one)")
	cmd.Flags().BoolVar(&opts.ReadOnly, "read-only", false, "refuse every write (the TM must exist)")
	cmd.Flags().BoolVar(&opts.Create, "create", false, "create the SQLite TM if there is none (without it a TM file that does not exist is an error)")
	cmd.Flags().StringSliceVar(&opts.Hosts, "host", nil, "with a loopback --addr, also answer requests whose Host header is `NAME`: a reverse proxy's public name (repeatable)")
	cmd.Flags().DurationVar(&opts.RequestTimeout, "request-timeout", server.DefaultRequestTimeout, "answer 503 to a request not done within `DURATION` (a locked table, a database cut off), up to 10m; imports, exports and alignments have 10m")
	cmd.Flags().IntVar(&opts.MaxExports, "max-exports", server.DefaultMaxExports, "write at most `N` exports at once (each reads the whole TM; on PostgreSQL it holds a connection of the pool, and one is always kept for lookups); more wait their turn")
	cmd.Flags().DurationVar(&opts.ExportWait, "export-wait", server.DefaultExportWait, "an export that has not had its turn within `DURATION` is refused (503, Retry-After), up to 10m")
	cmd.Flags().StringVar(&opts.CORSOrigin, "cors-origin", "", "let the browser application at `ORIGIN` (https://app.example.org) call the API from its own site: CORS preflights (OPTIONS) answered, Access-Control-Allow-Origin on its answers; its requests need a token as any other's; needs --token-file, or --read-only")
	cmd.Flags().BoolVar(&opts.TrustForwardedFor, "trust-forwarded-for", false, "take a request's client address from the X-Forwarded-For header its reverse proxy sets (the limit on wrong tokens, the access log)")
	cmd.Flags().BoolVar(&opts.NoAccessLog, "no-access-log", false, "write no line per request on standard error (time, client, method, path, status, bytes, duration)")
	return cmd
}

func runServe(ctx context.Context, opts *serveOptions) error {
	if err := server.CheckExportFlags(opts.MaxExports, opts.ExportWait); err != nil {
		return usageErr(err)
	}
	opt := server.Options{ReadOnly: opts.ReadOnly, LoopbackHosts: server.IsLoopback(opts.Addr), Hosts: opts.Hosts, Version: version, RequestTimeout: opts.RequestTimeout,
		MaxExports: opts.MaxExports, ExportWait: opts.ExportWait,
		TrustForwardedFor: opts.TrustForwardedFor, CORSOrigin: opts.CORSOrigin, Log: opts.IO.ErrOut, AccessLog: map[bool]io.Writer{false: opts.IO.ErrOut}[opts.NoAccessLog]}
	var err error
	if opt.Access, err = server.LoadAccess(opts.TokenFile, opts.ReadTokenFile, opts.PublicReads, opts.ReadOnly); err != nil {
		return badInput(err)
	} else if err := opt.Check(opts.Addr); err != nil {
		return usageErr(err) // ErrCORSOpenWrites has its hint
	}
	if opts.ReadOnly && opts.Create {
		return usageErr(errors.New("--create with --read-only: a read-only server would serve an empty TM"))
	}
	access := map[[2]bool]tmAccess{{false, false}: tmServe, {true, false}: tmMustExist, {false, true}: tmCreate}[[2]bool{opts.ReadOnly, opts.Create}]
	return withTM(ctx, opts.OpenTM, access, func(db *tm.DB) error {
		opt.DB = db
		cmdutil.StopGrace.Store(0) // server.Run's graceful stop bounds itself (DrainTimeout)
		return server.Run(ctx, opts.Addr, opt, func(a net.Addr) { fmt.Fprintf(opts.IO.ErrOut, "bitext: serving %s on http://%s/\n", db.Path(), a) })
	})
}
