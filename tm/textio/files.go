package textio

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"
	"golang.org/x/text/language"
)

// LangFromName finds a language tag among the dot-separated parts of a
// file name, between the stem and the extension: "story.en.txt",
// "a.fr.seg.txt", "b.zh-Hans.txt", and in the locale spelling of gettext
// and Java, "c.pt_BR.txt" (pt-BR). Only two-letter languages (with optional
// subtags) count, so that "seg" or "txt" are not taken for languages; "-"
// (standard input) has none.
func LangFromName(name string) (language.Tag, bool) {
	if name == "-" {
		return language.Und, false
	}
	i, t := LangPart(strings.Split(filepath.Base(name), "."))
	return t, i >= 0
}

// LangPart returns the index among the dot-separated parts of a file's
// name of the part that is its language, as LangFromName finds it, and
// that language; -1 when the name has none.
func LangPart(parts []string) (int, language.Tag) {
	for i := len(parts) - 2; i >= 1; i-- {
		p := parts[i]
		if base, _, _ := strings.Cut(strings.ReplaceAll(p, "_", "-"), "-"); len(base) != 2 {
			continue
		}
		if t, err := language.Parse(p); err == nil {
			return i, t
		}
	}
	return -1, language.Und
}

// ErrPlace is wrapped by the errors of CreateAtomic about where the file
// would go (a folder that does not exist or may not be written): the
// caller's input is at fault, not the disk.
var ErrPlace = NewBadInput("cannot write there")

// AtomicFile is a temporary file beside the file it will replace: written
// in full, synced, then renamed over its target, so that a reader of the
// target sees the old content or the new, never a partial file, whatever
// fails. Write to it, then Commit; Abort (deferred) drops it otherwise.
//
// Where the system allows it (Linux, a file system with O_TMPFILE, /proc
// mounted) the file has no name while it is written: a run killed then
// (kill -9, the long part of a rewrite) leaves nothing behind, where a
// named temporary file stayed. It is given its hidden name
// ".NAME.bitext-pidPID-DIGITS" (linkat; PID is the writer's process) only
// when written and synced, and renamed over the target at once, by
// Commit; a run killed between the two left that name beside the target,
// which the next rewrite of the target removes (see removeLeftovers).
// Elsewhere the file is named from the start (".NAME.bitext-DIGITS").
type AtomicFile struct {
	*os.File
	target   string
	temp     string // the temporary file's name; "" while it has none
	perm     fs.FileMode
	owner    fs.FileInfo // the file replaced, whose owner and group to keep (Keep)
	finished bool        // Finish has synced the temporary file, and closed it unless kept
	kept     bool        // Finish kept the unnamed file open, unnamed, for Commit (see keptOpen)
}

// keptOpen counts the unnamed files that Finish keeps open for their
// Commit, at most maxKept (half the descriptors a process may open): a
// caller replacing thousands of files at once is not refused more files
// (EMFILE), and a file past that many is named and closed at Finish.
var keptOpen atomic.Int64

// Keep has the new file keep the permissions of the file old describes,
// the one it replaces, and its owner and group where this user may give
// them: root gives the file back to its owner (a `sudo bitext normalize
// -w` made an editor's files root's, which the editor could no longer
// write), and a user who shares the file's group keeps the group (a
// shared folder's file went to the user's own group). Where neither is
// allowed the file is this user's, as with `sed -i`.
func (a *AtomicFile) Keep(old fs.FileInfo) {
	a.perm, a.owner = old.Mode().Perm(), old
}

// unnamed is whether CreateAtomic tries a file without a name first (a
// test turns it off to try the named file that other systems get).
var unnamed = true

