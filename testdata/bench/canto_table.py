#!/usr/bin/env python3
"""Chinese surnames in Cantonese and Hokkien spellings, and the Cantonese
syllables of the characters (branch canto, issue 11): writes the tables
normalize/canto.go reads.

    canto_table.py JYUTPING CEDICT CORPUS surnames > normalize/canto_surnames.tsv
    canto_table.py JYUTPING CEDICT CORPUS syllables CHECKSET > normalize/canto_syllables.tsv
    canto_table.py JYUTPING CEDICT CORPUS agree     (the check below, to stderr)

JYUTPING is rime/rime-cantonese's jyut6ping3.chars.dict.yaml (CC BY 4.0):
lines `CHAR<TAB>jyutping[<TAB>weight%]`; a reading weighted 0% is left out.
CEDICT is CC-CEDICT's cedict_ts.u8 (CC BY-SA 4.0): the Pinyin readings of
one-character entries, and which are a surname's ("surname X" in the gloss,
the reading capitalized). CORPUS is Matthewow/Chinese_surname_corpus's
corpus.json: 509 common surnames, as zh.wikipedia's table of the
romanizations of Chinese surnames (漢姓羅馬字標注, CC BY-SA 4.0) gives them,
with their spellings in Hong Kong, Singapore and Malaysia.

Which surnames: the corpus's 509, the list of common ones (none typed
here). Their Pinyin: CC-CEDICT's surname readings of the character
(traditional or simplified). Their Cantonese spellings: every Jyutping
reading of the traditional character written by the Hong Kong government's
romanization (hk_spellings below), not the corpus's column, which is only
compared with it (`agree`). Their Hokkien and Teochew spellings: the
corpus's Singapore and Malaysia columns less the spellings that are the
character's Pinyin or Cantonese already (Singapore and Malaysia write
Mandarin and Cantonese names too), lower case.

Which syllables (branch canto2): the Cantonese readings of the characters
a name may use, each with the Pinyin readings of those characters only, so
that tai stands for 泰 大 太 台 (tai, da, ...) and not for the rare 胝 厎 疐
(zhi) too. The characters: those of the given names of CC-CEDICT persons
of three characters (three Pinyin syllables, the first capitalized, a year
of birth "(NNNN-" in the gloss), traditional and simplified, less the
persons of CHECKSET (normalize/testdata/canto/checkset.tsv, its source
column `cedict CHARS`), so that the table is not fitted to the check set's
own names; and the characters of at least COMMON CC-CEDICT entries (either
form), since the persons' given names alone (991 characters, most of them
historical mainland names) miss much of what names use: a list built from
half of the persons reads 285 of 362 of the other half's names, with the
common characters 341, the whole table 345 (BENCHMARKS.md, branch
canto2). `given` writes the counts (to stderr).

The Hong Kong government's romanization (Wikipedia, "Hong Kong Government
Cantonese Romanisation", its spelling table; the scheme is unpublished and
has variants, each listed): initials b p -> p, d t -> t, g k -> k, gw kw ->
kw, z c -> ch or ts (tsz, chi or chee for zi ci), s -> s or sh, j -> y, ng m n l f h w
as written; finals aa -> a (ah at the end, as names write it: 華 Wah, 家 Kah), oe eo -> eu, eoi -> ui, eon -> un, eot -> ut,
yu -> u, ue or yu, yun -> uen, yut -> uet, i -> i or ee (ze, sze after s
and z c), ei -> ei, i or ee, ou -> o, au -> au or ow, o -> o or oh, u ->
u or oo, ui -> ui or ooi, un -> un or oon, oi -> oi or oy, am -> am or um
(after s: Shum), the rest as written. A syllable that begins with y (j)
drops the y of its final (jyu -> yu).
"""
import collections, json, os, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namesets import cedict_entries  # noqa: E402

# A character of at least COMMON CC-CEDICT entries is common enough to be
# in a name (10, 20, 30: 16, 14, 14 false merges of 6,461 generated pairs of
# two persons, 342, 341, 340 of 362 names read: BENCHMARKS.md, branch canto2).
COMMON = 20


def pinyin_plain(p):
    """A CC-CEDICT syllable (tone number, u: for ü) lower case, no tone, ü
    written u as names write it."""
    return re.sub(r"[1-5]$", "", p).lower().replace("u:", "u").replace("ü", "u")


def hk_initials(ini, fin):
    if ini in ("b", "p"):
        return ["p"]
    if ini in ("d", "t"):
        return ["t"]
    if ini in ("g", "k"):
        return ["k"]
    if ini in ("gw", "kw"):
        return ["kw"]
    if ini in ("z", "c"):
        return ["ch", "ts"]
    if ini == "s":
        return ["s", "sh"]
    if ini == "j":
        return ["y"]
    return [ini]


