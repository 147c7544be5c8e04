package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadmeTour follows the README to the letter: it runs every command
// of its console blocks, in the order a reader meets them, in one fresh
// directory with a fresh home (so the default TM starts empty), and
// compares what each prints, standard output and error together, with
// what the README shows. In the README's output a line "..." stands for
// any number of lines and "..." inside a line for any text; dates of the
// form 20261202T191705Z match any such date, and a no-break space a space. A block the test cannot run
// (a database cluster) is preceded by a comment <!-- tour: not run:
// REASON -->, and the reason says which test covers it instead. A block
// preceded by <!-- tour: serve --> starts its "bitext serve" in the
// background, on a free port that stands for the README's 8080 in the
// commands and output after it (curl's requests), and stops it at the
// block's end.
func TestReadmeTour(t *testing.T) {
	if testing.Short() {
		t.Skip("builds bitext and runs the README's tour; skipped under -short")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to run the README's commands with")
	}
	repo, readme := repoReadme(t)
	steps, err := parseTour(readme)
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) < 40 {
		t.Fatalf("found %d commands in README.md's console blocks; the tour has more", len(steps))
	}
	// Without xmllint the steps that use it are left out and the test
	// ends skipped, after checking every other step (it skipped them all).
	_, noXmllint := exec.LookPath("xmllint")
	if noXmllint != nil {
		defer t.Skip("xmllint (Debian libxml2-utils) is not installed: the README's tour ran without the steps that use it")
	}

	_, noCurl := exec.LookPath("curl")
	if noCurl != nil {
		defer t.Skip("curl is not installed: the README's tour ran without the requests to bitext serve")
	}

	// A step whose output says a Debian dictionary was found installed
	// (Japanese's) is left out where that package is not installed, and
	// the test ends skipped saying which to install: the reader's output
	// there is the one without the dictionary.
	noDict := map[string]bool{}
	for _, s := range steps {
		if f := tourDict.FindString(s.want); f != "" {
			if _, err := os.Stat(f); err != nil && !noDict[f] {
				noDict[f] = true
				pkg := "dict-" + strings.TrimSuffix(filepath.Base(f), ".index")
				defer t.Skipf("Debian's %s is not installed (apt-get install %[1]s): the README's tour ran without the steps that use %s", pkg, f)
			}
		}
	}

	bindir, _ := buildBitext(t)
	work := t.TempDir()
	// The reader is in a clone: the repository's files are at hand, and
	// what the commands write lands beside them.
	if err := linkRepo(repo, work); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(work, "home")
	if err := os.Mkdir(home, 0o755); err != nil {
		t.Fatal(err)
	}
	env := []string{
		"HOME=" + home,
		"USER=you",
		"PATH=" + bindir + string(os.PathListSeparator) + os.Getenv("PATH"),
		"LANG=C.UTF-8",
		"TZ=UTC",
	}

	var srv *tourServer
	defer func() { srv.stop() }()
	// The files a step left out would have written (its -o): a later step
	// that reads one is left out too, until a step that runs writes it.
	unwritten := map[string]bool{}
	for _, s := range steps {
		if noXmllint != nil && strings.Contains(s.cmd, "xmllint") || noCurl != nil && s.serve || noDict[tourDict.FindString(s.want)] || readsUnwritten(s.cmd, unwritten) {
			t.Logf("README.md:%d: not run: %s", s.line, s.cmd)
			for _, m := range tourOutput.FindAllStringSubmatch(s.cmd, -1) {
				unwritten[m[1]] = true
			}
			continue
		}
		for _, m := range tourOutput.FindAllStringSubmatch(s.cmd, -1) {
			delete(unwritten, m[1])
		}
		if s.serve && strings.HasPrefix(s.cmd, "bitext serve") {
			srv = startTourServer(t, s, bash, work, env, home)
			continue
		}
		if s.serve && srv != nil {
			s.cmd = strings.ReplaceAll(s.cmd, "127.0.0.1:8080", srv.addr)
		}
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
		cmd := exec.CommandContext(ctx, bash, "-c", s.cmd)
		cmd.WaitDelay = time.Second
		// A command that hangs is killed with the processes it started.
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
		cmd.Dir = work
		cmd.Env = env
		var out bytes.Buffer
		cmd.Stdout = &out
		cmd.Stderr = &out
		err := cmd.Run()
		timedOut := ctx.Err() == context.DeadlineExceeded
		cancel()
		if timedOut {
			t.Fatalf("README.md:%d: %s: did not end in 2 minutes\n%s", s.line, s.cmd, out.String())
		}
		if _, ok := err.(*exec.ExitError); err != nil && !ok {
			t.Fatalf("README.md:%d: %s: %v", s.line, s.cmd, err)
		}
		got := strings.ReplaceAll(out.String(), home, "/home/you")
		if s.serve && srv != nil {
			got = strings.ReplaceAll(got, srv.addr, "127.0.0.1:8080")
		}
		if s.unchecked {
			if err != nil {
				t.Errorf("README.md:%d: %s: %v\n%s", s.line, s.cmd, err, got)
			}
			continue
		}
		if !tourMatch(s.want, got) {
			t.Errorf("README.md:%d: $ %s\nREADME shows:\n%s\nbitext prints:\n%s", s.line, s.cmd, s.want, got)
		}
		if s.last {
			srv.stop()
			srv = nil
		}
	}
	srv.stop()
	srv = nil
	checkTourLeftovers(t, repo, work)
}

