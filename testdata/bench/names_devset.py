#!/usr/bin/env python3
"""Build the names development set (normalize/testdata/devset/pairs.tsv) from
public sources; see normalize/testdata/devset/README.md for their origin and
licence. Usage:

    names_devset.py SRC_DIR > normalize/testdata/devset/pairs.tsv

SRC_DIR holds the raw files, copied unchanged from their repositories:
  wd_russian_80, wd_arabic_80, wd_hebrew_80, wd_hebrew  (Wikidata, CC0, from
      steveash/NETransliteration-COLING2018 data/)
  wadegiles.py        (Wade-Giles/Pinyin table, MIT, mozillazg/python-pinyin)
  admin1.txt          (GeoNames admin1CodesASCII.txt, CC BY 4.0)
  geoCities.json      (GeoNames cities5000 names, CC BY 4.0, via
      ikolomiets/geonames-cities-parser)
  orgs.tsv            (organisation aliases, US Department of State, public domain)

Output columns: class, want (same|different), A, B, source, split (dev|held).
A pair is held out when the CRC32 of "A|B" is 0 mod 5: those are scored only
at the end (TestDevSetHeldOut, BITEXT_HELDOUT=1).
No pair is chosen by what bitext makes of it; look-alikes are chosen by
Jaro-Winkler (a baseline), variants by the sources' own grouping.
"""
import collections, json, os, random, re, sys, unicodedata, zlib
from namesets import jw, lev, syllable_to_wg, wadegiles_tables

src = sys.argv[1]
rnd = random.Random(11)
out = []


def emit(cls, want, a, b, source):
    if a == b or not a or not b:
        return
    split = "held" if zlib.crc32(f"{a}|{b}".encode()) % 5 == 0 else "dev"
    out.append((cls, want, a, b, source, split))






