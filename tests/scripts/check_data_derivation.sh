#!/usr/bin/env bash
# The built-in data set is what scripts/derive_data.py makes from the public facts in
# ../shared/data: rerunning it must give byte-identical files. Exit 77 (skipped) when the facts
# are not beside the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared="$root/../shared/data"
if [ ! -d "$shared" ]; then
  echo "skipped: $shared not found"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 "$root/scripts/derive_data.py" --shared "$shared" --out "$out" > /dev/null
diff -r "$root/scenarios/data" "$out"
echo "1 passed, 0 failed"
