package po_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/bitext/bitext/tm/po"
)

// A PO file read entry by entry: the header's fields come from Header,
// a plural entry has one translation a plural form, and a fuzzy one says so.
func Example() {
	const file = `msgid ""
msgstr ""
"Language: de\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#: main.c:12
msgid "Open file"
msgstr "Datei öffnen"

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d Datei"
msgstr[1] "%d Dateien"

#, fuzzy
msgctxt "menu"
msgid "Close"
msgstr "Schließen"
`
	r, err := po.NewReader(strings.NewReader(file))
	if err != nil {
		log.Fatal(err) // a *po.Error names the line
	}
	fmt.Println("language:", r.Header().Language)
	for e, err := range r.All() {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%q %q %q fuzzy=%v\n", e.Context, e.ID, e.Str, e.Fuzzy())
	}
	// Output:
	// language: de
	// "" "Open file" ["Datei öffnen"] fuzzy=false
	// "" "%d file" ["%d Datei" "%d Dateien"] fuzzy=false
	// "menu" "Close" ["Schließen"] fuzzy=true
}
