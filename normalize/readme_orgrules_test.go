package normalize

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestReadmeOrgRules: README.md's "organisation rules at a glance" lists
// the functions of acronymRules (rows a1...), orgRules (o1...) and
// checkOrgRules (c1...) in stages.go in their order, so that a newcomer
// who reads the table reads the order the code asks them in.
func TestReadmeOrgRules(t *testing.T) {
	code := orgRuleFuncs(t)
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`^\| ([aoc])[0-9]+ \| ([^|]*) \|`)
	name := regexp.MustCompile("`([A-Za-z]+)`")
	got := map[string][]string{}
	for _, line := range strings.Split(string(readme), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		var fns []string
		for _, n := range name.FindAllStringSubmatch(m[2], -1) {
			fns = append(fns, n[1])
		}
		got[m[1]] = append(got[m[1]], strings.Join(fns, ", "))
	}
	for _, list := range []struct{ prefix, name string }{{"a", "acronymRules"}, {"o", "orgRules"}, {"c", "checkOrgRules"}} {
		want := code[list.name]
		if len(want) == 0 {
			t.Fatalf("stages.go: no %s", list.name)
		}
		if !slices.Equal(got[list.prefix], want) {
			t.Errorf("README.md rows %s... = %q; want %s in stages.go's order, %q", list.prefix, got[list.prefix], list.name, want)
		}
	}
}

// orgRuleFuncs returns, for each of the rule tables of stages.go, the
// functions each rule calls (wrappers and parameters left out), joined
// by ", ", in the table's order.
func orgRuleFuncs(t *testing.T) map[string][]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "stages.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	skip := map[string]bool{"withoutGlossary": true, "eitherWay": true, "a": true, "b": true, "g": true, "_": true, "string": true, "bool": true, "Glossary": true}
	out := map[string][]string{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Names) != 1 || len(vs.Values) != 1 {
				continue
			}
			switch vs.Names[0].Name {
			case "acronymRules", "orgRules", "checkOrgRules":
			default:
				continue
			}
			table, ok := vs.Values[0].(*ast.CompositeLit)
			if !ok {
				t.Fatalf("stages.go: %s is not a composite literal", vs.Names[0].Name)
			}
			for _, e := range table.Elts {
				rule := e.(*ast.CompositeLit)
				var fns []string
				ast.Inspect(rule.Elts[0], func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok && !skip[id.Name] && !slices.Contains(fns, id.Name) {
						fns = append(fns, id.Name)
					}
					return true
				})
				out[vs.Names[0].Name] = append(out[vs.Names[0].Name], strings.Join(fns, ", "))
			}
		}
	}
	return out
}
