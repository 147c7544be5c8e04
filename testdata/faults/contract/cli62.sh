#!/bin/bash
# cli62.sh: align and tm templates x input faults (empty, binary, UTF-16, Latin-1, NUL, a folder,
# missing, mode 000 as nobody, a FIFO with a writer, 52 MB on one line, truncated and NUL-holding
# TMX/XLIFF/TSV/JSONL), and the same faults as --db. Run in a folder holding those files and
# seed.tm (see the BENCHMARKS section "branch faults62"); BIN is the binary. Each run gets a fresh
# db.tm copied from seed.tm; a failed run must leave its TMX export byte for byte the seed's.
B=${BIN:-bitext}
export HOME=$PWD/home XDG_DATA_HOME=$PWD/home/data
mkdir -p $HOME
seedsum=$($B tm export --db seed.tm 2>/dev/null | md5sum | cut -c1-8)
[ "$seedsum" = d41d8cd9 ] && { echo "seed.tm exports nothing: no check of what a fault left" >&2; exit 1; }
TA=(
"align --src en --tgt fr {F} ok.fr.txt"
"align --src en --tgt fr ok.en.txt {F}"
"align --presegmented --src en --tgt fr {F} ok.fr.txt"
"align --into --db db.tm --src en --tgt fr {F} ok.fr.txt"
"align --batch {F}"
"align --batch --into --db db.tm {F}"
"align --batch --src en --tgt fr folder2 {F}"
"align --dict {F} --src en --tgt fr ok.en.txt ok.fr.txt"
"align score {F} hyp.jsonl"
"align score gold.txt {F}"
"tm import --db db.tm {F}"
"tm import --db db.tm --format tmx {F}"
"tm import --db db.tm --format xliff {F}"
"tm import --db db.tm --format tsv --src en --tgt fr {F}"
"tm import --db db.tm --format jsonl --src en --tgt fr {F}"
"tm lookup --db db.tm --src en --tgt fr - <{F}"
"tm concordance --db db.tm --src en - <{F}"
"tm pretranslate --db db.tm --src en --tgt fr {F}"
"tm pretranslate --db db.tm {F}"
"tm pretranslate --back {F} -o out.txt"
"tm delete --db db.tm --doc {F}"
"tm export --db db.tm --doc {F}"
"tm stats --db {D}"
"tm lookup --db {D} --src en --tgt fr Friday"
"tm export --db {D}"
"tm add --db {D} --src en --tgt fr Hello Bonjour"
"tm import --db {D} ok.tmx"
"align --into --db {D} --src en --tgt fr ok.en.txt ok.fr.txt"
"tm export --db db.tm -o {O}"
"tm pretranslate --db db.tm --src en --tgt fr ok.en.txt -o {O}"
)
F=(empty.txt binary.txt utf16.txt latin1.txt nul.txt folder missing.txt m000.txt fifo big50.txt big50.tsv trunc.tmx trunc.xlf trunc.tsv trunc.jsonl nulin.tmx nulin.xlf nulin.tsv nulin.jsonl)
mkdir -p folder2
rm -f missing.txt missing.db missing.out # a run's -o leaves none of them; an earlier sweep's would be read as input
for t in "${TA[@]}"; do for f in "${F[@]}"; do
  cp seed.tm db.tm; rm -f db.tm-wal db.tm-shm out.txt
  d=$f
  case $f in
    folder|fifo) ;;
    missing.txt) d=missing.db; rm -f missing.db ;;
    *) d=dbc.$f; cp -p $f $d ;;
  esac
  o=$f
  case $f in folder|fifo) ;; missing.txt) o=missing.out; rm -f missing.out ;; *) o=outc.$f; cp -p $f $o ;; esac
  dsum=; [ -f $d ] && dsum=$(md5sum <$d | cut -c1-8)
  cmd=${t//\{F\}/$f}; cmd=${cmd//\{D\}/$d}; cmd=${cmd//\{O\}/$o}
  [ "$cmd" = "$t" ] && continue
  case "$t" in *"{F}"*) ;; *) case $f in big50.tsv|trunc.*|nulin.*) continue ;; esac ;; esac
  wpid=
  if [ "$f" = fifo ]; then case "$t" in *"{F}"*) ( timeout 70 sh -c "cat ok.tmx > fifo" & ) ;; esac; fi
  start=$(date +%s.%N)
  if [ "$f" = m000.txt ]; then
    chmod 777 .; chmod 666 db.tm
    out=$(setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/time -f 'RSS %M' timeout -s TERM 60 bash -c "$B $cmd" 2>&1 >/dev/null); rc=$?
    chmod 755 .
  else
    out=$(/usr/bin/time -f 'RSS %M' timeout -s TERM 60 bash -c "$B $cmd" 2>&1 >/dev/null); rc=$?
  fi
  dt=$(echo "$(date +%s.%N) - $start" | bc)
  after=$($B tm export --db db.tm 2>/dev/null | md5sum | cut -c1-8)
  rss=$(echo "$out" | grep -o 'RSS [0-9]*' | tail -1 | cut -d' ' -f2)
  first=$(echo "$out" | grep -v '^RSS\|Command exited' | head -1 | cut -c1-230)
  flag=""
  [ $rc -ne 0 ] && [ $rc -ne 2 ] && [ $rc -ne 1 ] && flag="$flag rc$rc"
  echo "$out" | grep -q 'goroutine\|panic' && flag="$flag TRACE"
  [ $rc -ne 0 ] && ! echo "$first" | grep -q '^bitext: error:' && flag="$flag NOPREFIX"
  [ "$seedsum" != "$after" ] && [ $rc -ne 0 ] && flag="$flag CHANGED"
  case "$t" in *"{D}"*|*"{O}"*) [ $rc -ne 0 ] && [ -f $d ] && [ -n "$dsum" ] && [ "$dsum" != "$(md5sum <$d | cut -c1-8)" ] && flag="$flag DBCHANGED" ;; esac
  [ "${rss:-0}" -gt 1500000 ] && flag="$flag MEM${rss}"
  printf '%s\t%s\t%s\trc=%s\t%.1fs\t%sKB\t%s\n' "$flag" "$t" "$f" "$rc" "$dt" "$rss" "$first"
done; done
