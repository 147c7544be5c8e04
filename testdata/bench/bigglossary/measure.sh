#!/bin/bash
# Times main-bitext and br-bitext in $BG (default /tmp/bg; see setup.sh) in
# turn, 3 rounds: label|binary|user|system|wall|max RSS KB a line.
cd "${BG:-/tmp/bg}"
m() { # label args...
  l=$1; shift
  for b in main br; do
    /usr/bin/time -f "$l|$b|%U|%S|%e|%M" -o t.$b ./$b-bitext "$@" >/dev/null 2>/dev/null </dev/null
    cat t.$b
  done
}
for r in 1 2 3; do
  m "normalize 5 lines" normalize --db big.db art5.txt
  m "normalize 10 MB" normalize --db big.db ten.txt
  m "normalize --check 5 lines" normalize --check --db big.db art5.txt
  m "names match A B" names match --db big.db "Krimm Zhiavkhoshdad Krresno" "Krim Zhiavkhoshdad Kresno"
  for b in main br; do /usr/bin/time -f "names match - (861 pairs)|$b|%U|%S|%e|%M" -o t.$b ./$b-bitext names match --db big.db - <pairs.tsv >/dev/null 2>&1; cat t.$b; done
  m "names discover 2 MB" names discover --db big.db news
  m "names list" names list --db big.db
  m "names export" names export --db big.db --format tsv
  for b in main br; do cp big.db add.$b.db; /usr/bin/time -f "names add|$b|%U|%S|%e|%M" -o t.$b ./$b-bitext names add --db add.$b.db "Qazemi Brigadier" "Kazemi Brigadier" >/dev/null 2>&1; cat t.$b; rm -f add.$b.db*; done
done
