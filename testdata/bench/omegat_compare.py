#!/usr/bin/python3
"""omegat_compare: bitext's and OmegaT's pretranslations of one article side by
side, for testdata/bench/omegat_compare.sh.

    omegat_compare.py DIR LABEL > summary.json

DIR holds tm.tmx (the TM both tools had), origins.tsv (pretranslate_article.py's
sentence -> stored source it was made from), bitext.xlf (bitext tm pretranslate
--min 70), omegat.tsv (omegat_best_match.groovy: OmegaT's matches, five at most
a segment, with its three percentages), bitext-lookup.jsonl (bitext tm lookup
--max 5 --min 0 of OmegaT's segments, a blank line between them).

Writes JSON lines: per tool the segments, filled targets by band and how many
of those are the right unit (its source the one the sentence was made from,
where the segment is a whole article sentence); the agreement where both fill
the same segment text; the score pairs by band (bitext's score of a (segment,
unit) pair that both tools list, beside OmegaT's three). Writes DIR/differ.tsv,
every segment both fill differently, and DIR/pairs.tsv, every score pair."""
import collections
import html
import json
import re
import sys
import xml.etree.ElementTree as ET

d, label = sys.argv[1], sys.argv[2]
X = "{urn:oasis:names:tc:xliff:document:1.2}"


def norm(s):
    return " ".join(s.split())


origin = {}
for line in open(d + "/origins.tsv", encoding="utf-8"):
    s, o = line.rstrip("\n").split("\t")
    origin[norm(s)] = norm(o)

# Targets of the origins: the right unit's target. A source stored twice
# (tmgen's near-duplicates are other sources) keeps every target it has.
want = {o for o in origin.values() if o}
right = collections.defaultdict(set)
seg = re.compile(r"<seg>(.*?)</seg>", re.S)
cur, pending = [], None
with open(d + "/tm.tmx", encoding="utf-8") as f:
    for line in f:
        if "<seg>" in line or cur:
            cur.append(line)
            if "</seg>" not in line:
                continue
            text = html.unescape(seg.search("".join(cur)).group(1))
            cur = []
            if pending is None:
                pending = text
            else:
                if norm(pending) in want:
                    right[norm(pending)].add(norm(text))
                pending = None
        elif "<tu " in line or "<tu>" in line:
            pending = None


def band(score):
    if score is None:
        return "none"
    for lo, name in ((100, "100"), (95, "95-99"), (85, "85-94"), (75, "75-84"), (70, "70-74")):
        if score >= lo:
            return name
    return "<70"


BANDS = ["100", "95-99", "85-94", "75-84", "70-74"]


def text(el):
    return norm("".join(el.itertext())) if el is not None else ""


# bitext: each trans-unit, its filled target and the alt-trans it came from.
bitext = []  # (segment, score or None, match source, target)
for tu in ET.parse(d + "/bitext.xlf").getroot().iter(X + "trans-unit"):
    src = text(tu.find(X + "source"))
    tgt = tu.find(X + "target")
    if tgt is None:
        bitext.append((src, None, "", ""))
        continue
    t = text(tgt)
    score, msrc = None, ""
    for alt in tu.findall(X + "alt-trans"):
        if text(alt.find(X + "target")) == t:
            score = min(int(float(alt.get("match-quality", "0"))), 100)
            msrc = text(alt.find(X + "source"))
            break
    if score is None:  # a repetition: filled from an earlier segment
        score = 100
    bitext.append((src, score, msrc, t))

# OmegaT: rank 0 is what its "insert the best fuzzy match" inserts at >= 70.
omegat, om_matches = [], collections.defaultdict(list)
seen_entry = {}
om_from = {}  # segment -> where OmegaT's best match came from (TM, MEMORY)
om_whence = collections.Counter()  # where OmegaT's inserted matches came from
for line in open(d + "/omegat.tsv", encoding="utf-8"):
    e, rank, sc, nostem, adj, src, msrc, mtgt, whence = line.rstrip("\n").split("\t")
    src, msrc, mtgt = norm(src), norm(msrc), norm(mtgt)
    om_matches[src].append((int(sc), int(nostem), int(adj), msrc, mtgt))
    if rank == "0":
        seen_entry[e] = (src, int(sc), msrc, mtgt)
        om_from.setdefault(src, whence)
        if int(sc) >= 70:
            om_whence[whence] += 1
om_all = [l.rstrip("\n").split("\t")[0] for l in open(d + "/omegat-entries.tsv", encoding="utf-8")]
om_src = {l.split("\t")[0]: norm(l.rstrip("\n").split("\t")[1]) for l in open(d + "/omegat-entries.tsv", encoding="utf-8")}
for e in om_all:
    if e in seen_entry and seen_entry[e][1] >= 70:
        omegat.append(seen_entry[e])
    else:
        omegat.append((om_src[e], None, "", ""))


