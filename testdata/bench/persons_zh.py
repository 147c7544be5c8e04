#!/usr/bin/env python3
"""Chinese persons' names in Pinyin against their Wade-Giles form: rows of
class person-zh (same) and lookalike-person-zh (different) for
normalize/testdata/devset/pairs.tsv (issue 11: "Wade-Giles, postal and
Pinyin forms of Chinese names"). Usage:

    persons_zh.py cedict_ts.u8 wadegiles.py >> normalize/testdata/devset/pairs.tsv

cedict_ts.u8: CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org/), as
testdata/bench/cedict.sh writes it. wadegiles.py: the Pinyin -> Wade-Giles
syllable table of mozillazg/python-pinyin (MIT), `pypinyin/style/wadegiles.py`,
copied unchanged; it is read as data, as names_devset.py reads it for
place-zh.

A person is an entry one of whose senses begins with a name and a life span,
"/Zhou Enlai (1898-1976), ...", where the name's letters are the entry's
Pinyin syllables without tones (so the syllables of each word are
CC-CEDICT's own, not guessed); names written alike by two entries are kept
once. Its Wade-Giles form writes each syllable by the table and each word as
Wade-Giles writes persons: a one-syllable word alone, the syllables of a
longer word joined by hyphens, the first letter capital (Zhou Enlai -> Chou
En-lai, Sima Qian -> Ssu-ma Ch'ien).

Look-alikes: two persons of that list whose Pinyin names have the same
number of words and syllables and differ in one syllable (Zhou Enlai / Zhou
Enlan style; toneless names written alike are not paired), chosen at random
(seed 13), at most three pairs per person; one name is written in Pinyin, the
other in Wade-Giles (which one at random), as the variants are. No pair is
chosen by what bitext makes of it. Split: held out when CRC-32 of "A|B" is
0 mod 5, as names_devset.py.
"""
import random, re, sys, zlib
from namesets import syllable_to_wg, wadegiles_tables

cedict, wgfile = sys.argv[1], sys.argv[2]
rnd = random.Random(13)

# The table, read as names_devset.py reads it.
wgtext = open(wgfile, encoding="utf-8").read()
conv_t, inits, finals = wadegiles_tables(wgtext)


def to_wg(s):
    return syllable_to_wg(s, conv_t, inits, finals)


span = re.compile(r"^([A-Z][a-zü]*(?: [A-Z][a-zü]*){1,3}) \((?:c\. ?)?\d{1,4}(?: BC)?-(?:c\. ?)?\d{1,4}(?: BC| AD)?\)")
persons = {}  # Pinyin name -> list of words, each a list of toneless syllables
for line in open(cedict, encoding="utf-8"):
    if line.startswith("#"):
        continue
    m = re.match(r"^\S+ \S+ \[([^\]]*)\] /(.*)/$", line.rstrip("\n"))
    if not m:
        continue
    sylls = [re.sub(r"[1-5]$", "", s).lower().replace("u:", "ü") for s in m.group(1).split()]
    if not all(re.fullmatch(r"[a-zü]+", s) for s in sylls):
        continue
    for sense in m.group(2).split("/"):
        n = span.match(sense)
        if not n:
            continue
        name = n.group(1)
        if name.lower().replace(" ", "") != "".join(sylls):
            # CC-CEDICT writes ü as u in many English names: allow it.
            if name.lower().replace(" ", "") != "".join(sylls).replace("ü", "u"):
                continue
        words, k = [], 0
        for w in name.split():
            acc, part = "", []
            while k < len(sylls) and len(acc) < len(w):
                acc += sylls[k].replace("ü", "u")
                part.append(sylls[k])
                k += 1
            if acc != w.lower().replace("ü", "u"):
                words = None
                break
            words.append(part)
        if words and k == len(sylls) and name not in persons:
            persons[name] = words
        break

out = []


def emit(cls, want, a, b, source):
    if a == b:
        return
    split = "held" if zlib.crc32(f"{a}|{b}".encode()) % 5 == 0 else "dev"
    out.append((cls, want, a, b, source, split))


def wade(words):
    ws = []
    for part in words:
        conv = [to_wg(s) for s in part]
        if None in conv:
            return None
        w = "-".join(conv)
        ws.append(w[:1].upper() + w[1:])
    return " ".join(ws)


names = sorted(persons)
wgname = {}
for name in names:
    w = wade(persons[name])
    if w:
        wgname[name] = w
        emit("person-zh", "same", name, w, "cedict+wadegiles")

# Look-alikes: same shape, one syllable different.
def flat(name):
    return [s.replace("ü", "u") for part in persons[name] for s in part]


def shape(name):
    return tuple(len(p) for p in persons[name])


cands = []
ok = [n for n in names if n in wgname]
for i, a in enumerate(ok):
    fa = flat(a)
    for b in ok[i + 1:]:
        if shape(a) != shape(b):
            continue
        fb = flat(b)
        if fa == fb:
            continue
        if sum(x != y for x, y in zip(fa, fb)) == 1:
            cands.append((a, b))
rnd.shuffle(cands)
used = {}
for a, b in cands:
    if used.get(a, 0) >= 3 or used.get(b, 0) >= 3:
        continue
    used[a] = used.get(a, 0) + 1
    used[b] = used.get(b, 0) + 1
    if rnd.random() < 0.5:
        emit("lookalike-person-zh", "different", a, wgname[b], "cedict+wadegiles")
    else:
        emit("lookalike-person-zh", "different", wgname[a], b, "cedict+wadegiles")

for r in out:
    print("\t".join(r))
print(f"persons {len(persons)}, with Wade-Giles {len(wgname)}, look-alike candidates {len(cands)}", file=sys.stderr)
