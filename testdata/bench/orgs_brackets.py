#!/usr/bin/env python3
"""Organisations as news writes them, from Wikipedia's bold names: a name
with its second name in brackets, and ampersand acronyms (issue 11,
branch orgs60): rows of normalize/testdata/orgbracket/checkset.tsv.
Usage:

    orgs_brackets.py REPO > normalize/testdata/orgbracket/checkset.tsv

REPO: a git clone of github.com/chinapedia/wikipedia.abstract.en (commit
4f3e897, plain text of the English Wikipedia dump of 20 July 2019; text
CC BY-SA 3.0), read as orgs_wikipedia.py reads it; nothing is copied but
the names.

The opening sentence of an organisation's article (its title holds an
organisation's head noun, orgs_wikipedia.py's HEAD, or a company's word:
Airlines, Limited, Inc, ...) writes its name in capitals and often a
second name in brackets after it: "TELIA COMPANY AB (formerly
TELIASONERA)", "WESCOM RESOURCES GROUP (WRG)". Kept: an acronym whose
letters are the initials of the name (function words left out), and a
name after formerly, previously, originally or "also known as". Rows
(title case as orgs_wikipedia.py writes it):

  bracket-acronym  same   "Name (ACR)" / ACR, and "Name (ACR)" / Name
  bracket-former   same   "Name (formerly Old)" / Old, and / Name
  ampersand        same   an acronym with & (B&FR) / its name with "and"
                          or "&", from any article's opening sentence
                          ("BALA AND FESTINIOG RAILWAY (B&FR)")
  bracket-apart    apart  "Name (ACR)" / another article's name whose
                          acronym is ACR too (two bodies, one acronym),
                          and the two written with their brackets; and
                          "Name (ACR)" / another article's acronym of as
                          many letters, one letter apart (KSU, KSE)

No pair is chosen by what bitext makes of it. Split: held_or_design
(CRC-32 of "A|B", held when 0 mod 3), as the other check sets.
"""
import re
import sys
from namesets import Blobs, held_or_design, pages
from orgs_wikipedia import HEAD, SKIP, title_case

COMPANY = re.compile(r"\b(Airlines|Airways|Limited|Ltd|Inc|Plc|PLC|Holdings|Industries|Railway|Motors|Electronics|Systems|Enterprises|Trust|University|College|School)\b")
CAPW = r"[A-Z0-9][A-Z0-9'’\.&\-]*"
NAME = CAPW + r"(?:,? (?:" + CAPW + r"|of|the|and|for|de|on|in)(?= [A-Z]))*(?: " + CAPW + r")?"
BRACKET = re.compile(r"(?:^|\bThe |\bTHE )(" + NAME + r") \(([^()]{2,80})\)")
CUE = re.compile(r"^(formerly|previously|originally|also known as|formerly known as|ex-)\s*(?:named |called |known as )?_?(" + NAME + r")_?$")
ACR = re.compile(r"[A-Z][A-Z0-9&\.\-]{1,8}")
SMALL = {"of", "the", "and", "for", "de", "on", "in", "&"}


def initials(name):
    """The initials of name's words, function words left out."""
    return "".join(w[0].upper() for w in re.split(r"[ \-]+", name) if w and w.lower() not in SMALL and w[0].isalnum())


def spells(acr, name):
    """acr (& and dots left out) is the initials of name, with or without a
    final legal form or head word's letter."""
    letters = re.sub(r"[^A-Z0-9]", "", acr)
    ini = initials(name)
    return len(letters) >= 2 and (letters == ini or letters == ini[:-1] and len(ini) >= 3)


def amp_spells(acr, name):
    """acr is an ampersand acronym (B&FR) of name with "and" or "&" where
    it has its &: the letters before & spell the words before the "and"."""
    if acr.count("&") != 1:
        return False
    left, right = acr.split("&")
    m = re.fullmatch(r"(.+?) (?:and|&) (.+)", name)
    if not m or not left or not right:
        return False
    return initials(m.group(1)) == re.sub(r"\.", "", left) and initials(m.group(2)) == re.sub(r"\.", "", right)


