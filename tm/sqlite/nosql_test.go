package sqlite

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sqlText matches the SQL statements that only this package may hold.
var sqlText = regexp.MustCompile(`SELECT |INSERT INTO|CREATE TABLE|UPDATE .* SET|DELETE FROM`)

// storeOnly are the imports that only the store packages may use.
var storeOnly = []string{"database/sql", "github.com/mattn/go-sqlite3", "github.com/jackc/pgx/v5"}

// stores are the packages that talk to a database: this one and
// tm/postgres.
var stores = []string{".", "../postgres"}

// TestNoSQLOutsideStore checks the module's non-test Go files: outside
// tm/sqlite and tm/postgres none imports database/sql or a database
// driver, and none holds SQL in a string literal. Storage goes through
// tm.Store.
func TestNoSQLOutsideStore(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found at %s: %v", root, err)
	}
	skip := map[string]bool{}
	for _, d := range stores {
		p, _ := filepath.Abs(d)
		skip[p] = true
	}
	checked := 0
	err = filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := e.Name()
		if e.IsDir() {
			if skip[path] || (path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		checked++
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			for _, bad := range storeOnly {
				if p == bad || strings.HasPrefix(p, bad+"/") {
					t.Errorf("%s imports %s: only tm/sqlite and tm/postgres talk to a database", rel, p)
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			if s, err := strconv.Unquote(lit.Value); err == nil && sqlText.MatchString(s) {
				t.Errorf("%s: SQL in a string literal (%.40q): only the store packages hold SQL", fset.Position(lit.Pos()), s)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Errorf("checked %d files; the walk missed the module", checked)
	}
}
