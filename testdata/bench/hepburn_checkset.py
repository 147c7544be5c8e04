#!/usr/bin/env python3
"""Japanese names in their romanizations: a check set for `names match`
(branch hepburn, issue 11). Writes normalize/testdata/hepburn/checkset.tsv in
score_checkset.py's columns (half, group, label, a, b, source):

    hepburn_checkset.py [ENAMDICT] > normalize/testdata/hepburn/checkset.tsv
    python3 testdata/bench/score_checkset.py normalize/testdata/hepburn/checkset.tsv BIN design

ENAMDICT is the EDRDG's Japanese proper-names dictionary (Debian package
enamdict, /usr/share/edict/enamdict, EUC-JP; EDRDG General Dictionary
Licence, CC BY-SA 4.0). Its lines are `KANJI [KANA] /(TAGS) Romaji/`; only
person entries are read (tags s surname, g given, m male, f female, h full
name) and only their kana reading: every romanization here is written from
the kana by this file's own letter tables, not from the dictionary's romaji
(which only tells where a full name's reading splits into two words).

Systems (the tables below, from the standards):
- macron: revised (modified) Hepburn as in the ALA-LC Japanese table: shi chi
  tsu fu ji, sha cha ja, long o and u (and a, e) with a macron (ou, oo -> ō;
  uu -> ū), ei and ii as written, n' before a vowel or y, n before b/m/p,
  the sokuon doubled (tch before ch).
- trad: traditional Hepburn: as macron, but m for the moraic n before b, m, p
  (Shimbashi, Homma).
- simple: Hepburn without length marks or apostrophe (Ito, Ono, Shunichi).
- oh: passport Hepburn: long o written oh before a consonant other than h
  and at the end (Itoh, Ohno; Jirohei), other length marks dropped, m before b/m/p, no apostrophe.
- wapuro: kana by kana in Hepburn letters (Itou, Oono, Yuuki), n'.
- kunrei: Kunrei-shiki (cabinet notice 1954, ISO 3602): si ti tu hu zi, sya
  tya zya, zi and zu for ぢ and づ, long vowels with a circumflex (Itô),
  n' before a vowel or y.
- kunrei0: Kunrei-shiki without length marks (Syun'iti, Huzita, Ito).
- nihon: Nihon-shiki (ISO 3602 strict): as kunrei0, but di du for ぢ づ,
  dya, wo.
Long vowels: o followed by u or o, u followed by u, a by a, e by e, the
second kana a length mark; not when the u is followed by a bare vowel
(いのうえ is Inoue: the u begins 上 ue) and never twice in a row.

Groups (label):
- hep-variant (same): one reading in two systems, single names (s, g, m, f)
  and full names (h, both words, in the dictionary's family-first order);
  pairs where the two systems write alike are dropped. PAIRS lists the
  pairs of systems and how many of each (the press's systems weigh more).
- hep-lookalike (apart): two different readings of one tag (surnames with
  surnames, given names with given names) written in one system, close by
  Jaro-Winkler >= 0.90 with the first two letters alike, the kana (katakana
  folded to hiragana) two characters or more apart.
- hep-contested (contested: scored, counted neither way): two different
  readings that simplified Hepburn writes alike (おの/おおの, Ono/Ōno): a
  short vowel against a long one is another name in Japanese, but the press
  writes them alike; each written in one system that keeps them apart.
Pairs in normalize/testdata/devset/blind.tsv, pairs.tsv or places.tsv
(either order, case folded) are left out. Split: held out when the CRC-32 of
"a|b" is 0 mod 3, design otherwise.
"""
import collections, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namesets import held_or_design, jw, known_pairs, lev

SEED = 38
HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "..", "..", "normalize", "testdata", "devset")

# Kana -> Nihon-shiki syllable (the most regular spelling, from which every
# system below is written). Hiragana; katakana is folded to hiragana first.
GOJUON = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "さ": "sa", "し": "si", "す": "su", "せ": "se", "そ": "so",
    "た": "ta", "ち": "ti", "つ": "tu", "て": "te", "と": "to",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "hu", "へ": "he", "ほ": "ho",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "ゐ": "wi", "ゑ": "we", "を": "wo",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "ざ": "za", "じ": "zi", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "だ": "da", "ぢ": "di", "づ": "du", "で": "de", "ど": "do",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
}
SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}

# Nihon-shiki onsets -> Hepburn and Kunrei-shiki (whole syllables first).
HEPBURN_SYL = {"si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji",
               "di": "ji", "du": "zu", "wo": "o", "wi": "i", "we": "e"}
HEPBURN_YON = {"sy": "sh", "ty": "ch", "zy": "j", "dy": "j"}
KUNREI_SYL = {"di": "zi", "du": "zu", "wo": "o", "wi": "i", "we": "e"}
KUNREI_YON = {"dy": "zy"}