def summary(name, rows):
    out = {"run": label, "tool": name, "segments": len(rows), "filled": 0,
           "bands": {b: 0 for b in BANDS}, "known": 0, "known_filled": 0, "right": 0, "wrong": 0}
    for src, score, msrc, tgt in rows:
        o = origin.get(src)
        if o:
            out["known"] += 1
        if score is None:
            continue
        out["filled"] += 1
        out["bands"][band(score)] += 1
        if o:
            out["known_filled"] += 1
            if tgt in right.get(o, ()):
                out["right"] += 1
            else:
                out["wrong"] += 1
    return out


print(json.dumps(summary("bitext", bitext)))
print(json.dumps(dict(summary("omegat", omegat), filled_from=dict(om_whence))))

# Agreement on segment texts both tools have (first occurrence of each).
bfirst, ofirst = {}, {}
for r in bitext:
    bfirst.setdefault(r[0], r)
for r in omegat:
    ofirst.setdefault(r[0], r)
common = [s for s in bfirst if s in ofirst]
agree = collections.Counter()
with open(d + "/differ.tsv", "w", encoding="utf-8") as f:
    f.write("segment\torigin\tbitext score\tbitext source\tomegat score\tomegat source\tomegat from\twhich is right\n")
    for s in common:
        b, o = bfirst[s], ofirst[s]
        if b[1] is None and o[1] is None:
            agree["neither"] += 1
        elif b[1] is None:
            agree["omegat only"] += 1
        elif o[1] is None:
            agree["bitext only"] += 1
        elif b[3] == o[3]:
            agree["same unit"] += 1
        else:
            agree["different unit"] += 1
            org = origin.get(s, "")
            rt = right.get(org, set())
            verdict = "unknown"
            if org:
                verdict = "both wrong"
                if b[3] in rt:
                    verdict = "bitext"
                if o[3] in rt:
                    verdict = "omegat" if verdict == "both wrong" else "both"
            f.write("\t".join([s, org, str(b[1]), b[2], str(o[1]), o[2], om_from.get(s, ""), verdict]) + "\n")
            agree["different: " + verdict] += 1
            agree["different: omegat's from " + om_from.get(s, "")] += 1
print(json.dumps({"run": label, "segment texts": {"bitext": len(bfirst), "omegat": len(ofirst), "common": len(common)},
                  "agreement": dict(agree)}))

# Score pairs: the same (segment, stored source) scored by both.
bl = collections.defaultdict(dict)
for line in open(d + "/bitext-lookup.jsonl", encoding="utf-8"):
    m = json.loads(line)
    q, s = norm(m["query"]), norm(m["source"])
    if m.get("kind", "fuzzy") in ("fuzzy", "exact", "context") and s not in bl[q]:
        bl[q][s] = min(int(m["score"]), 100)
pairs = []
for q, ms in om_matches.items():
    for sc, nostem, adj, msrc, _ in ms:
        if msrc in bl.get(q, {}):
            pairs.append((sc, nostem, adj, bl[q][msrc], q, msrc))
with open(d + "/pairs.tsv", "w", encoding="utf-8") as f:
    f.write("omegat score\tomegat no stem\tomegat adjusted\tbitext\tsegment\tstored source\n")
    for p in pairs:
        f.write("\t".join(map(str, p)) + "\n")
total = sum(len(ms) for ms in om_matches.values())


def q(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else None


edges = [(100, 100), (95, 99), (90, 94), (85, 89), (80, 84), (75, 79), (70, 74), (60, 69), (50, 59), (30, 49)]
rows = []
for lo, hi in edges:
    bs = [p[3] for p in pairs if lo <= p[0] <= hi]
    rows.append({"omegat": f"{lo}-{hi}" if lo != hi else str(lo), "pairs": len(bs),
                 "bitext_p10": q(bs, .1), "bitext_median": q(bs, .5), "bitext_p90": q(bs, .9),
                 "bitext_ge70": sum(b >= 70 for b in bs)})
inv = []
for lo, hi in edges:
    os_ = [p[0] for p in pairs if lo <= p[3] <= hi]
    inv.append({"bitext": f"{lo}-{hi}" if lo != hi else str(lo), "pairs": len(os_),
                "omegat_p10": q(os_, .1), "omegat_median": q(os_, .5), "omegat_p90": q(os_, .9),
                "omegat_ge70": sum(o >= 70 for o in os_)})
for r, (lo, hi) in zip(inv, edges):
    sel = [p for p in pairs if lo <= p[3] <= hi]
    r["omegat_nostem_median"] = q([p[1] for p in sel], .5)
    r["omegat_adjusted_median"] = q([p[2] for p in sel], .5)
near = {name: round(sum(abs(p[i] - p[3]) <= 5 for p in pairs) / max(1, len(pairs)), 3)
        for i, name in ((0, "score"), (1, "no stem"), (2, "adjusted"))}
print(json.dumps({"run": label, "omegat matches": total, "pairs scored by both": len(pairs),
                  "share within 5 points of bitext": near,
                  "by omegat band": rows, "by bitext band": inv}))
