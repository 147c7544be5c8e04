package normalize

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestFormatsRoundTrip(t *testing.T) {
	entries := []Entry{
		{Canonical: "Qassem Soleimani", Variants: []string{"Qasem Soleimani", "قاسم سلیمانی"}, Kind: KindPerson},
		{Canonical: "Islamic Revolutionary Guard Corps", Variants: []string{"IRGC", "Revolution Guards"}, Kind: KindOrg, Langs: []string{"en", "fr"}},
		{Canonical: "Tehran & <Co>", Kind: KindPlace, Variants: []string{`Te"heran`}},
	}
	for _, f := range []string{FormatTSV, FormatCSV, FormatJSONL, FormatTBX} {
		var b bytes.Buffer
		if err := WriteEntries(&b, entries, f); err != nil {
			t.Fatalf("WriteEntries(%s): %v", f, err)
		}
		got, err := ReadEntries(bytes.NewReader(b.Bytes()), f)
		if err != nil {
			t.Fatalf("ReadEntries(%s): %v\n%s", f, err, b.String())
		}
		if !reflect.DeepEqual(got, entries) {
			t.Errorf("%s round trip = %+v; want %+v", f, got, entries)
		}
		if d := DetectFormat("", b.Bytes()); d != f && !(f == FormatTSV && d == FormatTSV) {
			t.Errorf("DetectFormat(%s output) = %s", f, d)
		}
	}
}

func TestReadEntriesErrors(t *testing.T) {
	for _, tc := range []struct{ format, in, want string }{
		{FormatTSV, "Tehran\tplanet\tTeheran\n", "line 1: unknown kind"},
		{FormatTSV, "canonical\tkind\n\tplace\n", "line 2: empty canonical"},
		{FormatCSV, "A,person,B\n\"unterminated\n", "line 2"},
		{FormatJSONL, "{\"canonical\":\"X\"}\n{bad\n", "line 2: bad JSON"},
		{FormatTBX, "<tbx><text><body>\n<conceptEntry><langSec><termSec><term>X</termSec>", "bad XML"},
		{FormatTBX, "<html/>", "not a TBX file"},
	} {
		_, err := ReadEntries(strings.NewReader(tc.in), tc.format)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadEntries(%s, %q) = %v; want an error with %q", tc.format, tc.in, err, tc.want)
		}
	}
}

func FuzzReadEntries(f *testing.F) {
	f.Add("tsv", "canonical\tkind\tvariants\nTehran\tplace\tTeheran|Tahran\n")
	f.Add("csv", "Tehran,place,Teheran\n")
	f.Add("jsonl", `{"canonical":"A","variants":[{"form":"B","count":2}]}`)
	f.Add("tbx", `<tbx><text><body><conceptEntry><langSec xml:lang="en"><termSec><term>A</term></termSec><termSec><term>B</term></termSec></langSec></conceptEntry></body></text></tbx>`)
	f.Fuzz(func(t *testing.T, format, in string) {
		switch format {
		case FormatTSV, FormatCSV, FormatJSONL, FormatTBX:
		default:
			return
		}
		es, err := ReadEntries(strings.NewReader(in), format)
		if err != nil {
			return
		}
		// What was read writes and reads back the same in every format.
		for _, f2 := range []string{FormatJSONL, FormatTBX} {
			var b bytes.Buffer
			if err := WriteEntries(&b, es, f2); err != nil {
				t.Fatal(err)
			}
			back, err := ReadEntries(&b, f2)
			if err != nil {
				t.Fatalf("re-read %s: %v\n%s", f2, err, b.String())
			}
			if len(back) != len(es) {
				t.Fatalf("%s round trip: %d entries; want %d", f2, len(back), len(es))
			}
		}
	})
}
