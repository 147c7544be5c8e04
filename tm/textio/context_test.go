package textio

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

func TestContextReaderPassesThrough(t *testing.T) {
	text := strings.Repeat("Téhéran قاسم سلیمانی 東京。\n", 10000)
	r := ContextReader(context.Background(), iotest.HalfReader(strings.NewReader(text)))
	if err := iotest.TestReader(r, []byte(text)); err != nil {
		t.Fatal(err)
	}
	errBoom := errors.New("boom")
	r = ContextReader(context.Background(), iotest.DataErrReader(iotest.TimeoutReader(strings.NewReader(text))))
	b, err := io.ReadAll(r)
	if !errors.Is(err, iotest.ErrTimeout) || !strings.HasPrefix(text, string(b)) {
		t.Fatalf("ReadAll = %d bytes, %v; want a prefix of the text and %v", len(b), err, iotest.ErrTimeout)
	}
	r = ContextReader(context.Background(), iotest.ErrReader(errBoom))
	if _, err := r.Read(make([]byte, 10)); !errors.Is(err, errBoom) {
		t.Fatalf("Read = %v; want %v", err, errBoom)
	}
}

// A Read blocked on a reader with nothing to give (a terminal, an idle
// pipe) returns when the context is cancelled. The cancel comes after the
// first Read has returned the first line and the reader's goroutine has
// begun its second read of the pipe, which has nothing more; then 50 ms
// more, for the second Read to block (were it to start after the cancel,
// it would say "canceled" at once: right, though not the case under test).
// The cancel came 50 ms after the first line was written: on a machine
// that stalled a moment, before the first Read had taken the line, which
// then said "canceled".
func TestContextReaderCancel(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	blocked := make(chan struct{}) // closed at the second read of pr
	reads := 0
	r := ContextReader(ctx, readerFunc(func(p []byte) (int, error) {
		if reads++; reads == 2 {
			close(blocked)
		}
		return pr.Read(p)
	}))
	go pw.Write([]byte("first line\n"))
	buf := make([]byte, 100)
	n, err := r.Read(buf)
	if err != nil || string(buf[:n]) != "first line\n" {
		t.Fatalf("Read = %q, %v; want the first line", buf[:n], err)
	}
	done := make(chan error, 1)
	go func() { _, err := r.Read(buf); done <- err }()
	select {
	case <-blocked:
	case <-time.After(30 * time.Second): // only ends a hang
		t.Fatal("the pipe was not read again within 30 s")
	}
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Read after cancel = %v; want %v", err, context.Canceled)
		}
	case <-time.After(30 * time.Second): // only ends a hang
		t.Fatal("Read still blocked 30 s after the context was cancelled")
	}
	if _, err := r.Read(buf); !errors.Is(err, context.Canceled) {
		t.Fatalf("Read again = %v; want %v", err, context.Canceled)
	}
}

// readerFunc is an io.Reader that is a function.
type readerFunc func(p []byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// TestOnFirstRead: the function is called once, before the first read,
// and never for a reader that is not read; the text passes unchanged.
func TestOnFirstRead(t *testing.T) {
	calls := 0
	r := OnFirstRead(iotest.OneByteReader(strings.NewReader("Téhéran\n")), func() { calls++ })
	if calls != 0 {
		t.Fatalf("called %d times before any read", calls)
	}
	b, err := io.ReadAll(r)
	if err != nil || string(b) != "Téhéran\n" || calls != 1 {
		t.Errorf("ReadAll = %q, %v with %d calls; want the text and one call", b, err, calls)
	}
}
