#!/usr/bin/env bash
# tm_compare.sh: the TM steps of bitext at several revisions and the work
# tree side by side, in one run, on the same data: tm import of tmgen's TMX
# (a fresh TM each run), then on that TM 982 fuzzy lookups, 982 exact
# lookups and a concordance of 100 terms (one `tm concordance --max 20` a
# term, process start included). Each round runs every binary in turn
# (A B C A B C ...), so that a busy machine slows them alike; the table
# gives the best wall and CPU (user+sys) time of the rounds and the peak
# memory.
#
#   testdata/bench/tm_compare.sh "REV..." [UNITS [RUNS]]
#
# REV are git revisions (e.g. "3f46774 main"), compared with the work tree
# ("new"). UNITS is the TM size (default 1000000: a 416 MB TMX made by
# tmgen). Work files go to $TMPDIR/bitext-tmcompare; the TMX is made once
# and kept (or linked from $TMPDIR/bitext-compare, compare.sh's).
set -euo pipefail
command -v bc >/dev/null || { echo "tm_compare.sh: needs bc (apt-get install bc)" >&2; exit 1; }
REVS=${1:?usage: tm_compare.sh "REV..." [UNITS [RUNS]]}
N=${2:-1000000}
RUNS=${3:-3}
root=$(pwd)
SHARED=${SHARED:-$root/../shared/data}
[ -d "$SHARED" ] || SHARED=$root/../../shared/data
W=${TMPDIR:-/tmp}/bitext-tmcompare
mkdir -p "$W"

names=()
for rev in $REVS; do
	name=$(git rev-parse --short "$rev")
	rm -rf "$W/src-$name"
	mkdir -p "$W/src-$name"
	git archive "$rev" | tar -x -C "$W/src-$name"
	(cd "$W/src-$name" && go build -o "$W/bitext-$name" ./cmd/bitext)
	rm -rf "$W/src-$name"
	names+=("$name")
done
go build -o "$W/bitext-new" ./cmd/bitext
names+=(new)
echo "revisions: $REVS ($(echo "${names[@]}")); new: work tree at $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + changes')"

old=${TMPDIR:-/tmp}/bitext-compare
if [ ! -s "$W/tm$N.tmx" ] && [ -s "$old/tm$N.tmx" ]; then
	ln -f "$old/tm$N.tmx" "$W/tm$N.tmx" 2>/dev/null || cp "$old/tm$N.tmx" "$W/tm$N.tmx"
	cp "$old/tm$N.q.tsv" "$W/tm$N.q.tsv"
fi
if [ ! -s "$W/tm$N.tmx" ]; then
	go run ./testdata/bench/tmgen -n "$N" -o "$W/tm$N.tmx" -queries "$W/tm$N.q.tsv" -data "$SHARED/align"
fi
cut -f1 "$W/tm$N.q.tsv" >"$W/q.txt"
cut -f2 "$W/tm$N.q.tsv" >"$W/e.txt"
nq=$(wc -l <"$W/q.txt") # 982 for tmgen -n 1000000, about 1,000 at any size
# Concordance terms, as BenchmarkConcordanceDB picks them: a query's
# longest word, or its second and third words, in turn; the first 100.
awk '{ n = split($0, w, /[^[:alpha:]]+/); k = 0
	for (i = 1; i <= n; i++) if (w[i] != "") ws[++k] = w[i]
	if (k < 3) next
	if (++terms > 100) exit
	if (NR % 2 == 1) { l = ws[1]; for (i = 2; i <= k; i++) if (length(ws[i]) > length(l)) l = ws[i]; print l }
	else print ws[2] " " ws[3] }' "$W/q.txt" >"$W/terms.txt"

# timed NAME WHICH CMD...: runs CMD with bitext-WHICH as $B, appends
# "NAME WHICH wall cpu rss_kb", tab-separated, to $W/times.
timed() {
	local name=$1 which=$2
	shift 2
	B=$W/bitext-$which /usr/bin/time -f "%e %U %S %M" -o "$W/t" bash -c "$*" >/dev/null 2>"$W/err" ||
		{ echo "$name ($which) failed:"; cat "$W/err"; exit 1; }
	read -r wall user sys kb <"$W/t"
	printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$which" "$wall" "$(echo "$user+$sys" | bc -l)" "$kb" >>"$W/times"
}

: >"$W/times"
for run in $(seq "$RUNS"); do
	echo "round $run: $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)"
	for which in "${names[@]}"; do
		db=$W/tm-$which.db
		rm -f "$db" "$db-wal" "$db-shm"
		timed "tm import ($N units)" "$which" '$B --db '"$db"' tm import '"$W/tm$N.tmx"
		timed "fuzzy lookup ($nq queries)" "$which" '$B --db '"$db"' tm lookup --src en --tgt hu --format jsonl --max 1 - <'"$W/q.txt"' >'"$W/q-$which.out"
		timed "exact lookup ($nq queries)" "$which" '$B --db '"$db"' tm lookup --src en --tgt hu --format jsonl --max 1 - <'"$W/e.txt"
		# --lang: the spelling every revision takes (later a hidden alias of --src).
		timed "concordance (100 terms)" "$which" 'while IFS= read -r t; do $B --db '"$db"' tm concordance --lang en --max 20 --format jsonl "$t"; done <'"$W/terms.txt"' >'"$W/c-$which.out"
	done
done
echo "done: $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)"
for f in "$W"/tm-*.db; do rm -f "$f" "$f-wal" "$f-shm"; done

echo "== outputs beside the work tree's"
for which in "${names[@]}"; do
	[ "$which" = new ] && continue
	for f in q c; do
		if cmp -s "$W/$f-$which.out" "$W/$f-new.out"; then s=identical; else s=different; fi
		echo "$which $f: $s ($(wc -l <"$W/$f-$which.out") lines, new $(wc -l <"$W/$f-new.out"))"
	done
done
echo "== best of $RUNS runs: wall s / cpu s / peak RSS MB"
awk -v order="${names[*]}" 'BEGIN { nw = split(order, ws, " ") }
	{ k = $1; key = k "|" $2
	if (!(key in wall) || $3 < wall[key]) wall[key] = $3
	if (!(key in cpu) || $4 < cpu[key]) cpu[key] = $4
	if ($5 > rss[key]) rss[key] = $5
	if (!(k in seen)) { seen[k] = 1; steps[++n] = k } }
	END { printf "%-28s", "step"; for (i = 1; i <= nw; i++) printf " %22s", ws[i]; printf "  cpu new/%s\n", ws[1]
	for (s = 1; s <= n; s++) { k = steps[s]; printf "%-28s", k
		for (i = 1; i <= nw; i++) { key = k "|" ws[i]; printf " %7.2f %6.2f %7.1f", wall[key], cpu[key], rss[key] / 1024 }
		printf "  %8.2f\n", cpu[k "|new"] / cpu[k "|" ws[1]] } }' FS='\t' "$W/times"
