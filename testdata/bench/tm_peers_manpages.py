#!/usr/bin/env python3
"""tm_peers_manpages.py DIR: compares the fuzzy percentages that
tm_peers_manpages.sh collected in DIR: bitext's (bitext-lookup.jsonl), OmegaT's
three (omegat.tsv: first, without stemming, adjusted) and Translate Toolkit
tmdb's (ttk.jsonl), on the (segment, stored source) pairs two tools list; what
a 100 holds; pot2po's fills at 70 against bitext's best at 70. Sources and
segments are compared with their white space collapsed (OmegaT's script turns
tabs into spaces). bitext is read twice: as shown, and with its alignment
penalty (align_penalty: a pair the aligner scored under 0.8) added back."""
import collections
import json
import re
import statistics
import sys

D = sys.argv[1]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def table():
    return collections.defaultdict(dict)


def put(t, q, s, v):
    t[q][s] = max(t[q].get(s, -1), v)


bt, bt0 = table(), table()
first = {}
for line in open(D + "/bitext-lookup.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if "query" not in r:
        continue
    q, s = ws(r["query"]), ws(r["source"])
    put(bt, q, s, r["score"])
    put(bt0, q, s, r["score"] + r.get("align_penalty", 0))
    if r["score"] >= 70 and q not in first:
        first[q] = ws(r["target"])
om, om2, om3, tk = table(), table(), table(), table()
for line in open(D + "/omegat.tsv", encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    q, s = ws(f[5]), ws(f[6])
    put(om, q, s, int(f[2]))
    put(om2, q, s, int(f[3]))
    put(om3, q, s, int(f[4]))
for line in open(D + "/ttk.jsonl", encoding="utf-8"):
    r = json.loads(line)
    put(tk, ws(r["query"]), ws(r["source"]), r["quality"])
queries = set(bt) | set(om) | set(tk)


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    out, i = [0.0] * len(xs), 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2
        i = j + 1
    return out


def best(t, q):
    m = max(t[q].values())
    return m, {s for s, v in t[q].items() if abs(v - m) < 1e-9}


def compare(name, mine, other):
    a, b, near, agree, ordered, same, tops, same60, tops60 = [], [], 0, 0, 0, 0, 0, 0, 0
    for q in queries:
        common = [s for s in mine.get(q, {}) if s in other.get(q, {})]
        for s in common:
            a.append(mine[q][s])
            b.append(other[q][s])
            near += abs(mine[q][s] - other[q][s]) <= 5
        for i in range(len(common)):
            for j in range(i + 1, len(common)):
                x = mine[q][common[i]] - mine[q][common[j]]
                y = other[q][common[i]] - other[q][common[j]]
                if x != 0 and abs(y) > 1e-9:
                    ordered += 1
                    agree += (x > 0) == (y > 0)
        if mine.get(q) and other.get(q):
            (mb, ms), (ob, os_) = best(mine, q), best(other, q)
            tops += 1
            same += bool(ms & os_)
            if max(mb, ob) >= 60:
                tops60 += 1
                same60 += bool(ms & os_)
    rho = statistics.correlation(ranks(a), ranks(b))
    print(json.dumps({"bitext": name[0], "peer": name[1], "pairs": len(a), "spearman": round(rho, 3),
                      "within_5": near, "ordered_pairs_agree": agree, "ordered_pairs": ordered,
                      "same_best": same, "segments": tops, "same_best_60": same60, "segments_60": tops60}))


print(json.dumps({"segments": len(queries), "bitext_any": sum(1 for q in queries if bt.get(q)),
                  "omegat_any": sum(1 for q in queries if om.get(q)), "ttk_any": sum(1 for q in queries if tk.get(q))}))
for label, mine in (("as shown", bt), ("align penalty added back", bt0)):
    for peer, other in (("OmegaT first", om), ("OmegaT unstemmed", om2), ("OmegaT adjusted", om3), ("TTK tmdb", tk)):
        compare((label, peer), mine, other)
for name, t in (("bitext", bt), ("bitext, penalty added back", bt0), ("OmegaT first", om), ("OmegaT unstemmed", om2), ("TTK tmdb", tk)):
    hundred = [(q, s) for q in t for s, v in t[q].items() if v >= 100]
    under = [(q, v) for q in t for s, v in t[q].items() if s == q and v < 100]
    print(json.dumps({"tool": name, "100s": len(hundred), "100s_identical": sum(q == s for q, s in hundred),
                      "identical_under_100": [[q, round(v, 1)] for q, v in under]}, ensure_ascii=False))
try:
    sys.path.insert(0, "/usr/lib/python3/dist-packages")
    from translate.storage import factory
    p = factory.getobject(D + "/pot2po.po")
    filled = {ws(u.source): ws(u.target) for u in p.units if not u.isheader() and u.target}
    both = set(filled) & set(first)
    print(json.dumps({"pot2po_filled_70": len(filled), "bitext_best_70": len(first), "both": len(both),
                      "same_target": sum(filled[q] == first[q] for q in both),
                      "pot2po_only": sorted(set(filled) - set(first)), "bitext_only": sorted(set(first) - set(filled))},
                     ensure_ascii=False))
except (ImportError, OSError) as e:
    print(json.dumps({"pot2po": "not compared: %s" % e}))
