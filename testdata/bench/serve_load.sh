#!/usr/bin/env bash
# serve_load.sh: bitext serve under load. Run from the repository root:
#
#   testdata/bench/serve_load.sh [UNITS] [SECONDS]    (defaults 100000, 60)
#
# tmgen writes a UNITS-unit English-Hungarian TMX and its perturbed queries
# (as tm_scale.sh does); bitext imports it; bitext serve answers 16
# concurrent clients (testdata/bench/serveload) for SECONDS: fuzzy lookups,
# concordances (25%) and writes of new pairs (5%). Prints serveload's JSON
# line (requests/s, p50/p99 per kind, errors, "database is locked" answers)
# and the server's resident memory before and after the run.
set -euo pipefail
N=${1:-100000}
S=${2:-60}
W=${TMPDIR:-/tmp}/bitext-serve-bench
mkdir -p "$W"
SHARED=${SHARED:-../shared/data}
go build -o "$W/bitext" ./cmd/bitext
go build -o "$W/serveload" ./testdata/bench/serveload
if [ ! -s "$W/tm$N.tmx" ]; then
	go run ./testdata/bench/tmgen -n "$N" -o "$W/tm$N.tmx" -queries "$W/tm$N.q.tsv" -data "$SHARED/align"
fi
cut -f1 "$W/tm$N.q.tsv" > "$W/q.txt"
rm -f "$W/tm.db" "$W/tm.db-wal" "$W/tm.db-shm"
"$W/bitext" --db "$W/tm.db" tm import "$W/tm$N.tmx" >/dev/null 2>&1
"$W/bitext" --db "$W/tm.db" serve --addr 127.0.0.1:18080 2>"$W/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q serving "$W/serve.err" && break; sleep 0.1; done
rss() { awk '/VmRSS|VmHWM/ {sub(":", "", $1); printf "\"%s_kb\":%s,", $1, $2}' "/proc/$pid/status" | sed 's/,$//'; }
# Warm up (the first lookups read the index from disk), then measure.
"$W/serveload" -url http://127.0.0.1:18080 -queries "$W/q.txt" -duration 5s >/dev/null
echo "{\"step\":\"before\",\"units\":$N,$(rss)}"
"$W/serveload" -url http://127.0.0.1:18080 -queries "$W/q.txt" -duration "${S}s"
echo "{\"step\":\"after\",$(rss)}"
kill -TERM $pid
wait $pid
echo "{\"step\":\"stopped\",\"exit\":$?}"
