package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// writeBigTMX writes a TMX document of n English-French units, all
// different, large enough that importing it takes seconds.
func writeBigTMX(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(tmHeader + "\n")
	words := strings.Fields("minister talks agreement border trade council weather prices market energy report delegation visit")
	for i := range n {
		a, b := words[i%len(words)], words[(i/len(words))%len(words)]
		fmt.Fprintf(w, "<tu><tuv xml:lang=\"en\"><seg>Sentence %d: the %s spoke about the %s on day %d.</seg></tuv>"+
			"<tuv xml:lang=\"fr\"><seg>Phrase %d : le %s a parlé du %s le jour %d.</seg></tuv></tu>\n", i, a, b, i%365, i, a, b, i%365)
	}
	w.WriteString("</body></tmx>\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestInterruptedImport sends a real SIGINT to a running `bitext tm import`
// of a large file: it must exit 130, say that nothing was stored, and leave
// the TM exactly as it was.
func TestInterruptedImport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds bitext and imports a large TMX for seconds; skipped under -short")
	}
	dir, bin := buildBitext(t)
	db := filepath.Join(dir, "tm.db")
	bitext := func(args ...string) (string, string, error) {
		cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		return out.String(), errOut.String(), err
	}
	small := filepath.Join(dir, "small.tmx")
	writeBigTMX(t, small, 3)
	if _, stderr, err := bitext("tm", "import", small); err != nil {
		t.Fatalf("import small.tmx: %v: %s", err, stderr)
	}
	state := func() string {
		t.Helper()
		stats, stderr, err := bitext("tm", "stats", "--format", "jsonl")
		if err != nil {
			t.Fatalf("tm stats: %v: %s", err, stderr)
		}
		export, stderr, err := bitext("tm", "export")
		if err != nil {
			t.Fatalf("tm export: %v: %s", err, stderr)
		}
		// The file size changes with the WAL's checkpoints; the rest must not.
		stats = stats[strings.Index(stats, `"imports"`):]
		return stats + export
	}
	before := state()
	if !strings.Contains(before, `"units":3`) {
		t.Fatalf("after importing small.tmx: %s; want 3 units", before)
	}

	big := filepath.Join(dir, "big.tmx")
	writeBigTMX(t, big, 300000)
	cmd := exec.Command(bin, "--db", db, "tm", "import", big)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill() }) // a failed wait below leaves no import running
	// Interrupt once the import has read a tenth of big.tmx: it reads as it
	// stores, so it is well into storing units, its signal handler long set
	// (a fixed second was a guess that a loaded machine could miss).
	fi, err := os.Stat(big)
	if err != nil {
		t.Fatal(err)
	}
	if ended, err := waitFileRead(t, cmd.Process.Pid, big, fi.Size()/10, done); ended {
		t.Fatalf("the import of big.tmx ended after %v, before the interrupt (%v): make the file bigger\n%s", time.Since(start), err, stderr.String())
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	var err2 error
	select {
	case err2 = <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("bitext still ran 30 s after the interrupt")
	}
	t.Logf("the import stopped %v after the interrupt", time.Since(sent))
	var ee *exec.ExitError
	if !errors.As(err2, &ee) || ee.ExitCode() != exitInterrupted {
		t.Errorf("interrupted import: %v; want exit status %d", err2, exitInterrupted)
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		t.Errorf("bitext was killed by %v instead of exiting", ws.Signal())
	}
	want := "bitext: error: import " + big + ": interrupted; nothing from " + big + " was stored\n"
	if stderr.String() != want {
		t.Errorf("stderr = %q; want %q", stderr.String(), want)
	}
	if after := state(); after != before {
		t.Errorf("the interrupted import changed the TM:\n%.500s\nwant\n%.500s", after, before)
	}
}

// waitFileRead waits until process pid has read n bytes of the file path
// (the offset of its descriptor, which Linux's /proc/PID/fdinfo gives), or
// until done has the process's end: then it returns true and that.
// Where /proc tells nothing, it waits a second.
func waitFileRead(t *testing.T, pid int, path string, n int64, done <-chan error) (ended bool, err error) {
	t.Helper()
	if p, err := filepath.EvalSymlinks(path); err == nil {
		path = p // as /proc gives it
	}
	if _, err := os.Stat("/proc/self/fdinfo"); err != nil {
		select {
		case err := <-done:
			return true, err
		case <-time.After(time.Second):
			return false, nil
		}
	}
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); {
		fds, _ := filepath.Glob(fmt.Sprintf("/proc/%d/fd/*", pid))
		for _, fd := range fds {
			if target, err := os.Readlink(fd); err != nil || target != path {
				continue
			}
			info, _ := os.ReadFile(fmt.Sprintf("/proc/%d/fdinfo/%s", pid, filepath.Base(fd)))
			var pos int64
			for line := range strings.Lines(string(info)) {
				if v, ok := strings.CutPrefix(line, "pos:"); ok {
					fmt.Sscan(v, &pos)
				}
			}
			if pos >= n {
				return false, nil
			}
		}
		select {
		case err := <-done:
			return true, err
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("process %d did not read %d bytes of %s within 2 minutes", pid, n, path)
	return false, nil
}

// buildBitext builds the command into a temporary directory and returns
// the directory and the binary's path.
func buildBitext(t *testing.T) (dir, bin string) {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build bitext with")
	}
	dir = t.TempDir()
	bin = filepath.Join(dir, "bitext")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return dir, bin
}

