#!/usr/bin/env bash
# End-to-end test of the termlint command-line tool, as a user meets it: in a copy of the repository (what a fresh
# clone holds), run the README's pack / install / run commands word for word, then hold the installed tool's output
# against real builds of the samples: the same diagnostics (file, line, column, severity, ID, message) as
# `dotnet build`, before and after `termlint fix`, whose result must still build and must be stable on a second run.
#
# Usage: tests/e2e/cli.sh    (TERMLINT_E2E_KEEP=1 keeps the temporary folder)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/termlint-cli-e2e.XXXXXX")
clone="$work/clone"
cleanup() { if [[ "${TERMLINT_E2E_KEEP:-}" == 1 ]]; then echo "cli: kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1
# A NuGet folder of this run (CI's own, or a new one): `dotnet tool install` never finds a tool packed earlier.
export NUGET_PACKAGES="${NUGET_PACKAGES:-$work/packages}"
# The README installs the version in Directory.Build.props: a copy of it left by an earlier run would be taken instead.
rm -rf "$NUGET_PACKAGES/termlint.tool"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok: $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL: $1" >&2; }
check() {
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}
abort() {
    echo "cli: ABORT: $1" >&2
    failed=$((failed + 1))
    echo "cli: $passed passed, $failed failed"
    exit 1
}
same_lines() {
    if diff -u "$1" "$2" >&2; then return 0; fi
    echo "  (--- expected, +++ actual)" >&2
    return 1
}

# --- 1. A fresh copy of the repository: its tracked files and any new ones git does not ignore ----------------------
echo "cli: copy the repository"
mkdir -p "$clone"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do [[ -e "$f" ]] && printf '%s\0' "$f"; done \
    | tar --null -T - -cf -) | (cd "$clone" && tar -xf -)
[[ -f "$clone/README.md" && -d "$clone/src/TermLint.Cli" ]] || abort "the copy of the repository is incomplete"

snapshot() { (cd "$clone" && find samples -type f \( -name '*.cs' -o -name '*.md' -o -name '*.termlint' \) -not -path '*/obj/*' -not -path '*/bin/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); }
snapshot > "$work/copied.sums"

# --- 2. The README's commands, word for word ------------------------------------------------------------------------
block=$(sed -n '/<!-- cli-readme: the block below is run word for word by tests\/e2e\/cli.sh -->/,/<!-- cli-readme: end -->/p' "$clone/README.md" \
    | sed -n '/^```sh$/,/^```$/p' | sed '1d;$d')
[[ -n "$block" ]] || abort "README.md has no cli-readme block"
expected_codes=(0 0 1 1)
n=0
while IFS= read -r command; do
    [[ -z "$command" ]] && continue
    echo "cli: \$ $command"
    code=0
    (cd "$clone" && eval "$command") > "$work/readme-$n.out" 2> "$work/readme-$n.err" || code=$?
    sed 's/^/    | /' "$work/readme-$n.out" | head -n 20
    sed 's/^/    ! /' "$work/readme-$n.err" | head -n 20
    check "README command $((n + 1)) exits ${expected_codes[$n]:-0} (was $code): $command" test "$code" -eq "${expected_codes[$n]:-0}"
    n=$((n + 1))
done <<< "$block"
check "the README block has the four commands this test expects" test "$n" -eq 4
termlint="$clone/.tools/termlint"
[[ -x "$termlint" ]] || abort "the README's install did not put termlint in .tools/"
packed() { compgen -G "$clone/nuget-feed/TermLint.Tool.*.nupkg" > /dev/null; }
check "the package was packed into nuget-feed/ as TermLint.Tool" packed

# --- 3. Same diagnostics as the build ---------------------------------------------------------------------------------
# "samples/Project/File.cs(line,col): severity ID: message" of every TermLint diagnostic in a build log, sorted. The
# SDK's logger adds the project and, since .NET 9, the rule's help link, "(https://…/docs/rules/TLxxxx.md)"; the tool
# prints the compiler's own line, which has neither (its SARIF and JSON carry the link).
build_diagnostics() {
    grep -E ": (warning|error) TL[0-9]{4}: " "$1" \
        | sed -E "s#^$clone/##; s# \[[^]]*\.csproj\]\$##; s# \(https://github\.com/termlint/termlint/blob/main/docs/rules/TL[0-9]{4}\.md\)\$##" \
        | LC_ALL=C sort -u
}
build_samples() {
    local label=$1
    : > "$work/$label.build"
    for project in samples/AiGallery samples/ConfiguredApp; do
        (cd "$clone" && dotnet build "$project" -nologo --no-incremental) >> "$work/$label.build" 2>&1 || { cat "$work/$label.build"; return 1; }
    done
    build_diagnostics "$work/$label.build" > "$work/$label.expected"
}
echo "cli: build the samples"
build_samples before || abort "the samples do not build"
[[ -s "$work/before.expected" ]] || abort "the build of the samples shows no TermLint diagnostic"
LC_ALL=C sort "$work/readme-2.out" > "$work/before.actual"
check "termlint check samples (the README's command) prints exactly the build's diagnostics, messages included" \
    same_lines "$work/before.expected" "$work/before.actual"
check "the dry run printed a unified diff" grep -q '^+++ b/samples/AiGallery/' "$work/readme-3.out"
snapshot > "$work/readme.sums"
check "the README's commands changed no file of the samples (the fix was a dry run)" same_lines "$work/copied.sums" "$work/readme.sums"

(cd "$clone" && "$termlint" check samples --format sarif --quiet > "$work/samples.sarif") || true
sarif_count() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$work/samples.sarif"; }
check "--format sarif holds one result per build diagnostic" test "$(sarif_count)" -eq "$(wc -l < "$work/before.expected")"

# --- 4. Fix, build again, fix again -----------------------------------------------------------------------------------
echo "cli: termlint fix samples"
code=0
(cd "$clone" && "$termlint" fix samples) > "$work/fix.out" 2> "$work/fix.err" || code=$?
cat "$work/fix.err"
check "termlint fix exits 1: the diagnostics without a fix remain (was $code)" test "$code" -eq 1
printf '%s\n' \
    "samples/AiGallery/ModelRouter.cs(18,42): warning TL0004" \
    "samples/ConfiguredApp/termlint/contoso.termlint(13,8): warning TL9001" > "$work/unfixable.expected"
sed -E 's/^([^:]+: (warning|error) TL[0-9]{4}):.*/\1/' "$work/fix.out" | LC_ALL=C sort > "$work/unfixable.actual"
check "what remains is TL0004 (no fix by design) and the catalog's deliberate mistake (TL9001)" same_lines "$work/unfixable.expected" "$work/unfixable.actual"
echo "cli: build the fixed samples"
if build_samples after; then
    pass "the fixed samples build"
    (cd "$clone" && "$termlint" check samples) > "$work/after.out" 2>/dev/null || true
    LC_ALL=C sort "$work/after.out" > "$work/after.actual"
    check "after the fix, termlint check prints exactly the build's diagnostics again" same_lines "$work/after.expected" "$work/after.actual"
else
    fail "the fixed samples build"
fi
snapshot > "$work/fixed.sums"
(cd "$clone" && "$termlint" fix samples --quiet) > /dev/null 2>&1 || true
snapshot > "$work/again.sums"
check "a second termlint fix changes nothing" same_lines "$work/fixed.sums" "$work/again.sums"

echo "cli: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
