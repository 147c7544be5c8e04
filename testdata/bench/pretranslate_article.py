#!/usr/bin/python3
"""pretranslate_article: a 1,000-sentence article for the pretranslation
benchmark, made from sentences stored in a TM so that every band is met:
    pretranslate_article.py SOURCES.txt N SEED [ORIGINS.tsv] > article.txt
SOURCES.txt holds stored source sentences, one a line. Of the N sentences,
40% are stored sentences as they are (exact or context matches), 35% are
stored sentences one word away (a word deleted, repeated or replaced by
another stored word: fuzzy matches), 15% are word salad from the stored
vocabulary (mostly no match), 10% repeat an earlier sentence of the article.
Paragraphs of four sentences, separated by a blank line. ORIGINS.tsv, when
given, gets a line per sentence: the sentence, a tab, and the stored sentence
it was made from (empty for word salad): the unit a lookup should find. The
article is the same with or without it."""
import random, sys

src_file, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
origins_file = sys.argv[4] if len(sys.argv) > 4 else None
rng = random.Random(seed)
pool = [l.strip() for l in open(src_file, encoding="utf-8") if l.strip()]
vocab = [w for s in pool[:5000] for w in s.split()]
out = []
origin = {}  # sentence -> the stored sentence it was made from
for i in range(n):
    r = rng.random()
    o = ""
    if r < 0.10 and out:
        s = rng.choice(out)
        o = origin.get(s, "")
    elif r < 0.50:
        s = rng.choice(pool)
        o = s
    elif r < 0.85:
        o = rng.choice(pool)
        w = o.split()
        k = rng.randrange(len(w))
        op = rng.randrange(3)
        if op == 0 and len(w) > 3:
            del w[k]
        elif op == 1:
            w.insert(k, w[k])
        else:
            w[k] = rng.choice(vocab)
        s = " ".join(w)
    else:
        s = " ".join(rng.choice(vocab) for _ in range(rng.randint(6, 20))).capitalize().rstrip(".") + "."
    out.append(s)
    origin.setdefault(s, o)
if origins_file:
    with open(origins_file, "w", encoding="utf-8") as f:
        for s in out:
            f.write(s + "\t" + origin[s] + "\n")
for i in range(0, n, 4):
    print(" ".join(out[i:i + 4]))
    print()
