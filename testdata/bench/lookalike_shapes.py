#!/usr/bin/env python3
"""Sort the pairs names match merges by the letters alone by the shape of the
letter difference the base score forgave (issue 11, branch look41).

Usage: lookalike_shapes.py BIN DUMP [SHAPE]

DUMP is the development part's scores (BITEXT_DEVSET_DUMP=DUMP go test
./normalize -run TestDevSetDump); only its half A is read. The pool is every
pair BIN's `names match -` merges (score >= 0.86) among half A of DUMP (a
lookalike* class is a look-alike, any other a variant) and the design half
of every normalize/testdata/*/checkset.tsv (label apart or want different:
a look-alike; same: a variant; hepburn's contested rows left out). Each
pooled pair goes through `names match --explain -`; a pair merged "by the
letters alone" has the one line `base: letters and sounds`. Of those, a
pair whose names are as many Latin words (marks dropped, lowercased) and
differ in one is sorted by the edit between the two forms of that word:
which letters (a vowel, a consonant; a consonant pair that initialAlt's
conventions alternate, of one place of articulation, or of another), where
(the first letter, inside, the last letter), how many edits. Prints per
shape the merged look-alikes of the readfix check set, of the other sets,
and the merged variants; with SHAPE (a row's name), lists its pairs.
"""
import collections, glob, os, re, subprocess, sys, tempfile, unicodedata

T = 0.86
binary, dump = sys.argv[1], sys.argv[2]
want = sys.argv[3] if len(sys.argv) > 3 else None
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "normalize", "testdata")
rows = []  # source, class, L or V, a, b
for line in open(dump, encoding="utf-8"):
    c, h, _, a, b, _ = line.rstrip("\n").split("\t")
    if h == "A":
        rows.append(("dev", c, "L" if c.startswith("lookalike") else "V", a, b))
for f in sorted(glob.glob(os.path.join(root, "*", "checkset.tsv"))):
    src = os.path.basename(os.path.dirname(f))
    for line in open(f, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(p) < 5:
            continue
        if p[0] == "design":  # half, group, label, a, b, source
            if p[2] != "contested":
                rows.append((src, p[1], "V" if p[2] == "same" else "L", p[3], p[4]))
        elif len(p) >= 6 and p[5] in ("design", "dev"):  # class, want, a, b, source, split
            rows.append((src, p[0], "V" if p[1] == "same" else "L", p[2], p[3]))
env = dict(os.environ, HOME=tempfile.mkdtemp())
inp = "".join(f"{r[3]}\t{r[4]}\n" for r in rows)
out = subprocess.run([binary, "names", "match", "--explain", "-"], input=inp,
                     capture_output=True, text=True, env=env, check=True).stdout
explained = []
for line in out.splitlines():
    if line.startswith("\t"):
        explained[-1][1].append(re.sub(r"^\t[0-9.]+\t", "", line))
    else:
        explained.append((float(line.split("\t")[0]), []))
assert len(explained) == len(rows)

alt = set()
for p in "bp bv dt gk ck cg kq cq gq cs cz ct cj sz tz dz st dj gj jz jr lr nr ln fp fv kx sx cx jx qx".split():
    alt |= {p, p[::-1]}
place = {c: g for g, cs in (("lab", "pbmfvw"), ("cor", "tdnszlrcj"), ("dor", "kgqxhy")) for c in cs}


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[-_/.,]", " ", s.lower()).split()


def edits(x, y):
    """The Levenshtein edits from x to y: (kind, place in x, letter, letter)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(y) + 1)] for i in range(len(x) + 1)]
    for i in range(1, len(x) + 1):
        for j in range(1, len(y) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] != y[j - 1]))
    ops, i, j = [], len(x), len(y)
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (x[i - 1] != y[j - 1]):
            if x[i - 1] != y[j - 1]:
                ops.append(("s", i - 1, x[i - 1], y[j - 1]))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            ops.append(("d", i - 1, x[i - 1], ""))
            i -= 1
        else:
            ops.append(("i", i, "", y[j - 1]))
            j -= 1
    return ops[::-1]


def kind(c):
    return "vowel" if c in "aeiou" else "consonant"


def shape(x, y):
    ops = edits(x, y)
    n = max(len(x), len(y))
    first = any(o[1] == 0 for o in ops)
    last = all(o[1] >= n - 3 for o in ops)
    if len(ops) == 1:
        t, i, c, d = ops[0]
        at = "the first letter" if i == 0 else ("the last letter" if i >= len(x) - 1 and t == "s" else "")
        if t == "s":
            if kind(c) != kind(d):
                s = "a vowel for a consonant"
            elif kind(c) == "vowel":
                s = "a vowel changed"
            else:
                s = "a consonant changed: " + ("a pair conventions alternate" if c + d in alt else
                                               "same place" if place.get(c) == place.get(d) else "another place")
        else:
            l = c or d
            w = x if t == "d" else y
            k = i if t == "d" else i
            dbl = (k > 0 and w[k - 1] == l) or (k + 1 < len(w) and w[k + 1] == l) if t == "d" else \
                (k > 0 and x[k - 1] == l) or (k < len(x) and x[k] == l)
            s = f"a {kind(l)} added or dropped" + (" (doubled)" if dbl else "")
        return s + (f" ({at})" if at else "")
    if len(ops) == 2 and abs(len(x) - len(y)) == 2 and abs(ops[0][1] - ops[1][1]) <= 1:
        return "two letters added together (a syllable, a cluster)"
    if len(ops) == 2:
        return "two edits" + (" (the first letter)" if first else " (at the end)" if last else "")
    return "three edits or more"


count = collections.Counter()
for r, (score, lines) in zip(rows, explained):
    if score < T or len(lines) != 1 or not lines[0].startswith("base: letters and sounds"):
        continue
    fa, fb = fold(r[3]), fold(r[4])
    if not all(re.fullmatch("[a-z]+", w) for w in fa + fb):
        s = "not Latin letters"
    elif len(fa) != len(fb):
        s = "another number of words"
    else:
        diff = [i for i in range(len(fa)) if fa[i] != fb[i]]
        s = shape(fa[diff[0]], fb[diff[0]]) if len(diff) == 1 else "several words differ, or none (case, marks)"
    g = "readfix" if r[0] == "readfix" and r[2] == "L" else r[2]
    count[s, g] += 1
    if s == want:
        print(r[2], r[0], r[1], r[3], r[4], score, sep="\t")
if not want:
    print("| shape of the one word that differs | look-alikes (readfix) | look-alikes (other sets) | variants |")
    print("|---|---|---|---|")
    for s in sorted({s for s, _ in count}, key=lambda s: -count[s, "L"] - count[s, "readfix"]):
        print(f"| {s} | {count[s, 'readfix']} | {count[s, 'L']} | {count[s, 'V']} |")
    print(f"| all | {sum(v for k, v in count.items() if k[1] == 'readfix')} | "
          f"{sum(v for k, v in count.items() if k[1] == 'L')} | {sum(v for k, v in count.items() if k[1] == 'V')} |")
