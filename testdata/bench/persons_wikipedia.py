#!/usr/bin/env python3
"""A person's short name against the full name, from Wikipedia's bold
names: the check set normalize/testdata/shortfull/checkset.tsv (issue 11:
"Short form vs full form: a name with and without patronymic, nasab,
kunya or honorific"). Usage:

    persons_wikipedia.py REPO > normalize/testdata/shortfull/checkset.tsv

REPO: a git clone of github.com/chinapedia/wikipedia.abstract.en (commit
4f3e897, plain text of the English Wikipedia dump of 20 July 2019; text
CC BY-SA 3.0), read with git (ls-tree, cat-file); nothing is copied but
the names.

That text writes the bold names of an article's opening sentence in
capitals. A person's article opens with the bold full name and a date in
parentheses ("SADDAM HUSSEIN ABD AL-MAJID AL-TIKRITI (...; 28 April 1937 -
30 December 2006)", "DONALD L. FRANKENFELD (born February 13, 1948)"): an
article of Page/ or Abstract/ whose first paragraph that opens with
capitals has that shape is a person's. Its names: the title (the name the
person is known by, less a disambiguation in parentheses), the bold name
(words in quotes, a nickname, left out) and a "born X" name in the
parentheses, written in title case as orgs_wikipedia.py does (particles
al, bin, de, van, ... in small letters); post-nominal letters at the end
(FRS, O.S.B., Jr.) are left out.

wp-person-*: the title against the bold name and against the born name
when they differ other than in case, accents or punctuation. The sub-class
is the shape, by a criterion that uses no rule of bitext: on folded words,
  title     one side has an honorific the other lacks (Sir, Sayyid, King);
  middle    the shorter is a subsequence of the longer with the same
            first and last words, words left out inside;
  initial   the same, and every word left out is an initial;
  expanded  as many words, an initial against the word it begins
            (Herbert A. Simon / Herbert Alexander Simon);
  tail      a subsequence, the words left out at the end only (Saddam
            Hussein / Saddam Hussein Abd al-Majid al-Tikriti);
  head      a subsequence, words left out at the start only (Woodrow
            Wilson / Thomas Woodrow Wilson);
  nickname  the same last word, another first word, the rest a
            subsequence (Don Frankenfeld / Donald L. Frankenfeld);
  surname   the same first word, another last word: a married or birth
            name, the same person but not the same name (reported apart);
  other     anything else (reported apart).
wp-lookalike-*: the persons of two different articles (whose titles differ
when folded), want different:
  subseq    one's title words are a subsequence of the other's title or
            bold name, with the same last word (John Adams / John Quincy
            Adams; father and son);
  close     titles close by Jaro-Winkler (>= 0.90) with the same last word
            (no Roman numeral: Pope Julius I / Pope Pius I).
At most two look-alike pairs per name, 600 subseq and 300 close, chosen at
random (seed 11). No pair is chosen by what bitext makes of it.
Split: held when CRC-32 of "A|B" is 0 mod 3, else design.
"""
import random, re, sys, unicodedata
from namesets import Blobs, held_or_design, jw, pages

SMALL = {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "del", "della", "van", "von", "der", "den",
         "la", "le", "du", "dos", "das", "do", "y", "e", "ul", "ud", "ad", "ar", "as", "ash", "at", "az", "ben", "ter", "zu"}
TITLES = {"sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "saint", "st", "sayyid",
          "sayed", "syed", "sheikh", "shaikh", "president", "ayatollah", "general", "dr", "imam", "emperor", "sultan",
          "mullah", "maulana", "baron", "baroness", "count", "countess", "duke", "duchess", "rev", "reverend", "father",
          "sister", "brother", "haji", "hajji", "emir", "amir", "shah", "tsar", "czar", "grand", "archduke", "marquess",
          "earl", "viscount", "chief", "colonel", "captain", "major", "bishop", "cardinal", "rabbi", "mother", "blessed"}
