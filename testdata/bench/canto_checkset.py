#!/usr/bin/env python3
"""Chinese names in Cantonese and Hokkien spellings against Pinyin: a check
set for `names match` (branch canto, issue 11), built before the rule and
from other sources than its tables. Writes normalize/testdata/canto/
checkset.tsv in score_checkset.py's columns (half, group, label, a, b,
source):

    canto_checkset.py CEDICT CORPUS > normalize/testdata/canto/checkset.tsv
    python3 testdata/bench/score_checkset.py normalize/testdata/canto/checkset.tsv BIN design

CEDICT is CC-CEDICT's cedict_ts.u8 (CC BY-SA 4.0); CORPUS is
Matthewow/Chinese_surname_corpus's corpus.json (zh.wikipedia's table of the
romanizations of Chinese surnames, CC BY-SA 4.0).

Groups (label):
- canto-person (same): CC-CEDICT entries of persons (two to four
  characters, the first reading capitalized) whose gloss gives the name in a
  spelling with one syllable a character (words and hyphenated parts), the
  surname first and another spelling than the Pinyin: the pair (that
  spelling, the Pinyin written as a name: surname, then the given name in
  one word, an apostrophe before a syllable that begins with a vowel).
  Its first word must be one of the corpus's spellings of the surname
  (Hong Kong, Macau, Singapore, Malaysia) and, when it is Taiwan's
  (Wade-Giles) spelling too, the gloss must name Hong Kong, Macau,
  Singapore, Malaysia, Cantonese or Hokkien; the name must end a run of
  capitalized words once place and language words are taken out (Cherie
  Chung Hong Kong actress: not Chung Hong Kong). Wade-Giles-looking
  spellings are kept: the gloss, not the letters, says where the person
  is from.
- canto-lookalike (apart): a canto-person pair with its Pinyin surname
  replaced by that of another surname of the corpus whose Pinyin is within
  Jaro-Winkler 0.85 of it and whose Hong Kong, Singapore and Malaysia
  spellings (the corpus's) share none with the person's: Chow Yun-Fat
  against Zhuo Runfa. And the same with the spelled surname replaced by
  another surname's Hong Kong spelling (the corpus's) within 0.85 of it,
  the Pinyin kept: Chan Tai-man / Chen Dawen becomes Chang Tai-man /
  Chen Dawen only when no spelling of 陳 is Chang.
- canto-western (apart): a Western given name of a gloss (the word before
  a Cantonese surname: Leslie Cheung) against a Cantonese or Hokkien
  surname spelling of the corpus within Jaro-Winkler 0.85 (Lam, Lamb; Lee,
  Leo), each alone: words the rule must not read.
Pairs in normalize/testdata/devset/blind.tsv, pairs.tsv or places.tsv are
left out. Split: held out when the CRC-32 of "a|b" is 0 mod 3, design
otherwise (namesets.held_or_design).
"""
import json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namesets import cedict_entries, held_or_design, jw, known_pairs

PLACES = re.compile(r"Hong Kong|Macau|Macao|Singapore|Malaysia|Cantonese|Hokkien|Teochew")
PLACEWORDS = re.compile(r"Hong Kong|Singaporean|Singapore|Malaysian|Malaysia|Macau|Macao|Cantonese|Hokkien|Teochew|Canto-?pop|TV|PAP|American|Taiwanese|Taiwan|HK|British|Chinese|China|PRC|Sir|Miss|Justice|Baron|Chief Executive")
VOWELS = "aeiou"


def plain(p):
    return re.sub(r"[1-5]$", "", p).lower().replace("u:", "u")


def pinyin_name(syl):
    """Surname, then the given name in one word (an apostrophe before a
    vowel-initial syllable), capitalized."""
    given = syl[1][:1]
    given = syl[1]
    for s in syl[2:]:
        given += ("'" if s[0] in VOWELS else "") + s
    return syl[0].capitalize() + " " + given.capitalize()


def gloss_names(gloss, n):
    """The names of n syllables in all (words and hyphenated parts) that
    end a run of capitalized words of gloss, place and language words
    (PLACEWORDS) taken out first, and the word before each."""
    gloss = PLACEWORDS.sub("x", gloss)
    out = []
    toks = re.findall(r"[A-Za-z][A-Za-z'\-]*", gloss)
    for i in range(len(toks)):
        for j in range(i + 1, min(len(toks), i + 4) + 1):
            words = toks[i:j]
            if not all(w[0].isupper() for w in words):
                break
            if j < len(toks) and toks[j][0].isupper():
                continue  # not the end of the run
            parts = [p for w in words for p in w.split("-")]
            if len(parts) == n and all(p and p.isalpha() for p in parts):
                out.append((" ".join(words), toks[i - 1] if i > 0 else ""))
    return out


