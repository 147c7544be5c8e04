package align

import (
	"reflect"
	"testing"
)

func TestPresegmentedDocument(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Document
	}{
		{"", Document{}},
		{"One.\nTwo.\n", Document{Sentences: []string{"One.", "Two."}, Paragraphs: []int{0, 0}}},
		{"\n\nOne.\r\n \r\nTwo.\n\n\nThree.", Document{Sentences: []string{"One.", "Two.", "Three."}, Paragraphs: []int{0, 1, 2}}},
	} {
		if got := PresegmentedDocument(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("PresegmentedDocument(%q) = %+v; want %+v", tc.text, got, tc.want)
		}
	}
}
