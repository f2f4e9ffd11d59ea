#!/usr/bin/env bash
# Follows the README's "Add it to a project" word for word, as a new user does: a new console app in a git
# repository, the README's commands (taken from README.md itself, so the two cannot drift), and then what the README
# promises: the build shows TermLint's warnings; a teammate's clone restores and warns with an empty NuGet folder;
# a repack under a new version is the analyzer that runs. Then the first mistakes a new user makes in
# .editorconfig are reported (TL9003), and a correct configuration reports nothing.
#
# Usage: tests/e2e/add-to-project.sh    (TERMLINT_E2E_KEEP=1 keeps the temporary folder)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readme="$repo/README.md"
work=$(mktemp -d "${TMPDIR:-/tmp}/termlint-add.XXXXXX")
cleanup() {
    if [[ "${TERMLINT_E2E_KEEP:-}" == 1 ]]; then echo "add-to-project: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
# The user's machine: a NuGet folder that has never seen TermLint, and TermLint where the README's clone puts it.
export NUGET_PACKAGES="$work/packages"
export TERMLINT="$repo"
# A commit needs an identity; a user has one already.
export GIT_AUTHOR_NAME="New User" GIT_AUTHOR_EMAIL="user@example.com" GIT_COMMITTER_NAME="New User" GIT_COMMITTER_EMAIL="user@example.com"

now() { date +%s.%N; }
started=$(now)
step_started=$started
step() {
    echo "add-to-project: $1  ($(awk -v s="$step_started" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }') s since the last step)"
    step_started=$(now)
}

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok: $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL: $1" >&2; }
abort() {
    echo "add-to-project: ABORT: $1" >&2
    failed=$((failed + 1))
    echo "add-to-project: $passed passed, $failed failed"
    exit 1
}

# The commands of one marked block of README.md: the fenced lines between "<!-- <name>: ... -->" and
# "<!-- <name>: end -->".
readme_block() {
    python3 - "$readme" "$1" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
name = re.escape(sys.argv[2])
m = re.search(r"<!-- " + name + r":(?! end)[^>]*-->\s*```sh\n(.*?)```\s*<!-- " + name + r": end -->", text, re.S)
if not m:
    sys.exit("README.md has no block marked '%s'" % sys.argv[2])
sys.stdout.write(m.group(1))
EOF
}

# Runs README commands in a folder, echoing each one as a user sees it typed, and keeps the output.
run_readme() {
    local dir=$1 commands=$2 log=$3
    (cd "$dir" && bash -euo pipefail -x -c "$commands") > "$log" 2>&1
}

has_warning() {
    local log=$1 pattern=$2
    grep -qE "$pattern" "$log"
}

no_load_failures() {
    if grep -E "CS9057|CS8032|AD0001|TL9002" "$1" >&2; then return 1; fi
    return 0
}

add_block=$(readme_block add-to-project) || abort "no add-to-project block in README.md"
commit_block=$(readme_block add-to-project-commit) || abort "no add-to-project-commit block in README.md"
repack_block=$(readme_block add-to-project-repack) || abort "no add-to-project-repack block in README.md"
# The README's one-line way to get a new app to try it on.
try_line=$(grep -oE 'dotnet new console -o TryTermLint && [^`]*' "$readme" | head -n 1)
[[ -n "$try_line" ]] || abort "README.md has no 'dotnet new console -o TryTermLint' line"
warning="Program\.cs\(2,18\): warning TL0001: 'Whisper' is an audio foundation model, not an LLM"

# --- 1. A new app in a repository with the usual .NET .gitignore --------------------------------------------------
echo "add-to-project: $try_line"
mkdir -p "$work/user"
(cd "$work/user" && bash -euo pipefail -c "$try_line") > "$work/new.log" 2>&1 || { cat "$work/new.log"; abort "the README's try-it line failed"; }
app="$work/user/TryTermLint"
(cd "$app" && git init -q && dotnet new gitignore > /dev/null && git add -A && git commit -q -m "A new console app") \
    || abort "could not make the app a git repository"

# --- 2. The README's commands, word for word ------------------------------------------------------------------------
echo "add-to-project: the README's commands in $app:"
sed 's/^/    $ /' <<< "$add_block"
if run_readme "$app" "$add_block" "$work/add.log"; then
    pass "the README's add-to-a-project commands succeed"
else
    cat "$work/add.log" >&2
    abort "the README's add-to-a-project commands failed"
fi
if has_warning "$work/add.log" "$warning"; then pass "the build shows TermLint's TL0001 warning"; else cat "$work/add.log" >&2; fail "no TL0001 warning in the build"; fi
if no_load_failures "$work/add.log"; then pass "no CS9057, CS8032, AD0001 or TL9002"; else fail "the analyzer did not load or crashed"; fi
if grep -q '<add key="termlint-local" value="nuget-feed" />' "$app/nuget.config"; then
    pass "nuget.config names the feed by a path relative to itself"
else
    cat "$app/nuget.config" >&2; fail "nuget.config does not name nuget-feed relatively"
fi

step "commit, then a teammate's clone"
# --- 3. Commit, and a teammate's clone restores with an empty NuGet folder ------------------------------------------
if run_readme "$app" "$commit_block" "$work/commit.log"; then pass "the README's commit commands succeed"; else cat "$work/commit.log" >&2; fail "the README's commit commands failed"; fi
git clone -q "$app" "$work/teammate" || abort "could not clone the app"
if (cd "$work/teammate" && NUGET_PACKAGES="$work/teammate-packages" dotnet build -nologo) > "$work/teammate.log" 2>&1 \
    && has_warning "$work/teammate.log" "$warning"; then
    pass "a teammate's clone restores TermLint with an empty NuGet folder and shows the warning"
else
    cat "$work/teammate.log" >&2; fail "a teammate's clone does not restore or warn"
fi

step "repack"
# --- 4. Repack under a new version: that analyzer is the one that runs ---------------------------------------------
new_version=$(sed -nE 's/.*-p:TermLintVersion=([^ ]+).*/\1/p' <<< "$repack_block" | head -n 1)
if run_readme "$app" "$repack_block" "$work/repack.log" \
    && (cd "$app" && dotnet build -nologo) > "$work/rebuild.log" 2>&1; then
    pass "the README's repack commands succeed"
else
    cat "$work/repack.log" "$work/rebuild.log" >&2; fail "the README's repack commands failed"
fi
if grep -q "\"TermLint/$new_version\"" "$app/obj/project.assets.json" && has_warning "$work/rebuild.log" "$warning"; then
    pass "the build uses TermLint $new_version from the repack and shows the warning"
else
    fail "the build does not use TermLint $new_version"
fi

step "configuration mistakes"
# --- 5. A new user's first configuration mistakes are reported (TL9003), and a correct configuration is quiet -------
cat > "$app/.editorconfig" <<'EOF'
root = true

[*.cs]
termlint.scan_string = false
termlint.scan_comments = maybe
termlint.bogus = 42
EOF
(cd "$app" && dotnet build -nologo --no-incremental) > "$work/misconfigured.log" 2>&1 || true
check_tl9003() {
    local text=$1
    if grep -qF "warning TL9003: $text" "$work/misconfigured.log"; then pass "TL9003: $text"; else fail "no TL9003: $text"; fi
}
check_tl9003 "'termlint.scan_string' is not a TermLint option and is ignored; did you mean 'termlint.scan_strings'?"
check_tl9003 "'maybe' is not a valid value for 'termlint.scan_comments'; use true or false (until then the default, true, applies)"
check_tl9003 "'termlint.bogus' is not a TermLint option and is ignored; the options are termlint.scan_comments,"
count=$(grep -oE "warning TL9003: [^(]*" "$work/misconfigured.log" | sort -u | wc -l)
if [[ $count -eq 3 ]]; then pass "each mistake is reported once"; else grep TL9003 "$work/misconfigured.log" >&2; fail "expected 3 distinct TL9003, got $count"; fi
if has_warning "$work/misconfigured.log" "$warning"; then pass "the misspelt key changes nothing: comments are still scanned"; else fail "the TL0001 warning is gone"; fi

cat > "$app/.editorconfig" <<'EOF'
root = true

[*.cs]
indent_style = space
dotnet_diagnostic.TL0003.severity = error
csharp_style_var_for_built_in_types = true:suggestion
termlint.scan_strings = false
termlint.scan_comments = true
termlint.min_string_length = 20
termlint.accept = Contoso Whisper LLM
EOF
(cd "$app" && dotnet build -nologo --no-incremental) > "$work/configured.log" 2>&1 || true
if ! grep -q "TL9003" "$work/configured.log" && has_warning "$work/configured.log" "$warning"; then
    pass "a correct configuration beside other tools' keys: no TL9003, the warning stays"
else
    grep -E "TL9003|error" "$work/configured.log" >&2 || true; fail "a correct configuration is reported or loses the warning"
fi

step "done"
echo "add-to-project: total $(awk -v s="$started" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }') s"
echo "add-to-project: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
