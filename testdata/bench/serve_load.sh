#!/usr/bin/env bash
# serve_load.sh: bitext serve under load. Run from the repository root:
#
#   testdata/bench/serve_load.sh [UNITS] [SECONDS] [STORE]
#
# (defaults 100000, 60, sqlite). STORE postgres puts the TM in a throwaway
# PostgreSQL cluster (testdata/postgres/cluster.sh, $W/pg, port 55435 or
# $BITEXT_PG_PORT); the server listens on $ADDR (default 127.0.0.1:18080).
#
# tmgen writes a UNITS-unit English-Hungarian TMX and its perturbed queries
# (as tm_scale.sh does); bitext imports it; bitext serve answers 16
# concurrent clients (testdata/bench/serveload) for SECONDS: fuzzy lookups,
# concordances (25%) and writes of new pairs (5%). Prints serveload's JSON
# line (requests/s, p50/p99 per kind, errors, "database is locked" answers)
# and the server's resident memory before, every 10 s during, and after the run.
set -euo pipefail
N=${1:-100000}
S=${2:-60}
STORE=${3:-sqlite}
ADDR=${ADDR:-127.0.0.1:18080}
W=${TMPDIR:-/tmp}/bitext-serve-bench
mkdir -p "$W"
SHARED=${SHARED:-../shared/data}
[ -d "$SHARED" ] || SHARED=../../shared/data # a worktree in a folder of worktrees
go build -o "$W/bitext" ./cmd/bitext
go build -o "$W/serveload" ./testdata/bench/serveload
if [ ! -s "$W/tm$N.tmx" ]; then
	go run ./testdata/bench/tmgen -n "$N" -o "$W/tm$N.tmx" -queries "$W/tm$N.q.tsv" -data "$SHARED/align"
fi
cut -f1 "$W/tm$N.q.tsv" > "$W/q.txt"
case $STORE in
sqlite)
	DB=$W/tm.db
	rm -f "$DB" "$DB-wal" "$DB-shm"
	stop_store() { :; }
	;;
postgres)
	export BITEXT_PG_PORT=${BITEXT_PG_PORT:-55435}
	testdata/postgres/cluster.sh stop "$W/pg"
	rm -rf "$W/pg"
	eval "$(testdata/postgres/cluster.sh start "$W/pg")"
	DB=$BITEXT_TEST_POSTGRES
	stop_store() { testdata/postgres/cluster.sh stop "$W/pg"; }
	;;
*)
	echo "serve_load.sh: STORE is sqlite or postgres, not $STORE" >&2; exit 2 ;;
esac
trap 'stop_store' EXIT
/usr/bin/time -f "{\"step\":\"import\",\"store\":\"$STORE\",\"wall_s\":%e}" "$W/bitext" --db "$DB" tm import "$W/tm$N.tmx" 2>&1 >/dev/null | tail -1
"$W/bitext" --db "$DB" serve --addr $ADDR 2>"$W/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null || true; stop_store' EXIT
for _ in $(seq 50); do grep -q serving "$W/serve.err" && break; sleep 0.1; done
# A server that did not start (the address in use) must not let serveload
# time whatever else answers there.
if ! kill -0 $pid 2>/dev/null || ! grep -q serving "$W/serve.err"; then
	cat "$W/serve.err" >&2
	echo "serve_load.sh: bitext serve did not start on $ADDR (set ADDR to a free address)" >&2
	exit 1
fi
rss() { awk '/VmRSS|VmHWM/ {sub(":", "", $1); printf "\"%s_kb\":%s,", $1, $2}' "/proc/$pid/status" | sed 's/,$//'; }
# Warm up (the first lookups read the index from disk), then measure.
"$W/serveload" -url http://$ADDR -queries "$W/q.txt" -duration 5s >/dev/null
echo "{\"step\":\"before\",\"units\":$N,\"store\":\"$STORE\",$(rss)}"
"$W/serveload" -url http://$ADDR -queries "$W/q.txt" -duration "${S}s" &
load=$!
for t in $(seq 10 10 $((S - 1))); do sleep 10; echo "{\"step\":\"during\",\"s\":$t,$(rss)}"; done
wait $load
echo "{\"step\":\"after\",$(rss)}"
kill -TERM $pid
wait $pid
echo "{\"step\":\"stopped\",\"exit\":$?}"
