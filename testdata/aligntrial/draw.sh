#!/bin/bash
# Rebuilds the aligntrial draw (testdata/README.md, "aligntrial/"): the documents from
# Debian's installed packages, as a user would make them, then `bitext align` on each
# pair and the draw of judged beads (per pair 20 scoring >= 0.8, 10 in 0.5-0.8, 10 under
# 0.5, among beads whose two sides differ, Python's random.seed(31)).
#   apt-get install maint-guide maint-guide-es maint-guide-ja debian-faq debian-faq-fr
#   (the man pages come with procps, dpkg and apt)
#   BITEXT=path/to/bitext testdata/aligntrial/draw.sh OUTDIR
set -euo pipefail
out=${1:?usage: draw.sh OUTDIR}
bitext=${BITEXT:-bitext}
mkdir -p "$out/man" "$out/out"
cd "$out"
export LANG=C.UTF-8 MANWIDTH=80
N=$'\u00a0'
chapters() { # file first-heading next-heading
	awk -v s="$2" -v e="$3" 'index($0,s)==1{on=1} index($0,e)==1{on=0} on' "$1"
}
zcat /usr/share/doc/maint-guide/maint-guide.en.txt.gz > mg.en.full
zcat /usr/share/doc/maint-guide-es/maint-guide.es.txt.gz > mg.es.full
zcat /usr/share/doc/maint-guide-ja/maint-guide.ja.txt.gz > mg.ja.full
zcat /usr/share/doc/debian/FAQ/debian-faq.en.txt.gz > faq.en.full
zcat /usr/share/doc/debian/FAQ/debian-faq.fr.txt.gz > faq.fr.full
chapters mg.en.full "Chapter${N}1." "Chapter${N}3." > mg12.en.txt
chapters mg.es.full "Capítulo 1. " "Capítulo 3. " > mg12.es.txt
chapters mg.ja.full "第1章" "第3章" > mg12.ja.txt
{ chapters faq.en.full "Chapter${N}1." "Chapter${N}2."; chapters faq.en.full "Chapter${N}3." "Chapter${N}4."; } > faq13.en.txt
{ chapters faq.fr.full "Chapitre${N}1." "Chapitre${N}2."; chapters faq.fr.full "Chapitre${N}3." "Chapitre${N}4."; } > faq13.fr.txt
render() { man -l --nh --nj "$1" 2>/dev/null | col -b > "$2"; }
for b in free pgrep watch kill uptime; do
	render /usr/share/man/man1/$b.1.gz man/$b.en.txt
	render /usr/share/man/uk/man1/$b.1.gz man/$b.uk.txt
done
for p in man1/dpkg-query.1 man8/apt-mark.8 man8/start-stop-daemon.8; do
	b=$(basename $p); b=${b%.*}
	render /usr/share/man/$p.gz man/$b.en.txt
	render /usr/share/man/de/$p.gz man/$b.de.txt
done
run() { "$bitext" align --format jsonl "$2" "$3" > "out/$1.jsonl" 2> "out/$1.review"; }
run mg-es mg12.en.txt mg12.es.txt
run mg-ja mg12.en.txt mg12.ja.txt
run faq-fr faq13.en.txt faq13.fr.txt
for b in free pgrep watch kill uptime; do run man-uk-$b man/$b.en.txt man/$b.uk.txt; done
for b in dpkg-query apt-mark start-stop-daemon; do run man-de-$b man/$b.en.txt man/$b.de.txt; done
# the pages of a pair one after the other, in name order
for l in uk de; do
	cat out/man-$l-*.jsonl > out/man-$l.jsonl
	cat out/man-$l-*.review > out/man-$l.review
done
python3 - <<'PY'
import json, random
for name in ["faq-fr", "mg-es", "mg-ja", "man-uk", "man-de"]:
    beads = [json.loads(l) for l in open(f"out/{name}.jsonl")]
    norm = lambda s: " ".join((s or "").split())
    cand = [b for b in beads if norm(b.get("src_text")) != norm(b.get("tgt_text"))]
    bands = {"hi": [b for b in cand if b["score"] >= 0.8],
             "mid": [b for b in cand if 0.5 <= b["score"] < 0.8],
             "lo": [b for b in cand if b["score"] < 0.5]}
    rnd = random.Random(31)
    for band, n in (("hi", 20), ("mid", 10), ("lo", 10)):
        pick = rnd.sample(bands[band], min(n, len(bands[band])))
        pick.sort(key=lambda b: (b.get("src_doc", ""), b["src"][:1] or [0], b["tgt"][:1] or [0]))
        for b in pick:
            print("\t".join([name, band, b["src_doc"].split("/")[-1], ",".join(map(str, b["src"])),
                             ",".join(map(str, b["tgt"])), "%.3f" % b["score"],
                             norm(b["src_text"]), norm(b["tgt_text"])]))
PY
