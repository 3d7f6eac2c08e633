#!/usr/bin/env bash
# bench.sh MODULE_DIR [RUNS] — measures tokenvet on a real module against
# the floor and against x/tools' multichecker, on the same packages (./...,
# with tests, as both tools default to):
#
#   floor         x/tools' own checker (singlechecker) running an analyzer
#                 that does nothing and uses no facts (noopAnalyzer in
#                 internal/driver/bench_test.go, built into the driver's
#                 test binary, never shipped): one go list, the requested
#                 packages type-checked from source, their dependencies
#                 from export data (packages.LoadSyntax). No driver that
#                 type-checks the packages can be cheaper.
#   jwtlib        tokenvet -jwtlib: tokenvet's own loading (the packages of
#                 the main module from source, for facts) with an analyzer
#                 that uses no facts and does little
#   tokenvet      the whole suite (jwtverify and jwtalg exchange facts)
#   multichecker  x/tools' driver with the same suite: with facts it loads
#                 every dependency from source
#
# Each is run RUNS times (default 3) after one warm-up; the median wall time
# and maximum resident memory are printed, then the ratios of tokenvet to
# the floor. BENCH_ROWS="floor tokenvet" measures only those rows (the
# multichecker row is by far the slowest); TOKENVET=BINARY measures that
# tokenvet binary (another build, to compare) instead of building
# ./cmd/tokenvet. Needs GNU time (/usr/bin/time).
set -euo pipefail
dir=${1:?usage: bench.sh MODULE_DIR [RUNS]}
runs=${2:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$repo" && go test -c -o "$tmp/drivertest" ./internal/driver)
if [[ -n ${TOKENVET:-} ]]; then
	cp "$TOKENVET" "$tmp/tokenvet"
else
	(cd "$repo" && go build -o "$tmp/tokenvet" ./cmd/tokenvet)
fi

rows=" ${BENCH_ROWS:-floor jwtlib tokenvet multichecker} "
declare -A wall rss
measure() { # name, env, command...
	local name=$1 env=$2 line
	shift 2
	[[ $rows == *" $name "* ]] || return 0
	(cd "$dir" && env $env "$@" >/dev/null 2>&1 || true) # warm-up
	line=$(for _ in $(seq "$runs"); do
		# Findings make the tools exit 3: keep only time's own line.
		(cd "$dir" && env $env /usr/bin/time -f "TIME %e %M" "$@" 2>&1 >/dev/null | grep '^TIME ' || true)
	done | sort -k2 -n | awk -v runs="$runs" '
		{ t[NR] = $2; if ($3 > m) m = $3 }
		END { printf "%.2f %.0f\n", t[int((runs + 1) / 2)], m / 1024 }')
	wall[$name]=${line% *}
	rss[$name]=${line#* }
	printf "%-13s %8.2f s %8d MB\n" "$name" "${wall[$name]}" "${rss[$name]}"
}

echo "module: $dir ($runs runs, median wall time, max RSS)"
measure floor TOKENVET_DRIVER_TEST_TOOL=floor "$tmp/drivertest" ./...
measure jwtlib "" "$tmp/tokenvet" -jwtlib ./...
measure tokenvet "" "$tmp/tokenvet" ./...
measure multichecker TOKENVET_DRIVER_TEST_TOOL=multichecker-suite "$tmp/drivertest" ./...
[[ -n ${wall[floor]:-} && -n ${wall[tokenvet]:-} ]] || exit 0
awk -v fw="${wall[floor]}" -v fm="${rss[floor]}" -v tw="${wall[tokenvet]}" -v tm="${rss[tokenvet]}" \
	-v jw="${wall[jwtlib]:-}" -v jm="${rss[jwtlib]:-}" 'BEGIN {
	printf "tokenvet/floor  %5.2fx wall %5.2fx RSS\n", tw / fw, tm / fm
	if (jw != "") printf "jwtlib/floor    %5.2fx wall %5.2fx RSS\n", jw / fw, jm / fm
}'
