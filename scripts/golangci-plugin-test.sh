#!/usr/bin/env bash
# golangci-plugin-test.sh: builds golangci-lint with tokenvet's module plugin
# (analyzers/golangci) offline, from the module cache, and runs it on the
# fixture module testdata/golangci/mod with every configuration in
# testdata/golangci/configs/, checking the findings exactly.
#
#   scripts/golangci-plugin-test.sh            check
#   UPDATE=1 scripts/golangci-plugin-test.sh   rewrite testdata/golangci/expected.txt
#                                              from the findings of configs/default.yml,
#                                              then check every configuration against it
#   KEEP=1 ...                                 keep the temporary directory
#
# Environment: GOLANGCI_VERSION (default v2.15.0), TOKENVET_GCL_CACHE (where
# built binaries are kept, default ${XDG_CACHE_HOME:-$HOME/.cache}/tokenvet-gcl),
# TOKENVET_GCL_NOCACHE=1 to rebuild regardless.
#
# Every configuration file starts with one directive comment:
#   # expect: all [-NAME | -NAME@PATHPREFIX | +NAME]...
#       the findings of expected.txt; -NAME drops those of analyzer NAME (in
#       files under PATHPREFIX), +NAME keeps only those of the analyzers named
#       so. A -filter that drops nothing fails: the fixture must exercise it.
#   # expect-error: TEXT
#       golangci-lint fails and its output contains TEXT.
# An expect configuration may add, on its second line:
#   # levels: metadata
#       the level of each finding in golangci-lint's SARIF output must be the
#       severity of its analyzer ('tokenvet help NAME'), both error and
#       warning must occur, and README.md must show the configuration's
#       severity: block (from "severity:" to the end of the file) verbatim.
# Each line of expected.txt is one finding as golangci-lint's text output
# prints it: FILE:LINE:COL: ANALYZER: MESSAGE (tokenvet), sorted; lines
# starting with # are comments.
set -euo pipefail

GOLANGCI_VERSION=${GOLANGCI_VERSION:-v2.15.0}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA=$ROOT/testdata/golangci
EXPECTED=$DATA/expected.txt
CACHE=${TOKENVET_GCL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tokenvet-gcl}
PLUGIN_IMPORT=github.com/tokenvet/tokenvet/analyzers/golangci
export GOWORK=off GOFLAGS=-mod=readonly

TMP=$(mktemp -d "${TMPDIR:-/tmp}/tokenvet-gcl.XXXXXX")
cleanup() {
	if [[ ${KEEP:-} == 1 ]]; then
		echo "kept $TMP"
	else
		chmod -R u+w "$TMP" 2>/dev/null || true
		rm -rf "$TMP"
	fi
}
trap cleanup EXIT

log() { printf '%s\n' "golangci-plugin-test: $*" >&2; }
die() { log "FAIL: $*"; exit 1; }

# --- Build (or reuse) the custom golangci-lint. ---

plugins_go="package main

import _ \"$PLUGIN_IMPORT\"
"

# The cache key covers what goes into the binary: golangci-lint's version,
# the Go toolchain, this recipe and tokenvet's non-test sources.
source_hash() {
	{
		echo "$GOLANGCI_VERSION"
		go version
		printf '%s' "$plugins_go"
		sed -n '/^build_gcl()/,/^}/p' "${BASH_SOURCE[0]}"
		cd "$ROOT"
		find . -name .git -prune -o -name testdata -prune -o -type f \
			\( -name '*.go' ! -name '*_test.go' -o -name go.mod -o -name go.sum \) -print |
			LC_ALL=C sort | xargs sha256sum
	} | sha256sum | cut -c1-16
}

