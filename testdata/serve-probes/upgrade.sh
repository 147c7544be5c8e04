#!/bin/bash
# upgrade.sh OLDBIN NEWBIN DB PORT: a TM written by OLDBIN, served by NEWBIN (DB a SQLite path or a
# postgres:// URL with search_path=SCHEMA, the schema made first). See BENCHMARKS.md, branch srv42.
set -u
mkdir -p /tmp/srv42
OLD=$1 NEW=$2 DB=$3 PORT=$4
R=$(cd "$(dirname "$0")/../.." && pwd)
cd "$R"
W=/tmp/srv42/work-$(basename $OLD)-$PORT; rm -rf $W; mkdir -p $W
export HOME=$W XDG_DATA_HOME=$W/data
$OLD tm import --db "$DB" testdata/serve-probes/rich.tmx 2>&1 | sed 's/^/old: /'
$OLD align testdata/irgc-iraq.en.txt testdata/irgc-iraq.fr.txt --into --db "$DB" >/dev/null 2>$W/align.err; tail -1 $W/align.err | sed 's/^/old: /'
$OLD names add --db "$DB" "Qassem Soleimani" "Qasim Soleimani" "Ghasem Soleimani" --kind person 2>&1 | sed 's/^/old: /'
$OLD tm export --db "$DB" > $W/old.tmx 2>/dev/null; $OLD names export --db "$DB" > $W/old.gloss 2>/dev/null
echo "old export $(wc -c < $W/old.tmx) bytes, glossary $(wc -l < $W/old.gloss) lines"
$NEW serve --db "$DB" --addr 127.0.0.1:$PORT > $W/serve.out 2> $W/serve.err & SP=$!
for i in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:$PORT/api/v1/health && break; sleep 0.2; done
curl -s http://127.0.0.1:$PORT/api/v1/health; echo
curl -s http://127.0.0.1:$PORT/api/v1/stats; echo
curl -s "http://127.0.0.1:$PORT/api/v1/export?format=tmx" > $W/served.tmx
echo "served export before the walk: $(wc -c < $W/served.tmx) bytes; diff old served: $(diff $W/old.tmx $W/served.tmx | wc -l) lines"
python3 testdata/serve-probes/openapi_walk.py 127.0.0.1 $PORT > $W/walk.out 2>&1; tail -3 $W/walk.out
kill -TERM $SP; wait $SP; echo "serve exit $?"
grep -v ' 200 \| 4[0-9][0-9] ' $W/serve.err | head -20
grep -c ' 5[0-9][0-9] ' $W/serve.err
$NEW tm export --db "$DB" > $W/new.tmx 2>/dev/null; $NEW names export --db "$DB" > $W/new.gloss 2>/dev/null
echo "new export $(wc -c < $W/new.tmx) bytes; diff old new tmx: $(diff $W/old.tmx $W/new.tmx | wc -l) lines; glossary diff $(diff $W/old.gloss $W/new.gloss | wc -l)"
