#!/usr/bin/env bash
# compare.sh: bitext at two revisions side by side, in one run, on the same
# data: TM import, fuzzy and exact lookup and export at scale, alignment and
# segmentation. Each step runs the two binaries in turn (A B A B ...), so that
# a busy machine slows both alike; the table gives the best wall and CPU
# (user+sys) time of the runs and the peak memory.
#
#   testdata/bench/compare.sh [BASE [UNITS [RUNS]]]
#
# BASE is a git revision (default: HEAD~1), compared with the work tree.
# UNITS is the TM size (default 1000000: a 416 MB TMX made by tmgen).
# Work files go to $TMPDIR/bitext-compare; the TMX is made once and kept.
set -euo pipefail
command -v bc >/dev/null || { echo "compare.sh: needs bc (apt-get install bc)" >&2; exit 1; }
BASE=${1:-HEAD~1}
N=${2:-1000000}
RUNS=${3:-3}
root=$(pwd)
SHARED=${SHARED:-$root/../shared/data}
[ -d "$SHARED" ] || SHARED=$root/../../shared/data
W=${TMPDIR:-/tmp}/bitext-compare
mkdir -p "$W"

# The two binaries: BASE from a clean export of that revision, NEW from the
# work tree.
rm -rf "$W/base-src"
mkdir -p "$W/base-src"
git archive "$BASE" | tar -x -C "$W/base-src"
(cd "$W/base-src" && go build -o "$W/bitext-base" ./cmd/bitext)
go build -o "$W/bitext-new" ./cmd/bitext
echo "base: $(git rev-parse --short "$BASE")  new: work tree at $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + changes')"

if [ ! -s "$W/tm$N.tmx" ]; then
	go run ./testdata/bench/tmgen -n "$N" -o "$W/tm$N.tmx" -queries "$W/tm$N.q.tsv" -data "$SHARED/align"
fi
cut -f1 "$W/tm$N.q.tsv" >"$W/q.txt"
cut -f2 "$W/tm$N.q.tsv" >"$W/e.txt"
nq=$(wc -l <"$W/q.txt") # 982 for tmgen -n 1000000, about 1,000 at any size
if [ ! -s "$W/en-5MB.txt" ]; then
	python3 testdata/bench/segment_corpus.py "$SHARED" 5000000 "$W/en-5MB.txt"
fi
tb=$SHARED/align/textberg_dev_de-fr

# timed NAME WHICH CMD...: runs CMD with bitext-WHICH as $B, appends
# "NAME WHICH wall cpu rss_kb" to $W/times.
timed() {
	local name=$1 which=$2
	shift 2
	B=$W/bitext-$which /usr/bin/time -f "%e %U %S %M" -o "$W/t" bash -c "$*" >/dev/null 2>"$W/err" ||
		{ echo "$name ($which) failed:"; cat "$W/err"; exit 1; }
	read -r wall user sys kb <"$W/t"
	echo "$name $which $wall $(echo "$user+$sys" | bc -l) $kb" >>"$W/times"
}

: >"$W/times"
for run in $(seq "$RUNS"); do
	for which in base new; do
		db=$W/tm-$which.db
		if [ "$run" = 1 ]; then # the big import once per binary
			rm -f "$db" "$db-wal" "$db-shm"
			timed "tm import ($N units)" $which '$B --db '"$db"' tm import '"$W/tm$N.tmx"
		fi
		timed "fuzzy lookup ($nq queries)" $which '$B --db '"$db"' tm lookup --src en --tgt hu --format jsonl --max 1 - <'"$W/q.txt"' >'"$W/q-$which.out"
		timed "exact lookup ($nq queries)" $which '$B --db '"$db"' tm lookup --src en --tgt hu --format jsonl --max 1 - <'"$W/e.txt"
		timed "tm export (TMX)" $which '$B --db '"$db"' tm export -o '"$W/export-$which.tmx"
		timed "align Text+Berg de-fr" $which '$B align --presegmented --format jsonl --src-lang de --tgt-lang fr '"$tb/src.txt $tb/tgt.txt"' >'"$W/align-$which.jsonl"
		timed "segment 5 MB English" $which '$B segment --lang en '"$W/en-5MB.txt"' >'"$W/seg-$which.txt"
	done
done

echo "== same results?"
for f in q align seg; do
	if cmp -s "$W/$f-base."* "$W/$f-new."* 2>/dev/null; then echo "$f: identical"; else echo "$f: DIFFERENT"; fi
done
echo "== best of $RUNS runs (import: one run); wall s, cpu s, peak RSS MB"
awk '{k=$1; for (i=2; i<NF-3; i++) k=k" "$i; w=$(NF-3); key=k"|"w
	if (!(key in wall) || $(NF-2) < wall[key]) wall[key]=$(NF-2)
	if (!(key in cpu) || $(NF-1) < cpu[key]) cpu[key]=$(NF-1)
	if ($NF > rss[key]) rss[key]=$NF
	if (!(k in seen)) { seen[k]=1; order[++n]=k } }
	END { printf "%-30s %22s %22s %8s\n", "step", "base wall/cpu/MB", "new wall/cpu/MB", "cpu new/base"
	for (i=1; i<=n; i++) { k=order[i]; b=k"|base"; x=k"|new"
		printf "%-30s %7.2f %6.2f %7.1f %7.2f %6.2f %7.1f %8.2f\n", k, wall[b], cpu[b], rss[b]/1024, wall[x], cpu[x], rss[x]/1024, cpu[x]/cpu[b] } }' "$W/times"
