#!/usr/bin/env python3
"""Learn letter-sequence correspondences of person names, and their costs,
from Wikidata spellings that share no name with the development set
(normalize/testdata/devset/pairs.tsv), for a table of learned costs
(branch names22). Usage:

    names_learned.py SRC_DIR pairs.tsv > learned_spelling.tsv

SRC_DIR holds wd_russian_80, wd_arabic_80 and wd_hebrew_80, copied unchanged
from steveash/NETransliteration-COLING2018 data/ (Wikidata, CC0).

Training pairs are built as names_devset.py builds the person and lookalike
classes, but EXCLUDING every name that appears in any row of pairs.tsv (dev
or held out, any class):
  positives  two Latin spellings grouped under one Russian label (the
             Russian token most often written for each), every pair of
             each group, after dropping the whole group when any of its
             Latin spellings or its Russian label is a word of pairs.tsv;
  negatives  two Latin names of one list (Russian, Arabic, Hebrew), same
             first two letters, five letters or more, Jaro-Winkler >= 0.90,
             whose native forms differ in two letters or more and share
             none, neither name a word of pairs.tsv.

Learning: each pair (words folded to a-z) is aligned by a plain weighted
edit distance (vowel for vowel 0.6, consonant for consonant 0.8, vowel for
consonant 1.2, insertion or deletion 1); each maximal run of differing
letters between two matched letters is one operation x~y (unordered, the
shorter side first when it is an insertion or deletion, which carries the
matched letter before it, or after it at the start of a word: Hulme/Hume
gives "ul~u", Mann/Man "nn~n"). Operations of more than three letters on
a side, or whose sides differ by more than one letter, are not learned. An operation's cost weighs how often it occurs in variant pairs
against look-alike pairs (discriminative, not a probability of the
variants alone):
    p = pos / positives, q = (neg + 1) / negatives
    cost = max(0.05, q / (p + q))
so an operation frequent among variants and rare among look-alikes is cheap.
Only operations seen in at least MIN_POS positive pairs and costing under
MAX_COST are written; every other edit costs 1 in the Go reading that
was tried (branch names22's normalize/learned_spelling.go, not merged:
BENCHMARKS.md), which never reads a word's first letter:
the look-alikes share their first two letters by construction, so the
costs say nothing of a first letter (g~h costs 0.07 here, and would merge
Gill and Hill).
The training pairs are written to stderr's summary only; the Wikidata files
are not copied into the repository.
"""
import collections, os, sys, unicodedata
from namesets import jw, lev

MIN_POS = int(os.environ.get("NL_MIN_POS", 6))
MAX_COST = 0.5
PRIOR = float(os.environ.get("NL_PRIOR", 1))
FINAL = os.environ.get("NL_FINAL", "0") == "1"
SLICES = os.environ.get("NL_SLICES", "80").split(",")

src, pairs_path = sys.argv[1], sys.argv[2]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    out, w = [], []
    for c in fold(s):
        if c.isalpha():
            w.append(c)
        elif w:
            out.append("".join(w))
            w = []
    if w:
        out.append("".join(w))
    return out


excluded = set()
for line in open(pairs_path, encoding="utf-8"):
    if line.startswith("#"):
        continue
    f = line.rstrip("\n").split("\t")
    if len(f) < 4:
        continue
    excluded.update(words(f[2]))
    excluded.update(words(f[3]))


def tokens(path):
    m = collections.defaultdict(collections.Counter)
    lines = []
    for sl in SLICES:
        lines += open(os.path.join(src, f"{path}_{sl}"), encoding="utf-8").readlines()
    for line in lines:
        f = line.rstrip("\n").split("\t")
        if len(f) != 3 or not f[0].isalpha() or len(f[0]) < 3:
            continue
        m[f[0]][f[1].replace(" ", "")] += int(f[2])
    return m


def ascii_word(w):
    w = fold(w)
    return w if w.isascii() and w.isalpha() else ""


