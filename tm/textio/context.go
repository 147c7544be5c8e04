package textio

import (
	"context"
	"io"
	"sync"
)

// ContextReader returns a reader of r whose Read returns ctx.Err() as soon
// as ctx is done, even while a read of r is blocked (a terminal or a pipe
// with nothing to read yet): a program reading its standard input then
// stops at the first interrupt. r is read in a goroutine of its own, which
// starts at the first Read (a program that never reads r takes nothing
// from it) and may read one chunk ahead; it ends at r's end or error, or
// when ctx is done and a blocked read of r returns. After ctx is done the
// reader returns ctx.Err() forever; a reader that is dropped before the
// end of r and whose ctx is never done leaves its goroutine blocked.
func ContextReader(ctx context.Context, r io.Reader) io.Reader {
	return &contextReader{ctx: ctx, r: r}
}

type contextReader struct {
	ctx    context.Context
	r      io.Reader
	chunks chan []byte // from pump; closed after the last, once err is set
	err    error       // r's error (io.EOF at its end)
	rest   []byte      // of the last chunk, not read yet
}

func (c *contextReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if c.chunks == nil {
		c.chunks = make(chan []byte)
		go c.pump()
	}
	if len(c.rest) == 0 {
		var ok bool
		select {
		case <-c.ctx.Done():
			return 0, c.ctx.Err()
		case c.rest, ok = <-c.chunks:
			if !ok {
				return 0, c.err
			}
		}
	}
	n := copy(p, c.rest)
	c.rest = c.rest[n:]
	return n, nil
}

// pump reads r into two buffers in turn: one while Read hands out the
// other (the channel is unbuffered, so Read has finished with a buffer
// before it takes the next).
func (c *contextReader) pump() {
	var bufs [2][32 << 10]byte
	for i := 0; ; i ^= 1 {
		n, err := c.r.Read(bufs[i][:])
		if n > 0 {
			select {
			case c.chunks <- bufs[i][:n]:
			case <-c.ctx.Done():
				return
			}
		}
		if err != nil {
			c.err = err
			close(c.chunks)
			return
		}
	}
}

// CancelReader returns a reader of r whose Read returns ctx.Err() once ctx
// is done. Unlike ContextReader it starts no goroutine and cannot end a
// Read that blocks: it is for files, whose reads return, so that work on a
// large file stops at an interrupt. Under NewReader the error reads "read
// NAME: interrupted".
func CancelReader(ctx context.Context, r io.Reader) io.Reader {
	return &cancelReader{ctx: ctx, r: r}
}

type cancelReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *cancelReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// OnFirstRead returns a reader of r that calls f once, before its first
// Read: a command says there what it waits for (standard input on a
// terminal), and says nothing when it never reads r.
func OnFirstRead(r io.Reader, f func()) io.Reader {
	return &firstRead{r: r, f: f}
}

type firstRead struct {
	r    io.Reader
	f    func()
	once sync.Once
}

func (fr *firstRead) Read(p []byte) (int, error) {
	fr.once.Do(fr.f)
	return fr.r.Read(p)
}