POSTNOMINAL = re.compile(r"[^aeiouy]+|jr|sr|kbe|obe|cbe|mbe|gbe|dbe|frse|frsa|frsc|frcpe|rse|osa|ofm|osb|ocd|phd|ma|mp|md|dd|ae|oa|ao|ac|ra|osu|obi|rsa|frcpi")
ROMAN = re.compile(r"[ivxl]+")
YEAR = re.compile(r"\b\d{3,4}\b")
BORN = re.compile(r"\bborn ([A-ZÀ-ÞĀ-ſ][\w'’.\-]*(?: (?:[A-ZÀ-ÞĀ-ſ][\w'’.\-]*|" + "|".join(sorted(SMALL)) + r"))+)")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "c", "circa", "in", "on", "at"}


def cap(w):
    low = w.lower()
    if len(low) > 2 and low[1] in "'’" and low[0] in "od":
        return low[0].upper() + low[1] + low[2:3].upper() + low[3:]  # O'Brien, D'Alembert
    return low[:1].upper() + low[1:]


def title_case(words):
    out = []
    for i, w in enumerate(words):
        parts = w.split("-")
        parts = [p.lower() if (i > 0 or j > 0) and p.lower() in SMALL else cap(p) for j, p in enumerate(parts)]
        out.append("-".join(parts))
    return " ".join(out)


