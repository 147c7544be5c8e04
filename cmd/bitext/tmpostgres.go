package main

import (
	"context"
	"fmt"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres"
)

// openPostgres opens the TM in the PostgreSQL database of url (--db or
// $BITEXT_DB is a postgres:// URL) for access, as tmOpener does a file: a
// database without a TM is "missing".
func (g *globalOptions) openPostgres(ctx context.Context, ios *IOStreams, url string, access tmAccess) (*tm.DB, error) {
	has, err := postgres.HasTM(ctx, url)
	if err != nil {
		return nil, tmDBErr(err)
	}
	switch {
	case !has && access == tmMustExist:
		return nil, badInput(fmt.Errorf("open %s: no translation memory there", postgres.Redact(url)),
			"bitext tm import or bitext tm add creates it; --db or $BITEXT_DB names another")
	case !has && (access == tmIfThere || access == tmIfExists && g.DB == ""):
		return nil, nil
	case !has && access == tmIfExists:
		return nil, badInput(fmt.Errorf("open %s: no translation memory there", postgres.Redact(url)),
			"--db must name an existing translation memory here")
	}
	s, err := postgres.Open(ctx, url)
	if err != nil {
		return nil, tmDBErr(err)
	}
	if !has {
		fmt.Fprintf(ios.ErrOut, "bitext: created a new translation memory in %s\n", s.Location())
	}
	return tm.New(s), nil
}
