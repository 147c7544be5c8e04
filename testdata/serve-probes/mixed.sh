#!/bin/bash
# mixed.sh OLDBIN NEWBIN SCHEMA: an old and a new server on one PostgreSQL schema ($BITEXT_TEST_POSTGRES,
# ports 18411 and 18412). See BENCHMARKS.md, branch srv42.
set -u
mkdir -p /tmp/srv42
OLD=$1 NEW=$2 S=$3
U=$BITEXT_TEST_POSTGRES; DB="$U&search_path=$S"
cd "$(dirname "$0")/../.."
W=/tmp/srv42/mixed-$S; rm -rf $W; mkdir -p $W; export HOME=$W XDG_DATA_HOME=$W/data
psql "${U%%\?*}" -qc "DROP SCHEMA IF EXISTS $S CASCADE; CREATE SCHEMA $S" 2>/dev/null
$OLD tm import --db "$DB" testdata/serve-probes/rich.tmx 2>&1 | tail -1
$OLD serve --db "$DB" --addr 127.0.0.1:18411 2> $W/old.err & OP=$!
sleep 1
$NEW serve --db "$DB" --addr 127.0.0.1:18412 2> $W/new.err & NP=$!
sleep 1.5
echo "schema: $(psql "${U%%\?*}" -Atc "select max(version) from $S.bitext_migrations")"
echo "old health $(curl -s http://127.0.0.1:18411/api/v1/health 2>&1)  new health $(curl -s http://127.0.0.1:18412/api/v1/health)"
# writes through the old server after the new one migrated
curl -s -X PUT -H 'Content-Type: application/json' http://127.0.0.1:18411/tmserver/en/fr/unit/Old%20server%20unit. -d '{"target":"Unité du vieux serveur."}'; echo
printf 'A line through the old server.\tUne ligne par le vieux serveur.\n' > $W/olddoc.tsv
curl -s -F file=@$W/olddoc.tsv "http://127.0.0.1:18411/api/v1/import?src=en&tgt=fr" ; echo
curl -s http://127.0.0.1:18411/api/v1/units -d '{"src":"en","tgt":"fr","pairs":[{"source":"Posted to old.","target":"Posté au vieux."}]}'; echo
# the new server sees them
curl -s "http://127.0.0.1:18412/api/v1/lookup?src=en&tgt=fr&q=Old%20server%20unit." | cut -c1-200; echo
curl -s "http://127.0.0.1:18412/api/v1/documents" | cut -c1-600; echo
# writes through the new server, read by the old
curl -s http://127.0.0.1:18412/api/v1/units -d '{"src":"en","tgt":"fr","pairs":[{"source":"Posted to new.","target":"Posté au nouveau."}]}'; echo
curl -s "http://127.0.0.1:18411/api/v1/lookup?src=en&tgt=fr&q=Posted%20to%20new." | cut -c1-200; echo
curl -s "http://127.0.0.1:18411/api/v1/documents" | cut -c1-600; echo
curl -s "http://127.0.0.1:18411/api/v1/stats"; echo
curl -s "http://127.0.0.1:18412/api/v1/stats"; echo
python3 testdata/serve-probes/openapi_walk.py 127.0.0.1 18411 > $W/walk-old.out 2>&1; echo "old walk: $(tail -1 $W/walk-old.out)"
python3 testdata/serve-probes/openapi_walk.py 127.0.0.1 18412 > $W/walk-new.out 2>&1; echo "new walk: $(tail -1 $W/walk-new.out)"
kill -TERM $OP $NP; wait $OP; echo "old exit $?"; wait $NP; echo "new exit $?"
echo "--- old log 5xx:"; grep ' 5[0-9][0-9] ' $W/old.err | head; grep -v ' [2-4][0-9][0-9] ' $W/old.err | head
echo "--- new log 5xx:"; grep ' 5[0-9][0-9] ' $W/new.err | head; grep -v ' [2-4][0-9][0-9] ' $W/new.err | head
echo "--- old restarts:"; timeout 5 $OLD serve --db "$DB" --addr 127.0.0.1:18411; echo "exit $?"
