#!/usr/bin/env bash
# End-to-end test of the TermLint NuGet package, as a user meets it: pack it, restore it by PackageReference from a
# feed into a project outside the solution, build, and check what the compiler, the SARIF log and `dotnet format`
# do with it. Unit tests cannot show this: an analyzer the compiler cannot load is skipped with a warning (CS9057,
# CS8032) and the build still succeeds.
#
# Usage: tests/e2e/run.sh    (TERMLINT_E2E_KEEP=1 keeps the temporary folder for a post-mortem)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
e2e="$repo/tests/e2e"
work=$(mktemp -d "${TMPDIR:-/tmp}/termlint-e2e.XXXXXX")

cleanup() {
    if [[ "${TERMLINT_E2E_KEEP:-}" == 1 ]]; then
        echo "e2e: kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# No MSBuild node outlives the script: each command starts and ends its own.
export MSBUILDDISABLENODEREUSE=1

# A unique version per run: a consumer never resolves an analyzer packed by an earlier run.
base_version=$(sed -n 's:.*<TermLintVersion>\(.*\)</TermLintVersion>.*:\1:p' "$repo/Directory.Build.props")
version="${base_version}-e2e.$(date -u +%Y%m%d%H%M%S)"
feed="$work/feed"
consumer="$work/Consumer"
csproj="$consumer/Consumer.csproj"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok: $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL: $1" >&2; }
# check "what must hold" command...: one named assertion; a failure is counted and the run goes on.
check() {
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}
# abort "why": a step the remaining checks depend on broke; stop now with the evidence.
abort() {
    echo "e2e: ABORT: $1" >&2
    failed=$((failed + 1))
    echo "e2e: $passed passed, $failed failed"
    exit 1
}

now() { date +%s.%N; }
seconds_since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'; }
step_started=0
step() {
    step_started=$(now)
    echo "e2e: $1"
}
step_done() { echo "e2e:   ($(seconds_since "$step_started") s)"; }

# Runs a command in a consumer project folder: its own NuGet folder (so no analyzer from ~/.nuget/packages is used)
# and the version under test. The registry stays a source, so the restore works like any user's.
in_project() {
    local dir=$1
    shift
    (cd "$dir" && NUGET_PACKAGES="$work/packages" TermLintVersion="$version" "$@")
}
in_consumer() { in_project "$consumer" "$@"; }

# Copies a consumer project into the work folder with a nuget.config that adds the feed just packed.
copy_consumer() {
    local from=$1 to=$2
    cp -R "$from" "$to"
    rm -rf "$to/bin" "$to/obj"
    cat > "$to/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Written by tests/e2e/run.sh: the feed just packed, beside the default sources. -->
  <packageSources>
    <add key="termlint-e2e" value="$feed" />
  </packageSources>
</configuration>
EOF
}

# "File.cs(line): TLxxxx" for every TermLint diagnostic of the given severity in a build log, sorted and unique.
diagnostics_in() {
    local log=$1 severity=$2
    grep -oE "[^/ ]+\.cs\([0-9]+,[0-9]+\): $severity TL[0-9]{4}" "$log" \
        | sed -E "s/^(.+\.cs)\(([0-9]+),[0-9]+\): $severity (TL[0-9]{4})$/\1(\2): \3/" \
        | LC_ALL=C sort -u || true
}

same_lines() {
    local expected=$1 actual=$2
    if diff -u "$expected" "$actual"; then return 0; fi
    echo "  (--- expected, +++ actual)" >&2
    return 1
}

no_load_failures() {
    local log=$1
    if grep -E "CS9057|CS8032|AD0001" "$log" >&2; then return 1; fi
    return 0
}

expected_all="$e2e/expected-diagnostics.txt"
expected_unfixable="$work/expected-unfixable.txt"
grep -E ': TL0004$' "$expected_all" > "$expected_unfixable" || true
[[ -s "$expected_all" ]] || abort "$expected_all is empty"

total_started=$(now)

# --- 1. Pack ---------------------------------------------------------------------------------------------------------
step "pack TermLint $version into a local feed"
dotnet pack "$repo/src/TermLint.Package/TermLint.Package.csproj" -c Release -v:q -nologo \
    -p:TermLintVersion="$version" -o "$feed" > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; abort "dotnet pack failed"; }
nupkg="$feed/TermLint.$version.nupkg"
[[ -f "$nupkg" ]] || { ls -l "$feed"; abort "no $nupkg"; }
step_done