// TestInterruptWhileReadingStdin sends SIGINT to commands waiting for
// standard input (a translator typing queries into tm lookup -, a command
// started without a file by mistake): one Ctrl-C must end them with exit
// 130, not leave them blocked in the read until a second one kills them.
func TestInterruptWhileReadingStdin(t *testing.T) {
	if testing.Short() {
		t.Skip("builds bitext; skipped under -short")
	}
	dir, bin := buildBitext(t)
	db := filepath.Join(dir, "tm.db")
	if out, err := exec.Command(bin, "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour.").CombinedOutput(); err != nil {
		t.Fatalf("tm add: %v: %s", err, out)
	}
	for _, args := range [][]string{
		{"segment", "-l", "en"},
		{"normalize", "-l", "en"},
		{"tm", "lookup", "--src", "en", "--tgt", "fr", "-"},
		{"names", "key", "-"},
		{"names", "import", "-"},
		{"align", "score", "-", "gold.txt"},
		{"tm", "import", "--src", "en", "--tgt", "fr", "-"},
	} {
		cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
		stdin, err := cmd.StdinPipe() // open, and never written to
		if err != nil {
			t.Fatal(err)
		}
		stderr, done := startWaited(t, cmd)
		waitReadingStdin(t, cmd.Process.Pid)
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			t.Fatal(err)
		}
		var werr error
		select {
		case werr = <-done:
		case <-time.After(30 * time.Second): // only ends a hang: it exits in milliseconds
			cmd.Process.Kill()
			<-done
			t.Errorf("bitext %s: still waiting for standard input 30 s after an interrupt", strings.Join(args, " "))
			stdin.Close()
			continue
		}
		stdin.Close()
		var ee *exec.ExitError
		if !errors.As(werr, &ee) || ee.ExitCode() != exitInterrupted {
			t.Errorf("bitext %s, interrupted: %v (stderr %q); want exit status %d", strings.Join(args, " "), werr, stderr.String(), exitInterrupted)
		}
		// It says what stopped, not Go's "context canceled".
		if msg := stderr.String(); strings.Contains(msg, "context canceled") || !strings.Contains(msg, "<stdin>: interrupted") {
			t.Errorf("bitext %s, interrupted: stderr %q; want it to say \"<stdin>: interrupted\"", strings.Join(args, " "), msg)
		}
	}

	// A termination request (SIGTERM, as a service manager sends) ends the
	// run too, with the shell's status for it: 128 + 15.
	cmd := exec.Command(bin, "--db", db, "names", "key", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitReadingStdin(t, cmd.Process.Pid)
	cmd.Process.Signal(syscall.SIGTERM)
	var ee *exec.ExitError
	if err := cmd.Wait(); !errors.As(err, &ee) || ee.ExitCode() != 143 {
		t.Errorf("bitext names key -, terminated: %v; want exit status 143", err)
	}
}

// startWaited starts cmd with its standard error kept, and returns that
// and the channel that gets cmd.Wait's result.
func startWaited(t *testing.T, cmd *exec.Cmd) (*bytes.Buffer, <-chan error) {
	t.Helper()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	return &stderr, done
}

// waitReadingStdin waits until a thread of process pid is blocked reading
// a pipe (its standard input; Linux's /proc/PID/task/*/wchan says so), so
// that a signal sent next finds bitext running, its handler installed: a
// fixed pause was too short under the race detector on a loaded machine,
// where the signal came before main and killed the process. Where /proc
// tells nothing, it waits a second.
func waitReadingStdin(t *testing.T, pid int) {
	t.Helper()
	waitBlockedIn(t, pid, "pipe_read")
}

