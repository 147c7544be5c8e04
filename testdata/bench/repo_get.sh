# repo_get PATH OUT: the file at PATH of $commit of a GitHub repository
# into OUT, from the local bare mirror $mirror (a git dir) when it has it,
# else from $base (the repository's raw files at $commit); nothing when OUT
# is already there. Fails, leaving no OUT, when neither has it. Sourced by
# the scripts that fetch a public data set at a fixed commit
# (wmt21_news.sh, wmt24_news.sh), which set commit, mirror and base.
repo_get() {
	[ -s "$2" ] && return 0
	if git --git-dir="$mirror" cat-file -e "$commit:$1" 2>/dev/null; then
		git --git-dir="$mirror" show "$commit:$1" >"$2.tmp" && mv "$2.tmp" "$2" && return 0
	fi
	curl -fsSL -o "$2.tmp" "$base/$1" 2>/dev/null && mv "$2.tmp" "$2" && return 0
	rm -f "$2.tmp"
	return 1
}
