#!/bin/bash
# cli61.sh: names/normalize/segment templates x input faults (empty, binary, UTF-16, Latin-1,
# NUL, a folder, missing, mode 000 as nobody, a FIFO with a writer, 52 MB on one line). Run in a
# folder holding those files (see the BENCHMARKS section "branch faults61"); BIN is the binary.
B=${BIN:-bitext}
export HOME=$PWD/home XDG_DATA_HOME=$PWD/home/data
mkdir -p $HOME
T=(
"names import --db db.tm {F}"
"names import --db db.tm --format tbx {F}"
"names import --db db.tm --format csv {F}"
"names import --db db.tm --format jsonl {F}"
"names match - <{F}"
"names match -l en - <{F}"
"names key <{F}"
"names discover {F}"
"names discover --accept --db db.tm {F}"
"normalize {F}"
"normalize --check {F}"
"normalize --unify {F}"
"normalize -w {F}"
"normalize --db db.tm -l en {F}"
"segment {F}"
"segment -l en {F}"
"segment -l en --rules {F} ok.txt"
)
F=(empty.txt binary.txt utf16.txt latin1.txt nul.txt folder missing.txt m000.txt fifo big50.txt big50.tsv)
for t in "${T[@]}"; do for f in "${F[@]}"; do
  cmd=${t//\{F\}/$f}
  [ -f db.tm ] || $B names add --db db.tm "Zorro" "El Zorro" 2>/dev/null
  before=$($B names export --db db.tm 2>/dev/null | md5sum | cut -c1-8)
  if [ "$f" = fifo ]; then ( timeout 70 sh -c "cat ok.tsv > fifo" &) ; fi
  start=$(date +%s.%N)
  if [ "$f" = m000.txt ]; then
    out=$(setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/time -f 'RSS %M' timeout -s TERM 60 bash -c "$B $cmd" 2>&1 >/dev/null); rc=$?
  else
    out=$(/usr/bin/time -f 'RSS %M' timeout -s TERM 60 bash -c "$B $cmd" 2>&1 >/dev/null); rc=$?
  fi
  dt=$(echo "$(date +%s.%N) - $start" | bc)
  after=$($B names export --db db.tm 2>/dev/null | md5sum | cut -c1-8)
  rss=$(echo "$out" | grep -o 'RSS [0-9]*' | tail -1 | cut -d' ' -f2)
  first=$(echo "$out" | grep -v '^RSS\|Command exited' | head -1 | cut -c1-230)
  flag=""
  [ $rc -ne 0 ] && [ $rc -ne 2 ] && [ $rc -ne 1 ] && flag="$flag rc$rc"
  echo "$out" | grep -q 'goroutine\|panic' && flag="$flag TRACE"
  [ $rc -ne 0 ] && ! echo "$first" | grep -q '^bitext: error:' && flag="$flag NOPREFIX"
  [ "$before" != "$after" ] && [ $rc -ne 0 ] && flag="$flag CHANGED"
  [ "${rss:-0}" -gt 1500000 ] && flag="$flag MEM${rss}"
  printf '%s\t%s\t%s\trc=%s\t%.1fs\t%sKB\t%s\n' "$flag" "$t" "$f" "$rc" "$dt" "$rss" "$first"
done; done
