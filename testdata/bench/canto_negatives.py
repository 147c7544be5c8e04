#!/usr/bin/env python3
"""Pairs of two different persons for the Cantonese reading (issue 11,
branch canto2): each Hong Kong or Hokkien name of the canto check set
against CC-CEDICT persons who share its surname spelling but not its name,
so that a loose syllable table (Chan Tai-man / Chen Zhimin) shows as false
"same".

    canto_negatives.py CEDICT CHECKSET SURNAMES > /tmp/canto-neg.tsv
    canto_negatives.py CEDICT CHECKSET SURNAMES JYUTPING > /tmp/canto-neg-gen.tsv
    python3 testdata/bench/score_checkset.py /tmp/canto-neg.tsv BIN design|held

CEDICT is CC-CEDICT's cedict_ts.u8; CHECKSET normalize/testdata/canto/
checkset.tsv (its canto-person rows: a is the Hong Kong or Hokkien name,
the source column `cedict CHARS` its traditional characters); SURNAMES
normalize/canto_surnames.tsv (traditional, simplified, Pinyin, Hong Kong
spellings, Hokkien spellings).

A person: a CC-CEDICT entry of three Han characters, three Pinyin
syllables, the first capitalized, whose gloss gives a year of birth
"(19xx-". Written in the check set's format (half, group, label, a, b,
source), every pair labelled apart, the half that of the check-set name:
- canto-neg-same: a person whose surname character is the check-set
  name's (traditional or simplified) and whose characters are not its
  characters (the session's 410 pairs of review39);
- canto-neg-other: a person whose surname is another character that
  SURNAMES spells as the check-set name's first word (Wong: 黃 and 王;
  Ng: 吳 and 伍).
A person listed twice in CC-CEDICT (two entries of the same characters)
is one person.

With JYUTPING (rime-cantonese's jyut6ping3.chars.dict.yaml, as
canto_table.py reads it), more pairs, none from the check set: every
CC-CEDICT person whose three characters rime-cantonese reads, written as
the Hong Kong government writes a name (canto_table.py's hk_spellings, the
first reading of each character and its first spelling: 陳大文 Chan
Tai-man), against every other person of the same surname character
(group canto-neg-gen; the surname one of SURNAMES; half by CRC-32 of the pair mod 3: held when 0, as
canto_checkset.py halves). Two persons, so every pair is apart; the
spelling is the one the scheme gives first, not the person's own.
"""
import os, re, sys, zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from canto_table import hk_spellings, read_jyutping  # noqa: E402
from namesets import cedict_entries  # noqa: E402

VOWELS = "aeiou"


def plain(p):
    return re.sub(r"[1-5]$", "", p).lower().replace("u:", "u")


def pinyin_name(syl):
    """Surname, then the given name in one word (an apostrophe before a
    vowel-initial syllable), capitalized: as canto_checkset.py writes it."""
    given = syl[1]
    for s in syl[2:]:
        given += ("'" if s[0] in VOWELS else "") + s
    return syl[0].capitalize() + " " + given.capitalize()


def persons(path):
    """(traditional, simplified, Pinyin name) of every three-character
    person, once per traditional form, in file order."""
    out, seen = [], set()
    for t, s, py, gloss in cedict_entries(path):
        syl = py.split()
        if len(t) != 3 or len(syl) != 3 or not syl[0][0].isupper():
            continue
        if not all("\u4e00" <= c <= "\u9fff" for c in t):
            continue
        if not all(re.fullmatch(r"[A-Za-z:]+[1-5]", x) for x in syl):
            continue
        if not re.search(r"\(\d{3,4}[-–]", gloss):
            continue
        if t in seen:
            continue
        seen.add(t)
        out.append((t, s, pinyin_name([plain(x) for x in syl])))
    return out


def generated(people, jpath, surnames):
    """The canto-neg-gen rows: each person's Hong Kong spelling against the
    Pinyin of every other person of its surname character, the surnames
    those of SURNAMES (traditional)."""
    jy = read_jyutping(jpath)
    by_sur = {}
    for t, s, pn in people:
        by_sur.setdefault(t[0], []).append((t, s, pn))
    for t, s, pn in people:
        if t[0] not in surnames:
            continue
        sp = []
        for c in t:
            if c not in jy or not hk_spellings(jy[c][0]):
                break
            sp.append(hk_spellings(jy[c][0])[0])
        if len(sp) != 3:
            continue
        hk = sp[0].capitalize() + " " + sp[1].capitalize() + "-" + sp[2]
        for t2, s2, pn2 in by_sur[t[0]]:
            if t2 == t or pn2.lower() == pn.lower():
                continue
            key = f"{hk}\t{pn2}"
            half = "held" if zlib.crc32(key.encode()) % 3 == 0 else "design"
            print(f"{half}\tcanto-neg-gen\tapart\t{hk}\t{pn2}\tcedict {t} / {t2}")


def main():
    cedict, checkset, surnames = sys.argv[1:4]
    spelled = {}  # a surname spelling -> the traditional characters spelt so
    simp = {}
    with open(surnames, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            t, s, _, hk, hok = line.rstrip("\n").split("\t")
            simp[t] = s
            for sp in (hk + "," + hok).split(","):
                if sp:
                    spelled.setdefault(sp, []).append(t)
    people = persons(cedict)
    print("half\tgroup\tlabel\ta\tb\tsource")
    if len(sys.argv) > 4:
        generated(people, sys.argv[4], simp)
        return
    with open(checkset, encoding="utf-8") as f:
        next(f)
        for line in f:
            half, group, label, a, b, src = line.rstrip("\n").split("\t")
            if group != "canto-person":
                continue
            chars = src.split()[1]
            sur = chars[0]
            own = {sur, simp.get(sur, sur)}
            others = set()
            for t in spelled.get(a.split()[0].lower(), []):
                if t != sur:
                    others |= {t, simp.get(t, t)}
            for t, s, pn in people:
                if t == chars or s == chars:
                    continue
                if t[0] in own or s[0] in own:
                    print(f"{half}\tcanto-neg-same\tapart\t{a}\t{pn}\tcedict {chars} / {t}")
                elif t[0] in others or s[0] in others:
                    print(f"{half}\tcanto-neg-other\tapart\t{a}\t{pn}\tcedict {chars} / {t}")


if __name__ == "__main__":
    main()
