#!/usr/bin/env python3
"""Builds issue 14's trial of news in language pairs not tried before
(branch trial63) from WMT24's general test set (testdata/bench/wmt24_news.sh).

Usage: wmt24_docs.py BITEXT RAW OUT PAIR...

RAW holds txt_documents_PAIR.docs, txt_sources_PAIR.txt and
txt_references_PAIR.refA.txt (wmt-conference/wmt24-news-systems, txt/: one
paragraph a line, line i of the source is line i of the reference, the
documents file names each line's domain and document). Only the news domain
is read. Each paragraph of each side is cut into sentences by
`BITEXT segment --quotes split` (what `bitext align` does with running
text); the gold pairs a paragraph's sentences 1-1 in order when both sides
have as many, else the paragraph is one bead (n-m). The targets are edited
in three copies: a paragraph dropped a third of the way in, a paragraph of
the next document's target inserted two thirds of the way in, and the two
paragraphs half way swapped (the gold keeps their crossing links). A
document whose id hashes (FNV-1a 32) to 0 mod 3 is held out.

A second gold, the "sentence gold" (branch hisent55), is written when
wmt24_TL_sentgold.tsv lies beside this script (TL the target language:
wmt24_hi_sentgold.tsv for en-hi, wmt24_es_sentgold.tsv for en-es, branch
sentgold55): the paragraphs it lists take the beads a reader gave them
(read by hand, sentence by sentence; its header says how), the others keep
the paragraph gold. The paragraph gold is unchanged.

Writes OUT/PAIR/{design,held}/DOC.VERSION.{src,tgt,gold} (VERSION plain,
drop, ins, swap; src and tgt one sentence a line, an empty line between
paragraphs; gold one bead a line as "[0,1]:[0]", "[]:[5]" an added target
sentence), DOC.VERSION.sgold (the sentence gold, same format) when the pair
has one, and prints a line of counts per pair.

A pair turned (XX-en: hi-en, es-en; branch sentgold55) is built from en-XX's
data: the same documents and edited versions with source and target swapped
and each gold turned (the edits then lie on the source side, as in hindi54's
hi-en check), so the sentence gold of en-XX serves it read with the sides
swapped.
"""
import os
import subprocess
import sys


def fnv1a32(s):
    h = 0x811C9DC5
    for b in s.encode():
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def segment(bitext, lang, paras):
    """Each paragraph's sentences, by bitext segment (one call a side)."""
    text = "\n\n".join(p.strip() for p in paras) + "\n"
    out = subprocess.run([bitext, "segment", "--quotes", "split", "-l", lang],
                         input=text, capture_output=True, text=True, check=True).stdout
    got = [b.split("\n") for b in out.strip("\n").split("\n\n")]
    if len(got) != len(paras):
        raise SystemExit(f"segment gave {len(got)} paragraphs for {len(paras)}")
    return got


def read_docs(raw, pair):
    doc = open(os.path.join(raw, f"txt_documents_{pair}.docs"), encoding="utf-8").read().splitlines()
    src = open(os.path.join(raw, f"txt_sources_{pair}.txt"), encoding="utf-8").read().splitlines()
    ref = open(os.path.join(raw, f"txt_references_{pair}.refA.txt"), encoding="utf-8").read().splitlines()
    if not (len(doc) == len(src) == len(ref)):
        raise SystemExit(f"{pair}: {len(doc)} documents lines, {len(src)} sources, {len(ref)} references")
    order, docs = [], {}
    for d, s, r in zip(doc, src, ref):
        dom, _, name = d.partition("\t")
        if dom != "news":
            continue
        if name not in docs:
            order.append(name)
            docs[name] = ([], [])
        docs[name][0].append(s)
        docs[name][1].append(r)
    return [(n, docs[n][0], docs[n][1]) for n in order]


def fail(msg):
    """Bad input: says where and what, exits 2."""
    sys.stderr.write(f"wmt24_docs.py: {msg}\n")
    sys.exit(2)