build_gcl() {
	local out=$1 dir src
	dir=$(go mod download -json "github.com/golangci/golangci-lint/v2@$GOLANGCI_VERSION" |
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
	[[ -n $dir && -d $dir ]] || die "go mod download did not give the source of golangci-lint $GOLANGCI_VERSION"
	src=$TMP/golangci-lint
	cp -R "$dir" "$src"
	chmod -R u+w "$src"
	printf '%s' "$plugins_go" >"$src/cmd/golangci-lint/plugins.go"
	(
		cd "$src"
		go mod edit -require "github.com/tokenvet/tokenvet@v0.0.0" -replace "github.com/tokenvet/tokenvet=$ROOT"
		GOFLAGS=-mod=mod go mod tidy
		GOFLAGS=-buildvcs=false go build -trimpath \
			-ldflags "-s -w -X 'main.version=${GOLANGCI_VERSION#v}-tokenvet' -X 'main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)'" \
			-o "$out" ./cmd/golangci-lint
	)
}

key=$(source_hash)
GCL=$CACHE/custom-gcl-$GOLANGCI_VERSION-$key
if [[ ${TOKENVET_GCL_NOCACHE:-} != 1 && -x $GCL ]]; then
	log "using cached $GCL"
else
	log "building golangci-lint $GOLANGCI_VERSION with the tokenvet plugin (a cold build takes minutes)"
	start=$SECONDS
	build_gcl "$TMP/custom-gcl" >"$TMP/build.log" 2>&1 || {
		cat "$TMP/build.log" >&2
		die "build failed"
	}
	log "built in $((SECONDS - start))s"
	mkdir -p "$CACHE"
	# Drop binaries of older sources, sparing any a concurrent run may use.
	find "$CACHE" -name 'custom-gcl-*' -mmin +60 -delete 2>/dev/null || true
	mv "$TMP/custom-gcl" "$GCL.tmp$$" && mv "$GCL.tmp$$" "$GCL"
fi
"$GCL" version >&2 || die "$GCL does not run"

# --- Run it on the fixture. ---

(cd "$DATA/mod" && go mod download) || die "cannot download the fixture's dependencies"

# run CONFIG: runs golangci-lint on the fixture, findings to $TMP/out, other
# output to $TMP/err; returns golangci-lint's exit code.
run() {
	local rc=0
	(
		cd "$DATA/mod"
		GOLANGCI_LINT_CACHE=$TMP/lint-cache "$GCL" run -c "$1" \
			--issues-exit-code=0 --show-stats=false \
			--output.text.path=stdout --output.text.print-issued-lines=false --output.text.colors=false \
			--output.sarif.path="$TMP/out.sarif" \
			./...
	) >"$TMP/out" 2>"$TMP/err" || rc=$?
	return $rc
}

# findings FILE: the finding lines of FILE, sorted.
findings() { grep -v '^#' "$1" | grep -v '^[[:space:]]*$' | LC_ALL=C sort || true; }

# filter SPEC...: reads findings, writes those SPEC selects.
filter() {
	local lines keep="" spec name prefix re
	lines=$(cat)
	for spec in "$@"; do
		case $spec in
		all) ;;
		-*)
			name=${spec#-} prefix=""
			if [[ $name == *@* ]]; then prefix=${name#*@} name=${name%%@*}; fi
			re="^${prefix}[^:]*:[0-9]+:[0-9]+: ${name}(: |\(related information\): )"
			if ! grep -Eq "$re" <<<"$lines"; then
				log "expect filter $spec drops nothing: the fixture no longer exercises it" && return 1
			fi
			lines=$(grep -Ev "$re" <<<"$lines" || true)
			;;
		+*) keep="$keep|${spec#+}" ;;
		*) log "bad expect directive $spec" && return 1 ;;
		esac
	done
	if [[ -n $keep ]]; then
		lines=$(grep -E "^[^:]*:[0-9]+:[0-9]+: (${keep#|})(: |\(related information\): )" <<<"$lines" || true)
	fi
	[[ -z $lines ]] || printf '%s\n' "$lines"
}

