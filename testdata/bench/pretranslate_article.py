#!/usr/bin/python3
"""pretranslate_article: a 1,000-sentence article for the pretranslation
benchmark, made from sentences stored in a TM so that every band is met:
    pretranslate_article.py SOURCES.txt N SEED > article.txt
SOURCES.txt holds stored source sentences, one a line. Of the N sentences,
40% are stored sentences as they are (exact or context matches), 35% are
stored sentences one word away (a word deleted, repeated or replaced by
another stored word: fuzzy matches), 15% are word salad from the stored
vocabulary (mostly no match), 10% repeat an earlier sentence of the article.
Paragraphs of four sentences, separated by a blank line."""
import random, sys

src_file, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
pool = [l.strip() for l in open(src_file, encoding="utf-8") if l.strip()]
vocab = [w for s in pool[:5000] for w in s.split()]
out = []
for i in range(n):
    r = rng.random()
    if r < 0.10 and out:
        s = rng.choice(out)
    elif r < 0.50:
        s = rng.choice(pool)
    elif r < 0.85:
        w = rng.choice(pool).split()
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
for i in range(0, n, 4):
    print(" ".join(out[i:i + 4]))
    print()
