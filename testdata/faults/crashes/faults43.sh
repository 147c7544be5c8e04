#!/usr/bin/env bash
# The faults of BENCHMARKS.md "Faults at every command and route (branch
# faults43)" that are not bad input: kill -9 in the middle of a write, a full
# disk, a TM on a read-only mount, a TM another process locks. Run as root
# (mount) after setup43.sh; B is the bitext to try. Prints what it sees.
set -u
B=${B:-/tmp/f43/bitext}
cd /tmp/f43 || exit 1
export HOME=/tmp/f43/home XDG_DATA_HOME=/tmp/f43/xdg; mkdir -p "$HOME"
python3 -c "
with open('/tmp/f43/big.tsv','w') as f:
  for i in range(400000): f.write('Sentence number %d about the talks in Vienna.\tPhrase numéro %d sur les pourparlers à Vienne.\n'%(i,i))"
echo "== kill -9 during tm import of 400,000 units (about 24 s)"
for d in 4 12 21 23.5; do
	cp /tmp/f43w/tm.good.db k.db; rm -f k.db-*
	$B --db k.db tm import --src en --tgt fr big.tsv 2>/dev/null & p=$!
	sleep $d; kill -9 $p; wait $p 2>/dev/null
	echo "killed at ${d}s: $(sqlite3 k.db 'pragma integrity_check') $($B --db k.db tm stats | sed -n 2p)"
done
echo "== kill -9 of serve during a 25 MB import"
head -250000 big.tsv > b25.tsv
for d in 4 10; do
	cp /tmp/f43w/tm.good.db sk.db; rm -f sk.db-*; n0=$(ls /tmp/bitext-upload-* 2>/dev/null | wc -l)
	$B serve --db /tmp/f43/sk.db --addr 127.0.0.1:18946 > sk.log 2>&1 & sp=$!; sleep 1.5
	curl -s -X POST --data-binary @b25.tsv '127.0.0.1:18946/api/v1/import?format=tsv&src=en&tgt=fr' -H 'Content-Type: application/octet-stream' > /dev/null & cp=$!
	sleep $d; kill -9 $sp; wait $cp
	echo "killed at ${d}s: $(sqlite3 sk.db 'pragma integrity_check') $($B --db sk.db tm stats | sed -n 2p), uploads left in /tmp: $(( $(ls /tmp/bitext-upload-* 2>/dev/null | wc -l) - n0 ))"
done
echo "== a full disk (1 MiB tmpfs, 44 KiB free)"
mkdir -p full && mount -t tmpfs -o size=1m tmpfs full && cp /tmp/f43w/tm.good.db full/tm.db
dd if=/dev/zero of=full/filler bs=1k count=900 2>/dev/null
for c in "names add Zelensky Zelenskyy --kind person" "tm add --src en --tgt fr Hello Bonjour" "tm delete 1" "tm edit 2 --tgt Nouveau" "names import /tmp/f43w/g.tsv" "tm export -o full/out.tmx" "tm pretranslate --src en --tgt fr /tmp/f43w/s.en.txt -o full/out.xlf"; do
	$B --db full/tm.db $c > /dev/null 2> err.txt; echo "exit $? $c: $(head -1 err.txt)"
done
echo "integrity: $(sqlite3 full/tm.db 'pragma integrity_check'), files: $(ls full | tr '\n' ' ')"
umount full
echo "== a TM on a read-only mount"
mkdir -p ro && mount -t tmpfs -o size=4m tmpfs ro && cp /tmp/f43w/tm.good.db ro/tm.db && mount -o remount,ro ro
for c in "tm stats" "tm export --format tsv --src en --tgt fr" "names add Zelensky Zelenskyy" "tm import /tmp/f43w/al.tmx"; do
	$B --db ro/tm.db $c > out.txt 2> err.txt; echo "exit $? $c: $(wc -l < out.txt) lines out; $(head -1 err.txt)"
done
umount ro
echo "== a TM another process holds in exclusive locking mode for 33 s"
cp /tmp/f43w/tm.good.db lk.db; rm -f lk.db-*
python3 -c "
import sqlite3,time
c=sqlite3.connect('/tmp/f43/lk.db',isolation_level=None); c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE'); c.execute('insert into bitext_migrations select * from bitext_migrations where 0'); time.sleep(33)" &
sleep 1; $B --db lk.db tm stats > /dev/null; echo "exit $?"; wait
echo "== one SIGTERM to a run blocked opening a named pipe"
rm -f fifo2; mkfifo fifo2
$B segment -l en fifo2 & p=$!; sleep 0.5; kill -TERM $p; s=$(date +%s.%N); wait $p; echo "exit $? after $(echo "$(date +%s.%N) - $s" | bc) s"
