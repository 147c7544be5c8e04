#!/bin/bash
export B=/tmp/faults36-bin
cd /tmp/f36/run
export BITEXT_DB=/tmp/f36/run/tm.db XDG_DATA_HOME=/tmp/f36/run/xdg HOME=/tmp/f36/run USER=nobody
while IFS= read -r -u 3 cmd; do
  [ -z "$cmd" ] && continue
  case "$cmd" in \#*) continue;; esac
  cp ../tm.good.db tm.db; rm -rf tm.db-wal tm.db-shm out.* out
  timeout -s INT 60 bash -c "$cmd" </dev/null >stdout.txt 2>stderr.txt; rc=$?
  flag=""
  grep -q 'panic\|goroutine ' stderr.txt && flag="$flag PANIC"
  case $rc in 0|2) ;; 124) flag="$flag TIMEOUT";; *) flag="$flag RC$rc";; esac
  if [ $rc = 2 ] && ! head -1 stderr.txt | grep -q '^bitext: error:'; then flag="$flag NOERRPREFIX"; fi
  if [ $rc != 0 ] && ls out.* >/dev/null 2>&1; then flag="$flag OUTLEFT"; fi
  printf '%s\t%s\t%s\t%s\n' "$cmd" "$rc" "${flag:-ok}" "$(head -c 250 stderr.txt | tr '\n' '|')"
done 3< ${1:-../args.txt}
