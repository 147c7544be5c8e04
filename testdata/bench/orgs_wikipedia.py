#!/usr/bin/env python3
"""Organisation variants and look-alikes from Wikipedia's bold names: rows
of classes org-wp and lookalike-org-wp for normalize/testdata/devset/pairs.tsv
(issue 11: an org class larger than the 74 pairs of the State Department's
lists, and not built from the alias table's own lists). Usage:

    orgs_wikipedia.py REPO >> normalize/testdata/devset/pairs.tsv

REPO: a git clone of github.com/chinapedia/wikipedia.abstract.en (commit
4f3e897, plain text of the English Wikipedia dump of 20 July 2019; text
CC BY-SA 3.0), read with git (ls-tree, cat-file); nothing is copied but
the names.

That text writes the bold names of an article's opening sentence in
capitals ("HEZBOLLAH ... also transliterated HIZBULLAH, HIZBALLAH"): the
names Wikipedia gives the subject. An article is an organisation's when its
title has an organisation's head noun (Party, Front, Army, Brigades,
Ministry, Corps, Guard, Council, Bank, Company, ...) and is not a season,
a team, an election, an album or a film. Its forms: the title (less a
disambiguation in parentheses) and every run of capitals in the opening
sentence before its verb ("is", "was", ...), written in title case
(articles and connectors in small letters: of, the, al, ul, e, i; a word
of five capitals or fewer without a vowel kept as an acronym, and a
form of one word of five letters or fewer kept in capitals). A form is
kept when it is an acronym whose first letter is an initial of the title,
or shares a word of four letters or more with the title, or its first
three letters; digits only when the title has them.

org-wp: the title against each other form, at most four per article.
lookalike-org-wp: forms (two words or more, no acronym, no word of one
letter or digits, every word of four letters or more capitalised) of two different
articles whose differing words are close by Jaro-Winkler (>= 0.90) or
where one form only adds words (the choice lookalike_entities.py makes);
articles that share a form are one entity; pairs equal but for
punctuation or an article, or one edit apart at ten letters or more, are left out; at
most three pairs per form; then, up to 250 in all, pairs of as many words
that differ in one word (Kerala Police/Delhi Police, two ministries of one
country). No pair is chosen by what bitext makes of it.
Split: held out when CRC-32 of "A|B" is 0 mod 5, as names_devset.py.
"""
import random, re, sys, unicodedata, zlib
from namesets import Blobs, entity_roots, jw, lev, pages

HEAD = re.compile(r"\b(Party|Front|Army|Brigades?|Battalions?|Movement|Organi[sz]ation|Ministry|Corps|Guards?|Council|League|Jihad|Hezbollah|Jamaat|Lashkar|Harakat|Tehrik|Jaish|Ansar|Qaeda|Liberation|Agency|Forces|Militia|Alliance|Federation|Association|Brotherhood|Mujahideen|Taliban|Union|Bank|Committee|Authority|Service|Group|Network|Institute|Company|Corporation|Navy|Police|Command|Congress|Assembly|Society|Foundation|Office|Bureau|Commission|Department)\b")
SKIP = re.compile(r"(football|basketball|season|election|team|Congress_of_the|^\d|\bcoin\b|album|song|film|^List_of|,|Missouri)", re.I)
SMALL = {"OF": "of", "THE": "the", "AND": "and", "FOR": "for", "IN": "in", "ON": "on", "DE": "de", "LA": "la",
         "DU": "du", "DES": "des", "AL": "al", "EL": "el", "UL": "ul", "E": "e", "I": "i", "TO": "to", "AT": "at"}
CAPS = re.compile(r"[A-Z0-9][A-Z0-9'’\.&]*(?:[ \-][A-Z0-9][A-Z0-9'’\.&]*)*")
ACR = re.compile(r"[A-Z][A-Z0-9&\-]{1,7}")


def title_case(form):
    toks = re.split(r"([ \-])", form)
    if len([t for t in toks if t.strip(" -")]) == 1 and len(form) <= 5:
        return form
    out = []
    for i, t in enumerate(toks):
        if t in (" ", "-", ""):
            out.append(t)
        elif i > 0 and t in SMALL:
            out.append(SMALL[t])
        elif len(re.sub(r"[^A-Z]", "", t)) <= 5 and not re.search(r"[AEIOUY]", t):
            out.append(t)
        else:
            low = t.lower()
            out.append(low[:1].upper() + low[1:])
    return "".join(out)


