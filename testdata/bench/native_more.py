#!/usr/bin/env python3
"""Native script against Latin for the scripts the Wikidata lists of
names_devset.py do not give: rows of class native-fa (Persian), native-el
(Greek) and native-zh (Han) for normalize/testdata/devset/pairs.tsv (issue 11:
"native script vs Latin (70: Persian, Arabic, Cyrillic, Han, Greek, Hebrew)").
Usage:

    native_more.py province_city.json greek_cities.yml cedict_ts.u8 wadegiles.py aiSettlement.js ukplaces.tsv >> normalize/testdata/devset/pairs.tsv

province_city.json: amyrmahdy/provinces_cities_iran (MIT; commit 5c6e9ee),
    Iran's cities, each with its name in Persian script ("city-fa") and in
    Latin letters ("city-en", written lower case with hyphens for spaces:
    "bandar-ganaveh", "shahr-e-jadid-e-hashtgerd"), copied unchanged.
greek_cities.yml: the files lib/gc/cities/*.yml of AlexAvlonitis/greek-cities
    (MIT, the gemspec's licence; commit ab86108) one after the other: Greek
    municipalities, each a pair of its name in Greek script and its Latin slug
    ("Χολαργός", "holargos-ATT": the slug ends in the prefecture's code); a
    few lines lack their opening quote, so quotes are stripped, not parsed.
cedict_ts.u8: CC-CEDICT (CC BY-SA 4.0), as testdata/bench/cedict.sh writes
    it.
wadegiles.py: the Pinyin -> Wade-Giles table of mozillazg/python-pinyin
    (MIT), `pypinyin/style/wadegiles.py`, read as data as persons_zh.py
    reads it.
aiSettlement.js: `src/location/aiSettlement.js` of
    alexandreannic/infoportal-common (ISC; commit 32b2dbf): Ukraine's
    settlements as "Latin_PCODE_Cyrillic" keys, the Latin form the one
    OCHA's administrative boundaries of Ukraine give (the national
    romanization of 2010): "Andriivka_UA0102001001_Андріївка".
ukplaces.tsv: normalize/ukplaces.tsv, whose Ukrainian names are left out
    of native-uk (the matcher knows them).

Each pair is the source's own: the native form against the Latin form the
same record gives. The Latin forms are written as names: a slug's hyphens
become spaces, the Persian ezafe "-e"/"-ye" stays joined to the word before
it ("Shahr-e Jadid-e Hashtgerd"), the Greek slug's prefecture code is
dropped, each word capitalized. Han: a person of CC-CEDICT, as
persons_zh.py chooses them (a sense beginning with a name and a life span,
"/Zhou Enlai (1898-1976), ..."), the entry's simplified characters against
that name (native-zh), and the same characters against the name in
Wade-Giles as persons_zh.py writes it (native-zh-wg: Zhou Enlai -> Chou
En-lai). native-uk: a settlement of Ukraine in Ukrainian Cyrillic against
its Latin form (Тур'я Turia). At most N_PER_CLASS pairs a class, chosen at random (seed 55) when
the source has more; no pair is chosen by what bitext makes of it. Split:
held out when CRC-32 of "A|B" is 0 mod 5, as names_devset.py.
"""
import json, random, re, sys, zlib
from namesets import syllable_to_wg, wadegiles_tables

N_PER_CLASS = 300
fa_file, el_file, cedict, wgfile, uk_file, ukplaces = sys.argv[1:7]
rnd = random.Random(55)
out = []


def emit(cls, a, b, source):
    if a == b or not a or not b:
        return
    split = "held" if zlib.crc32(f"{a}|{b}".encode()) % 5 == 0 else "dev"
    out.append((cls, "same", a, b, source, split))


def capword(w):
    return w[:1].upper() + w[1:]


def sample(rows):
    rows = sorted(set(rows))
    if len(rows) > N_PER_CLASS:
        rows = sorted(rnd.sample(rows, N_PER_CLASS))
    return rows


