#!/bin/bash
# cliprobe.sh BIN: tm import while Python's sqlite3 holds BEGIN IMMEDIATE for 5 s.
BIN=$1; D=$(mktemp -d)
printf 'The talks resumed.\tLes pourparlers ont repris.\n' > $D/a.tsv
printf 'Another one.\tUne autre.\n' > $D/b.tsv
$BIN tm import --db $D/tm.db --src en --tgt fr $D/a.tsv >/dev/null 2>&1
python3 -c "
import sqlite3,time
c=sqlite3.connect('$D/tm.db',isolation_level=None); c.execute('BEGIN IMMEDIATE'); open('$D/locked','w').close(); time.sleep(5); c.execute('ROLLBACK')" &
for i in $(seq 100); do [ -e $D/locked ] && break; sleep 0.05; done
s=$(date +%s.%N); $BIN tm import --db $D/tm.db --src en --tgt fr $D/b.tsv 2>&1 | tail -1; echo "exit ${PIPESTATUS[0]} after $(echo "$(date +%s.%N) - $s" | bc) s"
wait; rm -rf $D
