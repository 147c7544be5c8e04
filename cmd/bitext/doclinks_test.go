package main

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestDocLinks: every link of the documents a reader starts from
// (README.md, ARCHITECTURE.md, testdata/README.md) names a file of the
// repository, and a link to a heading of a Markdown file names one it has,
// by GitHub's anchor for it. Merging two sections of BENCHMARKS.md once
// left a code fence unpaired: every heading after it showed as code, and
// README's link to one of them led nowhere; the README passes found such
// breaks by hand, a stop late.
func TestDocLinks(t *testing.T) {
	repo, _ := repoReadme(t)
	anchors := map[string]map[string]bool{}
	for _, doc := range []string{"README.md", "ARCHITECTURE.md", "testdata/README.md"} {
		for _, l := range docLinks(t, filepath.Join(repo, doc)) {
			target, frag, _ := strings.Cut(l.target, "#")
			path := filepath.Join(repo, doc)
			if target != "" {
				p, err := url.PathUnescape(target)
				if err != nil {
					t.Errorf("%s:%d: link %s: %v", doc, l.line, l.target, err)
					continue
				}
				path = filepath.Join(filepath.Dir(path), p)
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("%s:%d: link %s: no such file in the repository", doc, l.line, l.target)
				continue
			}
			if frag == "" || !strings.HasSuffix(path, ".md") {
				continue
			}
			if anchors[path] == nil {
				anchors[path] = docAnchors(t, path)
			}
			if f, _ := url.PathUnescape(frag); !anchors[path][f] {
				t.Errorf("%s:%d: link %s: %s has no heading with that anchor", doc, l.line, l.target, filepath.Base(path))
			}
		}
	}
}

type docLink struct {
	line   int
	target string
}

var (
	docLinkRE = regexp.MustCompile(`\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)
	codeSpan  = regexp.MustCompile("`[^`]*`")
	headingRE = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdLinkRE  = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
)

// docLinks are the links of the Markdown file path to files of the
// repository (not to a web address), outside code blocks and code spans.
func docLinks(t *testing.T, path string) []docLink {
	var links []docLink
	for n, line := range docLines(t, path) {
		for _, m := range docLinkRE.FindAllStringSubmatch(codeSpan.ReplaceAllString(line, ""), -1) {
			if u, err := url.Parse(m[1]); err == nil && u.Scheme == "" {
				links = append(links, docLink{n, m[1]})
			}
		}
	}
	return links
}

// docAnchors are the anchors GitHub gives the headings of the Markdown
// file path (a repeated heading's second is "-1"), failing the test when
// a code fence is left open: the headings after it would be code.
func docAnchors(t *testing.T, path string) map[string]bool {
	anchors := map[string]bool{}
	seen := map[string]int{}
	for _, line := range docLines(t, path) {
		m := headingRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		a := githubAnchor(m[2])
		if n := seen[a]; n > 0 {
			anchors[fmt.Sprintf("%s-%d", a, n)] = true
		} else {
			anchors[a] = true
		}
		seen[a]++
	}
	return anchors
}

// docLines maps the line numbers of the Markdown file path to its lines
// outside fenced code blocks.
func docLines(t *testing.T, path string) map[int]string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := map[int]string{}
	fence := 0 // the line that opened the block, 0 outside one
	for i, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, "```") && fence == 0:
			fence = i + 1
		case strings.HasPrefix(line, "```"):
			fence = 0
		case fence == 0:
			lines[i+1] = line
		}
	}
	if fence != 0 {
		if repo, err := filepath.Abs("../.."); err == nil {
			path, _ = filepath.Rel(repo, path)
		}
		t.Errorf("%s:%d: a code fence is never closed: what follows it shows as code", path, fence)
	}
	return lines
}

// githubAnchor is the anchor GitHub gives a heading: its text (a link's
// words, a code span's letters) in lower case, with letters, digits,
// spaces, hyphens and underscores kept and each space a hyphen.
func githubAnchor(heading string) string {
	h := strings.ReplaceAll(mdLinkRE.ReplaceAllString(strings.ToLower(heading), "$1"), "`", "")
	var b strings.Builder
	for _, r := range h {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.In(r, unicode.L, unicode.N, unicode.M):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestGithubAnchor: headings as GitHub links them (the README's links to
// BENCHMARKS.md's sections, checked on github.com).
func TestGithubAnchor(t *testing.T) {
	for _, c := range []struct{ heading, want string }{
		{"News in Spanish and Hindi, a new user's first pairs (branch trial63)", "news-in-spanish-and-hindi-a-new-users-first-pairs-branch-trial63"},
		{"Persons on sanctions lists, the design misses sorted: Egyptian gu and Chadian -ène in the French transcription (branch listed62)", "persons-on-sanctions-lists-the-design-misses-sorted-egyptian-gu-and-chadian--ène-in-the-french-transcription-branch-listed62"},
		{"The world's places in other languages (normalize/places.tsv)", "the-worlds-places-in-other-languages-normalizeplacestsv"},
		{"Japanese with FreeDict (branch `alignja`)", "japanese-with-freedict-branch-alignja"},
		{"See [the tour](#a-tour) first", "see-the-tour-first"},
	} {
		if got := githubAnchor(c.heading); got != c.want {
			t.Errorf("githubAnchor(%q) = %q, want %q", c.heading, got, c.want)
		}
	}
}
