package normalize

import (
	_ "embed"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

//go:embed default_glossary.tsv
var defaultGlossaryTSV string

// defaultEntries reads the embedded glossary without checking that each
// name has a key (checkNameNoKey; TestDefaultGlossaryReads reads it with
// ReadEntries and compares): the check cost a third of 'names match's
// start-up.
var defaultEntries = sync.OnceValue(func() []Entry {
	es, err := readDelimitedWith(strings.NewReader(defaultGlossaryTSV), '\t', checkNameNoKey, nil)
	if err != nil {
		panic("normalize: the embedded default glossary does not parse: " + err.Error())
	}
	return es
})

// DefaultEntries returns a copy of the embedded default glossary: entities
// common in Middle East news with house spellings after AP, Reuters and BBC
// practice (see default_glossary.tsv for the choices).
func DefaultEntries() []Entry {
	es := defaultEntries()
	out := make([]Entry, len(es))
	for i, e := range es {
		e.Variants = append([]string(nil), e.Variants...)
		e.Langs = append([]language.Tag(nil), e.Langs...)
		out[i] = e
	}
	return out
}

var defaultGlossary = sync.OnceValue(func() *Glossary { return NewGlossary(defaultEntries()) })

// DefaultGlossary returns the compiled default glossary, built once.
func DefaultGlossary() *Glossary { return defaultGlossary() }
