// Command skips reads `go test -json` on standard input and keeps CI
// honest about skipped tests: a test that needs a client or service skips
// where it is missing, and .ci/run installs every one of them, so in CI a
// skip is a missing install step unless the test is listed in the file
// named by the argument (lines "PACKAGE TEST  # why", PACKAGE relative to
// the module, "." for its root; blank lines and # comments ignored).
//
// It prints what `go test` prints without -v (a line per package, the
// output of failing tests), then every skip not listed, with the test's
// message, and exits 1 if a test failed or such a skip happened.
//
//	go test -json ./... | go run ./testdata/ci/skips testdata/ci/allowed-skips.txt
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type event struct {
	Action, Package, Test, Output string
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go test -json ./... | skips ALLOWED-FILE")
		os.Exit(2)
	}
	allowed, module, err := readAllowed(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "skips:", err)
		os.Exit(2)
	}
	failed, skipped, err := scan(os.Stdin, os.Stdout, module, allowed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "skips:", err)
		os.Exit(2)
	}
	if len(skipped) > 0 {
		fmt.Printf("\n%d tests skipped that CI must run (install what they need in .ci/run, or list them in %s with the reason):\n", len(skipped), os.Args[1])
		for _, s := range skipped {
			fmt.Println(s)
		}
	}
	if failed || len(skipped) > 0 {
		os.Exit(1)
	}
}

// readAllowed reads the allowed skips ("pkg Test") and the module path
// (from go.mod beside the working directory).
func readAllowed(name string) (map[string]bool, string, error) {
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return nil, "", err
	}
	module := ""
	for _, l := range strings.Split(string(mod), "\n") {
		if f := strings.Fields(l); len(f) == 2 && f[0] == "module" {
			module = f[1]
		}
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, "", err
	}
	allowed := map[string]bool{}
	for i, l := range strings.Split(string(data), "\n") {
		if j := strings.IndexByte(l, '#'); j >= 0 {
			l = l[:j]
		}
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return nil, "", fmt.Errorf("%s:%d: want PACKAGE TEST, got %q", name, i+1, l)
		}
		allowed[f[0]+" "+f[1]] = true
	}
	return allowed, module, nil
}

// scan copies the package lines and failing tests' output to w, and
// returns whether anything failed and the skips not allowed.
func scan(r io.Reader, w io.Writer, module string, allowed map[string]bool) (failed bool, skipped []string, err error) {
	out := map[string]*strings.Builder{} // package + test -> output so far
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Fprintln(w, sc.Text()) // a build error, not an event
			continue
		}
		key := e.Package + " " + e.Test
		switch e.Action {
		case "build-output": // a package that does not compile
			fmt.Fprint(w, e.Output)
		case "build-fail":
			failed = true
		case "output":
			if e.Test == "" {
				if !strings.HasPrefix(e.Output, "=== ") && e.Output != "PASS\n" && e.Output != "FAIL\n" {
					fmt.Fprint(w, e.Output)
				}
				continue
			}
			b := out[key]
			if b == nil {
				b = &strings.Builder{}
				out[key] = b
			}
			b.WriteString(e.Output)
		case "fail":
			failed = true
			if e.Test != "" {
				fmt.Fprint(w, out[key].String())
			}
			delete(out, key)
		case "skip":
			if e.Test != "" {
				pkg := strings.TrimPrefix(strings.TrimPrefix(e.Package, module), "/")
				if pkg == "" {
					pkg = "."
				}
				if !allowed[pkg+" "+e.Test] {
					skipped = append(skipped, fmt.Sprintf("  %s %s\n%s", pkg, e.Test, indent(out[key].String())))
				}
			}
			delete(out, key)
		case "pass":
			delete(out, key)
		}
	}
	sort.Strings(skipped)
	return failed, skipped, sc.Err()
}

func indent(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if strings.HasPrefix(l, "=== ") || strings.TrimSpace(l) == "" {
			continue
		}
		b.WriteString("    " + strings.TrimSpace(l) + "\n")
	}
	return b.String()
}
