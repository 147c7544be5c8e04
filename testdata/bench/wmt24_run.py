#!/usr/bin/env python3
"""Aligns and scores the cases wmt24_docs.py built (branch trial63).

Usage: wmt24_run.py BITEXT HUNALIGN DIR PART [PAIR...]

For each pair (default en-es en-hi) and each case DIR/PAIR/PART/DOC.VERSION
runs `BITEXT align --presegmented --format jsonl` (paragraphs as the files
mark them), the same with --no-paragraphs, and hunalign (no dictionary,
paragraph marks as "<p>" lines, its ladder turned into beads), then scores
each version's documents together with `BITEXT align score`. Prints, per
pair and version, strict F1 (lax in brackets) of the three, and for bitext
the beads scoring >= 0.8 and the share of them right (a bead in the gold,
or a bead with both sides inside one n-m bead of the gold),
the review lines each bitext run wrote on standard error, and per pair each tool's cpu (user+sys of its processes). Writes the
hypotheses beside the cases (DOC.VERSION.{bitext,nopara,hun}.jsonl|txt) and,
in DIR/PAIR.PART.errors.txt, every wrong bead of bitext's default run with
its score and sentences, for reading (a bead inside an n-m bead of the gold
is not listed).

Where the pair has a sentence gold (DOC.VERSION.sgold, wmt24_docs.py; en-hi,
branch hisent55; en-es and the pairs turned, hi-en and es-en, branch
sentgold55) every figure is given a second time against it, in a table
of its own: strict and lax F1, and the beads scoring >= 0.8 right when they
are beads of it (the reader's beads are the finest it has: no "inside"
rule); its wrong beads of bitext's default run go to
DIR/PAIR.PART.sentence-errors.txt.

BITEXT_ALIGN_ARGS, when set, holds more arguments for both bitext runs,
split at spaces (e.g. "--dict /usr/share/dictd/freedict-eng-hin.index" or
"--no-dict"), to compare a dictionary's effect.
"""
import json
import os
import resource
import subprocess
import sys


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def read_lines(path):
    return open(path, encoding="utf-8").read().split("\n")[:-1]


def sentences(path):
    """A presegmented file's sentences and, per sentence, its paragraph."""
    sents, para, p = [], [], 0
    for line in read_lines(path):
        if line == "":
            p += 1
            continue
        sents.append(line)
        para.append(p)
    return sents, para


def gold_beads(path):
    out = []
    for line in read_lines(path):
        s, t = line.split(":")
        out.append((tuple(int(x) for x in s[1:-1].split(",") if x),
                    tuple(int(x) for x in t[1:-1].split(",") if x)))
    return out


