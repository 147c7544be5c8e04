package segment

import "golang.org/x/text/language"

// ByLanguage makes a Segmenter for each language asked of it, once, all
// with the same options: for a run over documents in several languages,
// as `bitext segment story.en.txt story.fr.txt` is. The zero value is not
// usable; call NewByLanguage.
type ByLanguage struct {
	opts []Option
	warn func(string)
	m    map[language.Tag]*Segmenter
}

// NewByLanguage returns a ByLanguage making segmenters with opts. warn, if
// not nil, is called with a segmenter's FallbackWarning the first time a
// language with no rules of its own is asked for.
func NewByLanguage(warn func(string), opts ...Option) *ByLanguage {
	return &ByLanguage{opts: opts, warn: warn, m: map[language.Tag]*Segmenter{}}
}

// For returns the segmenter of lang, made by New on first use.
func (b *ByLanguage) For(lang language.Tag) (*Segmenter, error) {
	if s, ok := b.m[lang]; ok {
		return s, nil
	}
	s, err := New(lang, b.opts...)
	if err != nil {
		return nil, err
	}
	b.m[lang] = s
	if w := s.FallbackWarning(); w != "" && b.warn != nil {
		b.warn(w)
	}
	return s, nil
}
