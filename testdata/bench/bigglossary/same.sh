#!/bin/bash
# Compares the outputs (stdout, stderr, exit status) of main-bitext and
# br-bitext in $BG (default /tmp/bg; see setup.sh) with the big glossary.
T=$(cd "$(dirname "$0")/../../.." && pwd)/testdata
cd "${BG:-/tmp/bg}"
fail=0
run() { # name args...
  n=$1; shift
  ./main-bitext "$@" >o.main 2>e.main; echo $? >>o.main
  ./br-bitext "$@" >o.br 2>e.br; echo $? >>o.br
  if cmp -s o.main o.br && cmp -s e.main e.br; then echo "same: $n"; else echo "DIFF: $n"; fail=1; fi
}
for f in $T/irgc-iraq.*.txt; do
  run "normalize $(basename $f)" normalize --db big.db $f
  run "normalize --lang en $(basename $f)" normalize --db big.db --lang en $f
done
run "normalize ten" normalize --db big.db ten.txt
run "normalize --lang en ten" normalize --db big.db --lang en ten.txt
run "normalize --lang de ten" normalize --db big.db --lang de ten.txt
run "check ten" normalize --check --db big.db ten.txt
run "check --unify art" normalize --check --unify --db big.db $T/irgc-iraq.en.txt
run "no-default ten" normalize --no-default-glossary --db big.db ten.txt
run "names match" names match --db big.db Zarif Zareef
run "names match big" names match --db big.db "Krimm Zhiavkhoshdad Krresno" "Krim Zhiavkhoshdad Kresno"
head -c 300000 ten.txt | tr ',' '\t' | awk -F'\t' 'NF>=2{print $1"\t"$2}' > pairs.tsv
for b in main br; do ./$b-bitext names match --db big.db - < pairs.tsv > nm.$b 2>&1; echo $? >> nm.$b; done; cmp -s nm.main nm.br && echo "same: names match -" || { echo "DIFF: names match -"; fail=1; }
exit $fail