// checkTourLeftovers fails when a file the tour wrote in the clone (work
// stands for it) is one git would show the reader as untracked: each must
// be named by the repository's .gitignore. Without git it says so and
// checks nothing.
func checkTourLeftovers(t *testing.T, repo, work string) {
	t.Helper()
	git, err := exec.LookPath("git")
	if err != nil {
		t.Log("no git: the files the tour leaves in the clone are not checked against .gitignore")
		return
	}
	entries, err := os.ReadDir(work)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, e := range entries {
		if e.Type()&os.ModeSymlink != 0 || e.Name() == "home" { // the clone's folders; the reader's home
			continue
		}
		name := e.Name()
		if e.IsDir() {
			name += "/"
		}
		left = append(left, name)
	}
	if len(left) == 0 {
		t.Fatal("the tour wrote no file in the clone; this check checks nothing")
	}
	for _, name := range left {
		// check-ignore exits 1 for a path no pattern ignores.
		if err := exec.Command(git, "-C", repo, "check-ignore", "-q", "--no-index", name).Run(); err != nil {
			t.Errorf("the tour leaves %s in the clone, which .gitignore does not name (git status shows it untracked): %v", name, err)
		}
	}
}

// A tourServer is the README's "bitext serve", running in the background.
type tourServer struct {
	cmd  *exec.Cmd
	addr string // 127.0.0.1:PORT
}

// startTourServer starts step's "bitext serve" command on a free loopback
// port and checks that the line it prints first is the README's.
func startTourServer(t *testing.T, step tourStep, bash, dir string, env []string, home string) *tourServer {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(bash, "-c", "exec "+step.cmd+" --addr "+addr)
	cmd.Dir, cmd.Env = dir, env
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	srv := &tourServer{cmd: cmd, addr: addr}
	first := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		if sc.Scan() {
			first <- sc.Text() + "\n"
		}
		close(first)
		io.Copy(io.Discard, stderr)
	}()
	var line string
	select {
	case line = <-first:
	case <-time.After(time.Minute):
	}
	got := strings.ReplaceAll(strings.ReplaceAll(line, home, "/home/you"), addr, "127.0.0.1:8080")
	if !tourMatch(step.want, got) {
		srv.stop()
		t.Fatalf("README.md:%d: $ %s\nREADME shows:\n%s\nbitext prints:\n%s", step.line, step.cmd, step.want, got)
	}
	return srv
}

// stop ends the server, as Ctrl-C would; a nil server is none.
func (s *tourServer) stop() {
	if s == nil || s.cmd.Process == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
	s.cmd.Process = nil
}

