package normalize

import (
	"sort"
	"strings"
)

// markupSpans returns the byte ranges [start, end) of text that are
// markup, not prose, in order: tags (from a "<" followed by a letter,
// "/", "!" or "?" to the next ">", with no other "<" between), comments
// ("<!--" to "-->"), and the contents of script and style elements (to
// their end tag). Names there are link addresses, file names, ids, class
// names and code, which a rewrite breaks; an HTML page's text is what
// lies between. A "<" that opens no tag ("a < b", "x<5", "<->") is prose.
// It is nil, at the cost of one byte search, for text without "<".
//
// The spans are found in the text given (one chunk of Rewrite): a
// script, style or comment longer than a chunk has its rest taken as
// prose.
func markupSpans(text string) [][2]int {
	if strings.IndexByte(text, '<') < 0 {
		return nil
	}
	var spans [][2]int
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '<')
		if j < 0 || i+j+1 >= len(text) {
			break
		}
		j += i
		if c := text[j+1]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?') {
			i = j + 1
			continue
		}
		if strings.HasPrefix(text[j:], "<!--") {
			end := len(text)
			if e := strings.Index(text[j+4:], "-->"); e >= 0 {
				end = j + 4 + e + 3
			}
			spans = append(spans, [2]int{j, end})
			i = end
			continue
		}
		e := strings.IndexAny(text[j+1:], "<>")
		if e < 0 {
			break // no ">" follows: prose
		}
		if text[j+1+e] == '<' {
			i = j + 1 + e // another "<" first: this one opened no tag
			continue
		}
		end := j + 1 + e + 1
		if name := tagName(text[j+1 : end]); name == "script" || name == "style" {
			if k := indexFold(text[end:], "</"+name); k >= 0 {
				end += k
			} else {
				end = len(text)
			}
		}
		spans = append(spans, [2]int{j, end})
		i = end
	}
	return spans
}

// tagName is the lower-cased name of an opening tag's content (what
// follows its "<", up to and with its ">"), "" for an end tag, a
// declaration or a self-closed tag.
func tagName(tag string) string {
	if strings.HasSuffix(tag, "/>") {
		return ""
	}
	n := 0
	for n < len(tag) && (tag[n] >= 'a' && tag[n] <= 'z' || tag[n] >= 'A' && tag[n] <= 'Z' || n > 0 && tag[n] >= '0' && tag[n] <= '9') {
		n++
	}
	return strings.ToLower(tag[:n])
}

// indexFold is strings.Index of an ASCII lower-case sub in s, ignoring
// case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// inSpans reports whether the byte at off lies in one of spans
// (markupSpans).
func inSpans(spans [][2]int, off int) bool {
	if len(spans) == 0 {
		return false
	}
	k := sort.Search(len(spans), func(k int) bool { return spans[k][1] > off })
	return k < len(spans) && spans[k][0] <= off
}
