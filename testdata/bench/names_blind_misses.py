#!/usr/bin/env python3
"""Count the classes of TestBlindSet's misses by shape (branch blindset):
criteria on the two spellings alone, written to describe the misses, not to
design a rule. Usage:

    BITEXT_BLIND=1 go test ./normalize -run 'TestBlindSet$' -v > OUT
    names_blind_misses.py OUT normalize/testdata/devset/blind_noise_judged.tsv

OUT's lines "<class>\\t<A>\\t<B>\\t<score>" are the misses (variants not
matched, look-alikes merged). Shapes, the first that holds:
  accents   equal once accents are folded and case is ignored
  affix     one folded spelling begins or ends with the other (one ending
            or letter more: Martin/Martins, Hope/Hopper)
  vowel     same letters once vowels (a e i o u y) are dropped (Lana/Lena)
  one-edit  one letter apart (Levenshtein 1) otherwise (Cole/Kohl is not)
  first     first letters differ (Callen/Caren is not; Cole/Kohl is)
  other     the rest (Basilius/Vasili has first; Monika/Mónika accents)
It also gives the shapes of the judged sample's misses by our judgement,
and, for the pairs of the judged sample, recall (or merges) among
the pairs we judged true variants (or different names) and among noise.
"""
import collections, sys, unicodedata
from namesets import lev


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("ø", "o").replace("ß", "ss").replace("ł", "l")


def shape(a, b):
    x, y = fold(a), fold(b)
    if x == y:
        return "accents"
    if x.startswith(y) or y.startswith(x) or x.endswith(y) or y.endswith(x):
        return "affix"
    cons = lambda s: "".join(c for c in s if c not in "aeiouy")
    if cons(x) == cons(y):
        return "vowel"
    if lev(x, y) == 1:
        return "one-edit"
    if x[:1] != y[:1]:
        return "first"
    return "other"


misses = {}
for line in open(sys.argv[1], encoding="utf-8"):
    f = line.strip().split("\t")
    if len(f) == 4 and f[0].split(": ")[-1].startswith("blind-"):
        misses[(f[0].split(": ")[-1], f[1], f[2])] = float(f[3])
by = collections.defaultdict(collections.Counter)
for (c, a, b) in misses:
    kind = "lookalike" if "lookalike" in c else "person"
    by[kind][shape(a, b)] += 1
for kind in sorted(by):
    print(kind, sum(by[kind].values()), dict(by[kind].most_common()))

judged = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#"):
        continue
    c, a, b, j = line.rstrip("\n").split("\t")
    kind = "lookalike" if "lookalike" in c else "person"
    miss = (c, a, b) in misses
    # for a variant class a hit is a match; for look-alikes a merge is a miss
    hit = (not miss) if kind == "person" else miss
    judged[kind][j]["n"] += 1
    judged[kind][j]["hit"] += hit
    judged[c][j]["n"] += 1
    judged[c][j]["hit"] += hit
# shapes of the judged sample's misses, by judgement
cross = collections.defaultdict(collections.Counter)
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#"):
        continue
    c, a, b, j = line.rstrip("\n").split("\t")
    if (c, a, b) in misses:
        kind = "lookalike" if "lookalike" in c else "person"
        cross[f"{kind} misses judged {j}"][shape(a, b)] += 1
for k in sorted(cross):
    print(k, sum(cross[k].values()), dict(cross[k].most_common()))
for k in sorted(judged):
    print(k, "; ".join(f"{j} {v['hit']}/{v['n']}" for j, v in sorted(judged[k].items())))