def caps_word(w):
    letters = [c for c in w if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def bold_name(para):
    """The bold name at the start of para and what follows it, or None."""
    toks = para.split(" ")
    words = []
    k = 0
    while k < len(toks) and caps_word(toks[k]):
        words.append(toks[k])
        k += 1
    rest = " ".join(toks[k:])
    if not words:
        return None
    # a comma ends the name ("MARTIN LUTHER KING, JR." keeps "Jr.")
    return words, rest


def fold_word(w):
    w = "".join(c for c in unicodedata.normalize("NFD", w.lower()) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", w)


def fwords(name):
    return [x for x in (fold_word(w) for w in re.split(r"[\s\-]+", name)) if x]


def clean(words):
    """The words of a bold name without quoted nicknames and punctuation
    around them; None when it does not read as a name."""
    out, quoted = [], False
    for w in words:
        if quoted or w[:1] in "\"“'‘(":
            quoted = w.rstrip(",;:.")[-1:] not in "\"”'’)"
            continue
        w = w.strip(",;:")
        if not w or not re.search(r"[^\W\d_]", w) or re.search(r"\d", w):
            return None
        out.append(w)
    while out and POSTNOMINAL.fullmatch(out[-1].rstrip(".,").lower().replace(".", "")):
        out.pop()  # FRS, O.S.B., Jr.: letters after the name, not a name
    return out if len(out) >= 2 else None


def subseq(short, long_):
    """The positions of long_ that short's words take (in order), or None."""
    pos, j = [], 0
    for w in short:
        while j < len(long_) and long_[j] != w:
            j += 1
        if j == len(long_):
            return None
        pos.append(j)
        j += 1
    return pos


def shape(a, b):
    """The sub-class of a person's names a and b (see the docstring)."""
    wa, wb = fwords(a), fwords(b)
    ta, tb = set(wa) & TITLES, set(wb) & TITLES
    if ta != tb:
        return "title"
    s, l = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(s) == len(l) and all(x == y or min(len(x), len(y)) == 1 and x[0] == y[0] for x, y in zip(s, l)):
        return "expanded"
    if len(l) > len(s):
        pos = subseq(s, l)
        if pos is not None:
            left = [l[k] for k in range(len(l)) if k not in pos]
            if pos[0] == 0 and pos[-1] == len(l) - 1:
                return "initial" if all(len(w) == 1 for w in left) else "middle"
            if pos[0] == 0 and pos == list(range(len(s))):
                return "tail"
            if pos == list(range(len(l) - len(s), len(l))):
                return "head"
            return "other"
    if s[-1] == l[-1] and s[0] != l[0] and subseq(s[1:-1], l[1:-1]) is not None:
        return "nickname"
    if s[0] == l[0] and s[-1] != l[-1]:
        return "surname"
    return "other"


def person(title, body):
    """The bold and born names of a person's article, or None."""
    for para in body.split("\n\n"):
        para = para.strip()
        if not para or not para[0].isupper():
            continue
        got = bold_name(para)
        if got is None:
            continue
        words, rest = got
        m = re.match(r"\s*\(([^)]*)\)", rest)
        if not m or not YEAR.search(m.group(1)):
            return None
        inner = m.group(1)
        if not ("–" in inner or "-" in inner or "born" in inner or "died" in inner):
            return None
        bold = clean(words)
        if bold is None or any(len(w) > 1 and w.rstrip(".").lower() in MONTHS for w in bold):
            return None
        names = [title_case(bold)]
        bm = BORN.search(inner)
        if bm:
            bw = bm.group(1).split(" ")
            if not any(w.lower().rstrip(".,") in MONTHS for w in bw):
                bw = clean([w.rstrip(".,") for w in bw])
                if bw:
                    names.append(title_case(bw) if all(caps_word(w) for w in bw if w.lower() not in SMALL) else " ".join(bw))
        return names
    return None


def main():
    repo = sys.argv[1]
    seen, ents = set(), []
    blobs = Blobs(repo)
    for tree in ("Page/", "Abstract/"):
        for t, sha in pages(repo, tree):
            if t in seen:
                continue
            seen.add(t)
            title = re.sub(r"_\(.*\)$", "", t).replace("_", " ")
            tw = title.split(" ")
            if len(tw) < 2 or re.search(r"[\d,()&/:]|^List of", title) or \
                    not all(w[:1].isupper() or w.lower() in SMALL for w in tw):
                continue
            body = blobs.text(sha)
            names = person(title, body)
            if names:
                ents.append((title, names))
    print(f"persons: {len(ents)}", file=sys.stderr)
    rows = []
    for title, names in ents:
        for f in names:
            if fwords(f) == fwords(title):
                continue
            rows.append((f"wp-person-{shape(title, f)}", "same", title, f, "wikipedia-bold", held_or_design(title, f)))
    # look-alikes: the persons of two different articles
    bylast = {}
    for i, (title, names) in enumerate(ents):
        bylast.setdefault(fwords(title)[-1], []).append(i)
    sub, close = set(), set()
    for ids in bylast.values():
        for x in ids:
            tx = ents[x][0]
            wx = fwords(tx)
            for y in ids:
                ty = ents[y][0]
                wy = fwords(ty)
                if x == y or wx == wy:
                    continue
                for f in [ty] + ents[y][1][:1]:
                    wf = fwords(f)
                    if len(wf) > len(wx) and wf[-1] == wx[-1] and subseq(wx, wf) is not None and wf != wx:
                        sub.add((tx, f))
                        break
                if x < y and not any(ROMAN.fullmatch(w) for w in wx + wy) and jw(" ".join(wx), " ".join(wy)) >= 0.90:
                    close.add((tx, ty))
    rnd = random.Random(11)
    sub, close = sorted(sub), sorted(close - sub)
    rnd.shuffle(sub)
    rnd.shuffle(close)
    per = {}
    for kind, pairs, cap_n in (("subseq", sub, 600), ("close", close, 300)):
        k = 0
        for a, b in pairs:
            if per.get(a, 0) >= 2 or per.get(b, 0) >= 2 or k >= cap_n:
                continue
            per[a], per[b] = per.get(a, 0) + 1, per.get(b, 0) + 1
            k += 1
            rows.append((f"wp-lookalike-{kind}", "different", a, b, "wikipedia-bold", held_or_design(a, b)))
    print("# a person's short name against the full name, and look-alikes: see README.md")
    print("# class\twant\tA\tB\tsource\tsplit")
    for r in rows:
        print("\t".join(r))


main()
