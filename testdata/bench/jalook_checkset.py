#!/usr/bin/env python3
"""Japanese names that look alike in Latin letters: a check set for `names
match` (branch jalook, issue 11). Writes normalize/testdata/jalook/checkset.tsv
in score_checkset.py's columns (half, group, label, a, b, source):

    jalook_checkset.py [ENAMDICT] > normalize/testdata/jalook/checkset.tsv
    python3 testdata/bench/score_checkset.py normalize/testdata/jalook/checkset.tsv BIN design

ENAMDICT is the EDRDG's Japanese proper-names dictionary (Debian package
enamdict, /usr/share/edict/enamdict, EUC-JP; CC BY-SA 4.0). Only person
entries written with at least one kanji are read (tags s surname, g given,
m male, f female, h full name), and only their kana reading, written in
Hepburn by hepburn_checkset.py's letter tables (simplified Hepburn, one pair
in four with macrons: the press's two systems).

Every group is labelled apart: two different readings of one tag class
(surnames with surnames, given names with given names, full names with full
names), which share no written form (no kanji headword of the dictionary
reads as both, so neither can be the other's reading) and which simplified
Hepburn writes apart (a long vowel against a short one, Ono/Ōno, is
hepburn's hep-contested group, not here):
- ja-vowel: the simplified Hepburn differs in one vowel letter
  (Yuko/Yuki, Kazuo/Kazue, Takeshi/Takashi).
- ja-mora: the kana differ in one kana, added or replaced, and the pair is
  not ja-vowel (Akiko/Akiho, Kazuo/Kazuko, Takahashi/Takahata).
- ja-blind: the blind set's criterion: Jaro-Winkler >= 0.90 on the lower
  case letters, the kana (katakana folded to hiragana) two kana or more
  apart, and neither of the groups above.
- ja-full: two full names (h) of one surname reading whose given names
  differ, Jaro-Winkler >= 0.90 on the whole name (family name first, as
  the dictionary writes them).
Variants of one name (its romanizations) are hepburn's hep-variant group:
not repeated here. A name is in at most three pairs. Pairs of
normalize/testdata/devset/blind.tsv, pairs.tsv and places.tsv (either
order, case folded) are left out (blind.tsv is read only by that filter).
Split: held out when the CRC-32 of "a|b" is 0 mod 3, design otherwise.
"""
import collections, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hepburn_checkset import hira, morae, wapuro_plain, write
from namesets import held_or_design, jw, known_pairs, lev

SEED = 40
HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "..", "..", "normalize", "testdata", "devset")
ENTRY = re.compile(r"^(\S+) \[(\S+)\] /\(([a-z,]+)\) ([^/]+)/")
PERSON = {"s", "g", "m", "f", "h"}
QUOTA = {"ja-vowel": 300, "ja-mora": 300, "ja-blind": 300, "ja-full": 200}
VOWELS = set("aiueo")


def kanji(s):
    return any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in s)


def entries(path):
    """(class, kana) -> (words as morae lists, set of kanji headwords);
    class s, g (g, m, f) or h; full names split where the romaji splits."""
    text = open(path, "rb").read().decode("euc-jp", errors="replace")
    out = {}
    for line in text.splitlines():
        m = ENTRY.match(line)
        if not m:
            continue
        head, kana, tags, roma = m.group(1), m.group(2), set(m.group(3).split(",")), m.group(4)
        if not kanji(head) or not tags & PERSON or tags - PERSON - {"p", "u", "st", "pr", "c", "o"}:
            continue
        ms = morae(kana)
        if ms is None:
            continue
        kana = hira(kana)
        classes = []
        if "h" in tags:
            words = re.sub(r"\(.*", "", roma).strip().lower().replace("'", "").split()
            if len(words) != 2 or not all(w.isalpha() and w.isascii() for w in words):
                continue
            for k in range(1, len(ms)):
                if ms[k - 1] == "Q" or ms[k] in ("N", "Q"):
                    continue
                if wapuro_plain(ms[:k]) == words[0] and wapuro_plain(ms[k:]) == words[1]:
                    classes.append(("h", [ms[:k], ms[k:]]))
                    break
        else:
            if "s" in tags:
                classes.append(("s", [ms]))
            if tags & {"g", "m", "f"}:
                classes.append(("g", [ms]))
        for c, words in classes:
            e = out.setdefault((c, kana), (words, set()))
            e[1].add(head)
    return out