check_package() {
    python3 - "$nupkg" "$version" "$repo/docs" <<'EOF'
import os, sys, zipfile, xml.etree.ElementTree as ET
path, version, docs = sys.argv[1], sys.argv[2], sys.argv[3]
names = zipfile.ZipFile(path).namelist()
problems = []
expected_build = {"build/TermLint.targets", "buildTransitive/TermLint.targets"}
for required in ("analyzers/dotnet/cs/TermLint.dll", "analyzers/dotnet/cs/TermLint.CodeFixes.dll", *sorted(expected_build)):
    if required not in names:
        problems.append("missing " + required)
for name in names:
    if name.startswith(("build/", "buildTransitive/")) and name not in expected_build:
        problems.append("unexpected " + name)
    if name.startswith(("lib/", "ref/", "content/", "contentFiles/")):
        problems.append("unexpected " + name)
    if name.endswith(".dll") and not name.startswith("analyzers/dotnet/cs/"):
        problems.append("assembly outside analyzers/dotnet/cs: " + name)
spec = ET.fromstring(zipfile.ZipFile(path).read("TermLint.nuspec"))
ns = {"n": spec.tag[1:spec.tag.index("}")]}
meta = spec.find("n:metadata", ns)
def text(tag):
    e = meta.find("n:" + tag, ns)
    return None if e is None else (e.text or "")
expect = {"id": "TermLint", "version": version, "developmentDependency": "true", "license": "MIT", "readme": "README.md"}
for tag, value in expect.items():
    if text(tag) != value:
        problems.append("nuspec %s is %r, expected %r" % (tag, text(tag), value))
if meta.find("n:dependencies", ns) is not None:
    problems.append("nuspec declares dependencies")
repo = meta.find("n:repository", ns)
if repo is None or repo.get("url") != "https://github.com/termlint/termlint":
    problems.append("nuspec repository url missing or wrong")
if "README.md" not in names:
    problems.append("README.md not packed")
# The package carries the user docs: every page of docs/, at the same relative path under docs/.
for folder, _, files in os.walk(docs):
    for f in files:
        if f.endswith(".md"):
            packed = "docs/" + os.path.relpath(os.path.join(folder, f), docs).replace(os.sep, "/")
            if packed not in names:
                problems.append("missing " + packed)
for p in problems:
    print("   ", p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
}
check "package holds the two analyzer assemblies under analyzers/dotnet/cs, build(Transitive)/TermLint.targets and the docs, no lib/, no dependencies, metadata" check_package

# --- 2. Restore the consumer from the feed ---------------------------------------------------------------------------
step "restore the consumer from the feed into a private NuGet folder"
copy_consumer "$e2e/Consumer" "$consumer"
in_consumer dotnet restore "$csproj" -v:q > "$work/restore.log" 2>&1 || { cat "$work/restore.log"; abort "restore failed"; }
step_done
check "restore took TermLint $version from the feed into the private folder" \
    test -f "$work/packages/termlint/$version/analyzers/dotnet/cs/TermLint.dll"

# --- 3. Build: the exact diagnostics ---------------------------------------------------------------------------------
build() {
    local log=$1
    shift
    in_consumer dotnet build "$csproj" --no-restore --no-incremental -v:q -nologo "$@" > "$log" 2>&1
}

step "build the consumer"
build "$work/build.log" || { cat "$work/build.log"; abort "the consumer does not build"; }
step_done
diagnostics_in "$work/build.log" warning > "$work/build.diagnostics"
check "build reports exactly the diagnostics in expected-diagnostics.txt" same_lines "$expected_all" "$work/build.diagnostics"
check "no CS9057, CS8032 or AD0001: the compiler loaded and ran the analyzer" no_load_failures "$work/build.log"

# --- 4. Warnings as errors -------------------------------------------------------------------------------------------
step "build with TreatWarningsAsErrors"
if build "$work/werror.log" -p:TreatWarningsAsErrors=true; then
    fail "build with TreatWarningsAsErrors=true succeeded; it must fail"
else
    pass "build with TreatWarningsAsErrors=true fails"
fi
step_done
diagnostics_in "$work/werror.log" error > "$work/werror.diagnostics"
check "the errors are exactly the expected TermLint diagnostics" same_lines "$expected_all" "$work/werror.diagnostics"

# --- 5. SARIF --------------------------------------------------------------------------------------------------------
step "build with a SARIF 2.1 error log"
sarif="$work/consumer.sarif"
# The comma must reach the compiler: on MSBuild's command line a bare comma would separate two properties.
build "$work/sarif.log" -p:ErrorLog="$sarif%2Cversion=2.1" || { cat "$work/sarif.log"; abort "the SARIF build failed"; }
step_done
check_sarif() {
    python3 - "$sarif" "$expected_all" <<'EOF'
import json, os, sys, urllib.parse
sarif_path, expected_path = sys.argv[1], sys.argv[2]
log = json.load(open(sarif_path, encoding="utf-8-sig"))
problems = []
if log.get("version") != "2.1.0":
    problems.append("SARIF version is %r, expected 2.1.0" % log.get("version"))
run = log["runs"][0]
rules = {r["id"]: r for r in run["tool"]["driver"].get("rules", [])}
found = set()
for result in run.get("results", []):
    rule_id = result.get("ruleId", "")
    if not rule_id.startswith("TL"):
        continue
    rule = rules.get(rule_id)
    help_uri = "https://github.com/termlint/termlint/blob/main/docs/rules/%s.md" % rule_id
    if rule is None or rule.get("helpUri") != help_uri:
        problems.append("%s: helpUri is %r, expected %r" % (rule_id, rule and rule.get("helpUri"), help_uri))
    for location in result.get("locations", []):
        physical = location["physicalLocation"]
        name = os.path.basename(urllib.parse.unquote(urllib.parse.urlparse(physical["artifactLocation"]["uri"]).path))
        found.add("%s(%d): %s" % (name, physical["region"]["startLine"], rule_id))
expected = set(line.strip() for line in open(expected_path) if line.strip())
for line in sorted(expected - found):
    problems.append("missing from SARIF: " + line)
for line in sorted(found - expected):
    problems.append("unexpected in SARIF: " + line)
for p in problems:
    print("   ", p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
}
check "SARIF 2.1.0 results carry the expected rule IDs, locations and help URIs" check_sarif

# --- 6. dotnet format ------------------------------------------------------------------------------------------------
format() {
    in_consumer dotnet format analyzers "$csproj" --no-restore --diagnostics TL0001 TL0002 TL0003 --severity info "$@"
}

step "dotnet format --verify-no-changes"
format_code=0
format --verify-no-changes > "$work/verify.log" 2>&1 || format_code=$?
step_done
if [[ $format_code -ne 0 ]]; then
    pass "dotnet format --verify-no-changes exits non-zero ($format_code) while fixable diagnostics remain"
else
    cat "$work/verify.log" >&2
    fail "dotnet format --verify-no-changes exited 0 with fixable diagnostics in the code"
fi

step "dotnet format (apply the fixes)"
format_code=0
format > "$work/format.log" 2>&1 || format_code=$?
step_done
check "dotnet format exits 0 (was $format_code)" test "$format_code" -eq 0
no_unfixed() {
    if grep -E "Unable to fix|Failed to apply" "$work/format.log" >&2; then return 1; fi
    return 0
}
check "dotnet format found a Fix All action for every rule" no_unfixed
mkdir -p "$work/fixed"
cp "$consumer"/*.cs "$work/fixed/"
check "the fixed sources equal tests/e2e/Consumer.fixed" diff -r "$e2e/Consumer.fixed" "$work/fixed"

step "build the fixed consumer"
build "$work/rebuild.log" || { cat "$work/rebuild.log"; abort "the fixed consumer does not build"; }
step_done
diagnostics_in "$work/rebuild.log" warning > "$work/rebuild.diagnostics"
check "after the fixes only the unfixable TL0004 diagnostics remain" same_lines "$expected_unfixable" "$work/rebuild.diagnostics"
check "no CS9057, CS8032 or AD0001 after the fixes" no_load_failures "$work/rebuild.log"

# TL0004's readings (keep one term, state the true direction) are a choice for the writer: a lightbulb offers them
# one by one, and dotnet format, which applies only Fix All, must leave the text alone.
step "dotnet format --diagnostics TL0004 applies none of its readings"
in_consumer dotnet format analyzers "$csproj" --no-restore --diagnostics TL0004 --severity info > "$work/format-tl0004.log" 2>&1 || true
step_done
mkdir -p "$work/after-tl0004"
cp "$consumer"/*.cs "$work/after-tl0004/"
check "the sources after dotnet format --diagnostics TL0004 still equal tests/e2e/Consumer.fixed" diff -r "$e2e/Consumer.fixed" "$work/after-tl0004"

# --- 7. A Blazor project: Razor, .resx, Markdown fences and front matter ---------------------------------------------
blazor="$work/BlazorConsumer"
blazor_csproj="$blazor/BlazorConsumer.csproj"
expected_blazor="$e2e/blazor-expected-diagnostics.txt"
[[ -s "$expected_blazor" ]] || abort "$expected_blazor is empty"

step "restore and build a Blazor component library (Microsoft.NET.Sdk.Razor) that references the package"
copy_consumer "$e2e/BlazorConsumer" "$blazor"
in_project "$blazor" dotnet restore "$blazor_csproj" -v:q > "$work/blazor-restore.log" 2>&1 || { cat "$work/blazor-restore.log"; abort "the Blazor restore failed"; }
blazor_sarif="$work/blazor.sarif"
in_project "$blazor" dotnet build "$blazor_csproj" --no-restore --no-incremental -v:q -nologo -p:ErrorLog="$blazor_sarif%2Cversion=2.1" \
    > "$work/blazor-build.log" 2>&1 || { cat "$work/blazor-build.log"; abort "the Blazor consumer does not build"; }
step_done

# "relative/path(line,col): TLxxxx" for every TermLint result in the SARIF log, one line per result, not made
# unique: a diagnostic reported twice (say, from Razor's generated C# as well) shows as a repeated line.
sarif_diagnostics() {
    python3 - "$1" "$2" <<'EOF'
import json, os, sys, urllib.parse
log = json.load(open(sys.argv[1], encoding="utf-8-sig"))
root = os.path.realpath(sys.argv[2])
lines = []
for result in log["runs"][0].get("results", []):
    if not result.get("ruleId", "").startswith("TL"):
        continue
    for location in result.get("locations", []):
        physical = location["physicalLocation"]
        path = os.path.realpath(urllib.parse.unquote(urllib.parse.urlparse(physical["artifactLocation"]["uri"]).path))
        region = physical["region"]
        lines.append("%s(%d,%d): %s" % (os.path.relpath(path, root), region["startLine"], region["startColumn"], result["ruleId"]))
for line in sorted(lines):
    print(line)
EOF
}
sarif_diagnostics "$blazor_sarif" "$blazor" > "$work/blazor.diagnostics"
check "the Blazor build reports exactly blazor-expected-diagnostics.txt (file, line and column), each once" \
    same_lines "$expected_blazor" "$work/blazor.diagnostics"
grep -oE "[^ ]+\.(razor|resx|md|cs)\([0-9]+,[0-9]+\): warning TL[0-9]{4}" "$work/blazor-build.log" \
    | sed -E "s#^$blazor/##; s/: warning /: /" | LC_ALL=C sort -u > "$work/blazor-console.diagnostics"
check "the build output shows the same diagnostics" same_lines "$expected_blazor" "$work/blazor-console.diagnostics"
no_blazor_failures() {
    if grep -E "CS9057|CS8032|AD0001|TL9002" "$work/blazor-build.log" >&2; then return 1; fi
    return 0
}
check "no CS9057, CS8032, AD0001 or TL9002 in the Blazor build" no_blazor_failures
each_source_reported() {
    local kind
    for kind in '\.razor\(' '\.resx\(' '\.md\(3,' '\.md\([0-9]{2},'; do
        grep -qE "$kind" "$work/blazor.diagnostics" || { echo "    no diagnostic matching $kind" >&2; return 1; }
    done
}
check "a .razor component, a .resx value, a Markdown C# fence and a front-matter description are all reported" each_source_reported

step "TermLintLintResx: the package's targets add .resx files to AdditionalFiles; the property takes them out"
resx_on=$(in_project "$blazor" dotnet msbuild "$blazor_csproj" -nologo -getItem:AdditionalFiles 2>&1)
resx_off=$(in_project "$blazor" dotnet msbuild "$blazor_csproj" -nologo -getItem:AdditionalFiles -p:TermLintLintResx=false 2>&1)
step_done
check "Resources/Strings.resx is an AdditionalFiles item by default" grep -q 'Strings.resx' <<< "$resx_on"
# (Razor files are not in this evaluation-time list: the Razor SDK adds them in a target, at build time.)
resx_kept_out() { ! grep -q 'Strings.resx' <<< "$resx_off" && grep -q 'docs/guide.md' <<< "$resx_off"; }
check "-p:TermLintLintResx=false keeps it out (the project's own AdditionalFiles stay)" resx_kept_out

step "dotnet format on the Blazor project: it fixes the .cs file and cannot fix AdditionalFiles"
cp -R "$blazor" "$work/blazor-before"
format_code=0
in_project "$blazor" dotnet format analyzers "$blazor_csproj" --no-restore --diagnostics TL0001 --severity info > "$work/blazor-format.log" 2>&1 || format_code=$?
step_done
check "dotnet format exits 0 on the Blazor project (was $format_code)" test "$format_code" -eq 0
check "dotnet format fixed the C# file as BlazorConsumer.fixed/Ranking.cs" diff "$e2e/BlazorConsumer.fixed/Ranking.cs" "$blazor/Ranking.cs"
additional_files_untouched() {
    local f
    for f in Components/Pages/Gallery.razor Resources/Strings.resx docs/guide.md; do
        cmp -s "$work/blazor-before/$f" "$blazor/$f" || { echo "    $f changed" >&2; return 1; }
    done
}
check "dotnet format leaves the .razor, .resx and .md files as they were (it fixes source documents only)" additional_files_untouched

# --- 8. TL0009 against the real AI packages, and a project without them ----------------------------------------------
ai="$work/AiPackagesConsumer"
ai_csproj="$ai/AiPackagesConsumer.csproj"
expected_ai="$e2e/ai-packages-expected-diagnostics.txt"
[[ -s "$expected_ai" ]] || abort "$expected_ai is empty"
step "restore a project that references Microsoft.Extensions.AI.Abstractions, OpenAI, Semantic Kernel, Azure.AI.Inference, Whisper.net and LLamaSharp"
copy_consumer "$e2e/AiPackagesConsumer" "$ai"
# A typeof() of every built-in [type] entry: the build fails if a catalog name is not in the package.
python3 - "$repo/rules/types" "$ai/CatalogTypes.cs" <<'EOF'
import glob, re, sys
names = []
for path in sorted(glob.glob(sys.argv[1] + "/*.termlint")):
    names += re.findall(r"^\[type ([^\]]+)\]", open(path, encoding="utf-8").read(), re.M)
def csharp(name):
    m = re.match(r"^(.*?)`(\d+)$", name)
    base, arity = (m.group(1), int(m.group(2))) if m else (name, 0)
    return "global::" + base.replace("+", ".") + ("<" + "," * (arity - 1) + ">" if arity else "")
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("// Written by tests/e2e/run.sh from rules/types: every catalog type must exist in its package.\n")
    out.write("namespace AiPackages;\n\ninternal static class CatalogTypes\n{\n    public static readonly System.Type[] All =\n    {\n")
    for n in names:
        out.write("        typeof(%s),\n" % csharp(n))
    out.write("    };\n}\n")
print("e2e:   %d catalog types" % len(names))
EOF
in_project "$ai" dotnet restore "$ai_csproj" -v:q > "$work/ai-restore.log" 2>&1 || { cat "$work/ai-restore.log"; abort "the AI packages restore failed"; }
step_done
# "File.cs(line,col): TLxxxx" for every TermLint warning, sorted and unique.
located_in() { grep -oE "[^/ ]+\.cs\([0-9]+,[0-9]+\): warning TL[0-9]{4}" "$1" | sed -E 's/: warning /: /' | LC_ALL=C sort -u || true; }
for docs in true false; do
    step "build it with GenerateDocumentationFile=$docs"
    in_project "$ai" dotnet build "$ai_csproj" --no-restore --no-incremental -v:q -nologo -p:GenerateDocumentationFile=$docs \
        > "$work/ai-build-$docs.log" 2>&1 || { cat "$work/ai-build-$docs.log"; abort "the AI packages consumer does not build (GenerateDocumentationFile=$docs)"; }
    step_done
    located_in "$work/ai-build-$docs.log" > "$work/ai-$docs.diagnostics"
    check "GenerateDocumentationFile=$docs: exactly the TL0009 lines of ai-packages-expected-diagnostics.txt, every catalog type compiled" \
        same_lines "$expected_ai" "$work/ai-$docs.diagnostics"
    no_ai_failures() { if grep -E "CS9057|CS8032|AD0001|TL9002" "$work/ai-build-$docs.log" >&2; then return 1; fi; return 0; }
    check "GenerateDocumentationFile=$docs: no CS9057, CS8032, AD0001 or TL9002" no_ai_failures
done
check "the message names the documented thing, the type and its kind" grep -q "warning TL0009: 'model' belongs to 'Draw', which extends 'ImageClient', a client of an image foundation model, not of an LLM: write 'image model' instead of 'LLM model'" "$work/ai-build-true.log"

noai="$work/NoAiPackagesConsumer"
step "build a project without the AI packages whose doc comments say the same"
copy_consumer "$e2e/NoAiPackagesConsumer" "$noai"
in_project "$noai" dotnet build "$noai/NoAiPackagesConsumer.csproj" -v:q -nologo > "$work/noai-build.log" 2>&1 || { cat "$work/noai-build.log"; abort "the project without AI packages does not build"; }
step_done
no_tl0009() { ! grep -q "TL0009" "$work/noai-build.log" && grep -q "warning TL0001" "$work/noai-build.log"; }
check "without the packages: no TL0009 (and TL0001 shows the analyzer ran)" no_tl0009

echo "e2e: total $(seconds_since "$total_started") s"
echo "e2e: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
