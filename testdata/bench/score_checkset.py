#!/usr/bin/env python3
"""Score a names check set with a bitext binary: per half, group (the
second column: a language, a kind) and label, how many pairs `names match -`
calls "same". The check sets are TSV with a header line: half (design or
held), group, label (same or apart), a, b, source (normalize/testdata/
rurender/checkset.tsv, normalize/testdata/korean/checkset.tsv).

    python3 testdata/bench/score_checkset.py CHECKSET BIN design|held [-v]

-v lists every pair with its score. --judged FILE scores only the pairs
FILE (group, a, b, judgement; # comments) judges clean: variant for a same
pair, different for an apart pair (normalize/testdata/kana/judged.tsv).
The held-out half is scored once, at
the end of a change.
"""
import collections, os, subprocess, sys, tempfile

checkset, binary, half = sys.argv[1], sys.argv[2], sys.argv[3]
verbose = "-v" in sys.argv[4:]
judged = None
if "--judged" in sys.argv[4:]:
    judged = set()
    with open(sys.argv[sys.argv.index("--judged") + 1], encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                g, a, b, j = line.rstrip("\n").split("\t")
                if j in ("variant", "different"):
                    judged.add((g, a, b))
rows = []
with open(checkset, encoding="utf-8") as f:
    next(f)
    for line in f:
        h, lang, label, a, b, src = line.rstrip("\n").split("\t")
        if h == half and (judged is None or (lang, a, b) in judged):
            rows.append((lang, label, a, b))
inp = "".join(f"{a}\t{b}\n" for _, _, a, b in rows)
env = dict(os.environ, HOME=tempfile.mkdtemp())
out = subprocess.run([binary, "names", "match", "-"], input=inp, capture_output=True,
                     text=True, env=env, check=True).stdout.splitlines()
count = collections.Counter()
same = collections.Counter()
for (lang, label, a, b), o in zip(rows, out):
    score, verdict = o.split("\t")[:2]
    count[lang, label] += 1
    same[lang, label] += verdict == "same"
    if verbose:
        print(f"{score}\t{verdict}\t{lang}\t{label}\t{a}\t{b}")
# The group column as wide as the longest group (zhf-lookalike ran into
# its label at a fixed width of 6).
gw = max([len("group")] + [len(k[0]) for k in count]) + 1
print(f"{'group':{gw}}{'label':7}same/n")
for k in sorted(count):
    print(f"{k[0]:{gw}}{k[1]:7}{same[k]}/{count[k]}")
for label in ("same", "apart"):
    n = sum(v for k, v in count.items() if k[1] == label)
    s = sum(v for k, v in same.items() if k[1] == label)
    print(f"{'all':{gw}}{label:7}{s}/{n}")