def read_sentgold(path):
    """A sentence gold file: {(doc, paragraph): (counts, [(en idx, hi idx)], line)}.

    Lines: doc, paragraph, "en/hi" sentence counts, English numbers, target
    numbers ("0,1"; "-" none), note; "#" lines are comments."""
    def nums(f, where):
        if f == "-":
            return []
        try:
            out = [int(x) for x in f.split(",")]
        except ValueError:
            fail(f"{where}: sentence numbers {f!r} are not comma-separated integers or \"-\"")
        if any(x < 0 for x in out) or len(set(out)) != len(out):
            fail(f"{where}: sentence numbers {f!r} negative or repeated")
        return out
    got = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            where = f"{path}:{n}"
            fs = line.split("\t")
            if len(fs) != 6:
                fail(f"{where}: {len(fs)} fields, want 6 (doc, paragraph, en/hi counts, en, target, note)")
            doc, para, counts, en, tg, _ = fs
            try:
                para = int(para)
                ne, nt = (int(x) for x in counts.split("/"))
            except ValueError:
                fail(f"{where}: paragraph {para!r} or counts {counts!r} not a number, \"N/M\"")
            e, t = nums(en, where), nums(tg, where)
            if not e and not t:
                fail(f"{where}: a bead with no sentence on either side")
            k = (doc, para)
            if k in got and got[k][0] != (ne, nt):
                fail(f"{where}: counts {counts} differ from line {got[k][2]}'s")
            got.setdefault(k, ((ne, nt), [], n))[1].append((e, t))
    return got


def sentence_beads(path, key, entry, a, b):
    """Checks one listed paragraph against its segmentation; its beads."""
    (ne, nt), beads, line = entry
    where = f"{path}:{line} ({key[0]} paragraph {key[1]})"
    if (ne, nt) != (len(a), len(b)):
        fail(f"{where}: counts {ne}/{nt}, but the segmenter gives {len(a)}/{len(b)} "
             "(the segmentation changed: read the paragraph again)")
    es = sorted(i for e, _ in beads for i in e)
    ts = sorted(j for _, t in beads for j in t)
    if es != list(range(ne)) or ts != list(range(nt)):
        fail(f"{where}: the beads do not cover each sentence once (en {es}, target {ts})")
    return beads


def write_gold(path, gold):
    with open(path, "w", encoding="utf-8") as f:
        for s, t in gold:
            f.write("[%s]:[%s]\n" % (",".join(map(str, s)), ",".join(map(str, t))))


def write_case(path, srcp, tgtp, gold):
    def text(paras):
        return "\n\n".join("\n".join(p) for p in paras) + "\n"
    with open(path + ".src", "w", encoding="utf-8") as f:
        f.write(text(srcp))
    with open(path + ".tgt", "w", encoding="utf-8") as f:
        f.write(text(tgtp))
    write_gold(path + ".gold", gold)