FINALS = {
    "aa": ["a", "ah"], "aai": ["ai"], "aau": ["au"], "aam": ["am"], "aan": ["an"],
    "aang": ["ang"], "aap": ["ap"], "aat": ["at"], "aak": ["ak"],
    "ai": ["ai"], "au": ["au", "ow"], "am": ["am"], "an": ["an"], "ang": ["ang"],
    "ap": ["ap"], "at": ["at"], "ak": ["ak"],
    "e": ["e"], "ei": ["ei", "i", "ee"], "eu": ["eu"], "em": ["em"], "eng": ["eng"],
    "ep": ["ep"], "ek": ["ek"],
    "i": ["i", "ee"], "iu": ["iu"], "im": ["im"], "in": ["in"], "ing": ["ing"],
    "ip": ["ip"], "it": ["it"], "ik": ["ik"],
    "o": ["o", "oh"], "oi": ["oi", "oy"], "ou": ["o"], "on": ["on"], "ong": ["ong"],
    "ot": ["ot"], "ok": ["ok"],
    "u": ["u", "oo"], "ui": ["ui", "ooi"], "un": ["un", "oon"], "ung": ["ung"],
    "ut": ["ut"], "uk": ["uk"],
    "oe": ["eu"], "oeng": ["eung"], "oek": ["euk"],
    "eoi": ["ui"], "eon": ["un"], "eot": ["ut"],
    "yu": ["u", "ue", "yu"], "yun": ["uen"], "yut": ["uet"],
    "m": ["m"], "ng": ["ng"],
}

JY_INITIALS = ["gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j"]


def split_jyutping(s):
    """The initial and final of the Jyutping syllable s (no tone)."""
    if s in ("m", "ng"):
        return "", s
    for i in JY_INITIALS:
        if s.startswith(i) and s[len(i):] in FINALS:
            return i, s[len(i):]
    if s in FINALS:
        return "", s
    return None


def hk_spellings(jy):
    """The Hong Kong government's spellings of the Jyutping syllable jy
    (tone number removed first), lower case; [] if jy is no syllable."""
    jy = re.sub(r"[1-6]$", "", jy)
    sp = split_jyutping(jy)
    if sp is None:
        return []
    ini, fin = sp
    out = []
    for i in hk_initials(ini, fin):
        fins = FINALS[fin]
        if fin == "i" and ini in ("z", "c"):
            out += ["tsz", "chi", "chee"]  # Tsz Wan Shan, Tat Chee
            break
        elif fin == "i" and ini == "s":
            fins = ["ze", "i", "ee"]  # sze
        elif fin == "am" and ini == "s":
            fins = ["am", "um"]  # Shum, Sham
        for f in fins:
            if i == "y" and f.startswith("y"):
                f = f[1:]
            out.append(i + f)
    return list(dict.fromkeys(out))


def read_jyutping(path):
    """CHAR -> its Jyutping readings (0% ones left out), in file order."""
    jy = {}
    with open(path, encoding="utf-8") as f:
        body = False
        for line in f:
            if line.startswith("..."):
                body = True
                continue
            if not body or line.startswith("#") or "\t" not in line:
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts[0]) != 1 or not re.fullmatch(r"[a-z]+[1-6]", parts[1]):
                continue
            if len(parts) > 2 and parts[2].strip() == "0%":
                continue
            syl = parts[1][:-1]
            jy.setdefault(parts[0], [])
            if syl not in jy[parts[0]]:
                jy[parts[0]].append(syl)
    return jy


def read_cedict(path):
    """(readings, surnames, trad_of): CHAR -> its Pinyin readings (both
    forms), CHAR -> its surname readings, simplified -> traditional."""
    readings, surnames, trad_of = {}, {}, {}
    for t, s, py, gloss in cedict_entries(path):
        if len(t) != 1 or len(s) != 1 or " " in py:
            continue
        p = pinyin_plain(py)
        if not re.fullmatch(r"[a-z]+", p):
            continue
        for c in (t, s):
            readings.setdefault(c, [])
            if p not in readings[c]:
                readings[c].append(p)
        trad_of.setdefault(s, t)
        if py[0].isupper() and re.search(r"(^|/)surname ", gloss):
            for c in (t, s):
                surnames.setdefault(c, [])
                if p not in surnames[c]:
                    surnames[c].append(p)
    return readings, surnames, trad_of


