package align

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// dictzip's random access. dictd's .dict.dz is a gzip file (RFC 1952)
// whose data was compressed in chunks of a fixed size, each flushed so
// that it inflates alone; the header's extra field "RA" gives the chunk
// size and each chunk's compressed size. A pair aligned alone needs the
// entries of its English words only (installedDict.lexiconPart), and
// reading only the chunks that hold them spares inflating the rest.

// A dictzip reads the uncompressed data of a dictzip file by chunks.
type dictzip struct {
	r     io.ReaderAt
	chunk int64   // uncompressed size of a chunk (the last may be shorter)
	offs  []int64 // each chunk's compressed start in the file, and the end
	size  int64   // uncompressed size (the gzip trailer's ISIZE)
	// last is the chunk inflated last, lastData its data: a FreeDict
	// file's entries are in the order of its index.
	last     int
	lastData []byte
	fr       io.ReadCloser // last's inflater
	comp     []byte        // last's compressed bytes
	buf      []byte
}

// errNotDictzip is a gzip file without the "RA" extra field: it is read
// as a stream.
var errNotDictzip = errors.New("not a dictzip file (no RA extra field)")

// dictzipMaxChunks bounds the chunks a header may list (a 1 GiB file of
// the usual 58,315-byte chunks has 18,400): dictzip's extra field is a
// 16-bit length, so a header lists at most 32,765.
const dictzipMaxChunks = 1 << 15

// parseDictzip reads the header of a dictzip file from head (its first
// bytes: the gzip header with the extra field, the file name and the
// comment) for a file of fileSize bytes: the chunk size, each chunk's
// compressed start and end, and the uncompressed size from the trailer
// (isize). It is errNotDictzip for a gzip file without the RA field, an
// error saying what is wrong for a header that cannot be right.
func parseDictzip(head []byte, fileSize int64, isize uint32) (chunk int64, offs []int64, err error) {
	const fextra, fname, fcomment, fhcrc = 4, 8, 16, 2
	if len(head) < 10 || head[0] != 0x1f || head[1] != 0x8b || head[2] != 8 {
		return 0, nil, errors.New("not a gzip file")
	}
	flg := head[3]
	if flg&fextra == 0 {
		return 0, nil, errNotDictzip
	}
	p := 10
	if len(head) < p+2 {
		return 0, nil, errors.New("gzip header cut short")
	}
	xlen := int(binary.LittleEndian.Uint16(head[p:]))
	p += 2
	if len(head) < p+xlen {
		return 0, nil, errors.New("gzip extra field cut short")
	}
	extra := head[p : p+xlen]
	p += xlen
	var sizes []byte
	for len(extra) >= 4 {
		n := int(binary.LittleEndian.Uint16(extra[2:]))
		if len(extra) < 4+n {
			return 0, nil, errors.New("gzip extra subfield cut short")
		}
		if extra[0] == 'R' && extra[1] == 'A' {
			f := extra[4 : 4+n]
			if len(f) < 6 || binary.LittleEndian.Uint16(f) != 1 {
				return 0, nil, errors.New("dictzip RA field: not version 1")
			}
			chunk = int64(binary.LittleEndian.Uint16(f[2:]))
			cnt := int(binary.LittleEndian.Uint16(f[4:]))
			if chunk == 0 || cnt == 0 || cnt > dictzipMaxChunks || len(f) < 6+2*cnt {
				return 0, nil, fmt.Errorf("dictzip RA field: %d chunks of %d bytes in a field of %d", cnt, chunk, len(f))
			}
			sizes = f[6 : 6+2*cnt]
		}
		extra = extra[4+n:]
	}
	if sizes == nil {
		return 0, nil, errNotDictzip
	}
	for _, flag := range []byte{fname, fcomment} {
		if flg&flag != 0 {
			i := bytes.IndexByte(head[p:], 0)
			if i < 0 {
				return 0, nil, errors.New("gzip file name or comment cut short")
			}
			p += i + 1
		}
	}
	if flg&fhcrc != 0 {
		p += 2
	}
	offs = make([]int64, 0, len(sizes)/2+1)
	at := int64(p)
	for i := 0; i < len(sizes); i += 2 {
		offs = append(offs, at)
		at += int64(binary.LittleEndian.Uint16(sizes[i:]))
	}
	offs = append(offs, at)
	cnt := int64(len(offs) - 1)
	if at+8 > fileSize {
		return 0, nil, fmt.Errorf("dictzip chunks end at %d, past the file's %d bytes", at+8, fileSize)
	}
	if size := int64(isize); size > cnt*chunk || size <= (cnt-1)*chunk {
		return 0, nil, fmt.Errorf("dictzip: %d chunks of %d bytes cannot hold the %d bytes the trailer gives", cnt, chunk, size)
	}
	return chunk, offs, nil
}

