#!/usr/bin/env python3
"""Count the person pairs of the names development set that come from a
token misalignment in the source, by a criterion that does not use bitext's
rules (issue 11, third pass). Usage:

    names_noise.py SRC_DIR normalize/testdata/devset/pairs.tsv [dev|held]

The person class pairs two English tokens that Wikidata's Russian labels
write with one Russian token (names_devset.py). When a label's tokens were
aligned in the wrong order (Japanese "Matsudaira Nobuoki" against a Russian
label in the other order), an English token is paired with a Russian token
that is not its rendering at all. Criterion: an English token is misaligned
when the BGN/PCGN romanization of its Russian token (a standard table,
written below) has Jaro-Winkler similarity under 0.60 with it (lower-cased,
diacritics dropped) while another English token of the same Russian token
has 0.85 or more (the Russian token's own rendering is in the group, so
this one came from another word of the label: Naritsune, Nobuoki under
Мацудаира); a pair is noise when either of its tokens is misaligned. Prints the noise pairs and the count; never changes the set.
"""
import collections, os, sys, unicodedata
from namesets import jw

BGN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split()))


def romanize(ru):
    return "".join(BGN.get(c, c) for c in ru.lower()).replace("_", "")


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))




src, pairs_path = sys.argv[1], sys.argv[2]
split = sys.argv[3] if len(sys.argv) > 3 else "dev"
# english token -> its most frequent Russian token, as names_devset.py reads them
tok = collections.defaultdict(collections.Counter)
for line in open(os.path.join(src, "wd_russian_80"), encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) != 3 or not f[0].isalpha() or len(f[0]) < 3:
        continue
    tok[f[0]][f[1].replace(" ", "")] += int(f[2])
main = {en: c.most_common(1)[0][0] for en, c in tok.items() if c.most_common(1)[0][1] >= 2}
best = collections.defaultdict(float)  # Russian token -> best JW of its English tokens
for en, ru in main.items():
    best[ru] = max(best[ru], jw(fold(en), romanize(ru)))

n = noise = 0
for line in open(pairs_path, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if line.startswith("#") or len(f) != 6 or f[0] != "person" or f[5] != split:
        continue
    n += 1
    bad = []
    for name in f[2:4]:
        ru = main.get(name.lower())
        if ru is None:
            continue
        if jw(fold(name), romanize(ru)) < 0.60 and best[ru] >= 0.85:
            bad.append(f"{name}~{ru}({romanize(ru)})")
    if bad:
        noise += 1
        print(f"noise\t{f[2]}\t{f[3]}\t{' '.join(bad)}")
print(f"{noise} of {n} {split} person pairs have a token whose Russian form is not its rendering (JW < 0.60, the group's own rendering >= 0.85)")