positives, negatives = [], []
for lang, path in (("ru", "wd_russian"), ("ar", "wd_arabic"), ("he", "wd_hebrew")):
    tok = tokens(path)
    by_native = collections.defaultdict(list)
    main = {}
    for en, nat in tok.items():
        n, c = nat.most_common(1)[0]
        if c >= 2:
            by_native[n].append(en)
            main[en] = n
    if lang == "ru":
        for n, ens in by_native.items():
            if fold(n) in excluded or any(fold(e) in excluded for e in ens):
                continue
            ens = sorted({ascii_word(e) for e in ens} - {""})
            for i in range(len(ens)):
                for j in range(i + 1, len(ens)):
                    positives.append((ens[i], ens[j]))
    blocks = collections.defaultdict(list)
    for en in main:
        if len(en) >= 5 and fold(en) not in excluded:
            blocks[en[:2]].append(en)
    for ens in blocks.values():
        ens.sort()
        for i in range(len(ens)):
            for j in range(i + 1, len(ens)):
                a, b = ens[i], ens[j]
                if jw(a, b) >= 0.9 and lev(main[a], main[b]) >= 2 and not set(tok[a]) & set(tok[b]):
                    fa, fb = ascii_word(a), ascii_word(b)
                    if fa and fb and fa != fb:
                        negatives.append((fa, fb))

VOWELS = set("aeiouy")


def sub_cost(x, y):
    if x == y:
        return 0.0
    vx, vy = x in VOWELS, y in VOWELS
    if vx and vy:
        return 0.6
    if not vx and not vy:
        return 0.8
    return 1.2


def align(a, b):
    """The operations (x, y) of the cheapest alignment of a and b, each a
    maximal run of differing letters; an insertion or deletion carries a
    matched neighbour."""
    n, m = len(a), len(b)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = float(i)
    for j in range(1, m + 1):
        d[0][j] = float(j)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j - 1] + sub_cost(a[i - 1], b[j - 1]), d[i - 1][j] + 1, d[i][j - 1] + 1)
    # backtrace: pairs of (a index or None, b index or None)
    path, i, j = [], n, m
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + sub_cost(a[i - 1], b[j - 1]):
            path.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            path.append((i - 1, None))
            i -= 1
        else:
            path.append((None, j - 1))
            j -= 1
    path.reverse()
    ops, k = [], 0
    while k < len(path):
        ia, jb = path[k]
        if ia is not None and jb is not None and a[ia] == b[jb]:
            k += 1
            continue
        start = k
        while k < len(path) and not (path[k][0] is not None and path[k][1] is not None and a[path[k][0]] == b[path[k][1]]):
            k += 1
        xa = "".join(a[p[0]] for p in path[start:k] if p[0] is not None)
        yb = "".join(b[p[1]] for p in path[start:k] if p[1] is not None)
        if not xa or not yb:
            # carry the matched letter before (or after, at the start)
            if start > 0:
                pa, pb = path[start - 1]
                xa, yb = a[pa] + xa, b[pb] + yb
            elif k < len(path):
                pa, pb = path[k]
                xa, yb = xa + a[pa], yb + b[pb]
            else:
                continue
        if FINAL and k == len(path):
            xa, yb = xa + "$", yb + "$"  # at the end of the word
        ops.append((xa, yb))
    return ops


def key(x, y):
    return (x, y) if (len(x), x) <= (len(y), y) else (y, x)


def count(pairs):
    c = collections.Counter()
    for a, b in pairs:
        seen = set()
        for x, y in align(a, b):
            lx, ly = len(x.rstrip("$")), len(y.rstrip("$"))
            if lx <= 3 and ly <= 3 and max(lx, ly) - min(lx, ly) <= 1:
                seen.add(key(x, y))
        c.update(seen)
    return c


pos, neg = count(positives), count(negatives)
P, N = len(positives), len(negatives)
rows = []
for k, n in pos.items():
    if n < MIN_POS:
        continue
    p, q = n / P, PRIOR * (neg[k] + 1) / N
    cost = max(0.05, q / (p + q))
    if cost < MAX_COST:
        rows.append((round(cost, 2), -n, k, n, neg[k]))
rows.sort()
print("# Learned spelling correspondences of person names (branch names22):")
print("# built by testdata/bench/names_learned.py from Wikidata (CC0) via")
print("# steveash/NETransliteration-COLING2018, names sharing no word with")
print(f"# normalize/testdata/devset/pairs.tsv; {P} variant pairs, {N} look-alike pairs.")
print("# x\ty\tcost\tvariant pairs\tlook-alike pairs")
for cost, _, (x, y), n, m in rows:
    print(f"{x}\t{y}\t{cost:.2f}\t{n}\t{m}")
print(f"positives {P} negatives {N} ops {len(rows)}", file=sys.stderr)
