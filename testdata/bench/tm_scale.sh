#!/usr/bin/env bash
# tm_scale.sh: the translation memory at scale, and side by side with
# Translate Toolkit's SQLite TM. Run from the repository root:
#
#   testdata/bench/tm_scale.sh [UNITS] [TTK_UNITS]    (defaults 1000000, 2000)
#
# 1. tmgen writes a realistic UNITS-unit English-Hungarian TMX (bigram models
#    of real sentences, real length distribution, 20% near-duplicates) and
#    1000 perturbed queries (one word replaced, deleted or inserted, or a
#    number changed) with the unit each should find.
# 2. bitext imports it (time, memory, database size), answers the queries
#    (fuzzy: time per lookup, share with the right unit on top) and the
#    unperturbed sentences (exact, --max 1), and exports it as TMX.
# 3. Translate Toolkit's tmdb does the same import and lookups on the first
#    TTK_UNITS units (it cannot handle a million), and so does bitext.
# Results are JSON lines on stdout; work files go to $TMPDIR/bitext-tm-bench.
set -euo pipefail
command -v bc >/dev/null || { echo "tm_scale.sh: needs bc (apt-get install bc)" >&2; exit 1; }
N=${1:-1000000}
NT=${2:-2000}
W=${TMPDIR:-/tmp}/bitext-tm-bench
mkdir -p "$W"
SHARED=${SHARED:-../shared/data}
[ -d "$SHARED" ] || SHARED=../../shared/data # a worktree in a folder of worktrees
go build -o "$W/bitext" ./cmd/bitext
B="$W/bitext"
secs() { date +%s.%N; }
elapsed() { echo "$(secs) - $1" | bc; }

if [ ! -s "$W/tm$N.tmx" ]; then
	go run ./testdata/bench/tmgen -n "$N" -o "$W/tm$N.tmx" -queries "$W/tm$N.q.tsv" -data "$SHARED/align"
fi
cut -f1 "$W/tm$N.q.tsv" > "$W/q.txt"
cut -f2 "$W/tm$N.q.tsv" > "$W/e.txt"
nq=$(wc -l < "$W/q.txt")

rm -f "$W/tm.db" "$W/tm.db-wal" "$W/tm.db-shm"
/usr/bin/time -f '{"step":"import","units":'"$N"',"wall_s":%e,"user_s":%U,"sys_s":%S,"max_rss_kb":%M}' \
	"$B" --db "$W/tm.db" tm import "$W/tm$N.tmx" 2>&1 >/dev/null | grep '^{'
echo "{\"step\":\"size\",\"db_bytes\":$(stat -c %s "$W/tm.db"),\"tmx_bytes\":$(stat -c %s "$W/tm$N.tmx")}"

t=$(secs)
"$B" --db "$W/tm.db" tm lookup --src en --tgt hu --format jsonl --max 1 - < "$W/q.txt" > "$W/q.out"
ms=$(echo "($(elapsed "$t")) * 1000 / $nq" | bc -l)
acc=$(python3 testdata/bench/tm_eval.py "$W/tm$N.q.tsv" "$W/q.out")
echo "{\"step\":\"fuzzy lookup\",\"ms_per_query\":$(printf %.2f "$ms"),\"eval\":$acc}"

t=$(secs)
"$B" --db "$W/tm.db" tm lookup --src en --tgt hu --format jsonl --max 1 - < "$W/e.txt" > "$W/e.out"
ms=$(echo "($(elapsed "$t")) * 1000 / $nq" | bc -l)
exact=$(grep -c '"score":10[01]' "$W/e.out" || true)
echo "{\"step\":\"exact lookup\",\"ms_per_query\":$(printf %.3f "$ms"),\"exact_found\":$exact,\"queries\":$nq}"

t=$(secs)
"$B" --db "$W/tm.db" tm export -o "$W/export.tmx"
s=$(elapsed "$t")
echo "{\"step\":\"export\",\"seconds\":$s,\"units_per_s\":$(printf %.0f "$(echo "$N / $s" | bc -l)")}"

# Side by side with Translate Toolkit at a size it handles.
if /usr/bin/python3 -c 'from translate.storage import tmdb' 2>/dev/null; then
	"$B" --db "$W/tm.db" tm export --format tsv --src en --tgt hu -o "$W/pairs.tsv"
	head -n "$NT" "$W/pairs.tsv" > "$W/pairs$NT.tsv"
	/usr/bin/python3 testdata/bench/tm_ttk.py "$W/pairs$NT.tsv" "$W/tm$N.q.tsv" "$NT" 40 > "$W/ttk.json"
	cat "$W/ttk.json"
	# bitext on the same units and queries.
	python3 - "$W/pairs$NT.tsv" "$W/tm$N.q.tsv" > "$W/q$NT.tsv" <<'PY'
import sys
srcs = {l.split("\t")[0] for l in open(sys.argv[1], encoding="utf-8")}
qs = [l for l in open(sys.argv[2], encoding="utf-8") if l.rstrip("\n").split("\t")[1] in srcs][:40]
sys.stdout.write("".join(qs))
PY
	rm -f "$W/small.db"*
	t=$(secs)
	"$B" --db "$W/small.db" tm import --src en --tgt hu "$W/pairs$NT.tsv" 2>/dev/null
	imp=$(elapsed "$t")
	n2=$(wc -l < "$W/q$NT.tsv")
	cut -f1 "$W/q$NT.tsv" > "$W/q2.txt"
	t=$(secs)
	"$B" --db "$W/small.db" tm lookup --src en --tgt hu --format jsonl --max 1 - < "$W/q2.txt" > "$W/q2.out"
	ms=$(echo "($(elapsed "$t")) * 1000 / $n2" | bc -l)
	acc=$(python3 testdata/bench/tm_eval.py "$W/q$NT.tsv" "$W/q2.out")
	echo "{\"tool\":\"bitext\",\"units\":$NT,\"queries\":$n2,\"import_s\":$imp,\"fuzzy_ms\":$(printf %.2f "$ms"),\"eval\":$acc,\"db_bytes\":$(stat -c %s "$W/small.db")}"
else
	echo '{"step":"translate toolkit","skipped":"python3-translate not installed"}'
fi
