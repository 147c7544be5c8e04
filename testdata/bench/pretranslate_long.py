#!/usr/bin/python3
"""pretranslate_long: a long document for the pretranslation benchmark, with
a manual's repetition:
    pretranslate_long.py SOURCES.txt N SEED text|html > doc
SOURCES.txt holds stored source sentences, one a line. Of the N sentences,
30% are stored sentences as they are, 20% one word away (fuzzy), 10% word
salad (mostly no match), and 40% repeat an earlier sentence of the document,
three times in four one of its first 200 (the boilerplate a manual repeats:
notes, warnings, steps). Paragraphs of four sentences; html puts each in a
<p> with a heading every 20 paragraphs."""
import html, random, sys

src_file, n, seed, kind = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
pool = [l.strip() for l in open(src_file, encoding="utf-8") if l.strip()]
vocab = [w for s in pool[:5000] for w in s.split()]
out = []
for i in range(n):
    r = rng.random()
    if r < 0.40 and len(out) > 10:
        s = rng.choice(out[:200]) if rng.random() < 0.75 else rng.choice(out)
    elif r < 0.70:
        s = rng.choice(pool)
    elif r < 0.90:
        w = rng.choice(pool).split()
        k = rng.randrange(len(w))
        op = rng.random()
        if op < 0.4 and len(w) > 3:
            del w[k]
        elif op < 0.6:
            w.insert(k, w[k])
        else:
            w[k] = rng.choice(vocab)
        s = " ".join(w)
    else:
        s = " ".join(rng.choice(vocab) for _ in range(rng.randint(5, 20)))
        s = s[0].upper() + s[1:] + "."
    out.append(s)
paras = [out[i:i + 4] for i in range(0, len(out), 4)]
if kind == "html":
    print("<!DOCTYPE html>\n<html><head><title>Manual</title></head><body>")
    for k, p in enumerate(paras):
        if k % 20 == 0:
            print("<h2>Section %d</h2>" % (k // 20 + 1))
        print("<p>" + html.escape(" ".join(p), quote=False) + "</p>")
    print("</body></html>")
else:
    print("\n\n".join(" ".join(p) for p in paras))
