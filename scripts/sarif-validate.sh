#!/usr/bin/env bash
# sarif-validate.sh: checks tokenvet's SARIF output (-format=sarif) on the
# end-to-end modules (testdata/e2e, testdata/e2e-vulnerable) with Microsoft's
# official validator, the SARIF Multitool (npm @microsoft/sarif-multitool):
#
#   sarif-multitool validate --rule-kind "Gh;Sarif" out.sarif
#
# runs the SARIF specification rules and GitHub code scanning's ingestion
# rules. Any error or warning fails (notes are printed only). A deliberately
# flawed log is validated first: it must fail, so that a validator that
# checks nothing cannot pass.
#
# The validator is installed with npm into a cache folder on first use
# (only the npm registry is needed). Its Linux build is a self-contained .NET
# application: no .NET runtime is required, and it runs in invariant
# globalization mode so that libicu is not needed either. If it still cannot
# start, the shared libraries it lacks are installed with apt-get when
# possible.
#
# Environment: SARIF_MULTITOOL_VERSION (default 5.7.0), TOKENVET_SARIF_CACHE
# (default ${XDG_CACHE_HOME:-$HOME/.cache}/tokenvet-sarif), KEEP=1 to keep
# the temporary directory with the logs.
set -euo pipefail

SARIF_MULTITOOL_VERSION=${SARIF_MULTITOOL_VERSION:-5.7.0}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${TOKENVET_SARIF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tokenvet-sarif}
MODULES=(e2e e2e-vulnerable)
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

TMP=$(mktemp -d "${TMPDIR:-/tmp}/tokenvet-sarif.XXXXXX")
cleanup() {
	if [[ ${KEEP:-} == 1 ]]; then
		echo "kept $TMP"
	else
		rm -rf "$TMP"
	fi
}
trap cleanup EXIT

log() { printf '%s\n' "sarif-validate: $*" >&2; }
die() { log "FAIL: $*"; exit 1; }

# --- Install (or reuse) the validator. ---

installed_version() {
	node -p "require('$CACHE/node_modules/@microsoft/sarif-multitool/package.json').version" 2>/dev/null || true
}

command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are required to install @microsoft/sarif-multitool"
if [[ $(installed_version) != "$SARIF_MULTITOOL_VERSION" ]]; then
	log "installing @microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION into $CACHE"
	mkdir -p "$CACHE"
	npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error \
		"@microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION" >&2 ||
		die "npm install @microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION failed"
fi
# The package resolves to its platform package's binary (bin.js spawns it).
MULTITOOL=$(node -p "require('$CACHE/node_modules/@microsoft/sarif-multitool')") ||
	die "@microsoft/sarif-multitool has no binary for this platform ($(uname -sm))"
[[ -f $MULTITOOL ]] || die "validator binary $MULTITOOL missing: remove $CACHE and retry"
# npm may not run the platform package's postinstall (chmod u+x).
chmod u+x "$MULTITOOL"

if ! "$MULTITOOL" --version >"$TMP/version.txt" 2>&1; then
	cat "$TMP/version.txt" >&2
	missing=$(ldd "$MULTITOOL" 2>/dev/null | awk '/not found/ {print $1}' || true)
	log "the validator does not start; shared libraries not found: ${missing:-none}"
	if command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
		log "installing its runtime dependencies with apt-get"
		apt-get update -qq >&2
		# What a self-contained .NET application needs on Debian/Ubuntu.
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libc6 libgcc-s1 libstdc++6 zlib1g libssl3 ca-certificates >&2 ||
			die "apt-get install of the validator's dependencies failed"
	fi
	"$MULTITOOL" --version >"$TMP/version.txt" 2>&1 || { cat "$TMP/version.txt" >&2; die "$MULTITOOL does not run"; }
fi
log "$(head -n 1 "$TMP/version.txt")"

