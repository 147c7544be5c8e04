#!/usr/bin/env bash
# Batch speed on small documents (issue 14): 100 news-sized pairs, the seed
# article (testdata/irgc-iraq.en.seg.txt, one sentence a line, blank lines
# between paragraphs) against its five versions, 20 times each, as 100
# distinct files. Timed side by side, interleaved, RUNS rounds (default 5):
#
#   bitext align --batch --presegmented m.tsv    (one process)
#   bitext align --batch --presegmented --no-learn m.tsv
#   bitext align --presegmented SRC TGT          (once a pair: 100 processes)
#   bitext segment --lang en </dev/null          (100 processes: start-up alone;
#                                                 not --version, which hashes
#                                                 the binary for its sha256 line)
#   hunalign null.dic SRC TGT                    (once a pair: 100 processes;
#                                                 blank lines given as its "<p>")
#   hunalign -realign null.dic SRC TGT           (its learned-dictionary pass)
#
# and the same for 100 distinct pairs (hunalign's Steinbeck novel, hu-en, cut
# at its gold beads into pieces of 20 beads, one sentence a line; NOVEL=0
# skips it), so that a batch is also timed on documents that do not repeat,
# with cpu = user+system and peak RSS from /usr/bin/time -v; the table shows
# the median and best (least cpu) round, the range, the median peak RSS and
# the load average before the first round. On a shared machine compare cpu,
# not wall. hunalign is built from ../shared/peers/hunalign (g++, make) into
# a temporary folder unless HUNALIGN names a binary. BASE=<git rev> also
# times a bitext built from that revision (e.g. BASE=main) and checks that
# its batch output is byte-identical.
#
# Run from the repository root: bash testdata/bench/align_batch.sh
set -euo pipefail
root=$(pwd)
runs=${RUNS:-5}
peers=$root/../shared/peers
[ -d "$peers" ] || peers=$root/../../shared/peers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/bitext" ./cmd/bitext
bins=(new)
declare -A bin=([new]=$work/bitext)
if [ -n "${BASE:-}" ]; then
	mkdir "$work/base"
	git archive "$BASE" | tar -x -C "$work/base"
	(cd "$work/base" && go build -o "$work/bitext.base" ./cmd/bitext)
	bins=(base new)
	bin[base]=$work/bitext.base
fi
H=${HUNALIGN:-}
if [ -z "$H" ]; then
	# Built in a folder of its own: $work/hunalign is the file measure writes
	# hunalign's timings to.
	. "$root/testdata/bench/hunalign_build.sh"
	H=$(build_hunalign align_batch.sh "$peers" "$work") || { echo "align_batch.sh: or set HUNALIGN=/bin/true to leave it out" >&2; exit 1; }