def hira(s):
    """s with katakana folded to hiragana."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def morae(kana):
    """The morae of a kana reading as Nihon-shiki syllables, "N" for ん and
    "Q" for っ; None when the reading has a kana outside the tables (small
    vowels of loanwords, ヴ, the length bar, a middle dot)."""
    k = hira(kana)
    out = []
    i = 0
    while i < len(k):
        c = k[i]
        if c == "ん":
            out.append("N")
        elif c == "っ":
            out.append("Q")
        elif c in GOJUON:
            s = GOJUON[c]
            if i + 1 < len(k) and k[i + 1] in SMALL_Y:
                if not s.endswith("i") or len(s) != 2 or s[0] in "yw":
                    return None
                s = s[0] + "y" + SMALL_Y[k[i + 1]]
                i += 1
            out.append(s)
        else:
            return None
        i += 1
    if not out or out[0] in ("N", "Q") or out[-1] == "Q":
        return None
    for j, m in enumerate(out[:-1]):
        if m == "Q" and out[j + 1] in ("N", "Q") or m == "Q" and out[j + 1] in "aiueo":
            return None
    return out


def long_vowels(ms):
    """For each mora of ms, whether it is the second kana of a long vowel
    (see the module comment)."""
    long_ = [False] * len(ms)
    for j in range(1, len(ms)):
        m, prev = ms[j], ms[j - 1]
        if m not in "aiueo" or len(m) != 1 or prev in ("N", "Q") or long_[j - 1]:
            continue
        v = prev[-1]
        if (m == "u" and v in "ou") or (m == "o" and v == "o") or (m == "a" and v == "a") or (m == "e" and v == "e"):
            if m == "u" and j + 1 < len(ms) and ms[j + 1] in ("a", "i", "u", "e", "o"):
                continue  # いのうえ: the u begins the next word (ue)
            long_[j] = True
    return long_


MACRON = {"a": "ā", "i": "ī", "u": "ū", "e": "ē", "o": "ō"}
CIRCUMFLEX = {"a": "â", "i": "î", "u": "û", "e": "ê", "o": "ô"}


def syllable(m, system):
    """One Nihon-shiki syllable in system's letters."""
    if system in ("kunrei", "kunrei0"):
        if m in KUNREI_SYL:
            return KUNREI_SYL[m]
        if len(m) == 3 and m[:2] in KUNREI_YON:
            return KUNREI_YON[m[:2]] + m[2]
        return m
    if system == "nihon":
        return m
    if m in HEPBURN_SYL:
        return HEPBURN_SYL[m]
    if len(m) == 3 and m[:2] in HEPBURN_YON:
        return HEPBURN_YON[m[:2]] + m[2]
    return m


def romanize(ms, system):
    """One word (a list of morae) written in system, title case."""
    hepburn = system in ("macron", "trad", "simple", "oh", "wapuro")
    long_ = long_vowels(ms)
    out = []
    for j, m in enumerate(ms):
        nxt = syllable(ms[j + 1], system) if j + 1 < len(ms) else ""
        if m == "N":
            if system in ("trad", "oh") and nxt[:1] in ("b", "m", "p"):
                out.append("m")
            elif nxt[:1] in ("a", "i", "u", "e", "o", "y") and system not in ("simple", "oh"):
                out.append("n'")
            else:
                out.append("n")
            continue
        if m == "Q":
            out.append("t" if hepburn and nxt.startswith("ch") else nxt[0])
            continue
        if long_[j] and system != "wapuro":
            v = out[-1][-1]
            if system in ("macron", "trad"):
                out[-1] = out[-1][:-1] + MACRON[v]
            elif system == "kunrei":
                out[-1] = out[-1][:-1] + CIRCUMFLEX[v]
            elif system == "oh" and v == "o" and nxt[:1] not in ("a", "i", "u", "e", "o", "h"):
                out[-1] += "h"
            continue
        out.append(syllable(m, system))
    w = "".join(out)
    return w[:1].upper() + w[1:]


def write(words, system):
    return " ".join(romanize(ms, system) for ms in words)


def wapuro_plain(ms):
    return romanize(ms, "wapuro").lower().replace("'", "")


ENTRY = re.compile(r"^(\S+) \[(\S+)\] /\(([a-z,]+)\) ([^/]+)/")
PERSON = {"s", "g", "m", "f", "h"}


def entries(path):
    """Person readings: dict (tag class, kana) -> list of words, each a list
    of morae. Tag class: s (surname), g (given: g, m, f), h (full name).
    Full names are split where the dictionary's romaji splits them (its own
    wāpuro, matched against the reading's)."""
    text = open(path, "rb").read().decode("euc-jp", errors="replace")
    out = {}
    for line in text.splitlines():
        m = ENTRY.match(line)
        if not m:
            continue
        kana, tags, roma = m.group(2), set(m.group(3).split(",")), m.group(4)
        if not tags & PERSON or tags - PERSON - {"p", "u", "st", "pr", "c", "o"}:
            continue
        ms = morae(kana)
        if ms is None:
            continue
        if "h" in tags:
            words = re.sub(r"\(.*", "", roma).strip().lower().replace("'", "").split()
            if len(words) != 2 or not all(w.isalpha() and w.isascii() for w in words):
                continue
            split = None
            for k in range(1, len(ms)):
                if ms[k - 1] == "Q" or ms[k] in ("N", "Q"):
                    continue
                if wapuro_plain(ms[:k]) == words[0] and wapuro_plain(ms[k:]) == words[1]:
                    split = k
                    break
            if split is None:
                continue
            out.setdefault(("h", kana), [ms[:split], ms[split:]])
            continue
        if "s" in tags:
            out.setdefault(("s", kana), [ms])
        if tags & {"g", "m", "f"}:
            out.setdefault(("g", kana), [ms])
    return out


