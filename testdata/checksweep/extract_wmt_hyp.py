#!/usr/bin/env python3
"""Write the English machine translations of the WMT21 news test sets
(wmt-conference/wmt21-news-systems, xml/ at commit f41750d; research use,
testdata/README.md, section checksweep/) for the check sweep (BENCHMARKS.md,
branch checkorgs46): every system's output of is-en, ja-en and ru-en, a
file a document and system (PAIR_SYSTEM_DOC.txt), and, with CAT, every
system's output of one document in one file (PAIR_DOC.txt): ten
translations of one article, each naming its people and bodies its own way,
a text of many spellings of one name.

usage: extract_wmt_hyp.py XMLDIR DEV HELD [CAT]
  XMLDIR  holds newstest2021.{is-en,ja-en,ru-en}.all.xml
  DEV     the documents extract_wmt.py puts in its DEV
  HELD    those whose id hashes (FNV-1a 32) to 0 mod 3, as extract_wmt.py
          holds them out; read once"""
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract_wmt import fnv1a32  # the held-out split of extract_wmt.py  # noqa: E402


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    xmldir, dev, held = sys.argv[1:4]
    cat = len(sys.argv) == 5
    for d in (dev, held):
        os.makedirs(d, exist_ok=True)
    n = {dev: 0, held: 0}
    for pair in ("is-en", "ja-en", "ru-en"):
        root = ET.parse(os.path.join(xmldir, f"newstest2021.{pair}.all.xml")).getroot()
        for doc in root.iter("doc"):
            out = held if fnv1a32(doc.get("id")) % 3 == 0 else dev
            doc_id = re.sub(r"[^A-Za-z0-9._-]", "_", doc.get("id"))
            texts = []
            for hyp in doc.iter("hyp"):
                segs = [re.sub(r"\s+", " ", s.text or "").strip() for s in hyp.iter("seg")]
                segs = [s for s in segs if s]
                if segs:
                    texts.append((hyp.get("system"), "\n".join(segs) + "\n"))
            if cat and texts:
                texts.sort()  # by system name
                with open(os.path.join(out, f"{pair}_{doc_id}.txt"), "w", encoding="utf-8") as w:
                    w.write("".join(t for _, t in texts))
                n[out] += 1
                continue
            for system, text in texts:
                with open(os.path.join(out, f"{pair}_{system}_{doc_id}.txt"), "w", encoding="utf-8") as w:
                    w.write(text)
                n[out] += 1
    print(f"extract_wmt_hyp.py: {n[dev]} files in {dev}, {n[held]} in {held}", file=sys.stderr)


if __name__ == "__main__":
    main()
