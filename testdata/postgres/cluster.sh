#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for bitext's tests and benchmarks, on a
# loopback port, in a folder of its own (nothing of the machine's own
# clusters is touched).
#
#   testdata/postgres/cluster.sh start [DIR]   # prints the export line to use
#   testdata/postgres/cluster.sh stop  [DIR]
#
# start initializes DIR (default /tmp/bitext-pg) if it is new, starts the
# server on port $BITEXT_PG_PORT (default 55432) with trust authentication
# on loopback, creates the database bitext_test, and prints
#   export BITEXT_TEST_POSTGRES=postgres://bitext@127.0.0.1:PORT/bitext_test?sslmode=disable
# Run as root, the server runs as the postgres user (initdb refuses root).
# When the port is already taken (another cluster, say one a killed test run
# left behind), start says so on stderr, prints nothing on stdout and exits 1:
#   cluster.sh: port 55432 is in use (a server listens on 127.0.0.1:55432 ...
#
#   testdata/postgres/cluster.sh free-port [PORT]   # prints the first free port from PORT up
set -euo pipefail
cmd=${1:-}
dir=${2:-/tmp/bitext-pg}
port=${BITEXT_PG_PORT:-55432}

bindir=""
for d in /usr/lib/postgresql/*/bin; do
	[ -x "$d/pg_ctl" ] && bindir=$d
done
if [ -z "$bindir" ]; then
	if command -v pg_ctl >/dev/null; then bindir=$(dirname "$(command -v pg_ctl)"); else
		echo "cluster.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1
	fi
fi

as_owner() {
	if [ "$(id -u)" = 0 ]; then
		su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
	else
		"$@"
	fi
}

# in_use PORT: is something listening on 127.0.0.1:PORT, or is there a
# PostgreSQL socket for PORT in /tmp (the server's -k folder)?
in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
	[ -S "/tmp/.s.PGSQL.$1" ]
}

case "$cmd" in
free-port)
	p=${2:-$port}
	while in_use "$p"; do
		p=$((p + 1))
		if [ "$p" -gt 65535 ]; then echo "cluster.sh: no free port from ${2:-$port} up" >&2; exit 1; fi
	done
	echo "$p"
	;;
start)
	# Before initdb: a cluster that cannot start leaves no new folder.
	if ! { [ -f "$dir/PG_VERSION" ] && as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; } && in_use "$port"; then
		what="a server listens on 127.0.0.1:$port"
		[ -S "/tmp/.s.PGSQL.$port" ] && what="/tmp/.s.PGSQL.$port exists"
		echo "cluster.sh: port $port is in use ($what: another PostgreSQL cluster?); set BITEXT_PG_PORT to a free one (cluster.sh free-port prints one), or stop the other cluster" >&2
		exit 1
	fi
	if [ ! -f "$dir/PG_VERSION" ]; then
		mkdir -p "$dir"
		[ "$(id -u)" = 0 ] && chown postgres: "$dir"
		as_owner "$bindir/initdb" -D "$dir" -U bitext --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
		# The role bitext_pw logs in with a password (the tests of a
		# refused login); every other loopback login is trusted.
		as_owner sh -c "{ echo 'host all bitext_pw 127.0.0.1/32 scram-sha-256'; cat '$dir/pg_hba.conf'; } > '$dir/pg_hba.new' && mv '$dir/pg_hba.new' '$dir/pg_hba.conf'"
	fi
	if ! as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
		if ! as_owner "$bindir/pg_ctl" -D "$dir" -w -l "$dir/server.log" \
			-o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null 2>&1; then
			echo "cluster.sh: the server in $dir did not start on port $port; the end of $dir/server.log:" >&2
			tail -n 5 "$dir/server.log" >&2 || true
			exit 1
		fi
	fi
	"$bindir/psql" -h 127.0.0.1 -p "$port" -U bitext -d postgres -tAc \
		"SELECT 1 FROM pg_database WHERE datname = 'bitext_test'" | grep -q 1 ||
		"$bindir/psql" -h 127.0.0.1 -p "$port" -U bitext -d postgres -qc "CREATE DATABASE bitext_test"
	"$bindir/psql" -h 127.0.0.1 -p "$port" -U bitext -d postgres -qc \
		"DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bitext_pw') THEN CREATE ROLE bitext_pw LOGIN PASSWORD 'bitext-pw'; END IF; END \$\$"
	echo "export BITEXT_TEST_POSTGRES=postgres://bitext@127.0.0.1:$port/bitext_test?sslmode=disable"
	;;
stop)
	if [ -f "$dir/PG_VERSION" ]; then
		as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
	fi
	;;
*)
	echo "usage: $0 start|stop [DIR] | free-port [PORT]" >&2; exit 2 ;;
esac
