#!/bin/bash
# CLI fault battery: each template with X replaced by each fault file.
export B=/tmp/faults36-bin
cd /tmp/f36/run
export BITEXT_DB=/tmp/f36/run/tm.db XDG_DATA_HOME=/tmp/f36/run/xdg HOME=/tmp/f36/run USER=nobody
FAULTS="${FAULTS:-missing.txt ../adir ../unreadable.txt ../empty.txt ../latin1.txt ../u16bom.txt ../u16nobom.txt ../nul.txt ../crlf.txt ../huge.txt}"
state() { $B tm export --format tsv 2>/dev/null | md5sum | cut -c1-8; $B names export 2>/dev/null | md5sum | cut -c1-8; }
run() { # name template faultfile
  local name="$1" tpl="$2" x="$3"
  cp ../tm.good.db tm.db; rm -f tm.db-wal tm.db-shm out.* 
  local before=$(state | tr '\n' ,)
  local cmd=${tpl//X/$x}
  timeout -s INT 120 bash -c "$cmd" >stdout.txt 2>stderr.txt; local rc=$?
  local after=$(state | tr '\n' ,)
  local flag=""
  grep -q 'panic\|goroutine ' stderr.txt && flag="$flag PANIC"
  case $rc in 0|2) ;; 124) flag="$flag TIMEOUT";; *) flag="$flag RC$rc";; esac
  if [ $rc = 2 ] && ! head -1 stderr.txt | grep -q '^bitext: error:'; then flag="$flag NOERRPREFIX"; fi
  if [ $rc != 0 ] && [ "$before" != "$after" ]; then flag="$flag TMCHANGED"; fi
  if [ $rc != 0 ] && ls out.* >/dev/null 2>&1; then flag="$flag OUTLEFT"; fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$x" "$rc" "${flag:-ok}" "$(head -c 300 stderr.txt | tr '\n' '|')"
}
while IFS='|' read -r name tpl; do
  [ -z "$name" ] && continue
  case "$name" in \#*) continue;; esac
  for x in $FAULTS $EXTRA; do run "$name" "$tpl" "$x"; done
done < ${1:-../templates.txt}
