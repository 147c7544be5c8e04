#!/usr/bin/env python3
"""Build the blind names test set (normalize/testdata/devset/blind.tsv,
issue 11, branch blindset): pairs of person-name spellings from Wikidata
files that no development class was built from, scored ONCE on main and
never used to design a rule. Usage:

    names_blindset.py SRC_DIR pairs.tsv places.tsv > normalize/testdata/devset/blind.tsv

Source: github.com/steveash/NETransliteration-COLING2018 at commit
5d5f59e561ecea45a6d3602121e1049baa7a76c3, data/wd_<lang>_<split>, copied
unchanged into SRC_DIR (`git show HEAD:data/wd_korean_20 > SRC_DIR/...`).
Each line is an English Wikidata label's token, its token in the label of
another language (letters separated by spaces) and a count. Licence:
Wikidata data is CC0 1.0 (the repository's data/LICENSE).

Files read, and why: the splits _64 and _16 are the lines of _80 divided
(checked: their union is _80 line for line, and _20 shares no English token
with _80). names_devset.py read wd_russian_80, wd_arabic_80, wd_hebrew_80
and wd_hebrew, so for those languages only the test split _20 is read
here; Japanese (wd_japanese: kanji or kana), katakana (wd_katakana), Korean
and Chinese were read by no builder of the development set, so all of
their splits (_16, _64, _20) are read. (names_learned.py of branch names22,
not merged, tried wd_*_20 as extra training data; no rule of the matcher
came of it.)

How pairs are chosen (names_devset.py's person and lookalike criteria,
per pivot language):
  tokens     English tokens of letters only, three letters or more; each
             token's pivot form is its most frequent pivot token, kept
             when seen at least twice.
  variants   two different English tokens whose pivot form is identical
             (class blind-person-<pivot>, want same): every such pair is
             a candidate.
  look-alikes two English tokens of five letters or more with the same
             first two letters, Jaro-Winkler >= 0.90, whose pivot forms
             differ by two letters or more (Levenshtein) and share no
             pivot token (class blind-lookalike-<pivot>, want different).
Dropped: a pair already in pairs.tsv or places.tsv (either order, any
case), a pair whose two forms differ only in case or punctuation, and a
pair another class of this set already took (the Japanese and katakana
files share many labels).
Candidates are shuffled with a fixed seed (random.Random(1111)) and taken
in that order up to each class's quota, a token in at most MAX_PER_NAME
pairs of the whole set. No pair is chosen by what bitext makes of it.
Split column: blind.
"""
import collections, os, random, sys
from namesets import Quota, jw, known_pairs, lev

MAX_PER_NAME = 3

# pivot, files, variant quota, look-alike quota
PIVOTS = (
    ("ru", ("wd_russian_20",), 160, 50),
    ("ar", ("wd_arabic_20",), 140, 45),
    ("he", ("wd_hebrew_20",), 140, 45),
    ("ja", ("wd_japanese_16", "wd_japanese_64", "wd_japanese_20"), 160, 50),
    ("kana", ("wd_katakana_16", "wd_katakana_64", "wd_katakana_20"), 160, 50),
    ("ko", ("wd_korean_16", "wd_korean_64", "wd_korean_20"), 160, 50),
    ("zh", ("wd_chinese_16", "wd_chinese_64", "wd_chinese_20"), 160, 50),
)

src, pairs_path, places_path = sys.argv[1], sys.argv[2], sys.argv[3]
rnd = random.Random(1111)


def cap(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def bare(s):
    """s lower-cased, with what is not a letter or digit left out."""
    return "".join(c for c in s.lower() if c.isalnum())


known = known_pairs((pairs_path, places_path))


def tokens(files):
    """english token -> {pivot form: count} from Wikidata token files."""
    m = collections.defaultdict(collections.Counter)
    for path in files:
        for line in open(os.path.join(src, path), encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) != 3 or not f[0].isalpha() or len(f[0]) < 3:
                continue
            m[f[0]][f[1].replace(" ", "")] += int(f[2])
    return m


# one for the whole set: a pair is taken once, either order (wd_japanese and
# wd_katakana share labels)
picker = Quota(MAX_PER_NAME)
out = []
stats = []


def dropped(a, b):
    """Alike but for case or punctuation, or a pair of the dev set."""
    A, B = cap(a), cap(b)
    return bare(A) == bare(B) or (A.lower(), B.lower()) in known


def take(cands, quota, cls, want, source):
    got = picker.take(cands, quota, dropped)
    for a, b in got:
        out.append((cls, want, cap(a), cap(b), source, "blind"))
    stats.append(f"{cls}: {len(got)} of {len(cands)} candidates")


for piv, files, nvar, nneg in PIVOTS:
    tok = tokens(files)
    by_native = collections.defaultdict(list)
    main = {}
    for en, nat in tok.items():
        n, c = nat.most_common(1)[0]
        if c >= 2:
            by_native[n].append(en)
            main[en] = n
    var = []
    for n in sorted(by_native):
        ens = sorted(by_native[n])
        for i in range(len(ens)):
            for j in range(i + 1, len(ens)):
                var.append((ens[i], ens[j]))
    rnd.shuffle(var)
    take(var, nvar, f"blind-person-{piv}", "same", f"wikidata-{piv}")
    blocks = collections.defaultdict(list)
    for en in main:
        if len(en) >= 5:
            blocks[en[:2]].append(en)
    neg = []
    for k in sorted(blocks):
        ens = sorted(blocks[k])
        for i in range(len(ens)):
            for j in range(i + 1, len(ens)):
                a, b = ens[i], ens[j]
                if jw(a, b) >= 0.9 and lev(main[a], main[b]) >= 2 and not set(tok[a]) & set(tok[b]):
                    neg.append((a, b))
    rnd.shuffle(neg)
    take(neg, nneg, f"blind-lookalike-{piv}", "different", f"wikidata-{piv}")

for s in stats:
    print(s, file=sys.stderr)
print("# blind names test set: built by testdata/bench/names_blindset.py; see README.md. Scored once; never design on it.")
print("# class\twant\tA\tB\tsource\tsplit")
for r in out:
    print("\t".join(r))