def one_vowel(a, b):
    """a and b (lower case) differ in one vowel letter, replaced."""
    if len(a) != len(b):
        return False
    d = [(x, y) for x, y in zip(a, b) if x != y]
    return len(d) == 1 and d[0][0] in VOWELS and d[0][1] in VOWELS


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/edict/enamdict"
    ents = entries(path)
    rnd = random.Random(SEED)
    simple = {k: write(v[0], "simple").lower() for k, v in ents.items()}
    by = collections.defaultdict(list)  # (class, first two letters) -> keys
    for k in sorted(ents):
        by[k[0], simple[k][:2]].append(k)
    # the candidates of each group, from every bucket
    cand = collections.defaultdict(list)
    for (cls, _), keys in sorted(by.items()):
        if cls == "h":
            # full names of one surname reading (compared by its morae)
            fam = collections.defaultdict(list)
            for k in keys:
                fam[tuple(ents[k][0][0])].append(k)
            groups = [(g, "ja-full") for g in fam.values() if len(g) > 1]
        else:
            groups = [(keys, None)]
        for ks, fixed in groups:
            if len(ks) > 250:
                ks = rnd.sample(ks, 250)  # a bucket's sample: pairs grow as its square
            for i in range(len(ks)):
                for j in range(i + 1, len(ks)):
                    k1, k2 = ks[i], ks[j]
                    s1, s2 = simple[k1], simple[k2]
                    if s1 == s2 or ents[k1][1] & ents[k2][1]:
                        continue
                    if fixed:
                        if jw(s1, s2) >= 0.90:
                            cand[fixed].append((k1, k2))
                    elif one_vowel(s1, s2):
                        cand["ja-vowel"].append((k1, k2))
                    elif abs(len(k1[1]) - len(k2[1])) > 1 and jw(s1, s2) < 0.90:
                        continue
                    elif (d := lev(k1[1], k2[1])) == 1:
                        cand["ja-mora"].append((k1, k2))
                    elif jw(s1, s2) >= 0.90:
                        cand["ja-blind"].append((k1, k2))
    print({g: len(v) for g, v in cand.items()}, file=sys.stderr)
    seen = known_pairs(os.path.join(DEVSET, f) for f in ("blind.tsv", "pairs.tsv", "places.tsv"))
    per_name = collections.Counter()
    rows, left = [], 0
    for group in ("ja-vowel", "ja-mora", "ja-blind", "ja-full"):
        c = cand[group]
        rnd.shuffle(c)
        got = 0
        for k1, k2 in c:
            if got == QUOTA[group]:
                break
            if per_name[k1] >= 3 or per_name[k2] >= 3:
                continue
            system = "macron" if rnd.random() < 0.25 else "simple"
            a, b = write(ents[k1][0], system), write(ents[k2][0], system)
            if (a.lower(), b.lower()) in seen:
                left += 1
                continue
            per_name[k1] += 1
            per_name[k2] += 1
            got += 1
            rows.append((group, a, b, f"enamdict:{system}:{k1[0]}:{k1[1]}/{k2[1]}"))
    print(f"rows {len(rows)}, left out (dev, places or blind set) {left}", file=sys.stderr)
    print("half\tgroup\tlabel\ta\tb\tsource")
    for group, a, b, src in rows:
        print(f"{held_or_design(a, b)}\t{group}\tapart\t{a}\t{b}\t{src}")


if __name__ == "__main__":
    main()