# Persian: cities of Iran.
fa = []
for prov in json.load(open(fa_file, encoding="utf-8")):
    for c in prov["cities"]:
        native, slug = c["city-fa"].strip(), c["city-en"].strip().lower()
        if not native or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", slug):
            continue
        words = []
        for part in slug.split("-"):
            if part in ("e", "ye") and words:
                words[-1] += "-" + part  # the ezafe
            else:
                words.append(capword(part))
        fa.append((native, " ".join(words)))
for a, b in sample(fa):
    emit("native-fa", a, b, "provinces_cities_iran")

# Greek: municipalities.
el, recs = [], []
for line in open(el_file, encoding="utf-8"):
    if re.match(r"^-\s*$", line):
        recs.append([])
        continue
    m = re.match(r"^\s+- (.*?)\s*$", line)
    if m and recs:
        recs[-1].append(m.group(1).strip("'\" "))
for rec in recs:
    if len(rec) != 2:
        continue
    native, slug = rec
    slug = re.sub(r"-[A-Z]+$", "", slug)
    if not native or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", slug):
        continue
    el.append((native, " ".join(capword(p) for p in slug.split("-"))))
for a, b in sample(el):
    emit("native-el", a, b, "greek-cities")

# Han: persons of CC-CEDICT.
span = re.compile(r"^([A-Z][a-zü]*(?: [A-Z][a-zü]*){1,3}) \((?:c\. ?)?\d{1,4}(?: BC)?-(?:c\. ?)?\d{1,4}(?: BC| AD)?\)")
zh = {}
for line in open(cedict, encoding="utf-8"):
    if line.startswith("#"):
        continue
    m = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$", line.rstrip("\n"))
    if not m:
        continue
    simp = m.group(2)
    sylls = [re.sub(r"[1-5]$", "", s).lower().replace("u:", "ü") for s in m.group(3).split()]
    if not all(re.fullmatch(r"[a-zü]+", s) for s in sylls):
        continue
    if not all("\u4e00" <= ch <= "\u9fff" for ch in simp):
        continue
    for sense in m.group(4).split("/"):
        n = span.match(sense)
        if not n:
            continue
        name = n.group(1)
        flat = "".join(sylls)
        if name.lower().replace(" ", "") not in (flat, flat.replace("ü", "u")):
            continue
        zh.setdefault(simp, (name, sylls))
        break
conv_t, inits, finals = wadegiles_tables(open(wgfile, encoding="utf-8").read())


def wade(name, sylls):
    """name in Wade-Giles: a one-syllable word alone, the syllables of a
    longer word hyphenated (persons_zh.py's form); None when a syllable or
    a word does not fit."""
    words, k = [], 0
    for w in name.split():
        acc, part = "", []
        while k < len(sylls) and len(acc) < len(w):
            acc += sylls[k].replace("ü", "u")
            part.append(sylls[k])
            k += 1
        if acc != w.lower().replace("ü", "u"):
            return None
        conv = [syllable_to_wg(x, conv_t, inits, finals) for x in part]
        if None in conv:
            return None
        words.append(capword("-".join(conv)))
    return " ".join(words) if k == len(sylls) else None


for a, (b, sylls) in sample((k, (v[0], tuple(v[1]))) for k, v in zh.items()):
    emit("native-zh", a, b, "cedict")
    w = wade(b, list(sylls))
    if w:
        emit("native-zh-wg", a, w, "cedict+wadegiles")

# Ukrainian: settlements; the names of ukplaces.tsv are left out.
known = set()
for line in open(ukplaces, encoding="utf-8"):
    if not line.startswith("#") and "\t" in line:
        known.add(line.split("\t")[0])
uk = []
for line in open(uk_file, encoding="utf-8"):
    m = re.match(r'^\s*"(.*?)_(UA\d+)_(.*?)":', line)
    if m and m.group(3) not in known:
        uk.append((m.group(3), m.group(1)))
for a, b in sample(uk):
    emit("native-uk", a, b, "infoportal-ocha")

for r in out:
    print("\t".join(r))
print(f"fa {len(fa)}, el {len(el)}, zh {len(zh)}, uk {len(uk)}; rows {len(out)}", file=sys.stderr)
