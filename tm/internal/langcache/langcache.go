// Package langcache remembers the language tags parsed from their text,
// and the text of tags, for the readers and writers of package tm and for
// the stores (tm/internal/storekit): a TM holds few distinct languages, and
// parsing or formatting each variant's tag would cost more than the rest
// of reading it.
package langcache

import "golang.org/x/text/language"

// Linear is how many tags, and how many texts, a Cache keeps in slices
// scanned in order, which is several times faster than a map keyed by a
// tag; more go to maps.
const Linear = 8

// Cache remembers tags parsed from text and the text of tags. The zero
// value is ready to use. It is not safe for concurrent use: each reader
// makes its own.
type Cache struct {
	codes    []string // Parse: codes[i] is tags[i]
	tags     []language.Tag
	textTags []language.Tag // Text: textTags[i] is texts[i]
	texts    []string
	moreTags map[string]language.Tag
	moreText map[language.Tag]string
}

// Parse returns the tag parse makes of code, remembering it; parse runs
// once for each code (an error is returned and not remembered).
func (c *Cache) Parse(code string, parse func(string) (language.Tag, error)) (language.Tag, error) {
	for i, s := range c.codes {
		if s == code {
			return c.tags[i], nil
		}
	}
	if t, ok := c.moreTags[code]; ok {
		return t, nil
	}
	t, err := parse(code)
	if err != nil {
		return t, err
	}
	if len(c.codes) < Linear {
		c.codes, c.tags = append(c.codes, code), append(c.tags, t)
	} else {
		if c.moreTags == nil {
			c.moreTags = map[string]language.Tag{}
		}
		c.moreTags[code] = t
	}
	return t, nil
}

// Text returns t.String(), "" for language.Und, remembering it.
func (c *Cache) Text(t language.Tag) string {
	if t == language.Und {
		return ""
	}
	for i, x := range c.textTags {
		if x == t {
			return c.texts[i]
		}
	}
	if s, ok := c.moreText[t]; ok {
		return s
	}
	s := t.String()
	if len(c.textTags) < Linear {
		c.textTags, c.texts = append(c.textTags, t), append(c.texts, s)
	} else {
		if c.moreText == nil {
			c.moreText = map[language.Tag]string{}
		}
		c.moreText[t] = s
	}
	return s
}