def main():
    cedict, corpus = sys.argv[1:3]
    base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../normalize/testdata/devset")
    known = known_pairs([os.path.join(base, f) for f in ("blind.tsv", "pairs.tsv", "places.tsv")])
    with open(corpus, encoding="utf-8") as f:
        rows = json.load(f)
    sur = {}  # Pinyin surname -> set of spellings (HK, SG, MY), from the corpus
    wg = {}  # Pinyin surname -> its Taiwan (Wade-Giles) spellings, from the corpus
    hk_of = {}  # HK spelling -> Pinyin surnames
    for r in rows:
        if len(r["zh_sim"].strip()) != 1:
            continue  # one-character surnames only
        py = r["mainland"].strip().lower()
        sp = set()
        for col in ("hongkong", "macao", "singapore", "malaysia"):
            for s in re.split(r"[/,]", r.get(col, "")):
                s = s.strip().lower()
                if s.isalpha():
                    sp.add(s)
        sur.setdefault(py, set()).update(sp)
        wg.setdefault(py, set()).update(x.strip().lower() for x in re.split(r"[/,]", r.get("taiwan", "")))
        for s in re.split(r"[/,]", r["hongkong"]):
            s = s.strip().lower()
            if s.isalpha():
                hk_of.setdefault(s, set()).add(py)
    persons = []
    western = set()
    for t, s, py, gloss in cedict_entries(cedict):
        syl = py.split()
        if not (2 <= len(t) <= 4) or len(syl) != len(t) or not syl[0][0].isupper():
            continue
        if not all(re.fullmatch(r"[A-Za-z:]+[1-5]", x) for x in syl):
            continue
        if not re.search(r"\((c\. )?1[89]\d\d|\((c\. )?20\d\d", gloss):
            continue  # a person: a year of birth
        syl = [plain(x) for x in syl]
        pn = pinyin_name(syl)
        for name, before in gloss_names(gloss.split("/")[0], len(t)):
            first = name.split()[0].lower()
            if first.replace("-", "") == syl[0] or name.lower().replace("-", "").replace(" ", "") == "".join(syl):
                continue
            if "-" in first or first not in sur.get(syl[0], ()):
                continue  # the first word a spelling of the surname (the corpus's)
            if first in wg.get(syl[0], ()) and not PLACES.search(gloss):
                continue  # Taiwan's (Wade-Giles) spelling too: the gloss must say where
            persons.append((name, pn, t, first, syl[0]))
        # Western given names: "Leslie Cheung": a capitalized word, then
        # one word that is a spelling of the surname (corpus).
        for w1, w2 in re.findall(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", gloss):
            if w2.lower() in sur.get(syl[0], ()) and w2.lower() != syl[0] and w1.lower() not in sur.get(syl[0], ()):
                western.add(w1)
    out = []
    seen = set()

    def add(group, label, a, b, src):
        k = (a.lower(), b.lower())
        if k in seen or (a.lower(), b.lower()) in known or (b.lower(), a.lower()) in known:
            return
        seen.add(k)
        out.append((held_or_design(a, b), group, label, a, b, src))

    for name, pn, t, first, py in persons:
        add("canto-person", "same", name, pn, "cedict " + t)
    for name, pn, t, first, py in persons:
        mine = sur.get(py, set()) | {first}
        for other in sorted(sur):
            if other == py or jw(other, py) < 0.85 or sur[other] & mine or other in mine:
                continue
            given = pn.split(" ", 1)[1]
            add("canto-lookalike", "apart", name, other.capitalize() + " " + given, "cedict " + t + " surname " + other)
        for hk in sorted(hk_of):
            if hk == first or jw(hk, first) < 0.85 or py in hk_of[hk] or hk in sur.get(py, set()):
                continue
            rest = name.split(" ", 1)[1]
            add("canto-lookalike", "apart", hk.capitalize() + " " + rest, pn, "cedict " + t + " surname " + hk)
    spellings = sorted({s for v in sur.values() for s in v})
    for w in sorted(western):
        for s in spellings:
            if w.lower() != s and jw(w.lower(), s) >= 0.85:
                add("canto-western", "apart", w, s.capitalize(), "cedict gloss " + w)
    print("half\tgroup\tlabel\ta\tb\tsource")
    for row in out:
        print("\t".join(row))


if __name__ == "__main__":
    main()