// CreateAtomic starts replacing target, which need not exist; the new file
// gets permissions perm. A folder that does not exist or may not be written
// is an error wrapping ErrPlace and naming target.
func CreateAtomic(target string, perm fs.FileMode) (*AtomicFile, error) {
	dir := filepath.Dir(target)
	removeLeftovers(target)
	if unnamed {
		if f, ok := openUnnamed(dir, target); ok {
			return &AtomicFile{File: f, target: target, perm: perm}, nil
		}
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(target)+".bitext-*")
	switch {
	case err == nil:
		return &AtomicFile{File: f, target: target, temp: f.Name(), perm: perm}, nil
	case errors.Is(err, fs.ErrNotExist):
		if st, serr := os.Stat(dir); serr == nil && st.IsDir() {
			// /proc, /sys: the folder is there but makes no new files.
			return nil, fmt.Errorf("write %s: %w: no new file can be made in the folder %s; nothing was written", target, ErrPlace, dir)
		}
		return nil, fmt.Errorf("write %s: %w: no such directory %s", target, ErrPlace, dir)
	case errors.Is(err, fs.ErrPermission):
		return nil, fmt.Errorf("write %s: %w: its folder %s is not writable; the file is unchanged", target, ErrPlace, dir)
	}
	return nil, fmt.Errorf("write %s: %w", target, err)
}

// link is linkUnnamed (a test refuses it); linked is called between the
// link of Commit and its rename (a test is killed there).
var (
	link   = linkUnnamed
	linked = func() {}
)

// name gives the unnamed file its hidden name beside the target, as
// os.CreateTemp names a file, with this process's id
// (".NAME.bitext-pidPID-DIGITS": see removeLeftovers), trying another
// number when one is taken. A file system that made the file but will
// not link it gets a named copy (copyNamed).
func (a *AtomicFile) name() error {
	prefix := filepath.Join(filepath.Dir(a.target), "."+filepath.Base(a.target)+".bitext-pid"+strconv.Itoa(os.Getpid())+"-")
	for range 10000 {
		name := prefix + strconv.FormatUint(uint64(rand.Uint32()), 10)
		err := link(a.File, name)
		if err == nil {
			a.temp = name
			return nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return a.copyNamed()
		}
	}
	return fmt.Errorf("name %s*: %w", prefix, fs.ErrExist)
}

