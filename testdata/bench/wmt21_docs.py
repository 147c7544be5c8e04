#!/usr/bin/env python3
"""Rebuilds a WMT21 news test set's xml (documents, segments) from its plain
text files when the xml itself cannot be had (testdata/bench/wmt21_news.sh).

Usage: wmt21_docs.py PAIR SRC.txt REF.txt [ENXML] > newstest2021.PAIR.docs.xml

The text files of wmt-conference/wmt21-news-systems (txt/sources,
txt/references: one segment a line, segment i of the source is segment i of
the reference) have no document ids. Two ways to recover documents:

  - an English source (en-XX): the English documents of an en-XX xml we do
    have (ENXML, e.g. newstest2021.en-is.all.xml) are the same articles in
    another order; each document starts at the line where its first two
    segments occur, and its id is that xml's id;
  - otherwise (XX-en): blocks cut before a headline, a line that does not end
    as a sentence does after one that does; the id is PAIR:line N. On the
    sets whose xml we have, this rule finds 63-88% of the real starts and
    cuts some documents in two (a block is a contiguous run of one
    translation, so it is still a fair case for an aligner).

One paragraph a document (the text files have no paragraph marks).
"""
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

END = ".!?…。！？\"”»'’」』)）:;"


def starts_from_xml(pair, lines, ref, enxml):
    """Documents of enxml found in lines; a stretch no document covers is cut
    at headlines."""
    starts, covered = {}, set()
    for d in ET.parse(enxml).getroot().iter("doc"):
        segs = [(s.text or "").strip() for s in d.find("src").iter("seg")]
        for i in range(len(lines) - 1):
            if lines[i] == segs[0] and (len(segs) < 2 or lines[i + 1] == segs[1]):
                starts.setdefault(i, d.get("id"))
                covered.update(range(i, i + len(segs)))
                break
    for i, id in starts_from_headlines(pair, lines, ref).items():
        if i not in covered:
            starts.setdefault(i, id)
    return starts


def headline(lines, i):
    return lines[i] and lines[i][-1] not in END and lines[i - 1] and lines[i - 1][-1] in END


def starts_from_headlines(pair, src, ref):
    """A headline on either side (Hausa ends its headlines with a full stop,
    the English translation does not)."""
    starts = {0: f"{pair}:line0"}
    for i in range(1, len(src)):
        if headline(src, i) or headline(ref, i):
            starts[i] = f"{pair}:line{i}"
    return starts


def main():
    pair, srcf, reff = sys.argv[1:4]
    sl, tl = pair.split("-")
    src = [l.rstrip("\n").strip() for l in open(srcf, encoding="utf-8")]
    ref = [l.rstrip("\n").strip() for l in open(reff, encoding="utf-8")]
    if len(src) != len(ref):
        sys.exit(f"{pair}: {len(src)} source lines, {len(ref)} reference lines")
    starts = starts_from_xml(pair, src, ref, sys.argv[4]) if len(sys.argv) > 4 else starts_from_headlines(pair, src, ref)
    cuts = sorted(starts) + [len(src)]
    out = ["<?xml version='1.0' encoding='utf-8'?>", '<dataset id="newstest2021">']
    for a, b in zip(cuts, cuts[1:]):
        out.append(f'  <doc origlang="{sl}" id="{escape(starts[a])}">')
        for tag, lang, lines, tr in (("src", sl, src, ""), ("ref", tl, ref, ' translator="A"')):
            out.append(f'    <{tag} lang="{lang}"{tr}>')
            out.append("      <p>")
            for k in range(a, b):
                out.append(f'        <seg id="{k - a + 1}">{escape(lines[k])}</seg>')
            out.append("      </p>")
            out.append(f"    </{tag}>")
        out.append("  </doc>")
    out.append("</dataset>")
    print("\n".join(out))


main()
