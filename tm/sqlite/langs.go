package sqlite

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// langCache parses the language tags the store keeps as text (tm's
// UnitRecord.Langs and SrcLangText) back into tags, remembering them: a TM
// holds few distinct languages, and parsing each variant's tag would cost
// more than reading the rest of it. The first few are kept in slices
// scanned in order (faster than a map for a handful), the others in a
// map. The zero value is ready to use; it is not safe for concurrent use,
// so each read makes its own.
type langCache struct {
	texts []string // texts[i] is tags[i]
	tags  []language.Tag
	more  map[string]language.Tag
}

// langCacheLinear is how many tags a langCache keeps in its slices.
const langCacheLinear = 8

// parse returns the tag of s, language.Und for "". A stored tag that does
// not parse (the file was edited by hand) is an error naming it.
func (c *langCache) parse(s string) (language.Tag, error) {
	for i, x := range c.texts {
		if x == s {
			return c.tags[i], nil
		}
	}
	if t, ok := c.more[s]; ok {
		return t, nil
	}
	t := language.Und
	if s != "" {
		var err error
		if t, err = language.Parse(s); err != nil {
			return language.Und, fmt.Errorf("stored language %q is not BCP 47", s)
		}
	}
	if len(c.texts) < langCacheLinear {
		c.texts, c.tags = append(c.texts, s), append(c.tags, t)
	} else {
		if c.more == nil {
			c.more = map[string]language.Tag{}
		}
		c.more[s] = t
	}
	return t, nil
}

// langsText is the space-separated BCP 47 text of ls, as the glossary
// table keeps an entry's languages.
func langsText(ls []language.Tag) string {
	s := make([]string, len(ls))
	for i, t := range ls {
		s[i] = t.String()
	}
	return strings.Join(s, " ")
}