def given_chars(path, checkset):
    """(chars, persons, only): the characters of the given names of
    CC-CEDICT persons of three characters (both forms), the check set's
    persons left out; how many persons were read; the characters that only
    the check set's persons would have added."""
    leave = set()
    with open(checkset, encoding="utf-8") as f:
        next(f)
        for line in f:
            src = line.rstrip("\n").split("\t")[5].split()
            if len(src) == 2 and src[0] == "cedict":
                leave.add(src[1])
    chars, held, n = set(), set(), 0
    for t, s, py, gloss in cedict_entries(path):
        syl = py.split()
        if len(t) != 3 or len(syl) != 3 or not syl[0][0].isupper():
            continue
        if not all("\u4e00" <= c <= "\u9fff" for c in t + s):
            continue
        if not re.search(r"\(\d{3,4}[-\u2013]", gloss):
            continue
        given = set(t[1:]) | set(s[1:])
        if t in leave or s in leave:
            held |= given
            continue
        n += 1
        chars |= given
    return chars, n, held - chars


def common_chars(path):
    """The characters of at least COMMON CC-CEDICT entries (traditional or
    simplified form, an entry counted once)."""
    n = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            t, s = line.split(" ")[:2]
            n.update(set(t) | set(s))
    return {c for c, k in n.items() if k >= COMMON}


def main():
    jpath, cpath, corpus, what = sys.argv[1:5]
    jy = read_jyutping(jpath)
    readings, surnames, _ = read_cedict(cpath)
    with open(corpus, encoding="utf-8") as f:
        rows = json.load(f)
    if what == "surnames":
        print("# Chinese surnames: traditional, simplified, Pinyin, Cantonese (HK government), Hokkien/Teochew (Singapore, Malaysia).")
        print("# Generated by testdata/bench/canto_table.py from rime-cantonese (CC BY 4.0), CC-CEDICT (CC BY-SA 4.0) and")
        print("# Matthewow/Chinese_surname_corpus (zh.wikipedia, CC BY-SA 4.0); see testdata/README.md. Do not edit.")
        seen = set()
        for r in rows:
            t, s = r["zh_tra"].strip(), r["zh_sim"].strip()
            if len(t) != 1 or len(s) != 1 or t in seen:
                continue
            seen.add(t)
            py = surnames.get(t) or surnames.get(s)
            if not py or t not in jy:
                continue
            hk = []
            for j in jy[t]:
                for sp in hk_spellings(j):
                    if sp not in hk:
                        hk.append(sp)
            hok = []
            for col in ("singapore", "malaysia"):
                for sp in re.split(r"[/,]", r.get(col, "")):
                    sp = unicodedata.normalize("NFC", sp.strip()).lower()
                    if re.fullmatch(r"[a-z]+", sp) and sp not in py and sp not in hk and sp not in hok:
                        hok.append(sp)
            print("\t".join([t, s, ",".join(py), ",".join(hk), ",".join(hok)]))
    elif what == "syllables":
        print("# Cantonese syllables (HK government spelling) and the Pinyin of the characters read so that names may use.")
        print("# Generated by testdata/bench/canto_table.py from rime-cantonese (CC BY 4.0) and CC-CEDICT (CC BY-SA 4.0). Do not edit.")
        names, _, _ = given_chars(cpath, sys.argv[5])
        names |= common_chars(cpath)
        table = {}
        for c, js in jy.items():
            if c not in readings or c not in names:
                continue
            for j in js:
                for sp in hk_spellings(j):
                    table.setdefault(sp, set()).update(readings[c])
        for sp in sorted(table):
            print(sp + "\t" + ",".join(sorted(table[sp])))
    elif what == "given":
        names, n, only = given_chars(cpath, sys.argv[5])
        common = common_chars(cpath)
        print(f"persons {n}, given-name characters {len(names)}, "
              f"left out with the check set's persons {len(only)}: {''.join(sorted(only))}; "
              f"of these still in as common {len(only & common)}; common characters {len(common)}, "
              f"both {len(names | common)}", file=sys.stderr)
    elif what == "agree":
        n = ok = 0
        for r in rows:
            t = r["zh_tra"].strip()
            if t not in jy:
                continue
            gen = {sp for j in jy[t] for sp in hk_spellings(j)}
            for sp in re.split(r"[/,]", r["hongkong"]):
                sp = sp.strip().lower()
                if not sp:
                    continue
                n += 1
                if sp in gen:
                    ok += 1
                else:
                    print(f"miss\t{t}\t{sp}\t{','.join(sorted(gen))}", file=sys.stderr)
        print(f"corpus Hong Kong spellings the scheme writes: {ok}/{n}", file=sys.stderr)


if __name__ == "__main__":
    main()
