#!/usr/bin/env python3
"""Build the English-Japanese alignment development set from NICT's
Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles (version
2.01, CC BY-SA 3.0; testdata/README.md, section kyotowiki).

usage: build.py CORPUS OUT [NTH]
  CORPUS  the corpus's wiki_corpus_2.01 folder (the 15 category folders of XML files)
  OUT     where to write the set (testdata/kyotowiki/en-ja)
  NTH     which qualifying article of each category to take (default 1;
          2 builds the held-out set, testdata/kyotowiki/en-ja-heldout)

Each article is one XML file; its title and section titles (<tit>) and its
sentences (<sen>) each hold a Japanese original (<j>) and the checked
English translation (<e type="check">). One such unit is one gold bead:
English (the source here) line k against Japanese line k, 1-1 by the
corpus's construction. A unit with an empty side is left out (counted on
stderr). Documents: in each category (folder, sorted), the first file in
name order with 30 to 150 units (the NTH such); 15 documents.

Writes OUT/src.txt and OUT/tgt.txt (the documents' sentences one a line,
concatenated), OUT/gold.txt (bitext's link format, [i]:[j], indexes into
the concatenation) and OUT/docs.tsv (doc_id src_start src_n tgt_start
tgt_n), the layout of ../shared/data/align's sets.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

MIN_UNITS, MAX_UNITS = 30, 150


def clean(s):
    return re.sub(r"\s+", " ", s or "").strip()


def units(path):
    """The article's (English, Japanese) units in document order, and how
    many were left out for an empty side."""
    out, dropped = [], 0
    for el in ET.parse(path).getroot().iter():
        if el.tag not in ("sen", "tit"):
            continue
        j = el.find("j")
        e = el.find('e[@type="check"]')
        ja = clean(j.text if j is not None else "")
        en = clean(e.text if e is not None else "")
        if not ja or not en:
            dropped += 1
            continue
        out.append((en, ja))
    return out, dropped


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    corpus, out = sys.argv[1], sys.argv[2]
    nth = int(sys.argv[3]) if len(sys.argv) == 4 else 1
    os.makedirs(out, exist_ok=True)
    cats = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
    if not cats:
        sys.exit(f"build.py: {corpus}: no category folders")
    src, tgt, gold, docs = [], [], [], []
    for cat in cats:
        seen = 0
        for name in sorted(os.listdir(os.path.join(corpus, cat))):
            if not name.endswith(".xml"):
                continue
            us, dropped = units(os.path.join(corpus, cat, name))
            if not MIN_UNITS <= len(us) <= MAX_UNITS:
                continue
            seen += 1
            if seen < nth:
                continue
            doc = name[:-4]
            docs.append((doc, len(src), len(us), len(tgt), len(us)))
            gold += [f"[{len(src) + k}]:[{len(tgt) + k}]" for k in range(len(us))]
            src += [en for en, _ in us]
            tgt += [ja for _, ja in us]
            print(f"{doc}: {len(us)} units, {dropped} left out", file=sys.stderr)
            break
    for fn, lines in (("src.txt", src), ("tgt.txt", tgt), ("gold.txt", gold)):
        with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
            f.writelines(l + "\n" for l in lines)
    with open(os.path.join(out, "docs.tsv"), "w", encoding="utf-8") as f:
        f.write("doc_id\tsrc_start\tsrc_n\ttgt_start\ttgt_n\n")
        f.writelines("\t".join(map(str, r)) + "\n" for r in docs)


if __name__ == "__main__":
    main()