// linkRepo links the repository's folders into work, where the tour
// runs. Its top-level files are left out: the tour writes its own there
// (archive.db, review.db, review.xlf, ...), and a reader who ran the tour
// in the clone has them beside README.md, where they would be the tour's
// before it starts (archive.db "0 new", review.db's import 3 units).
func linkRepo(repo, work string) error {
	entries, err := os.ReadDir(repo)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || !e.IsDir() {
			continue
		}
		if err := os.Symlink(filepath.Join(repo, e.Name()), filepath.Join(work, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// A tourStep is one command of the README and the output it shows.
type tourStep struct {
	line      int
	cmd       string
	want      string
	unchecked bool // a ```sh block: no output shown, only success counts
	serve     bool // in a block marked <!-- tour: serve -->
	last      bool // the last command of a block marked so
}

// parseTour reads the commands of README.md's ```console blocks ("$ "
// lines, each followed by its output) and of its ```sh blocks that run
// bitext (go run ./cmd/bitext stands for the installed bitext).
func parseTour(readme []byte) ([]tourStep, error) {
	var (
		steps  []tourStep
		kind   string // "" outside a block
		skip   bool   // the block is marked not run
		marked bool   // the line before the block was the mark
		serve  bool   // the block is marked <!-- tour: serve -->
		served bool   // the line before the block was that mark
		first  int    // the block's first step
	)
	sc := bufio.NewScanner(bytes.NewReader(readme))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case kind == "" && strings.HasPrefix(line, "```"):
			kind = strings.TrimPrefix(line, "```")
			skip, serve = marked, served
			marked, served = false, false
			first = len(steps)
		case kind == "":
			switch {
			case strings.HasPrefix(line, "<!-- tour: not run:"):
				marked = true
			case strings.HasPrefix(line, "<!-- tour: serve"):
				served = true
			case strings.TrimSpace(line) != "":
				marked, served = false, false
			}
		case line == "```":
			if serve && len(steps) > first {
				steps[len(steps)-1].last = true
			}
			kind, serve = "", false
		case skip:
		case kind == "sh":
			if rest, ok := strings.CutPrefix(line, "go run ./cmd/bitext "); ok {
				steps = append(steps, tourStep{line: n, cmd: "bitext " + rest, unchecked: true})
			}
		case kind == "console":
			if c, ok := strings.CutPrefix(line, "$ "); ok {
				steps = append(steps, tourStep{line: n, cmd: c, serve: serve})
				continue
			}
			if len(steps) == 0 || steps[len(steps)-1].unchecked {
				return nil, fmt.Errorf("README.md:%d: output before any command in a console block", n)
			}
			steps[len(steps)-1].want += line + "\n"
		}
	}
	if kind != "" {
		return nil, fmt.Errorf("README.md: a ``` block is not closed")
	}
	return steps, sc.Err()
}

var tourDate = regexp.MustCompile(`\d{8}T\d{6}Z`)

// tourDict is a Debian dictionary a step's output says it found installed.
var tourDict = regexp.MustCompile(`/usr/share/dictd/freedict-[a-z]{3}-[a-z]{3}\.index`)

// tourOutput finds the files a tour command writes with -o.
var tourOutput = regexp.MustCompile(`(?:^|\s)-o\s+(\S+)`)

// readsUnwritten reports whether cmd names, as a word, a file of
// unwritten.
func readsUnwritten(cmd string, unwritten map[string]bool) bool {
	for _, f := range strings.Fields(cmd) {
		if unwritten[strings.Trim(f, "'\"")] {
			return true
		}
	}
	return false
}

// tourMatch reports whether got is what the README shows as want: "..."
// alone on a line stands for any lines, inside a line for any text.
func tourMatch(want, got string) bool {
	var re strings.Builder
	re.WriteString(`^`)
	want = tourDate.ReplaceAllString(want, "20261202T191705Z")
	for _, line := range strings.SplitAfter(want, "\n") {
		if line == "" {
			continue
		}
		if strings.TrimSpace(line) == "..." {
			re.WriteString(`(?:.*\n)*?`)
			continue
		}
		parts := strings.Split(strings.TrimSuffix(line, "\n"), "...")
		for i, p := range parts {
			if i > 0 {
				re.WriteString(`.*?`)
			}
			re.WriteString(regexp.QuoteMeta(p))
		}
		re.WriteString(`\n`)
	}
	re.WriteString(`$`)
	rx, err := regexp.Compile(re.String())
	if err != nil {
		return false
	}
	got = tourDate.ReplaceAllString(got, "20261202T191705Z")
	// The seed article has no-break spaces ("news:\u00a0Maj."), which a
	// terminal shows as spaces and the README writes so.
	got = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(got)
	return rx.MatchString(got)
}

// TestLinkRepo: the tour's folder has the repository's folders, and not
// the files a reader's own run of the tour left in the clone, which made
// TestReadmeTour fail in that clone (go test ./... after the tour).
func TestLinkRepo(t *testing.T) {
	repo, work := t.TempDir(), t.TempDir()
	if err := os.MkdirAll(filepath.Join(repo, "testdata"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"testdata/a.txt", "archive.db", "review.xlf"} {
		if err := os.WriteFile(filepath.Join(repo, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := linkRepo(repo, work); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(work, "testdata", "a.txt")); err != nil {
		t.Errorf("the repository's folder is not there: %v", err)
	}
	for _, f := range []string{"archive.db", "review.xlf"} {
		if _, err := os.Lstat(filepath.Join(work, f)); err == nil {
			t.Errorf("%s, a file the tour writes, was linked into the tour's folder", f)
		}
	}
}

// TestReadmeGoBlock: the README's Go example ("As a Go library") compiles
// against the packages as they are; the tour runs only its console blocks,
// so an API renamed left that example wrong unseen. The block is the body
// of a function in a main package that go build compiles through
// -overlay, in a folder of the module that does not exist: nothing is
// written into the repository.
func TestReadmeGoBlock(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the README's Go example; skipped under -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to check the README's Go example with")
	}
	repo, readme := repoReadme(t)
	_, lib, ok := strings.Cut(string(readme), "\n## As a Go library\n")
	_, block, ok2 := strings.Cut(lib, "\n```go\n")
	block, _, ok3 := strings.Cut(block, "\n```\n")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README.md has no ```go block under \"## As a Go library\"")
	}
	src := `package main

import (
	"context"
	"fmt"
	"os"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"golang.org/x/text/language"
)

var _, _, _, _ = fmt.Sprint, os.Open, language.English, tm.New // the block may leave one out

func main() { _ = run(context.Background()) }

func run(ctx context.Context) error {
	_ = sqlite.Open
` + block + `
	return nil
}
`
	tmp := t.TempDir()
	file := filepath.Join(tmp, "main.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(repo, "cmd", "internal", "readmegoexample")
	overlay := fmt.Sprintf(`{"Replace":{%q:%q}}`, filepath.Join(pkg, "main.go"), file)
	if err := os.WriteFile(filepath.Join(tmp, "overlay.json"), []byte(overlay), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, goTool, "build", "-o", os.DevNull, "-overlay", filepath.Join(tmp, "overlay.json"), "./cmd/internal/readmegoexample")
	cmd.Dir = repo
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("README.md's Go example (As a Go library) does not compile: %v\n%s\nthe program checked:\n%s", err, out, src)
	}
}

// repoReadme gives the repository's folder and its README.md.
func repoReadme(t *testing.T) (repo string, readme []byte) {
	t.Helper()
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err = os.ReadFile(filepath.Join(repo, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	return repo, readme
}

// TestTourUnwritten: a step left out (no xmllint) leaves out the steps that
// read the file it would have written, and no others.
func TestTourUnwritten(t *testing.T) {
	unwritten := map[string]bool{}
	for _, m := range tourOutput.FindAllStringSubmatch("bitext tm export --format xliff -o tm.xlf && xmllint --noout tm.xlf", -1) {
		unwritten[m[1]] = true
	}
	if !unwritten["tm.xlf"] || len(unwritten) != 1 {
		t.Fatalf("files written: %v, want tm.xlf", unwritten)
	}
	if !readsUnwritten(`grep -o 'state="[a-z-]*"' tm.xlf | sort`, unwritten) {
		t.Error("a step reading tm.xlf was run")
	}
	if readsUnwritten("bitext tm stats", unwritten) || readsUnwritten("cat tm.xlf.bak", unwritten) {
		t.Error("a step that reads no unwritten file was left out")
	}
}
