#!/bin/bash
# trial_http.sh: every route of bitext serve with a wrong or broken body:
# none, empty, JSON cut short, an array, a string, fields of the wrong
# type, 20 MB of text, 3 MB of JSON; each as JSON and as text/plain, and
# unknown ids. Prints a TSV table: request, body, content type, status and
# answer's type, the answer's first 200 bytes.
# Usage: H=http://127.0.0.1:8080 testdata/bench/trial_http.sh > table.tsv
# against a bitext serve of a scratch TM (it writes: a tmserver store "x").
# (BENCHMARKS.md, "Trial from a fresh clone (branch trial33)").
set -u
H=${H:-http://127.0.0.1:8080}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
head -c 20000000 /dev/zero | tr '\0' 'a' > "$T/big.body"
printf '{"text":"%s"}' "$(head -c 3000000 /dev/zero | tr '\0' 'b')" > "$T/bigjson.body"
paths=(
"GET /api/v1/lookup" "POST /api/v1/lookup" "GET /api/v1/concordance" "POST /api/v1/segment" "POST /api/v1/align" "POST /api/v1/normalize" "POST /api/v1/check" "POST /api/v1/names/discover" "GET /api/v1/glossary" "POST /api/v1/glossary" "DELETE /api/v1/glossary/NoSuchName" "DELETE /api/v1/glossary/NoSuch/variants/Nope" "GET /api/v1/units" "POST /api/v1/units" "GET /api/v1/stats" "POST /api/v1/import" "GET /api/v1/export" "GET /api/v1/units/999999" "PATCH /api/v1/units/999999" "DELETE /api/v1/units/999999" "GET /api/v1/units/abc" "PATCH /api/v1/units/abc" "PATCH /api/v1/units/-1" "PATCH /api/v1/units/1" "GET /api/v1/documents" "DELETE /api/v1/documents/nosuch.txt"
"GET /tmserver/languages/" "GET /tmserver/en/fr/unit/Hello" "PUT /tmserver/en/fr/unit/Hello" "POST /tmserver/en/fr/unit/Hello" "DELETE /tmserver/en/fr/unit/Hello" "GET /tmserver/en/fr/store/x" "PUT /tmserver/en/fr/store/x" "POST /tmserver/en/fr/store/x" "DELETE /tmserver/en/fr/store/x" "GET /tmserver/xx-!!/fr/unit/Hello" "GET /tmserver/en/fr/unit/"
)
bodies=(none empty badjson array string wrongtypes big bigjson)
for pm in "${paths[@]}"; do
 m=${pm%% *}; p=${pm#* }
 for b in "${bodies[@]}"; do
  for ct in json text; do
   [ $b = none ] && [ $ct = text ] && continue
   args=()
   case $b in
    none) ;;
    empty) args=(--data-binary '');;
    badjson) args=(--data-binary '{"text": "x",');;
    array) args=(--data-binary '[1,2]');;
    string) args=(--data-binary '"hello"');;
    wrongtypes) args=(--data-binary '{"text":5,"src":true,"tgt":[],"source":{},"target":1,"id":"x","was":3,"canonical":7,"variants":"x","q":1,"segments":"x","units":{}}');;
    big) args=(--data-binary @$T/big.body);;
    bigjson) args=(--data-binary @$T/bigjson.body);;
   esac
   [ $ct = json ] && cth="application/json" || cth="text/plain"
   out=$(curl -s -o $T/resp -w '%{http_code} %{content_type}' -X $m -H "Content-Type: $cth" "${args[@]}" "$H$p")
   printf '%s %s\t%s\t%s\t%s\t%s\n' "$m" "$p" "$b" "$ct" "$out" "$(head -c 200 $T/resp | tr '\n\t' '  ')"
  done
 done
done
