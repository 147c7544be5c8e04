#!/usr/bin/env python3
"""Score every names check set at once (issue 11, branch names44).

Usage: names_checksets_pool.py BIN design|held OUT

Reads the development set (normalize/testdata/devset/pairs.tsv and
places.tsv: split dev for design, held for held), lookalikes.tsv and
variants.tsv (written for bitext: design only) and every
normalize/testdata/*/checkset.tsv (design or dev rows for design, held rows
for held; hepburn's contested rows are counted apart, label x), runs them
through BIN's `names match -` in one batch, prints per set and class how
many pairs it calls the same (S: want same, recall; D: want different,
false merges) and writes every pair's set, class, want, score, verdict, A
and B to OUT, for comparing two binaries pair by pair. The held-out rows
are scored once, at the end of a change; the blind set is never read.
"""
import collections, glob, os, subprocess, sys, tempfile
binary, half, outp = sys.argv[1], sys.argv[2], sys.argv[3]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "normalize", "testdata")
rows = []  # set, class, want(S/D/x), a, b
def devrow(setname, f):
    for line in open(f, encoding="utf-8"):
        if line.startswith("#"): continue
        p = line.rstrip("\n").split("\t")
        if len(p) < 6: continue
        held = p[5] == "held"
        if (half == "held") != held: continue
        rows.append((setname, p[0], "S" if p[1] == "same" else "D", p[2], p[3]))
devrow("devset", root + "/devset/pairs.tsv")
devrow("places", root + "/devset/places.tsv")
if half == "design":
    for fn, w in (("lookalikes.tsv", "D"), ("variants.tsv", "S")):
        for line in open(root + "/" + fn, encoding="utf-8"):
            if line.startswith("#") or not line.strip(): continue
            a, b = line.rstrip("\n").split("\t")[:2]
            rows.append((fn[:-4], fn[:-4], w, a, b))
# hindi/latin.tsv (branch indlat56): the Hindi set's Latin spellings
# against each other, read like a checkset.tsv, set name "hindi-latin".
for f in sorted(glob.glob(root + "/*/checkset.tsv")) + [root + "/hindi/latin.tsv"]:
    s = os.path.basename(os.path.dirname(f)) + ("-latin" if f.endswith("latin.tsv") else "")
    first = True
    for line in open(f, encoding="utf-8"):
        if line.startswith("#"): continue
        p = line.rstrip("\n").split("\t")
        if first and p[0] == "half": first = False; continue
        first = False
        if len(p) < 5: continue
        if p[0] in ("design", "held"):
            if p[0] != half: continue
            w = {"same": "S", "apart": "D"}.get(p[2], "x")
            rows.append((s, p[1], w, p[3], p[4]))
        else:
            sp = p[5] if len(p) > 5 else ""
            if (half == "held") != (sp == "held"): continue
            rows.append((s, p[0], "S" if p[1] == "same" else "D", p[2], p[3]))
# Names in capitals (sanctions lists, passports): every person-like pair
# (every class but organisations, parties, legal forms, acronyms and the
# bracket set) again with both names in capitals, class caps-<class>, in
# its source's split, so that a rule that reads capitals as acronyms or
# initials cannot lose names unseen (branch acro59: KIM / GIM, ROY / ROI).
def person_like(r):
    return r[0] not in ("acronym", "orgbracket") and r[2] in "SD" and \
        not any(w in r[1] for w in ("org", "pf", "legal"))
rows += [("caps", "caps-" + r[1], r[2], r[3].upper(), r[4].upper()) for r in rows if person_like(r)]
inp = "".join(f"{r[3]}\t{r[4]}\n" for r in rows)
out = subprocess.run([binary, "names", "match", "-"], input=inp, capture_output=True,
                     text=True, env=dict(os.environ, HOME=tempfile.mkdtemp()), check=True).stdout.splitlines()
assert len(out) == len(rows)
n = collections.Counter(); m = collections.Counter()
with open(outp, "w") as o:
    for r, l in zip(rows, out):
        sc, v = l.split("\t")[:2]
        k = (r[0], r[1], r[2]); n[k] += 1; m[k] += v == "same"
        o.write("\t".join([r[0], r[1], r[2], sc, v, r[3], r[4]]) + "\n")
for k in sorted(n):
    print(f"{k[0]:12} {k[1]:28} {k[2]} {m[k]}/{n[k]}")
for w in "SD":
    print("ALL", w, sum(m[k] for k in n if k[2] == w), "/", sum(n[k] for k in n if k[2] == w))
for w in "SD":
    print("ALL without caps", w, sum(m[k] for k in n if k[2] == w and k[0] != "caps"), "/",
          sum(n[k] for k in n if k[2] == w and k[0] != "caps"))