def cap(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def tokens(path):
    """english token -> {native: count} from a Wikidata token file."""
    m = collections.defaultdict(collections.Counter)
    for line in open(os.path.join(src, path), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) != 3 or not f[0].isalpha() or len(f[0]) < 3:
            continue
        m[f[0]][f[1].replace(" ", "")] += int(f[2])
    return m


# 1. Person names, Latin against Latin: English spellings that Wikidata
# writes with one native form (Александр: Alexander, Aleksandr).
# 2. Native script against Latin.
# 3. Look-alikes: English names close by Jaro-Winkler whose native forms
# differ in two letters or more.
# Arabic and Hebrew write one form for names that are not variants
# (بول: Paul, Böll), so only Russian groups give Latin variants.
for lang, path, nvar, nnat, nneg in (("ru", "wd_russian_80", 1400, 220, 170),
                                     ("ar", "wd_arabic_80", 0, 160, 110),
                                     ("he", "wd_hebrew_80", 0, 80, 60)):
    tok = tokens(path)
    by_native = collections.defaultdict(list)
    main = {}
    for en, nat in tok.items():
        n, c = nat.most_common(1)[0]
        if c >= 2:
            by_native[n].append(en)
            main[en] = n
    pairs = []
    for n, ens in by_native.items():
        ens.sort()
        for i in range(len(ens)):
            for j in range(i + 1, len(ens)):
                pairs.append((ens[i], ens[j]))
    rnd.shuffle(pairs)
    for a, b in pairs[:nvar]:
        emit("person", "same", cap(a), cap(b), f"wikidata-{lang}")
    nat = [(en, main[en]) for en in sorted(main) if tok[en][main[en]] >= 3]
    rnd.shuffle(nat)
    for en, n in nat[:nnat]:
        emit(f"native-{lang}", "same", n, cap(en), f"wikidata-{lang}")
    # look-alikes within blocks of the first two letters
    blocks = collections.defaultdict(list)
    for en in main:
        if len(en) >= 5:
            blocks[en[:2]].append(en)
    neg = []
    for ens in blocks.values():
        ens.sort()
        for i in range(len(ens)):
            for j in range(i + 1, len(ens)):
                a, b = ens[i], ens[j]
                if jw(a, b) >= 0.9 and lev(main[a], main[b]) >= 2 and not set(tok[a]) & set(tok[b]):
                    neg.append((a, b))
    rnd.shuffle(neg)
    for a, b in neg[:nneg]:
        emit("lookalike", "different", cap(a), cap(b), f"wikidata-{lang}")

# Full names, Hebrew script against Latin.
full = [l.rstrip("\n").split("\t") for l in open(os.path.join(src, "wd_hebrew"), encoding="utf-8")]
full = [f for f in full if len(f) == 2 and " " in f[0] and "." not in f[0]]
rnd.shuffle(full)
for en, he in full[:120]:
    emit("native-he", "same", he, en, "wikidata-he")

# 4. Russian names by other languages' conventions: Russian-looking names
# (by suffix) of the Russian Wikidata list, written by the standards' tables.
BASE = dict(zip("абвгдзиклмнопрстуфэы", "abvgdziklmnoprstufey"))
CONV = {
    "bgn": dict(BASE, е="e", ё="ë", ж="zh", й="y", х="kh", ц="ts", ч="ch", ш="sh", щ="shch", ъ="", ь="", ю="yu", я="ya"),
    "de": dict(BASE, в="w", е="e", ё="jo", ж="sch", з="s", й="i", х="ch", ц="z", ч="tsch", ш="sch", щ="schtsch", ъ="", ь="", ю="ju", я="ja", ы="y"),
    "fr": dict(BASE, е="e", ё="io", ж="j", й="i", у="ou", х="kh", ц="ts", ч="tch", ш="ch", щ="chtch", ъ="", ь="", ю="iou", я="ia"),
    "pl": dict(BASE, в="w", е="e", ё="io", ж="ż", й="j", х="ch", ц="c", ч="cz", ш="sz", щ="szcz", ъ="", ь="", ю="iu", я="ia", л="ł"),
    "iso9": dict(BASE, е="e", ё="ë", ж="ž", й="j", х="h", ц="c", ч="č", ш="š", щ="ŝ", ъ="ʺ", ь="ʹ", ю="û", я="â", э="è"),
    "lt": dict(BASE, е="e", ё="io", ж="ž", й="j", х="ch", ц="c", ч="č", ш="š", щ="šč", ъ="", ь="", ю="iu", я="ia"),
}
VOW = set("аеёиоуыэюя")


def romanize(word, table, conv):
    out = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        soft_start = i == 0 or prev in VOW or prev in "ъь"
        if ch == "е" and soft_start and conv in ("bgn",):
            out.append("ye")
        elif ch == "е" and soft_start and conv in ("de", "pl"):
            out.append("je")
        elif ch == "е" and soft_start and conv == "fr":
            out.append("ie")
        elif ch == "е" and conv == "pl" and prev and prev not in VOW and prev not in "жшцчщ":
            out.append("ie")
        elif ch == "с" and conv in ("de", "fr") and prev in VOW and i + 1 < len(word) and word[i + 1] in VOW:
            out.append("ss")
        elif ch == "л" and conv == "pl" and i + 1 < len(word) and word[i + 1] in "еёюяиь":
            out.append("l")
        elif ch == "и" and conv == "pl" and prev in "жшц":
            out.append("y")
        elif ch == "г" and conv == "fr" and i + 1 < len(word) and word[i + 1] in "еиэ":
            out.append("gu")
        else:
            out.append(table.get(ch, ch))
    s = "".join(out)
    if conv == "de":
        s = re.sub(r"ij$", "i", s)
    return s


tok = tokens("wd_russian_80")
rus = sorted({max(v, key=v.get) for v in tok.values()})
rus = [w for w in rus if re.search(r"(ов|ев|ин|ский|цкий|енко|ович|евич|ова|ева|ина|ская)$", w)
       and all(c in BASE or c in "еёжйхцчшщъьюя" for c in w)]
rnd.shuffle(rus)
convs = ["de", "fr", "pl", "iso9", "lt"]
for i, w in enumerate(rus[:450]):
    c = convs[i % len(convs)]
    emit("person-ru", "same", cap(romanize(w, CONV["bgn"], "bgn")), cap(romanize(w, CONV[c], c)), f"wikidata-ru+{c}")

# 5. Chinese places: Pinyin (GeoNames) against Wade-Giles (the table of
# python-pinyin).
wgtext = open(os.path.join(src, "wadegiles.py"), encoding="utf-8").read()
conv_t, inits, finals = wadegiles_tables(wgtext)
syll = set(conv_t)
for i in list(inits) + [""]:
    for f in finals:
        syll.add(i + f)


def to_wg(s):
    w = syllable_to_wg(s, conv_t, inits, finals)
    return s if w is None else w


def segment(w):
    best = {0: []}
    for i in range(1, len(w) + 1):
        for j in range(max(0, i - 6), i):
            if j in best and w[j:i] in syll:
                cand = best[j] + [w[j:i]]
                if i not in best or len(cand) < len(best[i]):
                    best[i] = cand
    return best.get(len(w))


cities = json.load(open(os.path.join(src, "geoCities.json"), encoding="utf-8"))
cn = sorted({k[3:] for k in cities if k.startswith("CN.")})
cn += [l.split("\t")[1] for l in open(os.path.join(src, "admin1.txt"), encoding="utf-8") if l.startswith("CN.")]
seen = set()
for name in cn:
    w = name.lower()
    if not w.isascii() or not w.isalpha() or w in seen:
        continue
    seen.add(w)
    sy = segment(w)
    if not sy or len(sy) < 2:
        continue
    wgs = [to_wg(s) for s in sy]
    emit("place-zh", "same", name, cap("-".join(wgs)).replace("-", "-", 1), "geonames+wadegiles")
cn_ascii = sorted(w for w in {n for n in cn if n.isascii() and n.isalpha()})
neg = [(a, b) for i, a in enumerate(cn_ascii) for b in cn_ascii[i + 1:] if jw(a.lower(), b.lower()) >= 0.9]
rnd.shuffle(neg)
for a, b in neg[:80]:
    emit("lookalike", "different", a, b, "geonames-cn")

# 6. Look-alike first-level divisions of one country (GeoNames admin1).
adm = collections.defaultdict(list)
for l in open(os.path.join(src, "admin1.txt"), encoding="utf-8"):
    f = l.rstrip("\n").split("\t")
    if len(f) >= 3:
        adm[f[0][:2]].append(f[2])
neg = []
for cc, names in adm.items():
    names = sorted(set(names))
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            x, y = a.lower(), b.lower()
            if jw(x, y) >= 0.88 and lev(x, y) >= 1 and not (x in y or y in x):
                neg.append((a, b))
rnd.shuffle(neg)
for a, b in neg[:120]:
    emit("lookalike", "different", a, b, "geonames-admin1")

# 7. Organisations: aliases from the US Department of State's reports.
p = os.path.join(src, "orgs.tsv")
if os.path.exists(p):
    for l in open(p, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        f = l.rstrip("\n").split("\t")
        want = "different" if f[0] == "branch" else "same"
        cls = "lookalike" if want == "different" else "org"
        emit(cls, want, f[1], f[2], "us-dos")

print("# names development set: built by testdata/bench/names_devset.py; see README.md")
print("# class\twant\tA\tB\tsource\tsplit")
for r in out:
    print("\t".join(r))