# validate FILE: runs the validator on FILE and prints its errors and
# warnings, one per line, as "LEVEL RULE: message (location)"; notes go to
# stderr. Fails if the validator itself fails.
validate() {
	local file=$1 out=$1.validation.sarif
	rm -f "$out"
	if ! "$MULTITOOL" validate --rule-kind "Gh;Sarif" --output "$out" "$file" >"$file.validation.txt" 2>&1; then
		cat "$file.validation.txt" >&2
		die "the validator failed on $file"
	fi
	[[ -s $out ]] || { cat "$file.validation.txt" >&2; die "the validator wrote no log for $file"; }
	node - "$out" <<'EOF'
const log = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const run = log.runs[0];
const text = (m, rules) => {
	if (m.text) return m.text;
	// The validator's messages are templates of its rules, with arguments.
	for (const r of rules) {
		const t = r.messageStrings && r.messageStrings[m.id];
		if (t) return t.text.replace(/\{(\d+)\}/g, (_, i) => m.arguments[i]);
	}
	return m.id + ' ' + JSON.stringify(m.arguments || []);
};
const rules = (run.tool.driver.rules || []);
for (const n of (run.invocations || []).flatMap(i => [...(i.toolExecutionNotifications || []), ...(i.toolConfigurationNotifications || [])])) {
	if ((n.level || 'warning') !== 'note' && n.level !== 'none') console.log(`${n.level || 'warning'} tool: ${text(n.message, rules)}`);
}
for (const r of (run.results || [])) {
	const level = r.level || 'warning';
	const loc = (r.locations || []).map(l => l.physicalLocation && l.physicalLocation.region ? `${l.physicalLocation.region.startLine}:${l.physicalLocation.region.startColumn}` : '').join(' ');
	const line = `${level} ${r.ruleId}: ${text(r.message, rules)} (${loc})`;
	if (level === 'error' || level === 'warning') console.log(line); else console.error(line);
}
EOF
}

# --- Self-check: a flawed log must fail. ---

cat >"$TMP/flawed.sarif" <<'EOF'
{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
 "runs": [{"tool": {"driver": {"name": "flawed"}}, "results": []}]}
EOF
problems=$(validate "$TMP/flawed.sarif")
grep -q '^error GH1018' <<<"$problems" || {
	printf '%s\n' "$problems" >&2
	die "self-check: the validator did not report the flawed log's missing rules (GH1018)"
}

# --- tokenvet's output. ---

log "building tokenvet"
(cd "$ROOT" && go build -o "$TMP/tokenvet" ./cmd/tokenvet)

failed=0
for mod in "${MODULES[@]}"; do
	out=$TMP/$mod.sarif
	code=0
	(cd "$ROOT/testdata/$mod" && "$TMP/tokenvet" -format=sarif ./... >"$out" 2>"$TMP/$mod.stderr") || code=$?
	if [[ $code != 0 ]]; then
		cat "$TMP/$mod.stderr" >&2
		die "tokenvet -format=sarif ./... in testdata/$mod: exit status $code, want 0"
	fi
	# The validation must cover results, related locations and fixes.
	counts=$(node -e '
		const run = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0];
		const rs = run.results;
		console.log(rs.length, rs.filter(r => r.relatedLocations).length, rs.filter(r => r.fixes).length);' "$out")
	read -r nresults nrelated nfixes <<<"$counts"
	[[ $nresults -gt 0 && $nrelated -gt 0 ]] || die "testdata/$mod: $nresults results, $nrelated with related locations: nothing to validate"
	problems=$(validate "$out")
	if [[ -n $problems ]]; then
		log "testdata/$mod: the validator reports:"
		printf '%s\n' "$problems" >&2
		failed=1
	else
		log "testdata/$mod: valid ($nresults results, $nrelated with related locations, $nfixes with fixes)"
	fi
done
[[ $failed == 0 ]] || die "tokenvet's SARIF output has errors or warnings (KEEP=1 keeps the logs)"
log "ok"
