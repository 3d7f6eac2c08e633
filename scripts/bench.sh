#!/usr/bin/env bash
# bench.sh MODULE_DIR [RUNS] — measures tokenvet on a real module against
# the floor and against x/tools' multichecker, on the same packages (./...):
#
#   floor         tokenvet -jwtlib: type-checks the requested packages from
#                 source, dependencies from export data; jwtlib uses no
#                 facts, so this is the cost of loading alone
#   tokenvet      the whole suite (jwtverify and jwtalg exchange facts)
#   multichecker  x/tools' driver with the same suite: with facts it loads
#                 every dependency from source
#
# Each is run RUNS times (default 3) after one warm-up; the median wall time
# and maximum resident memory are printed. Needs GNU time (/usr/bin/time).
set -euo pipefail
dir=${1:?usage: bench.sh MODULE_DIR [RUNS]}
runs=${2:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$repo" && go build -o "$tmp/tokenvet" ./cmd/tokenvet && go test -c -o "$tmp/drivertest" ./internal/driver)

measure() { # name, env, command...
	local name=$1 env=$2
	shift 2
	(cd "$dir" && env $env "$@" >/dev/null 2>&1 || true) # warm-up
	for _ in $(seq "$runs"); do
		# Findings make the tools exit 3: keep only time's own line.
		(cd "$dir" && env $env /usr/bin/time -f "TIME %e %M" "$@" 2>&1 >/dev/null | grep '^TIME ' || true)
	done | sort -k2 -n | awk -v name="$name" -v runs="$runs" '
		{ t[NR] = $2; if ($3 > m) m = $3 }
		END { printf "%-13s %8.2f s %8.0f MB\n", name, t[int((runs + 1) / 2)], m / 1024 }'
}

echo "module: $dir ($runs runs, median wall time, max RSS)"
measure floor "" "$tmp/tokenvet" -jwtlib ./...
measure tokenvet "" "$tmp/tokenvet" ./...
measure multichecker TOKENVET_DRIVER_TEST_TOOL=multichecker-suite "$tmp/drivertest" ./...
