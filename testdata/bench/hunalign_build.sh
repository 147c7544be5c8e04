# Sourced by align.sh and align_batch.sh: build_hunalign SCRIPT PEERS WORK
# builds hunalign from its source in PEERS/hunalign (../shared/peers) in
# WORK/hunalign-build and prints the binary's path; on failure it says what
# is missing, naming SCRIPT, and returns 1.
build_hunalign() {
	local script=$1 peers=$2 work=$3
	if [ ! -d "$peers/hunalign/src/hunalign" ]; then
		echo "$script: no hunalign source at $peers/hunalign (../shared/peers); set HUNALIGN to a binary" >&2
		return 1
	fi
	cp -r "$peers/hunalign" "$work/hunalign-build"
	if ! make -s -C "$work/hunalign-build/src/hunalign" -j2 >"$work/make.log" 2>&1; then
		cat "$work/make.log" >&2
		echo "$script: hunalign did not build from $peers/hunalign (needs g++ and make: apt-get install g++ make)" >&2
		return 1
	fi
	echo "$work/hunalign-build/src/hunalign/hunalign"
}
