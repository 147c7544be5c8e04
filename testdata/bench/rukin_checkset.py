#!/usr/bin/env python3
"""Two people who share a given name: a check set for `names match` (branch
rukin, issue 11: "weigh where the difference is and how informative the token
is"). Writes normalize/testdata/rukin/checkset.tsv in the development set's
columns, class<TAB>want<TAB>A<TAB>B<TAB>source<TAB>split. Usage:

    rukin_checkset.py MIRROR > normalize/testdata/rukin/checkset.tsv
    rukin_checkset.py --score BIN design|held [-v]   # names match on one split

MIRROR is a git clone of github.com/sahanmar/451 (commit 8651bb4, MIT
licence file; the names are facts of public lists); two files are read with
`git show HEAD:PATH`, not copied:
- sanctions_and_peps/parsed/ru_bl_peps_parsed.csv: RuPEP (rupep.org) persons,
  NAME_EN "Given Patronymic Surname" in RuPEP's romanization (Aleksandr,
  Yur'yevich), NAME_RU in Cyrillic, DOB, CATEGORY. Rows of CATEGORY "Family
  member" and persons born in 2000 or later are left out (officials only).
- sanctions_and_peps/parsed/navalny_list_parsed.csv: the Anti-Corruption
  Foundation's (ACF) list of war enablers, "Name rus" "Surname Given
  Patronymic" in Cyrillic, "Name eng" in ACF's romanization (Alexander,
  Yurievich), DOB.
Both: a name is kept when its Cyrillic and its Latin form are three words of
letters (a hyphen or apostrophe inside a word allowed): no parentheses,
commas, initials (alternative spellings in brackets, machine-translated
surnames). One person is one Cyrillic full name (ё as е, case folded) with
one DOB.

Classes (each capped at CAP pairs, drawn with random.Random(SEED)):
- rukin-lookalike (want different): two persons with different Cyrillic
  surnames and the same Cyrillic given name, of one gender (by the
  patronymic's ending, -ич or -на), whose Latin surnames are close: one edit
  apart, or Jaro-Winkler >= 0.90. Written "Given Surname"; when the
  patronymics are the same too, as "Given Patronymic Surname" as well. Pairs
  within RuPEP's spelling, within ACF's, and across (A by RuPEP, B by ACF).
- rukin-contested (want different, reported apart): as above, but the
  Cyrillic surnames differ only where Russian and Ukrainian spellings of one
  name differ (е/и, е/є, і/и, о/а, ы/и, ї/и): they may be one family's name.
- rukin-gender (want different, reported apart): the same given name with a
  surname and its other gender's form (Петров/Петрова, -ский/-ская): the
  masculine person's given name with each surname as its list writes it. An
  editor reads "Ivan Petrova" beside "Ivan Petrov" as a slip or a Russian
  genitive left in, not as a second spelling of the name: bitext should not
  merge them silently, but the pair is not a false merge of two persons
  either.
- rukin-variant (want same): one person in both lists whose Latin forms
  differ, RuPEP's against ACF's (given name first in both), as "Given
  Surname" and as the full three words.
- rukin-variant-order (want same): the same, ACF's form in its own
  surname-first order.
Split: held out when the CRC-32 of "A|B" is 0 mod 3, design otherwise.
"""
import collections, csv, io, os, random, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namesets import held_or_design, jw, lev

SEED, CAP = 37, 400
RUPEP = "sanctions_and_peps/parsed/ru_bl_peps_parsed.csv"
ACF = "sanctions_and_peps/parsed/navalny_list_parsed.csv"
WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


def show(mirror, path):
    return subprocess.run(["git", "-C", mirror, "show", "HEAD:" + path],
                          capture_output=True, text=True, check=True).stdout


def three(s):
    w = s.split()
    return w if len(w) == 3 and all(WORD.match(x) for x in w) else None


def fold(s):
    return s.lower().replace("ё", "е")


def born_before_2000(dob):
    m = re.search(r"(\d{4})$", dob.strip())
    return not m or int(m.group(1)) < 2000


def persons(mirror):
    """Two dicts, key (Cyrillic given, patronymic, surname folded; DOB) ->
    (Latin given, patronymic, surname; Cyrillic the same)."""
    rupep, acf = {}, {}
    rows = list(csv.reader(io.StringIO(show(mirror, RUPEP))))[1:]
    for r in rows:
        en, ru, dob, cat = r[0], r[1], r[2], r[4]
        if cat.strip() == "Family member" or not born_before_2000(dob):
            continue
        le, lr = three(en), three(ru)
        if le and lr:
            cyr = tuple(fold(x) for x in lr)
            rupep.setdefault((cyr, dob.strip()), (tuple(le), tuple(lr)))
    rows = list(csv.reader(io.StringIO(show(mirror, ACF))))[1:]
    for r in rows:
        ru, en, dob = r[0], r[1], r[2]
        if not born_before_2000(dob):
            continue
        le, lr = three(en), three(ru)
        if le and lr:
            # surname-first in both scripts: reorder to given, patronymic, surname
            le, lr = (le[1], le[2], le[0]), (lr[1], lr[2], lr[0])
            cyr = tuple(fold(x) for x in lr)
            acf.setdefault((cyr, dob.strip()), (le, lr))
    return rupep, acf


def gender(patr):
    p = fold(patr)
    return "m" if p.endswith("ич") else "f" if p.endswith("на") else ""


# Russian against Ukrainian spellings of one name: the letters folded alike.
RUUK = str.maketrans({"е": "и", "є": "и", "і": "и", "ї": "и", "ы": "и", "о": "а", "э": "и"})