def hunalign(hun, src, tgt, out):
    """Runs hunalign on a case and writes its beads as gold lines."""
    def marked(path):
        lines, idx, prev = [], [], None
        sents, para = sentences(path)
        for i, (s, p) in enumerate(zip(sents, para)):
            if prev is not None and p != prev:
                lines.append("<p>")
                idx.append(-1)
            lines.append(s)
            idx.append(i)
            prev = p
        with open(out + "." + os.path.basename(path)[-3:], "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        return out + "." + os.path.basename(path)[-3:], idx
    sf, si = marked(src)
    tf, ti = marked(tgt)
    null = out + ".null.dic"
    open(null, "w").close()
    # hunalign writes translate.txt into its working folder: the case's
    res = subprocess.run([hun, null, sf, tf], capture_output=True, text=True, check=True,
                         cwd=os.path.dirname(out)).stdout
    rungs = []
    for line in res.strip().split("\n"):
        f = line.split()
        if len(f) >= 2:
            rungs.append((int(f[0]), int(f[1])))
    beads = []
    for k in range(len(rungs) - 1):
        s = [si[l] for l in range(rungs[k][0], rungs[k + 1][0]) if si[l] >= 0]
        t = [ti[l] for l in range(rungs[k][1], rungs[k + 1][1]) if ti[l] >= 0]
        if s or t:
            beads.append((s, t))
    with open(out, "w", encoding="utf-8") as f:
        for s, t in beads:
            f.write("[%s]:[%s]\n" % (",".join(map(str, s)), ",".join(map(str, t))))
    for x in (sf, tf, null, os.path.join(os.path.dirname(out), "translate.txt")):
        if os.path.exists(x):
            os.remove(x)


def score(bitext, pairs):
    args = [bitext, "align", "score", "--format", "jsonl"]
    for g, h in pairs:
        args += [g, h]
    res = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    got = {}
    for line in res.strip().split("\n"):
        r = json.loads(line)
        got[r["measure"]] = r["f1"]
    return got["strict"], got["lax"]


def judge(gl, key, finer):
    """Whether a bead is right against a gold's beads gl: a bead of it, or
    (finer true, the paragraph gold) a bead with both sides inside one n-m
    bead of the gold, a finer cut that gold cannot judge."""
    if key in set(gl):
        return True
    if not finer or not (key[0] and key[1]):
        return False
    blk_s = {i: k for k, (s, t) in enumerate(gl) if len(s) > 1 or len(t) > 1 for i in s}
    blk_t = {j: k for k, (s, t) in enumerate(gl) if len(s) > 1 or len(t) > 1 for j in t}
    return blk_s.get(key[0][0]) is not None and len(
        {blk_s.get(i) for i in key[0]} | {blk_t.get(j) for j in key[1]}) == 1


def write_error(errs, doc, v, b, ss, sp, ts, tp):
    cross = len({sp[i] for i in b["src"]}) > 1 or len({tp[j] for j in b["tgt"]}) > 1
    errs.write(f"{doc}.{v} {list(b['src'])}:{list(b['tgt'])} score {b['score']}"
               f"{' CROSSES A PARAGRAPH' if cross else ''}\n")
    for i in b["src"]:
        errs.write(f"  S{i} p{sp[i]}: {ss[i]}\n")
    for j in b["tgt"]:
        errs.write(f"  T{j} p{tp[j]}: {ts[j]}\n")


def main():
    if len(sys.argv) < 5:
        raise SystemExit(__doc__)
    bitext, hun, d, part = sys.argv[1:5]
    pairs = sys.argv[5:] or ["en-es", "en-hi"]
    more = os.environ.get("BITEXT_ALIGN_ARGS", "").split()
    versions = ["plain", "drop", "ins", "swap"]
    tables = {"gold": [], "sgold": []}
    for pair in pairs:
        sl, tl = pair.split("-")
        pd = os.path.join(d, pair, part)
        docs = sorted({f.rsplit(".", 2)[0] for f in os.listdir(pd) if f.endswith(".gold")})
        golds = ["gold"] + (["sgold"] if all(
            os.path.exists(os.path.join(pd, f"{doc}.{v}.sgold")) for doc in docs for v in versions) else [])
        cpus = {"bitext": 0.0, "nopara": 0.0, "hun": 0.0}
        errs = {"gold": open(os.path.join(d, f"{pair}.{part}.errors.txt"), "w", encoding="utf-8")}
        if "sgold" in golds:
            errs["sgold"] = open(os.path.join(d, f"{pair}.{part}.sentence-errors.txt"), "w", encoding="utf-8")
        for v in versions:
            runs = {g: {"bitext": [], "nopara": [], "hun": []} for g in golds}
            calib = {g: {"bitext": [0, 0], "nopara": [0, 0]} for g in golds}
            reviews = {"bitext": 0, "nopara": 0}
            for doc in docs:
                base = os.path.join(pd, f"{doc}.{v}")
                src, tgt = base + ".src", base + ".tgt"
                ss, sp = sentences(src)
                ts, tp = sentences(tgt)
                gls = {g: gold_beads(f"{base}.{g}") for g in golds}
                for name, extra in (("bitext", []), ("nopara", ["--no-paragraphs"])):
                    out = f"{base}.{name}.jsonl"
                    c0 = cpu()
                    with open(out, "w") as f:
                        r = subprocess.run([bitext, "align", "--presegmented", "--src", sl, "--tgt", tl,
                                            "--format", "jsonl"] + more + extra + [src, tgt],
                                           stdout=f, stderr=subprocess.PIPE, text=True, check=True)
                    reviews[name] += sum(1 for x in r.stderr.split("\n") if x.startswith("bitext: review:"))
                    cpus[name] += cpu() - c0
                    for g in golds:
                        runs[g][name].append((f"{base}.{g}", out))
                        for line in read_lines(out):
                            b = json.loads(line)
                            right = judge(gls[g], (tuple(b["src"]), tuple(b["tgt"])), g == "gold")
                            if b["score"] >= 0.8:
                                calib[g][name][0] += 1
                                calib[g][name][1] += right
                            if name == "bitext" and not right:
                                write_error(errs[g], doc, v, b, ss, sp, ts, tp)
                out = f"{base}.hun.txt"
                c0 = cpu()
                hunalign(hun, src, tgt, out)
                cpus["hun"] += cpu() - c0
                for g in golds:
                    runs[g]["hun"].append((f"{base}.{g}", out))

            def cal(c):
                return f"{c[0]}, {c[1] / c[0]:.3f}" if c[0] else "0"
            for g in golds:
                f1 = {k: score(bitext, r) for k, r in runs[g].items()}
                tables[g].append(f"| {pair} | {v} | {len(docs)} | " + " | ".join(
                    f"{f1[k][0]:.3f} ({f1[k][1]:.3f})" for k in ("bitext", "nopara", "hun"))
                    + f" | {cal(calib[g]['bitext'])} | {cal(calib[g]['nopara'])} | {reviews['bitext']} / {reviews['nopara']} |")
        for e in errs.values():
            e.close()
        tables["gold"].append(f"cpu {pair} {part}: bitext {cpus['bitext']:.2f} s, --no-paragraphs {cpus['nopara']:.2f} s, "
                              f"hunalign {cpus['hun']:.2f} s ({len(docs)} documents x {len(versions)} versions)")
    for g, title in (("gold", "paragraph gold"), ("sgold", "sentence gold")):
        if not tables[g]:
            continue
        print(f"{title}:")
        print("| pair | version | docs | bitext | bitext --no-paragraphs | hunalign | bitext >= 0.8: beads, right | --no-paragraphs >= 0.8: beads, right | review lines (bitext / --no-paragraphs) |")
        print("|---|---|---|---|---|---|---|---|---|")
        for row in tables[g]:
            print(row)


if __name__ == "__main__":
    main()
