#!/usr/bin/env python3
"""Build normalize/testdata/translitsex/checkset.tsv (issue 11, branch capscheck62).

Usage: translit_sex_checkset.py AR2EN_TXT RU_NAMES_JS > normalize/testdata/translitsex/checkset.tsv

Two spellings in Latin letters of one given name written in Arabic or
Russian Cyrillic (want same), and a man's name against a woman's name of
one stem (want different), to check the caps that part a man's and a woman's
given name by English lists (given_gender_en.txt) on names that reach
Latin letters through another script:

- AR2EN_TXT: ar2en.txt of github.com/google/transliteration (Apache 2.0),
  ARABIC<TAB>latin, one spelling a line, several lines for one Arabic
  word. ar-variant: every two spellings of one Arabic word. lookalike-ar-mf: the
  spellings of a word X against those of X with a final ta marbuta (the
  Arabic mark of a woman's name: سمير Samir, سميرة Samira).
- RU_NAMES_JS: ru-names.js of the npm package ru-names 1.0.7 (MIT),
  'name': 'm'|'f'. Each name is romanised by six systems (below).
  ru-variant: every two distinct romanisations of one name. lookalike-ru-mf: a
  man's and a woman's name of one stem (the same first letters, apart in
  their last three or fewer, Валерий Валерия), every romanisation of one
  against every one of the other.

Split: a native word's md5 decides: one in three held (scored once, at
the end), the rest design; a pair of a lookalike class takes the split of
its man's word.
"""
import hashlib, itertools, re, sys

def split(word):
    return "held" if hashlib.md5(word.encode()).digest()[0] % 3 == 0 else "design"

def cap(s):
    return s[:1].upper() + s[1:]

rows = []
# Arabic
ar = {}
for line in open(sys.argv[1], encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if len(p) != 2 or not re.fullmatch(r"[a-z]{2,}", p[1]):
        continue
    ar.setdefault(p[0], [])
    if p[1] not in ar[p[0]]:
        ar[p[0]].append(p[1])
for w, sp in sorted(ar.items()):
    for a, b in itertools.combinations(sorted(sp), 2):
        rows.append(("ar-variant", "same", cap(a), cap(b), w, split(w)))
for w, sp in sorted(ar.items()):
    f = w + "\u0629"
    if f not in ar:
        continue
    for a in sorted(sp):
        for b in sorted(ar[f]):
            if a != b:
                rows.append(("lookalike-ar-mf", "different", cap(a), cap(b), w + " " + f, split(w)))

# Russian
names = {}
for m in re.finditer(r"'([а-яё]+)':\s*'([mf])'", open(sys.argv[2], encoding="utf-8").read()):
    names[m.group(1)] = m.group(2)
V = "аеёиоуыэюя"
def rom(s, system):
    base = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
            "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
            "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
            "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
    t = dict(base)
    if system == "icao":  # ICAO Doc 9303 (2013), Russian passports
        t.update({"й": "i", "ю": "iu", "я": "ia", "ъ": "ie"})
    elif system == "scientific":  # scholarly, marks folded
        t.update({"й": "j", "ж": "z", "х": "ch", "ц": "c", "ч": "c", "ш": "s", "щ": "sc", "ю": "ju", "я": "ja", "ы": "y"})
    elif system == "german":  # Duden
        t.update({"в": "w", "ж": "sch", "з": "s", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja", "с": "s"})
    elif system == "french":
        t.update({"у": "ou", "ж": "j", "х": "kh", "ч": "tch", "ш": "ch", "щ": "chtch", "й": "i", "ю": "iou", "я": "ia", "ы": "y"})
    out = []
    for i, c in enumerate(s):
        prev = s[i - 1] if i else ""
        nxt = s[i + 1] if i + 1 < len(s) else ""
        r = t[c]
        if system in ("bgn", "simple") and c in "её" and (i == 0 or prev in V or prev in "ъь"):
            r = "ye" if c == "е" else "yo"
        if system == "bgn" and c == "ё":
            r = "yo" if (i == 0 or prev in V) else "e"
        if system == "simple":
            if c == "и" and nxt == "й" and i + 2 == len(s):
                r = ""  # -ий as -y: Valery
            if c == "ь" and nxt in "яеёюи":
                r = ""
            if c == "я" and prev == "и":
                r = "a"  # -ия as -ia: Maria
        if system == "french" and c == "с" and prev in V and nxt in V:
            r = "ss"
        if system in ("french", "german") and c == "й" and prev == "и" and i + 1 == len(s):
            r = ""  # -ий as -i: Valeri, Waleri
        out.append(r)
    return "".join(out)
SYSTEMS = ("bgn", "simple", "icao", "scientific", "german", "french")
def roms(n):
    seen = []
    for s in SYSTEMS:
        r = rom(n, s)
        if r and r not in seen:
            seen.append(r)
    return seen
for n in sorted(names):
    for a, b in itertools.combinations(roms(n), 2):
        rows.append(("ru-variant", "same", cap(a), cap(b), n, split(n)))
men = sorted(n for n, g in names.items() if g == "m")
women = sorted(n for n, g in names.items() if g == "f")
for m in men:
    for f in women:
        i = 0
        while i < min(len(m), len(f)) and m[i] == f[i]:
            i += 1
        if i < 3 or len(m) - i > 3 or len(f) - i > 3:
            continue
        for a in roms(m):
            for b in roms(f):
                if a != b:
                    rows.append(("lookalike-ru-mf", "different", cap(a), cap(b), m + " " + f, split(m)))

print("# translitsex: given names of Arabic and Russian in Latin letters, by sex; built by testdata/bench/translit_sex_checkset.py; see testdata/README.md")
print("# class\twant\tA\tB\tsource\tsplit")
seen = set()
for r in rows:
    k = (r[0], r[2], r[3])
    if k in seen:
        continue
    seen.add(k)
    print("\t".join(r))
