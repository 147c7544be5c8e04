#!/usr/bin/env bash
# docs_page.sh: a page of the Documents tab and of a document's units on a
# TM of many documents. Run from the repository root after tm_scale.sh
# (which writes tmgen's TMX):
#
#   testdata/bench/docs_page.sh [UNITS] [DOCS] [DB]   (defaults 1000000, 1000, a new file)
#
# Cuts tmgen's UNITS-unit TMX into DOCS files (news0000.tmx, ...), imports
# them into a new SQLite TM (or DB, a postgres:// URL, when given: then
# with tm copy from the SQLite TM), serves it, and prints the time of each
# request, three times each. Work files go to $TMPDIR/bitext-tm-bench.
set -euo pipefail
N=${1:-1000000}
D=${2:-1000}
W=${TMPDIR:-/tmp}/bitext-tm-bench
B="$W/bitext"
go build -o "$B" ./cmd/bitext
[ -s "$W/tm$N.tmx" ] || { echo "docs_page.sh: no $W/tm$N.tmx: run testdata/bench/tm_scale.sh $N first" >&2; exit 1; }
mkdir -p "$W/docs$N"
if [ ! -s "$W/docs$N/news0000.tmx" ]; then
	python3 - "$W/tm$N.tmx" "$D" "$W/docs$N" <<'PY'
import sys
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
head, rest = open(src, encoding="utf-8").read().split("<body>\n", 1)
tus = rest.rsplit("</body>", 1)[0].split("    <tu ")[1:]
per = (len(tus) + n - 1) // n
for d in range(n):
    with open(f"{out}/news{d:04d}.tmx", "w", encoding="utf-8") as f:
        f.write(head + "<body>\n" + "".join("    <tu " + t for t in tus[d * per:(d + 1) * per]) + "  </body>\n</tmx>\n")
PY
fi
DB=$W/docs$N.db
if [ ! -s "$DB" ]; then
	"$B" --db "$DB" tm import "$W/docs$N"/news*.tmx 2>/dev/null
fi
if [ -n "${3:-}" ]; then
	"$B" tm copy --from "$DB" --to "$3" 2>/dev/null
	DB=$3
fi
P=18999
"$B" --db "$DB" serve --addr 127.0.0.1:$P 2>/dev/null &
pid=$!
trap 'kill $pid' EXIT
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$P/api/v1/documents?limit=1" && break; sleep 0.2; done
last=$(printf 'news%04d.tmx' $((D - 1)))
for q in "documents?limit=50" "documents?limit=50&offset=$((D - 50))" "documents?limit=50&q=news09" \
	"units?doc=news0000.tmx&limit=50" "units?doc=$last&limit=50&offset=$((N / D - 50))"; do
	printf '%s' "$q"
	for _ in 1 2 3; do curl -s -o /dev/null -w ' %{http_code} %{time_total}s' "http://127.0.0.1:$P/api/v1/$q"; done
	echo
done
