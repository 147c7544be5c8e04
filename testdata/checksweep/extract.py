#!/usr/bin/env python3
"""Write the English side of NICT's Kyoto Wikipedia corpus (version 2.01,
CC BY-SA 3.0; testdata/README.md, section kyotowiki) as plain text, one
file an article, one sentence or title a line (<e type="check">), for the
check sweep (BENCHMARKS.md, branch checksweep).

usage: extract.py CORPUS N OUT
  CORPUS  the corpus's wiki_corpus_2.01 folder (the 15 category folders)
  N       how many articles of each category, the first in name order
  OUT     where to write ARTICLE.en.txt (and, with CAT=1 in the
          environment, CATEGORY.en.txt: a category's articles in one text)
An article that does not parse as XML is left out (named on stderr)."""
import os
import re
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    corpus, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    for cat in sorted(os.listdir(corpus)):
        folder = os.path.join(corpus, cat)
        if not os.path.isdir(folder):
            continue
        texts = []
        for name in sorted(f for f in os.listdir(folder) if f.endswith(".xml"))[:n]:
            try:
                root = ET.parse(os.path.join(folder, name)).getroot()
            except ET.ParseError as e:
                print(f"extract.py: {cat}/{name}: {e}; left out", file=sys.stderr)
                continue
            lines = []
            for el in root.iter():
                if el.tag not in ("sen", "tit"):
                    continue
                e = el.find('e[@type="check"]')
                t = re.sub(r"\s+", " ", (e.text if e is not None else "") or "").strip()
                if t:
                    lines.append(t)
            text = "\n".join(lines) + "\n"
            texts.append(text)
            if os.environ.get("CAT") != "1":
                with open(os.path.join(out, name[:-4] + ".en.txt"), "w") as w:
                    w.write(text)
        if os.environ.get("CAT") == "1":
            with open(os.path.join(out, cat + ".en.txt"), "w") as w:
                w.write("".join(texts))


if __name__ == "__main__":
    main()
