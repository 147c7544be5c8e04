package tm_test

import (
	"bytes"
	"github.com/bitext/bitext/tm"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestExport(t *testing.T) {
	d := openTemp(t)
	u := pair("Tab\there", "Line\nbreak")
	if _, err := d.Import(ctx, seq(u, pair("Hello.", "Bonjour.")), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format  string
		want    []string
		wantErr bool
	}{
		{"tsv", []string{"Tab here\tLine break\n", "Hello.\tBonjour.\n"}, false},
		{"tmx", []string{"<tmx version=\"1.4\">", "creationtoolversion=\"9.9\"", "<seg>Hello.</seg>", "<seg>Bonjour.</seg>", "</tmx>"}, false},
		{"csv", nil, true},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		err := d.Export(ctx, &b, tt.format, language.English, language.French, "9.9")
		if (err != nil) != tt.wantErr {
			t.Errorf("Export(%q) error = %v; want error %v", tt.format, err, tt.wantErr)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("Export(%q) = %q; want it to contain %q", tt.format, b.String(), w)
			}
		}
	}
}
