#!/usr/bin/env python3
"""Count what a pronunciation cap would part among the merged pairs of the
names pool (issue 11, branch saylook53): look-alikes judged two names
against variants lost.

Usage: pronounce_apart_rules.py POOL.tsv CMUDICT.dict [RULE]

POOL.tsv is names_checksets_pool.py's pair file (BIN design|held OUT);
CMUDICT.dict the CMU Pronouncing Dictionary with stress (cmusphinx/cmudict,
cmudict.dict). Read: the merged pairs of one word each side, both words in
the dictionary, spelled differently. Classes as lookalike_judged_shapes.py
counts them: L a look-alike judged two names (kana, zhforeign, hangul,
jalook, dev lookalike judged; hepburn, rukin, canto, postal, rurender,
lookalikes.tsv raw), R readfix and places (set truth), V every want-same
pair not judged noise ("judged": judged a variant in kana, zhforeign,
hangul or jalook). A rule parts a pair when it holds for every pair of
the two words' pronunciations. "near" is the blind set's shape (first two
letters alike, five letters or more, Jaro-Winkler >= 0.90), both words
written in ASCII. With RULE, lists the pairs it parts.

Phonemes: stress kept on vowels; an unstressed AH, IH, EH or UH is one
reduced vowel (@), as pronounce.tsv writes it; ER is a vowel and an R
(Herman HH ER R M @ N). The weighted edit distance: a vowel put in or
dropped (a syllable) 1, a consonant 1 (h, y, w 0.5), a consonant changed
within a class the pivot scripts merge 0.25 (s z th; t d th dh; b v w;
f p h; ch sh jh zh ts; k g; l r; m n ng; y jh), another 1, a stressed
vowel changed 1, an unstressed one 0.5, a vowel for a consonant 2.
"""
import collections, importlib.util, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("shapes", os.path.join(here, "lookalike_judged_shapes.py"))
sh = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sh)

VOW = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"}
CLS = [set(c.split()) for c in ("S Z TH", "T D TH DH", "B V W", "F P HH", "CH SH JH ZH TS", "K G", "L R", "M N NG", "Y JH")]
KANA = {"AA": "a", "AE": "a", "AH": "a", "ER": "a", "AO": "o", "OW": "o", "EH": "e", "EY": "e",
        "IH": "i", "IY": "i", "UH": "u", "UW": "u", "AY": "ai", "AW": "au", "OY": "oi", "@": "@"}


def phonemes(ph):
    out = []
    for p in ph:
        b = p.rstrip("012")
        if b not in VOW:
            out.append((b, None))
            continue
        s = int(p[-1])
        if s == 0 and b in ("AH", "IH", "EH", "UH"):
            out.append(("@", 0))
        elif b == "ER":
            out += [("ER" if s else "@", s), ("R", None)]
        else:
            out.append((b, s))
    return out


def sylls(x):
    return [p for p in x if p[1] is not None]


def stress(x):
    v = sylls(x)
    for i, p in enumerate(v):
        if p[1] == 1:
            return i, len(v) - 1 - i, p[0]
    return None


def dist(x, y):
    def ins(p):
        return 1.0 if p[1] is not None else 0.5 if p[0] in ("HH", "Y", "W") else 1.0
    d = [[0.0] * (len(y) + 1) for _ in range(len(x) + 1)]
    for i in range(1, len(x) + 1):
        d[i][0] = d[i - 1][0] + ins(x[i - 1])
    for j in range(1, len(y) + 1):
        d[0][j] = d[0][j - 1] + ins(y[j - 1])
    for i in range(1, len(x) + 1):
        for j in range(1, len(y) + 1):
            a, b = x[i - 1], y[j - 1]
            if a[0] == b[0]:
                c = 0.0
            elif (a[1] is None) != (b[1] is None):
                c = 2.0
            elif a[1] is None:
                c = 0.25 if any(a[0] in k and b[0] in k for k in CLS) else 1.0
            else:
                c = 1.0 if 1 in (a[1], b[1]) else 0.5
            d[i][j] = min(d[i - 1][j] + ins(a), d[i][j - 1] + ins(b), d[i - 1][j - 1] + c)
    return d[-1][-1]


def nsyl(x):
    return len(sylls(x))


def both(f):
    return lambda x, y: stress(x) is not None and stress(y) is not None and f(x, y, stress(x), stress(y))


