package align

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"hash/crc32"
	"io"
	"testing"
)

// writeDictzip is data as dictzip writes it: a gzip file whose deflate
// data is chunks of chunk bytes, each inflating alone, listed in the
// header's extra field "RA".
func writeDictzip(t testing.TB, data []byte, chunk int) []byte {
	t.Helper()
	var comp bytes.Buffer
	var sizes []uint16
	for i := 0; i == 0 || i < len(data); i += chunk {
		part := data[i:min(i+chunk, len(data))]
		start := comp.Len()
		w, err := flate.NewWriter(&comp, flate.BestCompression)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(part)
		if i+chunk >= len(data) {
			w.Close() // the final block
		} else {
			w.Flush() // byte-aligned: the next chunk starts a stream of its own
		}
		if comp.Len()-start > 0xffff {
			t.Fatalf("chunk %d compressed to %d bytes", i/chunk, comp.Len()-start)
		}
		sizes = append(sizes, uint16(comp.Len()-start))
	}
	var out bytes.Buffer
	out.Write([]byte{0x1f, 0x8b, 8, 4 | 8, 0, 0, 0, 0, 2, 3}) // FEXTRA, FNAME
	ra := binary.LittleEndian.AppendUint16(nil, 1)
	ra = binary.LittleEndian.AppendUint16(ra, uint16(chunk))
	ra = binary.LittleEndian.AppendUint16(ra, uint16(len(sizes)))
	for _, s := range sizes {
		ra = binary.LittleEndian.AppendUint16(ra, s)
	}
	out.Write(binary.LittleEndian.AppendUint16(nil, uint16(4+len(ra))))
	out.Write([]byte{'R', 'A'})
	out.Write(binary.LittleEndian.AppendUint16(nil, uint16(len(ra))))
	out.Write(ra)
	out.WriteString("test.dict\x00")
	out.Write(comp.Bytes())
	out.Write(binary.LittleEndian.AppendUint32(nil, crc32.ChecksumIEEE(data)))
	out.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(data))))
	return out.Bytes()
}

// TestDictzip: the bytes of any span of a dictzip file's data come from
// its chunks as they are, across chunk boundaries too; a gzip file
// without the RA field is errNotDictzip; a header that does not fit its
// file is an error.
func TestDictzip(t *testing.T) {
	var data []byte
	for i := range 5000 {
		data = append(data, []byte("headword "+string(rune('a'+i%26))+"\nsome translation, another\n")...)
	}
	file := writeDictzip(t, data, 1000)
	zr, err := gzip.NewReader(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if whole, err := io.ReadAll(zr); err != nil || !bytes.Equal(whole, data) {
		t.Fatalf("the test's dictzip file read as gzip: %d bytes, %v; want the data's %d", len(whole), err, len(data))
	}
	z, err := openDictzip(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	if z.size != int64(len(data)) || len(z.offs) != (len(data)+999)/1000+1 {
		t.Fatalf("size %d, %d chunk ends; want %d, %d", z.size, len(z.offs), len(data), (len(data)+999)/1000+1)
	}
	for _, sp := range [][2]int64{{0, 10}, {995, 10}, {1000, 1000}, {1500, 3000}, {int64(len(data)) - 7, 7}, {3, 0}, {0, int64(len(data))}} {
		got, err := z.entry(sp[0], sp[1])
		if err != nil || !bytes.Equal(got, data[sp[0]:sp[0]+sp[1]]) {
			t.Errorf("entry %d+%d: %q, %v; want %q", sp[0], sp[1], got, err, data[sp[0]:sp[0]+sp[1]])
		}
	}
	if _, err := z.entry(int64(len(data))-3, 4); err == nil {
		t.Errorf("entry past the end: no error")
	}
	var plain bytes.Buffer
	gw := gzip.NewWriter(&plain)
	gw.Write(data)
	gw.Close()
	if _, err := openDictzip(bytes.NewReader(plain.Bytes()), int64(plain.Len())); err != errNotDictzip {
		t.Errorf("plain gzip: %v; want errNotDictzip", err)
	}
	if _, err := openDictzip(bytes.NewReader(file[:len(file)-100]), int64(len(file)-100)); err == nil {
		t.Errorf("a cut file: no error")
	}
	bad := bytes.Clone(file)
	binary.LittleEndian.PutUint32(bad[len(bad)-4:], uint32(len(data)+5000))
	if _, err := openDictzip(bytes.NewReader(bad), int64(len(bad))); err == nil {
		t.Errorf("a trailer's size past the chunks: no error")
	}
}

// FuzzDictzip: a dictzip file made of any data and chunk size reads
// back its data by spans; the same file damaged (a byte changed, the end
// cut) never panics.
func FuzzDictzip(f *testing.F) {
	f.Add([]byte("water\n1. पानी\n"), uint16(5), uint16(3), uint16(0))
	f.Add([]byte("a long entry text, repeated; a long entry text, repeated"), uint16(16), uint16(40), uint16(12))
	f.Add([]byte{}, uint16(1), uint16(0), uint16(0))
	f.Fuzz(func(t *testing.T, data []byte, chunk, flip, cut uint16) {
		if chunk == 0 || chunk > 60000 || len(data) > 1<<16 || len(data)/int(chunk) > 2000 { // a chunk compresses to 64 KiB at most
			return
		}
		file := writeDictzip(t, data, int(chunk))
		z, err := openDictzip(bytes.NewReader(file), int64(len(file)))
		if err != nil {
			if len(data) == 0 { // ISIZE 0 fits no chunk
				return
			}
			t.Fatalf("a dictzip file of %d bytes in chunks of %d: %v", len(data), chunk, err)
		}
		n := int64(len(data))
		for _, sp := range [][2]int64{{0, n}, {n / 3, n / 2}, {int64(flip) % n, min(n-int64(flip)%n, int64(cut))}} {
			if got, err := z.entry(sp[0], sp[1]); err != nil || !bytes.Equal(got, data[sp[0]:sp[0]+sp[1]]) {
				t.Fatalf("entry %d+%d: %q, %v; want %q", sp[0], sp[1], got, err, data[sp[0]:sp[0]+sp[1]])
			}
		}
		bad := bytes.Clone(file)
		bad[int(flip)%len(bad)] ^= 0x5a
		bad = bad[:len(bad)-int(cut)%len(bad)]
		if z, err := openDictzip(bytes.NewReader(bad), int64(len(bad))); err == nil {
			z.entry(0, z.size)
			z.entry(z.size/2, z.size-z.size/2)
		}
	})
}