// copyNamed copies the unnamed file, written and synced, into a named
// temporary file beside the target, as CreateAtomic makes one where there
// are no unnamed files, and settles it (owner, mode, fsync).
func (a *AtomicFile) copyNamed() error {
	f, err := os.CreateTemp(filepath.Dir(a.target), "."+filepath.Base(a.target)+".bitext-*")
	if err != nil {
		return err
	}
	if _, err = a.File.Seek(0, io.SeekStart); err == nil {
		_, err = io.Copy(f, a.File)
	}
	if err == nil {
		err = a.settle(f)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	a.temp = f.Name()
	return nil
}

// settle gives f, the new content, the owner and mode it is to have
// (Keep) and syncs it.
func (a *AtomicFile) settle(f *os.File) error {
	if a.owner != nil {
		if uid, gid, ok := fileOwner(a.owner); ok && f.Chown(uid, gid) != nil {
			f.Chown(-1, gid) // not allowed: a group of the user's is kept, another left as made
		}
	}
	if err := f.Chmod(a.perm); err != nil { // after Chown, which may clear set-ID bits
		return err
	}
	return f.Sync()
}

// staleAge is how long ago a temporary file of CreateAtomic must have been
// last written for StaleTempWarnings to name it: a run still writing one
// writes it continually, and finishes a file in far less.
const staleAge = time.Hour

// StaleTempWarnings returns a warning for each temporary file that
// CreateAtomic made for one of files (".NAME.bitext-DIGITS" beside it,
// through a symbolic link as WriteFile follows it), a regular file last
// written more than an hour ago: a run killed before it could remove it
// (kill -9, a power cut) left it, as large as the file. It removes
// nothing: bitext cannot tell that no other run is still using one, and
// the name may, however unlikely, be a file of the user's. (A linked
// name, ".NAME.bitext-pidPID-DIGITS", is not named here: the rewrite
// removes it, see removeLeftovers.) A folder is read once a process.
func StaleTempWarnings(files []string) []string {
	var out []string
	now := time.Now()
	seen := map[string]bool{}
	for _, name := range files {
		target := name
		if t, err := filepath.EvalSymlinks(name); err == nil {
			target = t
		}
		if seen[target] {
			continue
		}
		seen[target] = true
		dir := filepath.Dir(target)
		folders.Lock()
		named := folderOf(dir).named[filepath.Base(target)]
		folders.Unlock()
		for _, fi := range named {
			if now.Sub(fi.ModTime()) > staleAge {
				out = append(out, fmt.Sprintf("%s is a temporary file that an interrupted bitext left beside %s (%s, last written %s); remove it unless a bitext is still writing %[2]s",
					filepath.Join(dir, fi.Name()), name, Count(int(fi.Size()), "byte", "bytes"), fi.ModTime().Format("2006-01-02 15:04")))
			}
		}
	}
	return out
}

// readDir lists a folder's names, in the folder's order (a test counts
// the calls): os.ReadDir sorted them, and made an entry of each, where
// only a few names are looked at further.
var readDir = func(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}

// linkGrace is how long ago a linked temporary file must have been given
// its name for removeLeftovers to remove it, its process gone: a writer
// renames it within microseconds of naming it, so one older is a
// leftover even where its process id says nothing (another machine's
// run in a shared folder).
var linkGrace = time.Minute

// folders holds, for each folder a rewrite was started in or
// StaleTempWarnings looked at, the temporary files of CreateAtomic it
// held when this process first read it: a folder is read once a process,
// not once a file (normalize -w of 3,000 files in one folder read it
// 3,000 times, and that was most of the run's time).
var folders struct {
	sync.Mutex
	byDir map[string]*folderTemps
}

// folderTemps is a folder's temporary files of CreateAtomic by the name
// of the file each was made for: those named from the start
// (".NAME.bitext-DIGITS", regular files) and those named by a link
// (".NAME.bitext-pidPID-DIGITS", with their PID). Both nil when the
// folder holds none or cannot be read.
type folderTemps struct {
	named  map[string][]fs.FileInfo
	linked map[string][]leftover
}

type leftover struct {
	name string
	pid  int
}

// folderOf returns dir's folderTemps, reading the folder the first time;
// folders is locked.
func folderOf(dir string) *folderTemps {
	if ft := folders.byDir[dir]; ft != nil {
		return ft
	}
	ft := readTemps(dir)
	if folders.byDir == nil {
		folders.byDir = map[string]*folderTemps{}
	}
	folders.byDir[dir] = ft
	return ft
}

// removeLeftovers removes the linked temporary files that runs killed
// between the link and the rename of Commit left beside target (the new
// content, as large as the file): those whose process is gone and that
// were named more than linkGrace ago (see linkedLeft). A process still
// running keeps its own (its id may be another process's now: the file
// stays until that one ends too). Files named from the start (other
// systems, the named fallback) carry no process, and are left to
// StaleTempWarnings: one may be a long write still going on.
func removeLeftovers(target string) {
	if !linksTemps {
		return // nothing to remove here: the folder is not read for it
	}
	dir, base := filepath.Dir(target), filepath.Base(target)
	folders.Lock()
	ft := folderOf(dir)
	left := ft.linked[base]
	delete(ft.linked, base)
	folders.Unlock()
	for _, l := range left {
		if p := filepath.Join(dir, l.name); linkedLeft(p, l.pid) {
			os.Remove(p)
		}
	}
}

// readTemps reads folder dir's temporary files of CreateAtomic (see
// folderTemps), in the folder's order.
func readTemps(dir string) *folderTemps {
	ft := &folderTemps{}
	names, err := readDir(dir)
	if err != nil {
		return ft
	}
	for _, name := range names {
		rest, ok := strings.CutPrefix(name, ".")
		i := strings.LastIndex(rest, ".bitext-")
		if !ok || i < 0 {
			continue
		}
		fi, err := os.Lstat(filepath.Join(dir, name))
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		file, tail := rest[:i], rest[i+len(".bitext-"):]
		if digits(tail) {
			if ft.named == nil {
				ft.named = map[string][]fs.FileInfo{}
			}
			ft.named[file] = append(ft.named[file], fi)
			continue
		}
		pid, n, ok := strings.Cut(strings.TrimPrefix(tail, "pid"), "-")
		p, err := strconv.Atoi(pid)
		if !strings.HasPrefix(tail, "pid") || !ok || err != nil || p <= 0 || !digits(pid) || !digits(n) {
			continue
		}
		if ft.linked == nil {
			ft.linked = map[string][]leftover{}
		}
		ft.linked[file] = append(ft.linked[file], leftover{name, p})
	}
	return ft
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// Target is the file that Commit replaces.
func (a *AtomicFile) Target() string { return a.target }

// Write writes to the new content. Its error names the target and says it
// is unchanged, not the temporary file (a full disk said "write
// ./.story.txt.bitext-2623348751: no space left on device").
func (a *AtomicFile) Write(p []byte) (int, error) {
	if a.finished {
		return 0, a.writeErr(os.ErrClosed) // a file Finish kept open is done with
	}
	n, err := a.File.Write(p)
	return n, a.writeErr(err)
}

// WriteString is Write of a string.
func (a *AtomicFile) WriteString(s string) (int, error) {
	if a.finished {
		return 0, a.writeErr(os.ErrClosed)
	}
	n, err := a.File.WriteString(s)
	return n, a.writeErr(err)
}

// ReadFrom writes what r holds, through Write.
func (a *AtomicFile) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(struct{ io.Writer }{a}, r)
}

func (a *AtomicFile) writeErr(err error) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("write %s: %w; the file is unchanged", a.target, err)
}

