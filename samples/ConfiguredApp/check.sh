#!/usr/bin/env bash
# Builds the configured sample and checks that TermLint reports exactly the expected diagnostics: an option that
# switches string scanning off, an in-house model from a user catalog, a malformed catalog line (TL9001) while
# the other diagnostics continue, a directive that keeps one sentence, and a Markdown doc at the right line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build "$here" -nologo 2>&1 | tee "$log" >/dev/null || { cat "$log"; echo "FAILED: samples/ConfiguredApp did not build" >&2; exit 1; }
for bad in CS9057 CS8032 AD0001 TL9002; do
  if grep -q "$bad" "$log"; then grep "$bad" "$log" | head -5; echo "FAILED: $bad in the ConfiguredApp build" >&2; exit 1; fi
done
# A correct configuration: no TL9003 (an unknown termlint.* key or an invalid value would be one, without a location).
if grep -q "TL9003" "$log"; then grep "TL9003" "$log" | sort -u; echo "FAILED: TL9003 for the sample's correct configuration" >&2; exit 1; fi
actual=$(grep -oE "ConfiguredApp/[^ ]+\([0-9]+,[0-9]+\): warning TL[0-9]{4}" "$log" | sort -u)
expected=$(sort -u "$here/expected-diagnostics.txt")
if [ "$actual" != "$expected" ]; then
  diff <(echo "$expected") <(echo "$actual") || true
  echo "FAILED: ConfiguredApp diagnostics differ from expected-diagnostics.txt (< expected, > actual)" >&2
  exit 1
fi
echo "ConfiguredApp: $(echo "$actual" | wc -l) expected TermLint diagnostics, nothing else"