def contested(s1, s2):
    return s1.translate(RUUK) == s2.translate(RUUK)


def close(a, b):
    a, b = a.lower(), b.lower()
    return a != b and (lev(a, b) == 1 or jw(a, b) >= 0.90)


def build(mirror):
    rupep, acf = persons(mirror)
    both = sorted(set(rupep) & set(acf))
    out = collections.defaultdict(set)
    # variants: one person, two romanizations
    nboth = ndiff = 0
    for k in both:
        (lr, _), (la, _) = rupep[k], acf[k]
        nboth += 1
        if lr == la:
            continue
        ndiff += 1
        full_r, full_a = " ".join(lr), " ".join(la)
        out["rukin-variant"].add((full_r, full_a, "rupep+acf"))
        gs_r, gs_a = f"{lr[0]} {lr[2]}", f"{la[0]} {la[2]}"
        if gs_r != gs_a:
            out["rukin-variant"].add((gs_r, gs_a, "rupep+acf"))
        out["rukin-variant-order"].add((full_r, f"{la[2]} {la[0]} {la[1]}", "rupep+acf"))
    print(f"persons: rupep {len(rupep)}, acf {len(acf)}, both {nboth}, "
          f"different Latin {ndiff}", file=sys.stderr)
    # look-alikes: persons grouped by Cyrillic given name
    src = [("rupep", rupep, "rupep", rupep), ("acf", acf, "acf", acf),
           ("rupep", rupep, "acf", acf)]
    for na, da, nb, db in src:
        ga, gb = collections.defaultdict(list), collections.defaultdict(list)
        for k, v in da.items():
            ga[k[0][0]].append((k, v))
        for k, v in db.items():
            gb[k[0][0]].append((k, v))
        for given in sorted(ga):
            for ka, (la, ca) in ga[given]:
                for kb, (lb, cb) in gb.get(given, ()):
                    sa, sb = ka[0][2], kb[0][2]
                    if sa == sb or (na == nb and ka >= kb):
                        continue
                    gma, gmb = gender(ka[0][1]), gender(kb[0][1])
                    if not gma or gma != gmb or not close(la[2], lb[2]):
                        continue
                    cls = "rukin-contested" if contested(sa, sb) else "rukin-lookalike"
                    s = na if na == nb else f"{na}+{nb}"
                    out[cls].add((f"{la[0]} {la[2]}", f"{lb[0]} {lb[2]}", s))
                    if ka[0][1] == kb[0][1]:
                        out[cls].add((" ".join(la), " ".join(lb), s))
    # gender: a masculine person's given name with his surname and with the
    # feminine form of it as another person (of any given name) is written
    for na, da, nb, db in src + [("acf", acf, "rupep", rupep)]:
        fem = collections.defaultdict(list)
        for k, (lb, cb) in db.items():
            if gender(k[0][1]) == "f":
                fem[k[0][2]].append(lb[2])
        for k, (la, ca) in da.items():
            if gender(k[0][1]) != "m":
                continue
            sm = k[0][2]
            for f in ([sm[:-2] + "ая"] if sm.endswith(("ий", "ой", "ый")) else
                      [sm + "а"] if sm.endswith(("ов", "ев", "ин", "ын")) else []):
                for lf in fem.get(f, ()):
                    s = na if na == nb else f"{na}+{nb}"
                    out["rukin-gender"].add((f"{la[0]} {la[2]}", f"{la[0]} {lf}", s))
    rows = []
    rng = random.Random(SEED)
    for cls in ("rukin-lookalike", "rukin-contested", "rukin-gender", "rukin-variant",
                "rukin-variant-order"):
        pairs = sorted(p for p in out[cls] if p[0] != p[1])
        n = len(pairs)
        if n > CAP:
            pairs = sorted(rng.sample(pairs, CAP))
        print(f"{cls}: {n} pairs, {len(pairs)} kept", file=sys.stderr)
        want = "same" if cls.startswith("rukin-variant") else "different"
        for a, b, s in pairs:
            rows.append((cls, want, a, b, s, held_or_design(a, b)))
    return rows


def score(binary, half, verbose):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                        "normalize", "testdata", "rukin", "checkset.tsv")
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if c[5] == half:
                rows.append(c)
    if half == "held" and not verbose:
        print(f"held-out rows: {len(rows)}")
    inp = "".join(f"{r[2]}\t{r[3]}\n" for r in rows)
    env = dict(os.environ, HOME=tempfile.mkdtemp())
    res = subprocess.run([binary, "names", "match", "-"], input=inp, capture_output=True,
                         text=True, env=env, check=True).stdout.splitlines()
    n, same = collections.Counter(), collections.Counter()
    for r, o in zip(rows, res):
        sc, verdict = o.split("\t")[:2]
        key = (r[0], r[4].count("+") and "across" or r[4])
        for k in ((r[0], "all"), key):
            n[k] += 1
            same[k] += verdict == "same"
        if verbose:
            print(f"{sc}\t{verdict}\t{r[0]}\t{r[4]}\t{r[2]}\t{r[3]}")
    for k in sorted(n):
        print(f"{k[0]:22}{k[1]:8}same {same[k]}/{n[k]}")


def main():
    if sys.argv[1] == "--score":
        score(sys.argv[2], sys.argv[3], "-v" in sys.argv[4:])
        return
    rows = build(sys.argv[1])
    w = sys.stdout
    w.write("# rukin check set: built by testdata/bench/rukin_checkset.py from RuPEP and ACF "
            "lists (github.com/sahanmar/451 8651bb4); see testdata/README.md\n")
    w.write("# class\twant\tA\tB\tsource\tsplit\n")
    for r in rows:
        w.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