// Finish syncs and closes the new content without putting it in place yet:
// a caller replacing many files at once (all or none) finishes each as it
// is written and commits them all at the end. A file without a name is
// kept open, still without one, for Commit, so that a run killed before
// it leaves nothing; past maxKept such files (half the descriptors a
// process may have) it gets its hidden name here and is closed, so that a
// caller of thousands of files is not refused more. On an error the
// temporary file is removed.
func (a *AtomicFile) Finish() error {
	if a.finished {
		return nil
	}
	err := a.settle(a.File)
	a.finished = true
	if err == nil && a.temp == "" {
		if keptOpen.Add(1) <= maxKept() {
			a.kept = true
			return nil
		}
		keptOpen.Add(-1)
		err = a.name() // written and synced: only now does it show in the folder
	}
	if cerr := a.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		a.remove()
		return fmt.Errorf("write %s: %w", a.target, err)
	}
	return nil
}

// Commit finishes the new content (see Finish) and renames it over the
// target.
func (a *AtomicFile) Commit() error {
	if err := a.Finish(); err != nil {
		return err
	}
	if a.kept {
		err := a.name()
		if cerr := a.release(); err == nil {
			err = cerr
		}
		if err != nil {
			a.remove()
			return fmt.Errorf("write %s: %w", a.target, err)
		}
		linked()
	}
	if err := os.Rename(a.temp, a.target); err != nil {
		a.remove()
		return fmt.Errorf("write %s: %w", a.target, err)
	}
	a.temp = "" // it is the target now: Abort leaves it
	return nil
}

// Abort drops the new content; the target is untouched. Abort after Commit
// does nothing.
func (a *AtomicFile) Abort() {
	a.release()
	a.Close()
	a.remove()
}

// release closes a file that Finish kept open, and counts it out of
// keptOpen; nil without doing anything for another.
func (a *AtomicFile) release() error {
	if !a.kept {
		return nil
	}
	a.kept = false
	keptOpen.Add(-1)
	return a.Close()
}

// remove removes the temporary file, if it has a name (an unnamed one
// goes when it is closed).
func (a *AtomicFile) remove() {
	if a.temp != "" {
		os.Remove(a.temp)
		a.temp = ""
	}
}

// WriteOutput runs write on out (standard output) through a buffer when
// name is "" or "-", else on the file name as WriteFile does (mode 0644).
// What write wrote before an error is not flushed to out; a failed flush
// is an error "write FILE: ..." (WriteError).
func WriteOutput(name string, out io.Writer, write func(io.Writer) error) error {
	return WriteOutputContext(context.Background(), name, out, nil, write)
}

// pipeRetry is how often a named pipe without a reader is opened again
// (WriteOutputContext): a cancel is seen within it, and a reader's
// arrival costs no more.
const pipeRetry = 100 * time.Millisecond