fi
: >"$work/null.dic"
# hunalign appends its log to translate.txt in the folder it runs in: it
# runs in one of $work's, not in the repository (so HUNALIGN, if relative,
# is made absolute first).
case $H in
*/*) H=$(cd "$(dirname "$H")" && pwd)/$(basename "$H") ;;
esac
mkdir "$work/hrun"

# The 100 pairs.
mkdir "$work/p" "$work/h"
: >"$work/m.tsv"
k=0
for _ in $(seq 20); do
	for l in fr de fa ar en2; do
		k=$((k + 1))
		n=$(printf '%03d' $k)
		cp testdata/irgc-iraq.en.seg.txt "$work/p/$n.en.txt"
		cp "testdata/irgc-iraq.$l.seg.txt" "$work/p/$n.$l.txt"
		printf '%s\t%s\ten\t%s\n' "p/$n.en.txt" "p/$n.$l.txt" "${l%2}" >>"$work/m.tsv"
		sed 's/^[[:space:]]*$/<p>/' "$work/p/$n.en.txt" >"$work/h/$n.en.txt"
		sed 's/^[[:space:]]*$/<p>/' "$work/p/$n.$l.txt" >"$work/h/$n.$l.txt"
	done
done

# 100 distinct pairs: Steinbeck hu-en cut at every 20th gold bead.
novel=${NOVEL:-1}
stein=$peers/../data/align/hunalign_steinbeck_hu-en
[ -d "$stein" ] || novel=0
if [ "$novel" = 1 ]; then
	mkdir "$work/s"
	python3 - "$stein" "$work/s" <<'PY'
import json, sys
d, out = sys.argv[1], sys.argv[2]
src = open(d + "/src.txt", encoding="utf-8").read().split("\n")
tgt = open(d + "/tgt.txt", encoding="utf-8").read().split("\n")
beads = []
for line in open(d + "/gold.txt", encoding="utf-8"):
    a, b = line.strip().split(":")
    beads.append((json.loads(a), json.loads(b)))
s0 = t0 = 0
man = open(out + "/m.tsv", "w")
for k in range(100):
    chunk = beads[20 * k:20 * (k + 1)]
    s1 = max([max(a) + 1 for a, _ in chunk if a] + [s0])
    t1 = max([max(b) + 1 for _, b in chunk if b] + [t0])
    open("%s/%03d.hu.txt" % (out, k), "w", encoding="utf-8").write("\n".join(src[s0:s1]) + "\n")
    open("%s/%03d.en.txt" % (out, k), "w", encoding="utf-8").write("\n".join(tgt[t0:t1]) + "\n")
    man.write("%03d.hu.txt\t%03d.en.txt\thu\ten\n" % (k, k))
    s0, t0 = s1, t1
PY
	{
		echo "cd \"$work/hrun\""
		cut -f1,2 "$work/s/m.tsv" | while IFS=$'\t' read -r s t; do
			echo "\"$H\" \$HFLAGS \"$work/null.dic\" \"$work/s/$s\" \"$work/s/$t\" >/dev/null 2>&1"
		done
	} >"$work/hunalign_novel.sh"
fi

# The per-pair loops, as scripts so that /usr/bin/time sees their children.
cut -f1,2,4 "$work/m.tsv" | while IFS=$'\t' read -r s t tl; do
	echo "\"\$B\" align --presegmented --src-lang en --tgt-lang $tl \"$work/$s\" \"$work/$t\" >/dev/null 2>&1"
done >"$work/single.sh"
for _ in $(seq 100); do echo '"$B" segment --lang en </dev/null >/dev/null'; done >"$work/version.sh"
{
	echo "cd \"$work/hrun\""
	cut -f1,2 "$work/m.tsv" | while IFS=$'\t' read -r s t; do
		echo "\"$H\" \$HFLAGS \"$work/null.dic\" \"$work/h/${s#p/}\" \"$work/h/${t#p/}\" >/dev/null 2>&1"
	done
} >"$work/hunalign.sh"
# The timed loops hide hunalign's output: check once that it runs, so that a
# broken binary does not time as a fast one.
if ! (cd "$work/hrun" && "$H" "$work/null.dic" "$work/h/001.en.txt" "$work/h/001.fr.txt") >/dev/null 2>"$work/h.err"; then
	cat "$work/h.err" >&2
	echo "align_batch.sh: $H fails on $work/h/001.en.txt (set HUNALIGN=/bin/true to leave hunalign out)" >&2
	exit 1
fi

# measure NAME CMD...: one timed run, appended to $work/NAME as "cpu rss wall".
measure() {
	local name=$1
	shift
	/usr/bin/time -v -o "$work/tv" "$@"
	awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
		/Elapsed \(wall/ {n=split($2, a, ":"); w=(n==3 ? a[1]*3600+a[2]*60+a[3] : a[1]*60+a[2])}
		END {printf "%.3f %.1f %.2f\n", u+s, m/1024, w}' "$work/tv" >>"$work/$name"
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq "$runs"); do
	for b in "${bins[@]}"; do
		B=${bin[$b]}
		measure "$b.batch" "$B" align --batch --presegmented "$work/m.tsv" >"$work/$b.batch.out" 2>"$work/$b.batch.err"
		measure "$b.nolearn" "$B" align --batch --presegmented --no-learn "$work/m.tsv" >"$work/$b.nolearn.out" 2>/dev/null
		B=$B measure "$b.single" bash "$work/single.sh"
		B=$B measure "$b.version" bash "$work/version.sh"
		if [ "$novel" = 1 ]; then
			measure "$b.novel" "$B" align --batch --presegmented "$work/s/m.tsv" >"$work/$b.novel.out" 2>/dev/null
		fi
	done
	HFLAGS= measure hunalign bash "$work/hunalign.sh"
	HFLAGS=-realign measure hunalign_realign bash "$work/hunalign.sh"
	if [ "$novel" = 1 ]; then
		HFLAGS= measure hunalign_novel bash "$work/hunalign_novel.sh"
	fi
	printf 'round %d of %d done\n' "$r" "$runs" >&2
done

row() { # row LABEL FILE
	local rss
	rss=$(sort -n -k2 "$work/$2" | awk '{r[NR]=$2} END {print r[int((NR+1)/2)]}')
	sort -n "$work/$2" | awk -v label="$1" -v rss="$rss" '
		NR == 1 {bc=$1; bw=$3} {c[NR]=$1}
		END {m=c[int((NR+1)/2)]; printf "| %s | %.2f s | %.2f s (%.2f-%.2f) | %.1f ms | %.0f MB | %.1f s |\n", label, m, bc, c[1], c[NR], m*10, rss, bw}'
}
echo "load average before the first round: $load"
echo "100 news-size pairs (seed x its 5 versions x 20), $runs rounds, cpu = user+sys:"
echo
echo "| run | cpu, median | cpu, best (range) | cpu a pair (median) | peak RSS (median) | wall (best round) |"
echo "|---|---|---|---|---|---|"
for b in "${bins[@]}"; do
	row "bitext $b: align --batch" "$b.batch"
	row "bitext $b: align --batch --no-learn" "$b.nolearn"
	row "bitext $b: align once a pair (100 processes)" "$b.single"
	row "bitext $b: start-up, segment of nothing (100 processes)" "$b.version"
done
row "hunalign once a pair (100 processes)" hunalign
row "hunalign -realign once a pair (100 processes)" hunalign_realign
if [ "$novel" = 1 ]; then
	echo
	echo "100 distinct pairs (Steinbeck hu-en, 20 gold beads each; $(cat "$work"/s/*.hu.txt | wc -l) x $(cat "$work"/s/*.en.txt | wc -l) sentences):"
	echo
	echo "| run | cpu, median | cpu, best (range) | cpu a pair (median) | peak RSS (median) | wall (best round) |"
	echo "|---|---|---|---|---|---|"
	for b in "${bins[@]}"; do
		row "bitext $b: align --batch" "$b.novel"
	done
	row "hunalign once a pair (100 processes)" hunalign_novel
fi
if [ -n "${BASE:-}" ]; then
	outs=(batch nolearn)
	[ "$novel" = 1 ] && outs+=(novel)
	for o in "${outs[@]}"; do
		if cmp -s "$work/base.$o.out" "$work/new.$o.out"; then
			echo "$o: output identical to $BASE"
		else
			echo "$o: OUTPUT DIFFERS from $BASE"
		fi
	done
fi
