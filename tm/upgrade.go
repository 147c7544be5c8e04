package tm

import (
	"context"
	"fmt"

	"github.com/bitext/bitext/tm/textio"
)

// Upgrade is what a store says when opening a TM brought its schema up
// to date: the TM, the schema version it had and the one it has now, and
// how many units had their identity hash made again (Rehashed: a SQLite
// TM of schema 2, made before units were told apart by their tuid, props,
// notes and change date, so that importing the same file again merged
// nothing and stored every such unit twice).
type Upgrade struct {
	Path     string
	From, To int
	Rehashed int
}

// String says it for a person: what changed, that nothing was lost, and
// that an older bitext now refuses the TM.
func (u Upgrade) String() string {
	s := fmt.Sprintf("upgraded the translation memory %s from schema %d to %d", u.Path, u.From, u.To)
	if u.Rehashed > 0 {
		s += fmt.Sprintf(" (%s given the identity a new import merges with)", textio.Count(u.Rehashed, "unit", "units"))
	}
	return s + "; every unit and glossary entry is kept; a bitext older than this one now refuses it"
}

type upgradeKey struct{}

// WithUpgrade returns ctx carrying f: a store opened with the context
// calls f once, before Open returns, when it brought the schema of an
// existing TM up to date (a new TM is not upgraded). A command line says
// so: the change is for good, and a colleague's older bitext refuses the
// file from then on; a library has no place to print. Both stores call
// it (PostgreSQL: Rehashed is 0, its TMs were never hashed by the older
// rule; Path is a PostgreSQL TM's URL without its password).
func WithUpgrade(ctx context.Context, f func(Upgrade)) context.Context {
	return context.WithValue(ctx, upgradeKey{}, f)
}

// UpgradeFunc returns the function WithUpgrade put in ctx, or nil.
func UpgradeFunc(ctx context.Context) func(Upgrade) {
	f, _ := ctx.Value(upgradeKey{}).(func(Upgrade))
	return f
}

// UnitHash is the identity hash Import gives u (UnitRecord.Hash), by
// which a unit imported again merges with the stored one: a store whose
// units were hashed by an older rule hashes them again with it. The error
// is u's own (ErrBadUnit).
func UnitHash(u Unit) (int64, error) {
	var p preparer
	pu, err := p.prepare(u)
	return pu.Hash, err
}