def first_sentence(body):
    para = body.split("\n\n")[0]
    return re.split(r"\s(?:is|was|are|were|refers|has|had)\s", para, maxsplit=1)[0]


def main():
    repo = sys.argv[1]
    blobs = Blobs(repo)
    rows = []
    acronyms = {}  # ACR -> [(name, title)]
    seen = set()

    def add(cls, label, a, b, src):
        if a.lower() == b.lower() or (a, b) in seen:
            return
        seen.add((a, b))
        rows.append((held_or_design(a, b), cls, label, a, b, src))

    for t, sha in pages(repo):
        title = re.sub(r"_\(.*\)$", "", t).replace("_", " ")
        body = blobs.text(sha)
        first = first_sentence(body)
        # ampersand acronyms in any article's opening sentence
        para = body.split("\n\n")[0]
        bold = re.match(r"(?:The )?(" + NAME + r")", para)
        fulls = {re.sub(r"^The ", "", title_case(bold.group(1).strip(" ,")))} if bold else set()
        if title.lower() not in {f.lower() for f in fulls}:
            fulls.add(title)
        for acr, full in sorted({(a, f) for a in re.findall(r"\b[A-Z][A-Z\.]*&[A-Z][A-Z\.]*\b", para) for f in fulls}):
            if amp_spells(acr, full):
                add("ampersand", "same", acr, full, "wikipedia " + t)
                other = full.replace(" and ", " & ") if " and " in full else full.replace(" & ", " and ")
                add("ampersand", "same", acr, other, "wikipedia " + t)
        if SKIP.search(t) or not (HEAD.search(title) or COMPANY.search(title)):
            continue
        m = BRACKET.search(first)
        if not m:
            continue
        name = re.sub(r"^The ", "", title_case(m.group(1).strip(" ,")))
        inner = m.group(2).strip().strip("_").strip()
        if ACR.fullmatch(inner) and "&" not in inner and spells(inner, name):
            acronyms.setdefault(inner, []).append((name, t))
            add("bracket-acronym", "same", f"{name} ({inner})", inner, "wikipedia " + t)
            add("bracket-acronym", "same", f"{name} ({inner})", name, "wikipedia " + t)
            continue
        c = CUE.match(inner)
        if c:
            old = title_case(c.group(2).strip(" ,"))
            if old.lower() == name.lower() or len(old) < 3:
                continue
            cue = c.group(1)
            add("bracket-former", "same", f"{name} ({cue} {old})", old, "wikipedia " + t)
            add("bracket-former", "same", f"{name} ({cue} {old})", name, "wikipedia " + t)
    # two bodies of one acronym: each with its brackets against the other's name
    n = 0
    for acr in sorted(acronyms):
        bodies = acronyms[acr]
        for i in range(len(bodies)):
            for j in range(i + 1, min(len(bodies), i + 3)):
                (x, tx), (y, ty) = bodies[i], bodies[j]
                if x.lower() == y.lower():
                    continue
                add("bracket-apart", "apart", f"{x} ({acr})", y, f"wikipedia {tx} / {ty}")
                add("bracket-apart", "apart", f"{x} ({acr})", f"{y} ({acr})", f"wikipedia {tx} / {ty}")
                n += 1
    # an acronym one letter from another body's
    keys = sorted(acronyms)
    for x in keys:
        for y in keys:
            if x < y and len(x) == len(y) >= 3 and sum(c != d for c, d in zip(x, y)) == 1:
                name, tx = acronyms[x][0]
                add("bracket-apart", "apart", f"{name} ({x})", y, f"wikipedia {tx} / {acronyms[y][0][1]}")
    print("# organisations with a second name in brackets, ampersand acronyms: built by testdata/bench/orgs_brackets.py; see testdata/README.md")
    print("half\tgroup\tlabel\ta\tb\tsource")
    for r in sorted(rows, key=lambda r: (r[1], r[3].lower(), r[4].lower())):
        print("\t".join(r))


if __name__ == "__main__":
    main()