// WriteOutputContext is WriteOutput for a run that ctx may cancel. A named
// pipe as name is opened without the kernel's wait for a reader, which no
// cancel reaches: while no program has it open to read, waiting (when not
// nil) is called once with a note saying so ("waiting for a program to
// read NAME ...") and the open is tried again every 100 ms, until one
// does or ctx is done. A write to such a pipe that its reader does not
// take ends when ctx is done too. Either way the error wraps ctx.Err().
func WriteOutputContext(ctx context.Context, name string, out io.Writer, waiting func(note string), write func(io.Writer) error) error {
	if name != "" && name != "-" {
		var w func()
		if waiting != nil {
			w = func() {
				waiting("waiting for a program to read " + name + " (a named pipe no program has open yet; Ctrl-C stops)")
			}
		}
		return writeFile(ctx, name, 0o644, w, write)
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	return WriteError(bw.Flush())
}

// WriteError is err, an error writing output, said as "write: ..." unless
// it says so already: a file's write error names the file ("write
// /dev/stdout: no space left on device"), which "write: " would double.
// It is nil when err is.
func WriteError(err error) error {
	if pe := (*fs.PathError)(nil); err == nil || errors.As(err, &pe) && pe.Op == "write" {
		return err
	}
	return fmt.Errorf("write: %w", err)
}

// WriteFile replaces the file name with what write writes (through a
// buffer), atomically: on any error from write, the buffer or the disk, the
// file is as it was and no temporary file is left. A symbolic link is
// followed: the file it points to is replaced, the link kept. A name that
// is no regular file (/dev/stdout, /dev/null, a named pipe) is written to
// as it is, not replaced. A name that is a directory, or a file that may
// not be written (read-only to this user, as the shell's > refuses it), is
// an error wrapping ErrPlace; a file replaced keeps its permissions (perm
// is for a new one), so that an export kept private stays so, and its
// owner and group where this user may give them (see AtomicFile.Keep).
func WriteFile(name string, perm fs.FileMode, write func(io.Writer) error) error {
	return writeFile(context.Background(), name, perm, nil, write)
}

// writeFile is WriteFile; a named pipe is opened and written as
// WriteOutputContext says.
func writeFile(ctx context.Context, name string, perm fs.FileMode, waiting func(), write func(io.Writer) error) error {
	st, err := os.Stat(name)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("write %s: %w: it is a directory", name, ErrPlace)
	case err == nil && st.Mode()&fs.ModeNamedPipe != 0:
		return writePipe(ctx, name, waiting, write)
	case err == nil && !st.Mode().IsRegular():
		return writeStream(name, write)
	case err == nil:
		f, err := os.OpenFile(name, os.O_WRONLY, 0)
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("write %s: %w: the file is read-only (permission denied); it is unchanged", name, ErrPlace)
		}
		if err == nil {
			f.Close()
		}
		perm = st.Mode().Perm()
	}
	target := name
	if t, err := filepath.EvalSymlinks(name); err == nil {
		target = t
	}
	f, err := CreateAtomic(target, perm)
	if err != nil {
		return err
	}
	defer f.Abort()
	if st != nil {
		f.Keep(st)
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err // f's errors name the target
	}
	return f.Commit()
}