def is_acronym(f):
    return bool(ACR.fullmatch(f)) and (len(f) <= 5 or not re.search(r"[AEIOU]", f))


def keep(f, title):
    if re.search(r"\d", f) and not re.search(r"\d", title):
        return False
    tw = re.findall(r"\w+", title.lower())
    if is_acronym(f):
        return f[0].lower() in {w[0] for w in tw}
    fw = re.findall(r"\w+", f.lower())
    if len(fw) == 1 and fw[0] in tw:
        return False  # one word of the title: a cut, not a name
    return any(len(w) >= 4 and w in tw for w in fw) or f[:3].lower() == title[:3].lower()


def forms_of(title, para):
    first = re.split(r"\s(?:is|was|are|were|refers|has|had)\s", para, maxsplit=1)[0]
    out = [title]
    for m in CAPS.finditer(first):
        f = m.group(0).strip(" -.")
        if sum(c.isalpha() for c in f) < 2 or re.search(r"[A-Z]\.$", f):
            continue
        f = title_case(f)
        if keep(f, title) and f.lower() not in {x.lower() for x in out}:
            out.append(f)
    return out


def fold(s):
    return re.sub(r"[^a-z]", "", "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c)))


def split(a, b):
    return "held" if zlib.crc32(f"{a}|{b}".encode()) % 5 == 0 else "dev"


def main():
    repo = sys.argv[1]
    blobs = Blobs(repo)
    ents = []
    for t, sha in pages(repo):
        if SKIP.search(t):
            continue
        title = re.sub(r"_\(.*\)$", "", t).replace("_", " ")
        if not HEAD.search(title) or "(" in title or "&" in title:
            continue
        body = blobs.text(sha)
        ents.append(forms_of(title, body.split("\n\n")[0]))
    rows = []
    for fs in ents:
        for f in fs[1:5]:
            if fold(f) != fold(fs[0]) or f.replace(" ", "") != fs[0].replace(" ", ""):
                rows.append(("org-wp", "same", fs[0], f, "wikipedia-bold", split(fs[0], f)))
    # look-alikes: forms of two different articles
    root = entity_roots(ents)

    def proper(f):
        ws = f.split()
        return len(ws) >= 2 and not is_acronym(f) and all(len(w) > 1 and not w.isdigit() for w in ws) and \
            all(w[0].isupper() for w in ws if len(w) >= 4)

    forms = sorted({(f, root[i]) for i, fs in enumerate(ents) for f in fs if proper(f)})
    words = lambda s: [w for w in re.split(r"[\s,()]+", s.lower()) if w]
    close, swap = set(), set()
    for x in range(len(forms)):
        a, ia = forms[x]
        wa = set(words(a))
        for y in range(x + 1, len(forms)):
            b, ib = forms[y]
            if ia == ib or a.lower() == b.lower():
                continue
            xa, xb = fold(a), fold(b)
            if xa == xb or (min(len(xa), len(xb)) >= 10 and lev(xa, xb) <= 1):
                continue
            wb = set(words(b))
            shared = wa & wb
            if not shared:
                continue
            ra = " ".join(w for w in words(a) if w not in shared)
            rb = " ".join(w for w in words(b) if w not in shared)
            if ra.lower() in ("the", "") and rb.lower() in ("the", ""):
                continue  # an article only
            if (not ra) != (not rb) or (ra and rb and jw(ra, rb) >= 0.90):
                close.add((a, b))
            elif len(words(a)) == len(words(b)) and len(ra.split()) == 1 and len(rb.split()) == 1:
                swap.add((a, b))
    rnd = random.Random(11)
    close, swap = sorted(close), sorted(swap)
    rnd.shuffle(close)
    rnd.shuffle(swap)
    per, nla = {}, 0
    for a, b in close + swap:
        if per.get(a, 0) >= 3 or per.get(b, 0) >= 3 or nla >= 250:
            continue
        per[a], per[b] = per.get(a, 0) + 1, per.get(b, 0) + 1
        nla += 1
        rows.append(("lookalike-org-wp", "different", a, b, "wikipedia-bold", split(a, b)))
    for r in rows:
        print("\t".join(r))


if __name__ == "__main__":
    main()
