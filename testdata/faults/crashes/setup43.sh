#!/usr/bin/env bash
# Makes /tmp/f43w: faults36's battery (testdata/faults/battery) with the faults it
# did not throw, for BENCHMARKS.md "Faults at every command and route
# (branch faults43)". Run as root:
#   go build -o /tmp/f43/bitext ./cmd/bitext && testdata/faults/crashes/setup43.sh
#   setpriv --reuid=65534 --regid=65534 --clear-groups -- env PATH=$PATH TO=30 \
#     FAULTS="../truncu8.txt ../cesu.txt /dev/zero /dev/urandom ../loop1 ../plain.txt/x" \
#     /tmp/f43w/battery.sh > result.tsv
#   bitext serve --db /tmp/f43w/run/srv.db --addr 127.0.0.1:18943 &
#   python3 testdata/faults/crashes/routes43.py 127.0.0.1 18943
#   testdata/faults/crashes/faults43.sh   (kill -9, a full disk, a read-only mount, a lock)
set -euo pipefail
src=$(cd "$(dirname "$0")/../../.." && pwd)
B=${B:-/tmp/f43/bitext}
mkdir -p /tmp/f43/src && cp "$src"/testdata/faults/battery/* /tmp/f43/src/
cd /tmp/f43/src
sed -i 's#/tmp/f36#/tmp/f43w#g; s#/tmp/faults36-bin#/tmp/f43/bitext#g' ./*.sh ./*.txt ./*.py
sed -i "s#src=\$(cd \"\$(dirname \"\$0\")/../../..\" \&\& pwd)#src=$src#; s#cp \"\$src\"/testdata/faults/battery/#cp /tmp/f43/src/#" setup.sh
# a time limit (TO) and a memory bound per run: /dev/zero read whole would take the machine's
sed -i 's/timeout -s INT 120 bash -c "$cmd"/timeout -s INT ${TO:-120} bash -c "ulimit -v 4000000; $cmd"/; s#^export B=.*#export B=${B:-/tmp/f43/bitext}#' battery.sh
B=$B bash setup.sh
cd /tmp/f43w
printf 'The talks resumed. Le caf\xc3' > truncu8.txt            # UTF-8 cut inside a character
printf 'ok line\n\xed\xa0\x80 surrogate\n' > cesu.txt           # a surrogate encoded as UTF-8 (CESU-8)
mkfifo fifo                                                     # a named pipe no program writes to
ln -s loop1 loop2 && ln -s loop2 loop1                          # a symbolic link loop
cp s.en.txt plain.txt                                           # plain.txt/x: a file taken for a folder
cp s.en.txt $'sp ace\nnl.en.txt'                                # a space and a line break in the name
chown -R nobody:nogroup /tmp/f43w