RULES = {}
for t in (1.5, 2, 2.5, 3):
    RULES[f"distance >= {t}"] = lambda x, y, t=t: dist(x, y) >= t
RULES["stressed syllable (from the start) moved"] = both(lambda x, y, a, b: a[0] != b[0])
RULES["stressed syllable (from the end) moved"] = both(lambda x, y, a, b: a[1] != b[1])
RULES["stressed syllable moved, as many syllables"] = both(lambda x, y, a, b: a[0] != b[0] and nsyl(x) == nsyl(y))
RULES["stressed vowel changed"] = both(lambda x, y, a, b: a[2] != b[2])
RULES["stressed vowel changed, kana's five vowels"] = both(lambda x, y, a, b: KANA[a[2]] != KANA[b[2]])
RULES["stressed vowel changed (kana), as many syllables, distance <= 1"] = both(
    lambda x, y, a, b: KANA[a[2]] != KANA[b[2]] and nsyl(x) == nsyl(y) and dist(x, y) <= 1)
RULES["syllables differ"] = lambda x, y: nsyl(x) != nsyl(y)
RULES["syllables differ by 2"] = lambda x, y: abs(nsyl(x) - nsyl(y)) >= 2
RULES["syllables differ, distance >= 2"] = lambda x, y: nsyl(x) != nsyl(y) and dist(x, y) >= 2
RULES["syllables differ, distance >= 2.5"] = lambda x, y: nsyl(x) != nsyl(y) and dist(x, y) >= 2.5
RULES["stressed vowel changed, distance >= 2"] = both(lambda x, y, a, b: a[2] != b[2] and dist(x, y) >= 2)


def main():
    pool, dictf = sys.argv[1], sys.argv[2]
    only = sys.argv[3] if len(sys.argv) > 3 else None
    prons = collections.defaultdict(list)
    for line in open(dictf, encoding="utf-8"):
        line = line.split("#")[0].split()
        if line:
            prons[re.sub(r"\(\d+\)$", "", line[0])].append(phonemes(line[1:]))
    rows = []
    for mode in "LRV":
        for l in open(pool, encoding="utf-8"):
            st, cl, w, sc, v, a, b = l.rstrip("\n").split("\t")
            if v != "same" or st == "caps":  # caps: the pool's pairs again in capitals
                continue
            fa, fb = sh.fold(a), sh.fold(b)
            if fa == fb or " " in fa + fb or "-" in fa + fb or not (fa + fb).isalpha() or not (fa + fb).isascii():
                continue
            J = sh.judged.get((st, a, b))
            if mode == "L":
                if w != "D" or st in ("readfix", "places", "partyfacts", "legalform"):
                    continue
                if st in ("kana", "zhforeign", "hangul", "jalook") and J != "different":
                    continue
                if st == "devset" and (cl != "lookalike" or J != "different"):
                    continue
            elif mode == "R":
                if w != "D" or st not in ("readfix", "places"):
                    continue
            elif w != "S" or (J and J != "variant"):
                continue
            if fa in prons and fb in prons:
                near = fa[:2] == fb[:2] and min(len(fa), len(fb)) >= 5 and sh.jw(fa, fb) >= 0.9 and (a + b).isascii()
                rows.append((mode, st, a, b, near, prons[fa], prons[fb], J == "variant"))
    n = collections.Counter(r[0] for r in rows)
    print(f"merged pairs, both words in the dictionary: look-alikes {n['L']}, readfix+places {n['R']}, variants {n['V']}")
    print("| rule | look-alikes parted (near) | readfix+places (near) | variants lost (near; judged) |")
    print("|---|---|---|---|")
    for name, f in RULES.items():
        if only and name != only:
            continue
        c = collections.Counter()
        ex = collections.defaultdict(list)
        for mode, st, a, b, near, pa, pb, judged in rows:
            if all(f(x, y) for x in pa for y in pb):
                c[mode] += 1
                c[mode + "n"] += near
                c[mode + "j"] += judged
                ex[mode].append(f"{st}:{a}/{b}" + ("*" if near else ""))
        print(f"| {name} | {c['L']} ({c['Ln']}) | {c['R']} ({c['Rn']}) | {c['V']} ({c['Vn']}; {c['Vj']}) |")
        if only:
            for m in "LRV":
                print(m, ", ".join(ex[m]))


if __name__ == "__main__":
    main()
