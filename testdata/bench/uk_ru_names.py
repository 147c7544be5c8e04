#!/usr/bin/env python3
"""Ukrainian against Russian renderings of one person's name: rows of classes
uk-ru and lookalike-uk-ru for normalize/testdata/devset/pairs.tsv (issue 11:
"Ukrainian renderings of Russian names"). Usage:

    uk_ru_names.py legacy_ua2ru.csv pairs.tsv >> normalize/testdata/devset/pairs.tsv

legacy_ua2ru.csv is data-src/legacy_ua2ru.csv of dchaplinsky/names-translator
(commit 73dc7d4, MIT licence): a name part (first name, patronymic or
surname, from Ukrainian public declarations) in Ukrainian Cyrillic against
its Russian form, "uk,ru,count", count 2 marking the list's primary Russian
form and 1 an alternative. Only the pairing of the two Cyrillic forms is the
source's; each form is then romanized by its language's published standard:
the Ukrainian by the national system of 2010 (Cabinet of Ministers
resolution 55, the one Ukraine's passports and road signs use), the Russian
by BGN/PCGN (1947), the common English practice for Russian; the tables are
written below from the standards. No pair is chosen by what bitext makes of
it.

Kept: rows with count 2 whose two forms are one word of Cyrillic letters
(three or more), capitalised in both, the Ukrainian form without Russian-only
letters (ы э ъ ё) and the Russian without Ukrainian-only ones (і ї є ґ),
and whose two romanizations differ; one row per Ukrainian form.

uk-ru: the Ukrainian romanization against the Russian one (Hryhorenko/
Grigorenko shapes), up to 500 pairs chosen at random (seed 24), half of them
in each order.
lookalike-uk-ru: the Ukrainian romanization of one name against the Russian
romanization of another, when the two are close by Jaro-Winkler (>= 0.90,
as pairs.tsv's other look-alike classes) and the list links them by no row
(neither Cyrillic form of one is a form of the other, nor are the two
Ukrainian or the two Russian forms one name less a case or gender ending:
Nabiiev/Nabiyeva, Volodymyrovycha/Volodimirovich); blocks of the first two letters; at most two pairs
per name, up to 250 pairs.
Split: held out when the CRC-32 of "A|B" is 0 mod 5, as names_devset.py.
"""
import collections, csv, random, re, sys, zlib
from namesets import jw

UK_ONLY, RU_ONLY = set("іїєґ"), set("ыэъё")
UK_LET = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'")
RU_LET = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")

# Ukrainian national romanization (2010): the letters; є ї й ю я take their
# word-initial form (ye yi y yu ya) at the start of a word, the medial one
# (ie i i iu ia) elsewhere; зг is zgh; ь and the apostrophe are not written.
UK = dict(а="a", б="b", в="v", г="h", ґ="g", д="d", е="e", є="ie", ж="zh", з="z",
          и="y", і="i", ї="i", й="i", к="k", л="l", м="m", н="n", о="o", п="p",
          р="r", с="s", т="t", у="u", ф="f", х="kh", ц="ts", ч="ch", ш="sh",
          щ="shch", ь="", ю="iu", я="ia")
UK_INIT = dict(є="ye", ї="yi", й="y", ю="yu", я="ya")

# BGN/PCGN (1947) for Russian: е is ye at the start of a word and after a
# vowel, й or ь/ъ, e elsewhere; ё is ë (yë in those places); the soft and
# hard signs are left out here (English practice); ы is y, й is y.
RU = dict(а="a", б="b", в="v", г="g", д="d", е="e", ё="ë", ж="zh", з="z", и="i",
          й="y", к="k", л="l", м="m", н="n", о="o", п="p", р="r", с="s", т="t",
          у="u", ф="f", х="kh", ц="ts", ч="ch", ш="sh", щ="shch", ъ="", ы="y",
          ь="", э="e", ю="yu", я="ya")
RU_VOW = set("аеёиоуыэюя")


def uk_roman(w):
    out = []
    for i, c in enumerate(w):
        if c == "'":
            continue
        if i == 0 and c in UK_INIT:
            out.append(UK_INIT[c])
        elif c == "г" and i and w[i - 1] == "з":
            out.append("gh")
        else:
            out.append(UK[c])
    return "".join(out)


