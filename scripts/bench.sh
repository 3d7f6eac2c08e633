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
# Each is run RUNS times (default 3), the rows interleaved, after one
# warm-up; the median wall time, the median CPU time (user+system, the go
# command's included: steadier than wall time on a shared machine) and the
# maximum resident memory are printed, then each row's ratios to the floor
# (tokenvet/floor is what issue 8 bounds).
#
# BENCH_ROWS="floor tokenvet" measures only those rows (multichecker is by
# far the slowest). TOKENVET=BINARY measures that tokenvet binary instead of
# building ./cmd/tokenvet; BASE=BINARY adds a row "base" with that tokenvet
# binary (an earlier build: compares a change under the same machine load).
# Needs GNU time (/usr/bin/time).
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

declare -A cmd envs
cmd[floor]="$tmp/drivertest ./..."
envs[floor]=TOKENVET_DRIVER_TEST_TOOL=floor
cmd[jwtlib]="$tmp/tokenvet -jwtlib ./..."
cmd[tokenvet]="$tmp/tokenvet ./..."
cmd[multichecker]="$tmp/drivertest ./..."
envs[multichecker]=TOKENVET_DRIVER_TEST_TOOL=multichecker-suite
rows="floor jwtlib tokenvet multichecker"
if [[ -n ${BASE:-} ]]; then
	cp "$BASE" "$tmp/base"
	cmd[base]="$tmp/base ./..."
	rows="floor jwtlib tokenvet base multichecker"
fi
if [[ -n ${BENCH_ROWS:-} ]]; then
	rows=$BENCH_ROWS
	[[ -z ${BASE:-} || " $rows " == *" base "* ]] || rows="$rows base"
fi

# run NAME: one run of a row; with time's line "TIME wall user system KB" on stdout.
run() {
	# Findings make the tools exit 3: keep only time's own line.
	(cd "$dir" && env ${envs[$1]:-} /usr/bin/time -f "TIME %e %U %S %M" ${cmd[$1]} 2>&1 >/dev/null | grep '^TIME ' || true)
}
for name in $rows; do
	run "$name" >/dev/null # warm-up
done
# The runs are interleaved, so that a change in the load of the machine
# affects every row alike.
for _ in $(seq "$runs"); do
	for name in $rows; do
		run "$name" >>"$tmp/$name.times"
	done
done

declare -A wall cpu rss
median() { # file, awk expression
	awk "{ print $2 }" "$1" | sort -n | sed -n "$(((runs + 1) / 2))p"
}
echo "module: $dir ($runs runs: median wall and CPU time, max RSS)"
for name in $rows; do
	f=$tmp/$name.times
	wall[$name]=$(median "$f" '$2')
	cpu[$name]=$(median "$f" '$3 + $4')
	rss[$name]=$(awk '$5 > m { m = $5 } END { printf "%.0f", m / 1024 }' "$f")
	printf "%-13s %8.2f s %8.2f s CPU %6d MB\n" "$name" "${wall[$name]}" "${cpu[$name]}" "${rss[$name]}"
done
[[ -n ${wall[floor]:-} ]] || exit 0
for name in $rows; do
	[[ $name != floor ]] || continue
	awk -v name="$name" -v fw="${wall[floor]}" -v fc="${cpu[floor]}" -v fm="${rss[floor]}" \
		-v w="${wall[$name]}" -v c="${cpu[$name]}" -v m="${rss[$name]}" 'BEGIN {
		printf "%-13s %7.2fx wall %6.2fx CPU %6.2fx RSS (of the floor)\n", name, w / fw, c / fc, m / fm
	}'
done
