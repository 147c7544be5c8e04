#!/bin/sh
# roundtrip.sh BIN PORT [DB]: every unit of a TM (an aligned article, with
# context hashes and scores, and a DGT-style TMX, with props and notes) is
# deleted through DELETE /api/v1/units/ID and put back with POST
# /api/v1/units/restore and the DELETE's "unit"; the TM's TMX export before
# and after must be the same bytes. DB is a SQLite file (default a new one
# under /tmp) or a postgres:// URL (given to --db; its TM must be empty).
# Prints the units, the export's cmp, and the median milliseconds of one
# delete and of one restore (curl's time_total).
set -eu
BIN=$1 PORT=$2
DB=${3:-$(mktemp -d)/tm.db}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
"$BIN" align --into --db "$DB" "$HERE/testdata/irgc-iraq.en.txt" "$HERE/testdata/irgc-iraq.fr.txt" >/dev/null
"$BIN" tm import --db "$DB" "$HERE/tm/testdata/dgt_style_da-01.tmx" >/dev/null
"$BIN" tm export --db "$DB" -o /tmp/pageundo-before.tmx
"$BIN" serve --db "$DB" --addr 127.0.0.1:"$PORT" 2>/tmp/pageundo-serve.log &
PID=$!
trap 'kill $PID' EXIT
until curl -sf http://127.0.0.1:"$PORT"/api/v1/health >/dev/null; do sleep 0.2; done
N=$(curl -sf http://127.0.0.1:"$PORT"/api/v1/stats | python3 -c 'import json,sys; print(json.load(sys.stdin)["units"])')
: >/tmp/pageundo-times
for id in $(seq 1 "$N"); do
	curl -s -o /tmp/pageundo-del.json -w '%{time_total} ' -X DELETE -H 'X-Bitext-CSRF: 1' http://127.0.0.1:"$PORT"/api/v1/units/"$id" >>/tmp/pageundo-times
	python3 -c 'import json,sys; json.dump(json.load(open("/tmp/pageundo-del.json"))["unit"], open("/tmp/pageundo-unit.json","w"))'
	curl -s -o /tmp/pageundo-res.json -w '%{time_total} %{http_code}\n' -X POST -H 'X-Bitext-CSRF: 1' -H 'Content-Type: application/json' \
		--data-binary @/tmp/pageundo-unit.json http://127.0.0.1:"$PORT"/api/v1/units/restore >>/tmp/pageundo-times
done
kill $PID; wait $PID 2>/dev/null || true; trap - EXIT
"$BIN" tm export --db "$DB" -o /tmp/pageundo-after.tmx
echo "units: $N; restores answered 200: $(grep -c ' 200$' /tmp/pageundo-times)"
cmp /tmp/pageundo-before.tmx /tmp/pageundo-after.tmx && echo "export before = after ($(wc -c </tmp/pageundo-after.tmx) bytes)"
python3 -c '
import statistics
d, r = [], []
for line in open("/tmp/pageundo-times"):
    a, b, _ = line.split()
    d.append(float(a) * 1000); r.append(float(b) * 1000)
print("median ms: delete %.2f, restore %.2f" % (statistics.median(d), statistics.median(r)))'
