#!/usr/bin/env bash
# Makes /tmp/f36, the files the fault batteries of BENCHMARKS.md
# ("Faults thrown at every command and route", branch faults36) throw at
# the commands, from the repository's testdata, and a TM to serve.
#   go build -o /tmp/faults36-bin ./cmd/bitext && testdata/faults/battery/setup.sh
#   setpriv --reuid=65534 --regid=65534 --clear-groups -- env PATH=$PATH /tmp/f36/battery.sh > result1.tsv
#   setpriv ... env FAULTS="../trunc.tmx ..." /tmp/f36/battery.sh ../templates2.txt > result2.tsv
#   setpriv ... /tmp/f36/args.sh > result3.tsv
#   bitext serve --db /tmp/f36/run/srv.db --addr 127.0.0.1:18736 & python3 /tmp/f36/routes.py 127.0.0.1 18736
# Run as nobody, a file of mode 000 is unreadable (root reads it).
set -euo pipefail
src=$(cd "$(dirname "$0")/../../.." && pwd)
B=${B:-/tmp/faults36-bin}
rm -rf /tmp/f36 && mkdir -p /tmp/f36/run /tmp/f36/adir && cd /tmp/f36
cp "$src"/testdata/faults/battery/{battery.sh,args.sh,templates.txt,templates2.txt,args.txt,routes.py} .
cp "$src"/testdata/irgc-iraq.en.txt s.en.txt; cp "$src"/testdata/irgc-iraq.fr.txt s.fr.txt
cp "$src"/testdata/irgc-iraq.en-fr.gold.txt gold.txt
cp "$src"/testdata/srx/okapi_defaultSegmentation.srx rules.srx
: > empty.txt
printf 'Caf\xe9 au lait. Le ministre est arriv\xe9.\n' > latin1.txt
printf 'Hello world. This is a test.\n' | iconv -t UTF-16LE > u16nobom.txt
(printf '\xff\xfe'; cat u16nobom.txt) > u16bom.txt
printf 'Hello\x00 world. Second sentence.\n' > nul.txt
printf 'Hello world.\r\nSecond line here.\r\n' > crlf.txt
python3 -c "import sys; sys.stdout.write('word '*2000000 + '\n')" > huge.txt
cp s.en.txt unreadable.txt
export BITEXT_DB=/tmp/f36/tm.db XDG_DATA_HOME=/tmp/f36/xdg
"$B" align --format jsonl s.en.txt s.fr.txt > al.jsonl 2>/dev/null
"$B" align --format tmx s.en.txt s.fr.txt > al.tmx 2>/dev/null
"$B" tm import --src en --tgt fr al.jsonl
"$B" tm export --format xliff --src en --tgt fr -o al.xlf
"$B" tm export --format tsv --src en --tgt fr > al.tsv
"$B" names add "Saeed Reza" Saeedreza --kind person
"$B" names export --all --format tbx -o g.tbx
"$B" names export --all --format jsonl -o g.jsonl
"$B" names export --all --format tsv -o g.tsv
printf 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Hello"\nmsgstr "Bonjour"\n' > a.po
printf 's.en.txt\ts.fr.txt\nmissing.en.txt\n' > manifest.tsv
printf 'peace\tpaix\nwar\tguerre\n' > dict.tsv
half() { head -c $(( $(wc -c < "$1") / 2 )) "$1" > "$2"; }
half al.tmx trunc.tmx; half al.xlf trunc.xlf; half al.jsonl trunc-al.jsonl; half g.jsonl trunc-g.jsonl
half g.tbx trunc.tbx; half a.po trunc.po; half rules.srx trunc.srx
iconv -f UTF-8 -t UTF-16 al.tmx > u16.tmx
sed 's/encoding="UTF-8"/encoding="UTF-16"/' al.tmx | iconv -t UTF-16 > u16decl.tmx
iconv -t UTF-16LE al.tmx > u16le-nobom.tmx
sed 's/encoding="UTF-8"/encoding="ISO-8859-1"/' al.tmx | iconv -f UTF-8 -t ISO-8859-1//TRANSLIT > latin1.tmx
cp tm.db tm.good.db; cp tm.db run/srv.db
chown -R nobody:nogroup /tmp/f36 2>/dev/null || true
chmod 000 unreadable.txt
