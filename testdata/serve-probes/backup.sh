#!/bin/bash
# backup.sh BIN TM PORT: serves a copy of the SQLite TM (the BENCHMARKS' one has 200,000
# units), has two writer.py clients write through it, and takes copies meanwhile: cp of
# the file, cp of the file and its -wal, VACUUM INTO, tm copy; then checks each copy.
# See BENCHMARKS.md, branch srv42. Everything is written under /tmp/srv42/bk.
set -u
B=$1 TM=$2 P=$3; D=$(cd "$(dirname "$0")" && pwd); W=/tmp/srv42/bk
rm -rf $W; mkdir -p $W; cp "$TM" $W/tm.db
$B serve --db $W/tm.db --addr 127.0.0.1:$P --no-access-log 2>$W/serve.err & SP=$!
sleep 1
python3 $D/writer.py $P 25 1 > $W/w1.out & python3 $D/writer.py $P 25 2 > $W/w2.out &
sleep 2
for i in 1 2 3 4 5; do
  cp $W/tm.db $W/cp$i.db; cp $W/tm.db $W/cpw$i.db; cp $W/tm.db-wal $W/cpw$i.db-wal 2>/dev/null; sleep 1.5
done
sqlite3 $W/tm.db "VACUUM INTO '$W/vacuum.db'"
$B tm copy --from $W/tm.db --to $W/copy.db 2>&1 | tail -1
wait %2 %3; cat $W/w1.out $W/w2.out
kill -TERM $SP; wait $SP
for f in $W/cp?.db $W/cpw?.db $W/vacuum.db $W/copy.db; do
  echo "$(basename $f): $(sqlite3 $f 'pragma integrity_check' 2>&1 | head -1)"
done