// dictzipHeadMax is how much of a file parseDictzip is given: the gzip
// header, an extra field of at most 64 KiB, and a file name and comment.
const dictzipHeadMax = 80 << 10

// openDictzip reads the header and trailer of the dictzip file r of
// fileSize bytes (errNotDictzip when it is a gzip file without the RA
// field).
func openDictzip(r io.ReaderAt, fileSize int64) (*dictzip, error) {
	if fileSize < 18 {
		return nil, errors.New("not a gzip file")
	}
	head := make([]byte, min(fileSize, dictzipHeadMax))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return nil, err
	}
	var tail [4]byte
	if _, err := r.ReadAt(tail[:], fileSize-4); err != nil {
		return nil, err
	}
	isize := binary.LittleEndian.Uint32(tail[:])
	chunk, offs, err := parseDictzip(head, fileSize, isize)
	if err != nil {
		return nil, err
	}
	return &dictzip{r: r, chunk: chunk, offs: offs, size: int64(isize), last: -1}, nil
}

// chunkData is chunk i inflated up to byte upTo at least (kept, and
// its inflater, for the next entry in it: an entry's chunk is inflated
// only as far as the entries read need).
func (z *dictzip) chunkData(i int, upTo int64) ([]byte, error) {
	if i != z.last {
		comp := slices.Grow(z.comp[:0], int(z.offs[i+1]-z.offs[i]))[:z.offs[i+1]-z.offs[i]]
		z.comp = comp
		if _, err := z.r.ReadAt(comp, z.offs[i]); err != nil {
			return nil, fmt.Errorf("dictzip chunk %d: %w", i, err)
		}
		if z.fr == nil {
			z.fr = flate.NewReader(bytes.NewReader(comp))
		} else if err := z.fr.(flate.Resetter).Reset(bytes.NewReader(comp), nil); err != nil {
			return nil, fmt.Errorf("dictzip chunk %d: %w", i, err)
		}
		want := min(z.chunk, z.size-int64(i)*z.chunk)
		if int64(cap(z.lastData)) < want {
			z.lastData = make([]byte, 0, want)
		}
		z.last, z.lastData = i, z.lastData[:0]
	}
	if n := int64(len(z.lastData)); upTo > n {
		d := z.lastData[:upTo]
		if _, err := io.ReadFull(z.fr, d[n:]); err != nil {
			z.last = -1
			return nil, fmt.Errorf("dictzip chunk %d: %w", i, err)
		}
		z.lastData = d
	}
	return z.lastData, nil
}

// entry returns the n uncompressed bytes at off (within z.size), from
// the chunks that hold them, valid until the next call (the buffers are
// reused).
func (z *dictzip) entry(off, n int64) ([]byte, error) {
	if off < 0 || n < 0 || off+n > z.size {
		return nil, fmt.Errorf("dictzip: bytes %d+%d past the data's %d", off, n, z.size)
	}
	first, last := int(off/z.chunk), int((off+n-1)/z.chunk)
	if n == 0 {
		return nil, nil
	}
	if first == last {
		o := off - int64(first)*z.chunk
		d, err := z.chunkData(first, o+n)
		if err != nil {
			return nil, err
		}
		return d[o : o+n], nil
	}
	z.buf = z.buf[:0]
	for i := first; i <= last; i++ {
		lo, hi := int64(0), min(z.chunk, z.size-int64(i)*z.chunk)
		if i == first {
			lo = off - int64(i)*z.chunk
		}
		if i == last {
			hi = off + n - int64(i)*z.chunk
		}
		d, err := z.chunkData(i, hi)
		if err != nil {
			return nil, err
		}
		z.buf = append(z.buf, d[lo:hi]...)
	}
	return z.buf, nil
}
