#!/usr/bin/env python3
"""Write normalize/testdata/nasab/checkset.tsv: a nasab read in its order (issue 11).

Usage: nasab_checkset.py

"X bin Y" is X son of Y: "Ahmad bin Ali" and "Ali bin Ahmad" are a son and a
father, or two strangers, never one name. This set is built from the names
with a connector (bin, ibn, ben, bint, bent, binti, ould, wuld, walad) between
two words in the repository's own public rows: the development set's persons
(normalize/testdata/devset/pairs.tsv, UN consolidated list and Wikidata),
shortfull's persons (normalize/testdata/shortfull/checkset.tsv, Wikipedia's
bold names) and variants.tsv (written for bitext). Each row keeps its source
row's split (dev and design rows are design, held rows held; variants.tsv is
design). Classes:

  nasab-swapped  different  a name against itself with the two words around
                            one connector swapped (Hajjaj bin Fahd al Ajmi,
                            Fahd bin Hajjaj al Ajmi): the look-alike, made
                            here, one row per connector;
  nasab-pair-swapped  different  the same swap of A against the source row's
                            B, when both name the person with a connector;
  nasab-inverted same       a name whose last word follows its nasab (a family
                            name or nisba) with that word moved to the front,
                            as lists that write the surname first do (Al-Ajmi
                            Hajjaj bin Fahd, Hajjaj bin Fahd al Ajmi): the
                            order-free reading must stay; the name against
                            itself so written, with and without a comma.
"""
import os, re

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "normalize", "testdata")
NOTNAME = {"mohd", "md", "muhd", "haji", "hj", "hajji", "pengiran", "sheikh", "shaikh", "syed", "tengku", "dato",
           "pasha", "bey", "effendi", "sharif"}
CONN = {"bin", "ibn", "ben", "bint", "bent", "binti", "ould", "wuld", "walad"}


def words(name):
    out = []
    for w in name.split():
        m = re.match(r"(?i)^(bin|ibn|ben|bint|ould)-(.+)$", w)
        if m:
            out += [m.group(1), m.group(2)]
        else:
            out.append(w)
    return out


def links(ws):
    """Indexes i of connectors with a name word on each side."""
    out = []
    for i in range(1, len(ws) - 1):
        if ws[i].lower() not in CONN:
            continue
        x, y = ws[i - 1], ws[i + 1]
        if x.lower() in CONN or y.lower() in CONN:
            continue
        if x.lower() in ("abd", "abdul", "abu", "umm", "al") or y.lower() in ("abd", "abdul", "abu", "umm", "al"):
            continue  # a compound name on one side: Abd al-Rahman
        if re.match(r"(?i)^(al|el)-", x) or x[0] == "'" and len(ws) > 2 and ws[i - 2].lower() == "abd":
            continue
        if x.lower() == y.lower():
            continue  # Sa'd bin Sa'd: the swap is the name itself
        if x.lower() in NOTNAME or y.lower() in NOTNAME or x.endswith(".") or y.endswith("."):
            continue  # a title or a Malay prefix beside the connector: Pasha, Haji, Mohd Ghazali, Ab. Hamid
        out.append(i)
    return out


def swapped(ws, i):
    w = list(ws)
    w[i - 1], w[i + 1] = w[i + 1], w[i - 1]
    return " ".join(w)


def rows_in():
    for line in open(root + "/devset/pairs.tsv", encoding="utf-8"):
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) < 6 or not p[0].startswith("person") or p[1] != "same":
            continue
        yield p[2], p[3], p[4], "held" if p[5] == "held" else "design"
    for line in open(root + "/shortfull/checkset.tsv", encoding="utf-8"):
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) < 6 or not p[0].startswith("wp-person") or p[1] != "same":
            continue
        yield p[2], p[3], p[4], p[5]
    for line in open(root + "/variants.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        a, b = line.rstrip("\n").split("\t")[:2]
        yield a, b, "variants.tsv", "design"


out, seen = [], set()


def emit(cls, want, a, b, src, split):
    k = (a.lower(), b.lower())
    if a == b or k in seen or (k[1], k[0]) in seen:
        return
    seen.add(k)
    out.append((cls, want, a, b, src, split))


for a, b, src, split in rows_in():
    wa, wb = words(a), words(b)
    la, lb = links(wa), links(wb)
    for ws, ls in ((wa, la), (wb, lb)):
        for i in ls:
            emit("nasab-swapped", "different", " ".join(ws), swapped(ws, i), src + "+swap", split)
    for ws, ls, other in ((wa, la, b), (wb, lb, a)):
        if not ls or not other:
            continue
        k = len(ws) - 2 if len(ws) > 2 and ws[-2].lower() in ("al", "el", "ul") else len(ws) - 1
        if k > ls[-1] + 1 and ws[k - 1].lower() not in CONN:
            sur, given = " ".join(ws[k:]), " ".join(ws[:k])
            emit("nasab-inverted", "same", sur + " " + given, " ".join(ws), src + "+surname-first", split)
            emit("nasab-inverted", "same", sur + ", " + given, " ".join(ws), src + "+surname-first", split)
    if la and lb:
        for i in la:
            emit("nasab-pair-swapped", "different", swapped(wa, i), b, src + "+swap", split)
        last = la[-1]
        if len(wa) > last + 2:
            k = len(wa) - 2 if wa[-2].lower() in ("al", "el", "ul") else len(wa) - 1
            if k > last + 1:
                emit("nasab-inverted", "same", " ".join(wa[k:] + wa[:k]), b, src + "+surname-first", split)

os.makedirs(root + "/nasab", exist_ok=True)
with open(root + "/nasab/checkset.tsv", "w", encoding="utf-8") as f:
    f.write("# nasab check set: built by testdata/bench/nasab_checkset.py; see testdata/README.md\n")
    f.write("# class\twant\tA\tB\tsource\tsplit\n")
    for r in out:
        f.write("\t".join(r) + "\n")
