package tm

import (
	"iter"

	"golang.org/x/text/language"
)

// pair and seq build units for the tests of package tm; the tests of
// tm_test (which use a store) have their own.
func pair(src, tgt string) Unit {
	return Unit{SrcLang: language.English, Variants: []Variant{{Lang: language.English, Text: src}, {Lang: language.French, Text: tgt}}}
}

func seq(units ...Unit) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		for _, u := range units {
			if !yield(u, nil) {
				return
			}
		}
	}
}