// waitBlockedIn waits until a thread of process pid is blocked in the
// kernel function wchan (as waitReadingStdin does for "pipe_read").
func waitBlockedIn(t *testing.T, pid int, wchan string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/wchan", pid))
		if len(tasks) == 0 {
			time.Sleep(time.Second)
			return
		}
		for _, w := range tasks {
			if b, err := os.ReadFile(w); err == nil && strings.Contains(string(b), wchan) {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("process %d was not blocked in %s within 30 s", pid, wchan)
}

// TestTerminatedWhileOpeningFIFO: a run blocked opening a named pipe that
// no program has open at its other end (no writer for one read, no reader
// for one written: the kernel's open waits, and no cancel reaches it)
// ends StopGrace after one SIGTERM, as timeout(1) sends, saying why, with
// status 143; it ignored the signal for ever (only a second one, or
// SIGKILL, ended it). (tm export -o FIFO no longer waits in the kernel:
// TestExportToFIFOWaitsSaying.)
func TestTerminatedWhileOpeningFIFO(t *testing.T) {
	if testing.Short() {
		t.Skip("builds bitext; skipped under -short")
	}
	dir, bin := buildBitext(t)
	fifo := filepath.Join(dir, "story.en.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipe here: %v", err)
	}
	db := filepath.Join(dir, "tm.db")
	add := exec.Command(bin, "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "It rained.", "Il a plu.")
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("tm add: %v: %s", err, out)
	}
	for _, args := range [][]string{{"segment", fifo}, {"--db", db, "tm", "import", "--src", "en", "--tgt", "fr", fifo}} {
		cmd := exec.Command(bin, args...)
		stderr, done := startWaited(t, cmd)
		waitBlockedIn(t, cmd.Process.Pid, "wait_for_partner")
		start := time.Now()
		cmd.Process.Signal(syscall.SIGTERM)
		var err error
		select {
		case err = <-done:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-done
			t.Errorf("bitext %s: still running 30 s after SIGTERM", strings.Join(args, " "))
			continue
		}
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 143 || time.Since(start) > 20*time.Second || !strings.Contains(stderr.String(), "blocked in the system (opening a named pipe that no program has open at its other end?)") {
			t.Errorf("bitext %s, terminated while opening a named pipe: %v after %v, stderr %q; want exit status 143 within 20 s saying it was blocked opening a pipe no program has open at its other end", strings.Join(args, " "), err, time.Since(start), stderr.String())
		}
	}
}

// TestInterruptedSaysSo: a step stopped by an interrupt that does not say
// so itself (opening the TM) ends in "interrupted", not Go's "context
// canceled", with exit 130; and normalize -w of a file stops reading it,
// naming it, and leaves it as it was.
func TestInterruptedSaysSo(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "story.en.txt")
	os.WriteFile(story, []byte("Teheran said so. Daesh fled.\n"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"tm", "import", story}, "bitext: error: open " + filepath.Join(dir, "tm.db") + ": interrupted\n"},
		{[]string{"normalize", "-w", story}, "bitext: error: read " + story + ": interrupted\n"},
	} {
		var out, errOut bytes.Buffer
		t.Setenv("BITEXT_DB", filepath.Join(dir, "tm.db"))
		code := runContext(ctx, tc.args, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
		if code != exitInterrupted || errOut.String() != tc.want {
			t.Errorf("bitext %s, interrupted: exit %d, stderr %q; want %d, %q", strings.Join(tc.args, " "), code, errOut.String(), exitInterrupted, tc.want)
		}
	}
	if b, _ := os.ReadFile(story); string(b) != "Teheran said so. Daesh fled.\n" {
		t.Errorf("normalize -w, interrupted: the file is %q; want it as it was", b)
	}
}

// cancelOnWrite is a diagnostics stream that cancels a run when a message
// containing at is written to it.
type cancelOnWrite struct {
	bytes.Buffer
	at     string
	cancel context.CancelFunc
}

func (w *cancelOnWrite) Write(p []byte) (int, error) {
	if strings.Contains(string(p), w.at) {
		w.cancel()
	}
	return w.Buffer.Write(p)
}

