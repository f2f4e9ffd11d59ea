#!/usr/bin/env bash
# termlint check and cspell, side by side, on the same generated tree of C# and Markdown files: wall time and peak
# resident memory of each run, alternating, several rounds. Not run in CI (it installs cspell from the npm registry
# and takes minutes); the figures are in bench/README.md.
#
# Usage: bench/cli-vs-cspell.sh [FILES] [ROUNDS]      (default 10000 files, 3 rounds; TERMLINT_BENCH_KEEP=1 keeps the folder)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
files=${1:-10000}
rounds=${2:-3}
# cspell 10 needs Node 22; 9.8.0 is the newest that runs on the Node 20 of these machines.
cspell_version=${CSPELL_VERSION:-9.8.0}
work=$(mktemp -d "${TMPDIR:-/tmp}/termlint-bench.XXXXXX")
cleanup() { if [[ "${TERMLINT_BENCH_KEEP:-}" == 1 ]]; then echo "bench: kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

echo "== the tree: $files files (30 % Markdown, 70 % C#), realistic density"
dotnet run -c Release --project "$repo/bench/TermLint.Corpus" -- write --files "$files" --out "$work/tree"
du -sh "$work/tree" | sed 's/^/   /'

echo "== termlint: pack the tool and install it from a local feed"
version="$(sed -n 's:.*<TermLintVersion>\(.*\)</TermLintVersion>.*:\1:p' "$repo/Directory.Build.props")-bench.$(date -u +%Y%m%d%H%M%S)"
dotnet pack "$repo/src/TermLint.Cli" -c Release -o "$work/feed" -p:TermLintVersion="$version" -v:q -nologo > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
dotnet tool install --tool-path "$work/tool" --add-source "$work/feed" TermLint.Tool --version "$version" > /dev/null
"$work/tool/termlint" --version

echo "== cspell $cspell_version: npm install into the bench folder"
npm install --prefix "$work/cspell" --no-audit --no-fund --loglevel=error "cspell@$cspell_version" > /dev/null
"$work/cspell/node_modules/.bin/cspell" --version | sed 's/^/cspell /'
node --version | sed 's/^/node /'

# Runs a command in the tree; prints "wall_seconds peak_rss_kib exit_code cpu_seconds" (cpu: user + system).
measure() {
    local out="$work/measure.$$"
    if [[ -x /usr/bin/time ]]; then
        local code=0
        (cd "$work/tree" && /usr/bin/time -v -o "$out" "$@" > "$work/last.stdout" 2> "$work/last.stderr") || code=$?
        local wall rss cpu
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out")
        cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$out")
        echo "$wall $rss $code $cpu"
    else
        # Without GNU time: wall clock and the children's peak RSS from getrusage.
        (cd "$work/tree" && python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=open("../last.stdout", "w"), stderr=open("../last.stderr", "w")).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.2f %d %d %.2f" % (wall, usage.ru_maxrss, code, usage.ru_utime + usage.ru_stime))
PY
        )
    fi
    rm -f "$out"
}

termlint_cmd=("$work/tool/termlint" check . --quiet)
cspell_cmd=("$work/cspell/node_modules/.bin/cspell" --no-progress --no-summary --no-cache "**/*.{cs,md}")

echo "== warm-up (one untimed run of each: file cache, JIT)"
measure "${termlint_cmd[@]}" > /dev/null
termlint_findings=$(wc -l < "$work/last.stdout")
measure "${cspell_cmd[@]}" > /dev/null
cspell_findings=$(wc -l < "$work/last.stdout")
echo "   termlint: $termlint_findings diagnostics; cspell: $cspell_findings issues"

results="$work/results.txt"
: > "$results"
for ((round = 1; round <= rounds; round++)); do
    # Alternate which tool goes first.
    if ((round % 2 == 1)); then order=(termlint cspell); else order=(cspell termlint); fi
    for tool in "${order[@]}"; do
        if [[ $tool == termlint ]]; then line=$(measure "${termlint_cmd[@]}"); else line=$(measure "${cspell_cmd[@]}"); fi
        echo "$tool $line" >> "$results"
        echo "   round $round: $tool: $(awk '{ printf "%.2f s wall, %.2f s CPU, %.0f MiB peak RSS, exit %d", $1, $4, $2 / 1024, $3 }' <<< "$line")"
    done
done

echo "== medians over $rounds rounds ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
print("| tool | wall, median (min-max) | CPU user+sys, median | peak RSS, median | rounds |")
print("|---|---|---|---|---|")
for tool in ("termlint", "cspell"):
    mine = [r for r in rows if r[0] == tool]
    walls = [float(r[1]) for r in mine]
    cpu = statistics.median(float(r[4]) for r in mine)
    rss = statistics.median(float(r[2]) for r in mine) / 1024
    print("| %s | %.2f s (%.2f-%.2f) | %.2f s | %.0f MiB | %d |" % (tool, statistics.median(walls), min(walls), max(walls), cpu, rss, len(mine)))
PY
