#!/bin/bash
# kill62.sh: kill -9 and SIGINT in the middle of TM writes (a TMX import of 150,000 units, a TSV
# import, an aligner's --into of a batch, a delete of a whole document), each after 1, 3 and 6 s;
# then the TM must hold what it held before (its TMX export byte for byte, PRAGMA integrity_check
# ok) and open (tm stats exit 0). Run in a folder with seed.tm, big.tmx, big.tsv, manifest150.tsv (150 pairs, each sentence of irgc-iraq marked with its pair number)
# (see the BENCHMARKS section "branch faults62"); BIN is the binary.
B=${BIN:-bitext}
export HOME=$PWD/home XDG_DATA_HOME=$PWD/home/data
mkdir -p $HOME
C=(
"tm import --db k.db big.tmx"
"tm import --db k.db --src en --tgt fr big.tsv"
"align --batch --into --db k.db manifest150.tsv"
"tm delete --db k.db --doc big.tmx"
)
for sig in KILL INT; do for t in 1 3 6; do for c in "${C[@]}"; do
  cp seed.tm k.db; rm -f k.db-wal k.db-shm
  case "$c" in *delete*) $B tm import --db k.db big.tmx >/dev/null 2>&1 ;; esac
  before=$($B tm export --db k.db 2>/dev/null | md5sum | cut -c1-8)
  n0=$(sqlite3 k.db 'select count(*) from unit')
  $B $c >out.txt 2>err.txt & pid=$!
  sleep $t
  alive=yes; kill -0 $pid 2>/dev/null || alive=no
  kill -$sig $pid 2>/dev/null; wait $pid; rc=$?
  after=$($B tm export --db k.db 2>/dev/null | md5sum | cut -c1-8)
  ic=$(sqlite3 k.db 'PRAGMA integrity_check' 2>&1 | head -1)
  $B tm stats --db k.db >/dev/null 2>&1; src=$?
  n=$(sqlite3 k.db 'select count(*) from unit')
  flag=""; [ "$before" != "$after" ] && flag="CHANGED"
  [ "$before" = d41d8cd9 ] && flag="$flag NOEXPORT"
  [ "$alive" = no ] && flag="$flag ENDED-BEFORE"
  [ "$ic" != ok ] && flag="$flag INTEGRITY"
  [ $src -ne 0 ] && flag="$flag NOOPEN"
  printf '%s\t%s\t%ss\t%s\trc=%s\tunits=%s->%s\tintegrity=%s\tstats=%s\t%s\n' "$flag" "$sig" "$t" "$c" "$rc" "$n0" "$n" "$ic" "$src" "$(tail -1 err.txt | cut -c1-200)"
done; done; done