// TestExportToFIFOWaitsSaying: tm export -o FIFO, while no program had
// the pipe open to read, waited in the kernel's open without a word, and
// Ctrl-C reached it only when StopGrace ended the process 5 s later
// (faults62). It now says it waits, sees a cancel at once (exit 130,
// "interrupted"), and writes the whole export once a reader comes; a
// reader that takes nothing no longer holds a cancelled export either.
func TestExportToFIFOWaitsSaying(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "out.tmx")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipe here: %v", err)
	}
	db := filepath.Join(dir, "tm.db")
	var out bytes.Buffer
	if code := runContext(context.Background(), []string{"--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "It rained.", "Il a plu."}, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &out}); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, out.String())
	}
	waiting := "bitext: note: waiting for a program to read " + fifo + " (a named pipe no program has open yet; Ctrl-C stops)\n"
	export := func(ctx context.Context, errOut io.Writer) <-chan int {
		done := make(chan int, 1)
		go func() {
			done <- runContext(ctx, []string{"--db", db, "tm", "export", "-o", fifo}, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: errOut})
		}()
		return done
	}
	wait := func(what string, done <-chan int) int {
		select {
		case code := <-done:
			return code
		case <-time.After(10 * time.Second):
			t.Fatalf("tm export -o FIFO, %s: still running after 10 s", what)
			return 0
		}
	}

	// Cancelled while no reader is there.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errOut := &cancelOnWrite{at: "waiting for a program to read", cancel: cancel}
	if code := wait("cancelled while waiting for a reader", export(ctx, errOut)); code != exitInterrupted || errOut.String() != waiting+"bitext: error: write "+fifo+": interrupted\n" {
		t.Errorf("tm export -o FIFO, cancelled while waiting for a reader: exit %d, stderr %q; want %d, %q and the error", code, errOut.String(), exitInterrupted, waiting)
	}

	// A reader comes after the note: the whole export.
	want := filepath.Join(dir, "want.tmx")
	if code := runContext(context.Background(), []string{"--db", db, "tm", "export", "-o", want}, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &out}); code != 0 {
		t.Fatalf("tm export -o FILE: exit %d: %s", code, out.String())
	}
	got := make(chan []byte, 1)
	var stderr bytes.Buffer
	code := wait("with a reader", export(context.Background(), &startOnWrite{w: &stderr, at: "waiting for a program to read", start: func() {
		go func() { b, _ := os.ReadFile(fifo); got <- b }()
	}}))
	if wantb, _ := os.ReadFile(want); code != 0 || stderr.String() != waiting || !bytes.Equal(<-got, wantb) {
		t.Errorf("tm export -o FIFO read after the note: exit %d, stderr %q; want 0, the note and the TMX that -o FILE writes", code, stderr.String())
	}

	// A reader that opens the pipe and takes nothing: a cancel ends the
	// export blocked in its write.
	r, err := os.OpenFile(fifo, os.O_RDWR, 0) // open at both ends: never blocks, never reads
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	big := filepath.Join(dir, "big.tsv")
	var tsv strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&tsv, "Sentence %d of a long report.\tPhrase %d d'un long rapport.\n", i, i)
	}
	os.WriteFile(big, []byte(tsv.String()), 0o644)
	if code := runContext(context.Background(), []string{"--db", db, "tm", "import", "--src", "en", "--tgt", "fr", big}, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &out}); code != 0 {
		t.Fatalf("tm import: exit %d: %s", code, out.String())
	}
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	var stderr2 bytes.Buffer
	done := export(ctx, &stderr2)
	time.AfterFunc(500*time.Millisecond, cancel) // the 2,000 units fill the pipe's 64 KiB long before
	if code := wait("cancelled with a reader that takes nothing", done); code != exitInterrupted || !strings.HasSuffix(stderr2.String(), "interrupted\n") {
		t.Errorf("tm export -o FIFO, cancelled while its reader takes nothing: exit %d, stderr %q; want %d, interrupted", code, stderr2.String(), exitInterrupted)
	}
}

// startOnWrite is a diagnostics stream that calls start once when a
// message containing at is written to it.
type startOnWrite struct {
	w     io.Writer
	at    string
	start func()
}

func (s *startOnWrite) Write(p []byte) (int, error) {
	if s.start != nil && strings.Contains(string(p), s.at) {
		s.start()
		s.start = nil
	}
	return s.w.Write(p)
}

// TestInterruptedCopy: tm copy interrupted once the new TM is created
// says so, without Go's "context canceled", exits 130 and leaves no TM.
func TestInterruptedCopy(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "from.db"), filepath.Join(dir, "to.db")
	var out bytes.Buffer
	if code := runContext(context.Background(), []string{"--db", from, "tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour."}, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &out}); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, out.String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errOut := &cancelOnWrite{at: "created a new translation memory", cancel: cancel}
	code := runContext(ctx, []string{"tm", "copy", "--from", from, "--to", to}, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: errOut})
	msg := errOut.String()
	if code != exitInterrupted || strings.Contains(msg, "context canceled") || !strings.Contains(msg, "bitext: error: copy: interrupted; nothing was stored in "+to) {
		t.Errorf("tm copy, interrupted: exit %d, stderr %q; want %d and \"copy: interrupted; nothing was stored in %s\" without \"context canceled\"", code, msg, exitInterrupted, to)
	}
	if _, err := os.Stat(to); !os.IsNotExist(err) {
		t.Errorf("tm copy, interrupted: %s is there (%v); want it removed", to, err)
	}
}