# Pairs of systems for hep-variant and how many pairs each (single names,
# full names): the press writes simplified Hepburn, macrons, oh and wāpuro;
# Kunrei-shiki and Nihon-shiki less.
PAIRS = [
    ("macron", "simple", 200, 100), ("macron", "oh", 200, 100), ("macron", "wapuro", 200, 100),
    ("simple", "oh", 200, 100), ("simple", "wapuro", 200, 100), ("oh", "wapuro", 200, 100),
    ("trad", "macron", 150, 50), ("trad", "simple", 150, 50),
    ("simple", "kunrei0", 150, 50), ("macron", "kunrei", 100, 50), ("wapuro", "kunrei0", 100, 50),
    ("simple", "nihon", 60, 20),
]
# Systems the look-alikes are written in, with their weights.
LOOK_SYSTEMS = [("simple", 4), ("macron", 2), ("oh", 2), ("wapuro", 2), ("kunrei0", 1)]
LOOK_N, CONTESTED_N = 500, 200


def simple_key(words):
    return write(words, "simple").lower()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/edict/enamdict"
    ents = entries(path)
    rnd = random.Random(SEED)
    keys = sorted(ents)
    single = [k for k in keys if k[0] != "h"]
    full = [k for k in keys if k[0] == "h"]
    print(f"readings: single {len(single)}, full {len(full)}", file=sys.stderr)
    rows = []  # group, label, a, b, source
    used = set()

    def add(group, label, a, b, src):
        if a == b or (a.lower(), b.lower()) in used:
            return False
        used.add((a.lower(), b.lower()))
        used.add((b.lower(), a.lower()))
        rows.append((group, label, a, b, src))
        return True

    for s1, s2, n1, n2 in PAIRS:
        for pool, n in ((single, n1), (full, n2)):
            order = pool[:]
            rnd.shuffle(order)
            got = 0
            for k in order:
                if got == n:
                    break
                a, b = write(ents[k], s1), write(ents[k], s2)
                if a != b and add("hep-variant", "same", a, b, f"enamdict:{s1}/{s2}:{k[0]}"):
                    got += 1
    # look-alikes and contested pairs: single names of one tag class.
    systems = [s for s, w in LOOK_SYSTEMS for _ in range(w)]
    by_start = collections.defaultdict(list)  # (class, first two letters of simple) -> keys
    for k in single:
        by_start[k[0], simple_key(ents[k])[:2]].append(k)
    look = cont = tries = 0
    while (look < LOOK_N or cont < CONTESTED_N) and tries < 400000:
        tries += 1
        k1 = rnd.choice(single)
        group = by_start[k1[0], simple_key(ents[k1])[:2]]
        k2 = rnd.choice(group)
        if k1 == k2:
            continue
        h1, h2 = hira(k1[1]), hira(k2[1])
        if h1 == h2:
            continue
        if simple_key(ents[k1]) == simple_key(ents[k2]):
            if cont >= CONTESTED_N:
                continue
            # alike in simplified Hepburn: write both in a system that
            # keeps them apart.
            sysname = rnd.choice(["macron", "oh", "wapuro"])
            a, b = write(ents[k1], sysname), write(ents[k2], sysname)
            if a.lower() != b.lower() and add("hep-contested", "contested", a, b, f"enamdict:{sysname}:{k1[0]}"):
                cont += 1
            continue
        if look >= LOOK_N or lev(h1, h2) < 2:
            continue
        sysname = rnd.choice(systems)
        a, b = write(ents[k1], sysname), write(ents[k2], sysname)
        if a[:2].lower() != b[:2].lower() or jw(a.lower(), b.lower()) < 0.90:
            continue
        if add("hep-lookalike", "apart", a, b, f"enamdict:{sysname}:{k1[0]}"):
            look += 1
    print(f"look-alikes {look}, contested {cont}, tries {tries}", file=sys.stderr)
    # pairs of the dev, places and blind sets: read only to leave them out
    seen = known_pairs(os.path.join(DEVSET, f) for f in ("blind.tsv", "pairs.tsv", "places.tsv"))
    kept = [r for r in rows if (r[2].lower(), r[3].lower()) not in seen]
    print(f"rows {len(rows)}, left out (dev, places or blind set) {len(rows) - len(kept)}", file=sys.stderr)
    print("half\tgroup\tlabel\ta\tb\tsource")
    for group, label, a, b, src in kept:
        print(f"{held_or_design(a, b)}\t{group}\t{label}\t{a}\t{b}\t{src}")


if __name__ == "__main__":
    main()
