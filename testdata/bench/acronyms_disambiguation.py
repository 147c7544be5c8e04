#!/usr/bin/env python3
"""Acronyms and the bodies they name, from Wikipedia's disambiguation pages
of two- and three-letter acronyms (issue 11, branch acro59): rows of
normalize/testdata/acronym/checkset.tsv. Usage:

    acronyms_disambiguation.py REPO > normalize/testdata/acronym/checkset.tsv

REPO: a git clone of github.com/chinapedia/wikipedia.abstract.en (commit
4f3e897, plain text of the English Wikipedia dump of 20 July 2019; text
CC BY-SA 3.0), read as orgs_wikipedia.py reads it; nothing is copied but
the names.

A page titled by an acronym of two or three capitals ("ABC", "FBI
(disambiguation)") lists what the acronym names, one entry a line
("-   American Broadcasting Company, a commercial U.S. TV broadcaster").
Kept: an entry's name before its first comma, of two words or more, every
word capitalised but the function words an acronym leaves out (of, the,
and, &, for, in, on, de...), that names a body (orgs_wikipedia.py's HEAD,
a company's word, or its description says company, organisation,
university...) and whose initials, function words left out, are the
page's acronym in order. Rows:

  acronym-spelled   same   ACR / a body it spells (Australian
                           Broadcasting Corporation, ABC)
  one-acronym-two   apart  two bodies the page lists for one acronym
                           (American Broadcasting Company, Australian
                           Broadcasting Corporation): each with its next
                           two on the page, but for two names one "s"
                           apart (Office of Special Investigation(s)):
                           one name written two ways, not a look-alike
  acronym-one-off   apart  two pages' acronyms of as many letters, one
                           letter apart (GIA, GIF; BSA, BSE), and one
                           acronym against the other's bodies
  acronym-other-order same ACR / a body the page lists under it whose
                           initials are its letters in another order: a
                           name in another language, its acronym, and
                           its English name (RN, National Rally; FSB,
                           Bolivian Socialist Falange), or its words in
                           another order (MU, University of Missouri)

No pair is chosen by what bitext makes of it. Split: held_or_design
(CRC-32 of "A|B", held when 0 mod 3), as the other check sets.
"""
import re
import sys
from namesets import Blobs, held_or_design, pages
from orgs_wikipedia import HEAD

COMPANY = re.compile(r"\b(Airlines|Airways|Limited|Ltd|Inc|Plc|PLC|Holdings|Industries|Railway|Motors|Electronics|Systems|Enterprises|Trust|University|College|School|Club|Society|Institute|Laboratories|Broadcasting|Records)\b")
BODY = re.compile(r"\b(company|companies|organi[sz]ation|university|college|school|agency|party|broadcaster|airline|bank|manufacturer|association|federation|union|institute|corporation|council|society|league|network|channel|station|retailer|charity|body|department|ministry|regulator|group|club|firm|operator|publisher|label|laboratory|authority|commission|museum|church|service)\b", re.I)
SMALL = {"of", "the", "and", "&", "for", "in", "on", "de", "du", "des", "la", "le", "der", "a", "al", "el"}
ENTRY = re.compile(r"^\s*-\s+_?([^,_()]+?)_?\s*(?:\([^)]*\))?\s*,\s*(.*)$")


def words(name):
    return [w for w in re.split(r"[ \-–]+", name) if w]


def initials(name):
    """The initials of name's content words, or None when a content word is
    not capitalised or holds no letter first."""
    out = []
    for w in words(name):
        if w.lower() in SMALL:
            continue
        if not w[0].isupper():
            return None
        out.append(w[0])
    return "".join(out)


def main():
    repo = sys.argv[1]
    blobs = Blobs(repo)
    bodies = {}  # ACR -> [(name, page)]
    other = []  # (name, initials, page) of bodies that spell no page's acronym
    for t, sha in pages(repo):
        m = re.fullmatch(r"([A-Z]{2,3})(?:_\(disambiguation\))?", t)
        if not m:
            continue
        acr = m.group(1)
        for line in blobs.text(sha).splitlines():
            e = ENTRY.match(line)
            if not e:
                continue
            name, desc = e.group(1).strip(), e.group(2)
            ws = words(name)
            if len(ws) < 2 or any(c.isdigit() for c in name) or acr in ws:
                continue
            ini = initials(name)
            if not ini or not (HEAD.search(name) or COMPANY.search(name) or BODY.search(desc)):
                continue
            if ini == acr:
                if name not in [n for n, _ in bodies.get(acr, [])]:
                    bodies.setdefault(acr, []).append((name, t))
            elif sorted(ini) == sorted(acr):
                other.append((acr, name, t))
    rows = []
    seen = set()

    def add(cls, label, a, b, src):
        if a.lower() == b.lower() or (a, b) in seen or (b, a) in seen:
            return
        seen.add((a, b))
        rows.append((held_or_design(a, b), cls, label, a, b, src))

    for acr in sorted(bodies):
        bs = bodies[acr]
        for i, (x, tx) in enumerate(bs):
            add("acronym-spelled", "same", acr, x, "wikipedia " + tx)
            for y, _ in bs[i + 1:i + 3]:
                if x.lower() + "s" == y.lower() or y.lower() + "s" == x.lower():
                    continue
                add("one-acronym-two", "apart", x, y, "wikipedia " + tx)
    keys = sorted(bodies)
    for x in keys:
        for y in keys:
            if x < y and len(x) == len(y) and sum(c != d for c, d in zip(x, y)) == 1:
                add("acronym-one-off", "apart", x, y, f"wikipedia {bodies[x][0][1]} / {bodies[y][0][1]}")
                for n, t in bodies[y][:3]:
                    add("acronym-one-off", "apart", x, n, f"wikipedia {bodies[x][0][1]} / {t}")
                for n, t in bodies[x][:3]:
                    add("acronym-one-off", "apart", y, n, f"wikipedia {bodies[y][0][1]} / {t}")
    for acr, name, t in other:
        add("acronym-other-order", "same", acr, name, "wikipedia " + t)
    print("# two- and three-letter acronyms and the bodies they name: built by testdata/bench/acronyms_disambiguation.py; see testdata/README.md")
    print("half\tgroup\tlabel\ta\tb\tsource")
    for r in sorted(rows, key=lambda r: (r[1], r[3].lower(), r[4].lower())):
        print("\t".join(r))


if __name__ == "__main__":
    main()