# check_levels CONFIG: checks the SARIF levels of the last run against the
# analyzers' severities, and that README.md shows CONFIG's severity block.
check_levels() {
	local name analyzer sev want="" got
	command -v node >/dev/null || { log "node is required to read golangci-lint's SARIF output"; return 1; }
	for name in $(cd "$ROOT" && go run ./cmd/tokenvet help | sed -n 's/^\t\([a-z0-9]*\)  .*/\1/p'); do
		sev=$(cd "$ROOT" && go run ./cmd/tokenvet help "$name" | sed -n 's/^Severity: //p')
		[[ -n $sev ]] || { log "tokenvet help $name prints no severity"; return 1; }
		want+="$name=$sev "
	done
	got=$(node -e '
		const want = Object.fromEntries(process.argv[2].trim().split(" ").map(s => s.split("=")));
		const rs = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0].results;
		const seen = new Set(), bad = [];
		for (const r of rs) {
			const m = /^([a-z0-9]+)(: |\(related information\): )/.exec(r.message.text);
			if (r.ruleId !== "tokenvet" || !m || !want[m[1]]) { bad.push(`unexpected result ${r.ruleId}: ${r.message.text}`); continue; }
			seen.add(r.level);
			if (r.level !== want[m[1]]) bad.push(`${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}: ${m[1]} has level ${r.level}, want ${want[m[1]]}`);
		}
		for (const l of ["error", "warning"]) if (!seen.has(l)) bad.push(`no finding has level ${l}: the fixture does not exercise the severity rules`);
		console.log(bad.join("\n"));' "$TMP/out.sarif" "$want") || { log "cannot read $TMP/out.sarif"; return 1; }
	if [[ -n $got ]]; then
		printf '%s\n' "$got" >&2
		return 1
	fi
	local block readme
	block=$(sed -n '/^severity:/,$p' "$1")
	readme=$(cat "$ROOT/README.md")
	if [[ -z $block || $readme != *"$block"* ]]; then
		log "README.md does not show the severity block of $(basename "$1") verbatim:"
		printf '%s\n' "$block" >&2
		return 1
	fi
}

if [[ ${UPDATE:-} == 1 ]]; then
	run "$DATA/configs/default.yml" || {
		cat "$TMP/err" >&2
		die "golangci-lint failed with configs/default.yml"
	}
	{
		grep '^#' "$EXPECTED" 2>/dev/null || true
		findings "$TMP/out"
	} >"$TMP/expected.new"
	mv "$TMP/expected.new" "$EXPECTED"
	log "wrote $EXPECTED: $(findings "$EXPECTED" | wc -l) findings"
fi

[[ -f $EXPECTED ]] || die "$EXPECTED is missing (UPDATE=1 writes it)"
failed=0 passed=0
for cfg in "$DATA"/configs/*.yml; do
	name=$(basename "$cfg")
	directive=$(sed -n '1s/^# *\(expect[-a-z]*\): *//p' "$cfg")
	kind=$(sed -n '1s/^# *\(expect[-a-z]*\):.*/\1/p' "$cfg")
	rc=0
	run "$cfg" || rc=$?
	case $kind in
	expect)
		# shellcheck disable=SC2086 # the directive is a list of words
		if ! findings "$EXPECTED" | filter $directive >"$TMP/want"; then
			log "FAIL $name: bad expectation"
			failed=$((failed + 1))
			continue
		fi
		findings "$TMP/out" >"$TMP/got"
		if [[ $rc != 0 ]]; then
			log "FAIL $name: golangci-lint exited $rc:"
			cat "$TMP/err" "$TMP/out" >&2
			failed=$((failed + 1))
		elif ! diff -u --label "want ($name: $directive)" --label "got" "$TMP/want" "$TMP/got" >"$TMP/diff"; then
			log "FAIL $name: findings differ:"
			cat "$TMP/diff" >&2
			failed=$((failed + 1))
		elif [[ $(sed -n '2s/^# *levels: *//p' "$cfg") == metadata* ]] && ! check_levels "$cfg"; then
			log "FAIL $name: SARIF levels"
			failed=$((failed + 1))
		else
			log "ok   $name: $(wc -l <"$TMP/got") findings"
			passed=$((passed + 1))
		fi
		;;
	expect-error)
		if [[ $rc == 0 ]]; then
			log "FAIL $name: golangci-lint succeeded, want an error containing: $directive"
			cat "$TMP/out" >&2
			failed=$((failed + 1))
		elif ! grep -qF -- "$directive" "$TMP/err" "$TMP/out"; then
			log "FAIL $name: golangci-lint exited $rc without the error $directive:"
			cat "$TMP/err" "$TMP/out" >&2
			failed=$((failed + 1))
		else
			log "ok   $name: exit $rc: $(grep -hF -- "$directive" "$TMP/err" "$TMP/out" | head -1)"
			passed=$((passed + 1))
		fi
		;;
	*)
		log "FAIL $name: its first line must be '# expect: ...' or '# expect-error: ...'"
		failed=$((failed + 1))
		;;
	esac
done
echo "golangci-plugin-test: $passed passed, $failed failed"
[[ $failed == 0 ]]
