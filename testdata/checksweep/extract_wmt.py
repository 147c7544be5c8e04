#!/usr/bin/env python3
"""Write the English news documents of the WMT21 news test sets
(wmt-conference/wmt21-news-systems, xml/ at commit f41750d; research use,
testdata/README.md, section checksweep/) as plain text for the check sweep
(BENCHMARKS.md, branch checknews): a file a document, one segment a line
(the sets' paragraph marks mostly wrap a whole document).

usage: extract_wmt.py XMLDIR DEV HELD
  XMLDIR  holds newstest2021.{en-is,is-en,ja-en,ru-en}.all.xml
          (git --git-dir=REPO show f41750d:xml/FILE > XMLDIR/FILE)
  DEV     where to write the two thirds designed on
  HELD    where to write the third whose document id hashes (FNV-1a 32)
          to 0 mod 3, as align/newsdev_test.go holds out; read once
Read: the English source of en-is (65 English originals; en-ja has the same
documents) and translator A's English reference of is-en, ja-en, ru-en."""
import os
import re
import sys
import xml.etree.ElementTree as ET

SETS = (("en-is", "src", "en"), ("is-en", "ref", "is"), ("ja-en", "ref", "ja"), ("ru-en", "ref", "ru"))


def fnv1a32(s):
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    xmldir, dev, held = sys.argv[1:]
    for d in (dev, held):
        os.makedirs(d, exist_ok=True)
    n = {dev: 0, held: 0}
    for pair, side, tag in SETS:
        root = ET.parse(os.path.join(xmldir, f"newstest2021.{pair}.all.xml")).getroot()
        for doc in root.iter("doc"):
            el = doc.find(side)  # the first ref is translator A's
            if el is None:
                continue
            segs = [re.sub(r"\s+", " ", s.text or "").strip() for s in el.iter("seg")]
            segs = [s for s in segs if s]
            if not segs:
                continue
            out = held if fnv1a32(doc.get("id")) % 3 == 0 else dev
            name = tag + "_" + re.sub(r"[^A-Za-z0-9._-]", "_", doc.get("id"))
            with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as w:
                w.write("\n".join(segs) + "\n")
            n[out] += 1
    print(f"extract_wmt.py: {n[dev]} documents in {dev}, {n[held]} in {held}", file=sys.stderr)


if __name__ == "__main__":
    main()
