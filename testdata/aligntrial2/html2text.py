#!/usr/bin/env python3
"""Plain text of an HTML page as a user copies it out of a browser (html2text-like):
the page's head, scripts, styles and DocBook's navigation header, footer and table
of contents (div class navheader, navfooter, toc) left out; each block element (p,
div, h1-h6, li, dt, dd, tr, td, th, pre, table, blockquote, title excluded) starts
a paragraph, written with an empty line after it; <br> and the lines of <pre> are
line breaks; other runs of spaces, tabs and newlines become one space (a no-break
space is kept); images and empty paragraphs give nothing.
Usage: html2text.py FILE.html > FILE.txt"""
import html.parser, re, sys

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr",
         "td", "th", "pre", "table", "blockquote", "ul", "ol", "dl"}
SKIP_CLASS = {"navheader", "navfooter", "toc"}
VOID = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr"}


class Dump(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur = [], []
        self.stack = []  # (tag, skipping) of open elements
        self.pre = 0

    def skipping(self):
        return any(s for _, s in self.stack)

    def flush(self):
        text = "".join(self.cur)
        lines = [re.sub(r"[ \t\r\n]+", " ", l).strip(" ") for l in text.split("\n")]
        lines = [l for l in lines if l.strip()]
        if lines:
            self.paras.append("\n".join(lines))
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            if not self.skipping():
                self.cur.append("\n")
            return
        if tag in VOID:
            return
        cls = set((dict(attrs).get("class") or "").split())
        skip = tag in ("head", "script", "style") or (tag == "div" and bool(cls & SKIP_CLASS))
        if tag in BLOCK and not self.skipping():
            self.flush()
        if tag == "pre":
            self.pre += 1
        self.stack.append((tag, skip))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        # close up to the matching open element (HTML leaves some unclosed)
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                was = self.skipping()
                del self.stack[k:]
                if tag == "pre":
                    self.pre = max(0, self.pre - 1)
                if tag in BLOCK and not was:
                    self.flush()
                return

    def handle_data(self, data):
        if self.skipping():
            return
        if self.pre:
            self.cur.append(data)
        else:
            self.cur.append(re.sub(r"[ \t\r\n]+", " ", data))


d = Dump()
with open(sys.argv[1], encoding="utf-8") as f:
    d.feed(f.read())
d.close()
d.flush()
sys.stdout.write("\n\n".join(d.paras) + "\n")
