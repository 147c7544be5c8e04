package normalize

import (
	"sort"
	"strings"
)

// markupState is where a page's markup stands at the end of a chunk, so
// that the next chunk's markupSpans goes on from there: a script, style or
// comment longer than a chunk, or cut by the chunk's end, is markup to its
// end in the chunks that follow.
type markupState struct {
	// close is what ends the markup the last chunk ended in: "" in prose,
	// "-->" in a comment, "</script" or "</style" in such an element's
	// content, ">" in a tag (one longer than a chunk: see markupSpans).
	close string
	// name is, of a tag (close ">"), its start (up to 16 bytes after its
	// "<"), to tell a script or style once its ">" comes.
	name string
	// tail is the end of the last chunk's markup content (shorter than
	// close), where close may begin when a chunk was cut inside it.
	tail string
}

// markupSpans returns the byte ranges [start, end) of text that are
// markup, not prose, in order: tags (from a "<" followed by a letter,
// "/", "!" or "?" to the next ">", with no other "<" between), comments
// ("<!--" to "-->"), and the contents of script and style elements (to
// their end tag). Names there are link addresses, file names, ids, class
// names and code, which a rewrite breaks; an HTML page's text is what
// lies between. A "<" that opens no tag ("a < b", "x<5", "<->") is prose.
// It is nil, at the cost of one byte search, for text without "<" read
// in prose.
//
// text is one chunk of an input read in chunks: st says where the last
// chunk left the markup (the zero markupState: the start of the input),
// and is left saying where this one does; final says that no chunk
// follows. A tag whose ">" is not in the chunk is prose in the final
// chunk (no tag), and markup otherwise, to the chunk's end, with open
// its "<" (else -1): a caller that can cuts the chunk there instead, and
// reads the tag whole in the next (Rewrite does).
func markupSpans(text string, st *markupState, final bool) (spans [][2]int, open int) {
	open = -1
	i, from := 0, 0 // from: where the content of markup the chunk ends in starts
	if st.close != "" {
		spans, i, from = carriedMarkup(text, st, final)
	}
	if st.close == "" {
		for i < len(text) {
			j := strings.IndexByte(text[i:], '<')
			if j < 0 {
				break
			}
			j += i
			if j+1 >= len(text) {
				if !final { // the chunk ends at a "<": what follows it tells
					spans = append(spans, [2]int{j, len(text)})
					st.close, st.name, open = ">", "", j
				}
				break
			}
			if c := text[j+1]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?') {
				i = j + 1
				continue
			}
			if strings.HasPrefix(text[j:], "<!--") {
				end := len(text)
				if e := strings.Index(text[j+4:], "-->"); e >= 0 {
					end = j + 4 + e + 3
				} else {
					st.close, from = "-->", j+4
				}
				spans = append(spans, [2]int{j, end})
				i = end
				continue
			}
			e := strings.IndexAny(text[j+1:], "<>")
			if e < 0 {
				if !final { // its ">" may be in the next chunk
					spans = append(spans, [2]int{j, len(text)})
					st.close, st.name, open = ">", text[j+1:min(len(text), j+17)], j
				}
				break // else no ">" follows: prose
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
					st.close, from = "</"+name, end
					end = len(text)
				}
			}
			spans = append(spans, [2]int{j, end})
			i = end
		}
	}
	st.tail = ""
	if st.close != "" && st.close != ">" { // where a close the next chunk ends may begin
		st.tail = text[max(from, len(text)-len(st.close)+1):]
	}
	return spans, open
}

// carriedMarkup reads the start of text, a chunk that starts inside the
// markup the last chunk left open (st.close), to that markup's end: the
// span it takes (none, or one), where the scan for new markup goes on, and
// where the content of a script or style the chunk ends in starts. A tag
// closed here that opens a script or style is read on to its end tag.
func carriedMarkup(text string, st *markupState, final bool) (spans [][2]int, i, from int) {
	end, found := closeMarkup(text, st)
	if st.close == ">" && !found && final {
		end = 0 // a "<" that never closed: prose, as in one chunk
	}
	if end > 0 {
		spans = append(spans, [2]int{0, end})
	}
	i = end
	if found {
		name := st.name
		st.close, st.name = "", ""
		if n := tagName(name + text[:end]); end > 0 && text[end-1] == '>' && (n == "script" || n == "style") && name != "" {
			st.close = "</" + n // the tag opened a script or style: its content follows
			e, ok := closeMarkup(text[end:], st)
			if e > 0 {
				spans[len(spans)-1][1] = end + e
			}
			i, from = end+e, end
			if ok {
				st.close = ""
			}
		}
	}
	return spans, i, from
}

// closeMarkup finds, in a chunk that starts inside markup (st.close),
// where that markup ends: after the "-->" of a comment, before the "</"
// of a script or style's end tag, after a tag's ">"; found is false, and
// end len(text), when the chunk does not end it. A tag whose chunk shows
// a "<" before any ">" ends at the chunk's start: its "<" opened no tag.
func closeMarkup(text string, st *markupState) (end int, found bool) {
	switch c := st.close; c {
	case ">":
		e := strings.IndexAny(text, "<>")
		switch {
		case e < 0:
			return len(text), false
		case text[e] == '<':
			return 0, true // its "<" opened no tag: prose (the last chunk's part stays markup)
		}
		return e + 1, true
	default:
		// The close may begin in the last chunk's tail ("</scr" | "ipt").
		joined := st.tail + text
		var k int
		if c == "-->" {
			k = strings.Index(joined, c)
		} else {
			k = indexFold(joined, c)
		}
		if k < 0 {
			return len(text), false
		}
		k -= len(st.tail)
		switch {
		case c == "-->":
			return max(0, k+len(c)), true
		case k < 0: // the end tag began in the last chunk: the rest of it is markup too
			if e := strings.IndexAny(text, "<>"); e >= 0 && text[e] == '>' {
				return e + 1, true
			}
			return 0, true
		}
		return k, true
	}
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

// markupBlank is what blankMarkup writes over markup: a form feed, white
// space to the discoverer's sentence test (a name after "<p>" opens a
// sentence, as after a line break) but no space between a name's words
// (joinable), so that a run of capitalized words ends at a tag
// ("<li>Iraq</li><li>Syria" holds no name "Iraq Syria") as the rewrite's
// matches do.
const markupBlank = '\f'

// blankMarkup is text with the bytes of spans (markupSpans) blanked,
// every one markupBlank but line ends, so that offsets, lines and
// columns stay those of text; text itself when spans is empty.
func blankMarkup(text string, spans [][2]int) string {
	if len(spans) == 0 {
		return text
	}
	b := []byte(text)
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = markupBlank
			}
		}
	}
	return string(b)
}
