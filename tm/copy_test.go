package tm

import (
	"reflect"
	"testing"
	"time"
)

// TestImportsNotLogged: an import log entry the destination holds already
// (the same file, time to the second, added and merged counts) is not
// logged again, one held entry for one copied; any other difference keeps
// the entry.
func TestImportsNotLogged(t *testing.T) {
	at := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	rec := func(file string, sec, added, merged int) ImportRecord {
		return ImportRecord{File: file, Time: at.Add(time.Duration(sec) * time.Second), Added: added, Merged: merged}
	}
	a, b := rec("a.tmx", 0, 3, 0), rec("b.tmx", 5, 2, 1)
	aLater := a
	aLater.Time = a.Time.Add(400 * time.Millisecond) // the same second
	for _, c := range []struct {
		name            string
		imports, logged []ImportRecord
		want            []ImportRecord
	}{
		{"nothing logged", []ImportRecord{a, b}, nil, []ImportRecord{a, b}},
		{"all logged", []ImportRecord{a, b}, []ImportRecord{b, a}, nil},
		{"one logged", []ImportRecord{a, b}, []ImportRecord{a}, []ImportRecord{b}},
		{"same second", []ImportRecord{a}, []ImportRecord{aLater}, nil},
		{"another second", []ImportRecord{a}, []ImportRecord{rec("a.tmx", 1, 3, 0)}, []ImportRecord{a}},
		{"another file", []ImportRecord{a}, []ImportRecord{rec("c.tmx", 0, 3, 0)}, []ImportRecord{a}},
		{"other counts", []ImportRecord{a}, []ImportRecord{rec("a.tmx", 0, 2, 1)}, []ImportRecord{a}},
		{"twice, logged once", []ImportRecord{a, a}, []ImportRecord{a}, []ImportRecord{a}},
	} {
		if got := importsNotLogged(c.imports, c.logged); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: importsNotLogged = %+v; want %+v", c.name, got, c.want)
		}
	}
}
