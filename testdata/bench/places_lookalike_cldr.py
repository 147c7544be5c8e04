#!/usr/bin/env python3
"""Look-alike names of two places in English from the Unicode CLDR, a source
the gazetteer (GeoNames) did not come from: the evaluation set of the
gazetteer's look-alike cap (issue 11, branch places58). Usage:

    apt-get download unicode-cldr-core
    dpkg-deb -x unicode-cldr-core_*.deb DIR
    places_lookalike_cldr.py DIR/usr/share/unicode/cldr/common/main > OUT.tsv

The names are CLDR 41's English exemplar cities of the time zones (en.xml,
else root.xml, else the zone id's last part, as places_cldr.py reads them)
and English territory names (en.xml <territory>, the two-letter regions,
alt forms too). A pair (want different) is two names of two of those places,
four letters or more each, not one name after folding case, marks and other
than letters, with a difflib ratio >= 0.75 on the folded names: every such
pair, none chosen by what bitext makes of it. Columns as places_cldr.py's:
class (big-lookalike), want, A, B, source (cldr41-en), split: held when the
CRC-32 of "A|B" is 0 mod 5, design otherwise.
"""
import difflib
import os
import sys
import xml.etree.ElementTree as ET
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from places_cldr import cities, fold  # noqa: E402


def territories(path):
    """Each two-letter region's English names, by region."""
    out = {}
    for t in ET.parse(path).getroot().iter("territory"):
        code = t.get("type")
        if len(code) == 2 and code.isalpha() and t.text:
            out.setdefault("T/" + code, set()).add(t.text.strip())
    return out


def main(root):
    en = cities(os.path.join(root, "root.xml"))
    en.update(cities(os.path.join(root, "en.xml")))
    places = {z: {n} for z, n in en.items() if not z.startswith("Etc/")}
    places.update(territories(os.path.join(root, "en.xml")))
    names = sorted({(n, p) for p, ns in places.items() for n in ns if len(fold(n)) >= 4})
    rows = set()
    for i, (a, pa) in enumerate(names):
        for b, pb in names[i + 1:]:
            fa, fb = fold(a), fold(b)
            if pa == pb or fa == fb or places[pa] & places[pb]:
                continue
            if difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.75:
                split = "held" if zlib.crc32((a + "|" + b).encode("utf-8")) % 5 == 0 else "design"
                rows.add(("big-lookalike", "different", a, b, "cldr41-en", split))
    print("# Look-alike English names of two places, CLDR 41's exemplar cities and territories;")
    print("# written by testdata/bench/places_lookalike_cldr.py. class\twant\tA\tB\tsource\tsplit")
    for r in sorted(rows):
        print("\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1])