def ru_roman(w):
    out = []
    for i, c in enumerate(w):
        p = w[i - 1] if i else ""
        if c in "её" and (i == 0 or p in RU_VOW or p in "йъь"):
            out.append("y" + RU[c])
        else:
            out.append(RU[c])
    return "".join(out)


def stem(w):
    """A Cyrillic name part less a case or gender ending, so that the forms
    of one name (Набієв, Набієва; Володимирович, Володимировича, Володимирівна) are
    one."""
    w = w.replace("ськ", "ск").replace("цьк", "цк")
    w = re.sub(r"(ович|евич|ьевич|йович|ївна|івна|овна|евна|ьевна)(а|и|у|і|ы)?$", "-patr", w)
    return re.sub(r"(ий|ій|ый|ой|ая|ої|ого|ому|ою|ей|а|я|і|и|у|ю|е|ь)$", "", w)


def cap(s):
    return s[:1].upper() + s[1:]


def main():
    rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:]
    known = set()
    for l in open(sys.argv[2], encoding="utf-8"):
        c = l.rstrip("\n").split("\t")
        if len(c) == 6:
            known.add((c[2], c[3]))
            known.add((c[3], c[2]))
    linked = collections.defaultdict(set)  # any Cyrillic form -> forms the list links it to
    for r in rows:
        if len(r) == 3:
            a, b = r[0].strip().lower(), r[1].strip().lower()
            linked[a].add(b)
            linked[b].add(a)
    names, seen = [], set()
    for r in rows:
        if len(r) != 3 or r[2] != "2":
            continue
        uk, ru = r[0].strip(), r[1].strip()
        if not (uk[:1].isupper() and ru[:1].isupper()) or uk.isupper() or ru.isupper():
            continue
        u, v = uk.lower(), ru.lower()
        if len(u) < 3 or len(v) < 3 or not set(u) <= UK_LET or not set(v) <= RU_LET:
            continue
        if u[0] == "'" or u in seen:
            continue
        seen.add(u)
        a, b = cap(uk_roman(u)), cap(ru_roman(v))
        if a != b:
            names.append((u, v, a, b))
    rnd = random.Random(24)
    rnd.shuffle(names)
    out = []

    def emit(cls, want, a, b):
        if (a, b) in known:
            return
        split = "held" if zlib.crc32(f"{a}|{b}".encode()) % 5 == 0 else "dev"
        out.append((cls, want, a, b, "names-translator-ua2ru", split))

    for i, (u, v, a, b) in enumerate(names[:500]):
        if i % 2:
            a, b = b, a
        emit("uk-ru", "same", a, b)
    # look-alikes: the Ukrainian form of one name against the Russian form of another
    blocks = collections.defaultdict(list)
    for n in names:
        blocks[n[2][:2].lower()].append(n)
    cand = []
    for bl in blocks.values():
        for x in bl:
            for y in bl:
                if x is y or x[2] == y[2] or x[3] == y[3]:
                    continue
                if stem(x[0]) == stem(y[0]) or stem(x[1]) == stem(y[1]):
                    continue
                forms_x, forms_y = {x[0], x[1]}, {y[0], y[1]}
                if forms_x & forms_y or linked[x[0]] & forms_y or linked[y[0]] & forms_x or \
                        linked[x[1]] & forms_y or linked[y[1]] & forms_x:
                    continue
                if jw(x[2].lower(), y[3].lower()) >= 0.90 and x[2].lower() != y[3].lower():
                    cand.append((x[2], y[3]))
    cand = sorted(set(cand))
    rnd.shuffle(cand)
    per = collections.Counter()
    kept = 0
    for a, b in cand:
        if kept == 250 or per[a] == 2 or per[b] == 2:
            continue
        per[a] += 1
        per[b] += 1
        kept += 1
        if rnd.random() < 0.5:
            a, b = b, a
        emit("lookalike-uk-ru", "different", a, b)
    for r in out:
        print("\t".join(r))


main()