def build(bitext, raw, out, pair):
    sl, tl = pair.split("-")
    docs = read_docs(raw, pair)
    sgpath = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"wmt24_{tl}_sentgold.tsv")
    sgold = read_sentgold(sgpath) if os.path.exists(sgpath) else None
    names = {n for n, _, _ in docs}
    for doc, p in sgold or {}:
        if doc not in names:
            fail(f"{sgpath}:{sgold[(doc, p)][2]}: no news document {doc} in {pair}")
    segs = []
    for name, sp, tp in docs:
        segs.append((name, segment(bitext, sl, sp), segment(bitext, tl, tp)))
    nm = paras = sents = listed = 0
    for k, (name, sp, tp) in enumerate(segs):
        part = "held" if fnv1a32(name) % 3 == 0 else "design"
        d = os.path.join(out, pair, part)
        os.makedirs(d, exist_ok=True)
        # target paragraphs as (paragraph index, sentences); gold per paragraph
        pgold = []  # per paragraph: list of (src idx list, tgt local idx list)
        sgp = []  # the same, by the sentence gold
        s0 = 0
        for p, (a, b) in enumerate(zip(sp, tp)):
            if len(a) == len(b):
                pgold.append([([s0 + i], [i]) for i in range(len(a))])
            else:
                pgold.append([(list(range(s0, s0 + len(a))), list(range(len(b))))])
                nm += 1
            if sgold is not None and (name, p) in sgold:
                sgp.append([([s0 + i for i in e], list(t)) for e, t in
                            sentence_beads(sgpath, (name, p), sgold[(name, p)], a, b)])
                listed += 1
            else:
                sgp.append(pgold[-1])
            s0 += len(a)
        for doc, p in sgold or {}:
            if doc == name and p >= len(sp):
                fail(f"{sgpath}:{sgold[(doc, p)][2]}: {doc} has {len(sp)} paragraphs, not {p + 1}")
        paras += len(sp)
        sents += s0

        def assemble(tparas, pgold):
            """tparas: list of (paragraph index or None, sentences)."""
            gold, t0, covered = [], 0, set()
            for p, sent in tparas:
                if p is None:
                    gold.extend(([], [t0 + i]) for i in range(len(sent)))
                else:
                    gold.extend((s, [t0 + i for i in t]) for s, t in pgold[p])
                    covered.add(p)
                t0 += len(sent)
            s0 = 0
            for p, a in enumerate(sp):
                if p not in covered:
                    gold.extend(([s0 + i], []) for i in range(len(a)))
                s0 += len(a)
            gold.sort(key=lambda g: (g[0][0] if g[0] else 1 << 30, g[1][0] if g[1] else -1))
            return [x for _, x in tparas], gold

        base = list(enumerate(tp))
        n = len(tp)
        versions = {"plain": base}
        drop = n // 3
        versions["drop"] = base[:drop] + base[drop + 1:]
        other = segs[(k + 1) % len(segs)][2]
        ins = (2 * n) // 3
        versions["ins"] = base[:ins] + [(None, other[len(other) // 2])] + base[ins:]
        h = n // 2 - 1 if n >= 2 else 0
        versions["swap"] = base[:h] + [base[h + 1], base[h]] + base[h + 2:]
        for v, tparas in versions.items():
            tgt, gold = assemble(tparas, pgold)
            write_case(os.path.join(d, f"{name}.{v}"), sp, tgt, gold)
            if sgold is not None:
                write_gold(os.path.join(d, f"{name}.{v}.sgold"), assemble(tparas, sgp)[1])
    held = sum(1 for n, _, _ in segs if fnv1a32(n) % 3 == 0)
    print(f"{pair}: {len(segs)} documents ({len(segs) - held} design, {held} held out), "
          f"{paras} paragraphs, {sents} source sentences, {nm} paragraphs n-m in the gold"
          + (f", {listed} paragraphs by the sentence gold ({os.path.basename(sgpath)})" if sgold is not None else ""))


def turn_gold(src, dst):
    """Writes the gold at src with its sides swapped, in the new source's order."""
    beads = []
    with open(src, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            s, sep, t = line.strip().partition(":")
            if not sep or not (s[:1] == t[:1] == "[" and s[-1:] == t[-1:] == "]"):
                fail(f"{src}:{n}: {line.strip()!r} is not a bead \"[0,1]:[0]\"")
            try:
                beads.append(([int(x) for x in t[1:-1].split(",") if x],
                              [int(x) for x in s[1:-1].split(",") if x]))
            except ValueError:
                fail(f"{src}:{n}: {line.strip()!r} holds a sentence number that is not an integer")
    beads.sort(key=lambda g: (g[0][0] if g[0] else 1 << 30, g[1][0] if g[1] else -1))
    write_gold(dst, beads)


def turn(out, pair):
    """Writes the cases of the pair turned (pair "en-hi" gives OUT/hi-en):
    the same documents and edits, source and target swapped, each gold
    turned (hindi54's hi-en; the sentence gold read with the sides swapped)."""
    sl, tl = pair.split("-")
    n = 0
    for part in ("design", "held"):
        d, e = os.path.join(out, pair, part), os.path.join(out, f"{tl}-{sl}", part)
        os.makedirs(e, exist_ok=True)
        for f in sorted(os.listdir(d)):
            base, ext = os.path.splitext(f)
            if ext in (".src", ".tgt"):
                with open(os.path.join(d, f), encoding="utf-8") as r, \
                        open(os.path.join(e, base + (".tgt" if ext == ".src" else ".src")), "w", encoding="utf-8") as w:
                    w.write(r.read())
            elif ext in (".gold", ".sgold"):
                turn_gold(os.path.join(d, f), os.path.join(e, f))
                n += ext == ".gold"
    print(f"{tl}-{sl}: {pair} turned, {n} cases (sides swapped, gold turned)")


def main():
    if len(sys.argv) < 5:
        raise SystemExit(__doc__)
    bitext, raw, out = sys.argv[1:4]
    built = set()
    for pair in sys.argv[4:]:
        sl, tl = pair.split("-") if pair.count("-") == 1 else ("", "")
        if not sl or not tl or "en" not in (sl, tl):
            fail(f"pair {pair!r}: want en-XX or XX-en")
        fwd = pair if sl == "en" else f"en-{sl}"
        if fwd not in built:
            build(bitext, raw, out, fwd)
            built.add(fwd)
        if sl != "en":
            turn(out, fwd)


if __name__ == "__main__":
    main()
