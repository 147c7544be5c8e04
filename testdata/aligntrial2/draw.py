"""The draw of aligntrial2 (draw.sh runs it in OUTDIR): per language pair, 20 beads
scoring >= 0.8, 10 in 0.5-0.8, 10 under 0.5 among bitext's beads whose two sides
differ (random.Random(41)), each with hunalign's beads over the same sentences;
draw.tsv holds one line a bead: pair, band, chapter, src, tgt, score, source text,
target text, hunalign's beads there (src/tgt/score, '|' between them), whether
hunalign has the identical bead. stats.tsv: whole-chapter counts."""
import json, os, random

norm = lambda s: " ".join((s or "").split())


def hunbeads(ladder, src, tgt):
    """hunalign's beads as (src indexes, tgt indexes, score), in sentence numbers
    that leave out the <p> lines."""
    def index(lines):
        m, n = {}, 0
        for i, l in enumerate(lines):
            if l != "<p>":
                m[i] = n
                n += 1
        return m
    sl = open(src, encoding="utf-8").read().split("\n")[:-1]
    tl = open(tgt, encoding="utf-8").read().split("\n")[:-1]
    sm, tm = index(sl), index(tl)
    rungs = [tuple(float(x) for x in l.split()) for l in open(ladder)]
    out = []
    # a rung's score is that of the bead starting at it (hunalign's README)
    for (i0, j0, sc), (i1, j1, _) in zip(rungs, rungs[1:]):
        s = [sm[i] for i in range(int(i0), int(i1)) if i in sm]
        t = [tm[j] for j in range(int(j0), int(j1)) if j in tm]
        if s or t:
            out.append((s, t, sc))
    return out


langs = os.environ["LANGS"].split()
chs = os.environ["CHAPTERS"].split()
draw = open("draw.tsv", "w", encoding="utf-8")
stats = open("stats.tsv", "w", encoding="utf-8")
print("pair\tchapter\tsrc_sents\ttgt_sents\tbeads\tsides_identical\tge08\tunmatched\thun_identical\tge08_hun_identical", file=stats)
for l in langs:
    beads = []
    for ch in chs:
        bs = [json.loads(x) for x in open(f"out/{l}-{ch}.jsonl", encoding="utf-8")]
        hb = hunbeads(f"hun/{l}-{ch}.ladder", f"hun/{ch}.en.txt", f"hun/{ch}.{l}.txt")
        hset = {(tuple(s), tuple(t)) for s, t, _ in hb}
        for b in bs:
            b["ch"] = ch
            b["hun_same"] = (tuple(b["src"]), tuple(b["tgt"])) in hset
            b["hun"] = [h for h in hb if set(h[0]) & set(b["src"]) or set(h[1]) & set(b["tgt"])]
        nsrc = sum(1 for x in open(f"hun/{ch}.en.txt", encoding="utf-8") if x.strip() != "<p>")
        ntgt = sum(1 for x in open(f"hun/{ch}.{l}.txt", encoding="utf-8") if x.strip() != "<p>")
        print("\t".join(map(str, [l, ch, nsrc, ntgt, len(bs),
              sum(norm(b.get("src_text")) == norm(b.get("tgt_text")) for b in bs),
              sum(b["score"] >= 0.8 for b in bs),
              sum(not b["src"] or not b["tgt"] for b in bs),
              sum(b["hun_same"] for b in bs),
              sum(b["hun_same"] for b in bs if b["score"] >= 0.8)])), file=stats)
        beads += bs
    cand = [b for b in beads if norm(b.get("src_text")) != norm(b.get("tgt_text"))]
    bands = {"hi": [b for b in cand if b["score"] >= 0.8],
             "mid": [b for b in cand if 0.5 <= b["score"] < 0.8],
             "lo": [b for b in cand if b["score"] < 0.5]}
    rnd = random.Random(41)
    for band, n in (("hi", 20), ("mid", 10), ("lo", 10)):
        pick = rnd.sample(bands[band], min(n, len(bands[band])))
        pick.sort(key=lambda b: (chs.index(b["ch"]), b["src"][:1] or [0], b["tgt"][:1] or [0]))
        for b in pick:
            hun = " | ".join("%s/%s/%.2f" % (",".join(map(str, s)), ",".join(map(str, t)), sc) for s, t, sc in b["hun"])
            print("\t".join([l, band, b["ch"], ",".join(map(str, b["src"])), ",".join(map(str, b["tgt"])),
                             "%.3f" % b["score"], norm(b["src_text"]), norm(b["tgt_text"]), hun,
                             "same" if b["hun_same"] else "differs"]), file=draw)
