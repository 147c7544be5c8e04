#!/bin/bash
# lockprobe.sh BIN PORT: a glossary add under --request-timeout 2s while
# Python's sqlite3 holds BEGIN IMMEDIATE on the TM for 8 s.
BIN=$1; PORT=$2; D=$(mktemp -d)
printf 'The talks resumed.\tLes pourparlers ont repris.\n' > $D/a.tsv
$BIN tm import --db $D/tm.db --src en --tgt fr $D/a.tsv >/dev/null 2>&1
$BIN serve --db $D/tm.db --addr 127.0.0.1:$PORT --request-timeout 2s 2>$D/log &
SP=$!
for i in $(seq 50); do curl -s -o /dev/null 127.0.0.1:$PORT/api/v1/health && break; sleep 0.1; done
python3 -c "
import sqlite3,time
c=sqlite3.connect('$D/tm.db',isolation_level=None); c.execute('BEGIN IMMEDIATE'); open('$D/locked','w').close(); time.sleep(8); c.execute('ROLLBACK')" &
PY=$!
for i in $(seq 100); do [ -e $D/locked ] && break; sleep 0.05; done
curl -s -o $D/out -w '%{http_code} %{time_total}s\n' -X POST -H 'Content-Type: application/json' -d '{"entries":[{"canonical":"Henry Morgan","variants":["Harry Morgan"]}]}' 127.0.0.1:$PORT/api/v1/glossary
head -c 300 $D/out; echo
wait $PY
echo -n "stored after: "; curl -s "127.0.0.1:$PORT/api/v1/glossary" | head -c 200; echo
kill $SP; wait $SP 2>/dev/null
rm -rf $D
