#!/usr/bin/env bash
# stores.sh: the TM on SQLite and on PostgreSQL side by side, in one run, with
# the same binary and data: import, fuzzy and exact lookup, export, size.
#
#   testdata/bench/stores.sh [UNITS [RUNS]]
#   STORES=postgres testdata/bench/stores.sh 10000000 2   # one store only
#
# UNITS is the TM size (default 1000000: a 416 MB TMX made by tmgen, as in
# compare.sh). PostgreSQL runs in a throwaway cluster started by
# testdata/postgres/cluster.sh in $TMPDIR/bitext-stores-pg on port 55434 (or
# $BITEXT_PG_PORT), on
# this machine (loopback). Wall time is what a user waits; "cpu" is bitext's
# own user+sys, so for PostgreSQL the server's share comes on top (shown as
# server cpu, read from the cluster's processes).
set -euo pipefail
command -v bc >/dev/null || { echo "stores.sh: needs bc (apt-get install bc)" >&2; exit 1; }
N=${1:-1000000}
RUNS=${2:-3}
STORES=${STORES:-sqlite postgres}
root=$(pwd)
SHARED=${SHARED:-$root/../shared/data}
[ -d "$SHARED" ] || SHARED=$root/../../shared/data
W=${TMPDIR:-/tmp}/bitext-compare
mkdir -p "$W"
go build -o "$W/bitext-stores" ./cmd/bitext
B=$W/bitext-stores
if [ ! -s "$W/tm$N.tmx" ]; then
	go run ./testdata/bench/tmgen -n "$N" -o "$W/tm$N.tmx" -queries "$W/tm$N.q.tsv" -data "$SHARED/align"
fi
cut -f1 "$W/tm$N.q.tsv" >"$W/q.txt"
cut -f2 "$W/tm$N.q.tsv" >"$W/e.txt"
nq=$(wc -l <"$W/q.txt") # 982 for tmgen -n 1000000, about 1,000 at any size

pgdir=${TMPDIR:-/tmp}/bitext-stores-pg
export BITEXT_PG_PORT=${BITEXT_PG_PORT:-55434}
testdata/postgres/cluster.sh stop "$pgdir"
rm -rf "$pgdir"
eval "$(testdata/postgres/cluster.sh start "$pgdir")"
trap 'testdata/postgres/cluster.sh stop "$pgdir"' EXIT
PG=$BITEXT_TEST_POSTGRES
SQ=$W/tm-stores.db
rm -f "$SQ" "$SQ-wal" "$SQ-shm"

# server_cpu prints the CPU seconds (user+sys) of the cluster's processes so
# far, from /proc (clock ticks).
server_cpu() {
	local pid ticks=0 hz
	hz=$(getconf CLK_TCK)
	for pid in $(pgrep -f "postgres.*$pgdir" || true) $(pgrep -P "$(head -1 "$pgdir/postmaster.pid")" || true); do
		[ -r /proc/$pid/stat ] || continue
		ticks=$((ticks + $(awk '{print $14+$15+$16+$17}' /proc/$pid/stat)))
	done
	echo "scale=2; $ticks/$hz" | bc -l
}

# timed NAME STORE CMD...: runs CMD with $DB the store's location, appends
# "NAME STORE wall cpu rss_kb server_cpu" to $W/stores-times.
timed() {
	local name=$1 which=$2 before after
	shift 2
	local db=$SQ
	[ "$which" = postgres ] && db=$PG
	before=$(server_cpu)
	DB=$db B=$B /usr/bin/time -f "%e %U %S %M" -o "$W/t" bash -c "$*" >/dev/null 2>"$W/err" ||
		{ echo "$name ($which) failed:"; cat "$W/err"; exit 1; }
	after=$(server_cpu)
	read -r wall user sys kb <"$W/t"
	printf '%s\t%s\t%s %s %s %s\n' "$name" "$which" "$wall" "$(echo "$user+$sys" | bc -l)" "$kb" "$(echo "$after-$before" | bc -l)" >>"$W/stores-times"
}

: >"$W/stores-times"
for which in $STORES; do
	timed "tm import ($N units)" $which '$B --db "$DB" tm import '"$W/tm$N.tmx"
done
for run in $(seq "$RUNS"); do
	for which in $STORES; do
		timed "fuzzy lookup ($nq queries)" $which '$B --db "$DB" tm lookup --src en --tgt hu --format jsonl --max 1 - <'"$W/q.txt"' >'"$W/stores-q-$which.out"
		timed "exact lookup ($nq queries)" $which '$B --db "$DB" tm lookup --src en --tgt hu --format jsonl --max 1 - <'"$W/e.txt"
		timed "tm export (TMX)" $which '$B --db "$DB" tm export -o '"$W/stores-export-$which.tmx"
	done
done
if [ "$STORES" = "sqlite postgres" ]; then
	echo "== same results?"
	if cmp -s "$W/stores-q-sqlite.out" "$W/stores-q-postgres.out"; then echo "fuzzy lookups: identical"; else echo "fuzzy lookups: DIFFERENT"; fi
	# tmgen's units have no creationdate, so each import stamps its own time
	# (tm/doc.go): the two exports differ in those dates and nothing else.
	nodate() { sed 's/ creationdate="[0-9TZ]*"//' "$1"; }
	if cmp -s <(nodate "$W/stores-export-sqlite.tmx") <(nodate "$W/stores-export-postgres.tmx"); then
		echo "export: identical but for creationdate (each import's time)"
	else
		echo "export: DIFFERENT"
	fi
fi
echo "== sizes"
case $STORES in *sqlite*) echo "sqlite: $(du -cm "$SQ"* | tail -1 | cut -f1) MB" ;; esac
case $STORES in *postgres*) echo "postgres: $($B --db "$PG" tm stats | awk -F'\t' '$1=="bytes"{print int($2/1048576)}') MB (tables and indexes)" ;; esac
echo "== best of $RUNS runs (import: one run); wall s, bitext cpu s, bitext peak RSS MB, server cpu s"
awk -F'\t' '{k=$1; w=$2; split($3,v," "); key=k"|"w
	if (!(key in wall) || v[1] < wall[key]) { wall[key]=v[1]; cpu[key]=v[2]; scpu[key]=v[4] }
	if (v[3] > rss[key]) rss[key]=v[3]
	if (!(k in seen)) { seen[k]=1; order[++n]=k } }
	END { printf "%-30s %24s %30s %10s\n", "step", "sqlite wall/cpu/MB", "postgres wall/cpu/MB/server", "wall pg/sq"
	for (i=1; i<=n; i++) { k=order[i]; s=k"|sqlite"; p=k"|postgres"
		printf "%-30s %8.2f %6.2f %7.1f %8.2f %6.2f %7.1f %6.2f %10.2f\n", k, wall[s], cpu[s], rss[s]/1024, wall[p], cpu[p], rss[p]/1024, scpu[p], (wall[s] > 0 ? wall[p]/wall[s] : 0) } }' "$W/stores-times"
