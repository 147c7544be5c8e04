package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"bitext": func() {
			os.Exit(run(os.Args[1:], &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr}))
		},
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: each is a
// command-line session with its expected output. $TESTDATA is the repo's
// testdata folder and $BITEXT_DB a fresh TM per script. The scripts use
// nothing outside the repository, so that go test ./... passes in any
// clone (tm_xliff read Okapi's samples from ../shared/data, which only
// the main checkout has beside it; the same files are in tm/xliff/testdata).
func TestScripts(t *testing.T) {
	repoTestdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", repoTestdata)
			env.Setenv("BITEXT_DB", filepath.Join(env.WorkDir, "tm.db"))
			env.Setenv("XDG_DATA_HOME", filepath.Join(env.WorkDir, "xdg"))
			return nil
		},
	})
}