// writeBuffered runs write on a buffer over w, then flushes it; a failed
// flush names name.
func writeBuffered(name string, w io.Writer, write func(io.Writer) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// writeStream writes what write writes to name, a device or a pipe,
// through a buffer.
func writeStream(name string, write func(io.Writer) error) error {
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer f.Close()
	if err := writeBuffered(name, f, write); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// writePipe writes what write writes to name, a named pipe, through a
// buffer (see WriteOutputContext).
func writePipe(ctx context.Context, name string, waiting func(), write func(io.Writer) error) error {
	f, err := openPipeWrite(ctx, name, waiting)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer f.Close()
	// A write blocked on a full pipe whose reader takes nothing ends at
	// the deadline the cancel sets (a pipe opened without blocking is
	// polled, so it has deadlines).
	stop := context.AfterFunc(ctx, func() { f.SetWriteDeadline(time.Now()) })
	defer stop()
	if err := writeBuffered(name, f, write); err != nil {
		if ctx.Err() != nil && errors.Is(err, os.ErrDeadlineExceeded) {
			return fmt.Errorf("write %s: %w", name, ctx.Err())
		}
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// Open opens the file name to read it as input; a directory is an error
// too. Its errors name the file and say what is wrong in a few words (see
// OpenError): they are about the name given, not the disk.
func Open(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, OpenError(name, err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, openErr{fmt.Errorf("read %s: is a directory", name)}
	}
	return f, nil
}

// ErrOpen is wrapped by the errors of Open, OpenError and OpenInput: the
// input named cannot be read (no such file, a directory, no permission).
var ErrOpen = NewBadInput("cannot open")

// openErr marks err as ErrOpen, keeping its text.
type openErr struct{ error }

func (e openErr) Unwrap() []error { return []error{e.error, ErrOpen} }

// StdinName is how standard input ("-") is named in messages.
const StdinName = "<stdin>"

// DisplayName is the input name as messages show it: StdinName for "-".
func DisplayName(name string) string {
	if name == "-" {
		return StdinName
	}
	return name
}

// OpenRaw opens the input name ("-" is stdin) as it is, for a reader
// that checks its own text (a TMX or XLIFF file, a gzip stream): Open's
// errors for a file (ErrOpen); closing stdin's reader leaves stdin open.
func OpenRaw(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// ReadInput reads the whole input name ("-" is stdin), checked to be
// UTF-8 text as OpenInput checks it.
func ReadInput(name string, stdin io.Reader) ([]byte, error) {
	r, err := OpenInput(name, stdin)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// WithInput opens the input name ("-" is stdin) as OpenInput does, hands
// it to use, and closes it. If use ends because its context was cancelled,
// the error is an *Error "read NAME: interrupted" that wraps use's (so
// errors.Is(err, context.Canceled) holds).
func WithInput(name string, stdin io.Reader, use func(io.Reader) error) error {
	r, err := OpenInput(name, stdin)
	if err != nil {
		return err
	}
	defer r.Close()
	return Interrupted(name, use(r))
}

// Interrupted words err, when an interrupt (context.Canceled) stopped work
// on the input name and err does not name the input already, as the *Error
// "read NAME: interrupted" that wraps it (errors.Is(err, context.Canceled)
// still holds); other errors are returned as they are.
func Interrupted(name string, err error) error {
	if te := (*Error)(nil); errors.Is(err, context.Canceled) && !errors.As(err, &te) {
		return &Error{Name: DisplayName(name), Msg: "interrupted", Err: err}
	}
	return err
}

// CheckFiles checks, before any work, that each of names is "-" (standard
// input) or a file that exists and is not a directory, so that a mistyped
// name fails early: before a TM is created, or half of the files imported.
// The error is Open's.
func CheckFiles(names []string) error {
	for _, name := range names {
		if fi, err := os.Stat(name); name == "-" {
			continue
		} else if err != nil {
			return OpenError(name, err)
		} else if fi.IsDir() {
			return openErr{fmt.Errorf("read %s: is a directory", name)}
		}
	}
	return nil
}

// OpenInput opens the input name, "-" being stdin, as text checked as it
// is read: a *Error, naming DisplayName(name) and the line, at the first
// byte that is not UTF-8 or is NUL (see NewReader). Close closes the file;
// it leaves stdin open.
func OpenInput(name string, stdin io.Reader) (io.ReadCloser, error) {
	var c io.Closer = io.NopCloser(nil)
	if name != "-" {
		f, err := Open(name)
		if err != nil {
			return nil, err
		}
		stdin, c = f, f
	}
	return struct {
		io.Reader
		io.Closer
	}{NewReader(stdin, DisplayName(name)), c}, nil
}

// OpenError words an error of os.Open or os.Stat on name for a person:
// "open story.txt: no such file", "open story.txt: permission denied",
// else "open story.txt: " and what the system said.
func OpenError(name string, err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return openErr{fmt.Errorf("open %s: no such file", name)}
	case errors.Is(err, fs.ErrPermission):
		return openErr{fmt.Errorf("open %s: permission denied", name)}
	case errors.As(err, &pe):
		err = pe.Err
	}
	return openErr{fmt.Errorf("open %s: %v", name, err)}
}

// SameFile reports which of paths the file name is, if any: the same file,
// or, for files that come and go (a database's journal), the same
// absolute name.
func SameFile(name string, paths ...string) (string, bool) {
	if name == "" {
		return "", false
	}
	st, stErr := os.Stat(name)
	abs, _ := filepath.Abs(name)
	for _, p := range paths {
		if p == "" {
			continue
		}
		pst, err := os.Stat(p)
		absP, _ := filepath.Abs(p)
		if stErr == nil && err == nil && os.SameFile(st, pst) || abs == absP {
			return p, true
		}
	}
	return "", false
}

// IsTerminal reports whether w is a terminal (an *os.File of a terminal
// device, as isatty tells): where progress lines and highlighting are for
// a person.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	// A character device is not a terminal: /dev/null is one, and
	// `bitext segment < /dev/null` (a script, cron) said it was reading a
	// terminal, type or paste the text (faults43).
	return term.IsTerminal(int(f.Fd()))
}

// ColorTerminal reports whether w is a terminal to colour: a terminal
// (IsTerminal), unless $NO_COLOR is set (no-color.org) or $TERM is dumb.
func ColorTerminal(w io.Writer) bool {
	return IsTerminal(w) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

// ReadOnce returns names (a command's inputs: files, folders whose files
// are read, "-" standard input) without those that another of them reads
// already: a name given twice, a file inside a folder given (the folder's
// walk reads it, unless a part of its path is hidden), a folder inside
// another. notes says of each left out why ("news/a.txt is read once: it
// is in news"). Paths compare resolved (absolute, links followed); a name
// that does not resolve is kept, for its reader to report. names discover
// a.txt DIR, with a.txt in DIR, counted a.txt twice.
func ReadOnce(names []string) (keep, notes []string) {
	type arg struct {
		real string
		dir  bool
	}
	args := make([]arg, len(names))
	for i, n := range names {
		if n == "-" {
			continue
		}
		p, err := filepath.Abs(n)
		if err == nil {
			p, err = filepath.EvalSymlinks(p)
		}
		if err != nil {
			continue
		}
		fi, err := os.Stat(p)
		args[i] = arg{real: p, dir: err == nil && fi.IsDir()}
	}
	for i, a := range args {
		why := ""
		for j, b := range args {
			switch {
			case why != "" || a.real == "" || b.real == "" || i == j:
			case a.real == b.real && j < i:
				why = "it is given as " + DisplayName(names[j]) + " too"
			case b.dir && a.real != b.real && walks(b.real, a.real):
				why = "it is in " + DisplayName(names[j])
			}
		}
		if why != "" {
			notes = append(notes, DisplayName(names[i])+" is read once: "+why)
			continue
		}
		keep = append(keep, names[i])
	}
	return keep, notes
}

// walks says whether a walk of folder dir that skips hidden names reaches
// path p.
func walks(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		if strings.HasPrefix(part, ".") {
			return false
		}
	}
	return true
}

// hinted is an error with a hint of what to do (Hint).
type hinted struct {
	error
	hint string
}

// Hint says what to do about the error.
func (e hinted) Hint() string { return e.hint }

func (e hinted) Unwrap() error { return e.error }

// TextGivenAsFile returns, for a command (cmd, as typed: "segment") whose
// input names hold one that is no file and reads as text (white space in
// it), OpenError's error with a Hint that text goes on standard input:
// bitext segment 'The minister arrived. He left.' said only "no such
// file". nil when every name is a file, "-", or a missing name without
// white space (a mistyped file name, which OpenError says).
func TextGivenAsFile(cmd string, names []string) error {
	for _, n := range names {
		if n == "-" || !strings.ContainsAny(n, " \t\n") {
			continue
		}
		if _, err := os.Stat(n); errors.Is(err, fs.ErrNotExist) {
			return hinted{OpenError(n, err), "bitext " + cmd + " reads files, or text on standard input: echo 'The text.' | bitext " + cmd}
		}
	}
	return nil
}
