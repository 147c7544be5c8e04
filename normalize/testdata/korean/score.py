#!/usr/bin/env python3
"""Score checkset.tsv with a bitext binary: per half, kind and label,
how many pairs `names match -` calls "same".

    python3 score.py BIN [design|held] [-v]

-v lists every pair with its score. The held-out half is scored once, at
the end of a change (NAMES_PROTOCOL.md step 7).
"""
import collections, os, subprocess, sys, tempfile

binary, half = sys.argv[1], sys.argv[2]
verbose = "-v" in sys.argv[3:]
here = os.path.dirname(os.path.abspath(__file__))
rows = []
with open(os.path.join(here, "checkset.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        h, lang, label, a, b, src = line.rstrip("\n").split("\t")
        if h == half:
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
print(f"{'lang':6}{'label':7}same/n")
for k in sorted(count):
    print(f"{k[0]:6}{k[1]:7}{same[k]}/{count[k]}")
for label in ("same", "apart"):
    n = sum(v for k, v in count.items() if k[1] == label)
    s = sum(v for k, v in same.items() if k[1] == label)
    print(f"all   {label:7}{s}/{n}")
